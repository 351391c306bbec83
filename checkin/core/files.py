"""Writing the files users take away (PDFs, spreadsheets, bundles) whole or not at all."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from checkin.core.errors import CheckinError

T = TypeVar("T")


def write_through_temp(out: Path, write: Callable[[Path], T],
                       error: type[CheckinError] = CheckinError) -> T:
    """Run `write(temporary path)` beside `out`, then rename it to `out`, and return what
    `write` returned: a failure leaves no half-written file, and the previous `out`, if
    any, as it was."""
    if not out.parent.is_dir():
        raise error(f"{out}: no such folder {out.parent}")
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        result = write(tmp)
        os.replace(tmp, out)
    except PermissionError:
        raise error(f"{out}: cannot be written (is it open in another program?)") from None
    except OSError as exc:
        raise error(f"{out}: cannot be written ({exc.strerror})") from None
    finally:
        tmp.unlink(missing_ok=True)
    return result
