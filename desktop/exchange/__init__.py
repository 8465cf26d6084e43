"""Getting data in and out: imports, the demo organisation, and (later) iCalendar and printing data."""
