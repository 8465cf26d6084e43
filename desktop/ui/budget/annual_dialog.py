"""Settings › Annual budgets…: what the organisation means to spend in a year on each kind of occasion.

Kept in the file's settings (`budget.<kind>`), all changed in one transaction; an empty amount is no budget.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.i18n import text
from desktop.models.budget import annual_budgets
from desktop.models.file_settings import SettingError
from desktop.models.kinds import Kind
from desktop.models.labels import kind_name
from desktop.store.database import Database
from desktop.store.file_settings import read_settings, write_settings

MAX_EUROS = 10_000_000


class AnnualBudgetDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Annual budgets"))
        intro = QLabel(self.tr("What the organisation means to spend in a year on each kind of occasion. The "
                               "Budget page compares what is planned and spent with it. Leave an amount at "
                               "“none” when a kind has no budget of its own."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.boxes: dict[Kind, QDoubleSpinBox] = {}
        budgets = annual_budgets(read_settings(db))
        for kind in Kind:
            box = QDoubleSpinBox()
            box.setRange(0, MAX_EUROS)
            box.setDecimals(2)
            box.setPrefix("€ ")
            box.setGroupSeparatorShown(True)
            box.setSpecialValueText(self.tr("none"))
            box.setAlignment(Qt.AlignmentFlag.AlignRight)
            box.setValue(budgets.get(kind, 0) / 100)
            name = text(kind_name(kind))
            label = QLabel(name[:1].upper() + name[1:])
            label.setBuddy(box)
            form.addRow(label, box)
            self.boxes[kind] = box
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        """The settings as stored: euros with a dot ("1500.00"), empty for none."""
        return {f"budget.{kind.value}": "" if box.value() == 0 else f"{round(box.value() * 100) / 100:.2f}"
                for kind, box in self.boxes.items()}

    def accept(self) -> None:
        from desktop.store.errors import StoreError

        try:
            write_settings(self.db, self.values())
        except (SettingError, StoreError) as exc:  # nothing was written
            self.error.setText(text(exc.message))
            self.error.show()
            return
        super().accept()
