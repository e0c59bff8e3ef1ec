#!/usr/bin/env python3
"""Generate a synthetic French/English war-news corpus for benchmarking Kronika.

Articles are assembled from sentence templates modelled on the hand-written
files in ``examples/``: a lead paragraph describing one event (drone strike,
artillery shelling, missile attack, glide bombs, ground clash, village
captured, protest dispersed, arrests, air defence, evacuation order), detail
paragraphs with attributed statements and counter-claims, secondary events in
other towns, background and verification sentences, and scraped-page
boilerplate (cookie banners, photo credits, share buttons, comment counts,
"Lire aussi" / "Read more" teasers). A few percent are first-person opinion
columns.

Everything is fictional and generated; nothing is copied from real reporting.

Output:

* ``--format txt``: one file per article, ``bench_00001.txt`` ...; line 1 is
  the header `` date YYYY-MM-DD `` (leading and trailing space), line 2 the
  title, line 3 blank, then paragraphs separated by blank lines.
* ``--format jsonl``: ``corpus.jsonl``, one object per line with the keys
  ``id``, ``text`` (body only), ``title``, ``published`` and ``language``.

Article *i* depends only on ``(seed, i)``, so a run with a larger ``--n``
starts with exactly the same articles as a smaller one.

Example::

    python3 bench/make_corpus.py --n 500 --out /tmp/corpus --seed 7
    python3 bench/make_corpus.py --n 10000 --out /tmp/corpus --format jsonl
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

MIN_WORDS = 250
MAX_WORDS = 700
FIRST_DAY = date(2022, 2, 24)
LAST_DAY = date(2026, 12, 31)
OPINION_SHARE = 0.06

# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """A real town with its usual English and French spellings."""

    en: str
    fr: str
    region_en: str
    region_fr: str
    kind: str  # "UA" (Ukrainian-held), "RU" (Russia), "OCC" (occupied)
    front: bool  # close enough to the front line for ground fighting
    border: bool  # within shelling range of the Russia-Ukraine border
    pop: int  # approximate pre-war population
    occ_since: int = 0  # year of occupation, for kind == "OCC"


def _p(
    en: str,
    fr: str,
    region_en: str,
    region_fr: str,
    kind: str,
    pop: int,
    *,
    front: bool = False,
    border: bool = False,
    occ: int = 0,
) -> Place:
    return Place(en, fr, region_en, region_fr, kind, front, border, pop, occ)


PLACES: tuple[Place, ...] = (
    # Ukrainian-held
    _p("Kharkiv", "Kharkiv", "Kharkiv", "Kharkiv", "UA", 1_430_000, border=True),
    _p("Kupiansk", "Koupiansk", "Kharkiv", "Kharkiv", "UA", 27_000, front=True),
    _p(
        "Vovchansk",
        "Vovtchansk",
        "Kharkiv",
        "Kharkiv",
        "UA",
        17_000,
        front=True,
        border=True,
    ),
    _p("Izium", "Izioum", "Kharkiv", "Kharkiv", "UA", 45_000),
    _p("Zaporizhzhia", "Zaporijia", "Zaporizhzhia", "Zaporijia", "UA", 710_000),
    _p("Orikhiv", "Orikhiv", "Zaporizhzhia", "Zaporijia", "UA", 14_000, front=True),
    _p(
        "Huliaipole",
        "Houliaïpole",
        "Zaporizhzhia",
        "Zaporijia",
        "UA",
        13_000,
        front=True,
    ),
    _p("Kherson", "Kherson", "Kherson", "Kherson", "UA", 280_000),
    _p("Odesa", "Odessa", "Odesa", "Odessa", "UA", 1_000_000),
    _p("Izmail", "Izmaïl", "Odesa", "Odessa", "UA", 70_000),
    _p("Sumy", "Soumy", "Sumy", "Soumy", "UA", 260_000, border=True),
    _p("Okhtyrka", "Okhtyrka", "Sumy", "Soumy", "UA", 47_000, border=True),
    _p("Shostka", "Chostka", "Sumy", "Soumy", "UA", 74_000, border=True),
    _p("Pokrovsk", "Pokrovsk", "Donetsk", "Donetsk", "UA", 60_000, front=True),
    _p("Myrnohrad", "Myrnohrad", "Donetsk", "Donetsk", "UA", 46_000, front=True),
    _p("Kramatorsk", "Kramatorsk", "Donetsk", "Donetsk", "UA", 150_000),
    _p("Sloviansk", "Sloviansk", "Donetsk", "Donetsk", "UA", 106_000),
    _p(
        "Kostiantynivka",
        "Kostiantynivka",
        "Donetsk",
        "Donetsk",
        "UA",
        67_000,
        front=True,
    ),
    _p("Chasiv Yar", "Tchassiv Iar", "Donetsk", "Donetsk", "UA", 12_000, front=True),
    _p("Toretsk", "Toretsk", "Donetsk", "Donetsk", "UA", 30_000, front=True),
    _p("Kurakhove", "Kourakhove", "Donetsk", "Donetsk", "UA", 18_000, front=True),
    _p("Lyman", "Lyman", "Donetsk", "Donetsk", "UA", 20_000, front=True),
    _p("Dnipro", "Dnipro", "Dnipropetrovsk", "Dnipropetrovsk", "UA", 970_000),
    _p("Nikopol", "Nikopol", "Dnipropetrovsk", "Dnipropetrovsk", "UA", 105_000),
    _p("Kryvyi Rih", "Kryvy Rih", "Dnipropetrovsk", "Dnipropetrovsk", "UA", 600_000),
    _p("Mykolaiv", "Mykolaïv", "Mykolaiv", "Mykolaïv", "UA", 470_000),
    _p("Kyiv", "Kiev", "Kyiv", "Kiev", "UA", 2_900_000),
    _p("Chernihiv", "Tchernihiv", "Chernihiv", "Tchernihiv", "UA", 285_000),
    _p("Lviv", "Lviv", "Lviv", "Lviv", "UA", 720_000),
    # Occupied by Russia
    _p("Donetsk", "Donetsk", "Donetsk", "Donetsk", "OCC", 900_000, occ=2014),
    _p("Horlivka", "Horlivka", "Donetsk", "Donetsk", "OCC", 240_000, occ=2014),
    _p("Mariupol", "Marioupol", "Donetsk", "Donetsk", "OCC", 430_000, occ=2022),
    _p("Melitopol", "Melitopol", "Zaporizhzhia", "Zaporijia", "OCC", 150_000, occ=2022),
    _p("Enerhodar", "Enerhodar", "Zaporizhzhia", "Zaporijia", "OCC", 53_000, occ=2022),
    _p("Nova Kakhovka", "Nova Kakhovka", "Kherson", "Kherson", "OCC", 45_000, occ=2022),
    _p("Luhansk", "Louhansk", "Luhansk", "Louhansk", "OCC", 400_000, occ=2014),
    # Russia
    _p("Belgorod", "Belgorod", "Belgorod", "Belgorod", "RU", 340_000, border=True),
    _p("Shebekino", "Chebekino", "Belgorod", "Belgorod", "RU", 40_000, border=True),
    _p("Grayvoron", "Graïvoron", "Belgorod", "Belgorod", "RU", 6_000, border=True),
    _p("Valuyki", "Valouïki", "Belgorod", "Belgorod", "RU", 34_000, border=True),
    _p("Kursk", "Koursk", "Kursk", "Koursk", "RU", 440_000),
    _p("Sudzha", "Soudja", "Kursk", "Koursk", "RU", 5_000, border=True),
    _p("Rylsk", "Rylsk", "Kursk", "Koursk", "RU", 15_000, border=True),
    _p("Kurchatov", "Kourtchatov", "Kursk", "Koursk", "RU", 38_000),
    _p("Bryansk", "Briansk", "Bryansk", "Briansk", "RU", 380_000),
    _p("Klintsy", "Klintsy", "Bryansk", "Briansk", "RU", 60_000, border=True),
    _p("Voronezh", "Voronej", "Voronezh", "Voronej", "RU", 1_050_000),
    _p("Rostov-on-Don", "Rostov-sur-le-Don", "Rostov", "Rostov", "RU", 1_140_000),
)

VILLAGES: tuple[tuple[str, str], ...] = (
    ("Novoselivka", "Novosselivka"),
    ("Mykolaivka", "Mykolaïvka"),
    ("Pishchane", "Pichtchane"),
    ("Stepove", "Stepove"),
    ("Kalynivka", "Kalynivka"),
    ("Ivanivka", "Ivanivka"),
    ("Andriivka", "Andriïvka"),
    ("Berestove", "Berestove"),
    ("Vodiane", "Vodiane"),
    ("Hrodivka", "Hrodivka"),
    ("Synkivka", "Synkivka"),
    ("Petropavlivka", "Petropavlivka"),
    ("Olenivka", "Olenivka"),
    ("Zelene Pole", "Zelene Pole"),
    ("Robotyne", "Robotyne"),
)

# (English, French) pairs.
TARGETS: tuple[tuple[str, str], ...] = (
    ("a residential building", "un immeuble d'habitation"),
    ("a five-storey apartment block", "un immeuble de cinq étages"),
    ("a school", "une école"),
    ("a supermarket", "un supermarché"),
    ("an energy facility", "une infrastructure énergétique"),
    ("a private house", "une maison individuelle"),
    ("a kindergarten", "un jardin d'enfants"),
    ("an industrial site", "un site industriel"),
    ("a petrol station", "une station-service"),
    ("a bus stop", "un arrêt de bus"),
    ("the courtyard of a hospital", "la cour d'un hôpital"),
    ("a railway depot", "un dépôt ferroviaire"),
    ("a market", "un marché"),
    ("a warehouse", "un entrepôt"),
)
MIL_TARGETS: tuple[tuple[str, str], ...] = (
    (
        "a warehouse storing Western-supplied weapons",
        "un entrepôt d'armes fournies par les Occidentaux",
    ),
    (
        "a temporary deployment point of enemy troops",
        "un point de déploiement temporaire de troupes ennemies",
    ),
    ("a military-industrial facility", "un site du complexe militaro-industriel"),
    ("a fuel depot used by the army", "un dépôt de carburant utilisé par l'armée"),
    ("an ammunition depot", "un dépôt de munitions"),
)
DEMANDS: tuple[tuple[str, str], ...] = (
    ("access to drinking water", "l'accès à l'eau potable"),
    ("the payment of overdue wages", "le paiement de salaires en retard"),
    (
        "news of relatives detained in the spring",
        "des nouvelles de proches arrêtés au printemps",
    ),
    ("the restoration of electricity", "le rétablissement de l'électricité"),
)
AGENCIES = ("AFP", "Reuters", "AP", "Anadolu", "EPA", "Ukrinform")

EN_WEEKDAYS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
FR_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
FR_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
EN_NUMS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
)
FR_NUMS = (
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
    "vingt",
)
EN_ORD = ("second", "third", "fourth", "fifth", "sixth")
FR_ORD = ("deuxième", "troisième", "quatrième", "cinquième", "sixième")

# ---------------------------------------------------------------------------
# Sentence templates
#
# "@<lang> <group> <part> <key>" opens a section; "- " starts a template and
# indented lines continue it. <key> is a place kind (UA, RU, OCC), FRONT for
# front-line towns, or * for any place. Slots in braces are filled by Scene;
# a slot written with a capital first letter is capitalised.
# ---------------------------------------------------------------------------

TEMPLATES = r"""
@en drone title UA
- {Town}: {tcas} in Russian drone attack
- Russian drones hit {town} overnight, {tcas}
- Ukraine war: drone attack on {town}, {tcas}
- Shahed drones target {town} again; {tcas}, officials say
@en drone title RU
- {Town}: {tcas} after Ukrainian drone attack, governor says
- Ukrainian drones strike {region}; {tcas}
- Drone attack on Russia's {town}: {tcas}
@en drone title OCC
- Drone strike in occupied {town}: {tcas}, Russian-installed officials say
- Occupied {town} hit by drones, {tcas}
@en drone lead *
- {cas} {night} when {att} drones struck {target} in {town}, {attr}.
- {att} drones attacked {town} {night}, damaging {target} and {target2}.
  {Cas}, {attr}.
