"""When reminder mails are due: the manager's weekly digest and the organisers' invite and reminder.

Each mail has a key; a mail whose key is in the sent-log is never due again. The keys are chosen so that a
run after missed days (the PC was off) catches up once: the digest of the latest digest day only, an invite
while its celebration is still ahead, a reminder until the celebration day itself.
"""

from __future__ import annotations

from collections.abc import Container
from datetime import date, timedelta

DIGEST, INVITE, REMINDER = "digest", "organiser_invite", "organiser_reminder"


def digest_day(today: date, weekday: int) -> date:
    """The latest digest day on or before `today` (`weekday` 1 = Monday ... 7 = Sunday)."""
    return today - timedelta(days=(today.isoweekday() - weekday) % 7)


def digest_key(today: date, weekday: int) -> str:
    return f"{DIGEST}:{digest_day(today, weekday).isoformat()}"


def working_day_before(day: date, holidays: Container[date]) -> date:
    """The last Monday-to-Friday before `day` that is not a public holiday."""
    before = day - timedelta(days=1)
    while before.weekday() >= 5 or before in holidays:
        before -= timedelta(days=1)
    return before


def organiser_mail_due(today: date, day: date, lead_days: int, holidays: Container[date]) -> str | None:
    """Which organiser mail a celebration on `day` is due today: the invite from the start of its lead time
    until the reminder's day, the reminder from the working day before until the day itself, else None."""
    if today >= day:
        return None
    reminder = working_day_before(day, holidays)
    if today >= reminder:
        return REMINDER
    if today >= day - timedelta(days=lead_days):
        return INVITE
    return None


def organiser_key(kind: str, occasion_key: str, day: date, colleague_id: int) -> str:
    """One per organiser and celebration day: a plan moved to another day is announced again."""
    return f"{kind}:{occasion_key}:{day.isoformat()}:{colleague_id}"
