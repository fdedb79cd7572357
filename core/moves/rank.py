"""Rank candidate occupations for a move: O*NET relatedness (both directions), skill overlap, preparation step.

Pure: occupations, the person's skills (a predicate) and per-occupation demand weights in, ranked candidates out.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from core.moves.paths import PATH_LABEL, PATH_RELATEDNESS, career_paths
from core.taxonomy.occupations import Occupation

W_RELATED, W_OVERLAP = 0.5, 0.5
SAME_FAMILY = 0.15  # relatedness of an unrelated occupation in the person's family
SHARED_SKILLS_POOL = 15  # unrelated occupations added as candidates by skill overlap alone
MIN_SHARED_OVERLAP = 0.25
OVERLAP_TOP = 20  # skills of an occupation that count for overlap (its signature, family core, top tools)
OVERLAP_PRIOR = 1.0  # weight of about three typical skills the occupation may use but O*NET does not list
PER_FAMILY, PER_GROUP = 3, 2  # at most this many moves in one family / one SOC broad group
MIN_SCORE = 0.3  # below this a move only fills a slot nothing better takes (a family cap never lets it in first)
# Occupations entered with their own professional degree and licence: never a move from outside the group.
GATED = {"29-121": "a medical degree (MD/DO) and residency", "29-122": "a medical degree (MD/DO) and residency",
         "29-124": "a medical degree and surgical residency", "29-102": "a dental degree",
         "29-1011": "a chiropractic degree", "29-1041": "an optometry degree", "29-1051": "a pharmacy degree (PharmD)",
         "29-1081": "a podiatry degree", "29-1131": "a veterinary degree", "23-1011": "a law degree and bar admission",
         "23-102": "a law degree and years of practice"}
GATED_PENALTY = 0.35
SPECIALTY_PENALTY = 0.15  # a same-level specialty of the person's own occupation ranks after moves that open a role
MAX_LATERAL = 2  # same family, no step up in preparation, not into management: a coach shows a mix, not 5 of these
MIN_MOVE_OVERLAP = 0.15  # below this share of the target's skills a move only fills a slot nothing better takes
NICHE = re.compile(r"^\d\d-\d{3}9\.")  # an 'All Other' code or a specialty under one (Blockchain Engineers)
NICHE_PENALTY = 0.2
# an assistant / aide / helper to the job the person does (not Physician or Anesthesiologist Assistants)
ASSISTANT = re.compile(r"\b(?<!physician )(?<!anesthesiologist )assistants?\b|\baides?\b|\bhelpers?\b", re.I)
ASSISTANT_PENALTY = 0.5


@dataclass(frozen=True)
class Candidate:
    """An occupation considered as a move, with the parts of its score."""

    occupation: Occupation
    relatedness: float  # 0..1
    relation: str
    overlap: float  # 0..1
    shared: tuple[str, ...]  # skill ids held, most important first
    score: float
    notes: tuple[str, ...] = ()


def tier_weight(position: int) -> float:
    """O*NET relatedness by rank: Primary-Short (1-5) 1.0, Primary-Long (6-10) 0.7, Supplemental 0.4."""
    return 1.0 if position < 5 else 0.7 if position < 10 else 0.4


def incoming(occupations: Mapping[str, Occupation], soc: str) -> dict[str, int]:
    """soc -> position of `soc` in that occupation's related list (occupations that name it as related)."""
    return {o.soc: o.related.index(soc) for o in occupations.values() if soc in o.related}


def relatedness(origin: Occupation, occupations: Mapping[str, Occupation]) -> dict[str, tuple[float, str]]:
    """soc -> (0..1, label) for occupations O*NET relates to `origin` either way (0.8 x best + 0.2 x the other)."""
    out_pos = {soc: i for i, soc in enumerate(origin.related)}
    in_pos = incoming(occupations, origin.soc)
    result = {}
    for soc in set(out_pos) | set(in_pos):
        if soc == origin.soc or soc not in occupations:
            continue
        ways = sorted((tier_weight(p) for p in (out_pos.get(soc), in_pos.get(soc)) if p is not None), reverse=True)
        value = 0.8 * ways[0] + 0.2 * (ways[1] if len(ways) > 1 else 0.0)
        best = min(p for p in (out_pos.get(soc), in_pos.get(soc)) if p is not None)
        result[soc] = (round(value, 4), "O*NET related (primary)" if best < 10 else "O*NET related (supplemental)")
    return result


