"""Translation markers for Qt-free code.

Models cannot call Qt's translator, yet their messages must be translated where they are shown. They mark
their source texts with `QT_TRANSLATE_NOOP(context, text)` (the name lupdate looks for) and return
`Message` objects; the UI and the command line translate them with `desktop.i18n.text()`. A text with a
count ("%n time(s)") is marked with `translate(context, text, "", 2)` instead and its Message carries the
count: lupdate files a call of that name with a literal count as a plural with both Dutch forms (with a
variable count it files a plain text), and `text()` lets Qt choose the form for the Message's count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate knows
    del context
    return source


def translate(context: str, source: str, disambiguation: str, n: int) -> str:
    """Marks a plural text for lupdate (Qt's name and arguments, so it is filed with its plural forms); `n` is
    only the marker's literal count, the Message carries the real one."""
    del context, disambiguation, n
    return source


@dataclass(frozen=True)
class Message:
    """An untranslated message with its translation context and `str.format` parameters; `count` fills the
    %n of a plural text (marked with `translate`) and chooses its form."""

    context: str
    source: str
    params: dict[str, Any] = field(default_factory=dict)
    count: int | None = None

    def untranslated(self) -> str:
        source = self.source if self.count is None else self.source.replace("%n", str(self.count))
        return source.format(**self.params)

    def __str__(self) -> str:
        return self.untranslated()
