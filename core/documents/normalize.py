"""Text normalisation shared by every reader: NFC, newlines, spaces, control characters, PDF artefacts."""

from __future__ import annotations

import re
import unicodedata

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# C0/C1 controls except tab and newline, zero-width characters, soft hyphen, BOM, non-characters.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u2060\ufeff\ufffe\uffff]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_EDGE_SPACES = re.compile(r" *\n *")
_HYPHENATED = re.compile(r"(?<=[a-z])-\n(?=[a-z])")
BULLETS = "•●▪■◦‣∙·–—*➢✓○▸►〓-"
_LONE_BULLET = re.compile(rf"^([{re.escape(BULLETS)}])\n\n?(?=[^\n])", re.M)
_BLANK_RUNS = re.compile(r"\n{3,}")
_TRANSLATE = str.maketrans(
    {
        "ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st",
        # Private-use bullet glyphs from Symbol/Wingdings fonts.
        "\uf0b7": "•", "\uf0a7": "▪", "\uf076": "•", "\uf0d8": "➢", "\uf0fc": "✓", "\uf0a8": "•",
    }
)


def normalize_text(text: str, *, dehyphenate: bool = False) -> str:
    """NFC, '\\n' newlines, single spaces, no control chars, optional line-end de-hyphenation, bullets joined."""
    text = unicodedata.normalize("NFC", text)
    text = _NEWLINES.sub("\n", text)
    text = _CONTROL.sub("", text).translate(_TRANSLATE)
    text = _SPACES.sub(" ", text)
    text = _EDGE_SPACES.sub("\n", text)
    if dehyphenate:
        text = _HYPHENATED.sub("", text)
    text = _LONE_BULLET.sub(r"\1 ", text)
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()