def skill_idf(occupations: Iterable[Occupation]) -> dict[str, float]:
    """skill id -> 0.1..1 rarity across occupations (Excel, used everywhere, says little about a move)."""
    occupations = list(occupations)
    counts = Counter(s for o in occupations for s in set(o.skills))
    n = max(len(occupations), 2)
    return {s: max(0.1, math.log(n / c) / math.log(n)) for s, c in counts.items()}


def overlap(weights: Mapping[str, float], has: Callable[[str], bool], idf: Mapping[str, float]):
    """(0..1 share of the occupation's OVERLAP_TOP most weighted skills held, held ids by weight).

    The long tail of O*NET tool examples is left out; the denominator carries OVERLAP_PRIOR of unseen weight, so an
    occupation O*NET lists one or two skills for does not reach 100 % on one shared skill.
    """
    top = sorted(weights, key=lambda s: -weights[s])[:OVERLAP_TOP]
    total = sum(weights[s] * idf.get(s, 1.0) for s in top)
    held = [s for s in top if has(s)]
    if total <= 0:
        return 0.0, ()
    value = sum(weights[s] * idf.get(s, 1.0) for s in held) / (total + OVERLAP_PRIOR)
    return round(value, 4), tuple(held)


def zone_step(origin: Occupation | None, target: Occupation) -> tuple[float, str | None]:
    """(score adjustment, note) for the change in O*NET job zone (preparation needed)."""
    if origin is None or origin.job_zone is None or target.job_zone is None:
        return 0.0, None
    step = target.job_zone - origin.job_zone
    zones = f"job zone {origin.job_zone} -> {target.job_zone}"
    if step >= 2:
        return -0.25, f"A big step up in preparation ({zones}): usually more formal education first."
    if step == 1:
        return 0.0, f"One step up in preparation ({zones}): often a further qualification."
    if step == -1:
        return -0.2, f"A step down in preparation ({zones}): usually lower pay and scope."
    if step <= -2:
        return -0.3, f"A big step down ({zones}): most people would only take it for other reasons."
    return 0.0, None


def gate(origin: Occupation | None, target: Occupation) -> str | None:
    """The professional degree a gated occupation needs when the person is outside its group, else None."""
    for prefix, degree in GATED.items():
        if target.soc.startswith(prefix) and not (origin and origin.soc.startswith(prefix)):
            return degree
    return None


def score_candidate(origin: Occupation | None, target: Occupation, related: tuple[float, str],
                    weights: Mapping[str, float], has: Callable[[str], bool], idf: Mapping[str, float]) -> Candidate:
    """One candidate's score = W_RELATED x relatedness + W_OVERLAP x overlap + preparation adjustments."""
    rel, label = related
    value, shared = overlap(weights, has, idf)
    adjust, zone_note = zone_step(origin, target)
    notes = [zone_note] if zone_note else []
    degree = gate(origin, target)
    if degree:
        adjust -= GATED_PENALTY
        notes.append(f"Needs {degree}: a new professional training, not a move on skills alone.")
    if origin is not None and target.soc[:7] == origin.soc[:7] and (target.job_zone or 0) <= (origin.job_zone or 0):
        notes.append(f"A specialty of {origin.title}: a lateral move with the same licence.")
        adjust -= SPECIALTY_PENALTY
    if NICHE.match(target.soc):
        adjust -= NICHE_PENALTY
    if origin is not None and ASSISTANT.search(target.title) and not ASSISTANT.search(origin.title):
        adjust -= ASSISTANT_PENALTY
        notes.append("An assistant role to the work you already do: a step back, not a move on.")
    score = round(max(0.0, W_RELATED * rel + W_OVERLAP * value + adjust), 4)
    return Candidate(target, rel, label, value, shared, score, tuple(notes))


def rank_moves(origin: Occupation | None, occupations: Mapping[str, Occupation],
               weights_of: Callable[[Occupation], Mapping[str, float]], has: Callable[[str], bool],
               limit: int = 5, held: frozenset[str] = frozenset()) -> list[Candidate]:
    """The best `limit` moves: related occupations, the person's family, and the closest by shared skills.

    `held`: occupations the person's other job titles place to (they already did that job: not a move).
    """
    idf = skill_idf(occupations.values())
    occupations = {soc: o for soc, o in occupations.items() if soc not in held}
    pool = relatedness(origin, occupations) if origin else {}
    for soc in career_paths(origin.soc) if origin else ():
        if soc in occupations and soc != origin.soc and pool.get(soc, (0.0, ""))[0] <= PATH_RELATEDNESS:
            pool[soc] = (PATH_RELATEDNESS, PATH_LABEL)
    for occ in occupations.values():
        if origin and occ.family == origin.family and occ.soc not in pool and occ.soc != origin.soc:
            pool[occ.soc] = (SAME_FAMILY, "same role family")
    scored = [score_candidate(origin, occupations[soc], rel, weights_of(occupations[soc]), has, idf)
              for soc, rel in pool.items()]
    scored += _by_skills(origin, occupations, set(pool), weights_of, has, idf)
    scored.sort(key=lambda c: (-c.score, -c.overlap, c.occupation.title))
    picked = with_cross_family(diverse(scored, limit, origin), scored, origin)
    return sorted(picked, key=lambda c: (-c.score, -c.overlap, c.occupation.title))


