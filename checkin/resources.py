"""Where the files of `resources/` are, in a source checkout or an installed wheel."""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    installed = _PACKAGE / "resources"  # the wheel puts them inside the package
    return installed if installed.is_dir() else _PACKAGE.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
