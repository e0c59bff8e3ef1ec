"""Fingerprint stage: a MinHash of the cleaned text, so syndicated copies can be recognised."""

from __future__ import annotations

import re

from kronika.model import Document
from kronika.pipeline import stage

NUM_PERM = 64
SHINGLE_WORDS = 3
SCHEME = "affine32"  # datasketch 2 hashing scheme; stored fingerprints depend on it
_WORD = re.compile(r"\w+", re.UNICODE)


@stage("fingerprint", requires=["doc.text", "doc.title"], assigns=["doc.fingerprint"])
def fingerprint_text(doc: Document) -> Document:
    """MinHash over word 3-shingles of the cleaned body (boilerplate gone; the headline, often rewritten, left out)."""
    body = doc.text[len(doc.title) :] if doc.title and doc.text.startswith(doc.title) else doc.text
    doc.fingerprint = minhash_values(body)
    return doc


def minhash_values(text: str) -> list[int]:
    from datasketch import MinHash

    words = [w.casefold() for w in _WORD.findall(text)]
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    minhash = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return [int(v) for v in minhash.hashvalues]
