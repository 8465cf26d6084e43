"""File › Export calendar, the publishing settings and the background publisher. Loaded on first use."""
