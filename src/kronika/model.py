"""The data model: every stage reads and writes these slotted dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Removal:
    """A line or segment dropped from the body, verbatim, with the rule that dropped it."""

    text: str
    reason: str


@dataclass(slots=True)
class Published:
    date: str | None = None  # YYYY-MM-DD (first of the month for month precision)
    precision: str | None = None  # day / month / year
    evidence: str | None = None


@dataclass(slots=True)
class Segment:
    """A run of cleaned text in one language."""

    start: int
    end: int
    language: str


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass(slots=True)
class Entity:
    surface: str
    start: int
    end: int
    label: str  # PER, ORG, GROUP, MEDIA, GOV
    canonical: str | None = None
    side: str | None = None  # registry side (e.g. "russia", "ukraine"), when known
    role: str | None = None  # "official title" for people named by role


@dataclass(slots=True)
class Place:
    surface: str
    start: int
    end: int
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    feature: str | None = None  # country, region, city, village, site, other
    geonames_id: int | None = None
    precision: str = "point"  # point / near / region / country: how exactly lat/lon locate the surface
    role: str = "location"  # location / reference (a distance anchor) / actor (metonymy) / part_of_name


@dataclass(slots=True)
class DateMention:
    """A date expression in the text, resolved to a window."""

    surface: str
    start: int
    end: int
    date: str
    date_end: str
    precision: str  # day / week / month / year


@dataclass(slots=True)
class Location:
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    geo_precision: str  # point / near / region / country


@dataclass(slots=True)
class Actor:
    name: str
    role: str  # actor1 / actor2 / target / other


@dataclass(slots=True)
class Evidence:
    doc_id: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Claim:
    claim_id: str
    doc_id: str
    source: str
    source_surface: str
    stance: str  # assert / deny / accuse
    text: str
    start: int
    end: int
    event_id: str | None = None
    side: str | None = None


@dataclass(slots=True)
class Event:
    event_id: str
    doc_ids: list[str]
    event_type: str
    sub_event_type: str | None
    date: str | None
    date_end: str | None
    time_precision: str | None
    location: Location | None
    actors: list[Actor] = field(default_factory=list)
    fatalities: int | None = None
    injuries: int | None = None
    claim_ids: list[str] = field(default_factory=list)
    contested: bool = False
    verification: str = "unknown"
    evidence: list[Evidence] = field(default_factory=list)
    summary: str = ""
    summary_fr: str = ""
    outlets: list[str] | None = None  # distinct outlets reporting it (set on the linked ledger)
    supporting_only: bool = False  # read in an opinion or generated text: may add evidence, never stands alone
    block: str | None = None  # linking block key, decided at ingest and stored (see stages/link.block_key)
    feed: str = ""  # the feed of its document (see Document.feed), set at ingest: a feed's records are distinct events
    dated_by_publication: bool = False  # no date in the text: the report's own day (the event may be the day before)


@dataclass(slots=True)
class Document:
    doc_id: str
    source: str
    raw: str
    content_hash: str = ""
    title: str | None = None
    url: str | None = None
    header: dict[str, str] = field(default_factory=dict)
    text: str = ""
    removed: list[Removal] = field(default_factory=list)
    language: str = "und"
    languages: list[str] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    published: Published = field(default_factory=Published)
    flags: list[str] = field(default_factory=list)
    flag_evidence: dict[str, str] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    outlet: str | None = None  # the news outlet whose report this is (see stages/outlet.py)
    fingerprint: list[int] | None = None  # MinHash of a long enough body, for near-duplicate detection
    text_key: str = ""  # hash of the normalised text: the same for an exact copy
    facts: list[str] = field(default_factory=list)  # places, dates, numbers stated: a near-copy states the same
    encoding: str = "utf-8"  # how the input's bytes were decoded
    feed: str = ""  # for a JSONL record without a URL, the file it came from (see CopyKeys.feed)
    failed_stage: str | None = None  # the stage that failed on it: kept as far as it got, processed again next run
    parse: object | None = None  # the spaCy Doc, transient: never stored

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]


@dataclass(frozen=True, slots=True)
class CopyKeys:
    """What copy detection keeps of a stored document (see stages/fingerprint.py)."""

    doc_id: str
    text_key: str
    minhash: list[int] | None
    facts: list[str]
    feed: str = ""  # the feed file of a record without a URL: its records are distinct reports unless exact copies


@dataclass(slots=True)
class Problem:
    """An input item that could not be processed, and why."""

    source: str
    reason: str
    stage: str = "read"


@dataclass(slots=True)
class IngestReport:
    read: int = 0
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    skipped: list[Problem] = field(default_factory=list)
    events: int = 0
    claims: int = 0
    seconds: float = 0.0
