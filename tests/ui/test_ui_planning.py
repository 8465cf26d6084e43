"""Planning (issue 4): the planning view, the plan editor, plan-the-months, leave, budget and asking organisers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QMessageBox
from support.dialogs import cancel, ok, press

from desktop.exchange.plans import PlanningItem
from desktop.models.budget import budget_summary
from desktop.models.celebration import Celebration, Organiser, Status
from desktop.models.colleague import Celebrate, Colleague
from desktop.models.dates import PartialDate
from desktop.models.kinds import Kind
from desktop.models.organisers import Leave
from desktop.store.celebrations import Celebrations
from desktop.ui.colleague_model import ColleagueTableModel
from desktop.ui.planning import mail as ask_module
from desktop.ui.planning.budget_view import BudgetView
from desktop.ui.planning.leave_dialog import LeaveDialog, edit_leave
from desktop.ui.planning.mail import mailto_url, organiser_mail
from desktop.ui.planning.models import ITEM_ROLE, STALE_COLOUR, PlanColumn
from desktop.ui.planning.plan_editor import PlanEditor, edit_plan, suggester_for
from desktop.ui.planning.plan_months_dialog import PlanMonthsDialog, default_period
from desktop.ui.planning.planning_view import PlanningView
from desktop.ui.workspace import Workspace
from tests.ui.hand_clock import clock_on

JAN_50 = date(2026, 12, 10)  # a Thursday
PIET_BIRTHDAY = date(2026, 12, 3)
EVA_LAST_DAY = date(2027, 1, 15)


@pytest.fixture
def people(register):
    sales, finance, ict = (register.add_department(name).id for name in ("Sales", "Finance", "ICT"))
    hired = date(2019, 6, 3)

    def person(first, last, dept, birth, **changes):
        return Colleague(first_name=first, last_name=last, department_id=dept, birth=PartialDate.from_date(birth),
                         hire_date=hired, email=f"{first.lower()}@example.nl", **changes)

    colleagues = register.add_many([
        person("Jan", "de Vries", sales, date(1976, 12, 10), dietary="gluten-free"),  # 50: Abraham
        person("Sanne", "Bakker", sales, date(1985, 7, 1)),
        person("Karin", "Smit", sales, date(1988, 8, 12)),
        person("Eva", "Jansen", finance, date(1980, 5, 5), end_date=EVA_LAST_DAY),  # farewell
        person("Bart", "Mulder", finance, date(1979, 6, 20)),
        person("Lotte", "Visser", finance, date(1992, 9, 9)),
        person("Piet", "Bos", ict, date(1990, 12, 3)),  # a plain birthday
        person("Noor", "Meijer", ict, date(1987, 4, 4)),
        person("Ahmed", "Yilmaz", ict, date(1983, 3, 3)),
    ])
    return {c.first_name: c for c in colleagues}


@pytest.fixture
def workspace(register, db_path, people, today, qtbot):
    model = ColleagueTableModel(register.colleagues(), register.departments(), clock_on(today))
    return Workspace(register, db_path, model)


@pytest.fixture
def view(workspace, today, qtbot):
    widget = PlanningView(workspace, clock_on(today))
    qtbot.addWidget(widget)
    return widget


def _item(view: PlanningView, key_start: str, colleague: Colleague) -> PlanningItem:
    return next(i for i in view.items() if i.key.startswith(key_start) and i.colleague_id == colleague.id)


def _plan(people, key, colleague, day, status, organisers=(), budget=500, cost=None, kind="birthday"):
    return Celebration(None, key, kind, colleague.id, day, day, "cake", "", budget, status, cost, "", 1.0,
                       tuple(Organiser(people[name].id, "any") for name in organisers))


def click(text: str):
    """Click the message box's button with this text."""
    def answer(box):
        next(button for button in box.buttons() if button.text() == text).click()
    return answer


