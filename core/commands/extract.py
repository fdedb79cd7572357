"""`python -m core extract --input IN.jsonl --output OUT.jsonl` (contract in ../shared/design.md).

IN rows: {"id", "text", "kind": "job"|"resume"}. OUT rows, in input order:
{"id", "skills": [{"skill_id","name","surface","start","end","layer","requirement","confidence"}], "seniority",
"years"}; `layer` is "knowledge" (technologies, tools, fields) or "skill" (abilities); offsets index the given
text exactly. A bad row (not JSON, missing id/text, unknown kind, text over the
limit, a lone surrogate such as "\\ud800", or any row the extractor fails on) becomes {"id", "line", "error"} in OUT
and a message on stderr; the run goes on and exits 0. OUT is written to a temporary file beside it and renamed
when complete, so a crash never leaves a truncated OUT; --output naming the --input file is refused.
`--cache` reads and writes the DocumentExtraction cache (DATABASE_URL / SKILLGAP_DATA_DIR).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from core.config import Settings
from core.errors import InvalidInput
from core.skills.extract import Extractor, make_extractor
from core.skills.models import Extraction

SKILL_KEYS = ("skill_id", "name", "surface", "start", "end", "layer", "requirement", "confidence")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Flags of the extract command."""
    parser.add_argument("--input", required=True, type=Path, help="JSONL with id, text, kind per line")
    parser.add_argument("--output", required=True, type=Path, help="JSONL to write (one row per input row)")
    parser.add_argument("--json", action="store_true", help="print a JSON summary")
    parser.add_argument("--cache", action="store_true", help="use the DocumentExtraction cache in the database")


def build_extractor(settings: Settings) -> Extractor:
    """The default extractor over the project taxonomy."""
    try:
        from core.taxonomy.load import load_taxonomy
    except ImportError as exc:
        raise InvalidInput(f"The taxonomy loader is not available: {exc}") from exc
    return make_extractor(load_taxonomy(settings.taxonomy_dir))


def output_row(row_id, extraction: Extraction) -> dict:
    """The contract OUT row for one extraction."""
    skills = [{k: getattr(m, k) for k in SKILL_KEYS} for m in extraction.mentions]
    return {"id": row_id, "skills": skills, "seniority": extraction.seniority, "years": extraction.years_experience}


def parse_row(line: str, max_chars: int) -> tuple[object, str, str]:
    """(id, text, kind) of one input line; InvalidInput with a clear message when the row is unusable."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"not valid JSON ({exc.msg})") from exc
    if not isinstance(row, dict):
        raise InvalidInput("row is not a JSON object")
    row_id, text, kind = row.get("id"), row.get("text"), row.get("kind")
    if row_id is None:
        raise InvalidInput("missing 'id'")
    if not isinstance(text, str):
        raise InvalidInput("'text' must be a string")
    if kind not in ("job", "resume"):
        raise InvalidInput(f"'kind' must be 'job' or 'resume', got {kind!r}")
    if len(text) > max_chars:
        raise InvalidInput(f"text has {len(text)} characters, over the limit of {max_chars}")
    surrogate = _lone_surrogate(text)
    if surrogate is not None:
        raise InvalidInput(f"text has a lone surrogate (\\u{ord(text[surrogate]):04x} at offset {surrogate}); "
                           "it is not valid Unicode")
    return row_id, text, kind


def _lone_surrogate(text: str) -> int | None:
    """Offset of the first lone surrogate (a JSON "\\ud800" escape), or None."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def _json_line(result: dict) -> str:
    """One OUT line; an id holding a lone surrogate is written as a JSON escape instead of failing the write."""
    line = json.dumps(result, ensure_ascii=False)
    return line if _lone_surrogate(line) is None else json.dumps(result)


def _row_id(line: str):
    """The id of a bad row when it can still be read, else None."""
    try:
        row = json.loads(line)
    except (RecursionError, ValueError):  # JSONDecodeError is a ValueError
        return None
    return row.get("id") if isinstance(row, dict) else None


def check_paths(source: Path, target: Path) -> None:
    """Refuse a missing input and an output that is the input (it would be emptied before it is read)."""
    if not source.is_file():
        raise InvalidInput(f"Input file not found: {source}")
    same = source.resolve() == target.resolve()
    if not same and target.exists():
        try:
            same = os.path.samefile(source, target)
        except OSError:
            same = False
    if same:
        raise InvalidInput(f"--output {target} is the --input file; writing it would destroy the input. "
                           "Choose another output path.")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Extract every row of --input into --output (written whole or not at all); print a summary."""
    check_paths(args.input, args.output)
    extractor = build_extractor(settings)
    extract = extractor.extract
    if args.cache:
        from core.db.session import make_engine
        from core.skills.cache import extract_cached

        engine = make_engine(settings)
        extract = lambda text, kind: extract_cached(engine, extractor, text, kind)  # noqa: E731
    args.output.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    partial = args.output.with_name(f".{args.output.name}.{os.getpid()}.partial")
    try:
        with args.input.open(encoding="utf-8", errors="replace") as src, partial.open("w", encoding="utf-8") as out:
            counts = _extract_all(src, out, extract, settings.limits.max_chars)
        os.replace(partial, args.output)
    finally:
        partial.unlink(missing_ok=True)
    seconds = time.perf_counter() - started
    summary = {**counts, "seconds": round(seconds, 3), "extractor": extractor.version, "output": str(args.output)}
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"extracted {counts['ok']} of {counts['rows']} rows ({counts['failed']} failed), "
              f"{counts['mentions']} mentions -> {args.output}")
    return 0


def _extract_all(src, out, extract, max_chars: int) -> dict:
    """Extract each line of src into out; a bad row becomes an error row and a stderr message."""
    counts = {"rows": 0, "ok": 0, "failed": 0, "mentions": 0}
    for number, line in enumerate(src, start=1):
        if not line.strip():
            continue
        counts["rows"] += 1
        try:
            row_id, text, kind = parse_row(line, max_chars)
            result = output_row(row_id, extract(text, kind))
            counts["ok"] += 1
            counts["mentions"] += len(result["skills"])
        except Exception as exc:  # noqa: BLE001 - one bad row is reported and skipped, never the whole run
            message = str(exc) if isinstance(exc, InvalidInput) else f"extraction failed: {type(exc).__name__}: {exc}"
            result = {"id": _row_id(line), "line": number, "error": message}
            counts["failed"] += 1
            print(f"line {number}: {message}", file=sys.stderr)
        out.write(_json_line(result) + "\n")
    return counts
