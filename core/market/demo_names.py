"""Names in the demo market: invented employers per sector (hospitals, schools, contractors...) and the family title
keywords a posting's title is built from. All names are our own inventions (data/demo/companies.json)."""

from __future__ import annotations

import random
from bisect import bisect_right
from itertools import accumulate

from core.taxonomy.models import RoleFamily

ROLE_NOUNS = {"engineer", "developer", "scientist", "analyst", "manager", "designer", "architect", "administrator",
              "owner", "master", "tester", "specialist", "programmer", "consultant", "sdet"}
# Words that end a job title outside software ("registered nurse", "site electrician", "line cook").
PERSON_NOUNS = {"nurse", "aide", "cook", "chef", "clerk", "paralegal", "attorney", "mechanic", "cashier", "barista",
                "midwife", "paramedic", "solicitor", "advocate", "officer", "coach", "tutor", "caregiver", "carer",
                "steward", "host", "hostess", "housekeeper", "planner", "buyer", "recruiter", "copywriter", "writer",
                "photographer", "editor", "journalist", "teacher", "lecturer", "professor", "electrician",
                "plumber", "welder", "machinist", "technician", "therapist", "pharmacist", "accountant", "auditor",
                "bookkeeper", "representative", "rep", "assistant", "coordinator", "supervisor", "operator",
                "driver", "worker", "counselor", "counsellor", "director", "executive", "agent", "receptionist",
                "secretary", "controller", "hygienist", "radiographer", "sonographer", "physiotherapist",
                "dietitian", "optician", "chemist", "biologist", "physicist", "researcher", "lawyer", "carpenter",
                "bricklayer", "labourer", "laborer", "painter", "roofer", "fitter", "installer", "inspector",
                "estimator", "surveyor", "foreman", "packer", "picker", "loader", "dispatcher", "scheduler",
                "server", "bartender", "waiter", "waitress", "dishwasher", "baker", "butcher", "farmer", "groomer",
                "hairdresser", "stylist", "guard", "firefighter", "dispatcher", "handler", "sorter", "marketer",
                "strategist", "producer", "illustrator", "animator", "partner", "advisor", "adviser", "underwriter",
                "banker", "teller", "processor", "generalist", "practitioner", "educator", "librarian", "principal"}
SENIORITY_WORDS = {"lead", "senior", "junior", "principal", "staff", "head", "associate", "intern", "graduate",
                   "chief", "sr", "jr", "mid", "entry", "trainee", "apprentice", "apprenticeship"}


def _cumulative(weights) -> list[float]:
    return list(accumulate(float(w) for w in weights))


def title_keywords(family: RoleFamily, forms: dict | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the family's keywords that read as a job title, the first four of them that name no skill)."""
    usable = tuple(k for k in family.title_keywords if _reads_as_title(k))
    usable = usable or (family.name.split(" / ")[0].lower(),)
    plain = [k for k in usable if not _names_a_skill(k, forms or {})][:4] or list(usable[:1])
    return usable, tuple(plain)


def _reads_as_title(keyword: str) -> bool:
    words = keyword.split()
    if set(words) & SENIORITY_WORDS:
        return False
    return bool(set(words) & ROLE_NOUNS) or words[-1] in PERSON_NOUNS


def _names_a_skill(keyword: str, forms: dict) -> bool:
    """True when any word run of the keyword is a skill name ("python developer"): kept out of most titles."""
    words = keyword.split()
    grams = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return any(g in forms for g in grams)


class CompanyNames:
    """Invented employer names per sector, with a few big employers and a long tail (Zipf-like odds)."""

    def __init__(self, companies: dict, seed: int) -> None:
        """Bind the name parts (top level: tech; "sectors": per sector) and the seed."""
        self.companies, self.seed = companies, seed
        self._lists: dict[str, tuple[list[str], list[float]]] = {}

    def names(self, sector: str) -> list[str]:
        """The sector's employer names (tech: the original list)."""
        return self._list(sector)[0]

    def pick(self, rng: random.Random, sector: str) -> str:
        """One employer of the sector."""
        names, cum = self._list(sector)
        return names[bisect_right(cum, rng.random() * cum[-1])]

    def _list(self, sector: str) -> tuple[list[str], list[float]]:
        if sector not in self._lists:
            parts = self.companies.get("sectors", {}).get(sector, self.companies)
            first = parts.get("name_first") or [f + " " for f in self.companies.get("name_first_general", [])] \
                if sector != "tech" else self.companies["name_first"]
            rng = random.Random(f"companies:{self.seed}" if sector == "tech" else f"companies:{self.seed}:{sector}")
            size = 700 if sector == "tech" else 160
            names = sorted({f"{rng.choice(first)}{rng.choice(parts['name_second'])}{rng.choice(parts['name_suffix'])}"
                            for _ in range(size)})
            self._lists[sector] = (names, _cumulative(1 / (k + 3) ** 0.8 for k in range(len(names))))
        return self._lists[sector]
