"""The ticket as the recipient gets it: .eml files read back, the PDF read and its QR
decoded, the organiser's own template, and the pace of sending."""

from __future__ import annotations

import email
import subprocess
from email import policy
from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader
from ticket_helpers import run

from checkin.core import names
from checkin.core.tickets.sending import Pacer, Security, Server


def read_eml(path: Path):
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def pdf_of(msg, folder: Path) -> Path:
    part = next(p for p in msg.walk() if p.get_content_type() == "application/pdf")
    path = folder / part.get_filename()
    path.write_bytes(part.get_content())
    return path


def qr_in_pdf(pdf: Path) -> list[str]:
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-gray", str(pdf),
                    str(pdf.with_suffix(""))], check=True)
    page = next(pdf.parent.glob(pdf.stem + "-*.png"))
    return [r.text for r in zxingcpp.read_barcodes(Image.open(page))]


def test_eml_files_open_with_the_email_package_and_carry_the_ticket(day, capsys, tmp_path):
    out = tmp_path / "emails"
    out.mkdir()
    status, text, _ = run(capsys, "tickets", day.path, "--out", out)
    due = [r for r in day.registrations() if not r.cancelled and r.email]
    assert status == 0 and f"wrote {len(due)} e-mails" in text
    single = tmp_path / "one"
    single.mkdir()
    assert run(capsys, "tickets", day.path, "--out", single, "--only", due[0].code)[1] \
        .startswith("wrote 1 e-mail to")
    files = sorted(out.glob("*.eml"))
    assert len(files) == len(due)
    reg = next(r for r in due if len(r.sessions) >= 2)
    msg = read_eml(next(f for f in files if f.stem.endswith(reg.code)))
    assert msg["Subject"].startswith("Votre billet — Tour de France de la clause sociale")
    assert msg["From"].addresses[0].addr_spec == day.programme.contact
    plain = msg.get_body(("plain",)).get_content()
    assert f"Bonjour {names.tidy(reg.first_name)}," in plain and "jeudi 8 décembre 2022" in plain
    # French typography: a non-breaking space before the colon, as in the interface
    assert f"Code\u00a0: {reg.code}" in plain and "imprimé\u00a0: votre arrivée" in plain
    assert " :" not in plain + msg.get_body(("html",)).get_content()
    assert "QR code à l’accueil," in plain and "l'accueil" not in plain  # ’, not '
    pdf = pdf_of(msg, tmp_path)
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    words = reader.pages[0].extract_text()
    for expected in (names.tidy(reg.last_name), reg.code, "Jeudi 8 décembre 2022",
                     "Stade de la Mosson",
                     "Vos ateliers"):
        assert expected in words
    assert "À présenter à l’accueil" in words
    for code in reg.sessions:
        session = day.programme.session(code)
        assert session.room in " ".join(words.split())
    assert qr_in_pdf(pdf) == [day.qr(reg)]
    assert day.conn.execute("SELECT count(*) FROM tickets").fetchone()[0] == 0  # not sent


def test_english_template(day, capsys, tmp_path):
    reg = next(r for r in day.registrations() if not r.cancelled and r.email)
    status, _, _ = run(capsys, "tickets", day.path, "--out", tmp_path, "--lang", "en",
                       "--only", reg.code)
    msg = read_eml(next(tmp_path.glob("*.eml")))
    assert status == 0 and msg["Subject"].startswith("Your ticket")
    assert "Thursday 8 December 2022" in msg.get_body(("plain",)).get_content()
    assert "Show it at the reception desk" in PdfReader(pdf_of(msg, tmp_path)).pages[0]\
        .extract_text()


def test_the_organisers_template_beside_the_event(day, capsys, tmp_path):
    Image.new("RGB", (120, 40), (200, 30, 30)).save(tmp_path / "logo.png")
    (tmp_path / "ticket.toml").write_text(
        '[ticket]\nlang = "fr"\nsubject = "{first_name}, votre place à {event}"\n'
        'title = "On vous attend !"\n'
        'text = """Chère {first_name} {last_name},\n\nÀ très vite ({code})."""\n'
        'logo = "logo.png"\n', encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    reg = next(r for r in day.registrations() if not r.cancelled and r.email)
    status, text, _ = run(capsys, "tickets", day.path, "--out", out, "--only", reg.code)
    assert status == 0 and "ticket.toml" in text
    msg = read_eml(next(out.glob("*.eml")))
    assert msg["Subject"] == f"{reg.first_name}, votre place à {day.programme.title}"
    html = msg.get_body(("html",)).get_content()
    assert "On vous attend !" in html and f"À très vite ({reg.code})." in html
    images = [p for p in msg.walk() if p.get_content_maintype() == "image"]
    assert len(images) == 2  # the QR and the logo, both inline
    logo = next(p for p in images if p.get_filename() == "logo.png")
    assert f'cid:{logo["Content-ID"][1:-1]}' in html


def test_a_bad_template_is_refused_naming_the_key(day, capsys, tmp_path):
    bad = tmp_path / "mine.toml"
    bad.write_text('[ticket]\ntext = "Bonjour {prenom}"\n', encoding="utf-8")
    status, _, err = run(capsys, "tickets", day.path, "--out", tmp_path, "--template", bad)
    assert status == 2
    assert f"{bad}: ticket.text: unknown placeholder {{prenom}}" in err
    assert not list(tmp_path.glob("*.eml"))


def test_the_pace_spaces_messages_evenly():
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds
    pacer = Pacer(30, clock=lambda: now[0], sleep=sleep)  # one every 2 s
    pacer.wait()  # the first one goes at once
    now[0] += 0.5  # building and sending took half a second
    pacer.wait()
    now[0] += 3.0  # a slow one: no wait after it
    pacer.wait()
    assert slept == [1.5]
    Pacer(0, clock=lambda: 0.0, sleep=sleep).wait()
    assert slept == [1.5]


def test_server_addresses():
    assert Server.parse("smtp.example.org", Security.STARTTLS).where == "smtp.example.org:587"
    assert Server.parse("smtp.example.org", Security.SSL).port == 465
    assert Server.parse("127.0.0.1:2525").port == 2525
    assert "secret" not in repr(Server.parse("h", user="u", password="secret"))
