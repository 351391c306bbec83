"""This station's settings (QSettings): mode, language, camera, volume, recent events."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class Mode(StrEnum):
    RECEPTION = "reception"
    WORKSHOP = "workshop"
    ORGANISER = "organiser"
    KIOSK = "kiosk"


class Settings:
    """Typed access to QSettings; tests pass their own (an .ini file in tmp_path)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings("checkin", "checkin")

    def _get(self, key: str, default: str) -> str:
        value = self.store.value(key, default)
        return default if value is None else str(value)

    def _set(self, key: str, value: object) -> None:
        self.store.setValue(key, value)
        self.store.sync()

    @property
    def mode(self) -> Mode:
        value = self._get("station/mode", Mode.RECEPTION)
        return Mode(value) if value in Mode.__members__.values() else Mode.RECEPTION

    @mode.setter
    def mode(self, value: Mode) -> None:
        self._set("station/mode", value.value)

    @property
    def before_kiosk(self) -> Mode:
        """The mode the organiser's PIN leads back to: kept so that a kiosk restarted
        on a room station leaves to the room, not to Reception."""
        value = self._get("station/before_kiosk", Mode.RECEPTION)
        known = value in Mode.__members__.values() and value != Mode.KIOSK
        return Mode(value) if known else Mode.RECEPTION

    @before_kiosk.setter
    def before_kiosk(self, value: Mode) -> None:
        self._set("station/before_kiosk", value.value)

    @property
    def language(self) -> str:
        return self._get("station/language", "fr")

    @language.setter
    def language(self, value: str) -> None:
        self._set("station/language", value)

    @property
    def camera(self) -> str:
        """The id (hex) of the camera chosen at this station, "" for the default one."""
        return self._get("station/camera", "")

    @camera.setter
    def camera(self, value: str) -> None:
        self._set("station/camera", value)

    @property
    def camera_on(self) -> bool:
        return self._get("station/camera_on", "false") == "true"

    @camera_on.setter
    def camera_on(self, value: bool) -> None:
        self._set("station/camera_on", "true" if value else "false")

    @property
    def volume(self) -> int:
        """Sound volume, 0 (silent) to 100."""
        try:
            return max(0, min(100, int(self._get("station/volume", "80"))))
        except ValueError:
            return 80

    @volume.setter
    def volume(self, value: int) -> None:
        self._set("station/volume", max(0, min(100, int(value))))

    @property
    def auto_print(self) -> bool:
        return self._get("station/auto_print", "false") == "true"

    @auto_print.setter
    def auto_print(self, value: bool) -> None:
        self._set("station/auto_print", "true" if value else "false")

    @property
    def window_geometry(self) -> QByteArray:
        """The main window's place and size when it last closed (empty: never closed)."""
        value = self.store.value("window/geometry", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    @property
    def kiosk_pin(self) -> str:
        """The salted hash of the organiser's kiosk PIN (`core.pin`), "" when none is set.
        Kept by the station, not in the event file: see the README's "Kiosk"."""
        return self._get("kiosk/pin", "")

    @kiosk_pin.setter
    def kiosk_pin(self, value: str) -> None:
        self._set("kiosk/pin", value)

    # Sync through a shared folder, per event (by its id): the folder and whether it is on.
    def folder_sync(self, event_id: str) -> tuple[str, bool]:
        folder = self._get(f"sync/{event_id}/folder", "")
        return folder, bool(folder) and self._get(f"sync/{event_id}/on", "false") == "true"

    def set_folder_sync(self, event_id: str, folder: str, on: bool) -> None:
        self.store.setValue(f"sync/{event_id}/folder", folder)
        self._set(f"sync/{event_id}/on", "true" if on else "false")

    def hub_sync(self, event_id: str) -> bool:
        """Whether this station syncs the event through its hub (the address is in the
        event file, the password never stored here)."""
        return self._get(f"sync/{event_id}/hub_on", "false") == "true"

    def set_hub_sync(self, event_id: str, on: bool) -> None:
        self._set(f"sync/{event_id}/hub_on", "true" if on else "false")

    @property
    def sync_interval(self) -> float:
        """Seconds between two syncs through the shared folder."""
        try:
            return max(0.1, min(3600.0, float(self._get("sync/interval", "5"))))
        except ValueError:
            return 5.0

    @sync_interval.setter
    def sync_interval(self, value: float) -> None:
        self._set("sync/interval", float(value))

    def recent_events(self) -> list[Path]:
        raw = self.store.value("recent/events", [])
        # one recent file comes back from an INI file as a str, several as a list
        items = [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list) else []
        return [Path(p) for p in items if p]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        items = [p for p in self.recent_events() if p != path]
        self._set("recent/events", [str(p) for p in [path, *items][:MAX_RECENT]])
