"""Social Calendar: colleagues' birthdays, jubilea and celebrations for an office manager."""
