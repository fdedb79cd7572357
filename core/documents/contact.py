"""Contact details of a resume: name, email, phone, location from the top; links from anywhere."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.documents.sections import Section
from core.documents.titles import lines_of, segments, title_score

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![\w-])")
PHONE = re.compile(r"(?<![\w/.])\+?(?:\(\d{1,4}\)[\s.-]?)?\d[\d\s().-]{5,17}\d(?![\w/])")
LINK = re.compile(
    r"(?:https?://|www\.)[^\s<>()\"']+|\b(?:linkedin\.com|github\.com|gitlab\.com)/[^\s<>()\"']+", re.IGNORECASE
)
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d")
_LABELLED = re.compile(r"^[ \t]*(?P<label>name|location|address|city)[ \t]*[:\-][ \t]*(?P<value>.+)$", re.I | re.M)
_PLACE = re.compile(
    r"^[A-Z][A-Za-z.'\- ]{1,30},\s*[A-Za-z][A-Za-z.'\- ]{1,30}(?:,\s*[A-Z][A-Za-z ]{1,20})?(?:\s+\d{5}(?:-\d{4})?)?$"
)
_NAME = re.compile(r"^[A-ZÀ-Ý][^\W\d_.'\-]*[\w.'\-]*(?:\s+[A-ZÀ-Ý][\w.'\-]*){1,3}$")
# "London SE15", "Manchester M14 4AB": a town and a UK postcode (or its outward part)
# and "Melbourne VIC 3000" (an Australian state and postcode)
_POSTCODE_PLACE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*\s+(?:[A-Z]{1,2}\d[A-Z\d]?(?:\s*\d[A-Z]{2})?"
                             r"|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4})$")
# post-nominals written after a name without a comma ("JAMES WHITFIELD CPA")
_POST_NOMINALS = frozenset(
    "cpa ca aca acca cima cfa rn bsn msn lpn np md phd mba pmp lmsw lcsw cma cpht dpt esq jd shrm-cp cipd".split()
)
# two-letter region codes a place line ends with (US states, Canadian provinces, UK/US)
REGION_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR "
    "PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR AB BC MB NB NL NS NT NU ON PE QC SK YT UK US".split()
)
_LONG_REGIONS = frozenset({"USA", "UAE", "NSW", "QLD", "VIC", "ACT", "NCR", "EU"})
_HEADING_WORDS = frozenset("resume curriculum vitae cv profile summary contact".split())


@dataclass(frozen=True)
class Contact:
    """Contact details found near the top of a resume (links from anywhere)."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    location: str | None = None
    links: list[str] = field(default_factory=list)


def _top(text: str, sections: list[Section]) -> str:
    """The contact block, or the first ten lines when no contact block was found."""
    contact = [text[s.start : s.end] for s in sections if s.name == "contact"]
    return "\n".join(contact) if contact else "\n".join(text.split("\n")[:10])


def _phone(top: str) -> str | None:
    for m in PHONE.finditer(top):
        value = m.group(0).strip()
        digits = sum(c.isdigit() for c in value)
        if 7 <= digits <= 15 and not _YEAR_RANGE.fullmatch(value):
            return value
    return None


def _labelled(top: str, *labels: str) -> str | None:
    for m in _LABELLED.finditer(top):
        if m.group("label").lower() in labels:
            return m.group("value").strip()
    return None


def _is_credential(part: str) -> bool:
    """'RN', 'BSN', 'CMA (AAMA)', 'MSN': letters after a name's comma that are a credential, not a region."""
    word = re.sub(r"\s*\([^)]*\)\s*$", "", part.strip())
    qualified = word != part.strip()  # 'CA (Singapore)' is a credential with its awarding country
    return bool(re.fullmatch(r"[A-Z][A-Za-z.\-]{1,7}", word)) and sum(c.isupper() for c in word) >= 2 \
        and (qualified or (word not in REGION_CODES and word not in _LONG_REGIONS))


def _name_head(line: str) -> str | None:
    """The person's name at the start of a line: 'Aisha Rahman, RN, BSN' -> 'Aisha Rahman' (credentials after
    commas, a title after a dash or wide gap dropped); None when the line does not start with a name."""
    parts = segments(line.strip()) or [line.strip()]
    head, _, rest = parts[0].partition(",")
    words = head.split()
    while len(words) > 2 and words[-1].lower().strip(".") in _POST_NOMINALS:
        words.pop()
    head = " ".join(words)
    if rest and not all(_is_credential(p) for p in rest.split(",")):
        return None
    if _NAME.match(head) and title_score(head) == 0 and not set(head.lower().split()) & _HEADING_WORDS:
        return head
    return None


def _name_line(top: str) -> tuple[str | None, int | None]:
    """The name and the index of the line it was read from (among the first four lines)."""
    labelled = _labelled(top, "name")
    if labelled:
        return labelled, None
    for i, line in enumerate(top.split("\n")[:4]):
        name = _name_head(line)
        if name:
            return name, i
    return None, None


def _is_place(part: str) -> bool:
    """'Fort Worth, TX 76104', 'Leeds, West Yorkshire', 'London SE15'; never 'Chester Hollis, LMSW'."""
    if _POSTCODE_PLACE.match(part):
        return True
    if not _PLACE.match(part) or title_score(part) or "@" in part:
        return False
    tails = [re.sub(r"\s+\d[\d-]*$", "", p.strip()) for p in part.split(",")[1:]]
    return not any(_is_credential(t) for t in tails)


def _location(top: str, name_line: int | None) -> str | None:
    labelled = _labelled(top, "location", "address", "city")
    if labelled:
        return labelled
    for i, line in enumerate(lines_of(top, 0, len(top))):
        if i == name_line:
            continue  # the person's name is never their location ('Aisha Rahman, RN, BSN')
        for part in segments(line.text):
            if _is_place(part):
                return part
    return None


def contact_details(text: str, sections: list[Section]) -> Contact:
    """Name, email, phone, location from the contact block (email falls back to the whole text); all links."""
    top = _top(text, sections)
    email = EMAIL.search(top) or EMAIL.search(text)
    links = list(dict.fromkeys(m.group(0).rstrip(".,;:") for m in LINK.finditer(text)))
    name, name_line = _name_line(top)
    return Contact(name, email.group(0) if email else None, _phone(top), _location(top, name_line), links)
