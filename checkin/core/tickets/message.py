"""The ticket e-mail: plain text and HTML, the QR code inline, the PDF ticket attached.

Structure: multipart/mixed [ multipart/alternative [ text/plain, multipart/related
[ text/html, image/png (QR), image (logo) ] ], application/pdf ]. The QR image is drawn
from the same matrix as the badges, 8 pixels a module with its quiet zone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from html import escape

from PIL import Image

from checkin.core.badges.qr import QUIET_ZONE, qr_matrix
from checkin.core.errors import CheckinError, Problem
from checkin.core.programme import Programme
from checkin.core.text import fold
from checkin.core.tickets.document import event_date, hour, ticket_pdf
from checkin.core.tickets.plan import Ticket, usable_address
from checkin.core.tickets.templates import LABELS, Template, fill

MODULE_PIXELS = 8
TICKET_HEADER = "X-Checkin-Ticket"  # "OCC22-K7F3QZ": which ticket a message carries


def qr_png(text: str, module: int = MODULE_PIXELS) -> bytes:
    """`text`'s QR symbol as a black-and-white PNG with its quiet zone."""
    matrix = qr_matrix(text)
    side = len(matrix) + 2 * QUIET_ZONE
    image = Image.new("1", (side, side), 1)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                image.putpixel((c + QUIET_ZONE, r + QUIET_ZONE), 0)
    image = image.resize((side * module, side * module), Image.Resampling.NEAREST)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def values(ticket: Ticket, programme: Programme, template: Template) -> dict[str, str]:
    """What the template's placeholders stand for."""
    return {"first_name": ticket.first_name or ticket.full_name, "last_name": ticket.last_name,
            "full_name": ticket.full_name, "organisation": ticket.organisation,
            "code": ticket.code, "event": programme.title,
            "date": event_date(programme.date, template.lang), "venue": programme.venue,
            "organiser": programme.organiser, "contact": programme.contact}


def build(ticket: Ticket, programme: Programme, template: Template,
          sender: str) -> EmailMessage:
    """The e-mail carrying `ticket`, from `sender` (an address)."""
    if not usable_address(sender):
        raise CheckinError(f"sender {sender!r}: not an e-mail address (--from ADDRESS)",
                           Problem.SENDER_NOT_EMAIL, details={"sender": sender})
    words = values(ticket, programme, template)
    msg = EmailMessage()
    msg["Subject"] = fill(template.subject, words)
    msg["From"] = formataddr((programme.organiser, sender)) if programme.organiser else sender
    msg["To"] = str(Address(ticket.full_name, addr_spec=ticket.email))
    msg["Date"] = format_datetime(_now())
    msg["Message-ID"] = make_msgid(_msgid_part(ticket), domain=sender.rpartition("@")[2])
    msg[TICKET_HEADER] = f"{programme.short}-{ticket.code}"
    qr_cid = make_msgid("qr")
    logo_cid = make_msgid("logo") if template.logo else ""
    msg.set_content(_plain(ticket, programme, template, words))
    msg.add_alternative(_html(ticket, programme, template, words, qr_cid, logo_cid),
                        subtype="html")
    html_part = next(p for p in msg.iter_parts() if p.get_content_type() == "text/html")
    assert isinstance(html_part, EmailMessage)
    html_part.add_related(qr_png(ticket.qr), "image", "png", cid=qr_cid,
                          filename=f"qr-{ticket.code}.png", disposition="inline")
    if template.logo:
        html_part.add_related(template.logo, "image", template.logo_type, cid=logo_cid,
                              filename=f"logo.{template.logo_type}", disposition="inline")
    msg.add_attachment(ticket_pdf(ticket, programme, template), "application", "pdf",
                       filename=pdf_name(ticket, programme, template))
    return msg


def pdf_name(ticket: Ticket, programme: Programme, template: Template) -> str:
    word = "billet" if template.lang == "fr" else "ticket"
    return f"{word}-{programme.short}-{ticket.code}.pdf".lower()


