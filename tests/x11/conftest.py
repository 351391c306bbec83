"""Real key events at the X level: XTest into a real X server (Xvfb), the real main window
on xcb, US and French AZERTY layouts (setxkbmap), Shift presses and key releases.

A process holds one QApplication, and the default run's is offscreen: so
`test_under_x.py` runs each module named `x_*.py` here in a child pytest, with
CHECKIN_X_CHILD=1, which starts its own Xvfb on a free display between :100 and :199
(CI may run several at once) before Qt starts, and collects those modules."""

from __future__ import annotations

import json
import os
import random
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHILD = os.environ.get("CHECKIN_X_CHILD") == "1"
collect_ignore = ["test_under_x.py"] if CHILD else []
HERE = Path(__file__).parent
_server: subprocess.Popen[bytes] | None = None


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on the first free display of 100–199 (tried in random order), kept alive
    with -noreset so that a layout set by setxkbmap stays when a client leaves."""
    numbers = list(range(100, 200))
    random.shuffle(numbers)
    for n in numbers:
        if Path(f"/tmp/.X{n}-lock").exists() or Path(f"/tmp/.X11-unix/X{n}").exists():
            continue
        server = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1366x768x24",
                                   "-noreset", "-nolisten", "tcp"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and server.poll() is None:
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                return server, f":{n}"
            time.sleep(0.05)
        server.kill()  # taken meanwhile by another run: next one
        server.wait()
    raise RuntimeError("no free X display between :100 and :199")


def pytest_configure(config: pytest.Config) -> None:
    global _server
    if CHILD and _server is None:
        _server, name = start_xvfb()
        os.environ["DISPLAY"] = name
        os.environ["QT_QPA_PLATFORM"] = "xcb"


def pytest_unconfigure(config: pytest.Config) -> None:
    if _server is not None:
        _server.terminate()
        _server.wait(10)


def set_layout(name: str) -> None:
    subprocess.run(["setxkbmap", name], check=True, timeout=30)


class Keys:
    """The X keyboard (`xkeys.py` in its own process). Each method returns at once; the
    test waits for `sent` with qtbot while the GUI goes on handling events."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, str(HERE / "xkeys.py")],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.waiting = 0
        self.rng = random.Random(11)

    def _send(self, command: dict) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        self.waiting += 1

    def sent(self) -> bool:
        assert self.proc.stdout is not None
        while self.waiting and select.select([self.proc.stdout], [], [], 0)[0]:
            assert self.proc.stdout.readline().strip() == "ok", "the X keyboard stopped"
            self.waiting -= 1
        return not self.waiting

    def scan(self, text: str, end: str = "Return", ms: tuple[int, int] = (2, 8)) -> None:
        """A scanner: 2–8 ms a key (US key codes, Shift for capitals), then `end`."""
        self._send({"scan": text, "end": end,
                    "gaps": [self.rng.randint(*ms) for _ in text]})

    def type(self, text: str, gaps: list[int] | None = None) -> None:
        """A person: 40–150 ms a key, one pair in five at 20–35 ms."""
        self._send({"type": text, "gaps": gaps or self.human_gaps(len(text))})

    def human_gaps(self, n: int) -> list[int]:
        return [self.rng.randint(20, 35) if self.rng.random() < 0.2
                else self.rng.randint(40, 150) for _ in range(n)]

    def key(self, name: str, *mods: str) -> None:
        self._send({"key": name, "mods": list(mods)})

    def layout(self, name: str) -> None:
        set_layout(name)
        self._send({"reload": True})

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(10)


@pytest.fixture
def keys() -> Iterator[Keys]:
    set_layout("us")
    k = Keys()
    yield k
    k.close()
    set_layout("us")


from x_station import clock, event_path, settings, window  # noqa: E402, F401 (fixtures)
