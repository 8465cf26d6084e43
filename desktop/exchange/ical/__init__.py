"""iCalendar export: the occasions as a calendar file, in plain or recurring form, and organisers' calendars."""
