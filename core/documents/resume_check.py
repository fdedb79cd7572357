"""Is this text a resume at all? A verdict with reasons, so "hello" or a shopping list never becomes a profile.

The rule, deliberately lenient: a resume has at least MIN_WORDS words, and at least one of
- a recognised section heading (Experience, Education, Skills, ... including inline "Skills: ..."),
- a job title (from the roles or the headline under the name),
- MIN_SKILLS distinct skills (so a resume with headings in another language still passes).
The extractor finds a stray skill or two in almost any text ("Spring" in a news item, "SOAP" on a shopping
list), so one or two skills alone are not enough. Leaning lenient on purpose: refusing a real resume costs the
person more than a thin report on prose that names three technologies (a tech news item can pass).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from core.documents.resume import ResumeParse

MIN_WORDS = 30
MIN_SKILLS = 3
# Han and Kana: scripts written without spaces; about two characters make a word.
_NO_SPACE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
# Scripts whose resumes we cannot read yet (the skill vocabulary and headings are English).
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(f"[{ranges}]")) for name, ranges in (
    ("Hebrew", "\u0590-\u05ff\ufb1d-\ufb4f"),
    ("Arabic", "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"),
    ("Cyrillic", "\u0400-\u052f"),
    ("Greek", "\u0370-\u03ff"),
    ("Armenian", "\u0530-\u058f"),
    ("Georgian", "\u10a0-\u10ff"),
    ("Devanagari", "\u0900-\u097f"),
    ("Bengali", "\u0980-\u09ff"),
    ("Tamil", "\u0b80-\u0bff"),
    ("Thai", "\u0e00-\u0e7f"),
    ("Chinese or Japanese", "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"),
    ("Korean", "\uac00-\ud7af\u1100-\u11ff"),
))
_SCRIPT_SAMPLE = 20_000  # characters: the script of a resume shows in its first pages


@dataclass(frozen=True)
class ResumeVerdict:
    """What the resume check found; `usable` is the decision and `reasons` what was missing, for people."""

    words: int
    headings: tuple[str, ...]  # section headings as written, in order
    titles: tuple[str, ...]
    skills: tuple[str, ...]  # distinct skill names
    script: str | None = None  # the non-Latin script most of the letters are in ("Hebrew"), if any

    @property
    def too_short(self) -> bool:
        """Fewer words than any resume has."""
        return self.words < MIN_WORDS

    @property
    def has_resume_signal(self) -> bool:
        """A section heading, a job title, or enough skills."""
        return bool(self.headings or self.titles or len(self.skills) >= MIN_SKILLS)

    @property
    def usable(self) -> bool:
        """Long enough and with at least one sign of a resume."""
        return not self.too_short and self.has_resume_signal

    @property
    def reasons(self) -> tuple[str, ...]:
        """What was missing, as short phrases (empty when usable)."""
        if self.usable:
            return ()
        found: list[str] = []
        if self.too_short:
            found.append(f"it has only {_count(self.words, 'word')} (a resume has at least {MIN_WORDS})")
        if not self.headings:
            found.append("no sections such as Experience, Education or Skills")
        if not self.titles:
            found.append("no job title")
        if not self.skills:
            found.append("no skills we recognise")
        elif len(self.skills) < MIN_SKILLS:
            found.append(f"only {_count(len(self.skills), 'skill')} ({', '.join(self.skills)})")
        return tuple(found)

    @property
    def missing(self) -> str:
        """The reasons as one phrase ("it has only 1 word ..., no job title and no skills we recognise")."""
        return _join(self.reasons)

    @property
    def language_note(self) -> str:
        """When no skill was found in a text written in a script we do not read yet: say so ("" otherwise)."""
        if not self.script or self.skills:
            return ""
        return (f"It seems to be written in {self.script}, and resumes in that language are not supported yet: "
                "skills are recognised in English only, so none were found. An English version of your resume "
                "will work.")

    @property
    def warnings(self) -> tuple[str, ...]:
        """Warnings for a person about a text that was read (the language note), even when usable."""
        return (self.language_note,) if self.language_note else ()

    @property
    def message(self) -> str:
        """One sentence for a person: that this is not a resume, and why ("" when usable), plus the language note."""
        if self.usable:
            return ""
        note = f" {self.language_note}" if self.language_note else ""
        return f"This does not look like a resume: {self.missing}.{note}"


def check_resume(text: str, parse: ResumeParse, skills: Iterable[str]) -> ResumeVerdict:
    """Judge a text as a resume from its parse and the names of the skills found in it."""
    headings = tuple(s.heading for s in parse.sections if s.heading)
    distinct: dict[str, str] = {}
    for name in skills:
        if name and name.strip():
            distinct.setdefault(name.strip().lower(), name.strip())
    return ResumeVerdict(count_words(text), headings, tuple(parse.titles), tuple(distinct.values()),
                         writing_script(text))


def writing_script(text: str) -> str | None:
    """The non-Latin script (e.g. "Hebrew") holding more than half the letters of the text's start, else None."""
    sample = (text or "")[:_SCRIPT_SAMPLE]
    letters = sum(1 for ch in sample if ch.isalpha())
    if not letters:
        return None
    name, count = max(((name, len(pattern.findall(sample))) for name, pattern in _SCRIPTS), key=lambda p: p[1])
    return name if count * 2 > letters else None


def count_words(text: str) -> int:
    """Whitespace-separated tokens with a letter or digit; Han and Kana count one word per two characters."""
    spaced = _NO_SPACE_SCRIPT.sub(" ", text or "")
    tokens = sum(1 for token in spaced.split() if any(ch.isalnum() for ch in token))
    return tokens + (len(_NO_SPACE_SCRIPT.findall(text or "")) + 1) // 2


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _join(parts: tuple[str, ...]) -> str:
    return ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else "".join(parts)
