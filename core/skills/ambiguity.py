"""Rules for ambiguous surface forms ("Go", "R", "C", "Swift", "Spring", "Chef", "Ember", "teams", "make"...).

A candidate whose form is ambiguous is accepted only with evidence, and never when a veto fires:
- veto: word-specific and generic patterns ("go to", "spring 2024", "a chef", "ember of", "grade C", "(R)", a
  name initial such as "John R. Smith", "C)" enumerators, "solid understanding");
- case: product names must use their proper case ("Go", "Teams"; a lower-case taxonomy alias is title-cased),
  except caseless domain words (Form.caseless: "sales", "testing", "English") whose lower case is normal;
- strong evidence (accepts any case): a resume skills section, a line that is a bare list of skills
  ("java spring hibernate"), or a list neighbour separated by punctuation or and/or ("Java, C, C++");
  a neighbour separated by spaces only ("React Redux") counts only with the right case ("DevOps teams" fails);
- weak evidence (needs the right case): a context word of the skill nearby (prefix match for 5+ letters), a cue
  before ("experience with", "proficient in"), a tech word after ("developer", "framework"), or another skill
  within NEIGHBOUR_CHARS — the last one is not enough at the start of a sentence, where capitals prove nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.documents.contact import REGION_CODES

NEIGHBOUR_CHARS = 40
CONTEXT_CHARS = 100
COMMON_SHORT_WORDS = frozenset(
    "a i an am as at be by do go he if in is it me my no of on or so to up us we".split()
)
ARTICLES = frozenset("a an the this that my our your his her their its".split())
TECH_WORDS = frozenset(
    """developer developers development engineer engineers engineering programmer programmers programming
    language languages framework frameworks library libraries code coding stack backend frontend app apps
    application applications sdk api apis runtime ecosystem services microservices server servers scripts
    scripting cookbooks recipes manifests modules components ui native web compiler toolchain""".split()
)
CUES = (
    "experience with", "experience in", "experienced in", "experienced with", "knowledge of", "proficient in",
    "proficiency in", "proficient with", "skilled in", "skills in", "expertise in", "familiar with",
    "familiarity with", "written in", "programming in", "coding in", "fluent in", "fluency in", "using",
    "such as", "including", "e.g", "like",
)
_CUE_ENDINGS = tuple(" " + c for c in CUES)
VETO_NEXT = {
    "go": frozenset(
        """to live ahead beyond above through out back into forward on off further over get far hand along
        extra wrong down up together for the a an getter getters after about around""".split()
    ),
    "spring": frozenset("semester term break season summer fall festival cleaning collection intake and".split()),
    "swift": frozenset("response action delivery turnaround decision and".split()),
    "safe": frozenset("and to from for place environment working manner practices clean secure".split()),
    "solid": frozenset(
        "understanding knowledge experience background foundation foundations grasp skills track".split()
    ),
}
VETO_PREV = {
    "go": frozenset("to will can must let lets would could should we you they i may might".split()),
    "spring": frozenset("this last next early late every in".split()),
    "chef": frozenset("head sous executive pastry private personal".split()),
}
LETTER_VETO_PREV = frozenset(
    """grade vitamin type section part plan class category level appendix schedule option tier phase block
    series form model size unit team band division round step item room building floor""".split()
)
# "keep the kitchen safe": the adjective, not SAFe (a verb of keeping or being shortly before it)
ADJECTIVE_VERBS = {"safe": frozenset("keep keeps kept keeping stay stays remain remains feel feels be is are was were".split())}
_PLACE_BEFORE = re.compile(r"[A-Z][A-Za-z.'\-]+,[ \t]*$")
_REGION_AFTER = re.compile(r",[ \t]*([A-Z]{2})(?=[ \t]*(?:$|[\n)(|·•,;–-]|\d))", re.M)
LETTER_VETO_NEXT = frozenset("level suite class grade corp inc ltd section panel".split())
_LIST_GAP = re.compile(r"^[\s,;/|&+•·*()\-–—]*(?:(?:and|or|&)[\s,;/|]*)?$", re.I)


@dataclass
class Verdict:
    """The gate's decision for one ambiguous candidate."""

    accepted: bool
    confidence: float = 0.0
    reason: str = ""  # evidence when accepted, rejection reason otherwise
    evidence: list[str] = field(default_factory=list)


