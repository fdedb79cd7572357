"""Gold data for extraction evaluation, read from ../shared/data (never copied into the project).

- SkillSpan (postings): one sentence a line with `tokens` and two B/I/O layers (`tags_knowledge`,
  `tags_skill`). A posting's text is rebuilt by joining each sentence's tokens with single spaces and the
  sentences of one `doc_id` with newlines, in file order; tags become character spans on that text (an `I`
  without an open span starts one).
- dotin resumes: `text` plus `entities` with character offsets; the layer "skills" is the union of the labels
  Tech Tools, Job Specific Skills and Soft Skills, and "tech_tools" is Tech Tools alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from core.config import PROJECT_ROOT
from core.errors import InvalidInput

SKILL_LABELS = ("Tech Tools", "Job Specific Skills", "Soft Skills")


@dataclass(frozen=True)
class GoldDoc:
    """One evaluation document with its gold spans per layer."""

    id: str
    kind: str  # job | resume
    text: str
    layers: dict[str, tuple[tuple[int, int], ...]]


def shared_data_dir() -> Path:
    """../shared/data beside the project root."""
    return (PROJECT_ROOT / ".." / "shared" / "data").resolve()


def _read_jsonl(path: Path) -> list[dict]:
    """Rows of a JSONL file (InvalidInput when it is missing)."""
    if not path.is_file():
        raise InvalidInput(f"Gold data not found: {path}")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def bio_spans(offsets: list[tuple[int, int]], tags: list[str]) -> list[tuple[int, int]]:
    """Character spans of B/I/O tags over tokens at `offsets`."""
    spans: list[tuple[int, int]] = []
    current: list[int] | None = None
    for (start, end), tag in zip(offsets, tags):
        if tag.startswith("B") or (tag.startswith("I") and current is None):
            if current:
                spans.append((current[0], current[1]))
            current = [start, end]
        elif tag.startswith("I"):
            current[1] = end
        else:
            if current:
                spans.append((current[0], current[1]))
            current = None
    if current:
        spans.append((current[0], current[1]))
    return spans


def load_skillspan(path: Path, limit: int | None = None) -> list[GoldDoc]:
    """SkillSpan postings rebuilt as texts with "knowledge" and "skill" gold layers."""
    docs: dict[str, list[dict]] = {}
    for row in _read_jsonl(path):
        docs.setdefault(row["doc_id"], []).append(row)
    out = []
    for doc_id, sentences in list(docs.items())[:limit]:
        lines, layers, pos = [], {"knowledge": [], "skill": []}, 0
        for sent in sentences:
            offsets = []
            for tok in sent["tokens"]:
                offsets.append((pos, pos + len(tok)))
                pos += len(tok) + 1
            pos += 0 if sent["tokens"] else 1  # an empty sentence is still one (empty) line
            lines.append(" ".join(sent["tokens"]))
            layers["knowledge"] += bio_spans(offsets, sent["tags_knowledge"])
            layers["skill"] += bio_spans(offsets, sent["tags_skill"])
        out.append(GoldDoc(doc_id, "job", "\n".join(lines), {k: tuple(v) for k, v in layers.items()}))
    return out


def load_dotin(path: Path, limit: int | None = None) -> list[GoldDoc]:
    """dotin resumes with "skills" (three skill labels) and "tech_tools" gold layers."""
    out = []
    for row in _read_jsonl(path)[:limit]:
        ents = row.get("entities", [])
        skills = tuple(sorted({(e["start"], e["end"]) for e in ents if e["label"] in SKILL_LABELS}))
        tech = tuple(sorted({(e["start"], e["end"]) for e in ents if e["label"] == "Tech Tools"}))
        out.append(GoldDoc(row["id"], "resume", row["text"], {"skills": skills, "tech_tools": tech}))
    return out
