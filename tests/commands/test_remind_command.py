"""`social-calendar remind` against a real SMTP server on 127.0.0.1: what each mail holds and never holds, sent
once however often it runs, caught up after missed days, and faults that lose nothing."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.models.celebration import Celebration, Organiser, Status
from desktop.models.colleague import Celebrate, Colleague
from desktop.models.dates import PartialDate
from desktop.store.celebrations import Celebrations
from desktop.store.file_settings import write_setting
from tests.support.smtp import PASSWORD, USER

MONDAY = date(2027, 3, 1)
JAN_DAY = date(2027, 3, 16)  # a Tuesday; Jan turns 50: invite from 16 February (28 days), reminder on Monday 15th
EVA_DAY = date(2027, 3, 10)  # Eva turns 40 but keeps her age to herself
SECRETS = ("SECRET-PLAN-NOTE", "SECRET-COLLEAGUE-NOTE", "Quinten", "Nina", "halal", "Rust", "Nee")
HIDDEN_AGE = ("40", "Abraham", "Sarah", "milestone")


@pytest.fixture
def office(register, db_path):
    sales, ict = (register.add_department(name).id for name in ("Sales", "ICT"))
    people = register.add_many([
        Colleague(first_name="Jan", last_name="de Vries", email="jan@example.nl", department_id=sales,
                  birth=PartialDate(3, 16, 1977), hire_date=date(2015, 1, 5), dietary="vegetarisch",
                  notes="SECRET-COLLEAGUE-NOTE"),
        Colleague(first_name="Sanne", last_name="Regel", email="sanne@example.nl", department_id=sales,
                  hire_date=date(2015, 1, 5), dietary="halal"),
        Colleague(first_name="Fatima", last_name="Brug", email="fatima@example.nl", department_id=ict,
                  hire_date=date(2015, 1, 5)),
        Colleague(first_name="Eva", last_name="Stil", email="eva@example.nl", department_id=ict,
                  birth=PartialDate(3, 10, 1987), hire_date=date(2015, 1, 5), show_age=False),
        Colleague(first_name="Quinten", last_name="Rust", email="quinten@example.nl", department_id=ict,
                  birth=PartialDate(3, 11, 1977), hire_date=date(2015, 1, 5), celebrate=Celebrate.QUIET),
        Colleague(first_name="Nina", last_name="Nee", email="nina@example.nl", department_id=ict,
                  birth=PartialDate(3, 12, 1977), hire_date=date(2015, 1, 5), celebrate=Celebrate.NO),
    ])
    jan, sanne, fatima, eva, quinten, nina = people
    both = (Organiser(sanne.id, "knows"), Organiser(fatima.id, "bridge"))
    plans = Celebrations(register.db)
    plans.save(Celebration(None, f"birthday-{jan.id}-2027-03-16", "birthday", jan.id, JAN_DAY, JAN_DAY,
                           "Taart en een cadeaubon", "", 5000, Status.PLANNED, notes="SECRET-PLAN-NOTE",
                           organisers=both))
    plans.save(Celebration(None, f"birthday-{eva.id}-2027-03-10", "birthday", eva.id, EVA_DAY, EVA_DAY,
                           "Bloemen", "", 3500, Status.PLANNED, organisers=(Organiser(sanne.id),)))
    for quiet in (quinten, nina):  # plans that should never have been made: no organiser is told of them
        day = date(2027, 3, quiet.birth.day)
        plans.save(Celebration(None, f"birthday-{quiet.id}-{day.isoformat()}", "birthday", quiet.id, day, day,
                               "Taart", "", 5000, Status.PLANNED, organisers=both))
    for key, value in {"mail.host": "127.0.0.1", "mail.from": "office@example.nl", "mail.manager": "hr@example.nl",
                       "mail.security": "none"}.items():
        write_setting(register.db, key, value)
    return {"db": str(db_path), "jan": jan}


def due(office, capsys, day: date) -> list[dict]:
    capsys.readouterr()
    assert main(["remind", "--db", office["db"], "--today", day.isoformat(), "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def send(office, server, day: date, capsys=None) -> int:
    with sqlite3.connect(office["db"]) as conn:
        conn.execute("INSERT OR REPLACE INTO settings VALUES ('mail.port', ?)", [str(server.port)])
        conn.execute("INSERT OR REPLACE INTO settings VALUES ('mail.security', ?)", [server.security])
        conn.execute("INSERT OR REPLACE INTO settings VALUES ('mail.user', ?)", [USER if server.auth else ""])
    return main(["remind", "--db", office["db"], "--today", day.isoformat(), "--send"])


def sent_rows(office) -> list[str]:
    with sqlite3.connect(office["db"]) as conn:
        return sorted(row[0] for row in conn.execute("SELECT key FROM sent_mail"))


def test_without_send_it_prints_what_is_due_and_writes_nothing(office, capsys):
    mails = due(office, capsys, MONDAY)
    assert [(m["kind"], m["to"]) for m in mails] == [
        ("digest", "hr@example.nl"),
        ("organiser_invite", "sanne@example.nl"),  # Eva's (21 days' lead time)
        ("organiser_invite", "sanne@example.nl"), ("organiser_invite", "fatima@example.nl")]  # Jan's
    assert {m["language"] for m in mails} == {"en"}
    assert sent_rows(office) == []


def test_the_digest_sees_everything_grouped(office, capsys):
    [digest] = [m for m in due(office, capsys, MONDAY) if m["kind"] == "digest"]
    body = digest["body"]
    this_week, next_week = body.index("This week"), body.index("Next week")
    assert body.index("Needs a plan") < this_week < next_week
    assert "Eva Stil 40" in body
    assert "Quinten Rust 50" in body
    assert "Sanne Regel, Fatima Brug" in body
    assert "€50.00" in body
    assert "Wednesday 10 March 2027: Eva Stil 40" in body[next_week:]  # Monday 8th to Sunday 14th
    assert "Tuesday 16 March 2027" not in body  # beyond the 14 days
    # No consent: no occasion at all; the plan once made for her is the manager's to remove.
    assert [line for line in body.splitlines() if "Nina" in line] == 2 * [  # needs a plan, and next week
        "- Friday 12 March 2027: Birthday: Nina Nee — its occasion moved: check the plan"]


def test_organiser_mails_hold_only_what_the_organiser_may_see(office, capsys):
    mails = [m for m in due(office, capsys, MONDAY) if m["kind"] != "digest"]
    jan = [m for m in mails if "Jan de Vries" in m["subject"]]
    assert len(jan) == 2
    for mail in jan:
        assert "Tuesday 16 March 2027" in mail["body"]
        assert "€50.00" in mail["body"]
        assert "Taart en een cadeaubon" in mail["body"]
        assert "vegetarisch" in mail["body"]
    assert "Organising with you: Fatima Brug" in jan[0]["body"]
    for mail in mails:
        for secret in SECRETS:
            assert secret not in mail["subject"] + mail["body"], (secret, mail)
    [eva] = [m for m in mails if "Eva Stil" in m["subject"]]
    for hidden in HIDDEN_AGE:
        assert hidden not in eva["subject"] + eva["body"], hidden


@pytest.mark.parametrize("smtp_server", [("none", False), ("starttls", True)], indirect=True,
                         ids=["plain", "starttls+auth"])
def test_send_delivers_proper_mails_once_a_day(office, smtp_server, memory_keyring, capsys):
    if smtp_server.auth:
        with sqlite3.connect(office["db"]) as conn:
            conn.execute("INSERT OR REPLACE INTO settings VALUES ('mail.user', ?)", [USER])
        memory_keyring.set_password("social-calendar mail", f"{USER}@127.0.0.1", PASSWORD)
    assert send(office, smtp_server, MONDAY) == 0
    inbox = smtp_server.inbox
    assert sorted(inbox.to()) == ["fatima@example.nl", "hr@example.nl", "sanne@example.nl", "sanne@example.nl"]
    for message in inbox.messages:
        assert message["Date"]
        assert message["Message-ID"]
        assert message["From"] == "office@example.nl"
        assert message.get_content_type() == "multipart/alternative"
        assert [part.get_content_type() for part in message.iter_parts()] == ["text/plain", "text/html"]
        assert {part.get_content_charset() for part in message.iter_parts()} == {"utf-8"}
    assert send(office, smtp_server, MONDAY) == 0  # the same day again: nothing twice
    assert len(inbox.messages) == 4
    assert send(office, smtp_server, date(2027, 3, 2)) == 0  # Tuesday: nothing new is due
    assert len(inbox.messages) == 4


def test_headers_are_encoded_and_bodies_utf8(office, smtp_server, capsys):
    with sqlite3.connect(office["db"]) as conn:
        conn.execute("INSERT OR REPLACE INTO settings VALUES ('template.digest.subject', 'Vieringen — één week "
                     "vanaf {date}')")
        conn.execute("UPDATE colleagues SET first_name = 'Zoë' WHERE first_name = 'Sanne'")
    assert send(office, smtp_server, MONDAY) == 0
    digest = next(m for m in smtp_server.inbox.messages if m["To"] == "hr@example.nl")
    assert str(digest["Subject"]) == "Vieringen — één week vanaf Monday 1 March 2027"
    assert "Zoë Regel" in digest.get_body(("plain",)).get_content()
    assert "Zoë Regel" in digest.get_body(("html",)).get_content()


def test_missed_days_are_caught_up_once(office, smtp_server, capsys):
    assert send(office, smtp_server, date(2027, 3, 4)) == 0  # Thursday: Monday's digest and the invites
    assert [m["To"] for m in smtp_server.inbox.messages].count("hr@example.nl") == 1
    before = len(smtp_server.inbox.messages)
    assert send(office, smtp_server, date(2027, 3, 5)) == 0
    assert len(smtp_server.inbox.messages) == before
    # The PC was off for ten days: one digest (of Monday the 15th, not of the 8th too) and Jan's reminders.
    assert send(office, smtp_server, date(2027, 3, 15)) == 0
    new = smtp_server.inbox.messages[before:]
    assert sorted(str(m["To"]) for m in new) == ["fatima@example.nl", "hr@example.nl", "sanne@example.nl"]
    assert all(str(m["Subject"]).startswith("Reminder: Jan de Vries") for m in new if m["To"] != "hr@example.nl")
    assert "digest:2027-03-08" not in sent_rows(office)


def test_a_server_that_gives_up_loses_nothing(office, smtp_server, capsys):
    smtp_server.inbox.give_up_after = 2
    assert send(office, smtp_server, MONDAY) == 1
    assert "Sent 2 of 4; the rest is sent by the next run." in capsys.readouterr().err
    first = list(smtp_server.inbox.to())
    assert len(sent_rows(office)) == 2
    smtp_server.inbox.give_up_after = None
    assert send(office, smtp_server, MONDAY) == 0
    assert len(smtp_server.inbox.messages) == 4  # the two already sent were not sent again
    assert sorted(smtp_server.inbox.to()[2:] + first) == sorted(smtp_server.inbox.to())
    assert len(sent_rows(office)) == 4


def test_a_refused_recipient_stops_and_is_retried(office, smtp_server, capsys):
    smtp_server.inbox.refuse = {"fatima@example.nl"}
    assert send(office, smtp_server, MONDAY) == 1
    assert "refused the address fatima@example.nl" in capsys.readouterr().err
    assert "fatima@example.nl" not in smtp_server.inbox.to()
    smtp_server.inbox.refuse = set()
    assert send(office, smtp_server, MONDAY) == 0
    assert sorted(smtp_server.inbox.to()).count("fatima@example.nl") == 1
    assert len(smtp_server.inbox.messages) == 4


def test_server_down_is_said_plainly(office, capsys):
    from tests.support.publishing import free_port

    class Nobody:
        port, security, auth = free_port(), "none", False

    assert send(office, Nobody, MONDAY) == 1
    assert "Cannot connect to the mail server 127.0.0.1" in capsys.readouterr().err
    assert sent_rows(office) == []


@pytest.mark.parametrize("smtp_server", [("starttls", True)], indirect=True)
def test_a_refused_login_is_said_plainly(office, smtp_server, memory_keyring, capsys):
    memory_keyring.set_password("social-calendar mail", f"{USER}@127.0.0.1", "wrong")
    assert send(office, smtp_server, MONDAY) == 1
    assert "refused the login" in capsys.readouterr().err
    assert sent_rows(office) == []
    assert smtp_server.inbox.messages == []


@pytest.mark.parametrize("smtp_server", [("none", False)], indirect=True)
def test_starttls_refused_by_the_server_is_said_plainly(office, smtp_server, capsys):
    smtp_server.security = "starttls"  # the client asks for STARTTLS; this server does not offer it
    assert send(office, smtp_server, MONDAY) == 1
    assert "refused the secure connection" in capsys.readouterr().err
    assert sent_rows(office) == []


def test_mail_password_goes_to_the_keyring(office, memory_keyring, monkeypatch, capsys):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
    assert main(["mail-password", "--db", office["db"]]) == 0
    assert memory_keyring.passwords == {("social-calendar mail", "@127.0.0.1"): "s3cret"}
    assert b"s3cret" not in Path(office["db"]).read_bytes()


def html_words(html: str) -> list[str]:
    """The words a reader sees in an HTML part (the markup and its escapes gone)."""
    from html.parser import HTMLParser

    seen: list[str] = []
    parser = HTMLParser(convert_charrefs=True)
    parser.handle_data = seen.append  # type: ignore[method-assign]
    parser.feed(html)
    return " ".join(seen).split()


def plain_words(plain: str) -> list[str]:
    """The plain text's words without the dashes that underline its headings or start its list lines."""
    return [word for line in plain.splitlines() if set(line) != {"-"}
            for word in (line[2:] if line.startswith("- ") else line).split()]


