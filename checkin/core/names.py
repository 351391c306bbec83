"""How a person's name is shown: on screens, cards and badges (exports keep it as typed).

People fill the form in as they please: "marie", "JEAN-PIERRE", "LE GOFF". A name typed in
one case only (all lower or all capitals) gets the usual capitals back: each word, and each
part after a hyphen or an apostrophe ("Jean-Pierre", "O'Neill"), with the particles of
last names in lower case inside a name ("de la Fontaine", "d'Alembert", "van der Berg");
"Le Goff" and "La Fontaine" keep their capital when they begin the name. A name typed with
both cases was typed with care ("McKenzie", "de La Fontaine") and is kept. Accents are
kept. Lists and outcome cards write the last name in capitals ("DUPRÉ Anne"), as
French lists do; sentences and the badge write it tidied ("Anne Dupré").
"""

from __future__ import annotations

import re

# Words kept in lower case inside a name typed in one case.
# Not "da", "di", "do": names of their own too ("Da Silva" as France writes it, "Nguyễn
# Đỗ" typed "NGUYEN DO").
_PARTICLES = frozenset({"de", "d", "du", "des", "van", "von", "der", "den", "zu"})
# Articles, lower case only after a particle ("de la Fontaine", but "Le Goff").
_ARTICLES = frozenset({"la", "le", "les", "l"})
_PARTS = re.compile(r"([\s\-'’]+)")


def tidy(name: str) -> str:
    """`name` with its spaces tidied and, if typed in one case, its capitals put back."""
    text = " ".join(name.split())
    if text != text.lower() and text != text.upper():
        return text
    parts = _PARTS.split(text.lower())
    after_particle = False
    for i in range(0, len(parts), 2):
        word = parts[i]
        if not word:
            continue
        inside = i > 0
        lower = inside and (word in _PARTICLES or (after_particle and word in _ARTICLES))
        if word in _PARTICLES and i == 0 and len(parts) > 2:
            lower = True  # "de Gaulle", "d'Alembert": the particle begins the last name
        after_particle = word in _PARTICLES
        parts[i] = word if lower else word[:1].upper() + word[1:]
    return "".join(parts)


def listed(first_name: str, last_name: str) -> str:
    """ "DUPRÉ Anne": how lists show a person, sorted by last name."""
    return f"{' '.join(last_name.split()).upper()} {tidy(first_name)}".strip()


def shown(first_name: str, last_name: str) -> str:
    """ "Anne DUPRÉ": how outcome cards name a person."""
    return f"{tidy(first_name)} {' '.join(last_name.split()).upper()}".strip()


def full(first_name: str, last_name: str) -> str:
    """ "Jean-Pierre Le Goff": a name in a sentence, on the person's card, on a badge."""
    return f"{tidy(first_name)} {tidy(last_name)}".strip()
