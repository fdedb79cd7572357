"""The Jobs page through AppTest: ranked cards with chips and match %, filters, opening a card, the actions."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components import state
from core.config import Settings
from core.context import build_context
from core.db.models import JobPosting
from core.db.session import session_scope
from core.market.intake import ingest_paste
from core.matching.index import refresh_match_index
from core.profiles import create_profile
from core.resumes import add_resume_text
from tests.app.navigation import away_and_back
from tests.matching.market import build_market

APP = Path(__file__).resolve().parents[2] / "app.py"
TIMEOUT = 180  # first run loads the taxonomy and the embedding model; generous, never asserted on

RESUME = """Dana Fischer
dana@example.com | Berlin, Germany

SUMMARY
Data engineer building batch and streaming pipelines.

EXPERIENCE
Senior Data Engineer, Acme Analytics
Jan 2019 - Present
Built pipelines with Python, SQL, Apache Spark and Apache Airflow.

SKILLS
Python, SQL, Apache Spark, Apache Airflow, ETL, Data Warehousing
"""


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return path


def _seed(data_dir: Path, postings: int = 60, resume: bool = True, hostile: bool = False) -> None:
    settings = Settings(data_dir=data_dir)
    ctx = build_context(settings)
    profile = create_profile(ctx.engine, "Dana", location="Berlin, Germany")
    if resume:
        add_resume_text(ctx, profile.id, RESUME)
    if postings:
        build_market(ctx.engine, postings)
    if hostile:
        with session_scope(ctx.engine) as session:
            session.add(JobPosting(source="evil", external_id="x1", text_hash="x1", city="Berlin",
                                   title="<img src=x onerror=alert(1)> Data Engineer", company="<b>Evil</b>",
                                   role_family="data_engineer", description="Data Engineer"))
    if postings or hostile:
        refresh_match_index(settings, ctx.engine)
    ctx.engine.dispose()


def _jobs(data_dir: Path) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    at.switch_page("app_pages/jobs.py")
    at.run()
    assert not at.exception, at.exception
    return at


def _texts(elements) -> str:
    return "\n".join(str(e.value) for e in elements)


def _metas(at: AppTest) -> list[str]:
    return [str(h.value) for h in at.get("html") if str(h.value).startswith('<div class="sg-job-meta">')]


def _open_buttons(at: AppTest) -> list:
    return [b for b in at.button if b.label == "Open"]


def test_without_a_resume_the_page_asks_for_one(data_dir):
    _seed(data_dir, postings=0, resume=False)
    at = _jobs(data_dir)
    assert at.title[0].value == "Jobs"
    assert "Upload your resume on the Resume page first" in _texts(at.info)


def test_without_postings_the_page_says_how_to_get_them(data_dir):
    _seed(data_dir, postings=0)
    at = _jobs(data_dir)
    assert "There are no job postings yet" in _texts(at.info)


def test_cards_show_match_chips_and_explanation(data_dir):
    _seed(data_dir)
    at = _jobs(data_dir)
    assert len(_open_buttons(at)) == 20
    html = _texts(at.get("html"))
    assert 'class="sg-job-pct"' in html and "% match" not in html
    assert "sg-jchip-have" in html and ">Python<" in html
    assert "required skills" in html and "posted" in html
    assert "**Senior Data Engineer**" in _texts(at.markdown) or "Data Engineer**" in _texts(at.markdown)
    assert len(_metas(at)) == 20


def test_filters_narrow_the_results(data_dir):
    _seed(data_dir)
    at = _jobs(data_dir)
    at.toggle(key=state.JOBS_REMOTE_ONLY).set_value(True)
    at.run()
    assert not at.exception, at.exception
    metas = _metas(at)
    assert metas and all("remote" in m.lower() for m in metas)
    at.toggle(key=state.JOBS_REMOTE_ONLY).set_value(False)
    at.selectbox(key=state.JOBS_CITY).set_value("Pune")
    at.multiselect(key=state.JOBS_FAMILIES).set_value(["devops"])
    at.run()
    metas = _metas(at)
    assert metas and all("Pune" in m or "remote" in m.lower() for m in metas)


def test_opening_a_card_shows_the_gap_and_actions(data_dir):
    _seed(data_dir)
    at = _jobs(data_dir)
    _open_buttons(at)[0].click()
    at.run()
    assert not at.exception, at.exception
    labels = [b.label for b in at.button]
    assert "Close" in labels
    assert "Make this my gap target" in labels and "Practise an interview for this job" in labels
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Skill coverage"].endswith("%")
    assert at.dataframe, "the score breakdown and the gap table are tables"
    opened = at.session_state[state._OPEN_JOB]
    next(b for b in at.button if b.label == "Make this my gap target").click()
    at.run()
    assert not at.exception, at.exception
    assert at.session_state[state._GAP_TARGET_JOB] == opened
    assert at.title[0].value != "Jobs"  # the Gaps page is registered: we were switched to it
    at.switch_page("app_pages/jobs.py")
    at.run()
    next(b for b in at.button if b.label == "Practise an interview for this job").click()
    at.run()
    assert not at.exception, at.exception
    assert at.session_state[state._INTERVIEW_JOB] == opened


def test_hostile_posting_text_is_escaped(data_dir):
    _seed(data_dir, postings=5, hostile=True)
    at = _jobs(data_dir)
    html = _texts(at.get("html"))
    assert "<img" not in html and "<b>Evil" not in html
    assert "&lt;b&gt;Evil&lt;/b&gt;" in html


def test_filters_survive_a_visit_to_another_page(data_dir):
    _seed(data_dir)
    at = _jobs(data_dir)
    at.selectbox(key=state.JOBS_POSTED_WITHIN).set_value("Last 90 days")
    at.selectbox(key=state.JOBS_CITY).set_value("Pune")
    at.toggle(key=state.JOBS_REMOTE_ONLY).set_value(True)
    at.run()
    away_and_back(at, "app_pages/jobs.py")
    assert at.selectbox(key=state.JOBS_POSTED_WITHIN).value == "Last 90 days"
    assert at.selectbox(key=state.JOBS_CITY).value == "Pune"
    assert at.toggle(key=state.JOBS_REMOTE_ONLY).value is True


def test_a_pasted_posting_without_a_date_passes_last_7_days_as_added(data_dir):
    _seed(data_dir)
    ctx = build_context(Settings(data_dir=data_dir))
    ingest_paste(ctx, "Pasted Data Engineer\nBerlin\n\nWe need Python, SQL, Apache Spark and Apache Airflow.",
                 company="Acme Pasted")
    refresh_match_index(ctx.settings, ctx.engine)
    ctx.engine.dispose()
    at = _jobs(data_dir)
    at.selectbox(key=state.JOBS_POSTED_WITHIN).set_value("Last 7 days")
    at.run()
    assert not at.exception, at.exception
    pasted = [m for m in _metas(at) if "Acme Pasted" in m]
    assert len(pasted) == 1, _metas(at)
    assert "Berlin" in pasted[0] and "(posting date not stated)" in pasted[0] and "Added " in pasted[0]


# --- Issue 20: jobs ranked as a person would; cards in plain words that agree; Open shows the posting ---

def _add_postings(data_dir: Path, rows: list[dict]) -> list[int]:
    """Store postings (each a dict of JobPosting fields plus "skills": [(name, requirement)]) and index them."""
    from core.db.models import JobSkill
    from tests.matching.market import key

    settings = Settings(data_dir=data_dir)
    ctx = build_context(settings)
    ids = []
    with session_scope(ctx.engine) as session:
        for i, row in enumerate(rows):
            skills = row.pop("skills")
            posting = JobPosting(source="t20", external_id=f"t20-{i}-{row['title']}", text_hash=f"t20-{i}-{row['title']}",
                                 role_family="data_engineer", **row)
            session.add(posting)
            session.flush()
            ids.append(posting.id)
            for name, req in skills:
                session.add(JobSkill(posting_id=posting.id, skill_id=key(name), name=name, requirement=req))
    refresh_match_index(settings, ctx.engine)
    ctx.engine.dispose()
    return ids


HELD = [("Python", "required"), ("SQL", "required"), ("ETL", "unspecified"), ("Data Warehousing", "unspecified")]


def _open(at: AppTest, posting_id: int) -> None:
    at.button(key=f"job_open_{posting_id}").click()
    at.run()
    assert not at.exception, at.exception


def test_opened_card_numbers_agree_and_speak_plainly(data_dir):
    _seed(data_dir, postings=0)
    (pid,) = _add_postings(data_dir, [dict(title="Principal Data Engineer", city="Berlin", country="Germany",
                                           seniority="principal", description="Lead our data platform.",
                                           skills=list(HELD))])
    at = _jobs(data_dir)
    _open(at, pid)
    metrics = {m.label: m for m in at.metric}
    assert "Missing skills" not in metrics
    to_close, hours = metrics["Skills to learn or deepen"], metrics["Hours to close them"]
    assert all(m.help for m in metrics.values()), "every score has a tooltip"
    text = _texts(at.markdown)
    if int(hours.value) > 0:  # hours to close come with the named skills they are for
        assert int(to_close.value) > 0
        assert "**Deepen:**" in text or "**Learn:**" in text
    tables = "\n".join(str(df.value.to_dict()) for df in at.dataframe)
    assert "Meaning match" in tables and "Skills you have" in tables and "'Dense'" not in tables
    assert "similarity" not in tables and "in meaning to your resume" in tables  # the Why column speaks plainly
    assert "unspecified" not in tables and "L2" not in tables and "L4" not in tables
    assert "of 4 (" in tables  # levels in words: "level 2 of 4 (working)"


def test_opening_a_job_shows_its_description_and_original_link(data_dir):
    _seed(data_dir, postings=0)
    safe, unsafe = _add_postings(data_dir, [
        dict(title="Data Engineer", city="Berlin", country="Germany", url="https://jobs.example.com/de/42",
             description="Build pipelines.\n<script>alert(1)</script> Python & SQL daily.", skills=list(HELD)),
        dict(title="Data Engineer II", city="Berlin", country="Germany", url="javascript:alert(1)",
             description="Same job, odd link.", skills=list(HELD)),
    ])
    at = _jobs(data_dir)
    _open(at, safe)
    html = _texts(at.get("html"))
    assert "Build pipelines." in html and "Python &amp; SQL daily." in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    links = [e.proto.url for e in at.get("link_button")]
    assert links == ["https://jobs.example.com/de/42"]
    _open(at, safe)  # close
    _open(at, unsafe)
    assert "Same job, odd link." in _texts(at.get("html"))
    assert not at.get("link_button"), "only web addresses become links"


def test_open_works_on_the_first_click_when_results_move_between_runs(data_dir):
    _seed(data_dir)
    at = _jobs(data_dir)
    last = _open_buttons(at)[-1]
    clicked = int(last.key.removeprefix("job_open_"))
    last.click()
    # between the page's run and the click's rerun, better postings arrive (background indexing, an ingest)
    _add_postings(data_dir, [dict(title=f"Senior Data Engineer {i}", city="Berlin", country="Germany",
                                  seniority="senior", description="Python, SQL, Apache Spark, Apache Airflow, ETL.",
                                  skills=[(s, "required") for s in ("Python", "SQL", "Apache Spark",
                                                                    "Apache Airflow", "ETL", "Data Warehousing")])
                             for i in range(25)])
    at.run()
    assert not at.exception, at.exception
    assert at.session_state[state._OPEN_JOB] == clicked
    assert at.button(key=f"job_open_{clicked}").label == "Close"
    assert any(b.label == "Make this my gap target" for b in at.button)


def test_a_chosen_city_means_that_city_unless_remote_is_included(data_dir):
    _seed(data_dir)
    at = _jobs(data_dir)
    at.selectbox(key=state.JOBS_CITY).set_value("Pune")
    at.run()
    metas = _metas(at)
    assert metas and all("Pune" in m for m in metas), metas
    at.checkbox(key="w.jobs_include_remote").check()
    at.run()
    metas = _metas(at)
    assert any("Pune" not in m and "remote" in m for m in metas), metas
    assert all("Pune" in m or "remote" in m for m in metas)
    first_remote = next(i for i, m in enumerate(metas) if "Pune" not in m)
    assert first_remote > 0, "a Pune posting comes first"


# --- Issue 20: both markets on the Jobs page, as on the Market and Gaps pages ---

def _seed_both(data_dir: Path, yours: int) -> None:
    """A demo market of 60 data engineer postings (Berlin, Pune) and `yours` of your own (Seattle), aggregated."""
    from tests.gaps.market_fixture import seed_market

    settings = Settings(data_dir=data_dir)
    ctx = build_context(settings)
    add_resume_text(ctx, create_profile(ctx.engine, "Dana", location="Berlin, Germany").id, RESUME)
    seed_market(ctx.engine, 60)
    seed_market(ctx.engine, yours, cities=("Seattle",), demo=False, tag="own", seed=9)
    refresh_match_index(settings, ctx.engine)
    ctx.engine.dispose()


@pytest.mark.parametrize("yours, starts_on", [(5, "demo"), (20, "yours")])
def test_jobs_offer_your_postings_and_the_demo_market(data_dir, yours, starts_on):
    _seed_both(data_dir, yours)
    at = _jobs(data_dir)
    switch = at.segmented_control(key=state.JOBS_DATASET)
    assert switch.value == starts_on  # a handful of your own do not hide the demo market
    metas = _metas(at)
    if starts_on == "demo":
        assert metas and all("sg-demo-tag" in m and "Seattle" not in m for m in metas), metas
    switch.set_value("yours").run()
    assert not at.exception, at.exception
    metas = _metas(at)
    assert len(metas) == min(yours, 20), metas  # every one of yours, and only yours
    assert all("Seattle" in m and "sg-demo-tag" not in m for m in metas), metas
    assert at.selectbox(key=state.JOBS_CITY).options == ["Anywhere", "Seattle"]  # your postings' cities
