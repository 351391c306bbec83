"""Short, distinct sounds for each outcome, played with QSoundEffect at the station's volume.

The WAV files in resources/sounds/ are made by `python -m checkin.gui.sounds`: a rising
pair for a check-in, a flat double beep for "already", three quick notes for a choice to
make, a low falling buzz for a refusal... so that staff hear the outcome without looking.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

from checkin.resources import resource

RATE = 22050

# name -> notes (frequency Hz, duration s); 0 Hz is a rest.
TUNES: dict[str, list[tuple[float, float]]] = {
    "checked_in": [(880, 0.09), (1318.5, 0.16)],
    "already_checked_in": [(660, 0.1), (0, 0.05), (660, 0.1)],
    "ambiguous": [(784, 0.07), (988, 0.07), (784, 0.07)],
    "unknown": [(392, 0.12), (294, 0.2)],
    "other_event": [(523, 0.1), (392, 0.1), (523, 0.1)],
    "invalid_signature": [(220, 0.12), (0, 0.04), (220, 0.12), (0, 0.04), (220, 0.12)],
    "cancelled": [(330, 0.12), (247, 0.25)],
    "undone": [(1046.5, 0.07), (659, 0.12)],
    "error": [(180, 0.35)],
    # Workshop rooms: recorded, but with something for the host to notice.
    "other_session": [(880, 0.08), (740, 0.08), (988, 0.14)],
    "full": [(247, 0.15), (0, 0.05), (247, 0.15), (196, 0.25)],
    "not_checked_in": [(880, 0.09), (1318.5, 0.12), (0, 0.05), (1318.5, 0.1)],
    "outside_hours": [(587, 0.18), (523, 0.18)],
}


def _samples(notes: list[tuple[float, float]], square: bool) -> bytes:
    frames = bytearray()
    for freq, seconds in notes:
        count = int(RATE * seconds)
        fade = min(200, count // 4)
        for i in range(count):
            envelope = min(1.0, i / fade if fade else 1, (count - i) / fade if fade else 1)
            if freq == 0:
                value = 0.0
            else:
                wave_ = math.sin(2 * math.pi * freq * i / RATE)
                value = (1.0 if wave_ >= 0 else -1.0) * 0.35 if square else wave_ * 0.6
            frames += struct.pack("<h", int(value * envelope * 32767))
    return bytes(frames)


def write_sounds(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, notes in TUNES.items():
        path = folder / f"{name}.wav"
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(_samples(notes, square=name in ("invalid_signature", "error")))
        written.append(path)
    return written


class Sounds:
    """One QSoundEffect per outcome, loaded once; `play(name)` never raises."""

    def __init__(self, volume: int = 80) -> None:
        self.volume = volume
        self.last_played: str | None = None
        self._effects: dict[str, object] | None = None  # loaded at the first sound heard

    def _load(self) -> dict[str, object]:
        if self._effects is None:
            self._effects = {}
            try:
                from PySide6.QtCore import QUrl
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError:  # no QtMultimedia (libpulse0 missing): silence, not a crash
                return self._effects
            for name in TUNES:
                effect = QSoundEffect()
                effect.setSource(QUrl.fromLocalFile(str(resource("sounds", f"{name}.wav"))))
                self._effects[name] = effect
        return self._effects

    def set_volume(self, volume: int) -> None:
        self.volume = max(0, min(100, volume))

    def play(self, name: str) -> None:
        self.last_played = name
        if self.volume == 0:
            return
        effect = self._load().get(name)
        if effect is None:
            return
        effect.setVolume(self.volume / 100)  # type: ignore[attr-defined]
        effect.play()  # type: ignore[attr-defined]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else resource("sounds")
    for p in write_sounds(target):
        print(p)
