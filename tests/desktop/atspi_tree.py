"""Run by the system's python3 (pyatspi is a Debian package): print an application's accessibility tree as JSON.

Usage: python3 atspi_tree.py APP_NAME WAIT_FOR_ROLE TIMEOUT_S. Waits until the application shows a node with
that role, then prints [{"depth", "role", "name"}, ...] in document order. Exit status 2 if it never did.
"""

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]  # the system python3's (Debian python3-pyatspi)

MAX_DEPTH = 14


def nodes(accessible, depth=0):
    try:
        yield {"depth": depth, "role": accessible.getRoleName(), "name": accessible.name or ""}
    except Exception:  # a node that went away while walking
        return
    if depth >= MAX_DEPTH:
        return
    for child in accessible:
        if child is not None:
            yield from nodes(child, depth + 1)


def main():
    app_name, wanted_role, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        seen = [app.name for app in desktop if app is not None]
        for app in desktop:
            if app is not None and app.name == app_name:
                tree = list(nodes(app))
                if any(node["role"] == wanted_role for node in tree):
                    print(json.dumps(tree))
                    return 0
        time.sleep(0.2)  # polling another process: there is no signal to wait on here
    print(json.dumps({"applications": seen}))
    return 2


if __name__ == "__main__":
    sys.exit(main())
