"""Display names of registration fields and categories (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def field_label(key: str) -> str:
    labels = {
        "last_name": translate("Fields", "Last name"),
        "first_name": translate("Fields", "First name"),
        "email": translate("Fields", "E-mail"),
        "organisation": translate("Fields", "Organisation"),
        "role": translate("Fields", "Role"),
        "phone": translate("Fields", "Phone"),
        "org_type": translate("Fields", "Type of organisation"),
        "department": translate("Fields", "Département"),
        "needs": translate("Fields", "Special needs"),
        "category": translate("Fields", "Category"),
    }
    return labels.get(key, key)


def category_name(value: str) -> str:
    names = {
        "participant": translate("Fields", "participant"),
        "speaker": translate("Fields", "speaker"),
        "organiser": translate("Fields", "organiser"),
        "press": translate("Fields", "press"),
    }
    return names.get(value, value)
