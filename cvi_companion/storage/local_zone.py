"""The computer's time zone with its daylight-saving rules, found cheaply.

`tzlocal` does this everywhere but costs ~30 ms of imports, which the terminal `log` command cannot
afford; on Linux and macOS the answer is one environment variable or one symlink away.
"""

from __future__ import annotations

import os
from datetime import tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_LOCALTIME = Path("/etc/localtime")


def _from_key(key: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _from_tz_variable(value: str) -> tzinfo | None:
    value = value.removeprefix(":")
    if value.startswith("/"):
        try:
            with open(value, "rb") as handle:
                return ZoneInfo.from_file(handle, key=value)
        except (OSError, ValueError):
            return None
    return _from_key(value)


def local_zone() -> tzinfo:
    """The local zone: $TZ, then /etc/localtime, then tzlocal (Windows and unusual set-ups)."""
    tz_env = os.environ.get("TZ")
    if tz_env:
        zone = _from_tz_variable(tz_env)
        if zone is not None:
            return zone
    if os.name == "posix" and _LOCALTIME.exists():
        target = os.path.realpath(_LOCALTIME)
        if "zoneinfo/" in target:
            zone = _from_key(target.split("zoneinfo/", 1)[1])
            if zone is not None:
                return zone
        try:
            with _LOCALTIME.open("rb") as handle:
                return ZoneInfo.from_file(handle, key="localtime")
        except (OSError, ValueError):
            pass
    import tzlocal

    return tzlocal.get_localzone()
