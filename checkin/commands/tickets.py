"""`checkin tickets`: each registration's ticket by e-mail, before the day.

With --out FOLDER it writes the e-mails as .eml files (sends nothing); with --smtp it says
how many would go where (a dry run), and with --send it sends them, paced, journaling
each ticket the server accepts: running it again sends only what was not sent.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from checkin.commands.common import counted, emit, open_event, open_for_recording
from checkin.commands.progress import shown
from checkin.core.errors import CheckinError

PASSWORD_VARIABLE = "CHECKIN_SMTP_PASSWORD"


def register(sub: Any) -> None:
    p = sub.add_parser("tickets", help="tickets by e-mail: .eml files, or sent by SMTP",
                       description=__doc__.split("\n\n")[1] if __doc__ else None)
    p.add_argument("event", type=Path)
    where = p.add_mutually_exclusive_group()
    where.add_argument("--out", type=Path, metavar="FOLDER", help="write one .eml per person")
    where.add_argument("--smtp", metavar="HOST[:PORT]", help="the mail server to send through")
    p.add_argument("--user", default="", help=f"SMTP login (password: ${PASSWORD_VARIABLE}"
                                              " or asked; never stored)")
    security = p.add_mutually_exclusive_group()
    security.add_argument("--starttls", action="store_true", help="STARTTLS (port 587)")
    security.add_argument("--ssl", action="store_true", help="SMTP over TLS (port 465)")
    p.add_argument("--send", action="store_true", help="send them (without: a dry run)")
    p.add_argument("--rate", type=float, default=None, metavar="N",
                   help="at most N e-mails a minute (default 30; 0: no pause)")
    p.add_argument("--from", dest="sender", metavar="ADDRESS",
                   help="the sender (default: the programme's contact)")
    p.add_argument("--only", nargs="+", default=[], metavar="CODE",
                   help="only these badge codes")
    p.add_argument("--resend", action="store_true", help="also those already sent")
    p.add_argument("--lang", choices=["fr", "en"], help="the built-in template (default fr)")
    p.add_argument("--template", type=Path, metavar="FILE",
                   help="the organiser's template (default: ticket.toml beside the event)")
    p.add_argument("--station", metavar="NAME", help="this laptop's station, if the file"
                                                     " was copied by hand")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_tickets)


def _tickets(args: argparse.Namespace) -> int:
    from checkin.core.tickets import sending, templates
    if args.send and not args.smtp:
        raise CheckinError("--send needs --smtp HOST[:PORT]")
    template = templates.choose(args.event, args.lang, args.template)
    security = (sending.Security.STARTTLS if args.starttls else
                sending.Security.SSL if args.ssl else sending.Security.PLAIN)
    server = sending.Server.parse(args.smtp, security, args.user) if args.smtp else None
    if args.send and server is not None:
        return _send(args, server, template)
    with open_event(args.event) as event:
        return _write_or_report(args, event, server, template)


def _sender(args: argparse.Namespace, programme: Any) -> str:
    sender = args.sender or programme.contact
    if not sender:
        raise CheckinError("the programme has no contact address: give --from ADDRESS")
    return str(sender)


def _write_or_report(args: argparse.Namespace, event: Any, server: Any, template: Any) -> int:
    from checkin.core.tickets import outbox
    from checkin.core.tickets.plan import plan
    due = plan(event, args.only, resend=args.resend if server else True)
    sender = _sender(args, event.programme)
    data = _plan_json(due) | {"template": template.source, "from": sender}
    if args.out:
        paths = outbox.write_emls(due.due, event.programme, template, sender, args.out)
        emit(args, data | {"written": [str(p) for p in paths]},
             f"wrote {counted(len(paths), 'e-mail')} to {args.out} ({_template_words(template)})"
             + _skipped(due))
        return 0
    if server is None:
        emit(args, data, _plan_text(due, "") + "\ngive --out FOLDER or --smtp HOST to go on")
        return 0
    data |= {"server": server.where, "security": str(server.security), "user": server.user}
    emit(args, data, _plan_text(due, f" via {server.where} ({server.security}) from {sender}")
         + "\nadd --send to send them")
    return 0


def _send(args: argparse.Namespace, server: Any, template: Any) -> int:
    from dataclasses import replace

    from checkin.core.tickets import message, sending
    from checkin.core.tickets.plan import plan, record_sent
    if server.user:
        server = replace(server, password=_password(server))
    rate = sending.DEFAULT_RATE if args.rate is None else args.rate
    with open_for_recording(args.event, args.station) as event, shown(args) as progress:
        due = plan(event, args.only, args.resend)
        programme, sender = event.programme, _sender(args, event.programme)
        report = sending.send(
            due.due, server, sender,
            build=lambda t: message.build(t, programme, template, sender),
            record=lambda t, message_id: record_sent(event, t, message_id),
            pacer=sending.Pacer(rate), progress=progress)
    data = _plan_json(due) | {
        "server": server.where, "sent": report.sent,
        "stopped": _stopped(report.stopped, server.where, sender),
        "stop": None if report.stopped is None else {
            "reason": report.stopped.reason.value, "answer": report.stopped.answer},
        "not_attempted": report.not_attempted,
        "failed": [{"code": f.code, "email": f.email, "status": f.status, "answer": f.answer}
                   for f in report.failed]}
    lines = [f"sent {len(report.sent)} of {counted(len(due.due), 'ticket')} via {server.where}"]
    lines += [f"  failed: {f.email} ({f.code}): {f.status or ''} {f.answer}".rstrip()
              for f in report.failed]
    if report.stopped:
        lines.append(f"stopped: {_stopped(report.stopped, server.where, sender)};"
                     f" {report.not_attempted} not sent:"
                     " run the same command again to send them")
    emit(args, data, "\n".join(lines) + _skipped(due))
    return 0 if not report.failed and report.stopped is None else 1


def _stopped(stop: Any, where: str, sender: str) -> str:
    """Why a run stopped, in English (the GUI words the same reason in its language)."""
    from checkin.core.tickets.sending import StopReason
    if stop is None:
        return ""
    return {
        StopReason.SENDER_REFUSED: f"{where} refused the sender {sender}",
        StopReason.LOST_TWICE: f"{where}: connection lost twice",
        StopReason.NOT_BACK: f"{where}: connection lost, and the server cannot be reached",
    }[stop.reason] + f" ({stop.answer})"


def _password(server: Any) -> str:
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise CheckinError(f"--user {server.user}: set {PASSWORD_VARIABLE} or run in a"
                           " terminal to type the password")
    return getpass.getpass(f"password of {server.user} at {server.where}: ")


def _plan_json(due: Any) -> dict[str, Any]:
    return {"due": len(due.due), "already_sent": due.already_sent,
            "no_address": list(due.no_address), "cancelled": due.cancelled,
            "by_domain": due.by_domain()}


def _plan_text(due: Any, where: str) -> str:
    domains = ", ".join(f"{d} {n}" for d, n in list(due.by_domain().items())[:8])
    more = len(due.by_domain()) - 8
    text = f"{counted(len(due.due), 'ticket')} would be sent{where}"
    if domains:
        text += f"\n  to {domains}" + (f" and {more} other domains" if more > 0 else "")
    return text + f"\n{due.already_sent} already sent" + _skipped(due)


def _skipped(due: Any) -> str:
    text = ""
    if due.no_address:
        text += (f"\n{len(due.no_address)} without a usable e-mail address: "
                 + " ".join(due.no_address[:20]) + (" ..." if len(due.no_address) > 20 else ""))
    if due.cancelled:
        text += f"\n{due.cancelled} cancelled (never sent)"
    return text


def _template_words(template: Any) -> str:
    return f"template {template.source}"
