"""Copies of a report: exact copies (same normalised text) and near-duplicates (syndicated or re-published copies).

A near-duplicate needs a body long enough for shingles to tell reports apart (see stages/fingerprint.py), an
estimated Jaccard similarity of at least THRESHOLD, *and* no stated fact of its own against the other: the places,
dates and numbers of one are all stated by the other (a republished copy may add a line of context; a report that
names another village, day or toll is another report, however formulaic its wording). Two records of one feed (a
JSONL file whose records carry no URL: ACLED- or UCDP-style) are distinct reports by the feed's own word unless
they are exact copies.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from kronika.model import CopyKeys
from kronika.stages.fingerprint import NUM_PERM, SCHEME, permutations

THRESHOLD = 0.7  # estimated Jaccard of word 3-shingles above which two long articles are one text


@dataclass(frozen=True, slots=True)
class Original:
    doc_id: str
    similarity: float
    reason: str  # "exact copy" or "near-duplicate"


class DuplicateIndex:
    def __init__(self, known: Iterable[CopyKeys] = (), threshold: float = THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._by_text: dict[str, str] = {}
        self._values: dict[str, np.ndarray] = {}
        self._facts: dict[str, frozenset[str]] = {}
        self._feed: dict[str, str] = {}
        for keys in known:
            self.add(keys)

    def add(self, keys: CopyKeys) -> None:
        if keys.text_key:
            self._by_text.setdefault(keys.text_key, keys.doc_id)
        if keys.minhash is None or keys.doc_id in self._values:
            return
        array = np.array(keys.minhash, dtype=np.uint64)
        self._values[keys.doc_id] = array
        self._facts[keys.doc_id] = frozenset(keys.facts)
        self._feed[keys.doc_id] = keys.feed
        self._lsh.insert(keys.doc_id, _minhash(array))

    def original_of(self, keys: CopyKeys) -> Original | None:
        """The already-known document ``keys`` copies, if any: an exact copy first, then the closest near-duplicate."""
        exact = self._by_text.get(keys.text_key) if keys.text_key else None
        if exact is not None and exact != keys.doc_id:
            return Original(exact, 1.0, "exact copy")
        if keys.minhash is None:
            return None
        array = np.array(keys.minhash, dtype=np.uint64)
        facts = frozenset(keys.facts)
        best: Original | None = None
        for other in self._lsh.query(_minhash(array)):
            if other == keys.doc_id or (keys.feed and self._feed[other] == keys.feed):
                continue
            if not (self._facts[other] <= facts or facts <= self._facts[other]):
                continue
            similarity = round(float(np.mean(self._values[other] == array)), 3)
            if similarity >= self.threshold and (best is None or similarity > best.similarity):
                best = Original(other, similarity, "near-duplicate")
        return best


def _minhash(values: np.ndarray) -> object:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=values, permutations=permutations(), scheme=SCHEME)
