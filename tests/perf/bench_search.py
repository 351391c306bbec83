"""Benchmark: the desk's search at 50,000 registrations, keystroke by keystroke, beside a
plain SQLite `LIKE '%q%'` search measured in the same run on the same rows.

    uv run python tests/perf/bench_search.py [COUNT]
    uv run pytest tests/perf/bench_search.py -s
    uv run python tests/perf/run.py --only search     (with every other benchmark: no --only)

What the desk types is replayed one keystroke at a time ("g", "gu", "gue"...): names typed
without their accents, with one letter wrong, missing or swapped, a name with an
apostrophe, and two controls typed exactly as registered. Each keystroke's query is run
`ROUNDS` times and its median kept; the table gives the mean, 95th percentile and maximum
over keystrokes, in wall-clock time and in CPU time (steadier on a busy machine). Recall:
whether the person meant is among the results (at most 50) of the last keystroke, and of
any keystroke on the way. Times are printed, never asserted.
"""

from __future__ import annotations

import csv
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Fixtures, Row, Sizes, median_ms, p95_ms

from checkin.core.codes import CODE_ALPHABET
from checkin.core.search import SearchDoc, SearchIndex
from checkin.core.text import fold

COUNT = 50_000
SEED = 2022
ROUNDS = 5
LIMIT = 50
SQL = ("SELECT id FROM registrations WHERE first_name LIKE ?1 OR last_name LIKE ?1"
       " OR email LIKE ?1 LIMIT 50")


@dataclass
class Scenario:
    kind: str  # "accentless", "misspelt", or "exact" for the controls
    what: str
    typed: str
    meant: str  # the id of the person meant


