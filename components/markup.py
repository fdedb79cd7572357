"""Escaping for text from documents or users before it reaches markdown or HTML."""

from __future__ import annotations

import html
import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$~:=^&])")


def md(text: str) -> str:
    """Text safe inside st.markdown / st.error: every markdown, directive and HTML character escaped."""
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", "  \n")


def esc(text: str) -> str:
    """Text safe inside HTML (element content and quoted attributes)."""
    return html.escape(str(text), quote=True)
