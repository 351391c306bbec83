"""The Organiser's Tickets tab: each registration's ticket by e-mail, as `checkin tickets`
does: who is due, a preview of one e-mail, .eml files, and sending with a progress bar.

The plan and the preview are made in the event's thread, .eml files in a background
thread, sending in the sender's own thread (see ticket_sender). The SMTP password stays
in the field: never in the settings, never in the event file.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from checkin.core.event import Event
from checkin.core.tickets import message, outbox, sending, templates
from checkin.core.tickets.plan import TicketPlan, plan, usable_address
from checkin.gui.errors import describe
from checkin.gui.organiser.context import OrganiserContext, alive
from checkin.gui.organiser.ticket_sender import TicketSender
from checkin.gui.progress_bar import JobProgress
from checkin.gui.widgets import WrapLabel, show_message
from checkin.gui.worker import Background

_SERVER_KEYS = ("host", "port", "security", "user", "rate", "sender")


def _whole(value: object) -> int:
    """A whole number from the settings: an int, a float, or the text an INI file holds."""
    return int(value) if isinstance(value, int | float | str) else 0


@dataclass(frozen=True)
class Snapshot:
    """What the tab shows, made in the event's thread."""

    plan: TicketPlan
    template: templates.Template
    sender: str
    preview: EmailMessage | None


