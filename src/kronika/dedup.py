"""Near-duplicate documents (syndicated or re-published copies) with MinHash LSH."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from kronika.stages.fingerprint import NUM_PERM, SCHEME

THRESHOLD = 0.7  # estimated Jaccard of word 3-shingles above which two articles are one text


class DuplicateIndex:
    def __init__(self, known: Iterable[tuple[str, list[int]]] = (), threshold: float = THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._values: dict[str, np.ndarray] = {}
        for doc_id, values in known:
            self.add(doc_id, values)

    def add(self, doc_id: str, values: list[int]) -> None:
        if doc_id in self._values:
            return
        array = np.array(values, dtype=np.uint64)
        self._values[doc_id] = array
        self._lsh.insert(doc_id, _minhash(array))

    def original_of(self, doc_id: str, values: list[int]) -> tuple[str, float] | None:
        """The most similar already-known document (other than ``doc_id``), if it is a near-duplicate."""
        array = np.array(values, dtype=np.uint64)
        best: tuple[str, float] | None = None
        for other in self._lsh.query(_minhash(array)):
            if other == doc_id:
                continue
            similarity = float(np.mean(self._values[other] == array))
            if similarity >= self.threshold and (best is None or similarity > best[1]):
                best = (other, round(similarity, 3))
        return best


def _minhash(values: np.ndarray) -> object:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=values, scheme=SCHEME)
