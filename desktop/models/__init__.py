"""The rules of Social Calendar: plain data and pure functions, free of Qt and SQLite.

`today` is always a parameter; nothing here reads the clock.
"""
