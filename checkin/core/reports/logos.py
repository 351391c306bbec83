"""The funders' logos printed on sign-in sheets and certificates: an event setting.

Stored in the journal as one entry (kind `event.logos`, subject `event.logos`) holding the
images themselves, base64, so that every clone and every merge carries them and no station
depends on a path that exists only on the organiser's laptop. The latest entry in the
journal's order wins; an empty list clears them. Logos are not personal data: the purge
keeps them.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from checkin.core import journal as j
from checkin.core.errors import CheckinError, Problem
from checkin.core.event import Event

if TYPE_CHECKING:  # reportlab loads PIL: not before the desk is shown (sync checks import us)
    from reportlab.lib.utils import ImageReader

LOGOS_SET = "event.logos"
LOGOS_SUBJECT = "event.logos"
MAX_LOGOS = 6
MAX_MB = 2
MAX_BYTES = MAX_MB * 1024 * 1024
_FORMATS = (".png", ".jpg", ".jpeg", ".gif", ".bmp")


@dataclass(frozen=True)
class Logo:
    name: str  # the file's name, for the organiser
    data: bytes

    def image(self) -> ImageReader:
        from reportlab.lib.utils import ImageReader
        return ImageReader(io.BytesIO(self.data))


def logos(event: Event) -> tuple[Logo, ...]:
    sets = [e for e in event.entries(LOGOS_SUBJECT) if e.kind == LOGOS_SET]
    if not sets:
        return ()
    return tuple(Logo(item["name"], base64.b64decode(item["data"]))
                 for item in sets[-1].payload.get("logos", []))


def read_logo(path: Path) -> Logo:
    """A logo from an image file, checked: a bad one is refused naming the file."""
    if path.suffix.lower() not in _FORMATS:
        raise CheckinError(f"{path}: a logo must be a PNG, JPEG, GIF or BMP image",
                           Problem.LOGO_NOT_IMAGE_TYPE, path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CheckinError(f"{path}: no such image", Problem.NO_SUCH_FILE, path) from None
    except OSError as exc:
        raise CheckinError(f"{path}: cannot be read ({exc.strerror})", Problem.UNREADABLE,
                           path) from None
    if len(data) > MAX_BYTES:
        raise CheckinError(f"{path}: a logo must weigh less than {MAX_MB} MB",
                           Problem.LOGO_TOO_BIG, path, details={"limit": str(MAX_MB)})
    logo = Logo(path.name, data)
    try:
        width, height = logo.image().getSize()
    except Exception:  # reportlab/Pillow raise many kinds of errors on a bad image
        raise CheckinError(f"{path}: not a readable image", Problem.LOGO_UNREADABLE,
                           path) from None
    if not width or not height:
        raise CheckinError(f"{path}: an empty image", Problem.LOGO_EMPTY, path)
    return logo


def set_logos(event: Event, paths: Sequence[Path]) -> tuple[Logo, ...]:
    """Make these images the event's logos (journaled); an empty list clears them."""
    if len(paths) > MAX_LOGOS:
        raise CheckinError(f"at most {MAX_LOGOS} logos fit on a page", Problem.TOO_MANY_LOGOS,
                           details={"limit": str(MAX_LOGOS)})
    found = tuple(read_logo(p) for p in paths)
    payload = {"logos": [{"name": logo.name, "data": base64.b64encode(logo.data).decode()}
                         for logo in found]}
    if logos(event) != found:
        event.append([j.NewEntry(LOGOS_SET, LOGOS_SUBJECT, payload)])
    return found
