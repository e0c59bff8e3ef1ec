"""Storage behind one interface: ``open_store(url)`` picks the backend from the URL."""

from __future__ import annotations

from kronika.store.base import Store


def open_store(url: str) -> Store:
    """``postgresql://…`` selects PostgreSQL; anything else is a SQLite file path (or ``sqlite:///path``)."""
    if url.startswith(("postgresql://", "postgres://")):
        from kronika.store.postgres import PostgresStore

        return PostgresStore(url)
    from kronika.store.sqlite import SQLiteStore

    path = url.removeprefix("sqlite:///").removeprefix("sqlite://")
    return SQLiteStore(path)


__all__ = ["Store", "open_store"]
