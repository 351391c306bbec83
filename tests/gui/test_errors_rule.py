"""The rule from now on: an error that core raises in these modules carries a `Problem`, so
that the GUI can say it in the user's language (checkin/gui/errors*.py words each one).

The scan reads the source (ast): every `raise X(...)` of CheckinError or one of its
subclasses must pass a Problem (as its second argument or `problem=`). The few that only
the command line meets are listed below, each with why; a new one there needs a reason
as good, a new one elsewhere needs a Problem and its words.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "checkin" / "core"
# the modules this rule covers (others come under it as their errors get their words)
COVERED = ("reports/**/*.py", "tickets/**/*.py", "badges/**/*.py", "stations.py", "purge.py",
           "rooms.py", "programme_edit.py", "pin.py", "kiosk.py", "files.py",
           "overbooking.py", "sync/bundle.py", "sync/folder.py", "reception.py", "hub/**/*.py")
# errors that make their own Problem in __init__
CARRY_THEIR_OWN = {"StationConflictError"}
# (module, function) making an error again from the Problem a value kept
REMADE = {("sync/folder.py", "error"): "FileStatus.error: from the code the status keeps"}
# (module, function, words of its English message) -> why the GUI never meets it
COMMAND_LINE_ONLY: dict[tuple[str, str, str], str] = {
    # the GUI gives the suffix itself (the format chosen); only `-o NAME` can lack it
    ("reports/pdfkit.py", "save_pdf", "must end in .pdf"): "-o without .pdf",
    ("reports/spreadsheet.py", "export", "must end in .xlsx or .csv"): "-o, no .xlsx/.csv",
    ("reports/tour_files.py", "check_output", "must end in .xlsx or .pdf"): "-o, no suffix",
    # the GUI always reports on the open event: only `checkin report` can give none
    ("reports/tour_files.py", "write", "no event to report on"): "no event file, no --hub",
    # `--only CODE...`: the GUI never picks badge codes or sheets by name
    ("reports/sheets.py", "plan", "no sheet"): "--only with an unknown sheet",
    ("reports/certificates.py", "plan", "no one present has the badge code"): "--only",
    ("tickets/plan.py", "plan", "no registration has this badge code"): "--only",
    ("badges/selection.py", "select_registrations", "no active registration"): "--only",
    # `--lang`: the GUI offers the languages in a list
    ("tickets/templates.py", "built_in", "language"): "--lang other than fr or en",
    # `--title`, `--venue`...: the GUI edits the programme as a whole (set_programme)
    ("programme_edit.py", "edit_event", "unknown event detail"): "a caller's detail name",
    # the desk's dialogs give only known fields, and categories from a list
    ("reception.py", "_validated", "unknown field"): "a caller's field name",
    ("reception.py", "_validated", "category must be one of"): "a caller's category",
    # badge layouts ship with checkin; only `--media FILE.toml` can give a broken one
    # (the words "" excuse every raise of the function: the layout file's checks)
    **{("badges/layouts.py", name, ""): "--media FILE.toml, a broken layout" for name in (
        "load_layout", "parse_layout", "_box", "_categories", "_check_geometry", "_table",
        "_mm", "_positive", "_colour", "_dpi")},
}


def _words(call: ast.Call) -> str:
    """The literal text of the error's message (an f-string's fixed parts)."""
    message = call.args[0] if call.args else None
    if isinstance(message, ast.Constant):
        return str(message.value)
    if isinstance(message, ast.JoinedStr):
        return "".join(str(v.value) for v in message.values if isinstance(v, ast.Constant))
    return ""


def _excused(module: str, function: str, call: ast.Call) -> bool:
    return any(m == module and f == function and words in _words(call)
               for m, f, words in COMMAND_LINE_ONLY)


def _error_classes() -> set[str]:
    """CheckinError and every class of checkin/core derived from it, by name."""
    bases: dict[str, set[str]] = {}
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {b.id for b in node.bases if isinstance(b, ast.Name)}
    found = {"CheckinError"}
    while True:
        more = {name for name, of in bases.items() if of & found} - found
        if not more:
            return found
        found |= more


def _raises(path: Path, classes: set[str]) -> list[tuple[str, ast.Call]]:
    """(enclosing function, call) of each `raise Error(...)` in the file; `error(...)` is
    files.write_through_temp's error class, a CheckinError."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and \
                    isinstance(node.exc.func, ast.Name) and \
                    node.exc.func.id in classes | {"error"}:
                found.append((function.name, node.exc))
    return found


