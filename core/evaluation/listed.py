"""Listed-skill recall and reader precision: does the extractor find the skills a person plainly lists?

A corpus is a folder of documents (`documents/<id>.txt`) and `gold.json`: per document its `kind` (resume |
job), `occupation`, `must` (every skill a reader writes down without hesitation; "Name|alias|..." gives the
spellings a reader would accept), `ok` (what a reader accepts when a tool lists it) and `not` (words that must
not be reported), optionally its role `family` (issue 19 ids). Gold is written by hand, independently of any extractor (tests/product/README.md).

- A gold item is *known* when one of its spellings is a taxonomy name or alias (normalised like text).
- An item is *found* when a mention's skill id is the item's taxonomy skill, or the mention's name or surface
  is one of its spellings (so systems with another vocabulary are scored the same way).
- Listed-skill recall = found known `must` items / known `must` items; recall over all `must` items is reported
  beside it (taxonomy coverage). Reader precision = mentions matching a `must` or `ok` item / all mentions.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from core.skills.extract import Extractor
from core.skills.models import SkillMention
from core.skills.normalize import normalize_form
from core.taxonomy.models import Taxonomy

# The 16 software & data role families (issue 19); every other family counts as "non-tech" in group figures.
TECH_FAMILIES = frozenset({
    "backend", "frontend", "fullstack", "mobile", "data_scientist", "ml_engineer", "data_engineer", "data_analyst",
    "devops", "cloud_architect", "security", "qa", "product_manager", "project_manager", "ux_designer", "dba"})


@dataclass(frozen=True)
class GoldItem:
    """One skill a reader listed, with the spellings they would accept and its taxonomy id when known."""

    label: str
    spellings: frozenset[str]
    skill_id: str | None

    def matches(self, m: SkillMention) -> bool:
        """True when the mention is this skill (by id, name or surface)."""
        if self.skill_id and m.skill_id == self.skill_id:
            return True
        return normalize_form(m.name) in self.spellings or normalize_form(m.surface) in self.spellings


@dataclass(frozen=True)
class ListedDoc:
    """A corpus document with its hand-written skill lists."""

    doc_id: str
    kind: str
    occupation: str
    text: str
    must: tuple[GoldItem, ...]
    ok: tuple[GoldItem, ...]
    avoid: tuple[str, ...]
    family: str = ""


@dataclass
class DocScore:
    """What one extractor did on one document."""

    doc_id: str
    occupation: str
    kind: str
    known: int = 0
    known_found: int = 0
    must: int = 0
    must_found: int = 0
    mentions: int = 0
    accepted: int = 0
    missed: list[str] = field(default_factory=list)  # known must items not found
    unknown: list[str] = field(default_factory=list)  # must items the taxonomy does not know
    wrong: list[str] = field(default_factory=list)  # mentions no reader accepts (surface -> name)
    family: str = ""

    @property
    def tech(self) -> bool:
        """True for a software & data family document (or one with no family)."""
        return not self.family or self.family in TECH_FAMILIES


@dataclass
class ListedReport:
    """Totals over a corpus plus the per-document scores."""

    system: str
    docs: list[DocScore]
    seconds: float

    def _sum(self, name: str) -> int:
        return sum(getattr(d, name) for d in self.docs)

    @property
    def recall(self) -> float:
        """Found known must items / known must items (micro-averaged)."""
        return self._sum("known_found") / max(1, self._sum("known"))

    @property
    def recall_all(self) -> float:
        """Found must items / all must items (taxonomy coverage included)."""
        return self._sum("must_found") / max(1, self._sum("must"))

    @property
    def precision(self) -> float:
        """Mentions a reader accepts / all mentions (micro-averaged)."""
        return self._sum("accepted") / max(1, self._sum("mentions"))

    def subset(self, tech: bool) -> "ListedReport":
        """The same report over the tech (True) or the non-tech (False) documents only."""
        return ListedReport(f"{self.system}:{'tech' if tech else 'non-tech'}",
                            [d for d in self.docs if d.tech == tech], self.seconds)

    def to_dict(self) -> dict:
        """JSON-able summary with the per-document rows."""
        return {"system": self.system, "recall": round(self.recall, 4), "recall_all": round(self.recall_all, 4),
                "precision": round(self.precision, 4), "known": self._sum("known"), "must": self._sum("must"),
                "mentions": self._sum("mentions"), "seconds": round(self.seconds, 2),
                "docs": [vars(d) for d in self.docs]}


def taxonomy_spellings(taxonomy: Taxonomy) -> dict[str, str]:
    """Normalised taxonomy name or alias -> skill id (first skill wins on a shared alias)."""
    out: dict[str, str] = {}
    for skill in taxonomy.skills.values():
        for form in (skill.name, *skill.aliases):
            out.setdefault(normalize_form(form.lstrip("~")), skill.id)
    return out


def gold_item(raw: str, spellings: dict[str, str]) -> GoldItem:
    """"Name|alias" -> a GoldItem with its taxonomy id when any spelling is known."""
    forms = frozenset(normalize_form(x) for x in raw.split("|") if x.strip())
    skill_id = next((spellings[f] for f in sorted(forms) if f in spellings), None)
    return GoldItem(raw.split("|")[0].strip(), forms, skill_id)


def load_corpus(folder: Path, taxonomy: Taxonomy) -> list[ListedDoc]:
    """The documents of a corpus folder (documents/ + gold.json), in id order."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    spellings = taxonomy_spellings(taxonomy)
    docs = []
    for doc_id in sorted(gold):
        row = gold[doc_id]
        text = (folder / "documents" / f"{doc_id}.txt").read_text(encoding="utf-8")
        docs.append(ListedDoc(doc_id, row["kind"], row.get("occupation", ""), text,
                              tuple(gold_item(x, spellings) for x in row.get("must", [])),
                              tuple(gold_item(x, spellings) for x in row.get("ok", [])),
                              tuple(row.get("not", [])), row.get("family", "")))
    return docs


def score_doc(doc: ListedDoc, mentions: list[SkillMention]) -> DocScore:
    """Recall of the must items and reader precision of the mentions on one document."""
    s = DocScore(doc.doc_id, doc.occupation, doc.kind, mentions=len(mentions), family=doc.family)
    for item in doc.must:
        found = any(item.matches(m) for m in mentions)
        s.must += 1
        s.must_found += found
        if item.skill_id:
            s.known += 1
            s.known_found += found
            if not found:
                s.missed.append(item.label)
        else:
            s.unknown.append(item.label)
    for m in mentions:
        if any(item.matches(m) for item in (*doc.must, *doc.ok)):
            s.accepted += 1
        else:
            s.wrong.append(f"{m.surface} -> {m.name}")
    return s


def evaluate(extractor: Extractor, docs: list[ListedDoc], system: str = "") -> ListedReport:
    """Run the extractor over every document and score it."""
    started, scores = time.perf_counter(), []
    for doc in docs:
        scores.append(score_doc(doc, extractor.extract(doc.text, doc.kind).mentions))
    return ListedReport(system or getattr(extractor, "model_id", "?"), scores, time.perf_counter() - started)
