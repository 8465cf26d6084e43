"""When the desktop notifies: on start, and once a day at the chosen hour (late after a sleep, never twice)."""

from __future__ import annotations

from datetime import datetime, time

from desktop.models.notifications import NotificationSchedule, parse_hour


def test_the_hour_is_read_and_empty_means_none():
    assert parse_hour("09:00") == time(9, 0)
    assert parse_hour(" 7:30 ") == time(7, 30)
    assert parse_hour("") is None
    assert parse_hour("25:00") is None
    assert parse_hour("nine") is None


def test_once_a_day_at_the_hour_and_late_after_a_sleep():
    schedule = NotificationSchedule(time(9, 0))
    assert schedule.on_start(datetime(2027, 3, 1, 8, 0))
    assert not schedule.due(datetime(2027, 3, 1, 8, 59))
    assert schedule.due(datetime(2027, 3, 1, 9, 0))
    assert not schedule.due(datetime(2027, 3, 1, 9, 1))
    assert not schedule.due(datetime(2027, 3, 1, 23, 59))
    assert schedule.due(datetime(2027, 3, 3, 11, 0))  # woken on Wednesday morning: once, late
    assert not schedule.due(datetime(2027, 3, 3, 11, 1))


def test_a_start_after_the_hour_counts_as_that_days_notification():
    schedule = NotificationSchedule(time(9, 0))
    assert schedule.on_start(datetime(2027, 3, 1, 10, 0))
    assert not schedule.due(datetime(2027, 3, 1, 10, 1))
    assert schedule.due(datetime(2027, 3, 2, 9, 0))


def test_a_new_hour_already_past_waits_for_tomorrow_and_none_means_none():
    schedule = NotificationSchedule(time(9, 0))
    schedule.set_at(time(8, 0), datetime(2027, 3, 1, 8, 30))
    assert not schedule.due(datetime(2027, 3, 1, 8, 31))
    assert schedule.due(datetime(2027, 3, 2, 8, 0))
    schedule.set_at(None, datetime(2027, 3, 2, 8, 1))
    assert not schedule.due(datetime(2027, 3, 3, 8, 0))
    assert not NotificationSchedule(None).on_start(datetime(2027, 3, 1, 8, 0))
