"""Its own face: the app icon on the window, an icon on every toolbar action and the menus' main actions, each
with a bundled SVG that Qt can draw, so a desktop without an icon theme (Windows, a bare Linux) shows them too."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QToolBar

from desktop.app import build_window
from desktop.ui import icons
from desktop.ui.toolbar import OWN_ICONS
from tests.ui.hand_clock import clock_on


@pytest.fixture
def window(qtbot, register, db_path):
    window = build_window(register, db_path, clock_on(date(2026, 11, 28)))
    qtbot.addWidget(window)
    return window


def drawn_pixels(icon: QIcon, size: int) -> int:
    image = icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return sum(image.pixelColor(x, y).alpha() > 0 for x in range(image.width()) for y in range(image.height()))


@pytest.mark.parametrize("name", sorted({*icons.ACTION_ICONS.values(), *OWN_ICONS.values(), icons.APP_ICON}))
def test_every_bundled_icon_is_a_valid_svg(name):
    assert QSvgRenderer(str(icons.bundled(name))).isValid()


def test_the_window_and_its_actions_show_icons_without_an_icon_theme(window):
    theme = QIcon.themeName()
    QIcon.setThemeName("no-such-theme")  # a bare desktop: only the bundled SVGs are there
    try:
        icons.decorate(window)
        assert drawn_pixels(window.windowIcon(), 16) > 16 * 16 // 3  # a full, readable shape at 16 px
        toolbar_actions = [action for bar in window.findChildren(QToolBar)
                           for action in bar.actions() if not action.isSeparator()]
        assert toolbar_actions
        for action in toolbar_actions + [getattr(window, name) for name in icons.ACTION_ICONS]:
            assert drawn_pixels(action.icon(), 16) > 0, f"{action.text()} shows no icon"
    finally:
        QIcon.setThemeName(theme)