- A {att} drone hit {target} in {town} {when}. {Cas}, {attr}.
- {cas} {when} after a {att} drone struck {target} in {town}, {attr}.
@en drone detail UA
- {Gov} said {n_total} Shahed-type drones had been launched at the city and
  that debris had fallen on {target2}. "{quote}," the official wrote on
  Telegram.
- Emergency crews were still clearing rubble hours later, the city's mayor
  said. At least {n_apts} apartments and {n_cars} cars were damaged.
- Ukraine's air force said air defence units shot down {n_down} of {n_total}
  drones launched by Russia overnight over several regions.
- Among the injured was {child}, who was taken to hospital in a stable
  condition.
@en drone detail RU
- {Gov} said the drone had hit {target2} and that a fire had broken out.
  "{quote}," the governor wrote on Telegram.
- The Russian Ministry of Defence said air defence systems had destroyed
  {n_down} Ukrainian drones overnight over {region} and neighbouring regions.
- Kyiv did not comment on the attack. Ukraine rarely comments on individual
  strikes on Russian territory.
- Among the injured was {child}, who was taken to hospital in {town}.
@en drone detail OCC
- The Russian-installed authorities accused Kyiv of deliberately targeting
  civilians. Ukraine's military said it struck only military targets in the
  area.
- "{quote}," the Moscow-installed head of the city wrote on Telegram.

@en shelling title UA,OCC,RU_BORDER
- {Town} shelled again: {tcas}
- {att} shelling of {town}: {tcas}, officials say
- {att} artillery hits {town}, {tcas}
@en shelling lead UA,OCC,RU_BORDER
- {cas} {when} when {att} artillery shelled {target} in {town}, {attr}.
- {att_forces} shelled {town} {when}, hitting {target} and {target2}. {Cas},
  {attr}.
- {cas} in {att} shelling of {town} {when}, {attr}.
@en shelling detail *
- More than {n_shells} shells landed on the town over {hours} hours,
  according to local authorities.
- "{quote}," {gov_short} said.
@en shelling detail FRONT
- {Town} lies about {km} kilometres from the front line and has been shelled
  almost daily for months.
@en shelling detail UA
- Ukraine's prosecutor's office said it had opened an investigation into a
  possible war crime.
@en shelling detail RU_BORDER
- {Gov} said the shelling had come from the direction of the Ukrainian border
  and had damaged power lines, leaving several streets without electricity.
- {Town} lies {km} kilometres from the Ukrainian border and has come under
  regular fire since {year_start}.

@en missile title UA
- Russian missile strike on {town}: {tcas}
- Missiles hit {town} as Russia targets {region}; {tcas}
@en missile title RU
- Ukrainian missile attack on {town}: {tcas}, Russian officials say
@en missile lead UA
- {cas} {when} after a Russian missile attack on {town}, {attr}.
- Russian forces launched {n_missiles} missiles at {town} {night}, hitting
  {target}. {Cas}, {attr}.
- A Russian ballistic missile struck {target} in {town} {when}. {Cas},
  {attr}.
@en missile lead RU
- {cas} {when} after a Ukrainian missile attack on {town}, {attr}.
- Ukraine fired {n_missiles} missiles at {region} {night}, the Russian
  Ministry of Defence said, adding that all of them had been intercepted.
  Falling debris hit {target} in {town}, and {cas}, {attr}.
@en missile detail UA
- Ukraine's air force said it had intercepted {n_down} of {n_total} missiles
  and drones launched during the attack.
- The Russian Ministry of Defence said it had carried out a "high-precision
  strike" on {mil_target}. Ukrainian officials denied there was any military
  facility at the site.
- "{quote}," {gov_short} wrote on Telegram.
@en missile detail RU
- The Russian Ministry of Defence said the missiles were US-supplied ATACMS
  and promised a response. Kyiv did not comment.
- "{quote}," {gov_short} wrote on Telegram.

@en glide title FRONT,UA_BORDER
- Glide bombs hit {town}: {tcas}
- Russia drops guided bombs on {town}, {tcas}
@en glide lead FRONT,UA_BORDER
- Russian aircraft dropped {n_bombs} guided aerial bombs on {town} {when}.
  {Cas}, {attr}.
- {cas} {when} when a Russian guided bomb hit {target} in {town}, {attr}.
@en glide detail FRONT,UA_BORDER
- Glide bombs, launched from aircraft flying over Russian-controlled
  territory, are difficult to shoot down and have devastated towns near the
  front.
- The strike left a crater several metres deep and damaged {n_apts} homes,
  local officials said.

@en clash title FRONT
- Heavy fighting near {town} as Russian assaults continue
- Ukraine war: {n_clashes} clashes reported on the {town} axis
- Fighting rages around {town}, both sides claim gains
@en clash lead FRONT
- Russian and Ukrainian forces fought {when} for positions near {town}, in
  {region}, with both sides claiming to have repelled attacks.
- Ukraine's General Staff reported {n_clashes} ground clashes on the {town}
  axis over the previous 24 hours, the highest number on any section of the
  front.
- Fierce fighting continued {when} around {town}, where Russian forces have
  been trying to break through Ukrainian defences for weeks.
@en clash detail FRONT
- According to the Russian Ministry of Defence, its forces repelled
  {n_attacks} Ukrainian counterattacks and destroyed {n_vehicles} armoured
  vehicles. The claim could not be independently verified.
- "{front_quote}," a spokesperson for the Ukrainian forces in the sector said
  on national television.
- Russian forces attacked Ukrainian positions near {village} with the support
  of glide bombs and drones, the General Staff said.
- Ukraine's military said it had repelled {n_attacks} Russian assaults near
  {village} and {village2}.

@en capture title FRONT
- Russia claims capture of {village} near {town}; Kyiv denies
- Moscow says its troops took {village} in {region}
- Ukraine war: Russia claims another village near {town}
@en capture lead FRONT
- The Russian Ministry of Defence claimed {when} that its forces had
  "liberated" the village of {village}, about {km} kilometres from {town}, in
  {region}.
- Russian forces have captured the village of {village} near {town}, the
  Russian Ministry of Defence said {when}.
@en capture detail FRONT
- Ukraine's General Staff denied the claim, saying its units were still
  holding positions on the outskirts of {village}. "{front_quote}," a
  military spokesperson said.
- Moscow released a video showing soldiers raising a Russian flag over a
  ruined building. The footage was geolocated by open-source analysts to the
  southern edge of the village, suggesting a limited advance.
- A second video, shared by a Russian military blogger, purportedly shows
  destroyed Ukrainian armoured vehicles. It could not be independently
  verified.
- {Ago}, the authorities in {region} ordered the mandatory evacuation of
  families with children from several villages in the district.

@en protest title OCC
- Protest in occupied {town} dispersed with tear gas, Kyiv says
- Occupied {town}: residents' rally broken up, {n_arrest} detained
@en protest lead OCC
- Russian occupation forces used tear gas to disperse a rally of residents in
  {town} {when} and detained at least {n_arrest} people, Ukrainian officials
  said.
- Russian-installed authorities in {town} broke up a protest {when} with tear
  gas and batons, according to Ukraine's regional military administration.
@en protest detail OCC
- About {n_protest} people had gathered outside the occupation
  administration to demand {demand}, according to the same source.
- A video that could not be independently verified, shared on local Telegram
  channels, shows men in uniform pushing protesters towards a bus.
- The Russian-installed authorities denied that any arrests had been made,
  calling the reports "a provocation organised by Ukrainian special
  services".

@en arrest title RU
- FSB says it detained suspected saboteurs in {town}
- {Town}: {n_arrest} detained over alleged plot to sabotage railways
@en arrest title UA
- SBU detains suspected Russian agent in {town}
@en arrest title OCC
- Residents detained in occupied {town} over pro-Ukrainian posts
@en arrest lead RU
- Russia's FSB security service said {when} it had detained {n_arrest_w}
  people in {town} suspected of preparing sabotage on railway lines on behalf
  of Ukrainian intelligence.
- {N_arrest_w} people were detained in {town} {when} on suspicion of setting
  fire to a railway relay cabinet, the Russian Investigative Committee said.
@en arrest lead UA
- Ukraine's SBU security service said {when} it had detained a resident of
  {town} suspected of passing the coordinates of military sites to Russian
  forces.
- The SBU said {when} it had arrested {n_arrest_w} people in {region}
  suspected of directing Russian drone strikes on energy facilities.
@en arrest lead OCC
- Russian-installed authorities in {town} detained {n_arrest_w} residents
  {when} over alleged pro-Ukrainian posts on social media, Ukraine's
  ombudsman said.
@en arrest detail *
- If convicted, the suspects face up to {years} years in prison.
- The suspects' lawyers could not be reached for comment.
@en arrest detail RU
- The FSB published a video of the detentions, which could not be
  independently verified. Kyiv did not comment.
@en arrest detail UA
- According to the SBU, the suspect was recruited via a messaging app and
  paid in cryptocurrency.
@en arrest detail OCC
- Relatives of the detainees told Ukrainian media they had not been told
  where the men were being held.

@en airdef title UA
- Ukraine says it shot down {n_down} Russian drones overnight
- Air defence repels overnight attack on {region}
@en airdef title RU
- Russia says it downed {n_down} Ukrainian drones over {region}
@en airdef lead UA
- Ukraine's air force said {when} that air defence units had shot down
  {n_down} of {n_total} drones launched by Russia overnight, including over
  {region}.
- Air defence units destroyed {n_down} Russian drones over {region} {night},
  {attr}.
@en airdef lead RU
- The Russian Ministry of Defence said air defence systems had destroyed
  {n_down} Ukrainian drones {night} over {region} and neighbouring regions.
- Russian air defences shot down {n_down} drones over {region} {night},
  {attr}.
@en airdef detail *
- Debris from a downed drone damaged {target} in {town}. {Cas}, {attr}.
- Falling debris started a fire at {target} on the outskirts of {town}, which
  was quickly put out, local officials said.
