"""A stand-in for the person at the keyboard: answers each modal dialog the window opens, the way they would.

Only the person is replaced: the dialogs are the real ones, opened by the real code, and each step finds the
dialog that is modal at that moment (`QApplication.activeModalWidget()`), types what a person would type and
presses the button a person would press. A dialog nobody expected is closed and reported, so a test never
hangs on it.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

Step = Callable[[QWidget], None]
STUCK_AFTER_S = 5.0  # a dialog still open this long after its step was taken did not accept the answer


class Person:
    """`expect(step, ...)` the dialogs an action will open, trigger the action, then `done()` says what went
    wrong (empty when every expected dialog opened and was answered)."""

    def __init__(self) -> None:
        self.steps: deque[Step] = deque()
        self.problems: list[str] = []
        self.seen: list[str] = []  # "ClassName: window title" of every dialog answered
        self.preview_pages: list[int] = []  # pages each print preview showed
        self.messages: list[str] = []  # the text of each message box answered
        self.suggested: list[str] = []  # the file name each file dialog offered before one was typed
        self._answered: list[tuple[QWidget, float]] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def expect(self, *steps: Step) -> None:
        self.steps.extend(steps)

    def done(self) -> list[str]:
        problems = self.problems + [f"{len(self.steps)} expected dialog(s) did not open"] * bool(self.steps)
        self.steps.clear()
        self.problems, self.seen, self._answered = [], [], []
        return problems

    def stop(self) -> None:
        self._timer.stop()

    def _look(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or isinstance(widget, QProgressDialog):  # long work: a person waits for the bar
            return
        for answered, when in self._answered:
            if answered is widget:
                if time.monotonic() - when > STUCK_AFTER_S:
                    self.problems.append(f"{describe(widget)} stayed open after its answer")
                    self._answered.remove((answered, when))
                    self._answered.append((widget, time.monotonic()))
                    _close(widget)
                return
        self._answered.append((widget, time.monotonic()))
        if not self.steps:
            self.problems.append(f"unexpected {describe(widget)}")
            QTimer.singleShot(0, lambda: _close(widget))
            return
        step = self.steps.popleft()
        self.seen.append(describe(widget))
        # Answer from the event loop, not from inside this timer: the answer may open the next dialog.
        QTimer.singleShot(0, lambda: self._take(step, widget))

    def _take(self, step: Step, widget: QWidget) -> None:
        try:
            step(widget)
        except Exception as exc:  # noqa: BLE001 - reported by done(); the dialog must not stay open
            self.problems.append(f"{describe(widget)}: {type(exc).__name__}: {exc}")
            _close(widget)

    # -- the steps ------------------------------------------------------------------------------
    def accept(self, widget: QWidget) -> None:
        """Accept with the defaults: the default button of a message box, OK of a dialog (or Close, when a
        dialog has nothing to accept); a print preview is looked at and closed."""
        if isinstance(widget, QFileDialog):
            raise AssertionError("a file dialog needs a file name: use save_as() or open_file()")
        if isinstance(widget, QPrintPreviewDialog):
            self.preview_pages.append(widget.findChild(QPrintPreviewWidget).pageCount())
            widget.close()
            return
        if isinstance(widget, QMessageBox):
            self.messages.append(widget.text())
            _click(widget.defaultButton() or _role_button(widget.buttons(), widget.buttonRole))
            return
        boxes = [box for box in widget.findChildren(QDialogButtonBox) if box.window() is widget]
        if len(boxes) != 1:
            raise AssertionError(f"{len(boxes)} button boxes")
        _click(_role_button(boxes[0].buttons(), boxes[0].buttonRole))

    def choose_then_accept(self, choose: Callable[[QWidget], None]) -> Step:
        """Change some of the dialog's fields (`choose(dialog)`, as a person would with the mouse), then OK."""
        def step(widget: QWidget) -> None:
            choose(widget)
            self.accept(widget)
        return step

    def cancel(self, widget: QWidget) -> None:
        box = widget.findChild(QDialogButtonBox)
        _click(next(button for button in box.buttons()
                    if box.buttonRole(button) == QDialogButtonBox.ButtonRole.RejectRole))

    def print_to_file(self, path: Path) -> Step:
        """In the print preview: Print…, and in the print dialog print to the file `path` (a PDF; the test
        machine has no printer), which closes the preview."""
        def step(widget: QWidget) -> None:
            assert isinstance(widget, QPrintPreviewDialog), describe(widget)
            self.preview_pages.append(widget.findChild(QPrintPreviewWidget).pageCount())
            self.steps.appendleft(self._print_dialog(path))
            next(action for action in widget.findChildren(QAction) if action.text() == "Print").trigger()
        return step

    def _print_dialog(self, path: Path) -> Step:
        def step(widget: QWidget) -> None:
            assert isinstance(widget, QPrintDialog), describe(widget)
            name = widget.findChild(QLineEdit, "filename")
            name.clear()
            name.insert(str(path))
            self.accept(widget)
        return step

    def answer(self, button: QMessageBox.StandardButton) -> Step:
        def step(widget: QWidget) -> None:
            assert isinstance(widget, QMessageBox), describe(widget)
            _click(widget.button(button))
        return step

    def type_then_accept(self, **texts: str) -> Step:
        """Type into the dialog's line edits (found by attribute `edits[name]` or by object name), then OK."""
        def step(widget: QWidget) -> None:
            edits = getattr(widget, "edits", {})
            for name, value in texts.items():
                edit = edits.get(name) or widget.findChild(QLineEdit, name)
                edit.setFocus()
                edit.clear()
                edit.insert(value)
            self.accept(widget)
        return step

    def save_as(self, path: Path) -> Step:
        return self._file(path)

    def open_file(self, path: Path) -> Step:
        return self._file(path)

    def _file(self, path: Path) -> Step:
        def step(widget: QWidget) -> None:
            assert isinstance(widget, QFileDialog), describe(widget)
            name = widget.findChild(QLineEdit, "fileNameEdit")
            self.suggested.append(name.text())
            name.setFocus()
            name.clear()
            name.insert(str(path))
            box = widget.findChild(QDialogButtonBox, "buttonBox")
            _click(_role_button(box.buttons(), box.buttonRole))
        return step


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.windowTitle()!r}"


def _role_button(buttons: list[QAbstractButton], role_of) -> QAbstractButton:
    # QMessageBox and QDialogButtonBox have roles of their own enum types, with the same values.
    for wanted in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole,
                   QDialogButtonBox.ButtonRole.RejectRole):
        for button in buttons:
            if role_of(button).value == wanted.value and button.isVisible():
                return button
    raise AssertionError(f"no button to accept among {[button.text() for button in buttons]}")


def _click(button: QAbstractButton | None) -> None:
    assert button is not None, "no such button"
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    button.click()


def _close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    widget.close()
