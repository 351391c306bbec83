"""Tickets sent to a real SMTP server: read back, QR decoded, scanned in; refusals, a
server going away, re-runs, changed addresses and cancellations."""

from __future__ import annotations

import io
import json
from collections import Counter

import pytest
import zxingcpp
from PIL import Image
from smtp_servers import Dropping, Refusing, SmtpServer
from ticket_helpers import run, run_json, small_export

from checkin.core.importing import plan_import
from checkin.core.tickets.message import TICKET_HEADER


def active_with_address(event) -> dict[str, str]:
    """badge code -> address of everyone who should get a ticket."""
    return {r.code: r.email for r in event.registrations() if not r.cancelled and r.email}


def qr_of(msg) -> str:
    """The payload of the QR image inline in the HTML part, decoded by zxing-cpp."""
    related = next(p for p in msg.walk() if p.get_content_type() == "multipart/related")
    png = next(p for p in related.iter_parts() if p.get_content_type() == "image/png")
    html = next(p for p in related.iter_parts() if p.get_content_type() == "text/html")
    assert f'cid:{png["Content-ID"][1:-1]}' in html.get_content()  # shown in the HTML
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(png.get_content())))
    assert len(found) == 1
    return found[0].text


def send(capsys, event, server: SmtpServer, *more: object) -> tuple[int, dict]:
    return run_json(capsys, "tickets", event.path, "--smtp", server.address, "--send",
                    "--rate", "0", *more)


def test_every_ticket_arrives_and_its_qr_checks_in_that_person(day, smtp, capsys):
    expected = active_with_address(day)
    status, report = send(capsys, day, smtp)
    assert status == 0 and sorted(report["sent"]) == sorted(expected)
    assert report["cancelled"] == 1 and len(report["no_address"]) == 1
    assert sorted(smtp.handler.recipients()) == sorted(expected.values())
    for msg in smtp.handler.messages:
        code = msg[TICKET_HEADER].split("-")[1]
        assert msg["To"].addresses[0].addr_spec == expected[code]
        kinds = [p.get_content_type() for p in msg.walk()]
        assert kinds[:4] == ["multipart/mixed", "multipart/alternative", "text/plain",
                             "multipart/related"]
        assert "application/pdf" in kinds
        assert code in msg.get_body(("plain",)).get_content()
        payload = qr_of(msg)
        status, scanned = run_json(capsys, "scan", day.path, payload)
        assert scanned["outcome"] == "checked_in"
        assert scanned["attendee"]["code"] == code  # that person, and only them
    checked_in = {r.code for r in day.registrations() if r.checked_in_at}
    assert checked_in == set(expected)


def test_a_second_run_sends_nothing_and_the_journal_folds_the_same(day, smtp, capsys):
    send(capsys, day, smtp)
    first = len(smtp.handler.messages)
    status, report = send(capsys, day, smtp)
    assert status == 0 and report["sent"] == [] and report["already_sent"] == first
    assert len(smtp.handler.messages) == first
    before = day.digest()
    day.rebuild()  # the tickets table comes back from the journal alone
    assert day.digest() == before
    assert day.conn.execute("SELECT count(*) FROM tickets").fetchone()[0] == first


def test_a_refused_address_is_reported_and_the_rerun_sends_it_alone(day, smtp, capsys):
    expected = active_with_address(day)
    refused_code, refused = sorted(expected.items())[3]
    refusing = SmtpServer(Refusing(refused))
    try:
        status, out, _ = run(capsys, "tickets", day.path, "--smtp", refusing.address,
                             "--send", "--rate", "0")
    finally:
        refusing.stop()
    assert status == 1
    assert f"failed: {refused} ({refused_code}): 550 5.1.1" in out
    assert "User unknown" in out  # the server's own words
    assert refused not in refusing.handler.recipients()
    assert len(refusing.handler.messages) == len(expected) - 1
    status, report = send(capsys, day, smtp)  # the mailbox exists again
    assert status == 0 and report["sent"] == [refused_code]
    everyone = Counter(refusing.handler.recipients() + smtp.handler.recipients())
    assert everyone == Counter(expected.values())  # exactly one ticket each


def test_a_server_going_away_stops_the_run_and_the_rerun_completes_it(day, smtp, capsys):
    expected = active_with_address(day)
    dropping = SmtpServer(Dropping(after=4))
    try:
        status, report = send(capsys, day, dropping)
    finally:
        dropping.stop()
    assert dropping.handler.dropped.is_set()
    assert status == 1 and len(report["sent"]) == 4
    assert "connection lost" in report["stopped"]  # the command line's English
    assert report["stop"]["reason"] == "not_back"  # core's code, for scripts
    assert report["stop"]["answer"]  # the system's own words
    assert report["not_attempted"] == len(expected) - 4
    status, report = send(capsys, day, smtp)
    assert status == 0 and len(report["sent"]) == len(expected) - 4
    everyone = Counter(dropping.handler.recipients() + smtp.handler.recipients())
    assert everyone == Counter(expected.values())