@en airdef detail RU
- Flights at airports in southern Russia were temporarily suspended during
  the attack, according to the federal aviation agency.
@en airdef detail UA
- Russia also launched {n_missiles} missiles, {n_missiles_down} of which were
  intercepted, the air force said.

@en evac title FRONT,UA_BORDER
- Authorities order evacuation of families with children from {town}
- {Town}: mandatory evacuation ordered as front line nears
@en evac title RU_BORDER
- Evacuation ordered in {town} after intensified shelling
- {Region}: governor orders evacuation of border villages near {town}
@en evac lead FRONT,UA_BORDER
- Authorities ordered the mandatory evacuation of families with children
  from {town} and surrounding villages {when}, as Russian forces edged closer
  to the area.
- {Gov} announced {when} a mandatory evacuation order for families with
  children from {town}, where fighting has drawn within a few kilometres of
  the outskirts.
@en evac lead RU_BORDER
- {Gov} ordered the evacuation of residents from {town} and nearby villages
  {when}, citing intensified shelling from Ukrainian territory.
- Russian authorities said {when} they would evacuate children from {town} to
  temporary accommodation centres elsewhere in {region}.
@en evac detail *
- About {n_evac} people, including {n_children} children, are expected to be
  moved, {attr}.
- "{evac_quote}," the official said, urging residents to use the evacuation
  transport provided.
@en evac detail FRONT,UA_BORDER
- Evacuation trains are still running from the west of the region, officials
  said, but roads into {town} are under constant drone surveillance.

@en brief text UA
- In a separate attack, {cas} {when} in Russian shelling of {town}, {attr}.
- Elsewhere in {region}, a Russian drone hit {target} in {town} {when};
  {cas}, {attr}.
- In {town}, {cas} {night} after a Russian missile struck {target}, {attr}.
- Russian forces also shelled {town} {when}, {attr}. {Cas}.
@en brief text RU
- In {region}, {cas} {when} in a Ukrainian drone attack on {town}, {attr}.
- Falling debris from a Ukrainian drone damaged {target} in {town} {when};
  {cas}, {attr}.
- The Russian Ministry of Defence said air defences had also shot down
  {n_down} drones over {region} {night}.
@en brief text OCC
- In occupied {town}, {cas} {when} in Ukrainian shelling, the
  Russian-installed authorities said.
- Explosions were reported {night} in occupied {town}, where local Telegram
  channels described a strike on {mil_target}. The reports could not be
  verified.
@en brief text FRONT
- Near {town}, Russian troops attacked Ukrainian positions {n_attacks} times
  over the past day, the General Staff said.

@en context text UA
- Since the start of the full-scale invasion in February 2022, {town} has
  been hit regularly by Russian missiles, drones and artillery.
- Ukraine has repeatedly asked its Western partners for more air defence
  systems to protect cities such as {town}.
- {Town} had a pre-war population of around {pop}.
@en context text FRONT
- {Town} lies about {km} kilometres from the front line, and most shops and
  schools there have been closed for months.
- Local officials say fewer than {n_remaining} residents remain in the town,
  most of them elderly people who refuse to leave.
@en context text RU
- Border areas of {region} have come under regular fire since {year_start}.
  Kyiv does not usually comment on strikes on Russian territory.
- Ukraine says its attacks on Russian territory target military
  infrastructure and are a response to Russia's bombardment of Ukrainian
  cities.
- The Russian authorities have introduced a "counter-terrorist operation"
  regime in parts of {region}, restricting movement near the border.
@en context text OCC
- {Town} has been under Russian occupation since {occ_since}.
- Ukrainian officials say thousands of residents of occupied territories have
  been detained since 2022, many of them held without charge.
- Moscow claims to have annexed {region}, a move not recognised by most of the
  international community.
@en context text *
- Neither side's claims could be independently verified.
- Russia denies targeting civilians, although thousands have been killed
  since the start of the full-scale invasion.
- The figures given by both sides could not be verified by independent
  sources.

@en past text *
- {Ago}, a {att} drone strike on the same district injured {n_past} people.
- It was the {nth} attack on {town} in {n_days} days.
- {Ago}, {gov} said that {n_past} civilians had been killed in {region} since
  the start of the month.

@en reaction text UA
- Ukraine's foreign ministry called the attack "another act of terror against
  civilians" and urged partners to speed up deliveries of air defence
  systems.
- The UN human rights monitoring mission in Ukraine said it was gathering
  information about the strike on {town}.
- The Kremlin did not comment on the attack. Moscow says it strikes only
  military and energy infrastructure.
- Several European embassies in Kyiv condemned the strike in statements
  posted on social media.
@en reaction text RU
- The Russian foreign ministry said the attack on {town} "will not go
  unpunished" and accused Western countries of supplying the weapons used.
- The Kremlin said the president had been briefed on the situation in
  {region}.
- Kyiv did not respond to a request for comment.
@en reaction text OCC
- Ukraine's ombudsman said he had informed the UN and the International
  Committee of the Red Cross about the situation in {town}.
- Russian state media described the incident as a "provocation", without
  providing evidence.
@en humanitarian text *
- Power was cut to around {n_households} households after the attack, the
  regional energy company said. Repairs were expected to take several hours.
- The authorities opened a temporary shelter in a school gymnasium for
  residents whose homes were damaged.
- Schools in {town} switched to online lessons for the rest of the week.
- Volunteers were distributing water and plastic sheeting to cover broken
  windows.
- Doctors at the regional hospital said {n_surgery} of the injured had
  undergone surgery.
@en summary text *
- In its daily update, the Russian Ministry of Defence said its forces had
  struck {n_areas} areas where Ukrainian troops and equipment were
  concentrated.
- Ukraine's General Staff said Russia had lost {n_losses} soldiers over the
  past day, a figure that could not be verified. Russia does not publish its
  losses.
- Ukraine's air force said it had recorded {n_total} drones and {n_missiles}
  missiles over the previous 24 hours.
- The General Staff reported {n_clashes} combat engagements along the front
  line over the past day.
@en followup text UA
- Emergency crews worked through the night to search the rubble.
- Several private houses and cars were also damaged.
- "{quote}," the official added.
@en followup text RU
- The regional authorities said several homes and a power line had been
  damaged.
- "{quote}," the governor added.
@en followup text OCC
- Kyiv did not comment.
- The Russian-installed authorities said several buildings had been damaged.

@en verify text *
- A video of the aftermath, geolocated by open-source researchers to {town},
  showed a column of smoke rising over {target}.
- Footage shared on social media purportedly shows the moment of the strike.
  It could not be independently verified.
- Footage of the aftermath shared on social media could not be
  independently verified.

@en quote text UA
- This was a deliberate strike on a residential area
- There are no military facilities in this neighbourhood
- Rescue work is continuing. Please stay in shelters
- The enemy is once again terrorising our city
@en quote text RU
- The Ukrainian armed forces continue to terrorise the civilian population
- All emergency services are working at the scene
- Residents are asked to stay away from windows
@en quote text OCC
- The situation is under control
- Kyiv is once again shelling peaceful residents
@en fquote text *
- The enemy is attacking in small groups, day and night
- The situation is difficult but under control
- We are holding our positions
- Fighting continues, but the enemy has not taken control of the village
@en equote text *
- Every day of delay is a risk to children's lives
- We will not take any risks with the lives of children
- It is no longer possible to live here safely

@en cookie text *
- We use cookies to personalise content and analyse our traffic. By
  continuing to use this site you agree to our cookie policy.
- This website uses cookies to ensure you get the best experience. Accept all
  cookies
- We value your privacy. We and our partners use cookies to store and access
  information on your device.
@en photo text *
- Photo: {agency}
- (Photo: {agency})
- Image: {agency}
@en share text *
- Share this article
- Share on Facebook
- Share on X
- Share via email
@en comments text *
- {n_comments} comments
- Comments ({n_comments})
@en teaser text *
- Read more: Inside the last evacuation train from {town}
- Read more: Life under the drones in {town}
- Related: Map of the front line near {town}
- READ MORE: What we know about the fighting around {town}
- Read more: How {town} learned to live with the air raid sirens
@en newsletter text *
- Sign up for our daily newsletter on the war in Ukraine.
- Subscribe to our newsletter

@en op_title text *
- OPINION | What the shelling of {town} tells us about this war
- OPINION | {Town} is emptying, and almost no one is counting
- OPINION | We have grown used to the sirens in {town}. We should not
- OPINION | The world has stopped looking at {town}
@en op_body text *
- I spent {n_days} days in {town} {ago}, and I met fewer people than I used
  to see in a single morning at the market before the war.
- I do not pretend to be neutral about this. I have friends in {town} who now
  sleep in their corridors, away from the windows.
- When I arrived {ago}, the first thing I noticed was the silence. Then the
  sirens started again.
- Officials in {region} say they have ordered the evacuation of {n_settle}
  settlements. What they do not say, because nobody really knows, is how many
  people have quietly stayed behind.
- Moscow insists it only targets military sites. I saw {target} and {target2}
  reduced to rubble. Nothing I saw supports that claim.
- A woman I met near {town} told me she had counted {n_expl} explosions
  before lunch. {Cas} {when} in her neighbourhood.
- It is easy, from far away, to turn this into numbers. {Cas} {when} in
  {town}. Behind each of those words is a family.
- The man who drove me around {town} used to sell car parts. Now he evacuates
  elderly people from villages that no longer appear on the evening news.
- At night the city goes dark. People check the air-raid app before deciding
  whether to take the children to the corridor or to the shelter.
- Western capitals debate deliveries for weeks. In {town}, a week is the time
  it takes for a street to lose its last inhabited house.
- I asked a nurse at the hospital in {town} what she needed most. "Quiet,"
  she said, "and generators."
@en op_close text *
- We talk a great deal about front lines and maps. But a war is also measured
  in the places that disappear without a battle, one evacuated household at
  a time.
- If we stop counting, we stop seeing. And if we stop seeing, we have already
  accepted it.

@fr drone title UA
- {Town} : {tcas} dans une attaque de drones russes
- Guerre en Ukraine : des drones russes frappent {town}, {tcas}
- Attaque de drones sur {town} : {tcas}, selon les autorités
@fr drone title RU
- Russie : {tcas} dans une attaque de drones ukrainiens sur {town}
- {Reg} : des drones ukrainiens visent {town}, {tcas}
@fr drone title OCC
- {Town} occupée : {tcas} dans une frappe de drones, selon les autorités
  prorusses
@fr drone lead *
- {cas} {night} lors d'une attaque de drones {att_mp} contre {target} à
  {town}, {attr}.
- Des drones {att_mp} ont frappé {town} {night}, endommageant {target} et
  {target2}. {Cas}, {attr}.
- Un drone {att_ms} a touché {target} à {town} {when}. {Cas}, {attr}.
@fr drone detail UA
- {Gov} a déclaré que {n_total} drones de type Shahed avaient été lancés
  contre la ville et que des débris étaient tombés sur {target2}. « {quote} »,
  a-t-il écrit sur Telegram.
