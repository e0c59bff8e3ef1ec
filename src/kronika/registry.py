"""The actor registry (``data/actors.json``): aliases to canonical names, sides and roles."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from kronika.data import load_json


def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive key."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("ʼ", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("«", " ").replace("»", " ").replace("“", " ").replace("”", " ").replace('"', " ")
    return " ".join(text.casefold().split())


@dataclass(frozen=True, slots=True)
class RegistryActor:
    canonical: str
    label: str
    side: str | None
    role: str | None
    aliases: tuple[str, ...]
    heads: tuple[str, ...]


@dataclass(slots=True)
class Registry:
    actors: list[RegistryActor]
    by_alias: dict[str, RegistryActor] = field(default_factory=dict)
    by_canonical: dict[str, RegistryActor] = field(default_factory=dict)

    def lookup(self, surface: str) -> RegistryActor | None:
        return self.by_alias.get(fold(surface))

    def phrase_patterns(self) -> list[dict[str, object]]:
        """EntityRuler phrase patterns, each marked as an acronym (match as written) or not (match in lower case)."""
        return [
            {
                "label": actor.label,
                "pattern": alias.replace("’", "'"),
                "id": actor.canonical,
                "acronym": _is_acronym(alias),
            }
            for actor in self.actors
            for alias in actor.aliases
        ]


def _is_acronym(token: str) -> bool:
    return len(token) <= 5 and token.isupper()


def load_registry() -> Registry:
    actors = [
        RegistryActor(
            canonical=item["canonical"],
            label=item["label"],
            side=item.get("side"),
            role=item.get("role"),
            aliases=tuple(item["aliases"]),
            heads=tuple(item.get("heads", ())),
        )
        for item in load_json("actors.json")["actors"]
    ]
    registry = Registry(actors)
    for actor in actors:
        registry.by_canonical[actor.canonical] = actor
        for alias in (actor.canonical, *actor.aliases):
            registry.by_alias.setdefault(fold(alias), actor)
    return registry
