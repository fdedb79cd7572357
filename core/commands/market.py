"""`python -m core market --role-family R [--city C] [--json]`: the skill demand table of a market slice.

JSON shape: {"role_family", "role_family_name", "dataset": "demo"|"real", "city", "seniority", "remote",
"months": {"from", "to"}, "total_postings", "salaried_postings", "pending_postings",
"skills": [{"skill_id", "skill", "postings", "share", "required_share", "trend", "salary_premium",
"median_salary_with", "median_salary_without"}]}. Shares are fractions of the slice's postings; `trend` is the
change in share (percentage points) over the last 6 months vs the 6 before; `salary_premium` is the percent pay
difference with vs without the skill within the same city and seniority (null below support).
"""

from __future__ import annotations

import argparse
import json
import math
import sys

from core.config import Settings
from core.errors import InvalidInput

DATASETS = ("auto", "demo", "real")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the market options."""
    parser.add_argument("--role-family", required=True, metavar="R",
                        help='role family id or name, e.g. data_engineer or "Data Engineer"')
    parser.add_argument("--city", metavar="C", help="one city (default: all)")
    parser.add_argument("--seniority", choices=("intern", "junior", "mid", "senior", "lead", "principal"))
    parser.add_argument("--remote", choices=("yes", "no"), help="only remote / only on-site postings")
    parser.add_argument("--from", dest="start", metavar="YYYY-MM", help="first month (default: the earliest)")
    parser.add_argument("--to", dest="end", metavar="YYYY-MM", help="last month (default: the latest)")
    parser.add_argument("--dataset", choices=DATASETS, default="auto",
                        help="your postings (real), the demo market, or auto: real when there is any")
    parser.add_argument("--top", type=int, default=30, help="skills to list (default 30)")
    parser.add_argument("--json", action="store_true", help="print JSON")


def _num(value, digits: int = 4):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return round(float(value), digits)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Print the demand table for the slice."""
    from core.db.session import make_engine
    from core.market.filters import MarketFilter
    from core.market.refresh import pending_postings
    from core.market.service import MarketService
    from core.taxonomy.family_lookup import resolve_role_family
    from core.taxonomy.load import load_taxonomy

    engine = make_engine(settings)
    taxonomy = load_taxonomy(settings.taxonomy_dir)
    service = MarketService(engine, taxonomy)
    demo = {"demo": True, "real": False}.get(args.dataset, service.default_demo())
    if demo is None:
        raise InvalidInput("No market data yet: run `python -m core demo` or ingest postings, then "
                           "`python -m core refresh`.")
    families = {o.id: o.name for o in service.options(demo).role_families}
    args.role_family = resolve_role_family(args.role_family, families, f"the {'demo' if demo else 'real'} data",
                                           taxonomy)
    f = MarketFilter(args.role_family, demo=demo, city=args.city, seniority=args.seniority,
                     remote=None if args.remote is None else args.remote == "yes", start=args.start, end=args.end)
    view = service.view(f)
    table = service.demand_table(f, max(1, args.top))
    out = {
        "role_family": args.role_family, "role_family_name": families[args.role_family],
        "dataset": "demo" if demo else "real", "city": args.city, "seniority": args.seniority,
        "remote": f.remote, "months": {"from": view.months[0] if view.months else None,
                                       "to": view.months[-1] if view.months else None},
        "total_postings": view.totals.postings, "salaried_postings": view.totals.salaried,
        "pending_postings": pending_postings(engine),
        "skills": [{"skill_id": r.skill_id, "skill": r.skill, "postings": int(r.postings), "share": _num(r.share),
                    "required_share": _num(r.required_share), "trend": _num(r.trend_pp, 2),
                    "salary_premium": _num(r.salary_premium_pct, 2),
                    "median_salary_with": _num(r.median_salary_with, 0),
                    "median_salary_without": _num(r.median_salary_without, 0)}
                   for r in table.itertuples(index=False)],
    }
    _print(out, args.json)
    return 0


def _print(out: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(out))
        return
    if out["pending_postings"]:
        print(f"note: {out['pending_postings']:,} postings are not aggregated yet; run `python -m core refresh`.",
              file=sys.stderr)
    where = out["city"] or "all cities"
    label = " (demo data)" if out["dataset"] == "demo" else ""
    print(f"{out['role_family_name']} - {where}, {out['months']['from']} to {out['months']['to']}: "
          f"{out['total_postings']:,} postings{label}")
    if not out["skills"]:
        print("No skills found for this slice.")
        return
    print(f"{'skill':<28}{'postings':>9}{'share':>8}{'required':>10}{'trend':>9}{'premium':>9}")
    for s in out["skills"]:
        trend = "" if s["trend"] is None else f"{s['trend']:+.1f}pp"
        premium = "" if s["salary_premium"] is None else f"{s['salary_premium']:+.0f}%"
        print(f"{s['skill'][:27]:<28}{s['postings']:>9,}{s['share']:>8.0%}{s['required_share']:>10.0%}"
              f"{trend:>9}{premium:>9}")