- Les secouristes dégageaient encore les gravats plusieurs heures plus tard,
  a indiqué la mairie. Au moins {n_apts} appartements et {n_cars} voitures
  ont été endommagés.
- L'armée de l'air ukrainienne a affirmé avoir abattu {n_down} des {n_total}
  drones lancés par la Russie au cours de la nuit sur plusieurs régions du
  pays.
- Parmi les blessés figure {child}, {child_hosp} dans un état jugé stable.
@fr drone detail RU
- {Gov} a indiqué que le drone avait touché {target2} et provoqué un
  incendie. « {quote} », a-t-il écrit sur Telegram.
- Le ministère russe de la Défense a affirmé que la défense antiaérienne
  avait détruit {n_down} drones ukrainiens au cours de la nuit au-dessus de la
  {reg} et des régions voisines.
- Kiev n'a pas commenté. L'Ukraine commente rarement les frappes sur le
  territoire russe.
@fr drone detail OCC
- Les autorités installées par Moscou ont accusé Kiev de viser délibérément
  des civils. L'armée ukrainienne affirme ne frapper que des cibles
  militaires.
- « {quote} », a écrit sur Telegram le responsable installé par Moscou.

@fr shelling title UA,OCC,RU_BORDER
- {Town} de nouveau bombardée : {tcas}
- Tirs d'artillerie sur {town} : {tcas}
@fr shelling lead UA,OCC,RU_BORDER
- {cas} {when} dans des tirs d'artillerie {att_mp} sur {town}, {attr}.
- {Att_forces} ont bombardé {town} {when}, touchant {target} et {target2}.
  {Cas}, {attr}.
- {cas} {when} lors d'un bombardement {att_ms} sur {target} à {town}, {attr}.
@fr shelling detail *
- Plus de {n_shells} obus sont tombés sur la ville en {hours} heures, selon
  les autorités locales.
- « {quote} », a déclaré {gov_short}.
@fr shelling detail FRONT
- Située à environ {km} kilomètres de la ligne de front, {town} est
  bombardée presque quotidiennement depuis des mois.
@fr shelling detail UA
- Le parquet ukrainien a ouvert une enquête pour crime de guerre.
@fr shelling detail RU_BORDER
- Selon {gov}, les tirs provenaient de la direction de la frontière
  ukrainienne et ont endommagé des lignes électriques, privant plusieurs rues
  d'électricité.
- Située à {km} kilomètres de la frontière ukrainienne, {town} est
  régulièrement visée depuis {year_start}.

@fr missile title UA
- Frappe de missiles russes sur {town} : {tcas}
- Guerre en Ukraine : {town} visée par des missiles, {tcas}
@fr missile title RU
- {Town} : {tcas} après une attaque de missiles ukrainiens, selon Moscou
@fr missile lead UA
- {cas} {when} lors d'une attaque de missiles russes sur {town}, {attr}.
- Les forces russes ont tiré {n_missiles} missiles sur {town} {night},
  touchant {target}. {Cas}, {attr}.
- Un missile balistique russe a frappé {target} à {town} {when}. {Cas},
  {attr}.
@fr missile lead RU
- {cas} {when} après une attaque de missiles ukrainiens contre {town},
  {attr}.
- L'Ukraine a tiré {n_missiles} missiles sur la {reg} {night}, selon le
  ministère russe de la Défense, qui affirme les avoir tous interceptés. Des
  débris sont tombés sur {target} à {town}, et {cas}, {attr}.
@fr missile detail UA
- L'armée de l'air ukrainienne a indiqué avoir intercepté {n_down} des
  {n_total} missiles et drones lancés lors de l'attaque.
- Le ministère russe de la Défense a affirmé avoir mené une « frappe de haute
  précision » contre {mil_target}. Les autorités ukrainiennes ont démenti
  toute présence militaire sur le site.
- « {quote} », a écrit {gov_short} sur Telegram.
@fr missile detail RU
- Selon Moscou, il s'agissait de missiles ATACMS de fabrication américaine.
  Kiev n'a pas commenté.
- « {quote} », a écrit {gov_short} sur Telegram.

@fr glide title FRONT,UA_BORDER
- Bombes planantes sur {town} : {tcas}
- {Town} : la Russie largue des bombes guidées, {tcas}
@fr glide lead FRONT,UA_BORDER
- L'aviation russe a largué {n_bombs} bombes aériennes guidées sur {town}
  {when}. {Cas}, {attr}.
- {cas} {when} lorsqu'une bombe guidée russe a frappé {target} à {town},
  {attr}.
@fr glide detail FRONT,UA_BORDER
- Larguées depuis des avions volant au-dessus du territoire contrôlé par la
  Russie, les bombes planantes sont difficiles à intercepter et ont dévasté
  de nombreuses villes proches du front.
- La frappe a laissé un cratère de plusieurs mètres de profondeur et
  endommagé {n_apts} habitations, selon les autorités locales.

@fr clash title FRONT
- Violents combats près {de_town}, les assauts russes se poursuivent
- Guerre en Ukraine : {n_clashes} affrontements sur l'axe {de_town}
@fr clash lead FRONT
- Les forces russes et ukrainiennes se sont affrontées {when} près
  {de_town}, dans la {reg}, chaque camp affirmant avoir repoussé les assauts
  adverses.
- L'état-major ukrainien a fait état de {n_clashes} affrontements sur l'axe
  {de_town} au cours des dernières vingt-quatre heures, le chiffre le plus
  élevé de toute la ligne de front.
- De violents combats se poursuivaient {when} autour {de_town}, où les troupes
  russes tentent depuis des semaines de percer les défenses ukrainiennes.
@fr clash detail FRONT
- Selon le ministère russe de la Défense, ses unités ont repoussé {n_attacks}
  contre-attaques ukrainiennes et détruit {n_vehicles} véhicules blindés. Ces
  affirmations n'ont pas pu être vérifiées de source indépendante.
- « {front_quote} », a déclaré à la télévision un porte-parole des forces
  ukrainiennes dans le secteur.
- Les troupes russes ont attaqué les positions ukrainiennes près
  {de_village}, avec l'appui de bombes planantes et de drones, selon
  l'état-major.
- L'armée ukrainienne affirme avoir repoussé {n_attacks} assauts russes près
  {de_village} et {de_village2}.

@fr capture title FRONT
- Moscou revendique la prise {de_village} près {de_town}, Kiev dément
- Guerre en Ukraine : la Russie affirme avoir pris un village dans la {reg}
@fr capture lead FRONT
- Le ministère russe de la Défense a affirmé {when} que ses troupes avaient
  « libéré » le village {de_village}, à environ {km} kilomètres {de_town},
  dans la {reg}.
- Les forces russes ont pris le contrôle du village {de_village}, près
  {de_town}, a annoncé {when} le ministère russe de la Défense.
@fr capture detail FRONT
- L'état-major ukrainien a démenti, assurant que ses unités tenaient toujours
  leurs positions à la lisière du village. « {front_quote} », a déclaré un
  porte-parole militaire.
- Moscou a diffusé une vidéo montrant des soldats hissant un drapeau russe
  devant un bâtiment en ruine. La vidéo a été géolocalisée par des analystes
  en sources ouvertes à la sortie sud du village, ce qui suggère une
  progression limitée.
- Une seconde séquence, publiée par un blogueur militaire russe, montrerait
  des blindés ukrainiens détruits : il s'agit d'une vidéo que nous n'avons
  pas pu vérifier.
- {Ago}, les autorités de la {reg} avaient ordonné l'évacuation obligatoire
  des familles avec enfants de plusieurs localités du district.

@fr protest title OCC
- {Town} occupée : un rassemblement dispersé au gaz lacrymogène, selon Kiev
- Territoires occupés : {n_arrest} arrestations après une manifestation à
  {town}
@fr protest lead OCC
- Les forces d'occupation russes ont dispersé au gaz lacrymogène un
  rassemblement d'habitants {when} à {town} et procédé à au moins {n_arrest}
  arrestations, a affirmé l'administration militaire ukrainienne de la {reg}.
- Les autorités installées par Moscou à {town} ont dispersé une manifestation
  {when} à l'aide de gaz lacrymogène et de matraques, selon les autorités
  ukrainiennes.
@fr protest detail OCC
- D'après cette source, environ {n_protest} personnes s'étaient réunies
  devant le bâtiment de l'administration d'occupation pour réclamer {demand}.
- Une vidéo que nous n'avons pas pu vérifier, diffusée sur des chaînes
  Telegram locales, montre des hommes en uniforme poussant des manifestants
  vers un autobus.
- Les autorités installées par la Russie ont démenti toute arrestation et
  dénoncé « une provocation orchestrée par les services spéciaux ukrainiens ».

@fr arrest title RU
- Le FSB affirme avoir arrêté des saboteurs présumés à {town}
- {Town} : {n_arrest} interpellations pour un projet de sabotage ferroviaire
@fr arrest title UA
- Le SBU arrête un agent russe présumé à {town}
@fr arrest title OCC
- {Town} occupée : des habitants arrêtés pour des publications
  pro-ukrainiennes
@fr arrest lead RU
- Le FSB, le service de sécurité russe, a annoncé {when} avoir arrêté
  {n_arrest_w} personnes à {town}, soupçonnées de préparer des sabotages sur
  des voies ferrées pour le compte du renseignement ukrainien.
- {N_arrest_w} personnes ont été interpellées {when} à {town}, soupçonnées
  d'avoir incendié une armoire de signalisation ferroviaire, a indiqué le
  Comité d'enquête russe.
@fr arrest lead UA
- Le SBU, le service de sécurité ukrainien, a annoncé {when} avoir arrêté un
  habitant {de_town} soupçonné de transmettre aux forces russes les
  coordonnées de sites militaires.
- Le SBU a annoncé {when} l'arrestation de {n_arrest_w} personnes dans la
  {reg}, soupçonnées d'avoir guidé des frappes de drones russes contre des
  infrastructures énergétiques.
@fr arrest lead OCC
- Les autorités installées par Moscou à {town} ont arrêté {n_arrest_w}
  habitants {when} pour des publications jugées pro-ukrainiennes sur les
  réseaux sociaux, selon le médiateur ukrainien.
@fr arrest detail *
- S'ils sont reconnus coupables, les suspects encourent jusqu'à {years} ans
  de prison.
- Les avocats des suspects n'ont pas pu être joints.
@fr arrest detail RU
- Le FSB a diffusé une vidéo des interpellations, qui n'a pas pu être
  vérifiée. Kiev n'a pas réagi.
@fr arrest detail UA
- Selon le SBU, le suspect avait été recruté via une messagerie et payé en
  cryptomonnaie.
@fr arrest detail OCC
- Des proches des personnes arrêtées ont indiqué à des médias ukrainiens ne
  pas savoir où elles étaient détenues.

