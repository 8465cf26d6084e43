"""Undoable planning changes: save or delete one plan, apply a period's plans, replace a colleague's leave.

Each apply and each revert is one transaction in the file. A redo after undo stores the celebrations again
under new ids and remembers those, so a later undo removes exactly what is there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from desktop.exchange.planning import ProposedPlan, apply_plans
from desktop.i18n import text
from desktop.models.celebration import Celebration
from desktop.models.colleague import Colleague
from desktop.models.organisers import Leave
from desktop.store.celebrations import Celebrations
from desktop.store.database import Database, transaction
from desktop.ui.workspace import StoreCommand, Workspace


class SaveCelebration(StoreCommand):
    """Store a new or changed plan; undo restores the previous version or deletes the new one."""

    def __init__(self, workspace: Workspace, before: Celebration | None, after: Celebration, title: str):
        super().__init__(workspace, QCoreApplication.translate("PlanCommands", "Plan {title}").format(title=title))
        self.before, self.after = before, after
        self.saved: Celebration | None = None

    def apply(self) -> None:
        after = self.after if self.before is not None else replace(self.after, id=None)
        self.saved = Celebrations(self.workspace.register.db).save(after)

    def revert(self) -> None:
        store = Celebrations(self.workspace.register.db)
        if self.before is not None:
            store.save(self.before)
        elif self.saved is not None:
            store.delete(self.saved.id)


class DeleteCelebration(StoreCommand):
    """Delete a stored plan (one whose occasion moved or is gone, say); undo puts it back under its own id,
    so the steps before it on the stack still find it."""

    def __init__(self, workspace: Workspace, celebration: Celebration, title: str):
        super().__init__(
            workspace, QCoreApplication.translate("PlanCommands", "Delete plan {title}").format(title=title)
        )
        self.celebration = celebration

    def apply(self) -> None:
        Celebrations(self.workspace.register.db).delete(self.celebration.id)

    def revert(self) -> None:
        restore_celebration(self.workspace.register.db, self.celebration)


def restore_celebration(db: Database, celebration: Celebration) -> Celebration:
    """Store a deleted celebration again with the id it had."""
    return Celebrations(db).restore(celebration)


class ApplyPlans(StoreCommand):
    """Store a period's proposals as planned celebrations; undo deletes exactly those."""

    def __init__(self, workspace: Workspace, proposals: list[ProposedPlan], translate: Callable[..., str] = text):
        # Not a QObject, so no tr() with plural forms (lupdate does not see them through translate()).
        if len(proposals) == 1:
            label = QCoreApplication.translate("PlanCommands", "Plan 1 occasion")
        else:
            label = QCoreApplication.translate("PlanCommands", "Plan {count} occasions").format(count=len(proposals))
        super().__init__(workspace, label)
        self.proposals = proposals
        self.translate = translate
        self.created: list[Celebration] = []

    def apply(self) -> None:
        register = self.workspace.register
        if not self.created:
            self.created = apply_plans(register, self.proposals, self.translate)
        else:  # redo: the same plans again, as the first apply wrote them
            self.created = Celebrations(register.db).save_many(replace(c, id=None) for c in self.created)

    def revert(self) -> None:
        db = self.workspace.register.db
        store = Celebrations(db)
        with transaction(db):
            for celebration in self.created:
                store.delete(celebration.id)


class SetLeave(StoreCommand):
    """Replace one colleague's leave periods; undo puts the previous ones back."""

    def __init__(self, workspace: Workspace, colleague: Colleague, before: list[Leave], after: list[Leave]):
        super().__init__(
            workspace, QCoreApplication.translate("PlanCommands", "Leave of {name}").format(name=colleague.full_name)
        )
        self.colleague_id = colleague.id
        self.before, self.after = list(before), list(after)

    def apply(self) -> None:
        Celebrations(self.workspace.register.db).set_leave(self.colleague_id, self.after)

    def revert(self) -> None:
        Celebrations(self.workspace.register.db).set_leave(self.colleague_id, self.before)
