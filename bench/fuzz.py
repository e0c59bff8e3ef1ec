"""Fuzz run at scale: random bytes through the readers and random hostile text through every stage.

usage: python bench/fuzz.py [--n 2000] [--seed 1]
Prints how many inputs went through, how many were refused with a reason, and every crash (there should be none).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from kronika.model import Document, Problem
from kronika.pipeline import build
from kronika.stages.read import content_hash, read_inputs

PIECES = [
    "\x00", "\u202e", "\ufeff", "🔥💥", "مرحبا", "שלום", "31/02/2024", "le 31 février", "10 000 000 morts", "«", "»",
    "Ã©", "â€™", "<script>x()</script>", "<div>" * 50, "Koupiansk", "a déclaré", "selon", "drone", "tués", "blessés",
    "Kharkiv", "région de Belgorod", "\r\n", "\t", " date 2024-99-99 ", "{\"id\": 1}", "Сумах",
    "в Белгородской области", "\\ud800",
]  # fmt: skip


def random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 80)):
        if rng.random() < 0.6:
            parts.append(rng.choice(PIECES))
        else:
            parts.append("".join(chr(rng.randint(1, 0x2FFFF)) for _ in range(rng.randint(1, 12))))
    return " ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    pipeline = build()
    crashes: list[str] = []
    refused = processed = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for number in range(args.n):
            suffix = rng.choice([".txt", ".html", ".jsonl"])
            path = Path(tmp) / f"f{number}{suffix}"
            data = (
                random_text(rng).encode("utf-8", "surrogatepass")
                if rng.random() < 0.7
                else rng.randbytes(rng.randint(0, 4000))
            )
            path.write_bytes(data)
            try:
                items = list(read_inputs([path]))
            except Exception as exc:
                crashes.append(f"read {path.name}: {exc!r}")
                continue
            refused += sum(isinstance(item, Problem) for item in items)
            docs = [item for item in items if isinstance(item, Document)]
            text = random_text(rng)
            extra = Document(doc_id=f"t{number}", source="fuzz", raw=text, header={"date": "2024-06-12"})
            extra.content_hash = content_hash(text)
            done = pipeline.run_batch([*docs, extra], lambda stage, doc, exc: crashes.append(f"{stage}: {exc!r}"))
            processed += len(done)
    seconds = time.perf_counter() - started
    print(f"inputs            {args.n} files + {args.n} texts in {seconds:.0f} s")
    print(f"processed         {processed} documents through every stage")
    print(f"refused           {refused} inputs with a reason")
    print(f"crashes           {len(crashes)}")
    for crash in crashes[:20]:
        print("  " + crash)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