@fr airdef title UA
- L'Ukraine affirme avoir abattu {n_down} drones russes dans la nuit
- La défense antiaérienne repousse une attaque nocturne sur la {reg}
@fr airdef title RU
- La Russie dit avoir abattu {n_down} drones ukrainiens au-dessus de la {reg}
@fr airdef lead UA
- L'armée de l'air ukrainienne a affirmé {when} avoir abattu {n_down} des
  {n_total} drones lancés par la Russie au cours de la nuit, notamment
  au-dessus de la {reg}.
- La défense antiaérienne a détruit {n_down} drones russes au-dessus de la
  {reg} {night}, {attr}.
@fr airdef lead RU
- Le ministère russe de la Défense a affirmé que la défense antiaérienne
  avait détruit {n_down} drones ukrainiens {night} au-dessus de la {reg} et
  des régions voisines.
- La défense antiaérienne russe a abattu {n_down} drones au-dessus de la
  {reg} {night}, {attr}.
@fr airdef detail *
- Des débris d'un drone abattu ont endommagé {target} à {town}. {Cas},
  {attr}.
- La chute de débris a provoqué un incendie sur {target} en périphérie
  {de_town}, rapidement maîtrisé selon les autorités locales.
@fr airdef detail RU
- Les vols ont été temporairement suspendus dans plusieurs aéroports du sud
  de la Russie pendant l'attaque, selon l'agence fédérale du transport aérien.
@fr airdef detail UA
- La Russie a également tiré {n_missiles} missiles, dont {n_missiles_down} ont
  été interceptés, selon l'armée de l'air.

@fr evac title FRONT,UA_BORDER
- {Town} : évacuation obligatoire des familles avec enfants
- Guerre en Ukraine : les autorités ordonnent l'évacuation {de_town}
@fr evac title RU_BORDER
- {Town} : les autorités russes ordonnent une évacuation après des
  bombardements
@fr evac lead FRONT,UA_BORDER
- Les autorités ont ordonné {when} l'évacuation obligatoire des familles avec
  enfants {de_town} et des villages alentour, alors que les forces russes se
  rapprochent.
- {Gov} a annoncé {when} l'évacuation obligatoire des familles avec enfants
  {de_town}, où les combats se déroulent désormais à quelques kilomètres de
  la ville.
@fr evac lead RU_BORDER
- {Gov} a ordonné {when} l'évacuation des habitants {de_town} et des villages
  voisins, invoquant l'intensification des bombardements depuis le territoire
  ukrainien.
- Les autorités russes ont annoncé {when} l'évacuation des enfants {de_town}
  vers des centres d'hébergement temporaire ailleurs dans la {reg}.
@fr evac detail *
- Environ {n_evac} personnes, dont {n_children} enfants, doivent être
  évacuées, {attr}.
- « {evac_quote} », a déclaré le responsable, appelant les habitants à
  utiliser les transports mis à disposition.
@fr evac detail FRONT,UA_BORDER
- Des trains d'évacuation partent encore de l'ouest de la région, mais les
  routes menant à {town} sont sous la surveillance constante des drones
  russes.

@fr brief text UA
- Par ailleurs, {cas} {when} dans des tirs russes sur {town}, {attr}.
- Ailleurs dans la {reg}, un drone russe a touché {target} à {town} {when} ;
  {cas}, {attr}.
- À {town}, {cas} {night} après la frappe d'un missile russe sur {target},
  {attr}.
- Les forces russes ont également bombardé {town} {when}, {attr}. {Cas}.
@fr brief text RU
- Dans la {reg}, {cas} {when} lors d'une attaque de drones ukrainiens sur
  {town}, {attr}.
- La chute de débris d'un drone ukrainien a endommagé {target} à {town}
  {when} ; {cas}, {attr}.
- Le ministère russe de la Défense a également affirmé avoir abattu {n_down}
  drones au-dessus de la {reg} {night}.
@fr brief text OCC
- À {town}, ville occupée, {cas} {when} dans des tirs ukrainiens, selon les
  autorités installées par Moscou.
- Des explosions ont été signalées {night} à {town}, ville occupée, où des
  chaînes Telegram locales ont fait état d'une frappe contre {mil_target}.
  Ces informations n'ont pas pu être vérifiées.
@fr brief text FRONT
- Près {de_town}, les troupes russes ont attaqué {n_attacks} fois les
  positions ukrainiennes au cours de la dernière journée, selon l'état-major.

@fr context text UA
- Depuis le début de l'invasion à grande échelle, en février 2022, {town} est
  régulièrement visée par des missiles, des drones et l'artillerie russes.
- L'Ukraine réclame à ses partenaires occidentaux davantage de systèmes de
  défense antiaérienne pour protéger des villes comme {town}.
- {Town} comptait environ {pop_hab} avant la guerre.
@fr context text FRONT
- {Town} se trouve à quelque {km} kilomètres de la ligne de front ; la
  plupart des commerces et des écoles y sont fermés depuis des mois.
- Selon les autorités locales, moins de {n_remaining} habitants vivent encore
  dans la ville, pour la plupart des personnes âgées qui refusent de partir.
@fr context text RU
- Les localités frontalières de la {reg} sont régulièrement visées depuis
  {year_start}. Kiev ne commente généralement pas les frappes sur le
  territoire russe.
- L'Ukraine affirme que ses frappes sur le territoire russe visent des
  infrastructures militaires et répondent aux bombardements russes sur les
  villes ukrainiennes.
- Les autorités russes ont instauré un régime d'« opération antiterroriste »
  dans une partie de la {reg}, limitant les déplacements près de la
  frontière.
@fr context text OCC
- {Town} est occupée par la Russie depuis {occ_since}.
- Selon Kiev, des milliers d'habitants des territoires occupés ont été
  arrêtés depuis 2022, souvent sans inculpation.
- Moscou revendique l'annexion de la {reg}, qui n'est pas reconnue par la
  majeure partie de la communauté internationale.
@fr context text *
- Les affirmations des deux camps n'ont pas pu être vérifiées de source
  indépendante.
- La Russie dément viser les civils, même si des milliers d'entre eux ont été
  tués depuis le début de l'invasion à grande échelle.

@fr past text *
- {Ago}, une frappe de drone {att_fs} sur le même quartier avait fait
  {n_past} blessés.
- Il s'agit de la {nth} attaque contre {town} en {n_days} jours.
- {Ago}, {gov} avait indiqué que {n_past} civils avaient été tués dans la
  {reg} depuis le début du mois.

@fr reaction text UA
- Le ministère ukrainien des Affaires étrangères a dénoncé « un nouvel acte de
  terreur contre les civils » et appelé ses partenaires à accélérer les
  livraisons de systèmes de défense antiaérienne.
- La mission de surveillance des droits de l'homme de l'ONU en Ukraine a
  indiqué recueillir des informations sur la frappe contre {town}.
- Le Kremlin n'a pas commenté. Moscou affirme ne viser que des
  infrastructures militaires et énergétiques.
- Plusieurs ambassades européennes à Kiev ont condamné la frappe dans des
  messages publiés sur les réseaux sociaux.
@fr reaction text RU
- La diplomatie russe a affirmé que l'attaque contre {town} « ne restera pas
  impunie » et accusé les pays occidentaux de fournir les armes utilisées.
- Le Kremlin a indiqué que le président avait été informé de la situation
  dans la {reg}.
- Kiev n'a pas répondu aux sollicitations.
@fr reaction text OCC
- Le médiateur ukrainien a dit avoir alerté l'ONU et le Comité international
  de la Croix-Rouge sur la situation à {town}.
- Les médias d'État russes ont qualifié l'incident de « provocation », sans
  fournir de preuves.
@fr humanitarian text *
- Environ {n_households} foyers ont été privés d'électricité après l'attaque,
  selon le fournisseur d'énergie régional. Les réparations devaient prendre
  plusieurs heures.
- Les autorités ont ouvert un abri temporaire dans le gymnase d'une école
  pour les habitants dont le logement a été endommagé.
- Les écoles {de_town} sont passées à l'enseignement à distance pour le
  reste de la semaine.
- Des bénévoles distribuaient de l'eau et des bâches en plastique pour
  couvrir les fenêtres brisées.
- Selon les médecins de l'hôpital régional, {n_surgery} des blessés ont dû
  être opérés.
@fr summary text *
- Dans son point quotidien, le ministère russe de la Défense a affirmé que
  ses forces avaient frappé {n_areas} zones de concentration de troupes et
  d'équipements ukrainiens.
- Selon l'état-major ukrainien, la Russie a perdu {n_losses} soldats au
  cours de la dernière journée, un chiffre invérifiable. Moscou ne publie
  pas ses pertes.
- L'armée de l'air ukrainienne a recensé {n_total} drones et {n_missiles}
  missiles au cours des dernières vingt-quatre heures.
- L'état-major a fait état de {n_clashes} affrontements le long de la ligne
  de front au cours de la dernière journée.
@fr followup text UA
- Les secouristes ont fouillé les décombres toute la nuit.
- Plusieurs maisons et voitures ont également été endommagées.
- « {quote} », a ajouté le responsable.
@fr followup text RU
- Selon les autorités régionales, plusieurs maisons et une ligne électrique
  ont été endommagées.
- « {quote} », a ajouté le gouverneur.
@fr followup text OCC
- Kiev n'a pas commenté.
- Selon les autorités installées par Moscou, plusieurs bâtiments ont été
  endommagés.

@fr verify text *
- La vidéo a été géolocalisée par des analystes en sources ouvertes à
  {town}. Elle montre une épaisse colonne de fumée au-dessus du site touché.
- Des images diffusées sur les réseaux sociaux montreraient le moment de la
  frappe ; il s'agit d'une vidéo que nous n'avons pas pu vérifier.
- Une vidéo que nous n'avons pas pu vérifier montre plusieurs incendies dans
  le quartier touché.

@fr quote text UA
- C'est une frappe délibérée contre un quartier résidentiel
- Il n'y a aucune installation militaire dans ce quartier
- Les secours sont à pied d'œuvre. Restez dans les abris
- L'ennemi continue de terroriser notre ville
@fr quote text RU
- Les forces armées ukrainiennes continuent de terroriser la population
  civile
- Tous les services d'urgence sont sur place
- Nous demandons aux habitants de rester à l'écart des fenêtres
@fr quote text OCC
- La situation est sous contrôle
- Kiev bombarde une nouvelle fois des habitants pacifiques
@fr fquote text *
- L'ennemi attaque par petits groupes, jour et nuit
- La situation est difficile mais sous contrôle
- Nous tenons nos positions
- Les combats se poursuivent, mais l'ennemi n'a pas pris le contrôle du
  village
@fr equote text *
- Chaque jour de retard met en danger la vie des enfants
- Nous ne prendrons aucun risque avec la vie des enfants
- Il n'est plus possible de vivre ici en sécurité

@fr cookie text *
- Nous utilisons des cookies pour améliorer votre expérience de navigation.
  En poursuivant votre visite, vous acceptez leur utilisation.
- Ce site utilise des cookies. Accepter et fermer
- Vos préférences en matière de cookies : nous et nos partenaires utilisons
  des cookies pour mesurer l'audience et personnaliser les contenus.
