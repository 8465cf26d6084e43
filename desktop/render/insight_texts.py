"""The words of the connection figures, once for the Connections page and its printed page: each headline
figure with an explanation in plain words, the quarters, and why a colleague was not celebrated."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, QObject

from desktop.exchange.insight_report import InsightReport
from desktop.models.connections import Headline
from desktop.render.insight_charts import number, percent, signed
from desktop.render.month_pages import qdate


@dataclass(frozen=True)
class Figure:
    title: str
    value: str
    explanation: str


def day_text(day: date) -> str:
    return QLocale().toString(qdate(day), "d MMMM yyyy")


class InsightTexts(QObject):
    def period(self, report: InsightReport) -> str:
        return self.tr("{start} to {end}").format(start=day_text(report.start), end=day_text(report.end))

    def figures(self, report: InsightReport) -> list[Figure]:
        linked, pairs = report.pairs()
        missing = len(report.not_celebrated)
        return [
            Figure(self.tr("Celebrations"), QLocale().toString(report.celebrations),
                   self.tr("planned or held in the period; skipped plans and plans whose occasion moved do not "
                           "count.")),
            Figure(self.tr("Department pairs linked"), percent(report.pairs_linked_share),
                   self.tr("{linked} of {pairs} pairs of departments met at a celebration: a celebrant and an "
                           "organiser, or two organisers, one from each.").format(linked=linked, pairs=pairs)),
            Figure(self.tr("E-I index"), signed(report.ei_overall),
                   self.tr("from −1 (every tie stays inside a department) to +1 (every tie crosses to another "
                           "department). Ties: celebrant with organiser, organiser with organiser.")),
            Figure(self.tr("Spread of the work (Gini)"), number(report.gini, 2),
                   self.tr("0: everyone willing organised as much; towards 1: a few do it all. Effort-weighted "
                           "turns: highest {high}, lowest {low}, mean {mean}.").format(
                       high=number(report.load_max), low=number(report.load_min), mean=number(report.load_mean, 2))),
            Figure(self.tr("New ties"), QLocale().toString(report.new_ties),
                   self.tr("pairs of colleagues who organised together for the first time.")),
            Figure(self.tr("Fell through the cracks"), QLocale().toString(missing + len(report.never_organised)),
                   self.tr("%n colleague(s) who like to be celebrated had no celebration; ", "", missing)
                   + self.tr("%n willing colleague(s), employed all period, never organised.", "",
                             len(report.never_organised))),
        ]

    def quarter(self, headline: Headline) -> str:
        return self.tr("Q{quarter} {year}").format(quarter=(headline.start.month - 1) // 3 + 1,
                                                   year=headline.start.year)

    def quarter_share(self, headline: Headline) -> str:
        return self.tr("{quarter}: {share} of department pairs linked (%n celebration(s))", "",
                       headline.celebrations).format(quarter=self.quarter(headline),
                                                     share=percent(headline.pairs_linked_share))

    def quarter_ei(self, headline: Headline) -> str:
        return self.tr("{quarter}: E-I index {value} (%n celebration(s))", "", headline.celebrations).format(
            quarter=self.quarter(headline), value=signed(headline.ei_index))

    def reason(self, code: str) -> str:
        words = {
            "skipped": self.tr("Celebration skipped"),
            "plan_outdated": self.tr("The plan is outdated: the occasion moved"),
            "no_plan": self.tr("An occasion without a plan"),
            "no_birth_date": self.tr("No birth date known"),
            "joined_recently": self.tr("Joined during the period"),
            "no_occasion": self.tr("No occasion in the period"),
        }
        return words.get(code, code)

    def reasons(self, report: InsightReport) -> str:
        """ "No birth date known: 3 · An occasion without a plan: 2", most first."""
        counts = Counter(reason for _, reason in report.not_celebrated)
        return " · ".join(f"{self.reason(code)}: {count}"
                          for code, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
