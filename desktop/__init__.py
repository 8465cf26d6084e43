"""Social Calendar: colleagues' birthdays, jubilea and celebrations for an office manager."""

__version__ = "0.1.0"