# -- the planning view ------------------------------------------------------------------------
def test_the_view_lists_occasions_by_status(view, register, people, qtmodeltester):
    store = Celebrations(register.db)
    store.save(_plan(people, f"birthday-{people['Piet'].id}-2026-12-03", people["Piet"], PIET_BIRTHDAY, Status.DONE,
                     ["Noor"], cost=450))
    store.save(_plan(people, f"birthday-{people['Jan'].id}-2026-12-10", people["Jan"], JAN_50, Status.PLANNED,
                     ["Sanne", "Bart"], budget=5000))
    view.refresh()
    by_status = {status: [] for status in Status}
    for item in view.items():
        by_status[item.status].append((item.colleague.first_name, item.kind))
    assert by_status[Status.DONE] == [("Piet", "birthday")]
    assert by_status[Status.PLANNED] == [("Jan", "birthday")]
    assert ("Eva", "farewell") in by_status[Status.TO_PLAN]
    assert by_status[Status.SKIPPED] == []
    view.set_status_filter(Status.PLANNED)
    assert [i.colleague.first_name for i in view.shown_items()] == ["Jan"]
    row = [view.proxy.index(0, column).data() for column in range(view.proxy.columnCount())]
    assert row[2] == "Sanne Bakker, Bart Mulder"
    assert row[4] == QLocale().toCurrencyString(50.0, "€")
    assert "(1)" in view.status_box.currentText()
    view.set_status_filter(Status.TO_PLAN)
    assert all(i.celebration is None for i in view.shown_items())
    view.set_status_filter(None)
    assert [i.day for i in view.shown_items()] == sorted(i.day for i in view.items())
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)


def test_show_colleague_emits_its_id(view, people, qtbot):
    assert view.select_key(_item(view, "birthday", people["Jan"]).key)
    with qtbot.waitSignal(view.colleague_activated) as signal:
        view.colleague_button.click()
    assert signal.args == [people["Jan"].id]


# -- plan the coming months ------------------------------------------------------------------
def test_default_period_runs_to_the_end_of_the_third_month(today):
    assert default_period(today) == (today, date(2027, 2, 28))


def test_plan_the_months_preview_apply_and_undo(view, workspace, register, people, today, qtbot, person):
    store = Celebrations(register.db)
    kept = store.save(_plan(people, f"birthday-{people['Piet'].id}-2026-12-03", people["Piet"], PIET_BIRTHDAY,
                            Status.DONE, ["Noor"]))
    dialog = PlanMonthsDialog(register, today)
    qtbot.addWidget(dialog)
    dialog.set_period(today, today + timedelta(days=60))
    keys = [p.occasion_key for p in dialog.proposals]
    assert f"birthday-{people['Jan'].id}-2026-12-10" in keys
    assert f"farewell-{people['Eva'].id}-2027-01-15" in keys
    assert kept.occasion_key not in keys  # planned already
    assert dialog.tree.topLevelItemCount() == len(keys)
    jan = dialog.tree.topLevelItem(keys.index(f"birthday-{people['Jan'].id}-2026-12-10"))
    assert jan.childCount() == 2  # a milestone gets two organisers, each with their reasons
    assert "Same department as Jan" in jan.child(0).text(0)
    applied = []

    def two_months_then_apply(shown):
        shown.set_period(today, today + timedelta(days=60))
        applied.append([p.occasion_key for p in shown.proposals])
        shown.apply_button.click()

    person.will(PlanMonthsDialog, two_months_then_apply)
    assert view.plan_coming_months()
    assert applied == [keys]  # the dialog the view opened proposes what the one above did
    stored = {c.occasion_key: c for c in store.all()}
    assert set(stored) == {*keys, kept.occasion_key}
    assert all(stored[key].status is Status.PLANNED for key in keys)
    assert all(people["Jan"].id not in {o.colleague_id for o in stored[key].organisers}
               for key in keys if key.startswith(f"birthday-{people['Jan'].id}"))
    listed = {i.key: i.status for i in view.items()}
    assert listed[f"birthday-{people['Jan'].id}-2026-12-10"] is Status.PLANNED
    assert all(listed[key] is Status.PLANNED for key in keys if key in listed)
    workspace.undo_stack.undo()
    assert [c.occasion_key for c in store.all()] == [kept.occasion_key]
    assert not any(i.status is Status.PLANNED for i in view.items())
    workspace.undo_stack.redo()
    assert {c.occasion_key for c in store.all()} == {*keys, kept.occasion_key}
    workspace.undo_stack.undo()
    assert store.all() == [kept]


# -- the plan editor ---------------------------------------------------------------------------
@pytest.fixture
def editor(view, register, people, qtbot):
    item = _item(view, "birthday", people["Jan"])
    dialog = PlanEditor(item, suggester_for(register))
    qtbot.addWidget(dialog)
    return dialog


