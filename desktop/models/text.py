"""Clean text: what the register, the import and every export accept of what people type or files hold."""

from __future__ import annotations

import re

# C0 control characters except tab, line feed and carriage return; DEL; the C1 block. Typed or pasted text and
# imported cells carry them by accident; iCalendar forbids them (RFC 5545 §3.3.11) and readers choke on them.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"\s*[\r\n\t]+\s*")


def has_control_characters(text: str) -> bool:
    return CONTROL_CHARACTERS.search(text) is not None


def clean_line(text: str) -> str:
    """One line (a name, a title): control characters removed, line breaks and tabs become a space."""
    return CONTROL_CHARACTERS.sub("", _LINE_BREAKS.sub(" ", text)).strip()


def clean_words(text: str) -> str:
    """One line with single spaces between words (a name, an e-mail address read from a file)."""
    return " ".join(CONTROL_CHARACTERS.sub("", text).split())


def clean_text(text: str) -> str:
    """Free text (notes, likes): line breaks kept as \\n, trailing spaces and other control characters gone."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").split("\n")
    return "\n".join(CONTROL_CHARACTERS.sub("", line).rstrip() for line in lines).strip()
