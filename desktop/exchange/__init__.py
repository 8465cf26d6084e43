"""Getting data in and out: imports, the demo organisation, occasion and plan reports, planning a period,
month reports for printing, iCalendar and publishing."""