def test_the_editor_suggests_organisers_with_reasons(editor, people):
    choices = editor.organisers.choices
    assert len(choices) == 2
    assert people["Jan"].id not in {c.colleague_id for c in choices}
    first = editor.organisers.list.item(0).text()
    assert "Same department as Jan" in first
    assert "has not organised anything in the past year" in first.lower()
    assert "links" in editor.organisers.list.item(1).text().lower()
    assert "gluten-free" in editor.what_edit.text()  # personalised with the dietary needs
    assert editor.budget_box.value() == 50.0  # Abraham/Sarah
    assert editor.day_edit.text() == "10-12-2026"


def test_next_best_replaces_one_organiser_never_with_the_celebrant(editor, people):
    first, second = (c.colleague_id for c in editor.organisers.choices)
    seen = {first}
    for _ in range(5):
        if not editor.organisers.next_best(0):
            break
        now = [c.colleague_id for c in editor.organisers.choices]
        assert now[1] == second  # the other organiser stays
        assert now[0] not in seen
        assert now[0] != people["Jan"].id
        seen.add(now[0])
    assert len(seen) >= 3  # Sales has two others, then anyone else


def test_choosing_by_hand_and_refusing_the_celebrant(editor, people, person):
    assert not editor.organisers.choose_by_hand(people["Jan"].id)
    from desktop.ui.planning.colleague_picker import ColleaguePicker

    offered = []

    def pick_eva(picker):
        offered.extend(picker.list.item(row).text() for row in range(picker.list.count()))
        picker.search.setText("eva jan")  # Eva Jansen; the filter selects the first match
        ok(picker)

    person.will(ColleaguePicker, pick_eva)
    assert editor.organisers.choose_by_hand()
    assert not any(name.startswith("Jan de Vries") for name in offered)  # never the celebrant
    assert any(name.startswith("Eva Jansen") for name in offered)
    assert editor.organisers.choices[-1].colleague_id == people["Eva"].id
    assert editor.organisers.choices[-1].role == "manual"
    assert "Chosen by hand" in editor.organisers.list.item(2).text()
    editor.organisers.remove(2)
    assert len(editor.organisers.choices) == 2


def test_the_editor_refuses_bad_values_beside_the_field(editor):
    editor.day_edit.setText("31-02-2027")
    editor.cost_box.setValue(-0.5)
    editor.accept()
    assert editor.result_celebration is None
    assert editor.day_error.text() == "31-02-2027 does not exist"
    assert not editor.day_error.isHidden()
    assert editor.cost_error.text() == "The cost cannot be negative"
    editor.day_edit.setText("11-12-2026")
    editor.cost_box.setValue(editor.cost_box.minimum())
    editor.accept()
    assert editor.result_celebration.celebration_date == date(2026, 12, 11)
    assert editor.result_celebration.actual_cost_cents is None


def test_saving_and_undoing_a_plan(view, workspace, register, people, person):
    store = Celebrations(register.db)

    def fill(dialog):
        dialog.budget_box.setValue(42.5)
        dialog.notes_edit.setPlainText("Taart bij de koffie")
        ok(dialog)

    person.will(PlanEditor, fill)
    assert view.select_key(_item(view, "birthday", people["Jan"]).key)
    assert view.edit_selected()
    [saved] = store.all()
    assert (saved.budget_cents, saved.notes, saved.status) == (4250, "Taart bij de koffie", Status.PLANNED)
    assert len(saved.organisers) == 2
    assert view.selected_item().status is Status.PLANNED
    workspace.undo_stack.undo()
    assert store.all() == []
    workspace.undo_stack.redo()
    [again] = store.all()
    assert replace(again, id=None) == replace(saved, id=None)
    # Changing a stored plan: undo brings the previous version back.
    item = _item(view, "birthday", people["Jan"])
    person.will(PlanEditor, done_for(39.95))
    assert edit_plan(None, workspace, item) is not None
    assert (store.all()[0].status, store.all()[0].actual_cost_cents) == (Status.DONE, 3995)
    workspace.undo_stack.undo()
    assert store.all() == [item.celebration]


def done_for(cost: float):
    """What the manager types after the celebration: done, and what it cost."""
    def answer(dialog):
        dialog.status_box.setCurrentIndex(dialog.status_box.findData(Status.DONE))
        dialog.cost_box.setValue(cost)
        ok(dialog)
    return answer