class TicketsTab(QWidget):
    def __init__(self, context: OrganiserContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.snapshot: Snapshot | None = None
        self.template_path: Path | None = templates.find(context.info.path)
        self.ticket_sender = TicketSender(context.worker, self)
        self.ticket_sender.finished.connect(self._sent)
        self.ticket_sender.failed.connect(lambda exc: self._end(describe(exc), error=True))
        self.writing: Background | None = None
        self._build()
        self._load_server()
        context.worker.changed.connect(alive(self, lambda _: self.refresh()))
        self.refresh()

    def title(self) -> str:
        return self.tr("Tickets")

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.summary = WrapLabel(objectName="importCount")
        self.lang = QComboBox()
        self.lang.addItem("Français", "fr")
        self.lang.addItem("English", "en")
        self.lang.currentIndexChanged.connect(lambda _: self.refresh())
        self.template_label = WrapLabel(objectName="caption")
        self.choose_template = QPushButton(self.tr("Organiser's template…"))
        self.choose_template.clicked.connect(self.pick_template)
        self.built_in = QPushButton(self.tr("Built-in template"))
        self.built_in.clicked.connect(lambda: self.use_template(None))
        self.from_field = QLineEdit(placeholderText=self.context.info.programme.contact)
        self.from_field.editingFinished.connect(self.refresh)
        self.resend = QCheckBox(self.tr("Send again to those who already have theirs"))
        self.resend.toggled.connect(lambda _: self.refresh())
        words = QGroupBox(self.tr("The e-mail"))
        form = QFormLayout(words)
        form.addRow(self.tr("Language"), self.lang)
        row = QHBoxLayout()
        row.addWidget(self.choose_template)
        row.addWidget(self.built_in)
        row.addStretch()
        form.addRow(self.tr("Template"), row)
        form.addRow("", self.template_label)
        form.addRow(self.tr("From"), self.from_field)
        form.addRow("", self.resend)
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.summary)
        left.addWidget(words)
        left.addWidget(self._server_box())
        left.addLayout(self._actions())
        left.addStretch()
        columns.addLayout(left, 1)
        columns.addLayout(self._preview_box(), 1)
        layout.addLayout(columns, 1)

    def _server_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Mail server (SMTP)"))
        form = QFormLayout(box)
        self.host = QLineEdit(placeholderText="smtp.example.org")
        self.port = QSpinBox(minimum=0, maximum=65535, specialValueText=self.tr("default"))
        self.security = QComboBox()
        self.security.addItem(self.tr("None"), sending.Security.PLAIN.value)
        self.security.addItem("STARTTLS", sending.Security.STARTTLS.value)
        self.security.addItem("SSL/TLS", sending.Security.SSL.value)
        self.user = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setToolTip(self.tr("Not saved anywhere: typed again next time."))
        self.rate = QSpinBox(minimum=0, maximum=600, value=int(sending.DEFAULT_RATE),
                             suffix=self.tr(" a minute"), specialValueText=self.tr("no pause"))
        server = QHBoxLayout()
        server.addWidget(self.host, 1)
        server.addWidget(QLabel(self.tr("Port")))
        server.addWidget(self.port)
        form.addRow(self.tr("Server"), server)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Pace"), self.rate)
        return box

    def _actions(self) -> QVBoxLayout:
        self.write_button = QPushButton(self.tr("Write the e-mails as files…"))
        self.write_button.clicked.connect(self.write_files)
        self.send_button = QPushButton(self.tr("Send"), objectName="primaryButton")
        self.send_button.clicked.connect(self.send)
        self.progress = JobProgress()  # "Billets 35 sur 400" and Stop
        self.message = WrapLabel(objectName="jobMessage")
        self.failures = QListWidget()
        self.failures.hide()
        buttons = QHBoxLayout()
        for button in (self.write_button, self.send_button):
            buttons.addWidget(button)
        buttons.addStretch()
        box = QVBoxLayout()
        box.addLayout(buttons)
        box.addWidget(self.progress)
        box.addWidget(self.message)
        box.addWidget(self.failures)
        return box

    def _preview_box(self) -> QVBoxLayout:
        self.preview_head = WrapLabel(objectName="caption")
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        box = QVBoxLayout()
        box.addWidget(QLabel(self.tr("Preview of one e-mail"), objectName="sectionTitle"))
        box.addWidget(self.preview_head)
        box.addWidget(self.preview, 1)
        return box

    # -- the plan and the preview ----------------------------------------------------------

    def refresh(self) -> None:
        lang, path = str(self.lang.currentData()), self.template_path
        resend, sender = self.resend.isChecked(), self._sender_address()

        def job(event: Event) -> Snapshot:
            template = templates.load(path) if path else templates.built_in(lang)
            due = plan(event, resend=resend)
            first = due.due[0] if due.due else None
            preview = (message.build(first, event.programme, template, sender)
                       if first and usable_address(sender) else None)
            return Snapshot(due, template, sender, preview)
        self.context.worker.submit(job, alive(self, self._show),
                                   alive(self, lambda exc: self._say(describe(exc), True)),
                                   key="tickets-plan")

    def _show(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        due = snapshot.plan
        text = self.tr("%n ticket(s) to send", "", len(due.due))
        text += " · " + self.tr("%n already sent", "", due.already_sent)
        if due.no_address:
            text += " · " + self.tr("%n without an e-mail address", "", len(due.no_address))
        if due.cancelled:
            text += " · " + self.tr("%n cancelled (never sent)", "", due.cancelled)
        self.summary.setText(text)
        source = snapshot.template.source
        self.template_label.setText(
            self.tr("Organiser's template: %1").replace("%1", Path(source).name)
            if source not in templates.LANGUAGES else self.tr("Built-in template"))
        self.lang.setEnabled(self.template_path is None)
        self.send_button.setText(self.tr("Send %n ticket(s)", "", len(due.due)))
        self._enable(not self.ticket_sender.running)
        self._show_preview(snapshot.preview)

    def _show_preview(self, msg: EmailMessage | None) -> None:
        if msg is None:
            self.preview_head.setText(self.tr("No ticket to show (give the sender's address"
                                              " if there is none in the programme)."))
            self.preview.clear()
            return
        self.preview_head.setText(self.tr("To: %1\nSubject: %2").replace("%1", str(msg["To"]))
                                  .replace("%2", str(msg["Subject"])))
        document = self.preview.document()
        for part in msg.walk():
            if part.get_content_maintype() == "image" and part["Content-ID"]:
                image = QImage.fromData(part.get_content())
                document.addResource(QTextDocument.ResourceType.ImageResource,
                                     QUrl(f"cid:{part['Content-ID'][1:-1]}"), image)
        html = msg.get_body(("html",))
        self.preview.setHtml(html.get_content() if html is not None else "")

    # -- the template ----------------------------------------------------------------------

    def pick_template(self) -> None:
        path = self.context.dialogs.open_file(self, self.tr("Ticket template"),
                                              self.tr("Ticket template (*.toml)"))
        if path is not None:
            self.use_template(path)

    def use_template(self, path: Path | None) -> None:
        self.template_path = path
        self.refresh()

    # -- writing and sending ---------------------------------------------------------------

    def write_files(self) -> None:
        if self.snapshot is None or not self._ready():
            return
        folder = self.context.dialogs.choose_folder(self, self.tr("Folder for the e-mails"))
        if folder is None:
            return
        snapshot = self.snapshot
        programme = self.context.info.programme
        self._enable(False)
        self._say(self.tr("Writing the e-mails…"))

        def job() -> list[Path]:
            return outbox.write_emls(snapshot.plan.due, programme, snapshot.template,
                                     snapshot.sender, folder)

        def done(paths: list[Path]) -> None:
            text = self.tr("%n e-mail(s) written to %1", "", len(paths))
            self._end(text.replace("%1", str(folder)))
        self.writing = Background(job, alive(self, done),
                                  alive(self, lambda exc: self._end(describe(exc), True)), self)

    def send(self) -> None:
        if self.snapshot is None or not self._ready():
            return
        if not self.host.text().strip():
            self._say(self.tr("Give the mail server (SMTP)."), True)
            return
        try:
            server = self._server()
        except sending.SmtpError as exc:
            self._say(describe(exc), True)
            return
        self._save_server()
        snapshot = self.snapshot
        self._enable(False)
        self.failures.clear()
        self.failures.hide()
        self._say(self.tr("Sending through %1…").replace("%1", server.where))
        self.ticket_sender.start(snapshot.plan.due, server, snapshot.sender,
                          self.context.info.programme, snapshot.template, self.rate.value(),
                          self.progress.start())

    def _ready(self) -> bool:
        assert self.snapshot is not None
        if not usable_address(self.snapshot.sender):
            self._say(self.tr("Give the sender's e-mail address (From)."), True)
            return False
        if not self.snapshot.plan.due:
            self._say(self.tr("Every ticket has been sent already."), True)
            return False
        return True

    def _sent(self, report: sending.SendReport) -> None:
        total = len(report.sent) + len(report.failed) + report.not_attempted
        text = self.tr("%n ticket(s) sent", "", len(report.sent)) + " " + \
            self.tr("out of %1.").replace("%1", str(total))
        if report.failed:
            text += " " + self.tr("%n refused by the server:", "", len(report.failed))
            self.failures.clear()
            for f in report.failed:
                self.failures.addItem(f"{f.email} ({f.code}) — {f.status or ''} {f.answer}")
            self.failures.show()
        if report.stopped is not None:
            text += " " + self.tr("Stopped: %1. Send again to send the rest.").replace(
                "%1", self._stop_words(report.stopped))
        elif report.interrupted:
            text += " " + self.tr("Stopped on request: send again to send the rest.")
        self._end(text, error=bool(report.failed) or report.stopped is not None)

    def _stop_words(self, stop: sending.Stop) -> str:
        """Core's reason in the interface's words, the server's own answer after it."""
        words = {
            sending.StopReason.SENDER_REFUSED: self.tr("the server refused the sender's"
                                                       " address"),
            sending.StopReason.LOST_TWICE: self.tr("the connection to the server was lost"
                                                   " twice"),
            sending.StopReason.NOT_BACK: self.tr("the connection to the server was lost and"
                                                 " it cannot be reached again"),
        }[stop.reason]
        return f"{words} ({stop.answer})" if stop.answer else words

    def _end(self, text: str, error: bool = False) -> None:
        self.progress.finish()
        self._say(text, error)
        self._enable(True)
        self.refresh()

    def _enable(self, on: bool) -> None:
        for widget in (self.write_button, self.send_button, self.choose_template,
                       self.built_in, self.resend):
            widget.setEnabled(on)

    def _say(self, text: str, error: bool = False) -> None:
        show_message(self.message, text, error)

    # -- the server ------------------------------------------------------------------------

    def _sender_address(self) -> str:
        return self.from_field.text().strip() or self.context.info.programme.contact

    def _server(self) -> sending.Server:
        security = sending.Security(self.security.currentData())
        text = self.host.text().strip()
        if self.port.value():
            text = f"{text}:{self.port.value()}"
        return sending.Server.parse(text, security, self.user.text().strip(),
                                    self.password.text())

    def _save_server(self) -> None:
        store = self.context.settings.store
        values: dict[str, Any] = {
            "host": self.host.text().strip(), "port": self.port.value(),
            "security": self.security.currentData(), "user": self.user.text().strip(),
            "rate": self.rate.value(), "sender": self.from_field.text().strip()}
        for key in _SERVER_KEYS:  # never the password
            store.setValue(f"tickets/{key}", values[key])

    def _load_server(self) -> None:
        store = self.context.settings.store
        self.host.setText(str(store.value("tickets/host", "") or ""))
        self.port.setValue(_whole(store.value("tickets/port", 0) or 0))
        found = self.security.findData(str(store.value("tickets/security", "plain")))
        self.security.setCurrentIndex(max(found, 0))
        self.user.setText(str(store.value("tickets/user", "") or ""))
        self.rate.setValue(_whole(store.value("tickets/rate", sending.DEFAULT_RATE)))
        self.from_field.setText(str(store.value("tickets/sender", "") or ""))