def _made(path: Path, classes: set[str]) -> list[tuple[str, ast.Call]]:
    """(enclosing function, call) of each error made, raised or not: the shared folder's
    per-file problems are made, kept in the run's report, and worded by the GUI later."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(function.name, node) for function in ast.walk(tree)
            if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
            for node in ast.walk(function)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in classes]


def _bare_file_statuses(path: Path) -> list[int]:
    """Lines where a FileStatus is given its problem as words (`problem=`) rather than
    as an error with its Problem (`with_problem`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "FileStatus"
            and any(k.arg == "problem" for k in node.keywords)]


def _is_a_problem(arg: ast.expr) -> bool:
    """Problem.X, a `problem` variable, or one of two Problems (`A if ... else B`)."""
    if isinstance(arg, ast.IfExp):
        return _is_a_problem(arg.body) and _is_a_problem(arg.orelse)
    return (isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Name)
            and arg.value.id == "Problem") or (isinstance(arg, ast.Name) and arg.id == "problem")


def _passes_a_problem(call: ast.Call) -> bool:
    given = [*call.args[1:], *(k.value for k in call.keywords if k.arg == "problem")]
    return any(_is_a_problem(arg) for arg in given)


def _covered() -> list[Path]:
    return sorted({p for pattern in COVERED for p in CORE.glob(pattern)})


def test_every_error_of_these_modules_carries_a_problem() -> None:
    classes = _error_classes()
    bare = []
    for path in _covered():
        module = path.relative_to(CORE).as_posix()
        for function, call in _raises(path, classes):
            name = call.func.id  # type: ignore[attr-defined]
            if name in CARRY_THEIR_OWN or _excused(module, function, call):
                continue
            if not _passes_a_problem(call):
                bare.append(f"checkin/core/{module}:{call.lineno} ({function}) {name}")
    assert not bare, ("errors the GUI would show in core's English: give each a Problem,"
                      " its details and its words in checkin/gui/errors*.py:\n"
                      + "\n".join(bare))


def test_the_hub_and_the_folder_s_file_problems_carry_a_problem() -> None:
    """Made, not only raised: a shared folder's file skipped is kept in the run's report;
    the hub's errors all carry the hub's address among their details."""
    classes = _error_classes()
    made = [CORE / "sync" / "folder.py", *sorted((CORE / "hub").rglob("*.py"))]
    bare = [f"{path.relative_to(CORE)}:{call.lineno} ({function})"
            for path in made for function, call in _made(path, classes)
            if not _passes_a_problem(call) and call.func.id not in CARRY_THEIR_OWN  # type: ignore[attr-defined]
            and (path.relative_to(CORE).as_posix(), function) not in REMADE]
    bare += [f"sync/folder.py:{line} FileStatus(problem=...)"
             for line in _bare_file_statuses(CORE / "sync" / "folder.py")]
    assert not bare, "problems the GUI would show in core's English:\n" + "\n".join(bare)


def test_the_scan_sees_a_file_status_given_words(tmp_path: Path) -> None:
    source = tmp_path / "x.py"
    source.write_text("def f(p):\n    return FileStatus('a', problem=f'{p}: unreadable')\n"
                      "def g(e):\n    return FileStatus('a').with_problem(e)\n")
    assert _bare_file_statuses(source) == [2]


def test_the_command_line_list_names_only_what_exists() -> None:
    """An entry left behind by a renamed function would excuse nothing, silently."""
    classes = _error_classes()
    raising = [(path.relative_to(CORE).as_posix(), function, _words(call))
               for path in _covered() for function, call in _raises(path, classes)]
    stale = [key for key in COMMAND_LINE_ONLY
             if not any(key[:2] == found[:2] and key[2] in found[2] for found in raising)]
    assert not stale, stale


def test_the_scan_sees_a_bare_error(tmp_path: Path) -> None:
    """The rule would catch one: a raise without a Problem, and one with it."""
    source = tmp_path / "x.py"
    source.write_text("def f():\n    raise CheckinError('no')\n"
                      "def g():\n    raise CheckinError('yes', Problem.GONE, None)\n")
    calls = dict(_raises(source, {"CheckinError"}))
    assert not _passes_a_problem(calls["f"]) and _passes_a_problem(calls["g"])