def _msgid_part(ticket: Ticket) -> str:
    # No personal data in the id: the code and a digest of the address it went to.
    digest = hashlib.sha256(ticket.email.lower().encode()).hexdigest()[:8]
    return f"ticket.{ticket.code}.{digest}"


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def _workshop_lines(ticket: Ticket, lang: str) -> list[str]:
    return [f"{hour(w.start, lang)}–{hour(w.end, lang)}  {w.title}"
            + (f" ({w.room})" if w.room else "") for w in ticket.workshops]


def _plain(ticket: Ticket, programme: Programme, template: Template,
           words: dict[str, str]) -> str:
    labels = LABELS[template.lang]
    colon = "\u00a0:" if template.lang == "fr" else ":"  # French: a non-breaking space
    lines = [fill(template.title, words), "", fill(template.text, words), "",
             f"{labels['code']}{colon} {ticket.code}",
             f"{labels['date']}{colon} {event_date(programme.date, template.lang)}",
             f"{labels['venue']}{colon} {programme.venue}"]
    if ticket.workshops:
        lines += ["", f"{labels['workshops']}{colon}",
                  *(f"  {w}" for w in _workshop_lines(ticket, template.lang))]
    return "\n".join(lines) + "\n"


def _html(ticket: Ticket, programme: Programme, template: Template, words: dict[str, str],
          qr_cid: str, logo_cid: str) -> str:
    labels = LABELS[template.lang]
    paragraphs = "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>"
                         for p in fill(template.text, words).split("\n\n") if p.strip())
    logo = (f'<img src="cid:{logo_cid[1:-1]}" alt="" style="max-height:60px;'
            f'max-width:220px;float:right">') if logo_cid else ""
    rows = [(labels["date"], event_date(programme.date, template.lang).capitalize()),
            (labels["venue"], programme.venue)]
    details = "".join(f'<tr><td style="color:#5b6673;padding:2px 12px 2px 0;'
                      f'vertical-align:top">{escape(k)}</td><td>{escape(v)}</td></tr>'
                      for k, v in rows if v)
    workshops = ""
    if ticket.workshops:
        items = "".join(f"<li>{escape(w)}</li>" for w in _workshop_lines(ticket,
                                                                           template.lang))
        workshops = (f'<h3 style="color:#1f4e79;font-size:15px;margin:18px 0 6px">'
                     f'{escape(labels["workshops"])}</h3><ul style="margin:0;padding-left:20px">'
                     f"{items}</ul>")
    alt = f"QR {programme.short}-{ticket.code}"
    title = escape(fill(template.title, words))
    return f"""<!DOCTYPE html>
<html lang="{template.lang}"><head><meta charset="utf-8">
<title>{escape(fill(template.subject, words))}</title></head>
<body style="{_BODY}"><div style="{_PAGE}">
{logo}<h1 style="{_H1}">{title}</h1>
{paragraphs}
<div style="{_CARD}">
<img src="cid:{qr_cid[1:-1]}" alt="{escape(alt)}" width="264" height="264" style="{_QR}">
<div style="{_CODE}">{escape(ticket.code)}</div>
<div style="font-size:18px;margin-top:6px">{escape(ticket.full_name)}</div>
<div style="color:#5b6673">{escape(ticket.organisation)}</div>
<div style="color:#5b6673;font-size:13px;margin-top:8px">{escape(labels["show"])}</div>
</div>
<table style="border-collapse:collapse;font-size:14px">{details}</table>
{workshops}
</div></body></html>
"""


_BODY = "margin:0;background:#eef1f5;font-family:Arial,Helvetica,sans-serif;color:#1d2733"
_PAGE = "max-width:600px;margin:0 auto;background:#ffffff;padding:24px 28px"
_H1 = "font-size:21px;color:#1f4e79;margin:0 0 16px"
_CARD = "text-align:center;margin:22px 0;padding:16px;border:1px solid #d5dce8;border-radius:8px"
_QR = "display:block;margin:0 auto"
_CODE = "font-size:22px;font-weight:bold;letter-spacing:3px;margin-top:8px"


def file_stem(ticket: Ticket) -> str:
    """An ASCII name for the person's files ("billet-dupont-marie-K7F3QZ")."""
    words = re.sub(r"[^a-z0-9]+", "-", fold(f"{ticket.last_name} {ticket.first_name}"))
    return f"{words.strip('-') or 'sans-nom'}-{ticket.code}"
