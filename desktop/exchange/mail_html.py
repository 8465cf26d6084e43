"""The HTML alternative of a reminder mail, made from its plain text: the same words, escaped, nothing added.

The plain text stays the mail's first part (and the one a careful mail program shows); the HTML only gives
the digest's headings and lists their shape: a line underlined with dashes becomes a heading, lines starting
with "- " a list, the other paragraphs keep their line breaks.
"""

from __future__ import annotations

from html import escape


def html_body(text: str, language: str) -> str:
    parts = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if len(lines) >= 2 and lines[1] and set(lines[1]) == {"-"}:
            parts.append(f"<h3>{escape(lines[0])}</h3>")
            lines = lines[2:]
        items = [line for line in lines if line.startswith("- ")]
        if items and len(items) == len(lines):
            parts.append("<ul>" + "".join(f"<li>{escape(line[2:])}</li>" for line in items) + "</ul>")
        elif any(line.strip() for line in lines):
            parts.append("<p>" + "<br>\n".join(escape(line) for line in lines) + "</p>")
    body = "\n".join(parts)
    return (f'<!DOCTYPE html>\n<html lang="{escape(language)}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family: sans-serif; line-height: 1.4;">\n{body}\n</body></html>\n')