def test_a_changed_address_gets_a_ticket_cancelled_never(day, smtp, capsys, tmp_path):
    send(capsys, day, smtp)
    first = len(smtp.handler.messages)
    export = small_export(tmp_path / "again.csv", changes={
        4: {"Adresse e-mail": ""}, 6: {"Adresse e-mail": "nouvelle.adresse@example.org"}})
    day.append(plan_import(export, day.programme, day.registrations()).entries)
    moved = next(r for r in day.registrations() if r.email == "nouvelle.adresse@example.org")
    status, report = send(capsys, day, smtp)
    assert status == 0
    assert report["sent"] == [moved.code]
    assert smtp.handler.recipients()[first:] == ["nouvelle.adresse@example.org"]
    cancelled = next(r for r in day.registrations() if r.cancelled)
    _status, report = send(capsys, day, smtp, "--resend", "--only", cancelled.code)
    assert report["sent"] == [] and report["cancelled"] == 1
    assert cancelled.email not in smtp.handler.recipients()


@pytest.mark.slow
def test_only_and_resend(day, smtp, capsys):
    send(capsys, day, smtp)
    one = sorted(active_with_address(day))[0]
    status, report = send(capsys, day, smtp, "--only", one)
    assert report["sent"] == []
    status, report = send(capsys, day, smtp, "--only", one, "--resend")
    assert report["sent"] == [one]
    status, _out, err = run(capsys, "tickets", day.path, "--smtp", smtp.address, "--send",
                           "--only", "ZZZZZZ")
    assert status == 2 and "--only ZZZZZZ: no registration has this badge code" in err


def test_a_dry_run_says_how_many_go_where_and_connects_to_nothing(day, smtp, capsys):
    status, out, _ = run(capsys, "tickets", day.path, "--smtp", smtp.address, "--starttls")
    expected = active_with_address(day)
    assert status == 0
    assert f"{len(expected)} tickets would be sent via {smtp.address} (starttls)" in out
    assert "1 cancelled (never sent)" in out and "1 without a usable e-mail address" in out
    assert smtp.handler.connections == 0 and smtp.handler.messages == []
    assert day.conn.execute("SELECT count(*) FROM tickets").fetchone()[0] == 0


def test_an_unreachable_server_is_one_clear_line(day, capsys):
    from smtp_servers import free_port
    status, _, err = run(capsys, "tickets", day.path, "--smtp", f"127.0.0.1:{free_port()}",
                         "--send")
    assert status == 2 and "cannot connect" in err and err.count("\n") == 1
    assert day.conn.execute("SELECT count(*) FROM tickets").fetchone()[0] == 0


def test_the_journal_entry_of_a_ticket(day, smtp, capsys):
    send(capsys, day, smtp, "--only", sorted(active_with_address(day))[0])
    (_kind, payload), = day.conn.execute(
        "SELECT kind, payload FROM journal WHERE kind = 'ticket.sent'").fetchall()
    assert set(json.loads(payload)) == {"at", "station_name", "email", "code", "message_id"}


def test_a_stop_ends_the_run_at_the_next_ticket_keeping_those_sent(day, smtp):
    """The one progress mechanism (issue 20): a stop asked while the third ticket starts
    ends the run at the next step, the third sent."""
    from checkin.core.progress import Stage, Stoppable
    from checkin.core.tickets import message, sending
    from checkin.core.tickets.plan import plan, record_sent
    from checkin.core.tickets.templates import built_in
    due = plan(day).due
    programme, sender = day.programme, "ave@ville-emploi.asso.fr"
    steps: list[tuple[int, int, Stage]] = []

    def heard(done: int, total: int, what: Stage) -> None:
        steps.append((done, total, what))
        if done == 2:
            progress.stop()
    progress = Stoppable(heard)
    report = sending.send(
        due, sending.Server.parse(smtp.address), sender,
        build=lambda t: message.build(t, programme, built_in(), sender),
        record=lambda t, message_id: record_sent(day, t, message_id),
        pacer=sending.Pacer(0), progress=progress)
    assert report.interrupted and len(report.sent) == 3
    assert report.not_attempted == len(due) - 3
    assert steps == [(n, len(due), Stage.TICKETS) for n in range(3)]
    assert len(smtp.handler.messages) == 3
