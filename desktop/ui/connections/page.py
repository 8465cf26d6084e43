"""The Connections page: how celebrations tied the organisation together in a period. The headline figures with
what they mean, the department map, the trend per quarter, the load of organising, and the colleagues who fell
through the cracks (manager audience: it names them; a double-click opens the colleague)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.insight_report import InsightReport, insight_report
from desktop.render.insight_charts import Charts, percent, signed
from desktop.render.insight_texts import InsightTexts
from desktop.ui.planning.follows_file import FollowsFile
from desktop.ui.workspace import Workspace

from .chart_view import ChartView
from .period import PeriodChooser

if TYPE_CHECKING:
    from desktop.ui.clock import Clock

ID_ROLE = Qt.ItemDataRole.UserRole


class FigureCard(QFrame):
    """One headline figure: the value large, its name, and what it means."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("FigureCard { background: #f3f5f8; border: none; border-radius: 4px; }")
        self.value, self.title, self.explanation = QLabel(), QLabel(), QLabel()
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("color: #555555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(1)
        for label in (self.value, self.title, self.explanation):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addStretch()

    def show_figure(self, title: str, value: str, explanation: str) -> None:
        self.value.setText(value)
        self.title.setText(title)
        self.explanation.setText(explanation)
        self.setAccessibleName(f"{title}: {value}")
        self.setAccessibleDescription(explanation)


def _list(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setAccessibleName(name)
    tree.setMinimumHeight(160)
    return tree


def _group(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box


class ConnectionsPage(FollowsFile, QWidget):
    """Signals:
        colleague_activated(int): a colleague was double-clicked (or Enter) in a list or the load chart.
    """

    colleague_activated = Signal(int)

    def __init__(self, workspace: Workspace, clock: Clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.clock = workspace, clock
        self.report: InsightReport | None = None
        self.texts, self.charts = InsightTexts(self), Charts(self)
        self.period = PeriodChooser(clock.today())
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.print_button.clicked.connect(self.print_pages)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a4262c;")
        top = QHBoxLayout()
        top.addWidget(self.period)
        top.addWidget(self.problem, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.pdf_button)

        self.cards = [FigureCard() for _ in range(6)]
        figures = QGridLayout()
        for index, card in enumerate(self.cards):
            figures.addWidget(card, index // 3, index % 3)
        self.heat_map = ChartView(self.tr("Department map: celebrations linking each pair of departments"),
                                  hint=QSize(520, 480))
        self.share_trend = ChartView(self.tr("Department pairs linked per quarter"), hint=QSize(360, 200))
        self.ei_trend = ChartView(self.tr("E-I index per quarter"), hint=QSize(360, 200))
        self.load_chart = ChartView(self.tr("Load of organising per colleague"), hint=QSize(700, 240))
        self.load_chart.colleague_activated.connect(self.colleague_activated)
        self.heat_caption = QLabel(self.tr("Each cell counts the celebrations that brought the two departments "
                                           "together; hatched cells are pairs that never met. Point at a cell, or "
                                           "use the arrow keys, for its figures."))
        self.heat_caption.setWordWrap(True)
        trends = QVBoxLayout()
        trends.addWidget(_group(self.tr("Department pairs linked, per quarter"), self.share_trend))
        trends.addWidget(_group(self.tr("E-I index, per quarter"), self.ei_trend))
        maps = QHBoxLayout()
        maps.addWidget(_group(self.tr("Which departments met"), self.heat_map, self.heat_caption), 3)
        maps.addLayout(trends, 2)

        self.not_celebrated = _list(self.tr("Not celebrated"),
                                    [self.tr("Colleague"), self.tr("Department"), self.tr("Why")])
        self.never_organised = _list(self.tr("Never organised"), [self.tr("Colleague"), self.tr("Department")])
        self.departments = _list(self.tr("Departments"), [self.tr("Department"), self.tr("E-I index"),
                                                          self.tr("Pairs linked")])
        for tree in (self.not_celebrated, self.never_organised):
            tree.itemActivated.connect(self._activated)
        self.not_celebrated_box = _group("", self.not_celebrated)
        self.never_organised_box = _group("", self.never_organised)
        lists = QHBoxLayout()
        lists.addWidget(self.not_celebrated_box, 3)
        lists.addWidget(self.never_organised_box, 1)
        lists.addWidget(_group(self.tr("Departments"), self.departments), 0)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(figures)
        body.addLayout(maps)
        body.addWidget(_group(self.tr("Who organises"), self.load_chart))
        body.addLayout(lists)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.period.changed.connect(self.refresh)
        self.follow(workspace)
        clock.day_changed.connect(self.period.set_today)
        self.refresh()

    # -- keeping in step -------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        start, end = self.period.period()
        if end < start:
            self.problem.setText(self.tr("The period ends before it starts."))
            return
        self.problem.clear()
        self.show_report(insight_report(self.workspace.register, start, end))

    def show_report(self, report: InsightReport) -> None:
        self.report = report
        for card, figure in zip(self.cards, self.texts.figures(report), strict=True):
            card.show_figure(figure.title, figure.value, figure.explanation)
        charts, texts = self.charts, self.texts
        self.heat_map.set_painter(lambda painter, rect, ink: charts.heat_map(painter, rect, report, ink))
        self.share_trend.set_painter(lambda painter, rect, ink: charts.trend(
            painter, rect, "", [(texts.quarter(q), q.pairs_linked_share, texts.quarter_share(q))
                                for q in report.quarters], 0.0, 1.0, percent, ink))
        self.ei_trend.set_painter(lambda painter, rect, ink: charts.trend(
            painter, rect, "", [(texts.quarter(q), q.ei_index, texts.quarter_ei(q)) for q in report.quarters],
            -1.0, 1.0, signed, ink))
        self.load_chart.set_painter(lambda painter, rect, ink: charts.load(painter, rect, report, ink))
        self._fill_lists(report)

    def _fill_lists(self, report: InsightReport) -> None:
        self.not_celebrated.clear()
        for person, reason in report.not_celebrated:
            item = QTreeWidgetItem([person.name, person.department, self.texts.reason(reason)])
            item.setData(0, ID_ROLE, person.id)
            item.setToolTip(2, item.text(2))
            self.not_celebrated.addTopLevelItem(item)
        self.never_organised.clear()
        for person in report.never_organised:
            item = QTreeWidgetItem([person.name, person.department])
            item.setData(0, ID_ROLE, person.id)
            self.never_organised.addTopLevelItem(item)
        self.not_celebrated_box.setTitle(self.tr("Not celebrated (%n)", "", len(report.not_celebrated)))
        self.never_organised_box.setTitle(self.tr("Never organised (%n)", "", len(report.never_organised)))
        self.departments.clear()
        n = len(report.departments)
        for index, name in enumerate(report.departments):
            met = sum(1 for other in range(n) if other != index and report.count(index, other))
            item = QTreeWidgetItem([name, signed(report.ei_per_department[index]),
                                    self.tr("{met} of {others}").format(met=met, others=max(n - 1, 0))])
            for column in (1, 2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.departments.addTopLevelItem(item)
        for tree in (self.not_celebrated, self.never_organised):
            tree.resizeColumnToContents(0)
        # The departments' figures are short: all three columns in view, none scrolled away.
        header = self.departments.header()
        widths = [max(header.sectionSizeHint(column), self.departments.sizeHintForColumn(column)) + 8
                  for column in range(3)]
        for column, width in enumerate(widths[:2]):
            self.departments.setColumnWidth(column, width)
        self.departments.setMinimumWidth(sum(widths) + self.departments.verticalScrollBar().sizeHint().width()
                                         + 2 * self.departments.frameWidth() + 16)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        colleague = item.data(0, ID_ROLE)
        if colleague is not None:
            self.colleague_activated.emit(int(colleague))

    # -- printing --------------------------------------------------------------------------------
    def print_pages(self) -> None:
        from desktop.ui.connections.printing import print_connections

        print_connections(self, self.workspace, self.clock.today(), self.period.period())

    def save_pdf(self) -> None:
        from desktop.ui.connections.printing import export_connections_pdf

        export_connections_pdf(self, self.workspace, self.clock.today(), self.period.period())
