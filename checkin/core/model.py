"""Values that core hands out: registrations as the projections hold them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from checkin.core.text import fold

# The fields every registration has; anything else an import brings goes to `extra`.
FIELDS = (
    "last_name", "first_name", "email", "organisation", "role", "phone",
    "org_type", "department", "needs", "category",
)
CATEGORIES = ("participant", "speaker", "organiser", "press")


@dataclass(frozen=True)
class Registration:
    id: str
    code: str
    last_name: str = ""
    first_name: str = ""
    email: str = ""
    organisation: str = ""
    role: str = ""
    phone: str = ""
    org_type: str = ""
    department: str = ""
    needs: str = ""
    category: str = "participant"
    extra: dict[str, str] = field(default_factory=dict)
    sessions: tuple[str, ...] = ()
    status: str = "active"  # or "cancelled"
    source: str = "import"  # or "walkin"
    submitted_at: str = ""
    checked_in_at: str | None = None
    checked_in_station: str | None = None
    checkin_count: int = 0  # un-undone check-ins; more than one is flagged

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"

    def fields(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in FIELDS}

    def as_json(self, qr: str) -> dict[str, Any]:
        return {
            "id": self.id, "code": self.code, "qr": qr,
            "first_name": self.first_name, "last_name": self.last_name,
            "organisation": self.organisation, "role": self.role, "email": self.email,
            "sessions": list(self.sessions), "checked_in_at": self.checked_in_at,
        }


def alphabetical(reg: Registration) -> tuple[str, str, str]:
    """Sort key as people read a list: "BERTRAND" after "Barbier", "Élodie" among the Es,
    "Łukasiewicz" among the Ls; the id last, so that the order is total."""
    return (fold(reg.last_name), fold(reg.first_name), reg.id)
