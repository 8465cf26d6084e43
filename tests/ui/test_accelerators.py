"""Every Alt+letter does one thing: unique accelerators in the menu bar, in each menu, on each page (together with
the menu bar, whose letters stay active there) and in each dialog, in English and in Dutch."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

from tests.support import scenes

MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(named: list[str]) -> list[str]:
    by_letter: dict[str, list[str]] = {}
    for text in named:
        key = letter(text)
        if key:
            by_letter.setdefault(key, []).append(text.replace("&&", "&"))
    return [f"Alt+{key.upper()}: {', '.join(texts)}" for key, texts in sorted(by_letter.items()) if len(texts) > 1]


def widget_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        if isinstance(widget, QAbstractButton) or isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return texts


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("accelerators") / "demo.sqlite"
    scenes.make_file(path, people=40)
    return path


@pytest.mark.parametrize("language", scenes.LANGUAGES)
def test_every_accelerator_is_unique(qapp, demo_file, language):
    window = scenes.Window(demo_file, language, scenes.SIZES[0])
    found: list[str] = []
    try:
        bar = window.window.menuBar()
        titles = [action.text() for action in bar.actions()]
        found += [f"menu bar: {clash}" for clash in clashes(titles)]
        menus = [action.menu() for action in bar.actions() if action.menu()]
        while menus:
            menu = menus.pop()
            found += [f"menu {menu.title()}: {clash}" for clash in clashes([a.text() for a in menu.actions()])]
            menus += [a.menu() for a in menu.actions() if a.menu()]
        for scene in window.pages():
            page = window.window.pages.currentWidget()
            texts = titles + [t for t in widget_texts(page)]
            found += [f"page {scene.name}: {clash}" for clash in clashes(texts)]
        for scene in window.dialogs():
            found += [f"{scene.name}: {clash}" for clash in clashes(widget_texts(scene.widget))]
    finally:
        window.close()
    assert not found, f"accelerators used twice ({language}):\n" + "\n".join(sorted(set(found)))