def caps_context(text: str, start: int, end: int) -> bool:
    """True when the surrounding words are all upper-case (a heading), where case proves nothing."""
    letters = [ch for ch in text[max(0, start - 25):end + 25] if ch.isalpha()]
    return len(letters) > end - start + 3 and all(ch.isupper() for ch in letters)


def case_ok(surface: str, declared: tuple[str, ...]) -> bool:
    """True when the surface uses a declared spelling's case (or is its all-caps form)."""
    if surface in declared:
        return True
    return len(surface) > 1 and surface.isupper() and any(d.upper() == surface for d in declared)


def _words(norm: str, ns: int, ne: int) -> tuple[str, str, str]:
    """Previous word, next word and the word after it in the normalised text."""
    before = norm[max(0, ns - 40):ns].split()
    after = norm[ne:ne + 60].split()
    return (before[-1] if before else "", after[0] if after else "", after[1] if len(after) > 1 else "")


def veto(form_key: str, text: str, norm: str, span: tuple[int, int, int, int], anchored_before: bool) -> str:
    """A rejection reason when the candidate reads as ordinary English, else ''."""
    ns, ne, start, end = span
    prev, nxt, nxt2 = _words(norm, ns, ne)
    if nxt in VETO_NEXT.get(form_key, ()):
        return f"followed by '{nxt}'"
    if prev in VETO_PREV.get(form_key, ()):
        return f"preceded by '{prev}'"
    if form_key == "spring" and nxt[:1].isdigit():
        return "season with a year"
    if set(norm[max(0, ns - 30):ns].split()[-3:]) & ADJECTIVE_VERBS.get(form_key, frozenset()):
        return "everyday adjective"
    place = _place(text, start, end)
    if place:
        return place
    if nxt == "of":
        return "followed by 'of'"
    if prev in ARTICLES and nxt not in TECH_WORDS:
        return f"after article '{prev}'"
    if len(form_key) == 1:
        return _letter_veto(text, start, end, prev, nxt, anchored_before)
    return ""


def _place(text: str, start: int, end: int) -> str:
    """'Sacramento, CA' / 'Phoenix, AZ': a region code after a town, or a town before a region code."""
    surface = text[start:end]
    if surface in REGION_CODES and _PLACE_BEFORE.search(text[max(0, start - 30):start]):
        return "region code of a place"
    after = _REGION_AFTER.match(text, end)
    if after and after.group(1) in REGION_CODES and surface[:1].isupper():
        return "town before a region code"
    return ""


def _letter_veto(text: str, start: int, end: int, prev: str, nxt: str, anchored_before: bool) -> str:
    """Vetoes for single-letter forms (R, C): grades, initials, enumerators, registered marks."""
    if prev in LETTER_VETO_PREV or nxt in LETTER_VETO_NEXT:
        return "letter used as a label"
    before, after = text[start - 1:start] if start else "", text[end:end + 1]
    if before == "(" and after == ")":
        return "letter in parentheses"
    if after == ")" or (after in (".", ":") and _at_line_start(text, start)):
        return "enumerator"
    if after == "." and not anchored_before:
        head = text[max(0, start - 30):start].split()
        if head and head[-1][:1].isupper() and head[-1].isalpha():
            return "name initial"
    return ""


_SENTENCE_ENDS = frozenset("\n.!?:•*-–—|;")


def _at_line_start(text: str, start: int) -> bool:
    """True when only spaces, tabs or '(' separate `start` from the start of its line."""
    head = text[max(0, start - 12):start].rstrip(" \t(")
    return head.endswith("\n") or (not head and start <= 12)


def at_sentence_start(text: str, start: int) -> bool:
    """True when `start` begins a line, a sentence, a bullet or follows a colon (capitals prove nothing there)."""
    head = text[max(0, start - 12):start].rstrip(" \t")
    return (not head and start <= 12) or head[-1:] in _SENTENCE_ENDS