@fr photo text *
- Photo : {agency}
- © {agency}
- Crédit photo : {agency}
@fr share text *
- Partager sur Facebook
- Partager sur X
- Partager par e-mail
- Partager sur WhatsApp
@fr comments text *
- {n_comments} Commentaires
- {n_comments} commentaires
- Réagir ({n_comments})
@fr teaser text *
- Lire aussi : À {town}, les habitants vivent au rythme des alertes
- Lire aussi : Guerre en Ukraine : ce que l'on sait de la situation autour
  {de_town}
- Lire aussi : « On dort dans la cave » : à {town}, les derniers habitants
  refusent de partir
- Lire aussi : Carte : l'évolution de la ligne de front dans la {reg}
- À lire aussi : Comment {town} s'est habituée aux sirènes
@fr newsletter text *
- Inscrivez-vous à notre newsletter quotidienne sur la guerre en Ukraine.
- Recevez nos alertes : abonnez-vous à la newsletter.

@fr op_title text *
- OPINION | Ce que les bombardements sur {town} disent de cette guerre
- TRIBUNE | « À {town}, on ne compte plus les alertes »
- OPINION | Il ne faut pas détourner le regard {de_town}
- TRIBUNE | {Town} se vide, et presque personne ne compte
@fr op_body text *
- J'ai passé {n_days} jours à {town} {ago}, et j'y ai croisé moins de monde
  qu'en une seule matinée au marché avant la guerre.
- Je ne prétends pas être neutre. J'ai des amis à {town} qui dorment
  désormais dans leur couloir, loin des fenêtres.
- Quand je suis arrivé {ago}, la première chose qui m'a frappé, c'est le
  silence. Puis les sirènes ont recommencé.
- Les autorités de la {reg} disent avoir ordonné l'évacuation de {n_settle}
  localités. Ce qu'elles ne disent pas, parce que personne ne le sait
  vraiment, c'est combien d'habitants sont restés.
- Moscou affirme ne viser que des objectifs militaires. J'ai vu {target} et
  {target2} réduits en ruines. Rien de ce que j'ai vu ne confirme cette
  version.
- Une femme rencontrée près {de_town} m'a dit avoir compté {n_expl}
  explosions avant midi. {Cas} {when} dans son quartier.
- Vu de loin, il est facile de réduire tout cela à des chiffres. {Cas} {when}
  à {town}. Derrière chacun de ces mots, il y a une famille.
- L'homme qui m'a conduit à travers {town} vendait des pièces détachées avant
  la guerre. Aujourd'hui, il évacue des personnes âgées de villages dont plus
  personne ne parle.
- La nuit, la ville s'éteint. Les habitants consultent l'application d'alerte
  avant de décider s'ils emmènent les enfants dans le couloir ou dans l'abri.
- Les capitales occidentales débattent des livraisons pendant des semaines.
  À {town}, une semaine suffit pour qu'une rue perde sa dernière maison
  habitée.
- J'ai demandé à une infirmière de l'hôpital {de_town} ce dont elle avait le
  plus besoin. « Du calme, m'a-t-elle répondu, et des générateurs. »
@fr op_close text *
- On parle beaucoup des lignes de front et des cartes. Mais une guerre se
  mesure aussi aux lieux qui disparaissent sans bataille, un foyer évacué
  après l'autre.
- Si nous cessons de compter, nous cessons de voir. Et si nous cessons de
  voir, nous avons déjà accepté.
"""

Key = tuple[str, str, str, str]  # (lang, group, part, place key)


def parse_templates(source: str) -> dict[Key, list[str]]:
    """Parse the TEMPLATES mini-format into {(lang, group, part, key): [...]}.

    A section header may list several comma-separated keys; its templates
    are then registered under each of them.
    """
    table: dict[Key, list[str]] = {}
    sections: list[tuple[list[Key], list[str]]] = []
    current: list[str] | None = None
    for raw in source.splitlines():
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith("@"):
            lang, group, part, key_list = line[1:].split()
            current = []
            sections.append(([(lang, group, part, k) for k in key_list.split(",")], current))
        elif current is None:
            raise ValueError(f"template outside a section: {line!r}")
        elif line.startswith("- "):
            current.append(line[2:])
        elif line.startswith("  ") and current:
            current[-1] += " " + line.strip()
        else:
            raise ValueError(f"bad template line: {line!r}")
    for keys, templates in sections:
        for key in keys:
            table.setdefault(key, []).extend(templates)
    return table


TABLE = parse_templates(TEMPLATES)
EVENTS = (
    "drone",
    "shelling",
    "missile",
    "glide",
    "clash",
    "capture",
    "protest",
    "arrest",
    "airdef",
    "evac",
)
# Relative frequency of each event type in leads.
EVENT_WEIGHTS = {
    "drone": 5,
    "shelling": 5,
    "missile": 3,
    "glide": 2,
    "clash": 3,
    "capture": 2,
    "protest": 1,
    "arrest": 2,
    "airdef": 3,
    "evac": 2,
}


def place_keys(place: Place) -> tuple[str, ...]:
    """Template keys that apply to a place, most specific first."""
    keys = [place.kind]
    if place.front:
        keys.append("FRONT")
    if place.border:
        keys.append(f"{place.kind}_BORDER")
    keys.append("*")
    return tuple(keys)


@functools.cache
def choices_for(lang: str, group: str, part: str, place: Place) -> tuple[str, ...]:
    """All distinct templates of one section that apply to ``place``."""
    out: dict[str, None] = {}
    for key in place_keys(place):
        out.update(dict.fromkeys(TABLE.get((lang, group, part, key), ())))
    return tuple(out)


def events_for(lang: str, place: Place) -> list[str]:
    """Event types that have both a title and a lead for ``place``."""
    return [e for e in EVENTS if choices_for(lang, e, "lead", place) and choices_for(lang, e, "title", place)]


# ---------------------------------------------------------------------------
# Small language helpers
# ---------------------------------------------------------------------------


def cap(text: str) -> str:
    """Upper-case the first character only."""
    return text[:1].upper() + text[1:]


def de_fr(name: str) -> str:
    """French "de X" with elision before a vowel: de Kharkiv, d'Izioum."""
    return f"d'{name}" if name[:1] in "AEIOUYÀÂÉÈÎaeiouy" else f"de {name}"


def fmt_int(n: int, lang: str) -> str:
    """Digits with thousands separators (comma in English, nbsp in French)."""
    text = f"{n:,}"
    return text.replace(",", "\u00a0") if lang == "fr" else text


def say_num(n: int, lang: str, rng: random.Random, *, fem: bool = False) -> str:
    """Write a number in words (mostly small values) or in digits."""
    if n <= 20 and rng.random() < (0.75 if n <= 10 else 0.3):
        if lang == "en":
            return EN_NUMS[n]
        return "une" if (n == 1 and fem) else FR_NUMS[n]
    return fmt_int(n, lang)


def casualty_count(rng: random.Random, *, injured: bool) -> int:
    """Draw a casualty figure with a long tail."""
    r = rng.random()
    if injured:
        if r < 0.15:
            return 0
        if r < 0.6:
            return rng.randint(1, 10)
        return rng.randint(11, 40) if r < 0.92 else rng.randint(41, 120)
    if r < 0.35:
        return 0
    if r < 0.75:
        return rng.randint(1, 3)
    return rng.randint(4, 15) if r < 0.95 else rng.randint(16, 60)


# ---------------------------------------------------------------------------
# Scene: lazily computed template slots for one place and one event
# ---------------------------------------------------------------------------

SlotFn = Callable[["Scene"], str]
SLOTS: dict[str, SlotFn] = {}


def slot(name: str) -> Callable[[SlotFn], SlotFn]:
    """Register a slot generator."""

    def register(fn: SlotFn) -> SlotFn:
        SLOTS[name] = fn
        return fn

    return register


class Scene(dict[str, str]):
    """Slot values for one place, computed on first use and then fixed.

    ``str.format_map`` calls ``__missing__`` for slots not yet computed, so
    each template only pays for the slots it uses. ``{Slot}`` is the
    capitalised form of ``{slot}``.
    """

    def __init__(
        self,
        rng: random.Random,
        lang: str,
        place: Place,
        published: date,
        *,
        min_killed: int = 0,
        quoted: set[str] | None = None,
    ) -> None:
        """Draw the event day and casualty figures for this scene."""
        super().__init__()
        self.rng = rng
        self.lang = lang
        self.place = place
        self.published = published
        r = rng.random()
        self.offset = 0 if r < 0.25 else 1 if r < 0.6 else rng.randint(2, 6)
        self.day = published - timedelta(days=self.offset)
        self.killed = max(min_killed, casualty_count(rng, injured=False))
        self.injured = casualty_count(rng, injured=True)
        self.nums: dict[str, int] = {}
        self.fem = False
        # Quotes already used in the article, shared by all its scenes.
        self.quoted: set[str] = set() if quoted is None else quoted

    def __missing__(self, key: str) -> str:
        """Compute, store and return the value of slot ``key``."""
        fn = SLOTS.get(key)
        if fn is not None:
            value = fn(self)
        elif key[:1].isupper() and key[:1].lower() + key[1:] in SLOTS:
            value = cap(self[key[:1].lower() + key[1:]])
        else:
            raise KeyError(key)
        self[key] = value
        return value

    @property
    def en(self) -> bool:
        """Whether the scene is written in English."""
        return self.lang == "en"

    def pick(self, en: Sequence[str], fr: Sequence[str]) -> str:
        """Choose from the English or the French options."""
        return self.rng.choice(en if self.en else fr)

    def num(self, name: str, lo: int, hi: int) -> int:
        """Return a number drawn once per scene, so repeated slots agree."""
        if name not in self.nums:
            self.nums[name] = self.rng.randint(lo, hi)
        return self.nums[name]

    def pool(self, group: str) -> str:
        """Choose a raw template from a text pool such as "quote"."""
        return self.rng.choice(choices_for(self.lang, group, "text", self.place))

    def fill(self, template: str) -> str:
        """Fill a template's slots from this scene."""
        return template.format_map(self)


def _town(s: Scene) -> str:
    return s.place.en if s.en else s.place.fr


SLOTS["town"] = _town


@slot("de_town")
def _de_town(s: Scene) -> str:
    return de_fr(s.place.fr)


@slot("region")
def _region(s: Scene) -> str:
    if s.en:
        return f"the {s.place.region_en} region"
    return f"la région {de_fr(s.place.region_fr)}"


@slot("reg")
def _reg(s: Scene) -> str:
    return f"région {de_fr(s.place.region_fr)}"


@slot("gov")
def _gov(s: Scene) -> str:
    p = s.place
    if s.en:
        r = p.region_en
        options = {
            "UA": [
                f"the governor of the {r} region",
                f"the head of the {r} regional military administration",
            ],
            "RU": [
                f"the governor of the {r} region",
                f"the acting governor of the {r} region",
            ],
            "OCC": [
                f"the Russian-installed governor of the {r} region",
                f"the Moscow-installed head of {p.en}",
            ],
        }[p.kind]
    else:
        reg = s["reg"]
        options = {
            "UA": [
                f"le gouverneur de la {reg}",
                f"le chef de l'administration militaire de la {reg}",
            ],
            "RU": [
                f"le gouverneur de la {reg}",
                f"le gouverneur par intérim de la {reg}",
            ],
            "OCC": [
                f"le gouverneur installé par Moscou dans la {reg}",
                f"le responsable installé par Moscou à {p.fr}",
            ],
        }[p.kind]
    return s.rng.choice(options)


