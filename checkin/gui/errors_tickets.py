"""The words of the problems met sending tickets: the organiser's template, the sender,
the mail server (see errors.py for %1, %2...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.core.errors import Problem

ARGS: dict[Problem, tuple[str, ...]] = {
    Problem.SENDER_NOT_EMAIL: ("sender",),
    Problem.TEMPLATE_NOT_TOML: ("reason",),
    Problem.TEMPLATE_BAD_LANG: ("languages",),
    Problem.TEMPLATE_NOT_TEXT: ("key",),
    Problem.TEMPLATE_BRACES: ("key",),
    Problem.TEMPLATE_UNKNOWN_PLACEHOLDER: ("key", "name", "known"),
    Problem.TEMPLATE_LOGO_TYPE: ("logo",),
    Problem.TEMPLATE_LOGO_MISSING: ("logo",),
    Problem.TEMPLATE_LOGO_TOO_BIG: ("logo", "limit"),
    Problem.TEMPLATE_LOGO_NOT_IMAGE: ("logo",),
    Problem.SMTP_BAD_SERVER: ("server",),
    Problem.SMTP_BAD_PORT: ("server",),
    Problem.SMTP_LOGIN_REFUSED: ("server", "user", "answer"),
    Problem.SMTP_NOT_OFFERED: ("server", "answer"),
    Problem.SMTP_UNREACHABLE: ("server", "answer"),
}
# sentences that name no file: %1 is left out
WITHOUT_FILE = {Problem.SENDER_NOT_EMAIL, Problem.SMTP_BAD_SERVER, Problem.SMTP_BAD_PORT,
                Problem.SMTP_LOGIN_REFUSED, Problem.SMTP_NOT_OFFERED, Problem.SMTP_UNREACHABLE}


def texts() -> dict[Problem, str]:
    return _template_texts() | _server_texts()


def _template_texts() -> dict[Problem, str]:
    tr = QCoreApplication
    return {
        Problem.TEMPLATE_NOT_TOML: tr.translate(
            "Errors", "The template “%1” is not valid TOML (%2): start from the example in"
            " the README."),
        Problem.TEMPLATE_NO_TABLE: tr.translate(
            "Errors", "The template “%1” has no [ticket] table: start from the example in"
            " the README."),
        Problem.TEMPLATE_BAD_LANG: tr.translate(
            "Errors", "Template “%1”: ticket.lang must be one of %2."),
        Problem.TEMPLATE_NOT_TEXT: tr.translate(
            "Errors", "Template “%1”: %2 must be a text, between quotes."),
        Problem.TEMPLATE_BRACES: tr.translate(
            "Errors", "Template “%1”: in %2, a brace { or } is not paired: write {{ and }}"
            " for a brace itself."),
        Problem.TEMPLATE_UNKNOWN_PLACEHOLDER: tr.translate(
            "Errors", "Template “%1”: %2 uses %3, which checkin does not know (it knows"
            " %4)."),
        Problem.TEMPLATE_LOGO_NAME: tr.translate(
            "Errors", "Template “%1”: ticket.logo must be the name of an image file beside"
            " the template."),
        Problem.TEMPLATE_LOGO_TYPE: tr.translate(
            "Errors", "Template “%1”: the logo “%2” must be a PNG, JPEG or GIF image."),
        Problem.TEMPLATE_LOGO_MISSING: tr.translate(
            "Errors", "Template “%1”: there is no image “%2” beside the template."),
        Problem.TEMPLATE_LOGO_TOO_BIG: tr.translate(
            "Errors", "Template “%1”: the logo “%2” must weigh less than %3 MB."),
        Problem.TEMPLATE_LOGO_NOT_IMAGE: tr.translate(
            "Errors", "Template “%1”: the logo “%2” is not a readable image."),
    }


def _server_texts() -> dict[Problem, str]:
    tr = QCoreApplication
    return {
        Problem.SENDER_NOT_EMAIL: tr.translate(
            "Errors", "“%2” is not an e-mail address: give the sender's address (From)."),
        Problem.SMTP_BAD_SERVER: tr.translate(
            "Errors", "“%2” is not the name of a mail server: give one such as"
            " smtp.example.org."),
        Problem.SMTP_BAD_PORT: tr.translate(
            "Errors", "“%2”: the port of a mail server is a number from 1 to 65535."),
        Problem.SMTP_LOGIN_REFUSED: tr.translate(
            "Errors", "The mail server %2 refused the user %3 (%4): check the user and the"
            " password."),
        Problem.SMTP_NOT_OFFERED: tr.translate(
            "Errors", "The mail server %2 does not offer what is needed (%3): check the"
            " security (STARTTLS, SSL/TLS) and the port."),
        Problem.SMTP_UNREACHABLE: tr.translate(
            "Errors", "The mail server %2 cannot be reached (%3): check its name, its port"
            " and the network."),
    }
