"""Surface-form bookkeeping shared by the derived steps: who owns a normalised form, and adding aliases safely."""

from __future__ import annotations

import re

from core.skills.normalize import normalize_form
from core.taxonomy.build.common_words import is_common_word

_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """'Autodesk Inventor' -> 'autodesk_inventor'."""
    return _SLUG.sub("_", name.lower().replace("+", " plus ").replace("#", " sharp ")).strip("_")


class Surfaces:
    """Normalised form -> owning skill id over a list of skill rows; refuses shared and common-word aliases."""

    def __init__(self, rows: list[dict]) -> None:
        self.owner: dict[str, str] = {}
        self.by_id = {r["id"]: r for r in rows}
        for row in rows:
            for form in (row["name"], *row["aliases"]):
                self.owner.setdefault(normalize_form(form), row["id"])
        self.skipped = {"shared": 0, "common": 0}

    def free(self, form: str) -> bool:
        """No skill owns this form yet (and it normalises to something)."""
        key = normalize_form(form)
        return bool(key) and key not in self.owner

    def owner_of(self, form: str) -> str | None:
        """The skill id owning this form, or None."""
        return self.owner.get(normalize_form(form))

    def add_alias(self, sid: str, alias: str) -> bool:
        """Add `alias` to skill `sid` unless another skill owns it or it is a bare common word; True when added."""
        key = normalize_form(alias)
        if not key or self.owner.get(key) == sid:
            return False
        if key in self.owner:
            self.skipped["shared"] += 1
            return False
        if is_common_word(alias):
            self.skipped["common"] += 1
            return False
        self.owner[key] = sid
        self.by_id[sid]["aliases"].append(alias)
        return True

    def add_row(self, rows: list[dict], row: dict) -> None:
        """Register a new skill row (its name must be free) and append it to `rows`."""
        rows.append(row)
        self.by_id[row["id"]] = row
        for form in (row["name"], *row["aliases"]):
            self.owner.setdefault(normalize_form(form), row["id"])


def new_row(sid: str, name: str, category: str, aliases: list[str], **extra) -> dict:
    """A derived skill row in the curated row layout (hours are filled by the finish step)."""
    row = {"id": sid, "name": name, "category": category, "aliases": aliases, "ambiguous": False,
           "ambiguous_forms": [], "hours": 0, "prerequisites": [], "related": [], "key_concepts": [], "context": []}
    row.update(extra)
    return row
