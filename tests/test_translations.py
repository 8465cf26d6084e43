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


def _translation_calls():
    """Every call lupdate should see: x.translate(context, source[, disambiguation, n]), translate(...),
    self.tr(source[, disambiguation, n]) and QT_TRANSLATE_NOOP(context, source), with the function it is in."""
    import ast

    for path in sorted((ROOT / "desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        enclosing = {}
        for function in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
            for inner in ast.walk(function):  # outer functions come first, so the innermost one wins
                enclosing[id(inner)] = function.name
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "translate" and len(node.args) == 1:
                continue  # a callable that translates a model Message (as_json's `translate` parameter)
            if name in ("translate", "QT_TRANSLATE_NOOP") or (name == "tr" and isinstance(func, ast.Attribute)):
                yield path, enclosing.get(id(node), ""), name, node


def test_translated_texts_are_findable_by_lupdate():
    """lupdate reads source code, not values: the context must be a literal (else the text is filed under
    another context than the one it is looked up in), a disambiguation must be a literal string (a `None`
    hides the call from lupdate altogether); plural forms only through tr(), as lupdate drops the count of
    translate(). A text may be a variable only when it was marked elsewhere with
    QT_TRANSLATE_NOOP; a literal text must not be an f-string."""
    import ast

    def literal(arg):
        return isinstance(arg, ast.Constant) and isinstance(arg.value, str)

    problems = []
    for path, function, name, node in _translation_calls():
        if function in ("translate", "text"):
            continue  # the forwarding helpers themselves (cli.translate, i18n.text)
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        args = node.args
        if name != "tr" and args and not literal(args[0]):
            problems.append(f"{where} context")
        text_position = 0 if name == "tr" else 1
        if len(args) > text_position and isinstance(args[text_position], ast.JoinedStr):
            problems.append(f"{where} f-string")
        if len(args) > text_position + 1 and not literal(args[text_position + 1]):
            problems.append(f"{where} disambiguation")
        # lupdate files translate() with a count as a plural only when the count is a literal: the models'
        # plural marker (desktop.models.i18n.translate) passes one, and its Message carries the real count.
        models_marker = (path.is_relative_to(ROOT / "desktop" / "models") and len(args) == 4
                         and isinstance(args[3], ast.Constant) and isinstance(args[3].value, int))
        if name == "translate" and len(args) > 3 and not models_marker:
            problems.append(f"{where} plural through translate() (lupdate ignores the count: use self.tr)")
    assert not problems, "texts lupdate cannot file correctly: " + ", ".join(sorted(set(problems)))


def test_no_private_translation_wrappers():
    """lupdate only knows tr() in a class and translate(context, text): a module-level `_tr(text)` helper
    hides every text passed to it, and a nested `tr()` files them under no context."""
    import ast

    wrappers = [f"{path.relative_to(ROOT)}:{node.lineno}" for path in sorted((ROOT / "desktop").rglob("*.py"))
                for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                if isinstance(node, ast.FunctionDef) and node.name in ("tr", "_tr", "_")
                and not (node.args.args and node.args.args[0].arg == "self")]
    assert not wrappers, "translation wrappers lupdate cannot see through: " + ", ".join(wrappers)
