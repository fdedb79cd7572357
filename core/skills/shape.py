"""Does an unmapped phrase read like the name of a skill? The gate keeps an open-vocabulary span as an
*emerging* skill only when it does.

A reader writes skills down as short noun phrases ("Kafka Connect", "stakeholder management", "Kahoot!"), not
as duties ("Write and maintain Airflow DAGs"), fragments ("Perform initial", "cleaning and", "ADP preferred)")
or ordinary words ("another", "Degree"). The context model tags ability phrases the way SkillSpan annotates
them; those stay in the diagnostics (decision "rejected", reason below) but are not shown as skills.
"""

from __future__ import annotations

import re

from core.skills.lines import lines_of

MAX_WORDS = 4
_VERBS = """accelerate administer advise analyse analyze apply assess assist attend automate build champion coach
collaborate communicate conduct contribute coordinate create define deliver deploy design develop document drive
enable ensure establish evaluate evolve execute find handle help hit identify implement improve investigate join
keep lead liaise maintain make manage mentor monitor operate optimise optimize organise organize own participate
partner perform plan prepare present prioritise prioritize produce provide recruit reduce report resolve respond
review run schedule set share shape support supervise take track train translate troubleshoot understand use work
write assign triage greet answer teach visit serve cook clean load pick pack inspect install repair reconcile
negotiate sell ship close open book process""".split()
NOT_SKILL_HEADS = frozenset("""environment environments industry industries sector colleagues stakeholders team
teams state degree specification company companies customers clients role roles position candidate candidates
engineer engineers developer developers manager managers analyst analysts specialist specialists officer nurse
nurses teacher teachers executive executives representative assistant""".split())
FUNCTION_WORDS = frozenset("""a an and as at by for from in into of on or our the their to via with within your
you we is are be will up out off over about""".split())


def _inflections(verb: str) -> set[str]:
    """Regular forms of a verb: 'build' -> builds, building; 'run' -> running; 'write' -> writing."""
    stem = verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb
    double = verb + verb[-1] if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb) else verb
    return {verb, verb + "s", verb + "es", stem + "ed", stem + "ing", double + "ing", double + "ed"}


_IRREGULAR = "built wrote written ran led made took taken found kept understood drove driven undertook".split()
ACTION_WORDS = frozenset([*(w for v in _VERBS for w in _inflections(v)), *_IRREGULAR])
_WORD = re.compile(r"[\w+#.!'’/-]+")


def skill_shaped(surface: str) -> tuple[bool, str]:
    """(True, "") when the phrase can be a skill's name, else (False, why)."""
    text = " ".join(surface.split())
    words = _WORD.findall(text)
    if not words:
        return False, "no words"
    if any(ch in text for ch in ",;:") or text.count("(") != text.count(")"):
        return False, "a fragment of a list or sentence"
    if len(words) > MAX_WORDS:
        return False, f"a phrase of {len(words)} words (a duty, not a skill name)"
    low = [w.lower() for w in words]
    if low[0] in ACTION_WORDS:
        return False, f"starts with the verb '{words[0]}' (a duty, not a skill name)"
    if low[-1] in FUNCTION_WORDS or low[0] in FUNCTION_WORDS - {"a"}:
        return False, "a fragment (starts or ends with a function word)"
    if low[-1] in NOT_SKILL_HEADS:
        return False, f"names a {low[-1]}, not a skill"
    if len(words) == 1 and not _name_like(words[0]):
        return False, "a single ordinary word"
    return True, ""


def _name_like(word: str) -> bool:
    """A name (capitalised: "Temporal", "NEBOSH", "dbt-core" with a symbol) rather than an ordinary lower-case
    word ("another", "process")."""
    if any(ch.isdigit() or ch in "+#!./-" for ch in word):
        return any(ch.isalpha() for ch in word)
    return any(ch.isupper() for ch in word)


_DATE_RANGE = re.compile(r"(?:19|20)\d\d\s*(?:[-–—]|to)\s*(?:(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d|present|now|current"
                         r"|today|date)\b", re.I)
HEADER_MAX_WORDS = 16


def on_role_header(text: str, offset: int) -> bool:
    """True when `offset` sits on a role's short header line: one holding a date range ("Data Engineer, Acme
    Analytics — 2019 – Present") or right above or below a line of dates alone. Unmapped capitalised phrases
    there are employers and places, not skills. Line bounds and word counts come from core.skills.lines, so a
    long line is not scanned once per call."""
    lines = lines_of(text)
    lo, hi = lines.start(offset), lines.end(offset)
    if lines.words(lo, hi) > HEADER_MAX_WORDS:
        return False
    if _DATE_RANGE.search(text, lo, hi) is not None:
        return True
    if lo and _dates_only(lines, lines.start(max(0, lo - 1)), max(0, lo - 1)):  # the line above
        return True
    return hi < len(text) and _dates_only(lines, hi + 1, lines.end(hi + 1))  # the line below


def _dates_only(lines, lo: int, hi: int) -> bool:
    """The line text[lo:hi] is a date range and little else ("Jan 2020 - Dec 2023", "2016 – Present | Remote")."""
    return lines.words(lo, hi) <= 7 and _DATE_RANGE.search(lines.text, lo, hi) is not None
