"""Translation markers for Qt-free code.

Models cannot call Qt's translator, yet their messages must be translated where they are shown. They mark
their source texts with `QT_TRANSLATE_NOOP(context, text)` (the name lupdate looks for) and return
`Message` objects; the UI and the command line translate them with `desktop.i18n.text()`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate knows
    del context
    return source


@dataclass(frozen=True)
class Message:
    """An untranslated message with its translation context and `str.format` parameters."""

    context: str
    source: str
    params: dict[str, Any] = field(default_factory=dict)

    def untranslated(self) -> str:
        return self.source.format(**self.params)

    def __str__(self) -> str:
        return self.untranslated()