def budget_of(euros: float):
    def answer(dialog):
        dialog.budget_box.setValue(euros)
        ok(dialog)
    return answer


# -- leave -------------------------------------------------------------------------------------
def test_the_leave_dialog_checks_dates(qtbot, people):
    dialog = LeaveDialog(people["Sanne"], [Leave(people["Sanne"].id, date(2026, 12, 1), date(2026, 12, 4))])
    qtbot.addWidget(dialog)
    dialog.start_edit.setText("31-02-2027")
    assert not dialog.add_period()
    assert dialog.start_error.text() == "31-02-2027 does not exist"
    dialog.start_edit.setText("10-12-2026")
    dialog.end_edit.setText("09-12-2026")
    assert not dialog.add_period()
    assert dialog.end_error.text() == "The end lies before the start"
    dialog.end_edit.setText("11-12-2026")
    assert dialog.add_period()
    dialog.start_edit.setText("24-11-2026")
    assert dialog.add_period()  # a single day
    assert [(p.start, p.end) for p in dialog.periods()] == [
        (date(2026, 11, 24), date(2026, 11, 24)), (date(2026, 12, 1), date(2026, 12, 4)),
        (date(2026, 12, 10), date(2026, 12, 11))]
    dialog.list.setCurrentRow(1)
    dialog.remove_selected()
    assert len(dialog.periods()) == 2


def test_leave_round_trip_with_undo_and_no_suggestion_on_leave(workspace, register, people, person):
    store = Celebrations(register.db)
    sanne, karin = people["Sanne"], people["Karin"]
    away = [Leave(sanne.id, date(2026, 12, 7), date(2026, 12, 13))]  # three days either side of Jan's 50th

    def type_a_week(dialog):
        dialog.start_edit.setText("07-12-2026")
        dialog.end_edit.setText("13-12-2026")
        dialog.add_button.click()
        ok(dialog)

    person.will(LeaveDialog, type_a_week)
    assert edit_leave(None, workspace, sanne)
    assert store.leave(sanne.id) == away
    store.set_leave(karin.id, [Leave(karin.id, JAN_50, JAN_50)])
    suggested = suggester_for(register).suggest(people["Jan"].id, JAN_50, 2)
    ids = {c.colleague_id for c in suggested}
    assert sanne.id not in ids
    assert karin.id not in ids
    assert people["Jan"].id not in ids
    workspace.undo_stack.undo()
    assert store.leave(sanne.id) == []
    first = suggester_for(register).suggest(people["Jan"].id, JAN_50, 2)[0]
    assert first.colleague_id == sanne.id  # back from leave: the only one in Jan's department available


# -- budget ------------------------------------------------------------------------------------
def test_budget_summary_sums_per_month_and_kind(people):
    def plan(key, day, kind, budget, cost=None, status=Status.PLANNED):
        return replace(_plan(people, key, people["Jan"], day, status, budget=budget, cost=cost, kind=kind))

    summary = budget_summary([
        plan("a", date(2027, 1, 5), "birthday", 500, 450, Status.DONE),
        plan("b", date(2027, 1, 20), "birthday", 3500),
        plan("c", date(2027, 1, 21), "farewell", 7500, 8010, Status.DONE),
        plan("d", date(2027, 3, 2), "birthday", 500, status=Status.SKIPPED),
        plan("e", date(2027, 3, 9), "monthly_treat", 3000),
        plan("f", date(2026, 12, 9), "birthday", 99999),  # another year
    ], 2027)
    assert summary.kinds == ["birthday", "farewell", "monthly_treat"]
    january, march, total = summary.rows[0], summary.rows[2], summary.total
    assert (january.total.planned_cents, january.total.spent_cents, january.total.count) == (11500, 8460, 3)
    assert (january.cell("birthday").planned_cents, january.cell("farewell").spent_cents) == (4000, 8010)
    assert (march.total.planned_cents, march.cell("birthday").count) == (3000, 1)  # skipped: nothing planned
    assert (total.total.planned_cents, total.total.spent_cents, total.total.count) == (14500, 8460, 5)
    assert summary.rows[1].total.count == 0
    assert len(summary.rows) == 13