@slot("gov_short")
def _gov_short(s: Scene) -> str:
    return s.pick(["the governor", "the official"], ["le gouverneur", "le responsable"])


@slot("attr")
def _attr(s: Scene) -> str:
    gov = s["gov"]
    if s.en:
        options = [
            f"according to {gov}",
            f"{gov} said",
            "local authorities said",
            "regional officials said",
        ]
        if s.place.kind == "UA":
            options.append("Ukraine's emergency service said")
        elif s.place.kind == "RU":
            options.append("according to the Russian authorities")
        else:
            options.append("the Russian-installed authorities said")
    else:
        options = [
            f"selon {gov}",
            f"a indiqué {gov}",
            "selon les autorités locales",
            "ont indiqué les autorités régionales",
        ]
        if s.place.kind == "UA":
            options.append("selon le service d'urgence ukrainien")
        elif s.place.kind == "RU":
            options.append("selon les autorités russes")
        else:
            options.append("selon les autorités installées par Moscou")
    return s.rng.choice(options)


def _attacker_is_russia(s: Scene) -> bool:
    return s.place.kind == "UA"


@slot("att")
def _att(s: Scene) -> str:
    return "Russian" if _attacker_is_russia(s) else "Ukrainian"


@slot("att_forces")
def _att_forces(s: Scene) -> str:
    ru = _attacker_is_russia(s)
    if s.en:
        return "Russian forces" if ru else "Ukrainian forces"
    return "les forces russes" if ru else "les forces ukrainiennes"


def _fr_adj(ending_ru: str, ending_ua: str) -> SlotFn:
    def fn(s: Scene) -> str:
        return ending_ru if _attacker_is_russia(s) else ending_ua

    return fn


SLOTS["att_ms"] = _fr_adj("russe", "ukrainien")
SLOTS["att_fs"] = _fr_adj("russe", "ukrainienne")
SLOTS["att_mp"] = _fr_adj("russes", "ukrainiens")
SLOTS["att_fp"] = _fr_adj("russes", "ukrainiennes")


@slot("when")
def _when(s: Scene) -> str:
    i = s.day.weekday()
    if s.en:
        wd = EN_WEEKDAYS[i]
        if s.offset == 0:
            return s.rng.choice([f"on {wd}", "earlier today", "this morning"])
        if s.offset == 1:
            return s.rng.choice(["yesterday", f"on {wd}", f"late on {wd}"])
        return f"on {wd}"
    wd = FR_WEEKDAYS[i]
    if s.offset == 0:
        return s.rng.choice([f"ce {wd}", "ce matin", f"ce {wd} matin"])
    if s.offset == 1:
        return s.rng.choice(["hier", wd, f"{wd} soir"])
    return s.rng.choice([wd, f"{wd} dernier"])


@slot("night")
def _night(s: Scene) -> str:
    i = s.day.weekday()
    if s.en:
        wd, prev = EN_WEEKDAYS[i], EN_WEEKDAYS[i - 1]
        options = [f"on the night of {prev} to {wd}", f"overnight into {wd}"]
        if s.offset == 0:
            options.append("overnight")
        return s.rng.choice(options)
    wd, prev = FR_WEEKDAYS[i], FR_WEEKDAYS[i - 1]
    options = [f"dans la nuit de {prev} à {wd}"]
    if s.offset == 0:
        options += ["dans la nuit", "cette nuit"]
    return s.rng.choice(options)


@slot("ago")
def _ago(s: Scene) -> str:
    past = s.published - timedelta(days=s.rng.randint(20, 200))
    same_year = past.year == s.published.year
    if s.en:
        month = EN_MONTHS[past.month - 1]
        options = [
            "last week",
            "last month",
            "two weeks ago",
            f"on {past.day} {month}",
            f"in {month}",
        ]
        if s.published.day > 10:
            options.append("earlier this month")
        if not same_year:
            options.append(f"in {month} {past.year}")
        return s.rng.choice(options)
    month = FR_MONTHS[past.month - 1]
    first = "1er" if past.day == 1 else str(past.day)
    options = [
        "la semaine dernière",
        "le mois dernier",
        "il y a deux semaines",
        f"le {first} {month}",
        f"en {month} dernier",
        f"début {month}",
    ]
    if not same_year:
        options.append(f"en {month} {past.year}")
    return s.rng.choice(options)


@slot("cas")
def _cas(s: Scene) -> str:
    k, i, rng, lang = s.killed, s.injured, s.rng, s.lang
    parts: list[str] = []
    if s.en:
        if k == 1:
            parts.append(
                rng.choice(
                    [
                        "one person was killed",
                        "a civilian was killed",
                        "one civilian was killed",
                    ]
                )
            )
        elif k > 1:
            n = say_num(k, lang, rng)
            least = "at least " if k > 2 and rng.random() < 0.3 else ""
            noun = rng.choice(["people", "civilians"])
            parts.append(f"{least}{n} {noun} were killed")
        if i == 1:
            parts.append("another was injured" if k else "one person was injured")
        elif i > 1:
            n = say_num(i, lang, rng)
            least = "at least " if i > 2 and rng.random() < 0.3 else ""
            verb = rng.choice(["injured", "wounded"])
            noun = "others" if k and rng.random() < 0.5 else "people"
            parts.append(f"{least}{n} {noun} were {verb}")
        return " and ".join(parts) or "no casualties were reported"
    if k == 1:
        parts.append(rng.choice(["un civil a été tué", "une personne a été tuée", "un homme a été tué"]))
    elif k > 1:
        least = "au moins " if k > 2 and rng.random() < 0.3 else ""
        if rng.random() < 0.5:
            parts.append(f"{least}{say_num(k, lang, rng)} civils ont été tués")
        else:
            n = say_num(k, lang, rng, fem=True)
            parts.append(f"{least}{n} personnes ont été tuées")
    if i == 1:
        parts.append("une personne a été blessée")
    elif i > 1:
        least = "au moins " if i > 2 and rng.random() < 0.3 else ""
        n = say_num(i, lang, rng, fem=True)
        parts.append(f"{least}{n} personnes ont été blessées")
    return " et ".join(parts) or "aucune victime n'a été signalée"


@slot("tcas")
def _tcas(s: Scene) -> str:
    k, i = s.killed, s.injured
    if s.en:
        bits = []
        if k:
            bits.append(f"{say_num(k, 'en', s.rng)} killed")
        if i:
            bits.append(f"{say_num(i, 'en', s.rng)} injured")
        return ", ".join(bits) or "no casualties"
    bits = []
    if k:
        bits.append(f"{say_num(k, 'fr', s.rng)} mort" + ("s" if k > 1 else ""))
    if i:
        bits.append(f"{say_num(i, 'fr', s.rng)} blessé" + ("s" if i > 1 else ""))
    return " et ".join(bits) or "pas de victime"


def _pair_slot(pairs: tuple[tuple[str, str], ...]) -> SlotFn:
    def fn(s: Scene) -> str:
        en, fr = s.rng.choice(pairs)
        return en if s.en else fr

    return fn


@slot("target")
def _target(s: Scene) -> str:
    en, fr = TARGETS[s.num("target", 0, len(TARGETS) - 1)]
    return en if s.en else fr


@slot("target2")
def _target2(s: Scene) -> str:
    first = s.num("target", 0, len(TARGETS) - 1)
    en, fr = TARGETS[(first + s.rng.randint(1, len(TARGETS) - 1)) % len(TARGETS)]
    return en if s.en else fr


SLOTS["mil_target"] = _pair_slot(MIL_TARGETS)
SLOTS["demand"] = _pair_slot(DEMANDS)


@slot("village")
def _village(s: Scene) -> str:
    en, fr = VILLAGES[s.num("village", 0, len(VILLAGES) - 1)]
    return en if s.en else fr


@slot("village2")
def _village2(s: Scene) -> str:
    first = s.num("village", 0, len(VILLAGES) - 1)
    en, fr = VILLAGES[(first + s.rng.randint(1, len(VILLAGES) - 1)) % len(VILLAGES)]
    return en if s.en else fr


@slot("de_village")
def _de_village(s: Scene) -> str:
    return de_fr(s["village"])


@slot("de_village2")
def _de_village2(s: Scene) -> str:
    return de_fr(s["village2"])


@slot("quote")
def _quote(s: Scene) -> str:
    return _fresh_quote(s, "quote")


@slot("front_quote")
def _front_quote(s: Scene) -> str:
    return _fresh_quote(s, "fquote")


@slot("evac_quote")
def _evac_quote(s: Scene) -> str:
    return _fresh_quote(s, "equote")


def _fresh_quote(s: Scene, group: str) -> str:
    """Pick a quote not yet used in the article (if any is left)."""
    options = choices_for(s.lang, group, "text", s.place)
    fresh = [q for q in options if q not in s.quoted] or options
    quote = s.rng.choice(fresh)
    s.quoted.add(quote)
    return quote


@slot("child")
def _child(s: Scene) -> str:
    age = s.rng.randint(3, 17)
    s.fem = s.rng.random() < 0.5
    if s.en:
        noun = "girl" if s.fem else "boy"
        article = "an" if age in (8, 11, 18) else "a"
        return f"{article} {age}-year-old {noun}"
    return f"une fille de {age} ans" if s.fem else f"un garçon de {age} ans"


@slot("child_hosp")
def _child_hosp(s: Scene) -> str:
    _ = s["child"]  # the agreement depends on the child chosen first
    return "hospitalisée" if s.fem else "hospitalisé"


@slot("n_total")
def _n_total(s: Scene) -> str:
    return str(s.num("total", 12, 150))