def _cue_before(norm: str, ns: int) -> bool:
    """True when a cue phrase such as 'experience with' ends right before the candidate."""
    head = " " + " ".join(norm[max(0, ns - 40):ns].split())
    return head.endswith(_CUE_ENDINGS)


def _named_in(text: str, norm: str, ns: int, end: int) -> bool:
    """True for "... in Go," / "written with Swift." — 'in' or 'with' right before, punctuation or a line end
    right after (only checked once the surface has the product's own case)."""
    head = norm[max(0, ns - 6):ns].split()
    after = text[end:end + 1]
    return bool(head) and head[-1] in ("in", "with") and (after == "" or after in ",.;)\n")


def context_needles(words: tuple[str, ...]) -> tuple[str, ...]:
    """Search strings for normalised context words: words of 5+ chars also match as a prefix
    ("fluent" finds "fluently"), shorter ones only as whole tokens."""
    return tuple(f" {w}" if len(w) >= 5 else f" {w} " for w in words)


def _has_context(norm: str, ns: int, ne: int, needles: tuple[str, ...]) -> str:
    """The first context word found within CONTEXT_CHARS of the candidate, else ''."""
    if not needles:
        return ""
    window = " " + " ".join(norm[max(0, ns - CONTEXT_CHARS):ne + CONTEXT_CHARS].split()) + " "
    for needle in needles:
        if needle in window:
            return needle.strip()
    return ""


def list_neighbour(text: str, start: int, end: int, prev_anchor, next_anchor) -> str:
    """'punct' when an accepted mention sits right before or after, separated by list punctuation or and/or;
    'space' when separated by spaces only (a weaker sign: "DevOps teams"); '' otherwise."""
    gaps = []
    if prev_anchor is not None and start - prev_anchor[1] <= 12:
        gaps.append(text[prev_anchor[1]:start])
    if next_anchor is not None and next_anchor[0] - end <= 12:
        gaps.append(text[end:next_anchor[0]])
    kinds = ["space" if not gap.strip() else "punct" for gap in gaps if _LIST_GAP.match(gap)]
    return "punct" if "punct" in kinds else ("space" if kinds else "")


def judge(form, *, surface: str, text: str, norm: str, span: tuple[int, int, int, int], block: str,
          prev_anchor, next_anchor) -> Verdict:
    """Accept or reject one ambiguous candidate of `form` (a core.skills.forms.Form). `block` is
    "skills_section" or "list_line" when the candidate sits in a list of skills, else ""; anchors are the
    (start, end) of the nearest accepted mentions before and after it."""
    ns, ne, start, end = span
    listed = list_neighbour(text, start, end, prev_anchor, next_anchor)
    reason = veto(form.key, text, norm, span, bool(listed))
    right_case = form.caseless or case_ok(surface, form.declared)
    if reason.startswith("after article") and right_case and _has_context(norm, ns, ne, form.context):
        reason = ""  # "our Snowflake warehouse": the product's own case and its context outweigh the article
    if reason:
        return Verdict(False, reason=reason)
    if block or listed == "punct" or (listed == "space" and right_case):
        kind = block or "list"
        return Verdict(True, 0.85, kind, [kind])
    if not right_case:
        return Verdict(False, reason="case")
    evidence = []
    word = _has_context(norm, ns, ne, form.context)
    if word:
        evidence.append(f"context:{word}")
    if _cue_before(norm, ns) or _named_in(text, norm, ns, end):
        evidence.append("cue")
    if _words(norm, ns, ne)[1] in TECH_WORDS:
        evidence.append("tech_word")
    near = (prev_anchor is not None and start - prev_anchor[1] <= NEIGHBOUR_CHARS) or (
        next_anchor is not None and next_anchor[0] - end <= NEIGHBOUR_CHARS
    )
    if near and (form.caseless or not at_sentence_start(text, start)):
        evidence.append("neighbour")
    if not evidence:
        return Verdict(False, reason="no supporting context")
    confidence = 0.8 if word else (0.75 if "neighbour" not in evidence or len(evidence) > 1 else 0.65)
    return Verdict(True, confidence, evidence[0], evidence)
