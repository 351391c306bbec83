"""The desk's search: an in-memory index of attendees, queried at every keystroke.

What the desk types is folded (case, accents, ligatures: `text.fold`) and cut into words;
every word must be a prefix of some word of the attendee (last name, first name,
organisation, e-mail, badge code), in any order. Names cut by particles, hyphens and
apostrophes are also indexed joined ("N'Diaye" -> "ndiaye", "Da Silva" -> "dasilva").
A word of four letters or more may be one letter away from the prefix it means (Damerau
distance 1: a wrong, missing, extra or swapped letter); such matches rank below every
exact one. Badge codes are matched exactly (as a prefix), never guessed.

Ranking, best first: fewer misspelt words; then the words' match levels, sorted (last
name, then first name, then other fields; a whole word before a mere prefix); then folded
last name, first name and id, so that the order is total and deterministic.

Design: for each kind of field, a sorted list of its distinct folded terms (prefix ranges
by bisection) and, per term, the sorted list of the ranks of the documents holding it. A
document's rank is an integer that follows the (last name, first name, id) order, kept
with gaps so that adding a document rarely renumbers the others. A one-word query merges
the rank lists level by level and stops at `limit`: a two-letter prefix matching
thousands costs about `limit` steps. Several words: the cheapest word's documents, checked
against or intersected with the others'. Misspellings are looked up by bisecting each
distance-1 variant of a word as a prefix, and only when exact matches fall short of
`limit`. Per document the index keeps the caller's `SearchDoc` and its rank in a dozen
posting lists. Not thread-safe: use an index from one thread at a time.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, insort
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence, Set
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat

from checkin.core.text import tokens

__all__ = ["MIN_QUERY", "MIN_TYPO", "SearchDoc", "SearchIndex", "too_short", "words"]


@dataclass(frozen=True)
class SearchDoc:
    """What the search knows of one registration."""

    id: str
    code: str
    first_name: str
    last_name: str
    organisation: str
    email: str


MIN_QUERY = 2  # a query of fewer folded letters and digits finds nothing
MIN_TYPO = 4  # shorter query words must match exactly

# Kinds of terms, and the level of a match in each: _BASE[kind], plus one when the word
# is only a prefix of the term, plus _TYPO when it took a misspelt letter.
_LAST, _FIRST, _OTHER, _CODE = 0, 1, 2, 3
_KINDS = (_LAST, _FIRST, _OTHER, _CODE)
_TYPO_KINDS = (_LAST, _FIRST, _OTHER)
_BASE = (0, 2, 4, 4)
_GROUPS = ((0, (_LAST,)), (2, (_FIRST,)), (4, (_OTHER, _CODE)))
_TYPO = 6
_NO_MATCH = 99

_MAX_JOINED = 4  # a name's joined forms start at one of its first four parts
_WIDE = 200  # a prefix of more distinct terms than this has its cost estimated
_CHECK_COST = 20  # checking one document's own terms, in postings read
_GAP = 1 << 20  # between consecutive ranks after a (re)numbering
_ASCII_SPLIT = re.compile(r"[^0-9a-z]+")
_INNER_SPLIT = re.compile(r"[@._+]+")


def words(text: str) -> list[str]:
    """Folded words of `text` as search sees them: `text.tokens`, cut also at @ . _ +."""
    if text.isascii():  # fold() of ASCII is lower(): the same words, faster
        return [w for w in _ASCII_SPLIT.split(text.lower()) if w]
    return [w for t in tokens(text) for w in _INNER_SPLIT.split(t) if w]


def too_short(query: str) -> bool:
    """Whether `query` has too few letters and digits to search (it then finds nobody)."""
    return sum(map(len, dict.fromkeys(words(query)))) < MIN_QUERY


def _with_joined(parts: Sequence[str]) -> tuple[str, ...]:
    """`parts` and, from each of its first positions, the rest joined: da silva -> dasilva."""
    joined = ("".join(parts[i:]) for i in range(min(len(parts) - 1, _MAX_JOINED)))
    return tuple(dict.fromkeys((*parts, *joined)))


# Names, organisations and e-mail domains repeat a lot across an event: fold them once.
@lru_cache(maxsize=16384)
def _name_terms(text: str) -> tuple[str, ...]:
    return _with_joined(words(text))


@lru_cache(maxsize=16384)
def _name_key(text: str) -> str:
    return " ".join(words(text))


def _sort_key(doc: SearchDoc) -> str:
    """Folded last name, first name and id; NUL sorts before any letter, as in a tuple."""
    return f"{_name_key(doc.last_name)}\0{_name_key(doc.first_name)}\0{doc.id}"


# The terms of a document, per kind: last name, first name, other fields, code.
_Terms = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]


@lru_cache(maxsize=16384)
def _place_terms(organisation: str, domain: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*words(organisation), *words(domain))))


def _doc_terms(doc: SearchDoc) -> _Terms:
    """A document's terms per kind. A term may come twice (an e-mail's name part that is
    also a word of the organisation): posting lists then hold its rank twice, harmlessly."""
    local, at, domain = doc.email.rpartition("@")
    if not at:
        local, domain = domain, ""
    other = (*_place_terms(doc.organisation, domain), *words(local))
    code = doc.code.lower() if doc.code.isalnum() and doc.code.isascii() else "".join(
        words(doc.code))
    return (_name_terms(doc.last_name), _name_terms(doc.first_name), other,
            (code,) if code else ())


def _prefix_end(prefix: str) -> str:
    """A bound above every term that starts with `prefix` (no term holds U+10FFFF)."""
    return prefix + "\U0010ffff"


def _within_one(a: str, b: str) -> bool:
    """Whether `a` and `b` are at Damerau distance at most 1."""
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    end = min(la, lb)
    while i < end and a[i] == b[i]:
        i += 1
    if la > lb:
        return a[i + 1:] == b[i:]
    if la < lb:
        return a[i:] == b[i + 1:]
    if i >= la or a[i + 1:] == b[i + 1:]:
        return True
    return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]


# Results of several words: ((misspelt words, sorted levels), rank).
_Scored = tuple[tuple[int, tuple[int, ...]], int]


class SearchIndex:
    """Attendees searchable by what the desk types. See the module's documentation."""

    def __init__(self, docs: Iterable[SearchDoc] = ()) -> None:
        self._docs: dict[int, SearchDoc] = {}  # by rank
        self._rank: dict[str, int] = {}  # by document id
        self._keys: list[str] = []  # the documents' sort keys, sorted
        self._ranks: list[int] = []  # the rank of each of those keys
        self._texts: dict[int, str] = {}  # by rank: the terms as text, once needed
        self._terms: tuple[list[str], ...] = tuple([] for _ in _KINDS)  # sorted, per kind
        self._post: tuple[dict[str, list[int]], ...] = tuple({} for _ in _KINDS)
        self._typo_terms: list[str] = []  # sorted union of the terms of _TYPO_KINDS
        self._typo_count: Counter[str] = Counter()  # in how many of _TYPO_KINDS a term is
        self._build(docs)

    # -- building and changing --------------------------------------------------------

    def _build(self, docs: Iterable[SearchDoc]) -> None:
        latest = list({doc.id: doc for doc in docs}.values())  # of the same id, the last
        keys = [_sort_key(doc) for doc in latest]
        order = sorted(range(len(latest)), key=keys.__getitem__)
        ranks = range(_GAP, (len(latest) + 1) * _GAP, _GAP)
        post: tuple[defaultdict[str, list[int]], ...] = tuple(defaultdict(list) for _ in _KINDS)
        last, first, other, code = post
        for rank, i in zip(ranks, order, strict=True):
            last_terms, first_terms, other_terms, code_terms = _doc_terms(latest[i])
            for term in last_terms:
                last[term].append(rank)
            for term in first_terms:
                first[term].append(rank)
            for term in other_terms:
                other[term].append(rank)
            for term in code_terms:
                code[term].append(rank)
        self._keys = [keys[i] for i in order]
        self._ranks = list(ranks)
        self._docs = dict(zip(ranks, [latest[i] for i in order], strict=True))
        self._rank = {doc.id: rank for rank, doc in self._docs.items()}
        for kind in _KINDS:
            post[kind].default_factory = None  # a plain dict from now on
            self._terms[kind][:] = sorted(post[kind])
        self._post = post
        self._typo_count = Counter(chain.from_iterable(post[kind] for kind in _TYPO_KINDS))
        self._typo_terms = sorted(self._typo_count)

    def __len__(self) -> int:
        return len(self._docs)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._rank

    def add(self, doc: SearchDoc) -> None:
        """Index `doc`, replacing the document of the same id if there is one."""
        self.remove(doc.id)
        key = _sort_key(doc)
        at = bisect_left(self._keys, key)
        rank = self._new_rank(at)
        self._keys.insert(at, key)
        self._ranks.insert(at, rank)
        self._docs[rank] = doc
        self._rank[doc.id] = rank
        for kind, terms in enumerate(_doc_terms(doc)):
            post = self._post[kind]
            for term in terms:
                postings = post.get(term)
                if postings is not None:
                    insort(postings, rank)
                    continue
                post[term] = [rank]
                insort(self._terms[kind], term)
                if kind == _CODE:
                    continue
                self._typo_count[term] += 1
                if self._typo_count[term] == 1:
                    insort(self._typo_terms, term)

    def remove(self, doc_id: str) -> None:
        """Forget the document `doc_id`, if it is indexed."""
        rank = self._rank.pop(doc_id, None)
        if rank is None:
            return
        doc = self._docs.pop(rank)
        self._texts.pop(rank, None)
        at = bisect_left(self._keys, _sort_key(doc))
        del self._keys[at]
        del self._ranks[at]
        for kind, terms in enumerate(_doc_terms(doc)):
            post, sorted_terms = self._post[kind], self._terms[kind]
            for term in terms:
                postings = post[term]
                del postings[bisect_left(postings, rank)]
                if postings:
                    continue
                del post[term]
                del sorted_terms[bisect_left(sorted_terms, term)]
                if kind == _CODE:
                    continue
                self._typo_count[term] -= 1
                if not self._typo_count[term]:
                    del self._typo_count[term]
                    del self._typo_terms[bisect_left(self._typo_terms, term)]

    def _new_rank(self, at: int) -> int:
        """A rank for a key to go at `at` in the sorted keys, renumbering if none is free."""
        before = self._ranks[at - 1] if at else 0
        after = self._ranks[at] if at < len(self._ranks) else before + 2 * _GAP
        if after - before < 2:
            self._renumber()
            return self._new_rank(at)
        return (before + after) // 2

    def _renumber(self) -> None:
        """Spread the ranks out again; every posting list keeps its order."""
        new = {rank: number * _GAP for number, rank in enumerate(self._ranks, 1)}
        self._ranks = list(new.values())
        self._docs = {new[rank]: doc for rank, doc in self._docs.items()}
        self._rank = {doc_id: new[rank] for doc_id, rank in self._rank.items()}
        self._texts = {new[rank]: text for rank, text in self._texts.items()}
        for post in self._post:
            for postings in post.values():
                postings[:] = [new[rank] for rank in postings]

    def _exact_level(self, rank: int, word: str) -> int:
        """The best level at which `word` begins a term of a document (_NO_MATCH if none)."""
        text = self._texts.get(rank)
        if text is None:  # " last names \x01 first names \x02 other terms code "
            last, first, other, code = _doc_terms(self._docs[rank])
            text = self._texts[rank] = (f" {' '.join(last)} \x01 {' '.join(first)}"
                                        f" \x02 {' '.join(other + code)} ")
        needle = " " + word
        at = text.find(needle)
        if at < 0:
            return _NO_MATCH
        first_at = text.find("\x01")
        other_at = text.find("\x02", first_at)
        if at < first_at:
            base, end = 0, first_at
        elif at < other_at:
            base, end = 2, other_at
        else:
            base, end = 4, len(text)
        return base + (text.find(needle + " ", at, end) < 0)

    # -- searching --------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[str]:
        """Ids of the documents matching `query`, best first, at most `limit` of them."""
        query_words = list(dict.fromkeys(words(query)))
        if limit <= 0 or too_short(query):
            return []
        if len(query_words) == 1:
            ranks = self._search_word(query_words[0], limit)
        else:
            ranks = self._search_words(query_words, limit)
        return [self._docs[rank].id for rank in ranks]

    def _exact_levels(self, word: str) -> Iterator[tuple[int, list[list[int]]]]:
        """(level, posting lists) of the exact matches of `word`, best level first."""
        end = _prefix_end(word)
        for base, kinds in _GROUPS:
            whole: list[list[int]] = []
            prefix: list[list[int]] = []
            for kind in kinds:
                post, terms = self._post[kind], self._terms[kind]
                lo, hi = bisect_left(terms, word), bisect_left(terms, end)
                if lo < hi and terms[lo] == word:
                    whole.append(post[word])
                    lo += 1
                prefix.extend(map(post.__getitem__, terms[lo:hi]))
            yield base, whole
            yield base + 1, prefix

    def _next_letters(self, head: str) -> list[str]:
        """The letters that follow `head` in the terms that may be misspelt."""
        terms = self._typo_terms
        at, end = bisect_left(terms, head), bisect_left(terms, _prefix_end(head))
        if at < end and terms[at] == head:
            at += 1
        out = []
        n = len(head)
        while at < end:  # from one letter to the next, skipping the terms in between
            letter = terms[at][n]
            out.append(letter)
            at = bisect_left(terms, head + chr(ord(letter) + 1), at, end)
        return out

    def _variants(self, word: str) -> set[str]:
        """Strings one edit from `word`, enough to find every term with such a prefix.

        A term has a prefix at distance 1 from `word` exactly when one of these is a prefix
        of it: a wrong last letter is covered by the last letter missing, a letter added at
        the end by `word` itself; a letter is put in only where some term has it.
        """
        n = len(word)
        out = {word[:i] + word[i + 1:] for i in range(n)}
        out.update(word[:i] + word[i + 1] + word[i] + word[i + 2:]
                   for i in range(n - 1) if word[i] != word[i + 1])
        for i in range(n):
            head, tail = word[:i], word[i:]
            letters = self._next_letters(head)
            out.update(head + c + tail for c in letters)
            if i < n - 1:
                rest = word[i + 1:]
                out.update(head + c + rest for c in letters if c != word[i])
        out.discard(word)
        return out

    def _typo_levels(self, word: str) -> list[tuple[int, list[list[int]]]]:
        """(level, posting lists) of the misspelt matches of `word`, best level first.

        Terms that `word` itself begins are left out: they match exactly.
        """
        if len(word) < MIN_TYPO:
            return []
        terms = self._typo_terms
        size = len(terms)
        matched: set[str] = set()
        for variant in self._variants(word):
            i = bisect_left(terms, variant)
            while i < size and terms[i].startswith(variant):
                if not terms[i].startswith(word):
                    matched.add(terms[i])
                i += 1
        by_level: dict[int, list[list[int]]] = {}
        for term in matched:
            whole = _within_one(word, term)
            for kind in _TYPO_KINDS:
                postings = self._post[kind].get(term)
                if postings:
                    by_level.setdefault(_TYPO + _BASE[kind] + (not whole), []).append(postings)
        return sorted(by_level.items())

    def _search_word(self, word: str, limit: int) -> list[int]:
        """One word: merge the posting lists level by level until `limit` are found."""
        found: dict[int, None] = {}
        levels: Iterable[tuple[int, list[list[int]]]] = self._exact_levels(word)
        for typo in (False, True):
            if typo:
                levels = self._typo_levels(word)
            for _, lists in levels:
                stream = lists[0] if len(lists) == 1 else heapq.merge(*lists)
                for rank in stream:
                    if rank not in found:
                        found[rank] = None
                        if len(found) >= limit:
                            return list(found)
        return list(found)

    def _search_words(self, query_words: list[str], limit: int) -> list[int]:
        """Several words, each to be matched by some term of the document."""
        costs = {word: self._cost(word) for word in query_words}
        order = sorted(query_words, key=costs.__getitem__)
        exact: dict[str, dict[int, int]] = {}
        results = self._match_all(order, costs, exact, typo=False)
        if len(results) < limit and any(len(word) >= MIN_TYPO for word in order):
            results = self._match_all(order, costs, exact, typo=True)
        return [rank for _, rank in heapq.nsmallest(limit, results)]

    def _level_map(self, word: str, typo: bool, exact: dict[str, dict[int, int]]
                   ) -> dict[int, int]:
        """Rank -> best level of `word` there, for every document it matches.

        `exact` keeps the maps of exact matches already made for this query.
        """
        made = exact.get(word)
        if made is None:
            made = exact[word] = _to_map(self._exact_levels(word))
        if not typo:
            return made
        out = _to_map(self._typo_levels(word))
        out.update(made)
        return out

    def _cost(self, word: str) -> int:
        """About how many postings the exact level map of `word` reads."""
        end = _prefix_end(word)
        total = 0
        for kind in _KINDS:
            post, terms = self._post[kind], self._terms[kind]
            lo, hi = bisect_left(terms, word), bisect_left(terms, end)
            if hi - lo > _WIDE:  # estimate from a sample of the terms
                step = (hi - lo) // _WIDE + 1
                total += sum(len(post[term]) for term in terms[lo:hi:step]) * step
            else:
                total += sum(len(post[term]) for term in terms[lo:hi])
        return total

    def _match_all(self, order: list[str], costs: dict[str, int],
                   exact: dict[str, dict[int, int]], typo: bool) -> list[_Scored]:
        """The documents that every word matches, scored; `order`: cheapest word first.

        The first word's documents come from its posting lists; each next word is then
        looked for among those candidates' own terms or, when that would cost more than
        reading its posting lists, intersected through its own level map.
        """
        maps: list[dict[int, int]] = []
        candidates: Set[int] = set()
        for word in order:
            fuzzy = typo and len(word) >= MIN_TYPO
            if not maps:
                levels = self._level_map(word, fuzzy, exact)
                candidates = levels.keys()
            elif not fuzzy and len(candidates) * _CHECK_COST < costs[word]:
                levels = {}
                for rank in candidates:
                    level = self._exact_level(rank, word)
                    if level != _NO_MATCH:
                        levels[rank] = level
                candidates = levels.keys()
            else:
                levels = self._level_map(word, fuzzy, exact)
                candidates = candidates & levels.keys()
            maps.append(levels)
            if not candidates:
                return []
        out: list[_Scored] = []
        count = len(maps)
        for rank in candidates:
            found = sorted([levels[rank] for levels in maps])
            out.append(((count - bisect_left(found, _TYPO), tuple(found)), rank))
        return out


def _to_map(levels: Iterable[tuple[int, list[list[int]]]]) -> dict[int, int]:
    """Rank -> best level, from (level, posting lists) pairs given best level first."""
    out: dict[int, int] = {}
    for level, lists in reversed(list(levels)):  # better levels overwrite worse ones
        out.update(zip(chain.from_iterable(lists), repeat(level)))
    return out
