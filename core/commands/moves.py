"""`python -m core moves --resume FILE [--json]`: the 5 nearest occupations the person could move to.

Each move has its skill overlap, the bridging skills ranked by the gaps ROI and the hours to bridge (top 5 skills,
prerequisites included). JSON: {"origin": {soc, title, family, placed_by, confidence}, "moves": [{soc, title,
family, family_name, job_zone, score, overlap, overlap_pct, relatedness, shared_skills, bridging: [{skill_id, name,
roi_rank, roi_score, hours, importance_pct, hot}], hours_to_bridge, notes, market_postings}], "notes", "dataset"}.
The resume is read and extracted (cached) but not stored. A text that is not a resume is refused (exit 2).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from core.config import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the moves options."""
    parser.add_argument("--resume", required=True, type=Path, metavar="FILE", help="resume file (PDF, DOCX, TXT, MD)")
    parser.add_argument("--limit", type=int, default=5, metavar="N", help="moves to list (default 5)")
    parser.add_argument("--json", action="store_true", help="print the moves as JSON")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Read and extract the resume, place its occupation, print the nearest moves."""
    from core.commands.resume_file import read_resume_file
    from core.gaps.compute import make_gap_services
    from core.gaps.profile import ProfileSkills
    from core.moves.service import moves_for_extraction

    resume = read_resume_file(args.resume, settings)
    ctx, extraction = resume.ctx, resume.extraction
    profile = ProfileSkills.from_extraction(extraction, resume.corrections)
    services = make_gap_services(ctx, llm=False)
    result = moves_for_extraction(ctx, services, profile, extraction, limit=max(1, args.limit))
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        print(render_text(result))
    return 0


def render_text(result) -> str:
    """The moves as plain text for the terminal."""
    origin = result.origin_title or "unplaced"
    lines = [f"From: {origin} ({result.placed_by}, confidence {result.confidence:.0%})", ""]
    for i, move in enumerate(result.moves, start=1):
        bridge = ", ".join(f"{b.name} ({b.hours} h)" for b in move.bridging[:3]) or "nothing missing"
        lines.append(f"{i}. {move.title} · {move.family_name} · overlap {move.overlap:.0%} · "
                     f"{move.hours_to_bridge} h to bridge")
        lines.append(f"   learn first: {bridge}")
        lines += [f"   note: {note}" for note in move.notes]
    lines += [f"\n{note}" for note in result.notes]
    return "\n".join(lines)