def test_the_budget_view_shows_the_totals(workspace, register, people, today, qtbot, qtmodeltester):
    store = Celebrations(register.db)
    store.save(_plan(people, "x", people["Piet"], PIET_BIRTHDAY, Status.DONE, budget=500, cost=450))
    store.save(_plan(people, "y", people["Jan"], JAN_50, Status.PLANNED, budget=5000, kind="birthday"))
    budget = BudgetView(workspace, clock_on(today))
    qtbot.addWidget(budget)
    qtmodeltester.check(budget.model)
    model = budget.model
    total_row = model.rowCount() - 1
    money = QLocale().toCurrencyString
    assert model.index(total_row, 0).data() == "Total"
    assert model.index(total_row, 1).data() == money(55.0, "€")
    assert model.index(total_row, 2).data() == money(4.5, "€")
    assert model.index(11, 1).data() == money(55.0, "€")  # December: planned, spent, celebrations
    assert model.index(11, 3).data() == "2"
    budget.set_kind(Kind.BIRTHDAY)  # both are birthdays
    assert (model.index(11, 1).data(), model.index(11, 2).data(), model.index(11, 3).data()) == (
        money(55.0, "€"), money(4.5, "€"), "2")
    assert money(55.0, "€") in budget.totals.text()
    store.save(_plan(people, "z", people["Eva"], EVA_LAST_DAY, Status.PLANNED, budget=7500, kind="farewell"))
    budget.refresh()
    budget.set_year(2027)
    assert [budget.kind_box.itemText(i) for i in range(budget.kind_box.count())] == ["every kind", "Farewell"]
    assert budget.model.kind is None  # 2027 has no birthdays: every kind again
    assert model.index(0, 1).data() == money(75.0, "€")


# -- asking the organisers --------------------------------------------------------------------
@pytest.fixture
def dutch():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    QLocale.setDefault(before)