@slot("n_down")
def _n_down(s: Scene) -> str:
    total = s.num("total", 12, 150)
    return str(s.num("down", max(1, total // 2), total))


@slot("n_missiles")
def _n_missiles(s: Scene) -> str:
    return say_num(s.num("missiles", 2, 40), s.lang, s.rng)


@slot("n_missiles_down")
def _n_missiles_down(s: Scene) -> str:
    m = s.num("missiles", 2, 40)
    return say_num(s.num("missiles_down", 0, m), s.lang, s.rng)


def _range_slot(name: str, lo: int, hi: int, *, words: bool = False) -> SlotFn:
    def fn(s: Scene) -> str:
        n = s.num(name, lo, hi)
        return say_num(n, s.lang, s.rng) if words else fmt_int(n, s.lang)

    return fn


for _slot_name, _lo, _hi, _in_words in (
    ("n_bombs", 2, 12, True),
    ("n_shells", 10, 120, False),
    ("hours", 2, 24, False),
    ("km", 3, 40, False),
    ("n_apts", 5, 200, False),
    ("n_cars", 2, 40, False),
    ("n_clashes", 12, 70, False),
    ("n_attacks", 2, 30, False),
    ("n_vehicles", 2, 25, False),
    ("n_arrest", 2, 15, False),
    ("n_arrest_w", 2, 9, True),
    ("years", 8, 20, False),
    ("n_protest", 30, 400, False),
    ("n_evac", 300, 12_000, False),
    ("n_children", 40, 1_500, False),
    ("n_remaining", 500, 25_000, False),
    ("n_past", 2, 25, True),
    ("n_days", 3, 14, True),
    ("n_settle", 12, 220, False),
    ("n_expl", 10, 60, False),
    ("n_comments", 1, 480, False),
    ("n_households", 800, 60_000, False),
    ("n_surgery", 2, 9, True),
    ("n_areas", 60, 180, False),
    ("n_losses", 700, 1_600, False),
):
    SLOTS[_slot_name] = _range_slot(_slot_name, _lo, _hi, words=_in_words)


@slot("pop")
def _pop(s: Scene) -> str:
    pop = s.place.pop
    if pop < 1_000_000:
        return fmt_int(pop, s.lang)
    millions = f"{pop / 1_000_000:.1f}".removesuffix(".0")
    return f"{millions} million"


@slot("pop_hab")
def _pop_hab(s: Scene) -> str:
    pop = s.place.pop
    if pop < 1_000_000:
        return f"{fmt_int(pop, 'fr')} habitants"
    millions = f"{pop / 1_000_000:.1f}".removesuffix(".0").replace(".", ",")
    plural = "s" if pop >= 2_000_000 else ""
    return f"{millions} million{plural} d'habitants"


@slot("occ_since")
def _occ_since(s: Scene) -> str:
    return str(s.place.occ_since or 2022)


@slot("year_start")
def _year_start(s: Scene) -> str:
    year = s.rng.randint(2022, s.published.year)
    if s.rng.random() < 0.3:
        return s.pick(["the start of the war"], ["le début de la guerre"])
    return str(year)


@slot("nth")
def _nth(s: Scene) -> str:
    return s.pick(EN_ORD, FR_ORD)


@slot("agency")
def _agency(s: Scene) -> str:
    return s.rng.choice(AGENCIES)


# ---------------------------------------------------------------------------
# Article assembly
# ---------------------------------------------------------------------------


@dataclass
class Article:
    """One generated article."""

    id: str
    language: str
    published: str
    title: str
    paragraphs: list[str]

    @property
    def text(self) -> str:
        """Body text: paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    def as_txt(self) -> str:
        """Render as .txt: header line, title, blank line, body."""
        return f" date {self.published} \n{self.title}\n\n{self.text}\n"


def _words(text: str) -> int:
    return len(text.split())


FILLER_WEIGHTS = {
    "secondary": 30,
    "context": 20,
    "reaction": 12,
    "humanitarian": 12,
    "summary": 10,
    "past": 10,
    "verify": 6,
}
OPINION_FILLER_WEIGHTS = {"op_body": 5, "context": 2, "humanitarian": 1, "reaction": 1}
# Reactions, damage reports and "the same district was hit before" only make
# sense after a strike; other events get a narrower mix.
STRIKES = frozenset({"drone", "shelling", "missile", "glide"})
NON_STRIKE_FILLER_WEIGHTS = {"secondary": 35, "context": 25, "summary": 15}
MAX_SECONDARY = 3


class Filler:
    """Produces extra body paragraphs without repeating a sentence or town."""

    def __init__(
        self,
        rng: random.Random,
        lang: str,
        scene: Scene,
        weights: dict[str, int],
        used: set[str],
    ) -> None:
        """Draw paragraph kinds by ``weights``; templates in ``used`` are skipped."""
        self.rng = rng
        self.lang = lang
        self.scene = scene
        self.weights = weights
        self.used = used
        self.towns: set[Place] = {scene.place}
        self.secondary = 0

    def paragraph(self) -> str | None:
        """Return one more paragraph, or None if the drawn kind is used up."""
        groups = list(self.weights)
        group = self.rng.choices(groups, [self.weights[g] for g in groups])[0]
        if group == "secondary":
            return self._secondary()
        options = [t for t in choices_for(self.lang, group, "text", self.scene.place) if t not in self.used]
        if not options:
            return None
        size = 1 if group in ("verify", "op_body") else self.rng.randint(1, 3)
        picked = self.rng.sample(options, min(size, len(options)))
        if group == "verify":  # one verification remark per article is enough
            self.used.update(options)
        self.used.update(picked)
        return " ".join(cap(self.scene.fill(t)) for t in picked)

    def _secondary(self) -> str | None:
        """Report another event, usually in a nearby town, in one paragraph."""
        if self.secondary >= MAX_SECONDARY:
            return None
        main = self.scene.place
        rng = self.rng
        candidates = [p for p in PLACES if p not in self.towns]
        near = [p for p in candidates if p.region_en == main.region_en]
        same_side = [p for p in candidates if p.kind == main.kind]
        if near and rng.random() < 0.5:
            place = rng.choice(near)
        elif same_side and rng.random() < 0.7:
            place = rng.choice(same_side)
        else:
            place = rng.choice(candidates)
        self.towns.add(place)
        self.secondary += 1
        scene = Scene(rng, self.lang, place, self.scene.published, quoted=self.scene.quoted)
        briefs = choices_for(self.lang, "brief", "text", place)
        fresh = [t for t in briefs if t not in self.used] or briefs
        brief = rng.choice(fresh)
        self.used.add(brief)
        text = cap(scene.fill(brief))
        follow = [t for t in choices_for(self.lang, "followup", "text", place) if t not in self.used]
        if follow and rng.random() < 0.5:
            template = rng.choice(follow)
            self.used.add(template)
            text += " " + cap(scene.fill(template))
        return text


def _boilerplate(rng: random.Random, lang: str, place: Place) -> tuple[list[str], list[str]]:
    """Lines a scraper leaves around the article body: (head, tail)."""
    s = Scene(rng, lang, place, FIRST_DAY)
    head: list[str] = []
    tail: list[str] = []
    if rng.random() < 0.2:
        head.append(s.pool("cookie"))
    if rng.random() < 0.3:
        head.append(s.fill(s.pool("photo")))
    if rng.random() < 0.5:
        shares = choices_for(lang, "share", "text", place)
        tail.append("\n".join(rng.sample(shares, rng.randint(1, 2))))
    if rng.random() < 0.3:
        tail.append(s.fill(s.pool("comments")))
    if rng.random() < 0.5:
        teasers = []
        templates = choices_for(lang, "teaser", "text", place)
        for template in rng.sample(templates, rng.randint(1, 3)):
            other = Scene(rng, lang, rng.choice(PLACES), FIRST_DAY)
            teasers.append(other.fill(template))
        tail.append("\n".join(teasers))
    if rng.random() < 0.15:
        tail.append(s.pool("newsletter"))
    return head, tail


def make_article(index: int, seed: int) -> Article:
    """Build article number ``index`` (1-based); depends only on (seed, index)."""
    rng = random.Random(f"{seed}:{index}")
    lang = "fr" if rng.random() < 0.5 else "en"
    published = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    opinion = rng.random() < OPINION_SHARE
    used: set[str] = set()  # templates already in the article

    if opinion:
        place = rng.choice([p for p in PLACES if p.kind == "UA"])
        scene = Scene(rng, lang, place, published, min_killed=1)
        title = scene.fill(scene.pool("op_title"))
        chosen = rng.sample(choices_for(lang, "op_body", "text", place), rng.randint(2, 3))
        body = [cap(scene.fill(t)) for t in chosen]
        if not any("{Cas}" in t for t in chosen):  # otherwise the toll is already given
            event = rng.choice(events_for(lang, place))
            body.insert(1, cap(scene.fill(rng.choice(choices_for(lang, event, "lead", place)))))
        closing = [cap(scene.fill(scene.pool("op_close")))]
        filler_weights = OPINION_FILLER_WEIGHTS
        used.update(chosen)
    else:
        place = rng.choice(PLACES)
        events = events_for(lang, place)
        event = rng.choices(events, [EVENT_WEIGHTS[e] for e in events])[0]
        scene = Scene(rng, lang, place, published)
        title = cap(scene.fill(rng.choice(choices_for(lang, event, "title", place))))
        lead = cap(scene.fill(rng.choice(choices_for(lang, event, "lead", place))))
        details = choices_for(lang, event, "detail", place)
        body = [lead] + [cap(scene.fill(t)) for t in rng.sample(details, min(len(details), rng.randint(1, 3)))]
        closing = []
        filler_weights = FILLER_WEIGHTS if event in STRIKES else NON_STRIKE_FILLER_WEIGHTS

    head, tail = _boilerplate(rng, lang, place)
    target = rng.randint(MIN_WORDS, MAX_WORDS)
    count = sum(_words(p) for p in head + body + closing + tail)
    filler = Filler(rng, lang, scene, filler_weights, used)
    misses = 0
    while count < target and misses < 30:
        paragraph = filler.paragraph()
        if paragraph is None or (count >= MIN_WORDS and count + _words(paragraph) > MAX_WORDS):
            misses += 1
            continue
        body.append(paragraph)
        count += _words(paragraph)

    if head and rng.random() < 0.3:  # photo credit sometimes below the lead
        body.insert(1, head.pop())
    return Article(
        id=f"bench_{index:05d}",
        language=lang,
        published=published.isoformat(),
        title=title,
        paragraphs=head + body + closing + tail,
    )


def write_corpus(n: int, out: Path, seed: int, fmt: str) -> tuple[int, int]:
    """Write ``n`` articles to ``out``; return (articles, words of body text)."""
    out.mkdir(parents=True, exist_ok=True)
    words = 0
    if fmt == "jsonl":
        with (out / "corpus.jsonl").open("w", encoding="utf-8") as fh:
            for i in range(1, n + 1):
                art = make_article(i, seed)
                text = art.text
                words += _words(text)
                record = {
                    "id": art.id,
                    "text": text,
                    "title": art.title,
                    "published": art.published,
                    "language": art.language,
                }
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        for i in range(1, n + 1):
            art = make_article(i, seed)
            words += _words(art.text)
            (out / f"{art.id}.txt").write_text(art.as_txt(), encoding="utf-8")
    return n, words


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, write the corpus and print a summary."""
    parser = argparse.ArgumentParser(description="Generate a synthetic FR/EN war-news corpus for benchmarks.")
    parser.add_argument("--n", type=int, default=500, help="number of articles (default: 500)")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("bench_corpus"),
        help="output directory (default: ./bench_corpus)",
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    parser.add_argument(
        "--format",
        choices=("txt", "jsonl"),
        default="txt",
        help="one .txt file per article, or a single corpus.jsonl (default: txt)",
    )
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be at least 1")

    start = time.perf_counter()
    count, words = write_corpus(args.n, args.out, args.seed, args.format)
    elapsed = time.perf_counter() - start
    where = args.out / "corpus.jsonl" if args.format == "jsonl" else args.out
    print(f"wrote {count} articles, {words} words to {where} in {elapsed:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
