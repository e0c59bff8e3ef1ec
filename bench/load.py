"""Load test: N concurrent clients against `kronika serve` on loopback for a fixed time.

usage: python bench/load.py [--clients 50] [--seconds 30] [--events 10000]
Builds a store of synthetic events, starts the real server (uvicorn, one process) on a free port,
and prints requests/s, p50/p95/p99 latency and the error count.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api import build_store

QUERIES = [
    {"limit": "100"},
    {"type": "Battles", "start": "2023-01-01", "end": "2023-12-31"},
    {"bbox": "35,48,39,51", "limit": "200"},
    {"q": "place4"},
    {"contested": "true"},
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def _client(base: str, until: float, timings: list[float], errors: list[str], rng: random.Random) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        while time.monotonic() < until:
            path, params = rng.choice([("/api/events", q) for q in QUERIES] + [("/api/stats", {})])
            started = time.perf_counter()
            try:
                response = await client.get(path, params=params)
                if response.status_code != 200:
                    errors.append(f"{response.status_code} {path}")
            except httpx.HTTPError as exc:
                errors.append(type(exc).__name__)
            timings.append((time.perf_counter() - started) * 1000)


async def _load(base: str, clients: int, seconds: float) -> tuple[list[float], list[str]]:
    timings: list[float] = []
    errors: list[str] = []
    until = time.monotonic() + seconds
    await asyncio.gather(*(_client(base, until, timings, errors, random.Random(n)) for n in range(clients)))
    return timings, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "load.db")
        build_store(db, args.events)
        port = _free_port()
        kronika = Path(sys.executable).with_name("kronika")
        server = subprocess.Popen([str(kronika), "serve", "--db", db, "--port", str(port)], stdout=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    if httpx.get(f"{base}/api/stats", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.2)
            timings, errors = asyncio.run(_load(base, args.clients, args.seconds))
        finally:
            server.terminate()
            server.wait(timeout=10)
    timings.sort()

    def pct(p: float) -> float:
        return timings[min(len(timings) - 1, int(len(timings) * p))]

    print(f"{args.clients} clients, {args.seconds:.0f} s, {args.events:,} events, one uvicorn process")
    print(f"requests          {len(timings):,} ({len(timings) / args.seconds:.0f}/s)")
    print(f"latency           p50 {pct(0.5):.1f} ms · p95 {pct(0.95):.1f} ms · p99 {pct(0.99):.1f} ms")
    print(f"errors            {len(errors)}" + (f" ({sorted(set(errors))[:5]})" if errors else ""))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
