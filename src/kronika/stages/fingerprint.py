"""Fingerprint stage: what it takes to tell a copy of a report from another report.

Three keys, each stored with the document:

* ``text_key``: a hash of the whole input text after normalisation — an exact copy has the same;
* ``fingerprint``: a MinHash of the body's word 3-shingles, *only* when the body is long enough for shingles to
  separate two reports (a one-line headline or a formulaic analyst note is not: "Russian forces shelled X, Kherson"
  and "… shelled Y, Kherson" share most shingles);
* ``facts``: the places, dates and numbers the text states — a near-copy states no other ones.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from typing import Any

from kronika.model import Document
from kronika.pipeline import stage

NUM_PERM = 64
SHINGLE_WORDS = 3
SCHEME = "affine32"  # datasketch 2 hashing scheme; stored fingerprints depend on it
MIN_NEAR_DUPLICATE_WORDS = 60  # below this, only an exact copy (after normalisation) is a copy
_WORD = re.compile(r"\w+", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


@stage(
    "fingerprint",
    requires=["doc.text", "doc.title", "doc.places", "doc.dates"],
    assigns=["doc.fingerprint", "doc.text_key", "doc.facts"],
)
def fingerprint_text(doc: Document) -> Document:
    """Exact-copy key, body MinHash (long bodies only; the often rewritten headline left out) and stated facts."""
    # the input as given (cleaning may drop a line that makes it another report); a text without words copies nothing
    doc.text_key = text_key(doc.raw) if normalised_words(doc.raw) else ""
    body = doc.text[len(doc.title) :] if doc.title and doc.text.startswith(doc.title) else doc.text
    long_enough = len(_WORD.findall(body)) >= MIN_NEAR_DUPLICATE_WORDS
    doc.fingerprint = minhash_values(body) if long_enough else None
    doc.facts = stated_facts(doc)
    return doc


def normalised_words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _WORD.findall(folded)


def text_key(text: str) -> str:
    """Same for two texts that differ only in case, spacing or Unicode form. Punctuation counts: "Saur Mogila" and
    "Saur-Mogila" from two feeds may be two reports, and a short text gives nothing else to tell them apart."""
    normalised = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha1(normalised.encode("utf-8")).hexdigest()


def stated_facts(doc: Document) -> list[str]:
    """The places, dates and numbers a report states, as comparable strings."""
    facts = {f"place:{(p.name or p.surface).casefold()}" for p in doc.places}
    facts |= {
        f"date:{d.surface.casefold()}" for d in doc.dates
    }  # as written: "yesterday" is the same words in a copy published a day later
    facts |= {f"number:{n.replace(',', '.')}" for n in _NUMBER.findall(doc.text)}
    return sorted(facts)


def minhash_values(text: str) -> list[int]:
    from datasketch import MinHash

    words = normalised_words(text)
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    minhash = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, permutations=permutations())
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return [int(v) for v in minhash.hashvalues]


@functools.cache
def permutations() -> Any:
    """The permutations every Kronika MinHash uses (seeded: the same in every process), drawn once: drawing them
    took longer than hashing a short article."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations
