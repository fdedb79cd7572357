"""The Market page through AppTest: first start builds the demo (progress), filters, charts, the safe CSV."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from components import state
from core.config import Settings
from core.db.models import JobPosting, JobSkill
from core.db.session import make_engine, session_scope
from core.market.filters import month_add
from core.market.refresh import refresh_market
from tests.app.navigation import away_and_back
from tests.market.rows import at as month_at

APP = Path(__file__).resolve().parents[2] / "app.py"
TIMEOUT = 240  # the first run builds a small demo market; generous, never asserted on
HOSTILE = '=HYPERLINK("http://evil.example/x","click")'


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(path))
    monkeypatch.setenv("SKILLGAP_DEMO_POSTINGS", "200")
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return path


@pytest.fixture
def downloads(monkeypatch) -> list[tuple[bytes, str | None]]:
    """Every file handed to a download button: (bytes, filename)."""
    seen: list[tuple[bytes, str | None]] = []
    original = MemoryMediaFileStorage.load_and_get_id

    def capture(self, path_or_data, mimetype, kind, filename=None):
        if isinstance(path_or_data, bytes):
            seen.append((path_or_data, filename))
        return original(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", capture)
    return seen


def _market(data_dir) -> AppTest:
    app = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    app.switch_page("app_pages/market.py")
    app.run()
    assert not app.exception, app.exception
    return app


def _metric(app: AppTest, label: str) -> str:
    return next(m.value for m in app.metric if m.label == label)


def _text(app: AppTest) -> str:
    return "\n".join(str(e.value) for e in [*app.markdown, *app.caption, *app.info])


def test_first_start_builds_the_demo_and_shows_it(data_dir):
    app = _market(data_dir)
    assert int(_metric(app, "Postings").replace(",", "")) > 0
    assert "Demo data" in _text(app)
    charts = {c.key for c in app.get("plotly_chart")}
    assert {"chart_top", "chart_cooc"} <= charts
    # a thin slice gets counts and a notice instead of a trend line that swings with single postings
    thin = "Too few postings for a trend line" in _text(app)
    assert thin != ("chart_trends" in charts)
    assert not thin or any(len(d.value) for d in app.dataframe)
    # a 200-posting market is thin: sections without enough data say so instead of drawing noise
    assert "Not enough postings to compare" in _text(app) or "chart_movers" in charts
    engine = make_engine(Settings(data_dir=data_dir))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("select count(*) from jobposting where is_demo").scalar() == 200
    engine.dispose()


def test_filters_narrow_the_slice(data_dir):
    app = _market(data_dir)
    everything = int(_metric(app, "Postings").replace(",", ""))
    city = app.selectbox(key=state.MARKET_CITY)
    city.set_value(city.options[1] if city.options[1] else city.options[0]).run()
    assert not app.exception, app.exception
    narrowed = int(_metric(app, "Postings").replace(",", ""))
    assert 0 < narrowed < everything
    app.selectbox(key=state.MARKET_REMOTE).set_value("Remote").run()
    assert not app.exception
    remote_only = _text(app)
    assert "No postings match" in remote_only or int(_metric(app, "Postings").replace(",", "")) <= narrowed


def test_role_family_switch_and_months(data_dir):
    app = _market(data_dir)
    role = app.selectbox(key=state.MARKET_ROLE)
    first = _metric(app, "Postings")
    role.set_value(role.options[-1]).run()
    assert not app.exception and _metric(app, "Postings") != first or len(role.options) == 1
    months = app.select_slider(key=state.MARKET_MONTHS)
    first, last = months.value
    months.set_range(month_add(last, -2), last).run()
    assert not app.exception, app.exception
    assert app.select_slider(key=state.MARKET_MONTHS).value == (month_add(last, -2), last)


def _add_hostile_real_postings(data_dir: Path, n: int = 12) -> None:
    engine = make_engine(Settings(data_dir=data_dir))
    with session_scope(engine) as session:
        for i in range(n):
            posting = JobPosting(source="upload:evil", external_id=f"e{i}", text_hash=f"e{i}", title="Data Engineer",
                                 description="x", role_family="data_engineer", city="Pune", seniority="mid",
                                 posted_at=month_at("2026-05"), salary_annual_usd=50_000.0 + i)
            session.add(posting)
            session.flush()
            session.add(JobSkill(posting_id=posting.id, skill_id="evil_formula", name=HOSTILE, requirement="required"))
            session.add(JobSkill(posting_id=posting.id, skill_id="sql", name="SQL", requirement="required"))
    refresh_market(engine)
    engine.dispose()


def test_csv_download_is_spreadsheet_safe(data_dir, downloads):
    _market(data_dir)  # builds the demo
    _add_hostile_real_postings(data_dir)
    downloads.clear()
    app = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    app.switch_page("app_pages/market.py")
    app.run()
    assert not app.exception, app.exception
    assert "Demo data" not in _text(app)  # your postings are shown first
    csv = next(data for data, name in downloads if name and name.endswith(".csv")).decode("utf-8-sig")
    lines = csv.splitlines()
    assert lines[0].startswith("Skill,Postings,Share %")
    hostile = [line for line in lines if "HYPERLINK" in line]
    assert hostile and all(line.startswith("\"'=HYPERLINK") for line in hostile)
    assert not any(line.startswith(("=", "+", "-", "@")) for line in lines)


def test_dataset_toggle_switches_to_the_demo(data_dir):
    _market(data_dir)
    _add_hostile_real_postings(data_dir)
    app = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    app.switch_page("app_pages/market.py")
    app.run()
    assert "Demo data" not in _text(app)
    toggle = app.get("button_group")[0]
    toggle.set_value("demo").run()
    assert not app.exception, app.exception
    assert "Demo data" in _text(app) and app.session_state[state.MARKET_DATASET] == "demo"


def test_filters_survive_a_visit_to_another_page(data_dir):
    app = _market(data_dir)
    app.selectbox(key=state.MARKET_REMOTE).set_value("On-site").run()
    first, last = app.select_slider(key=state.MARKET_MONTHS).value
    app.select_slider(key=state.MARKET_MONTHS).set_range(month_add(last, -2), last).run()
    away_and_back(app, "app_pages/market.py")
    assert app.selectbox(key=state.MARKET_REMOTE).value == "On-site"
    assert app.select_slider(key=state.MARKET_MONTHS).value == (month_add(last, -2), last)
