"""The words of a ticket: French by default, English, or the organiser's own file.

The organiser's file is TOML (`ticket.toml` beside the event file, or any file given):

    [ticket]
    lang = "fr"               # the language of the fixed labels and the date: fr or en
    subject = "Votre billet — {event}"
    title = "Bienvenue à {event}"
    text = '''Bonjour {first_name}, ...'''
    logo = "logo.png"         # beside the template file

Placeholders: see PLACEHOLDERS. A key left out keeps the built-in text of `lang`.
"""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from checkin.core.errors import CheckinError, Problem

TEMPLATE_FILE = "ticket.toml"
LANGUAGES = ("fr", "en")
PLACEHOLDERS = ("first_name", "last_name", "full_name", "organisation", "code", "event",
                "date", "venue", "organiser", "contact")
_LOGO_FORMATS = (".png", ".jpg", ".jpeg", ".gif")
_LOGO_MAX_MB = 1


class TemplateError(CheckinError):
    """A template file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Template:
    lang: str
    subject: str
    title: str
    text: str
    logo: bytes | None = None
    logo_type: str = ""  # "png", "jpeg", "gif"
    source: str = ""  # "fr", "en" or the file it came from


_BUILT_IN = {
    "fr": Template(
        lang="fr", source="fr",
        subject="Votre billet — {event}",
        title="Votre billet pour {event}",
        text=("Bonjour {first_name},\n\n"
              "Votre inscription est confirmée. Le {date}, présentez ce QR code à l’accueil,"
              " sur votre téléphone ou imprimé\u00a0: votre arrivée sera notée en un instant.\n\n"
              "Votre billet est aussi joint en PDF.\n\n"
              "À bientôt,\n{organiser}")),
    "en": Template(
        lang="en", source="en",
        subject="Your ticket — {event}",
        title="Your ticket for {event}",
        text=("Hello {first_name},\n\n"
              "Your registration is confirmed. On {date}, show this QR code at the reception"
              " desk, on your phone or printed, and you will be checked in at once.\n\n"
              "Your ticket is also attached as a PDF.\n\n"
              "See you soon,\n{organiser}")),
}

# The fixed words of the e-mail and the PDF, by language.
LABELS: dict[str, dict[str, str]] = {
    "fr": {"ticket": "Billet", "date": "Date", "venue": "Lieu", "workshops": "Vos ateliers",
           "code": "Code", "show": "À présenter à l’accueil, sur téléphone ou imprimé.",
           "contact": "Contact", "organiser": "Organisation"},
    "en": {"ticket": "Ticket", "date": "Date", "venue": "Venue", "workshops": "Your workshops",
           "code": "Code", "show": "Show it at the reception desk, on a phone or printed.",
           "contact": "Contact", "organiser": "Organiser"},
}


def built_in(lang: str = "fr") -> Template:
    if lang not in _BUILT_IN:
        raise TemplateError(f"language {lang!r}: expected one of {', '.join(LANGUAGES)}")
    return _BUILT_IN[lang]


def load(path: Path) -> Template:
    """The organiser's template from `path`, checked: a bad one is refused naming the key."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TemplateError(f"{path}: no such template file", Problem.NO_SUCH_FILE,
                            path) from None
    except OSError as exc:
        raise TemplateError(f"{path}: cannot be read ({exc.strerror or exc})",
                            Problem.UNREADABLE, path) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{path}: not a valid TOML file ({exc})", Problem.TEMPLATE_NOT_TOML,
                            path, details={"reason": str(exc)}) from None
    table = raw.get("ticket")
    if not isinstance(table, dict):
        raise TemplateError(f"{path}: no [ticket] table", Problem.TEMPLATE_NO_TABLE, path)
    lang = table.get("lang", "fr")
    if lang not in LANGUAGES:
        raise TemplateError(f"{path}: ticket.lang must be one of {', '.join(LANGUAGES)}",
                            Problem.TEMPLATE_BAD_LANG, path,
                            details={"languages": ", ".join(LANGUAGES)})
    texts: dict[str, str] = {}
    for key in ("subject", "title", "text"):
        if key in table:
            value = table[key]
            if not isinstance(value, str) or not value.strip():
                raise TemplateError(f"{path}: ticket.{key} must be a text",
                                    Problem.TEMPLATE_NOT_TEXT, path,
                                    details={"key": f"ticket.{key}"})
            _check_placeholders(value, path, f"ticket.{key}")
            texts[key] = value
    base = built_in(lang)
    template = Template(lang, texts.get("subject", base.subject),
                        texts.get("title", base.title), texts.get("text", base.text),
                        source=str(path))
    if "logo" in table:
        template = _with_logo(template, path, table["logo"])
    return template


def find(event_path: Path) -> Path | None:
    """The organiser's template beside the event file, if there is one."""
    candidate = event_path.with_name(TEMPLATE_FILE)
    return candidate if candidate.is_file() else None


def choose(event_path: Path, lang: str | None, path: Path | None) -> Template:
    """The template given, else the one beside the event, else the built-in one."""
    if path is not None:
        return load(path)
    found = find(event_path)
    if found is not None and lang is None:
        return load(found)
    return built_in(lang or "fr")


def fill(text: str, values: dict[str, Any]) -> str:
    return string.Formatter().vformat(text, (), values)


def _check_placeholders(text: str, path: Path, key: str) -> None:
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]
    except ValueError as exc:
        raise TemplateError(f"{path}: {key}: {exc} (write {{{{ and }}}} for braces)",
                            Problem.TEMPLATE_BRACES, path, details={"key": key}) from None
    known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
    for field_name in fields:
        if field_name not in PLACEHOLDERS:
            raise TemplateError(f"{path}: {key}: unknown placeholder {{{field_name}}}; known:"
                                f" {known}", Problem.TEMPLATE_UNKNOWN_PLACEHOLDER, path,
                                details={"key": key, "name": "{" + field_name + "}",
                                         "known": known})


def _with_logo(template: Template, path: Path, name: Any) -> Template:
    if not isinstance(name, str) or not name:
        raise TemplateError(f"{path}: ticket.logo must be the name of an image file",
                            Problem.TEMPLATE_LOGO_NAME, path)
    logo = path.parent / name
    named = {"logo": name}
    if logo.suffix.lower() not in _LOGO_FORMATS:
        raise TemplateError(f"{path}: ticket.logo {name}: must be a PNG, JPEG or GIF image",
                            Problem.TEMPLATE_LOGO_TYPE, path, details=named)
    try:
        data = logo.read_bytes()
    except OSError:
        raise TemplateError(f"{path}: ticket.logo {name}: no such image beside the template",
                            Problem.TEMPLATE_LOGO_MISSING, path, details=named) from None
    if len(data) > _LOGO_MAX_MB * 1024 * 1024:
        raise TemplateError(f"{path}: ticket.logo {name}: must weigh less than"
                            f" {_LOGO_MAX_MB} MB", Problem.TEMPLATE_LOGO_TOO_BIG, path,
                            details=named | {"limit": str(_LOGO_MAX_MB)})
    kind = "jpeg" if logo.suffix.lower() in (".jpg", ".jpeg") else logo.suffix.lower()[1:]
    _check_image(data, path, name)
    return replace(template, logo=data, logo_type=kind)


def _check_image(data: bytes, path: Path, name: str) -> None:
    import io

    from PIL import Image, UnidentifiedImageError
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError):
        raise TemplateError(f"{path}: ticket.logo {name}: not a readable image",
                            Problem.TEMPLATE_LOGO_NOT_IMAGE, path,
                            details={"logo": name}) from None
