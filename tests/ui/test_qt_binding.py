"""Guards against a known-bad Qt binding: PySide6 6.12.0 drops a reference to None on every void call under
Python 3.11, and the app aborts after a few thousand calls. pyproject.toml pins a release without the bug."""

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_none_alive():
    holder = QObject()
    before = sys.getrefcount(None)
    for _ in range(500):
        holder.setObjectName("x")
    assert sys.getrefcount(None) - before > -100
