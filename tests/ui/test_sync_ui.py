"""Settings › Share with my committee…, the background sync in the window and the conflict dialog, against a
real Radicale server on 127.0.0.1."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.app import build_window
from desktop.exchange.sync.engine import Settings, sync
from desktop.models.colleague import Colleague
from desktop.store import sync_state
from desktop.store.database import open_database
from desktop.store.file_settings import read_settings, write_setting
from desktop.store.repository import Register
from desktop.ui.sync.conflict_dialog import ConflictDialog
from desktop.ui.sync.share_dialog import ShareDialog
from tests.support.dav_servers import PASSWORD, USER, Server
from tests.support.publishing import memory_keyring  # noqa: F401 - the keyring that forgets
from tests.ui.hand_clock import clock_on

TODAY = date(2026, 11, 28)


@pytest.fixture
def radicale(tmp_path):
    server = Server("radicale", tmp_path / "radicale")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def window(qtbot, register, db_path):
    register.add(Colleague(first_name="Jan", last_name="Jansen", email="jan@example.nl"))
    shown = build_window(register, db_path, clock_on(TODAY))
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.sharing.shutdown()


def fill_in(dialog: ShareDialog, url: str) -> None:
    dialog.edits["sync.url"].setText(url)
    dialog.edits["sync.user"].setText(USER)
    dialog.edits["sync.addressbook"].setText("Lief en leed")
    dialog.edits["sync.calendar"].setText("Lief en leed")
    dialog.password.setText(PASSWORD)


def wait_for_round(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.sharing.syncer is not None and not window.sharing.syncer.is_busy()
                    and window.sharing.syncer.last_report is not None, timeout=20_000)


def test_sharing_is_set_up_checked_and_the_first_round_runs(qtbot, window, radicale, person, register,
                                                             memory_keyring):  # noqa: F811
    def answer(dialog: ShareDialog) -> None:
        assert "personal data" in dialog.findChildren(type(dialog.outcome_label))[0].text()
        fill_in(dialog, radicale.url)
        assert dialog.check()
        assert "/commissie/lief-en-leed-addressbook/" in dialog.outcome_label.text()
        assert "may: " in dialog.outcome_label.text()
        assert "Owner: /commissie/" in dialog.outcome_label.text()  # Radicale says the owner, not the sharing
        assert "does not say who else may read" in dialog.outcome_label.text()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    person.will(ShareDialog, answer)
    window.sharing.share_action.trigger()
    assert read_settings(register.db)["sync.user"] == USER
    assert list(memory_keyring.passwords.values()) == [PASSWORD]
    assert PASSWORD.encode() not in register.db.path.read_bytes()
    wait_for_round(qtbot, window)
    [card] = sync_state.objects(register.db, "addressbook")
    assert card.etag
    assert window.sharing.label.text().startswith("Last synced at ")


def test_a_wrong_server_address_is_refused_in_the_dialog(qtbot, register, warnings):
    dialog = ShareDialog(register.db)
    qtbot.addWidget(dialog)
    dialog.edits["sync.url"].setText("http://dav.example.org/")
    dialog.save()
    assert "https://" in warnings[0]
    assert read_settings(register.db)["sync.url"] == ""


def share(qtbot, window, radicale, register, keyring) -> None:
    """The settings and the password as Settings › Share with my committee… stores them; the first round."""
    for key, value in (("sync.url", radicale.url), ("sync.user", USER)):
        write_setting(register.db, key, value)
    keyring.set_password("social-calendar CalDAV", f"{USER}@{radicale.url}", PASSWORD)
    window.sharing.start_if_set()
    wait_for_round(qtbot, window)


def test_another_members_change_appears_in_the_window_and_a_conflict_is_chosen_side_by_side(
        qtbot, window, radicale, register, tmp_path, person, memory_keyring):  # noqa: F811
    share(qtbot, window, radicale, register, memory_keyring)
    # Bob joins from his own file and renames Jan; the window's next round shows it.
    bob = open_database(tmp_path / "bob.sqlite")
    settings = Settings(radicale.url, USER)
    sync(bob, settings, PASSWORD)
    bobs = Register(bob)
    bobs.update(bobs.colleagues()[0].with_changes(first_name="Johan"))
    sync(bob, settings, PASSWORD)
    window.sharing.syncer.sync_now()
    qtbot.waitUntil(lambda: register.colleagues()[0].first_name == "Johan", timeout=20_000)
    qtbot.waitUntil(lambda: not window.sharing.syncer.is_busy(), timeout=20_000)
    # Both change Johan: the window's round keeps both versions, the dialog shows them side by side.
    bobs.update(bobs.colleagues()[0].with_changes(likes="thee"))
    sync(bob, settings, PASSWORD)
    window.workspace.register.update(register.colleagues()[0].with_changes(likes="koffie", dietary="halal"))
    window.sharing.syncer.sync_now()
    qtbot.waitUntil(lambda: "1 conflict" in window.sharing.label.text(), timeout=20_000)

    def choose(dialog: ConflictDialog) -> None:
        assert dialog.choice.currentText() == "Colleague: Johan Jansen"
        rows = {dialog.table.item(row, 0).text(): row for row in range(dialog.table.rowCount())}
        assert set(rows) == {"Likes", "Dietary needs"}
        assert dialog.table.cellWidget(rows["Likes"], 1).text() == "koffie"
        assert dialog.table.cellWidget(rows["Likes"], 2).text() == "thee"
        dialog.table.cellWidget(rows["Likes"], 2).click()  # theirs for likes, mine for dietary
        dialog.keep_button.click()

    person.will(ConflictDialog, choose)
    window.sharing.conflicts_action.trigger()
    kept = register.colleagues()[0]
    assert (kept.likes, kept.dietary) == ("thee", "halal")
    assert sync_state.conflicts(register.db) == []
    qtbot.waitUntil(lambda: not window.sharing.syncer.is_busy(), timeout=20_000)
    sync(bob, settings, PASSWORD)
    assert (bobs.colleagues()[0].likes, bobs.colleagues()[0].dietary) == ("thee", "halal")
    bob.close()


def test_a_change_sent_by_the_background_sync_keeps_the_undo_history(qtbot, window, radicale, register,
                                                                      memory_keyring):  # noqa: F811
    from desktop.ui.commands import EditColleague

    share(qtbot, window, radicale, register, memory_keyring)
    jan = register.colleagues()[0]
    window.workspace.push(EditColleague(window.workspace, jan, jan.with_changes(likes="drop")))
    assert window.workspace.undo_stack.canUndo()
    window.sharing.syncer.sync_now()
    qtbot.waitUntil(lambda: not window.sharing.syncer.is_busy(), timeout=20_000)
    assert window.sharing.syncer.last_report.pushed == 1
    window.workspace.check_outside_changes()  # what the two-second watch would do next
    assert window.workspace.undo_stack.canUndo()
    window.workspace.undo_stack.undo()
    assert register.colleagues()[0].likes == ""


def test_a_wiped_address_book_asks_before_the_window_deletes_anything(qtbot, window, radicale, register, person,
                                                                      memory_keyring):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox
    from support.dialogs import press

    from desktop.exchange.sync import dav

    register.add_many(Colleague(first_name=f"Collega{n}", email=f"c{n}@example.nl") for n in range(9))
    share(qtbot, window, radicale, register, memory_keyring)
    client = dav.Client(radicale.url, USER, PASSWORD)
    for card in sync_state.objects(register.db, "addressbook"):
        client.delete(card.href, None)
    client.close()
    asked = []

    def first_no(box):
        asked.append(box.text())
        press(box, QMessageBox.StandardButton.No)

    person.will(QMessageBox, first_no)
    window.sharing.syncer.sync_now()
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    assert "no longer has 10 of the 10" in asked[0]
    assert len(register.colleagues()) == 10
    window.sharing.syncer.sync_now()  # asked once: the same question does not come back every minute
    qtbot.waitUntil(lambda: not window.sharing.syncer.is_busy(), timeout=20_000)
    assert "nothing was deleted" in window.sharing.label.text()
    assert len(register.colleagues()) == 10
    window.sharing._declined = None
    person.will(QMessageBox, lambda box: press(box, QMessageBox.StandardButton.Yes))
    window.sharing.syncer.sync_now()
    qtbot.waitUntil(lambda: register.colleagues() == [], timeout=20_000)


def test_a_conflict_over_the_mail_language_names_the_languages(qtbot, register):
    """The side-by-side question shows what a person chose in the form, not the stored code."""
    from desktop.exchange.sync.vcard_map import colleague_fields
    from desktop.models.colleague import Colleague
    from desktop.store import sync_state
    from desktop.ui.sync.conflict_dialog import ConflictDialog

    (jan,) = register.add_many([Colleague(None, "Jan", "", "de Vries", "jan@example.nl", language="nl")])
    mine = colleague_fields(jan, "")
    sync_state.record_conflict(register.db, "addressbook", "jan@conflict", mine, mine | {"language": ""},
                               "/jan.vcf", "e", "")
    dialog = ConflictDialog(register.db)
    qtbot.addWidget(dialog)
    [(key, _group)] = dialog.groups
    assert key == "language"
    assert [dialog.table.cellWidget(0, column).text() for column in (1, 2)] == ["Nederlands", "The app's language"]


def test_a_colleague_erased_by_another_member_leaves_the_window_with_a_status_line_and_no_name(
        qtbot, window, radicale, register, tmp_path, memory_keyring):  # noqa: F811
    from desktop.store.privacy import forget

    share(qtbot, window, radicale, register, memory_keyring)
    bob = open_database(tmp_path / "bob.sqlite")
    settings = Settings(radicale.url, USER)
    sync(bob, settings, PASSWORD)
    # This member edits Jan while Bob forgets him (the AVG's right to erasure) and syncs.
    window.workspace.register.update(register.colleagues()[0].with_changes(likes="koffie"))
    forget(bob, [Register(bob).colleagues()[0].id])
    sync(bob, settings, PASSWORD)
    window.sharing.syncer.sync_now()
    qtbot.waitUntil(lambda: "erased by another committee member" in window.sharing.label.text(), timeout=20_000)
    assert "1 colleague erased" in window.sharing.label.text()
    assert "Jan" not in window.sharing.label.text()
    assert register.colleagues() == []
    sync(bob, settings, PASSWORD)
    assert Register(bob).colleagues() == []
    bob.close()
