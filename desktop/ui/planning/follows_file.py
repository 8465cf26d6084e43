"""Views over the open file that recompute lazily: a change marks them stale; they refresh at once when
visible, otherwise when next shown (a hidden tab need not recompute after every edit)."""

from __future__ import annotations


class FollowsFile:
    """Mixin for a QWidget with a `refresh()` that sets `_stale = False`; put it before QWidget."""

    _stale = True

    def follow(self, workspace) -> None:
        # A bound method, not a lambda: Qt drops the connection when the view goes before the workspace.
        workspace.data_changed.connect(self.mark_stale)

    def mark_stale(self) -> None:
        """The file changed: refresh now when visible, otherwise when next shown or asked."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.refresh()
        super().showEvent(event)