def _by_skills(origin, occupations, seen: set[str], weights_of, has, idf) -> list[Candidate]:
    """Unrelated occupations whose skills the person already shows (the market's view of a move)."""
    out = []
    for occ in occupations.values():
        if occ.soc in seen or (origin and occ.soc == origin.soc):
            continue
        value, _ = overlap(weights_of(occ), has, idf)
        if value >= MIN_SHARED_OVERLAP:
            out.append((value, occ))
    out.sort(key=lambda item: (-item[0], item[1].soc))
    return [score_candidate(origin, occ, (0.0, "shared skills"), weights_of(occ), has, idf)
            for _, occ in out[:SHARED_SKILLS_POOL]]


def head_noun(title: str) -> str:
    """The job noun of an O*NET title: 'Area, Ethnic, and Cultural Studies Teachers, Postsecondary' -> 'teachers'."""
    parts = [p.split() for p in title.lower().split(",") if p.strip() and not p.strip().startswith("except")]
    plural = [w[-1] for w in parts if w[-1].endswith("s") and not w[-1].endswith("ss")]
    return plural[0] if plural else (parts[0][-1] if parts else "")


def lateral(origin: Occupation | None, target: Occupation) -> bool:
    """A same-level move inside the person's family: no step up in preparation, or the same job noun (another grade
    of teacher, another nursing unit); never a move into management."""
    if origin is None or target.family != origin.family or target.soc.startswith("11-") > origin.soc.startswith("11-"):
        return False
    return (target.job_zone or 0) <= (origin.job_zone or 0) or head_noun(target.title) == head_noun(origin.title)


def diverse(ranked: list[Candidate], limit: int, origin: Occupation | None = None) -> list[Candidate]:
    """Top `limit`: at most MAX_LATERAL lateral moves, PER_FAMILY per family and PER_GROUP per SOC broad group
    (29-114x nurse specialties) among moves scoring MIN_SCORE with MIN_MOVE_OVERLAP; then the family cap is lifted,
    then more lateral moves that score well (better than a weak stranger), then weaker moves with shared skills,
    then anything left."""
    out: list[Candidate] = []
    passes = ((PER_FAMILY, MIN_SCORE, MIN_MOVE_OVERLAP, MAX_LATERAL), (limit, MIN_SCORE, MIN_MOVE_OVERLAP, MAX_LATERAL),
              (limit, MIN_SCORE, MIN_MOVE_OVERLAP, limit), (limit, 0.0, MIN_MOVE_OVERLAP, limit), (limit, 0.0, 0.0, limit))
    for family_cap, floor, min_overlap, lateral_cap in passes:
        families = Counter(c.occupation.family for c in out)
        groups = Counter(c.occupation.soc[:6] for c in out)
        laterals = sum(lateral(origin, c.occupation) for c in out)
        for cand in ranked:
            occ = cand.occupation
            if len(out) == limit:
                return out
            is_lateral = lateral(origin, occ)
            shared_enough = cand.overlap >= min_overlap or cand.relation == PATH_LABEL  # a known path transfers
            if cand in out or cand.score <= floor or not shared_enough or families[occ.family] >= family_cap \
                    or groups[occ.soc[:6]] >= PER_GROUP or (is_lateral and laterals >= lateral_cap):
                continue
            families[occ.family] += 1
            groups[occ.soc[:6]] += 1
            laterals += is_lateral
            out.append(cand)
    return out


def with_cross_family(picked: list[Candidate], ranked: list[Candidate], origin: Occupation | None) -> list[Candidate]:
    """The last slot goes to the best move outside the person's family (with MIN_MOVE_OVERLAP shared) when the
    list has none: a coach always shows one way out of the field."""
    if origin is None or not picked or any(c.occupation.family != origin.family for c in picked):
        return picked
    outside = [c for c in ranked if c.occupation.family != origin.family and c.score > MIN_SCORE
               and (c.overlap >= MIN_MOVE_OVERLAP or c.relation == PATH_LABEL)]
    return picked[:-1] + outside[:1] if outside else picked
