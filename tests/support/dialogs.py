"""Answering the real dialogs as a person would: the test types and clicks, `ask` and `exec` run unchanged."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget


class Person:
    """Answers modal dialogs in the order the test expects them: `person.will(DialogClass, answer)`, where
    `answer(dialog)` types into the dialog and clicks a button, as a person would.

    A dialog that opens unexpected, one of another kind, one still open after its answer (it refused what was
    typed) or one expected that never opened fails the test: it is closed, so the test never hangs."""

    def __init__(self) -> None:
        self.expected: list[tuple[type[QWidget], Callable[[QWidget], object]]] = []
        # Weak references: holding the dialogs would outlive their C++ side, and a bare id() may be reused by
        # the next dialog once an answered one is gone (it would then look "still open").
        self.answered: list[weakref.ref[QWidget]] = []
        self.waited: list[weakref.ref[QWidget]] = []
        self.problems: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def will(self, kind: type[QWidget], answer: Callable[[QWidget], object]) -> Person:
        self.expected.append((kind, answer))
        return self

    def may_wait_for(self, kind: type[QWidget]) -> Person:
        """A dialog that may open next and closes by itself (a progress bar of quick work): the person just
        waits. When another dialog opens first, this expectation is passed over."""
        self.expected.append((kind, _WAIT))
        return self

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        if any(waited() is dialog for waited in self.waited):
            return
        if any(answered() is dialog for answered in self.answered):
            self._give_up(dialog, f"{type(dialog).__name__} stayed open after its answer")
            return
        while self.expected and self.expected[0][1] is _WAIT and not isinstance(dialog, self.expected[0][0]):
            self.expected.pop(0)
        if not self.expected:
            self._give_up(dialog, f"an unexpected {type(dialog).__name__} opened: {_texts(dialog)}")
            return
        kind, answer = self.expected.pop(0)
        if answer is _WAIT:
            self.waited.append(weakref.ref(dialog))
            return
        if not isinstance(dialog, kind):
            self._give_up(dialog, f"expected a {kind.__name__}, but a {type(dialog).__name__} opened")
            return
        self.answered.append(weakref.ref(dialog))
        try:
            answer(dialog)
        except BaseException as exc:  # noqa: BLE001 - reported at the end of the test, after closing the dialog
            self._give_up(dialog, f"answering the {kind.__name__} failed: {exc!r}")

    def _give_up(self, dialog: QWidget, problem: str) -> None:
        self.problems.append(problem)
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    def finish(self) -> None:
        # Delete the timer here, on the GUI thread: left to the garbage collector (the timer's connection to
        # `_look` makes a cycle) it would go at any moment, perhaps on a worker thread, and take Qt down.
        self._timer.stop()
        self._timer.timeout.disconnect(self._look)
        del self._timer
        # The dialogs `ask` made (no parent, so Python owns them) may sit in reference cycles: collect them now,
        # between tests, rather than whenever the collector next runs inside some later test's event loop.
        gc.collect()
        unopened = [kind.__name__ for kind, answer in self.expected if answer is not _WAIT]
        assert not self.problems, self.problems
        assert not unopened, f"expected dialogs that never opened: {unopened}"


def _WAIT(_dialog: QWidget) -> None:  # noqa: N802 - a marker: the person waits for the dialog to close
    """What `may_wait_for` expects: nothing to do."""


def _texts(dialog: QWidget) -> str:
    return dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()


def press(dialog: QWidget, button: QDialogButtonBox.StandardButton | QMessageBox.StandardButton) -> None:
    """Click one of a dialog's standard buttons (OK, Cancel, Yes, No, Save …)."""
    if isinstance(dialog, QMessageBox):
        found = dialog.button(QMessageBox.StandardButton(button.value))
    else:
        found = next((box.button(QDialogButtonBox.StandardButton(button.value))
                      for box in dialog.findChildren(QDialogButtonBox)
                      if box.button(QDialogButtonBox.StandardButton(button.value)) is not None), None)
    assert found is not None, f"{type(dialog).__name__} has no {button} button"
    assert found.isEnabled(), f"the {found.text()} button of {type(dialog).__name__} is disabled"
    found.click()


def ok(dialog: QWidget) -> None:
    press(dialog, QDialogButtonBox.StandardButton.Ok)


def cancel(dialog: QWidget) -> None:
    press(dialog, QDialogButtonBox.StandardButton.Cancel)


def noting(asked: list[str], button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    """An answer to a message box: note its question in `asked`, then click `button`."""
    def click(box: QWidget) -> None:
        asked.append(_texts(box))
        press(box, button)
    return click
