"""Render the README's pictures of a ticket: `uv run python docs/tickets/make_renders.py`.

A real e-mail: `checkin tickets EVENT --out FOLDER` writes the .eml of one person of the
demo event; its HTML part, the inline QR code put back in place of its `cid:` link, is
shown by a headless Chromium (`chromium`, as a mail client's HTML view would), and its
attached PDF ticket is rasterised with poppler's pdftoppm.
"""

from __future__ import annotations

import base64
import email
import shutil
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

from checkin.cli import main as checkin
from checkin.core.demo import create_demo

HERE = Path(__file__).resolve().parent
PERSON = ("Chloé", "ARNAUD")  # a lunch and two workshops: every part of the e-mail shows
EMAIL_SIZE = (700, 900)


def html_with_images(message: EmailMessage) -> str:
    """The HTML part, its `cid:` images made `data:` URIs a browser shows by itself."""
    html = message.get_body(("html",))
    assert html is not None
    text = html.get_content()
    for part in message.walk():
        cid = part.get("Content-ID")
        if cid and part.get_content_maintype() == "image":
            data = base64.b64encode(part.get_payload(decode=True)).decode()
            text = text.replace(f"cid:{cid.strip('<>')}",
                                f"data:{part.get_content_type()};base64,{data}")
    return text


def screenshot(html: Path, out: Path, size: tuple[int, int]) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        sys.exit("chromium is needed to render the e-mail (apt-get install chromium)")
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                    "--hide-scrollbars", f"--window-size={size[0]},{size[1]}",
                    f"--screenshot={out}", html.as_uri()],
                   check=True, capture_output=True, timeout=120)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "demo.checkin"
        with create_demo(path) as event:
            reg = next(r for r in event.registrations()
                       if (r.first_name, r.last_name) == PERSON)
        (folder / "eml").mkdir()
        checkin(["tickets", str(path), "--out", str(folder / "eml"), "--only", reg.code])
        (eml,) = (folder / "eml").glob("*.eml")
        message = email.message_from_bytes(eml.read_bytes(), policy=default)
        assert isinstance(message, EmailMessage)
        page = folder / "email.html"
        page.write_text(html_with_images(message), encoding="utf-8")
        screenshot(page, HERE / "email.png", EMAIL_SIZE)
        (pdf,) = [p for p in message.iter_attachments()
                  if p.get_content_type() == "application/pdf"]
        ticket = folder / "ticket.pdf"
        ticket.write_bytes(pdf.get_payload(decode=True))
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-singlefile", str(ticket),
                        str(HERE / "ticket")], check=True, timeout=120)


if __name__ == "__main__":
    main()
