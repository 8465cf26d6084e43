"""The SQLite file: opening it safely, its schema and migrations, and the repositories over it."""
