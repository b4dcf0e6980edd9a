"""A stand-in for the window (or any second program) adding cramps through the storage API in a loop.

Run as a script: `writer.py DATA_DIR LABEL [PAUSE_S]`. After each entry is committed it prints
"ok <note> <id>" and flushes, so whoever kills it knows exactly which entries were confirmed.
"""

from __future__ import annotations

import itertools
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cvi_companion.domain.cramps import Location, Side, new_entry
from cvi_companion.storage.cramp_repository import CrampRepository
from cvi_companion.storage.db import open_database


def main() -> None:
    folder, label = Path(sys.argv[1]), sys.argv[2]
    pause = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    db = open_database(folder / "cramp-log.sqlite3", folder / "backups")
    repo = CrampRepository(db)
    now = datetime.now(UTC)
    for i in itertools.count():
        note = f"{label}-{i} " + "x" * (i % 7 * 300)  # some entries spill over a page
        entry = new_entry(
            started_at=now - timedelta(minutes=i), side=Side.RIGHT, locations=[Location.CALF], note=note, now=now
        )
        repo.add(entry)
        sys.stdout.write(f"ok {label}-{i} {entry.id}\n")
        sys.stdout.flush()
        if pause:
            time.sleep(pause)


if __name__ == "__main__":
    main()