def load_people(export: Path) -> list[SearchDoc]:
    with export.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    numbers = random.Random(SEED).sample(range(31**6), len(rows))
    return [SearchDoc(id=str(i), code="".join(CODE_ALPHABET[n // 31**k % 31] for k in range(6)),
                      first_name=row["Prénom"], last_name=row["Nom"].strip(),
                      organisation=row["Structure"], email=row["Adresse e-mail"])
            for i, (row, n) in enumerate(zip(rows, numbers, strict=True))]


def scenarios(people: list[SearchDoc]) -> list[Scenario]:
    """What the desk types for a few people of the export, and whom it means."""
    rng = random.Random(SEED)

    def someone(test: Callable[[SearchDoc], bool]) -> SearchDoc:
        found = [p for p in people if test(p)]
        # A small workload may hold no one of that name: anyone stands in (the scenario
        # then measures time, its recall meaning less).
        return rng.choice(found or people)

    def last_is(name: str) -> Callable[[SearchDoc], bool]:
        return lambda p: fold(p.last_name) == fold(name) and "-" not in p.first_name

    out = []
    p = someone(lambda p: last_is("Guérin")(p) and fold(p.first_name) != p.first_name.lower())
    out.append(Scenario("accentless", "Guérin, accents left out",
                        f"{fold(p.last_name)} {fold(p.first_name)[:3]}", p.id))
    p = someone(lambda p: p.first_name in ("Hélène", "Jérôme", "Noémie", "Maëlle", "Loïc"))
    out.append(Scenario("accentless", "first name first, accents left out",
                        f"{fold(p.first_name)} {fold(p.last_name)[:4]}", p.id))
    p = someone(last_is("N'Diaye"))
    out.append(Scenario("accentless", "N'Diaye typed without apostrophe",
                        f"ndiaye {fold(p.first_name)[:3]}", p.id))
    p = someone(last_is("Lefebvre"))
    out.append(Scenario("misspelt", "Lefebvre, two letters swapped",
                        f"lefevbre {fold(p.first_name)[:3]}", p.id))
    p = someone(last_is("Dupont"))
    out.append(Scenario("misspelt", "Dupont, a letter missing",
                        f"dupnt {fold(p.first_name)[:3]}", p.id))
    p = someone(last_is("Gérard"))
    out.append(Scenario("misspelt", "Gérard, a wrong letter, no accent",
                        f"gerars {fold(p.first_name)[:3]}", p.id))
    p = someone(last_is("Lefèvre"))
    out.append(Scenario("exact", "Lefèvre, typed as registered",
                        f"{p.last_name.lower()} {p.first_name.lower()[:3]}", p.id))
    p = someone(lambda p: any(c.isdigit() for c in p.email) and p.email.isascii())
    out.append(Scenario("exact", "an e-mail address, its start",
                        p.email.split("@")[0].lower(), p.id))
    return out


def keystrokes(typed: str) -> list[str]:
    return [typed[:i] for i in range(1, len(typed) + 1)]


def make_sqlite(people: list[SearchDoc], path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE registrations (id TEXT PRIMARY KEY, first_name TEXT,"
               " last_name TEXT, email TEXT, organisation TEXT)")
    with db:
        db.executemany("INSERT INTO registrations VALUES (?, ?, ?, ?, ?)",
                       [(p.id, p.first_name, p.last_name, p.email, p.organisation)
                        for p in people])
    return db


def timed(search: Callable[[str], list[str]], queries: list[str], rounds: int = ROUNDS
          ) -> tuple[list[float], list[float], list[list[str]]]:
    """Median wall and CPU seconds per query over `rounds` rounds, and each query's results."""
    wall: list[list[float]] = [[] for _ in queries]
    cpu: list[list[float]] = [[] for _ in queries]
    results: list[list[str]] = [[] for _ in queries]
    for _ in range(rounds):
        for i, query in enumerate(queries):
            start, start_cpu = time.perf_counter(), time.process_time()
            results[i] = search(query)
            cpu[i].append(time.process_time() - start_cpu)
            wall[i].append(time.perf_counter() - start)
    return ([statistics.median(s) for s in wall], [statistics.median(s) for s in cpu],
            results)


def changes(index: SearchIndex, people: list[SearchDoc]) -> tuple[list[float], list[float]]:
    """Seconds to add, then to remove, each of 20 walk-ins, one at a time."""
    rng = random.Random(SEED)
    walkins = [SearchDoc(id=f"walkin-{i}", code="", first_name=rng.choice(people).first_name,
                         last_name=rng.choice(people).last_name, organisation="",
                         email=f"walkin{i}@example.org") for i in range(20)]
    adds, removes = [], []
    for person in walkins:
        start = time.perf_counter()
        index.add(person)
        adds.append(time.perf_counter() - start)
        assert person.id in index.search(f"{person.last_name} {person.first_name}", 200)
    for person in walkins:
        start = time.perf_counter()
        index.remove(person.id)
        removes.append(time.perf_counter() - start)
    return adds, removes


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def run(count: int = COUNT) -> dict[str, dict[str, int]]:
    """Measure, print the tables, and return recall counts per engine and kind."""
    with tempfile.TemporaryDirectory() as tmp:
        return measure(Fixtures(Path(tmp), Sizes(registrations=count)), verbose=True)["recall"]


def rows(fixtures: Fixtures) -> list[Row]:
    """The runner's figures: per keystroke and recall, index beside SQLite LIKE."""
    m = measure(fixtures, verbose=False)
    work = (f"{m['people']:,} registrations, {m['keystrokes']} keystrokes of"
            f" {len(m['plan'])} names typed, median of {m['rounds']} runs each")
    like = "SQLite LIKE '%q%' on the same rows"
    wall, recall, totals = m["wall"], m["recall"], m["totals"]
    out = [Row("search", "search per keystroke, median", median_ms(wall["index"]), "ms", like,
               median_ms(wall["SQLite LIKE"]), work),
           Row("search", "search per keystroke, p95", p95_ms(wall["index"]), "ms", like,
               p95_ms(wall["SQLite LIKE"]), work)]
    typed = {"accentless": "without accents or apostrophe",
             "misspelt": "with a letter wrong, missing or swapped"}
    for kind in ("accentless", "misspelt"):
        out.append(Row("search", f"recall, names typed {kind}",
                       recall["index"].get(kind, 0), f"of {totals[kind]}", like,
                       recall["SQLite LIKE"].get(kind, 0),
                       f"names typed {typed[kind]}: the person among <= {LIMIT} results"))
    out.append(Row("search", "search index build", m["index_build"] * 1000, "ms",
                   "SQLite table load of the same rows", m["sqlite_build"] * 1000,
                   f"{m['people']:,} registrations"))
    return out


def measure(fixtures: Fixtures, verbose: bool) -> dict[str, Any]:
    rounds = fixtures.sizes.rounds
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        people = load_people(fixtures.export())
        start, start_cpu = time.perf_counter(), time.process_time()
        index = SearchIndex(people)
        index_build, index_build_cpu = (time.perf_counter() - start,
                                        time.process_time() - start_cpu)
        start, start_cpu = time.perf_counter(), time.process_time()
        db = make_sqlite(people, folder / "registrations.sqlite")
        sqlite_build, sqlite_build_cpu = (time.perf_counter() - start,
                                          time.process_time() - start_cpu)
        adds, removes = changes(index, people)
        try:
            plan = scenarios(people)
            queries = [q for s in plan for q in keystrokes(s.typed)]

            def like(query: str) -> list[str]:
                return [row[0] for row in db.execute(SQL, (f"%{query}%",)).fetchall()]

            engines = {"index": lambda q: index.search(q, LIMIT), "SQLite LIKE": like}
            wall: dict[str, list[float]] = {}
            cpu: dict[str, list[float]] = {}
            results: dict[str, list[list[str]]] = {}
            for name, search in engines.items():
                wall[name], cpu[name], results[name] = timed(search, queries, rounds)
        finally:
            db.close()
    recall = recall_of(plan, results, engines)
    totals = {kind: sum(s.kind == kind for s in plan) for kind in ("accentless", "misspelt",
                                                                     "exact")}
    m = {"people": len(people), "keystrokes": len(queries), "plan": plan, "rounds": rounds,
         "wall": wall, "cpu": cpu, "recall": recall, "totals": totals,
         "index_build": index_build, "sqlite_build": sqlite_build}
    if verbose:
        report(m, results, engines, index_build_cpu, sqlite_build_cpu, adds, removes)
    return m


def recall_of(plan: list[Scenario], results: dict[str, list[list[str]]],
              engines: dict[str, Any]) -> dict[str, dict[str, int]]:
    recall: dict[str, dict[str, int]] = {name: {} for name in engines}
    position = 0
    for s in plan:
        steps = len(keystrokes(s.typed))
        for name in engines:
            got = results[name][position:position + steps]
            counts = recall[name]
            counts[s.kind] = counts.get(s.kind, 0) + (s.meant in got[-1])
            key = s.kind + " while typing"
            counts[key] = counts.get(key, 0) + any(s.meant in r for r in got)
        position += steps
    return recall


def report(m: dict[str, Any], results: dict[str, list[list[str]]], engines: dict[str, Any],
           index_build_cpu: float, sqlite_build_cpu: float, adds: list[float],
           removes: list[float]) -> None:
    wall, cpu, plan, recall = m["wall"], m["cpu"], m["plan"], m["recall"]
    index_build, sqlite_build = m["index_build"], m["sqlite_build"]

    def ms(values: dict[str, list[float]]) -> tuple[list[float], list[float]]:
        return [t * 1000 for t in values["index"]], [t * 1000 for t in values["SQLite LIKE"]]

    (a, b), (a_cpu, b_cpu) = ms(wall), ms(cpu)
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print()
    print(f"Desk search, {m['people']:,} registrations, {m['keystrokes']} keystrokes"
          f" x {m['rounds']} runs (median per keystroke)")
    print(f"{cpus} CPU(s), load average {load:.1f}, Python {sys.version.split()[0]},"
          f" SQLite {sqlite3.sqlite_version}")
    print()
    rows = [
        ("build / load (ms)", index_build * 1000, sqlite_build * 1000),
        ("CPU build / load (ms)", index_build_cpu * 1000, sqlite_build_cpu * 1000),
        ("per keystroke, mean (ms)", statistics.fmean(a), statistics.fmean(b)),
        ("per keystroke, median (ms)", statistics.median(a), statistics.median(b)),
        ("per keystroke, p95 (ms)", p95(a), p95(b)),
        ("per keystroke, max (ms)", max(a), max(b)),
        ("CPU per keystroke, mean (ms)", statistics.fmean(a_cpu), statistics.fmean(b_cpu)),
        ("CPU per keystroke, p95 (ms)", p95(a_cpu), p95(b_cpu)),
        ("CPU per keystroke, max (ms)", max(a_cpu), max(b_cpu)),
    ]
    print(f"  {'':28} {'index':>10} {'SQLite LIKE':>12} {'SQLite/index':>13}")
    for label, x, y in rows:
        print(f"  {label:28} {x:10.3f} {y:12.3f} {y / x:12.1f}x")
    print()
    print(f"  {'one walk-in (median of 20)':28} {'index':>10} {'full rebuild':>12}"
          f" {'rebuild/index':>13}")
    for label, values in (("add (ms)", adds), ("remove (ms)", removes)):
        x = statistics.median(values) * 1000
        print(f"  {label:28} {x:10.3f} {index_build * 1000:12.3f}"
              f" {index_build * 1000 / x:12.0f}x")

    print()
    print(f"  {'query as typed (last keystroke)':34} {'kind':11}"
          f" {'index':>13} {'SQLite LIKE':>13}")
    position = 0
    for s in plan:
        steps = len(keystrokes(s.typed))
        cells = []
        for name in engines:
            got = results[name][position:position + steps]
            last = s.meant in got[-1]
            anywhere = any(s.meant in r for r in got)
            cells.append("found" if last else "while typing" if anywhere else "-")
        position += steps
        print(f"  {s.typed!r:34} {s.kind:11} {cells[0]:>13} {cells[1]:>13}")
    print()
    totals = m["totals"]
    print(f"  {'person meant among the results':34} {'':11} {'index':>13} {'SQLite LIKE':>13}")
    for kind, total in totals.items():
        for suffix in ("", " while typing"):
            key = kind + suffix
            label = f"{kind} queries" + (", any keystroke" if suffix else ", last keystroke")
            cells = [f"{recall[name].get(key, 0)}/{total}" for name in engines]
            print(f"  {label:34} {'':11} {cells[0]:>13} {cells[1]:>13}")
    print()


def test_bench_search() -> None:
    recall = run()
    # The index finds every person meant once the query is typed; plain LIKE finds no one
    # typed without accents or with a misspelling.
    assert recall["index"]["accentless"] == 3
    assert recall["index"]["misspelt"] == 3
    assert recall["index"]["exact"] == 2
    assert recall["SQLite LIKE"]["misspelt"] == 0


if __name__ == "__main__":
    run(int(sys.argv[1]) if len(sys.argv) > 1 else COUNT)
