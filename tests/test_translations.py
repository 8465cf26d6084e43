"""Both languages ship complete: every text in the code has a Dutch and an English translation."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "en")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts_file)
    return {(context.findtext("name"), message.findtext("source")): message
            for context in tree.getroot().iter("context") for message in context.iter("message")}


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(language):
    messages = _messages(TS_DIR / f"social_calendar_{language}.ts")
    # The source texts are English: English ships only its plural forms, Dutch everything.
    assert messages or language == "en"
    for (context, source), message in messages.items():
        translation = message.find("translation")
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        assert translation.get("type") != "unfinished", f"{context}: {source!r} is not translated into {language}"
        for text in _translations(message):
            assert text, f"{context}: {source!r} has an empty {language} translation"
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), \
                f"{context}: {source!r} → {text!r} changes the placeholders"


def test_the_ts_files_hold_every_text_in_the_code(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-extensions", "py", "-silent", str(ROOT / "desktop"), "-ts", str(fresh)],
                   check=True, cwd=ROOT)
    in_code = {key for key, message in _messages(fresh).items()}
    shipped = {key for key, message in _messages(TS_DIR / "social_calendar_nl.ts").items()
               if message.find("translation").get("type") not in ("obsolete", "vanished")}
    missing = sorted(in_code - shipped)
    assert not missing, f"run `make update-translations` and translate: {missing[:10]}"