def test_the_html_alternative_says_the_same_and_nothing_more(office, smtp_server, capsys):
    with sqlite3.connect(office["db"]) as conn:  # markup typed into a plan must arrive as text, not as HTML
        conn.execute("UPDATE celebrations SET what = 'Taart <b>groot</b> & bloemen' WHERE what = 'Bloemen'")
    assert send(office, smtp_server, MONDAY) == 0
    assert len(smtp_server.inbox.messages) == 4
    for message in smtp_server.inbox.messages:
        plain = message.get_body(("plain",)).get_content()
        html = message.get_body(("html",)).get_content()
        assert html_words(html) == plain_words(plain)
        assert "<b>groot</b>" not in html
        assert "Taart &lt;b&gt;groot&lt;/b&gt; &amp; bloemen" in html or "Eva" not in plain
        if message["To"] != "hr@example.nl":  # the organisers' mails: what must not be there is not there either
            for secret in SECRETS:
                assert secret not in html, secret
    digest = next(m for m in smtp_server.inbox.messages if m["To"] == "hr@example.nl")
    html = digest.get_body(("html",)).get_content()
    assert "<h3>Needs a plan</h3>" in html
    assert "<li>Wednesday 10 March 2027: Eva Stil 40" in html


def test_an_organiser_with_a_language_of_their_own_is_written_to_in_it(office, capsys):
    with sqlite3.connect(office["db"]) as conn:
        conn.execute("UPDATE colleagues SET language = 'nl' WHERE first_name = 'Fatima'")
    mails = due(office, capsys, MONDAY)  # the command speaks English
    [fatima] = [m for m in mails if m["to"] == "fatima@example.nl"]
    assert fatima["language"] == "nl"
    assert fatima["subject"] == "Te organiseren: Jan de Vries 50 jaar — Abraham/Sarah op dinsdag 16 maart 2027"
    assert "€ 50,00" in fatima["body"].replace("\xa0", " ")
    assert "Organiseert met je mee: Sanne Regel" in fatima["body"]
    others = [m for m in mails if m["to"] != "fatima@example.nl"]
    assert {m["language"] for m in others} == {"en"}  # and the run's own language is back for the rest
    assert all("Te organiseren" not in m["subject"] for m in others)
    assert [m["kind"] for m in mails] == ["digest", "organiser_invite", "organiser_invite", "organiser_invite"]
    for secret in SECRETS:
        assert secret not in fatima["subject"] + fatima["body"], secret
