"""Badge codes and QR payloads: alphabet, signature, and what scanners really type."""

import base64
import hashlib
import hmac
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkin.core import codes

SECRET = "00" * 32
QR_ALPHANUMERIC = re.compile(r"^[0-9A-Z $%*+\-./:]+$")

# What a US-layout keyboard-wedge scanner types on a French AZERTY system.
_US = "1234567890qwertyuiopasdfghjklzxcvbnm"
_AZ = "&é\"'(-è_çàazertyuiopqsdfghjklwxcvbn,"
_US_TO_AZERTY = str.maketrans(_US + _US.upper() + "+", _AZ + _AZ.upper().replace(",", "?") + "+")


def garble(text: str) -> str:
    return text.translate(_US_TO_AZERTY)


def test_short_codes_use_unambiguous_characters_and_avoid_taken_ones() -> None:
    taken = {codes.new_code() for _ in range(200)}
    fresh = codes.new_code(taken)
    assert fresh not in taken
    assert len(fresh) == codes.CODE_LENGTH
    assert not set(fresh) & set("01OIL")


def test_payload_is_qr_alphanumeric_short_and_personal_data_free() -> None:
    text = codes.payload(SECRET, "OCC22", "K7M3PQ")
    assert QR_ALPHANUMERIC.match(text)
    assert len(text) <= 30
    assert text.startswith("CK1+OCC22+K7M3PQ+")


def test_signature_depends_on_secret_event_and_code() -> None:
    base = codes.sign(SECRET, "OCC22", "K7M3PQ")
    assert codes.sign("11" * 32, "OCC22", "K7M3PQ") != base
    assert codes.sign(SECRET, "BFC22", "K7M3PQ") != base
    assert codes.sign(SECRET, "OCC22", "K7M3PR") != base


@given(st.binary(min_size=1, max_size=100), st.from_regex(r"[A-Z0-9]{1,8}", fullmatch=True),
       st.sampled_from(sorted(codes.CODE_ALPHABET)).map(lambda c: c * codes.CODE_LENGTH))
def test_signature_is_the_start_of_the_whole_digest_in_base32(
        key: bytes, event: str, code: str) -> None:
    """`sign` encodes only the digest's first bytes: the letters printed on every badge
    made so far (the whole digest in base32, cut to 10) must stay the same."""
    whole = hmac.new(key, f"{event}+{code}".encode(), hashlib.sha256).digest()
    expected = base64.b32encode(whole).decode()[:codes.SIGNATURE_LENGTH]
    assert codes.sign(key.hex(), event, code) == expected


def test_an_events_signatures_one_after_another_are_each_their_codes() -> None:
    """The event's keyed HMAC is set up once and copied for each signature: signing one
    code leaves nothing behind for the next (a copy forgotten would chain them)."""
    key = bytes(range(32))
    def reference(code: str) -> str:
        whole = hmac.new(key, f"OCC22+{code}".encode(), hashlib.sha256).digest()
        return base64.b32encode(whole).decode()[:codes.SIGNATURE_LENGTH]
    signed = [codes.sign(key.hex(), "OCC22", code) for code in ["K7M3PQ", "ABCDEF", "K7M3PQ"]]
    assert signed == [reference("K7M3PQ"), reference("ABCDEF"), reference("K7M3PQ")]


def test_clean_scan_reads_back_and_verifies() -> None:
    scanned = codes.read_scan(codes.payload(SECRET, "OCC22", "K7M3PQ"))
    assert scanned.kind is codes.ScanKind.PAYLOAD
    assert (scanned.event, scanned.code) == ("OCC22", "K7M3PQ")
    assert codes.verify(SECRET, scanned)


@pytest.mark.parametrize("code", ["AQZWM2", "QAWZ9M", "MMMAAA", "234567"])
def test_azerty_garbled_payload_is_repaired(code: str) -> None:
    clean = codes.payload(SECRET, "OCC22", code)
    typed = garble(clean)
    assert typed != clean
    scanned = codes.read_scan(typed)
    assert scanned.code == code
    assert codes.verify(SECRET, scanned)


def test_stray_prefix_control_characters_and_whitespace_are_ignored() -> None:
    clean = codes.payload(SECRET, "OCC22", "K7M3PQ")
    scanned = codes.read_scan("]Q1\x02" + clean + "\x03\r\n  ")
    assert codes.verify(SECRET, scanned)


def test_lower_case_input_from_caps_lock_is_read() -> None:
    scanned = codes.read_scan(codes.payload(SECRET, "OCC22", "K7M3PQ").lower())
    assert scanned.code == "K7M3PQ" and codes.verify(SECRET, scanned)


def test_typed_short_code_with_separators_is_a_code() -> None:
    assert codes.read_scan(" k7m-3pq ") == codes.ScannedText(codes.ScanKind.CODE, code="K7M3PQ")


def test_tampered_signature_does_not_verify() -> None:
    text = codes.payload(SECRET, "OCC22", "K7M3PQ")
    tampered = text[:-1] + ("A" if text[-1] != "A" else "B")
    assert not codes.verify(SECRET, codes.read_scan(tampered))


@given(st.text(max_size=80))
def test_arbitrary_text_never_crashes_and_never_yields_a_valid_payload(text: str) -> None:
    scanned = codes.read_scan(text)
    assert not (scanned.kind is codes.ScanKind.PAYLOAD and codes.verify(SECRET, scanned))


def test_names_a_badge_tells_codes_and_payloads_from_name_searches() -> None:
    assert codes.names_a_badge("k7m-3pq")
    assert codes.names_a_badge(garble(codes.payload(SECRET, "OCC22", "K7M3PQ")))
    assert not codes.names_a_badge("martin")
    assert not codes.names_a_badge("gimenez clara")
