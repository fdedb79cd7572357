"""A role family named on the command line: its id ("data_engineer"), the name people see ("Data Engineer"), one
part of a combined name ("SRE" of "DevOps / SRE / Systems Engineer") or, with a taxonomy, a job title
("Registered Nurse" -> nursing), in any case, resolved in one place; an unknown one is an error that lists the
close matches."""

from __future__ import annotations

import difflib
import re
from typing import Mapping

from core.errors import InvalidInput
from core.taxonomy.models import Taxonomy

MAX_SUGGESTIONS = 5


def family_names(taxonomy: Taxonomy) -> dict[str, str]:
    """Role family id -> display name of a taxonomy."""
    return {fid: family.name for fid, family in taxonomy.role_families.items()}


def resolve_role_family(text: str, names: Mapping[str, str], where: str = "",
                        taxonomy: Taxonomy | None = None) -> str:
    """The family id that `text` names: by id, display name or one "/"-part of it, ignoring case, spaces, dashes and
    underscores; else (with a taxonomy) the family of `text` read as a job title. InvalidInput "Unknown role family"
    with the closest names (else every name) when none matches."""
    key = _key(text)
    index = _index(names)
    if key and key in index:
        return index[key]
    if taxonomy is not None and key:
        from core.taxonomy.roles import role_family_for_title

        by_title = role_family_for_title(taxonomy, text)
        if by_title in names:
            return by_title
    raise InvalidInput(_unknown(text, names, index, key, where))


def _index(names: Mapping[str, str]) -> dict[str, str]:
    """Normalized id, name and unambiguous name parts -> id (ids first, then names, then parts)."""
    index = {_key(fid): fid for fid in names}
    for fid, name in names.items():
        index.setdefault(_key(name), fid)
    parts: dict[str, set[str]] = {}
    for fid, name in names.items():
        for part in name.split("/"):
            parts.setdefault(_key(part), set()).add(fid)
    for key, fids in parts.items():
        if key and len(fids) == 1:
            index.setdefault(key, next(iter(fids)))
    return index


def _unknown(text: str, names: Mapping[str, str], index: dict[str, str], key: str, where: str) -> str:
    close = difflib.get_close_matches(key, list(index), n=MAX_SUGGESTIONS * 2, cutoff=0.6)
    close += [k for k in index if key and len(key) >= 3 and key in k and k not in close]  # "nurse" in "..._nurse"
    ids = list(dict.fromkeys(index[k] for k in close))[:MAX_SUGGESTIONS]
    place = f" in {where}" if where else ""
    if ids:
        return f"Unknown role family {text!r}{place}. Did you mean: {_listing(ids, names)}?"
    everything = sorted(names, key=lambda fid: names[fid].lower())
    return f"Unknown role family {text!r}{place}; choose one of: {_listing(everything, names) or 'none'}."


def _listing(ids: list[str], names: Mapping[str, str]) -> str:
    return ", ".join(f"{names[fid]} ({fid})" if names[fid] != fid else fid for fid in ids)


def _key(text: str) -> str:
    """"Data Engineer", "data-engineer", " DATA_engineer " -> "data_engineer"."""
    return re.sub(r"[\W_]+", "_", (text or "").casefold()).strip("_")
