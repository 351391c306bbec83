"""The keyboard of the X tests, as a program of its own: it sends key events through XTest
to the X display in $DISPLAY, one JSON command a line on stdin, and answers "ok" on
stdout once every key of a command is sent. Its own process, so that the test's GUI
thread (and Python's GIL) never stretches the pauses between keys.

- {"scan": TEXT, "gaps": [ms...], "end": "Return"}: a USB scanner set for a US layout:
  the US key codes of each character (Shift pressed and released around capitals),
  whatever the layout of the display, then the end key.
- {"type": TEXT, "gaps": [ms...]}: a person typing, with the keys of the current layout.
- {"key": NAME, "mods": ["ctrl", "shift"]}: one key, such as Return, Escape, F2 or n.
- {"reload": true}: read the keyboard map again (after setxkbmap).
"""

from __future__ import annotations

import json
import sys
import time

from Xlib import XK, X, display
from Xlib.ext import xtest

_US: dict[str, tuple[int, bool]] = {c: (10 + i, False) for i, c in enumerate("1234567890")}
for _keys, _first in (("qwertyuiop", 24), ("asdfghjkl", 38), ("zxcvbnm", 52)):
    for _i, _c in enumerate(_keys):
        _US[_c] = (_first + _i, False)
        _US[_c.upper()] = (_first + _i, True)
_US.update({" ": (65, False), "-": (20, False), "=": (21, False), "+": (21, True),
            ".": (60, False), "/": (61, False), ":": (47, True), ";": (47, False),
            "$": (13, True), "%": (14, True), "*": (17, True)})
_MODS = {"shift": "Shift_L", "ctrl": "Control_L", "alt": "Alt_L"}


class Keyboard:
    def __init__(self) -> None:
        self.d = display.Display()

    def code(self, name: str) -> int:
        return self.d.keysym_to_keycode(XK.string_to_keysym(name))

    def tap(self, code: int, shift: bool = False, mods: tuple[int, ...] = (),
            after: int = 0, sync: bool = True) -> None:
        """One key (with Shift and `mods` around it); `after`: the X server waits that
        many ms before pressing it (XTest's delay)."""
        held = (*mods, self.code("Shift_L")) if shift else mods
        first, *rest = [*held, code]
        xtest.fake_input(self.d, X.KeyPress, first, time=after)
        for m in rest:
            xtest.fake_input(self.d, X.KeyPress, m)
        xtest.fake_input(self.d, X.KeyRelease, code)
        for m in reversed(held):
            xtest.fake_input(self.d, X.KeyRelease, m)
        if sync:
            self.d.sync()  # the server stamps each key when it is sent, not in a batch

    def layout_key(self, ch: str) -> tuple[int, bool]:
        for code, index in self.d.keysym_to_keycodes(ord(ch)):
            if index in (0, 1):
                return code, index == 1
        raise ValueError(f"no key for {ch!r} in this layout")

    def run(self, command: dict) -> None:
        gaps = list(command.get("gaps", []))
        if "scan" in command:
            # A scanner's burst is handed to the X server whole, each key after its gap
            # by XTest's delay: the server keeps the pace. Slept here between keys, the
            # pauses stretched past the capture's 50 ms when this process waited for a
            # core (x_rush at load 7-8: bursts cut into "typing" and an unknown badge),
            # which a real scanner, timed by its own device, never does.
            for i, ch in enumerate(command["scan"]):
                self.tap(*_US[ch], after=gaps[i - 1] if i and gaps else 0, sync=False)
            if command.get("end"):
                self.tap(self.code(command["end"]), after=gaps[-1] if gaps else 0,
                         sync=False)
            self.d.sync()
        elif "type" in command:
            for i, ch in enumerate(command["type"]):
                self.tap(*self.layout_key(ch))
                time.sleep((gaps[i % len(gaps)] if gaps else 100) / 1000)
        elif "key" in command:
            mods = tuple(self.code(_MODS[m]) for m in command.get("mods", []))
            self.tap(self.code(command["key"]), mods=mods)
        elif command.get("reload"):
            self.d.close()
            self.d = display.Display()


def main() -> None:
    keyboard = Keyboard()
    for line in sys.stdin:
        keyboard.run(json.loads(line))
        print("ok", flush=True)


if __name__ == "__main__":
    main()
