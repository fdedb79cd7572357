"""The interview service pages and commands call: plan a session, take answers one turn at a time, summarise.

    service = InterviewService(ctx, encoder=embedder, llm=make_llm(ctx.settings))
    view = service.start(profile_id, InterviewTarget.job(42), length=6)
    view = service.answer(view.id, "I would ...")   # scored, or a follow-up asked when the answer is thin
    view = service.skip(view.id); view = service.end(view.id)   # end at any time: the summary is written

Every answer is stored before it is scored, so an LLM failure (or a crash) never loses the transcript; a turn the
LLM could not score is scored by the template engine and labelled with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.context import AppContext
from core.errors import InvalidInput, NotFound
from core.gaps.inputs import DemandProvider
from core.interview import store
from core.interview.coverage import TextEncoder
from core.interview.feedback import summarize
from core.interview.llm_score import score_turn
from core.interview.models import SessionSummary, SessionView, Turn
from core.interview.plan import build_plan
from core.interview.scoring import follow_up_for, needs_follow_up, score_answer
from core.interview.targets import InterviewTarget, resolve
from core.interview.writer import write_questions
from core.db.models import utcnow
from core.llm.client import LLMClient
from core.llm.fvs import SkillLexicon
from core.taxonomy.models import Taxonomy

DEFAULT_LENGTH = 6
MAX_ANSWER_CHARS = 6000
_LEXICONS: dict[int, tuple[Taxonomy, SkillLexicon]] = {}


def lexicon_for(taxonomy: Taxonomy) -> SkillLexicon:
    """The taxonomy's skill lexicon, built once per taxonomy object."""
    cached = _LEXICONS.get(id(taxonomy))
    if cached is None or cached[0] is not taxonomy:
        cached = (taxonomy, SkillLexicon.from_taxonomy(taxonomy))
        _LEXICONS[id(taxonomy)] = cached
    return cached[1]


@dataclass
class InterviewService:
    """Interview use cases over one AppContext; the encoder and the LLM are optional and injected."""

    ctx: AppContext
    encoder: TextEncoder | None = None
    llm: LLMClient | None = None
    timeout_s: float | None = None  # per LLM call (one per turn); default: settings.llm.timeout_s
    demand: DemandProvider | None = None  # market demand for segment targets; default: the market service
    lexicon: SkillLexicon | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.timeout_s is None:
            self.timeout_s = self.ctx.settings.llm.timeout_s
        if self.lexicon is None:
            self.lexicon = lexicon_for(self.ctx.taxonomy)

    def start(self, profile_id: int, target: InterviewTarget, length: int = DEFAULT_LENGTH) -> SessionView:
        """Plan and store a new session for the profile's latest resume against `target`."""
        demand = self.demand if self.demand is not None or target.kind == "job" else _market_demand(self.ctx)
        resolved = resolve(self.ctx, profile_id, target, demand)
        plan = build_plan(resolved.inputs, self.ctx.taxonomy, length)
        plan = write_questions(plan, self.llm, self.lexicon, self.timeout_s)
        row = store.TargetRow(target.kind, plan.target_label, target.job_id, target.role_family, target.city,
                              resolved.seniority)
        return self._load(store.create_session(self.ctx.engine, profile_id, resolved.resume_id, row, plan))

    def get(self, session_id: int, *, profile_id: int) -> SessionView:
        """One of the profile's stored sessions; NotFound when it does not exist or is another profile's (never
        shown). The other methods take a session id the caller already read through here."""
        view = store.load_session(self.ctx.engine, session_id)
        if view.profile_id != profile_id:
            raise NotFound(f"Interview {session_id} does not exist (it may have been deleted).")
        return view

    def _load(self, session_id: int) -> SessionView:
        """A stored session by id alone (after the caller's get)."""
        return store.load_session(self.ctx.engine, session_id)

    def sessions(self, profile_id: int) -> list[SessionSummary]:
        """The profile's sessions, newest first."""
        return store.list_sessions(self.ctx.engine, profile_id)

    def resumable(self, profile_id: int) -> SessionSummary | None:
        """The profile's newest unfinished session, if any."""
        return next((s for s in self.sessions(profile_id) if s.status == "active"), None)

    def answer(self, session_id: int, text: str) -> SessionView:
        """Record an answer to the current question: ask one follow-up when it is thin, else score it."""
        view, turn = self._current(session_id)
        text = (text or "").strip()[:MAX_ANSWER_CHARS]
        if not text:
            raise InvalidInput("Type an answer, or skip the question.")
        if turn.status == "follow_up":
            turn = turn.model_copy(update={"follow_up_answer": text})
            store.save_turn(self.ctx.engine, session_id, turn)  # the transcript first, the score second
            return self._score(view, turn, None)
        turn = turn.model_copy(update={"answer": text})
        store.save_turn(self.ctx.engine, session_id, turn)
        quick = score_answer(turn.question, text, encoder=self.encoder, lexicon=self.lexicon)
        if needs_follow_up(turn.question, quick, text):
            follow = turn.model_copy(update={"status": "follow_up", "follow_up": follow_up_for(turn.question, quick)})
            store.save_turn(self.ctx.engine, session_id, follow)
            return self._load(session_id)
        return self._score(view, turn, quick)

    def skip(self, session_id: int) -> SessionView:
        """Skip the current question (kept in the transcript as skipped)."""
        view, turn = self._current(session_id)
        store.save_turn(self.ctx.engine, session_id,
                        turn.model_copy(update={"status": "skipped", "answered_at": utcnow()}))
        return self._maybe_end(session_id)

    def end(self, session_id: int) -> SessionView:
        """End the session now (open questions stay unanswered) and store its summary."""
        view = self._load(session_id)
        if view.finished:
            return view
        summary = summarize(view.plan, view.turns, self.ctx.taxonomy, llm=self.llm, lexicon=self.lexicon,
                            timeout_s=self.timeout_s)
        store.finish_session(self.ctx.engine, session_id, summary)
        return self._load(session_id)

    def delete(self, session_id: int) -> None:
        """Delete a session and its transcript."""
        store.delete_session(self.ctx.engine, session_id)

    def _current(self, session_id: int) -> tuple[SessionView, Turn]:
        """The session and its open turn; InvalidInput when it has ended or has none left."""
        view = self._load(session_id)
        if view.finished or view.current is None:
            raise InvalidInput("This interview has ended; start a new one to keep practising.")
        return view, view.current

    def _score(self, view: SessionView, turn: Turn, quick) -> SessionView:
        """Score the full answer (LLM, else the template engine), store it, end the session after the last one."""
        if self.llm is None and quick is not None:
            score = quick
        else:
            score = score_turn(turn.question, turn.full_answer, llm=self.llm, encoder=self.encoder,
                               lexicon=self.lexicon, allowed=view.plan.allowed_skills, timeout_s=self.timeout_s,
                               facts=view.plan.resume_facts())
        done = turn.model_copy(update={"status": "answered", "score": score, "answered_at": utcnow()})
        store.save_turn(self.ctx.engine, view.id, done)
        return self._maybe_end(view.id)

    def _maybe_end(self, session_id: int) -> SessionView:
        """End the session when no question is left open."""
        view = self._load(session_id)
        return self.end(session_id) if view.current is None else view


def _market_demand(ctx: AppContext) -> DemandProvider | None:
    """The market service as a DemandProvider (your data first, else the demo), None when there is no data."""
    from core.gaps.market_demand import MarketDemand
    from core.market.service import MarketService

    market = MarketService(ctx.engine, ctx.taxonomy)
    demo = market.default_demo()
    return None if demo is None else MarketDemand(market, demo=demo)
