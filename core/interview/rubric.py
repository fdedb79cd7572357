"""Rubric signals read from the answer text: STAR parts, technical structure, and specificity."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from core.interview.text import human_join, sentences, word_count

_I = re.I
STAR_CUES: dict[str, re.Pattern] = {
    "Situation": re.compile(
        r"\b(when|while|at my (previous|last|current|old)|in my (previous|last|current|first) (job|role|team|company)"
        r"|last (year|quarter|month)|our team|we had|we were|there was|the project|a project|the company|a client"
        r"|a customer|once)\b", _I),
    "Task": re.compile(
        r"\b(my (task|job|goal|role|responsibility|part)|i was (responsible|asked|tasked|in charge|assigned|put in)"
        r"|i needed to|i had to|the goal was|the task was|we needed to|asked me to|needed to|had to|the challenge was"
        r"|my aim|i owned|i own|i took (ownership|charge|the lead|responsibility)|as (the|a) (\w+ )?(lead|owner)"
        r"|i was (the|a|an|one of the) (\w+ ){0,2}(lead|owner|engineer|developer|manager|architect|analyst|designer"
        r"|scientist|consultant|nurse|coordinator|head|point person|contact|on-call))\b", _I),
    "Action": re.compile(
        r"\bi (\w+ed|built|wrote|led|set|ran|made|took|drove|spoke|met|chose|began|sat|put|brought|found|sent|gave"
        r"|kept|paired|broke|split|rewrote|moved|went|did|started|decided|proposed)\b|\bso i\b|\bfirst,? i\b", _I),
    "Result": re.compile(
        r"\b(as a result|result(ed|s)?|outcome|in the end|eventually|finally|which (led|meant|cut|saved|reduced)"
        r"|reduc\w*|increas\w*|improv\w*|cut|saved|shipped|delivered|launched|on time|learn(ed|t)|lesson|since then"
        r"|afterwards|now we)\b|\d+\s?%", _I),
}
STAR_PROMPTS = {
    "Situation": "what the situation was",
    "Task": "what you were responsible for",
    "Action": "what you did yourself",
    "Result": "how it turned out (numbers if you have them)",
}
_REASONING = re.compile(r"\b(because|so that|which means|therefore|since|this (lets|means|avoids|ensures)|in order to"
                        r"|the reason|that way|otherwise)\b", _I)
_EXAMPLE = re.compile(  # an example from the person's work; "I used X" alone is not one
    r"\b(for (example|instance)|e\.g\.|such as|as an example|to give an example|in production"
    r"|in (one|a|an|my|our) (recent |previous |last |current |first |old |big )?(project|role|job|team|company"
    r"|startup|migration|system|internship|position|client|incident|release)"
    r"|on (one|a|an) (recent |previous )?(project|team|occasion|client|incident)|at (my|our) (previous|last|current"
    r"|old|first)? ?(job|company|employer|team|role|startup)"
    r"|once,? (when|at|in|on|during)|one time|there was a time|i remember (when|a time|once)"
    r"|last (year|month|quarter|week|project|sprint|job|role)|when i was (at|working|on|in)|in (19|20)\d\d)\b", _I)
_COMPANY_EXAMPLE = re.compile(r"\b[Aa]t [A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3},? (we|I|our|my)\b")  # "At Acme we"
_TRADEOFF = re.compile(r"\b(but|however|trade-?offs?|downside|instead|on the other hand|whereas|unless|depends"
                       r"|drawback|cost of|at the expense|pitfalls?|careful)\b", _I)
_NUMBER = re.compile(r"\b\d[\d,.]*\s?(%|percent|ms|s|sec|seconds|minutes|hours|days|weeks|x|k|m|gb|tb|mb|users"
                     r"|requests|rps|qps)?\b|\b(two|three|four|five|six|ten|twenty|hundred|thousand|million"
                     r"|half|double|twice)\b", _I)
_OUTCOME = re.compile(r"\b(reduc\w*|increas\w*|improv\w*|cut|saved?|faster|slower|fewer|lower(ed)?|raised|grew"
                      r"|dropped|halved|doubled|shipped|delivered|launched|resolved|fixed|prevent\w*|avoid\w*"
                      r"|latency|throughput|uptime|revenue|cost|errors?|incidents?|outcome|result\w*)\b", _I)


@dataclass(frozen=True)
class Signal:
    """A rubric part's value (0..1) and a human detail line."""

    value: float
    detail: str
    missing: tuple[str, ...] = ()  # e.g. STAR parts not found


def star_signal(answer: str) -> Signal:
    """Fraction of the STAR parts (Situation, Task, Action, Result) the answer shows."""
    found = [part for part, cue in STAR_CUES.items() if cue.search(answer or "")]
    missing = tuple(part for part in STAR_CUES if part not in found)
    marks = " · ".join(f"{p} {'✓' if p in found else '✗'}" for p in STAR_CUES)
    return Signal(len(found) / len(STAR_CUES), f"STAR: {marks}", missing)


def technical_structure(answer: str) -> Signal:
    """Structure of a technical answer: developed, reasoned, illustrated, and aware of trade-offs."""
    checks: list[tuple[str, Callable[[str], bool]]] = [
        ("developed over several sentences", lambda a: len(sentences(a)) >= 3 or word_count(a) >= 60),
        ("explains why", lambda a: bool(_REASONING.search(a))),
        ("gives an example", lambda a: bool(_EXAMPLE.search(a) or _COMPANY_EXAMPLE.search(a))),
        ("weighs trade-offs", lambda a: bool(_TRADEOFF.search(a))),
    ]
    found = [name for name, check in checks if check(answer or "")]
    missing = tuple(name for name, _ in checks if name not in found)
    detail = f"Has: {human_join(found)}." if found else "One-line answer without reasoning or an example."
    if found and missing:
        detail += f" Missing: {human_join(list(missing))}."
    return Signal(len(found) / len(checks), detail, missing)


def specificity_signal(answer: str, tools: list[str]) -> Signal:
    """Numbers, named tools (taxonomy skills) and outcomes (one third each; two tools give the full tool share)."""
    text = answer or ""
    numbers = _NUMBER.findall(text)
    named = list(dict.fromkeys(tools))  # taxonomy skills only: a capitalised word may be a company
    outcome = bool(_OUTCOME.search(text))
    value = (min(len(numbers), 1) + min(len(named), 2) / 2 + int(outcome)) / 3
    found = []
    if numbers:
        found.append("numbers")
    if named:
        found.append(f"tools ({human_join(named[:4])})")
    if outcome:
        found.append("an outcome")
    missing = tuple(x for x, ok in (("numbers", numbers), ("named tools", named), ("an outcome", outcome)) if not ok)
    detail = f"Mentions {human_join(found)}." if found else "No numbers, tools or outcomes."
    return Signal(round(value, 3), detail, missing)