def test_the_mail_to_the_organisers(people, dutch, monkeypatch):
    everyone = {c.id: c for c in people.values()}
    celebration = _plan(people, "k", people["Jan"], JAN_50, Status.PLANNED, ["Sanne", "Bart", "Noor"],
                        budget=5000)
    celebration = replace(celebration, what="Abraham & taart (glutenvrij)")
    draft = organiser_mail(celebration, "Jan de Vries 50 jaar", everyone)
    assert draft.recipients == ("sanne@example.nl", "bart@example.nl", "noor@example.nl")
    assert "donderdag 10 december 2026" in draft.subject
    assert "€\xa050,00" in draft.body
    assert "Jan de Vries 50 jaar" in draft.body
    assert "Sanne Bakker, Bart Mulder and Noor Meijer" in draft.body

    opened = []
    monkeypatch.setattr(ask_module.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert ask_module.ask_organisers(None, celebration, "Jan de Vries 50 jaar", everyone)
    [url] = opened
    assert url == mailto_url(draft)
    parts = urlsplit(url.toString(url.ComponentFormattingOption.FullyEncoded))
    assert parts.scheme == "mailto"
    assert unquote(parts.path).split(",") == list(draft.recipients)
    query = parse_qs(parts.query)
    assert query["subject"] == [draft.subject]
    body = query["body"][0]
    assert "Jan de Vries" in body
    assert "donderdag 10 december 2026" in body
    assert "€\xa050,00" in body
    assert "Abraham & taart (glutenvrij)" in body  # '&' survives the URL


def test_no_mail_without_organisers_or_addresses(people, monkeypatch):
    everyone = {c.id: c for c in people.values()}
    everyone[people["Sanne"].id] = replace(people["Sanne"], email="")
    shown, opened = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(ask_module.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    lonely = _plan(people, "k", people["Jan"], JAN_50, Status.PLANNED)
    assert not ask_module.ask_organisers(None, lonely, "Jan", everyone)
    only_sanne = replace(lonely, organisers=(Organiser(people["Sanne"].id),))
    assert not ask_module.ask_organisers(None, only_sanne, "Jan", everyone)
    assert opened == []
    assert len(shown) == 2


# -- what organisers receive follows the celebrant's consent ------------------------------------------
def opened_mail(monkeypatch) -> list[str]:
    """The bodies of the messages the view opens in the mail program."""
    bodies: list[str] = []

    def open_url(url):
        parts = urlsplit(url.toString(url.ComponentFormattingOption.FullyEncoded))
        query = parse_qs(parts.query)
        bodies.append(query["subject"][0] + "\n" + query["body"][0])
        return True

    monkeypatch.setattr(ask_module.QDesktopServices, "openUrl", open_url)
    return bodies


def test_asking_organisers_shares_no_hidden_age_and_no_notes(view, register, people, monkeypatch):
    jan = replace(people["Jan"], show_age=False)  # 50, but keeps his age to himself
    register.update(jan)
    store = Celebrations(register.db)
    store.save(replace(_plan(people, f"birthday-{jan.id}-2026-12-10", jan, JAN_50, Status.PLANNED,
                             ["Sanne", "Bart"], budget=3500), notes="MANAGER-NOTE: he dislikes speeches"))
    bodies = opened_mail(monkeypatch)
    view.refresh()
    assert view.select_key(f"birthday-{jan.id}-2026-12-10")
    assert view.ask_organisers()
    [mail] = bodies
    assert "Birthday of Jan de Vries" in mail
    for hidden in ("50", "Abraham", "Sarah", "years", "MANAGER-NOTE", "speeches"):
        assert hidden not in mail, hidden
    assert "Sanne Bakker and Bart Mulder" in mail


def test_the_mail_program_gets_the_words_remind_sends(view, register, people, monkeypatch):
    """One text for both: the draft is the organiser invite of `remind` — the file's own template, the same
    detail lines (when, what, budget, the food, who organises) — addressed to all organisers at once."""
    from desktop.exchange.reminders import organiser_text, qt_texts
    from desktop.models.reminders import INVITE
    from desktop.store.file_settings import read_settings, write_setting

    jan = replace(people["Jan"], dietary="vegetarisch")
    register.update(jan)
    write_setting(register.db, "template.organiser_invite.subject", "Wil jij {title} regelen op {day}?")
    plan = replace(_plan(people, f"birthday-{jan.id}-2026-12-10", jan, JAN_50, Status.PLANNED, ["Sanne", "Bart"],
                         budget=3500), what="Taart")
    Celebrations(register.db).save(plan)
    bodies = opened_mail(monkeypatch)
    view.refresh()
    assert view.select_key(plan.occasion_key)
    assert view.ask_organisers()
    [mail] = bodies
    subject, body = organiser_text(INVITE, read_settings(register.db), qt_texts(), "Sanne and Bart",
                                   "Jan de Vries 50 years — Abraham/Sarah", plan, ("vegetarisch",),
                                   "Sanne Bakker and Bart Mulder", to_all=True)
    assert mail == subject + "\n" + body.replace("\n", "\r\n")
    assert subject.startswith("Wil jij Jan de Vries 50 years")
    for line in ("Hello Sanne and Bart,", "What: Taart", "Budget: €35.00", "Food: please make it vegetarisch",
                 "Organisers: Sanne Bakker and Bart Mulder"):
        assert line in body


def test_no_mail_about_a_quiet_colleague(view, register, people, monkeypatch):
    piet = replace(people["Piet"], celebrate=Celebrate.QUIET)
    register.update(piet)
    Celebrations(register.db).save(replace(
        _plan(people, f"birthday-{piet.id}-2026-12-03", piet, PIET_BIRTHDAY, Status.PLANNED, ["Noor"]),
        notes="MANAGER-NOTE"))
    bodies = opened_mail(monkeypatch)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    view.refresh()
    assert view.select_key(f"birthday-{piet.id}-2026-12-03")
    assert not view.ask_organisers()
    assert bodies == []
    assert len(shown) == 1
    assert "not shared" in shown[0]


# -- plans whose occasion moved or went --------------------------------------------------------
def test_a_plan_for_a_corrected_birthday_is_marked_and_can_be_deleted(view, workspace, register, people,
                                                                      person, qtbot):
    piet = people["Piet"]
    store = Celebrations(register.db)
    old_key = f"birthday-{piet.id}-2026-12-03"
    old = store.save(_plan(people, old_key, piet, PIET_BIRTHDAY, Status.PLANNED, ["Noor"]))
    # The birthday was typed wrong: it is 13 December.
    register.update(replace(piet, birth=PartialDate.from_date(date(1990, 12, 13))))
    view.refresh()
    stale = _item(view, old_key, piet)
    assert stale.stale
    new = _item(view, f"birthday-{piet.id}-2026-12-13", piet)
    assert (new.stale, new.status) == (False, Status.TO_PLAN)
    assert not any(i.stale for i in view.items() if i is not stale)
    view.set_status_filter(None)
    row = next(r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 0).data(ITEM_ROLE).key == old_key)
    status = view.proxy.index(row, PlanColumn.STATUS)
    assert status.data() == "Occasion moved or gone"
    assert status.data(Qt.ItemDataRole.ForegroundRole).name() == STALE_COLOUR
    assert "delete this plan" in status.data(Qt.ItemDataRole.ToolTipRole)
    assert "delete this plan" in view.proxy.index(row, PlanColumn.OCCASION).data(Qt.ItemDataRole.ToolTipRole)
    assert status.data(Qt.ItemDataRole.FontRole).bold()
    # The columns are fitted to what they hold once the rows are in (the state's bold text included).
    qtbot.waitUntil(lambda: view.table.columnWidth(PlanColumn.STATUS)
                    >= QFontMetrics(status.data(Qt.ItemDataRole.FontRole)).horizontalAdvance(status.data()))

    # Opening it offers to delete it; deleting is one undoable step.
    assert view.select_key(old_key)
    assert view.delete_button.isEnabled()
    person.will(QMessageBox, click("Delete plan"))
    assert view.edit_selected()
    assert store.all() == []
    assert old_key not in {i.key for i in view.items()}
    workspace.undo_stack.undo()
    assert store.all() == [old]  # back under its own id
    assert _item(view, old_key, piet).stale
    workspace.undo_stack.redo()
    assert store.all() == []


def test_deleting_a_plan_asks_first_and_undo_keeps_earlier_steps_working(view, workspace, register, people,
                                                                         person):
    jan = people["Jan"]
    key = f"birthday-{jan.id}-2026-12-10"
    store = Celebrations(register.db)
    first = store.save(_plan(people, key, jan, JAN_50, Status.PLANNED, ["Sanne"]))
    view.refresh()
    person.will(PlanEditor, budget_of(12.34))
    assert edit_plan(None, workspace, _item(view, key, jan)) is not None
    assert store.all()[0].budget_cents == 1234
    view.refresh()
    assert view.select_key(key)
    person.will(QMessageBox, lambda box: press(box, QMessageBox.StandardButton.No))
    person.will(QMessageBox, lambda box: press(box, QMessageBox.StandardButton.Yes))
    assert not view.delete_selected()
    assert len(store.all()) == 1
    assert view.delete_selected()
    assert store.all() == []
    workspace.undo_stack.undo()  # the delete
    workspace.undo_stack.undo()  # the edit before it still finds the plan
    assert store.all() == [first]


def test_editing_a_moved_plan_anyway_or_cancelling(view, register, people, monkeypatch, person):
    piet = people["Piet"]
    store = Celebrations(register.db)
    old_key = f"birthday-{piet.id}-2026-12-03"
    store.save(_plan(people, old_key, piet, PIET_BIRTHDAY, Status.PLANNED, ["Noor"]))
    register.update(replace(piet, celebrate=Celebrate.NO))  # no longer wants to be celebrated
    view.refresh()
    assert _item(view, old_key, piet).stale
    assert view.select_key(old_key)
    before = store.all()
    person.will(QMessageBox, click("Cancel"))  # and no editor opens: `person` expects none
    assert not view.edit_selected()
    opened = []

    def look_and_cancel(editor):
        opened.append(not editor.stale_label.isHidden())
        cancel(editor)

    person.will(QMessageBox, click("Edit anyway"))
    person.will(PlanEditor, look_and_cancel)
    assert not view.edit_selected()
    assert opened == [True]  # the editor says so too
    assert store.all() == before
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    assert not view.ask_organisers()
    assert "moved or no longer exists" in shown[0]


@pytest.mark.parametrize(("button", "answer"), [("Delete plan", "delete"), ("Edit anyway", "edit"), ("Cancel", None)])
def test_the_question_about_a_moved_plan(view, register, people, button, answer):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    piet = people["Piet"]
    old_key = f"birthday-{piet.id}-2026-12-03"
    Celebrations(register.db).save(_plan(people, old_key, piet, PIET_BIRTHDAY, Status.PLANNED, ["Noor"]))
    register.update(replace(piet, birth=PartialDate.from_date(date(1990, 12, 13))))
    view.refresh()
    seen = []

    def click():
        box = QApplication.activeModalWidget()
        seen.append(box.windowTitle())
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, click)
    assert view.ask_about_stale(_item(view, old_key, piet)) == answer
    assert seen == ["Occasion moved or gone"]


