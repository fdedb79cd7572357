"""Evidence spans: the sentence (or line) around a mention, cut at exact character offsets."""

from __future__ import annotations

from dataclasses import dataclass

from core.skills.models import SkillMention

MAX_SIDE_CHARS = 240  # context kept on each side of the match before clipping at a word boundary
_ABBREVIATIONS = {"e.g", "i.e", "etc", "vs", "sr", "jr", "inc", "ltd", "dr", "mr", "ms", "mrs", "approx", "no", "st"}
WRAPPED_LINE_CHARS = 60  # a line this long without end punctuation was probably wrapped by the PDF/Word layout
_BULLETS = "\u2022\u25aa\u25cf\u00b7\u2013\u2014*->"
_LEADING_JUNK = " \t\r\n\u2022\u25aa\u25cf\u00b7\u2013\u2014*->|:;,"
_TRAILING_JUNK = " \t\r\n|,;"


@dataclass(frozen=True)
class Evidence:
    """`before + match + after == text[sentence_start : sentence_start + len(before + match + after)]`."""

    before: str
    match: str
    after: str
    sentence_start: int
    clipped_before: bool = False  # the sentence went on before `before` (show an ellipsis)
    clipped_after: bool = False

    @property
    def sentence(self) -> str:
        """The whole evidence text."""
        return self.before + self.match + self.after


def evidence(text: str, mention: SkillMention, max_side: int = MAX_SIDE_CHARS) -> Evidence:
    """The sentence or line around the mention's span, the span itself untouched."""
    start, end = max(0, mention.start), min(len(text), mention.end)
    left = _sentence_start(text, start)
    right = _sentence_end(text, end)
    clipped_before = clipped_after = False
    if start - left > max_side:
        left, clipped_before = _word_start(text, start - max_side, start), True
    if right - end > max_side:
        right, clipped_after = _word_end(text, end + max_side, end), True
    while left < start and text[left] in _LEADING_JUNK:
        left += 1
    while right > end and text[right - 1] in _TRAILING_JUNK:
        right -= 1
    return Evidence(text[left:start], text[start:end], text[end:right], left, clipped_before, clipped_after)


def evidence_for(text: str, mentions: list[SkillMention] | tuple[SkillMention, ...],
                 limit: int | None = None) -> list[Evidence]:
    """Evidence for each mention in text order, one per sentence (the first mention in it is highlighted)."""
    seen: set[int] = set()
    out: list[Evidence] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        item = evidence(text, mention)
        if item.sentence_start in seen:
            continue
        seen.add(item.sentence_start)
        out.append(item)
        if limit is not None and len(out) >= limit:
            break
    return out


def _sentence_start(text: str, start: int) -> int:
    """Index just after the nearest boundary before `start`: a hard line break or a sentence end."""
    pos = start
    while pos > 0:
        ch = text[pos - 1]
        if ch == "\n" and _is_hard_break(text, pos - 1):
            return pos
        if ch in ".!?" and pos < start and text[pos].isspace() and not _is_abbreviation(text, pos - 1):
            return pos
        pos -= 1
    return 0


def _sentence_end(text: str, end: int) -> int:
    """Index of the nearest boundary at or after `end` (a sentence end is included)."""
    pos = end
    while pos < len(text):
        ch = text[pos]
        if ch == "\n" and _is_hard_break(text, pos):
            return pos
        if ch in ".!?" and (pos + 1 == len(text) or text[pos + 1].isspace()) and not _is_abbreviation(text, pos):
            return pos + 1
        pos += 1
    return len(text)


def _is_hard_break(text: str, newline: int) -> bool:
    """A newline ends the line unless it wraps a sentence: the line before is long or the next starts lower-case."""
    nxt = newline + 1
    while nxt < len(text) and text[nxt] in " \t":
        nxt += 1
    if nxt >= len(text) or text[nxt] == "\n" or text[nxt] in _BULLETS:
        return True
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].rstrip()
    if not line or line[-1] in ".!?:;":
        return True
    return not (text[nxt].islower() or len(line) >= WRAPPED_LINE_CHARS)


def _is_abbreviation(text: str, dot: int) -> bool:
    """The period at `dot` closes a short abbreviation such as "e.g." or "Sr."."""
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    return text[word_start:dot].lower() in _ABBREVIATIONS


def _word_start(text: str, pos: int, limit: int) -> int:
    """Move `pos` forward to the start of a word (never past `limit`)."""
    while pos < limit and not text[pos - 1].isspace():
        pos += 1
    return pos


def _word_end(text: str, pos: int, limit: int) -> int:
    """Move `pos` back to the end of a word (never before `limit`)."""
    while pos > limit and not text[pos].isspace():
        pos -= 1
    return pos
