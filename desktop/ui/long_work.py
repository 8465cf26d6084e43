"""Long work with a progress bar and Cancel: the work runs on a thread while the window stays drawn and the
bar says what is happening; Cancel stops it at its next report (models/progress.py), leaving nothing
half-done. Work that ends quickly (under half a second) shows no dialog at all."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.i18n import text
from desktop.models.progress import Cancelled, Progress

T = TypeVar("T")
SHOW_AFTER_MS = 500
POLL_MS = 50


def run_with_progress(parent: QWidget | None, title: str, work: Callable[[Progress], T]) -> T:
    """`work(progress)` on a worker thread; returns its result or raises what it raised (Cancelled when the
    person cancelled)."""
    progress = Progress()
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["result"] = work(progress)
        except BaseException as exc:  # noqa: BLE001 - handed back to the UI thread below
            outcome["error"] = exc

    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    dialog.setRange(0, 0)
    dialog.setValue(0)
    dialog.canceled.connect(progress.cancel)
    worker = threading.Thread(target=run, name="long-work", daemon=True)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)

    def look() -> None:
        if not worker.is_alive():
            loop.quit()
            return
        if progress.cancelled:
            return
        now = progress.snapshot()
        if now.phase is not None:
            dialog.setLabelText(text(now.phase))
        dialog.setMaximum(now.total)
        if now.total:
            dialog.setValue(min(now.done, now.total))
        else:
            dialog.setValue(0)

    timer.timeout.connect(look)
    worker.start()
    timer.start()
    try:
        loop.exec()
    finally:
        timer.stop()
        worker.join()
        dialog.close()
        dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    if progress.cancelled and "result" not in outcome:
        raise Cancelled
    return outcome["result"]  # type: ignore[return-value]
