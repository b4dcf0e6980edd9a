"""The one source of "now" for services, so tests can set the time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo


def system_now() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Clock:
    """Now plus the person's time zone."""

    tz: tzinfo
    now_utc: Callable[[], datetime] = system_now

    def now(self) -> datetime:
        """The current local time, aware."""
        return self.now_utc().astimezone(self.tz)