def test_a_plan_for_a_recorded_occasion_whose_date_changed_is_marked(view, register, people):
    from desktop.models.occasion_records import RecordedOccasion

    karin = people["Karin"]
    record = register.add_recorded_occasion(RecordedOccasion(None, karin.id, "wedding", date(2026, 12, 18)))
    store = Celebrations(register.db)
    key = f"record-{record.id}"
    store.save(_plan(people, key, karin, date(2026, 12, 18), Status.PLANNED, ["Sanne"], kind="wedding"))
    view.refresh()
    assert not _item(view, key, karin).stale
    register.update_recorded_occasion(replace(record, date=date(2026, 12, 21)))
    view.workspace.records_changed.emit()
    view.refresh()
    # The plan stays on the day it was made for, marked; the occasion's new day is not planned.
    [old, new] = sorted((i for i in view.items() if i.key == key), key=lambda i: i.occasion_date)
    assert (old.stale, old.occasion_date, old.celebration is not None) == (True, date(2026, 12, 18), True)
    assert (new.stale, new.occasion_date, new.celebration) == (False, date(2026, 12, 21), None)
    assert new.moved_plan == old.celebration


def test_monthly_treats_and_valid_plans_are_never_stale(view, register, people):
    store = Celebrations(register.db)
    store.save(Celebration(None, "monthly_treat-2026-12", "monthly_treat", None, date(2026, 12, 1),
                           date(2026, 12, 17), "Cake"))
    # An occasion outside the period whose celebration day lies inside it is not stale either.
    store.save(_plan(people, f"birthday-{people['Piet'].id}-2026-12-03", people["Piet"], PIET_BIRTHDAY,
                     Status.PLANNED))
    view.set_period("next30")
    view.refresh()
    assert [i for i in view.items() if i.stale] == []


