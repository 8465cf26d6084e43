"""When reminder mails are due: the digest day (and catching up once), the invite's lead time, the working day
before a celebration."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.mail_texts import unknown_placeholders
from desktop.models.reminders import INVITE, REMINDER, digest_key, organiser_mail_due, working_day_before


@pytest.mark.parametrize(("today", "weekday", "key"), [
    (date(2027, 3, 1), 1, "digest:2027-03-01"),  # Monday itself
    (date(2027, 3, 4), 1, "digest:2027-03-01"),  # Thursday: Monday's, caught up
    (date(2027, 3, 15), 1, "digest:2027-03-15"),  # after two missed weeks: only the latest
    (date(2027, 3, 1), 5, "digest:2027-02-26"),  # a Friday digest
    (date(2027, 3, 7), 7, "digest:2027-03-07"),
])
def test_the_digest_of_the_latest_digest_day(today, weekday, key):
    assert digest_key(today, weekday) == key


def test_the_working_day_before_skips_weekends_and_holidays():
    assert working_day_before(date(2027, 3, 16), set()) == date(2027, 3, 15)
    assert working_day_before(date(2027, 3, 15), set()) == date(2027, 3, 12)  # Monday: the Friday before
    easter_monday = date(2027, 3, 29)
    assert working_day_before(date(2027, 3, 30), {easter_monday}) == date(2027, 3, 26)


@pytest.mark.parametrize(("today", "due"), [
    (date(2027, 2, 15), None), (date(2027, 2, 16), INVITE), (date(2027, 3, 12), INVITE),
    (date(2027, 3, 15), REMINDER), (date(2027, 3, 16), None), (date(2027, 3, 17), None),
])
def test_invite_in_the_lead_time_then_the_reminder(today, due):
    assert organiser_mail_due(today, date(2027, 3, 16), 28, set()) == due


def test_templates_may_use_only_their_placeholders():
    assert unknown_placeholders("digest", "Week of {date}: {items}") == []
    assert unknown_placeholders("digest", "Hello {first_name}") == ["first_name"]
    assert unknown_placeholders("organiser_invite", "Broken {title") == ["{"]
