"""Writing the files users take away (PDFs, spreadsheets, bundles) whole or not at all,
and keeping those that hold personal data (event files, backups, bundles, shared-folder
files) to their owner: 0600 files and 0700 folders on POSIX. On Windows the modes mean
little; there the files are protected by the permissions of the folder they are in (a
user's own profile folders are private to that user).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

from checkin.core.errors import CheckinError, Problem

T = TypeVar("T")


def write_through_temp(out: Path, write: Callable[[Path], T],
                       error: type[CheckinError] = CheckinError) -> T:
    """Run `write(temporary path)` beside `out`, then rename it to `out`, and return what
    `write` returned: a failure leaves no half-written file, and the previous `out`, if
    any, as it was."""
    if not out.parent.is_dir():
        raise error(f"{out}: no such folder {out.parent}", Problem.NO_SUCH_FOLDER, out.parent)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        result = write(tmp)
        os.replace(tmp, out)
    except PermissionError:
        raise error(f"{out}: cannot be written (is it open in another program?)",
                    Problem.FILE_IN_USE, out) from None
    except OSError as exc:
        raise error(f"{out}: cannot be written ({exc.strerror})", Problem.CANNOT_WRITE, out,
                    details={"reason": str(exc.strerror or exc)}) from None
    finally:
        tmp.unlink(missing_ok=True)
    return result


PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def open_private(path: Path, append: bool = False) -> BinaryIO:
    """Open `path` for writing bytes (truncated, or appended to), created for its owner
    only; an existing file is made so too."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
    make_private(path)
    return os.fdopen(fd, "ab" if append else "wb")


def make_private(path: Path, mode: int = PRIVATE_FILE) -> None:
    """Restrict `path` to its owner (POSIX); a file we may not chmod stays as it is."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, mode)


def private_folder(path: Path) -> Path:
    """The folder `path`, made if needed, for its owner only."""
    path.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
    make_private(path, PRIVATE_FOLDER)
    return path
