"""Location canonicalization: free text ("Bangalore", "New York, NY", "Remote - US") -> city, country, remote."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# canonical city -> (country, aliases); aliases are lower-case, accents removed.
CITIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Bengaluru": ("India", ("bangalore", "bengaluru", "bengaluru urban", "blr")),
    "Mumbai": ("India", ("bombay", "mumbai", "navi mumbai", "thane")),
    "Delhi": ("India", ("delhi", "new delhi", "delhi ncr", "ncr")),
    "Hyderabad": ("India", ("hyderabad", "secunderabad", "hitech city")),
    "Chennai": ("India", ("chennai", "madras")),
    "Pune": ("India", ("pune", "poona")),
    "Kolkata": ("India", ("kolkata", "calcutta")),
    "Gurugram": ("India", ("gurugram", "gurgaon")),
    "Noida": ("India", ("noida", "greater noida")),
    "Ahmedabad": ("India", ("ahmedabad",)),
    "New York": ("United States", ("new york", "new york city", "nyc", "manhattan", "brooklyn")),
    "San Francisco": ("United States", ("san francisco", "sf", "san francisco bay area", "bay area")),
    "Seattle": ("United States", ("seattle", "bellevue", "redmond")),
    "Austin": ("United States", ("austin",)),
    "Boston": ("United States", ("boston", "cambridge ma")),
    "Chicago": ("United States", ("chicago",)),
    "Los Angeles": ("United States", ("los angeles", "la", "santa monica")),
    "San Jose": ("United States", ("san jose", "silicon valley", "mountain view", "palo alto", "sunnyvale")),
    "Washington": ("United States", ("washington dc", "washington d.c.", "district of columbia")),
    "Atlanta": ("United States", ("atlanta",)),
    "Denver": ("United States", ("denver", "boulder")),
    "Toronto": ("Canada", ("toronto", "gta")),
    "Vancouver": ("Canada", ("vancouver",)),
    "Montreal": ("Canada", ("montreal",)),
    "London": ("United Kingdom", ("london", "greater london", "city of london")),
    "Manchester": ("United Kingdom", ("manchester",)),
    "Dublin": ("Ireland", ("dublin",)),
    "Berlin": ("Germany", ("berlin",)),
    "Munich": ("Germany", ("munich", "munchen")),
    "Amsterdam": ("Netherlands", ("amsterdam",)),
    "Paris": ("France", ("paris", "ile-de-france")),
    "Madrid": ("Spain", ("madrid",)),
    "Barcelona": ("Spain", ("barcelona",)),
    "Lisbon": ("Portugal", ("lisbon", "lisboa")),
    "Zurich": ("Switzerland", ("zurich",)),
    "Stockholm": ("Sweden", ("stockholm",)),
    "Warsaw": ("Poland", ("warsaw", "warszawa")),
    "Singapore": ("Singapore", ("singapore",)),
    "Tokyo": ("Japan", ("tokyo",)),
    "Sydney": ("Australia", ("sydney",)),
    "Melbourne": ("Australia", ("melbourne",)),
    "Dubai": ("United Arab Emirates", ("dubai",)),
    "Tel Aviv": ("Israel", ("tel aviv", "tel aviv-yafo")),
    "Sao Paulo": ("Brazil", ("sao paulo",)),
    "Shanghai": ("China", ("shanghai",)),
}

COUNTRIES: dict[str, tuple[str, ...]] = {
    "United States": ("us", "usa", "u.s.", "u.s.a.", "united states", "united states of america", "america"),
    "India": ("in", "ind", "india"),
    "United Kingdom": ("uk", "gb", "u.k.", "united kingdom", "great britain", "england", "scotland"),
    "Canada": ("ca", "can", "canada"), "Germany": ("de", "deu", "germany", "deutschland"),
    "Ireland": ("ie", "ireland"), "Netherlands": ("nl", "netherlands", "the netherlands"),
    "France": ("fr", "france"), "Spain": ("es", "spain"), "Portugal": ("pt", "portugal"),
    "Switzerland": ("ch", "switzerland"), "Sweden": ("se", "sweden"), "Poland": ("pl", "poland"),
    "Singapore": ("sg", "singapore"), "Japan": ("jp", "japan"), "Australia": ("au", "australia"),
    "United Arab Emirates": ("ae", "uae", "united arab emirates"), "Israel": ("il", "israel"),
    "Brazil": ("br", "brazil", "brasil"), "China": ("cn", "china"), "Mexico": ("mx", "mexico"),
}

US_STATES = (
    "al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok "
    "or pa ri sc sd tn tx ut vt va wa wv wi wy dc"
).split()
US_STATE_NAMES = ("california", "new york", "texas", "washington", "massachusetts", "illinois", "colorado",
                  "georgia", "florida", "virginia", "oregon", "north carolina", "pennsylvania", "new jersey")
INDIA_STATES = ("karnataka", "maharashtra", "telangana", "tamil nadu", "west bengal", "haryana", "uttar pradesh",
                "gujarat", "kerala", "andhra pradesh", "delhi ncr")
CA_PROVINCES = ("ontario", "british columbia", "quebec", "alberta", "on", "bc", "qc", "ab")
REMOTE_WORDS = ("remote", "anywhere", "work from home", "wfh", "telecommute", "worldwide", "distributed")


@dataclass(frozen=True)
class Location:
    """A canonical location; any part may be unknown."""

    city: str | None
    country: str | None
    remote: bool


def canonicalize(raw: str | None) -> Location:
    """City, country and remote flag for a free-text location."""
    if not raw or not raw.strip():
        return Location(None, None, False)
    text = _fold(raw)
    remote = any(re.search(rf"\b{re.escape(w)}\b", text) for w in REMOTE_WORDS)
    parts = [p.strip(" .") for p in re.split(r"[,;/|()]|\s[-–—]\s|\s[-–—]|[-–—]\s", text) if p.strip(" .")]
    city = country = None
    for part in parts:
        bare = _strip_remote(part)
        if not bare:
            continue
        if city is None and bare in _city_index():
            city = _city_index()[bare]
        elif country is None:
            country = _country_of(bare)
    if city:
        country = CITIES[city][0]  # a known city decides ("Berlin, DE" is Germany, not Delaware)
    elif parts and _plausible_city(parts[0]) and _country_of(parts[0]) is None:
        city = parts[0].title()  # an unknown city keeps its own name, title-cased
    return Location(city, country, remote)


def _country_of(part: str) -> str | None:
    if len(part) > 2 and part in _country_index():
        return _country_index()[part]
    if part in US_STATES or part in US_STATE_NAMES:
        return "United States"  # "Austin, TX"; two-letter codes read as US states first
    if part in INDIA_STATES:
        return "India"
    if part in CA_PROVINCES:
        return "Canada"
    return _country_index().get(part)


def _strip_remote(part: str) -> str:
    out = part
    for word in REMOTE_WORDS:
        out = re.sub(rf"\b{re.escape(word)}\b", " ", out)
    out = re.sub(r"\b(hybrid|on-?site|in office|only|based|within|\+)\b", " ", out)
    return re.sub(r"\s+", " ", out).strip(" .-:")


def _plausible_city(part: str) -> bool:
    bare = _strip_remote(part)
    return bool(bare) and bare == part and len(bare) > 2 and not any(ch.isdigit() for ch in bare)


def _fold(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if not unicodedata.combining(ch)).lower().strip()


@lru_cache(maxsize=1)
def _city_index() -> dict[str, str]:
    return {alias: city for city, (_c, aliases) in CITIES.items() for alias in (*aliases, _fold(city))}


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    return {alias: country for country, aliases in COUNTRIES.items() for alias in (*aliases, _fold(country))}