# -- budget ----------------------------------------------------------------------------------------------
def test_budget_headers_are_never_cut_off(workspace, register, people, today, qtbot, qapp):
    from desktop.i18n import install_translations

    install_translations(qapp, "nl")
    store = Celebrations(register.db)
    for number, kind in enumerate(("birthday", "work_anniversary", "first_day", "farewell", "birth", "wedding",
                                   "get_well", "condolence", "custom", "monthly_treat")):
        store.save(_plan(people, f"k{number}", people["Jan"], JAN_50, Status.PLANNED, kind=kind))
    budget = BudgetView(workspace, clock_on(today))
    qtbot.addWidget(budget)
    budget.resize(700, 400)
    budget.show()
    header = budget.table.horizontalHeader()
    titles = [budget.model.headerData(c, Qt.Orientation.Horizontal) for c in range(budget.model.columnCount())]
    assert titles == ["Maand", "Begroot", "Uitgegeven", "Vieringen"]
    offered = [budget.kind_box.itemText(i) for i in range(budget.kind_box.count())]
    assert "Andere gelegenheid" in offered  # every kind of the year, to show its months
    for column, title in enumerate(titles):
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width(), title
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title), title


def test_the_editor_tells_how_long_ago_an_organiser_last_organised(view, register, people, qtbot):
    store = Celebrations(register.db)
    store.save(_plan(people, f"birthday-{people['Piet'].id}-2026-12-03", people["Piet"], PIET_BIRTHDAY,
                     Status.DONE, ["Sanne"]))
    store.save(_plan(people, "earlier", people["Noor"], date(2026, 11, 5), Status.DONE, ["Karin"]))
    store.save(_plan(people, f"birthday-{people['Jan'].id}-2026-12-10", people["Jan"], JAN_50, Status.PLANNED,
                     ["Sanne", "Karin", "Bart"]))
    view.refresh()
    item = _item(view, "birthday", people["Jan"])
    dialog = PlanEditor(item, suggester_for(register, item.celebration.id))
    qtbot.addWidget(dialog)
    sanne, karin, bart = (dialog.organisers.list.item(row).text().lower() for row in range(3))
    assert "last organised this month" in sanne
    assert "last organised a month ago" in karin
    assert "has not organised anything in the past year" in bart
    assert "0 months" not in sanne + karin
