"""The phrasings the claims check (core.llm.claims) recognises: cues of possession and absence, negations,
questions, conditionals and advice, and the clause splitter. English only; add a phrasing here with a test row."""

from __future__ import annotations

import re

_I = re.I
RESUME_NOUN = r"(?:resume|résumé|cv|profile|background|experience|work history|track record|projects?)"
RESUME_WORD = re.compile(r"\b(?:resume|résumé|cv|profile|linkedin)\b", _I)
_FILLER = r"(?:\s+[\w']+){0,4}?"  # up to four words: "does not yet", "clearly", "already"
_HAS_VERB = (r"(?:shows?|showed|shown|showing|has|have|had|demonstrates?|demonstrated|lists?|listed|includes?|"
             r"included|mentions?|mentioned|covers?|covered|highlights?|highlighted|features?|featured|proves?|"
             r"proved|reflects?|contains?|showcases?|showcased|evidences?|indicates?|displays?|confirms?|"
             r"points to|backs up)")
_YOU_VERB = (r"(?:have|has|had|got|know|knew|bring|show|shows|showed|shown|demonstrate|demonstrated|master|"
             r"mastered|possess|use|used|built|worked\s+(?:with|on|in)|handled|ran|led|shipped|delivered|"
             r"applied|owned|covered|listed|mentioned|included|gained|learned|learnt|picked up|hold|held)")
_NOUN = (r"(?:experience|expertise|background|proficiency|knowledge|skills?|strengths?|exposure|familiarity|"
         r"fluency|grounding|grasp|command|mastery|track record|depth|hands-on work)")
_ADJ = (r"(?:strong|skilled|proficient|experienced|fluent|an?\s+expert|expert|solid|well[- ]versed|competent|"
        r"comfortable|familiar|adept|good|great|versed|seasoned|capable)")
_GAP = r"(?:gap|gaps|shortfall|weakness|weaknesses|weak spot|blind spot|missing skills?)"

# (pattern, True = possession / False = absence, needs "you"/"your" earlier in the clause)
PRE_CUES: tuple[tuple[re.Pattern, bool, bool], ...] = (
    (re.compile(rf"\byour\s+{RESUME_NOUN}\b{_FILLER}\s+(?:already\s+)?{_HAS_VERB}\b", _I), True, False),
    (re.compile(rf"\byou(?:'ve|'re)?\b{_FILLER}\s+{_YOU_VERB}\b", _I), True, False),
    (re.compile(rf"\byou(?:'re|\s+are)\b(?:\s+[\w']+){{0,2}}?\s+{_ADJ}\s+(?:in|with|at|on)\b", _I), True, False),
    (re.compile(rf"\b{_NOUN}\s+(?:with|in|of|using|at|on|across|including|includes?|like|such as)\b", _I),
     True, True),
    (re.compile(r"\byour\s+(?:\w+\s+)?(?:strengths?|skills)\s+(?:include|includes|are|is)\b", _I), True, False),
    (re.compile(r"\b(?:lack|lacks|lacking|lacked|missing|absent|without)\b", _I),
     False, False),
    (re.compile(r"\b(?:have|has)\s+yet\s+to\s+(?:show|demonstrate|use|list|mention|learn|pick up)\b", _I),
     False, False),
    (re.compile(r"\b(?:no|little|limited|scant|thin|weak)\s+(?:[\w-]+\s+){0,2}?(?:evidence|signs?|mentions?|"
                r"trace|record|experience|exposure|background|knowledge|proof|indication)\s+(?:of|with|in|for|on)\b",
                _I), False, False),
    (re.compile(rf"\b{_GAP}(?:\s+(?:is|are|in|with|on|around|include|includes))?\b\s*:?", _I), False, False),
)

_LIST_TAIL = r"[\s,)]*(?:\([^)]*\)\s*)?"
# cues right after a skill (or list of skills): "ETL is missing", "ETL and Spark are not on your resume"
ABSENCE_POST = re.compile(
    rf"{_LIST_TAIL}(?:(?:is|are|remains?|was|were)\s+(?:[\w']+\s+){{0,3}}?(?:missing|absent|lacking|"
    rf"(?:an?|the|your|one of your)\s+(?:[\w']+\s+){{0,2}}?{_GAP})\b|{_GAP}\b)", _I)
POSSESSION_POST = re.compile(
    rf"{_LIST_TAIL}(?:is|are|was|were|appears?|shows? up|features?|comes? through|stands? out)\b"
    rf"(?:\s+[\w']+){{0,4}}?\s+(?:on|in|from|throughout|across|all over)\s+your\s+(?:resume|résumé|cv|profile)\b", _I)

NEGATION = re.compile(r"n't\b|\b(?:not|no|never|nor|without|nothing)\b", _I)
MODAL = re.compile(r"\b(?:should|could|would|will|can|might|may|must|need|needs|want|wants|try|plan|aim|"
                   r"'ll|to|hope|hopefully)\b", _I)
CONDITIONAL = re.compile(r"\b(?:if|whether|unless|once|when|whenever|in case|assuming)\b", _I)
QUESTION = re.compile(
    r"\?\s*$|^\s*(?:have|has|do|does|did|are|is|was|were|can|could|would|will|should|what|how|why|which|where|"
    r"who|tell me|describe|walk me|explain|share|give an example)\b", _I)

_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+|;\s*|\s+[—–]\s+|\s+-\s+|•")
_CLAUSES = re.compile(r",?\s+\b(?:but|however|whereas|while|although|though)\s+|,\s+(?:which|who|so|because|since|"
                      r"as|and\s+(?:this|that|it))\b", _I)


def clauses(text: str) -> list[str]:
    """`text` cut into sentences, then at contrast words ("but", "while", "although"...)."""
    return [c for s in _SENTENCES.split(text) for c in _CLAUSES.split(s) if c.strip()]
