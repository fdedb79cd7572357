"""Load: N concurrent real browser sessions against ONE `streamlit run app.py` on 127.0.0.1.

Run: .venv/bin/python bench/load_sessions.py [--sessions 10] [--rounds 1] [--postings 1500] [--prebuilt DATA_DIR]
                                            [--json OUT] [--shots DIR]
1. A tmp data dir with a small demo market (`python -m core demo --postings N`, or a copy of --prebuilt).
2. One dashboard server (`streamlit run app.py`, 127.0.0.1, free port, SKILLGAP_DATA_DIR = that dir).
3. N sessions at once, each in its own browser context of one headless Debian chromium: create its own profile,
   upload its own PDF resume, open Market, open Gaps (in-app navigation, so the session keeps its profile).
4. Per step: latency from the action until the run settled (no stale elements, status widget hidden) and the
   page's landmark shows; errors = exceptions or error boxes on the page, or a step that never settled.
5. Server RSS (VmRSS of the server process) before the sessions, sampled during them (peak) and after each
   round: with --rounds 2+ the same sessions run again, so growth between rounds shows whether memory is bounded.
Bounded: N sessions, one pass each, a per-step timeout and an overall time limit; stops by itself, ends the
server and the browser it started. Only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"]
ERROR_SELECTOR = '[data-testid="stException"], [data-testid="stAlertContentError"]'
SKILL_SETS = [
    ("Data Engineer", "Python, SQL, Apache Spark, Airflow, AWS"), ("Frontend Developer", "JavaScript, React, CSS"),
    ("Data Scientist", "Python, pandas, scikit-learn, Statistics"), ("DevOps Engineer", "Docker, Kubernetes, Linux"),
    ("Backend Developer", "Java, Spring, PostgreSQL, Redis"), ("Data Analyst", "SQL, Excel, Tableau, Power BI"),
]


@dataclass
class Step:
    """One measured step of one session."""

    session: int
    name: str
    seconds: float | None = None
    error: str | None = None


@dataclass
class Report:
    """Everything the run measured."""

    sessions: int
    postings: int
    steps: list[Step] = field(default_factory=list)
    rss_mb: dict[str, float] = field(default_factory=dict)
    demo_build_s: float | None = None
    wall_s: float = 0.0
    load_avg: tuple[float, float, float] = (0.0, 0.0, 0.0)
    shots: Path | None = None  # screenshots of failed steps go here

    def summary(self) -> dict:
        """p50 / p95 / max per step and overall, error count and texts."""
        out: dict = {"sessions": self.sessions, "postings": self.postings, "wall_s": round(self.wall_s, 1),
                     "demo_build_s": self.demo_build_s, "rss_mb": self.rss_mb, "load_avg_1_5_15": self.load_avg}
        names = list(dict.fromkeys(s.name for s in self.steps))
        for name in names + ["all pages"]:
            times = [s.seconds for s in self.steps if s.seconds is not None and name in (s.name, "all pages")]
            if times:
                out[name] = {"n": len(times), "p50_s": round(_pct(times, 50), 2), "p95_s": round(_pct(times, 95), 2),
                             "max_s": round(max(times), 2)}
        errors = [f"session {s.session} {s.name}: {s.error}" for s in self.steps if s.error]
        out["errors"] = len(errors)
        out["error_texts"] = errors[:20]
        return out


def _pct(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=100, method="inclusive")[int(pct) - 1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mb(pid: int) -> float:
    """Resident memory of a process in MB (from /proc, no extra package)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def resume_pdf(path: Path, i: int) -> Path:
    """A distinct one-page resume per session."""
    from tests.factories import make_resume_pdf

    title, skills = SKILL_SETS[i % len(SKILL_SETS)]
    text = (f"Load Tester {i}\nload{i}@example.com | Pune, India\nEXPERIENCE\n{title}, Company {i}\n"
            f"Jan {2015 + i % 6} - Present\nBuilt and ran production systems with {skills}.\nSKILLS\n{skills}, Git")
    return make_resume_pdf(path, text)


def prepare_data(work: Path, postings: int, prebuilt: Path | None) -> float | None:
    """The server's data dir: a copy of --prebuilt, or a fresh demo market; returns the build seconds."""
    data = work / "data"
    if prebuilt:
        shutil.copytree(prebuilt, data)
        return None
    env = {**os.environ, "SKILLGAP_DATA_DIR": str(data), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    env.pop("DATABASE_URL", None)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "core", "demo", "--postings", str(postings), "--json"], cwd=ROOT, env=env,
                   check=True, stdout=subprocess.DEVNULL, timeout=1800)
    return round(time.perf_counter() - start, 1)


def start_server(data: Path, postings: int, log: Path) -> tuple[subprocess.Popen, str]:
    """`streamlit run app.py` on a free 127.0.0.1 port; returns (process, base URL) once healthy."""
    port = _free_port()
    env = {**os.environ, "SKILLGAP_DATA_DIR": str(data), "SKILLGAP_DEMO_POSTINGS": str(postings),
           "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    env.pop("DATABASE_URL", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port), "--server.address",
         "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"], cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:  # noqa: S310 - local only
                if resp.status == 200:
                    return proc, url
        except OSError:
            pass
        if proc.poll() is not None:
            break
        time.sleep(0.25)
    proc.kill()
    raise SystemExit(f"server did not start:\n{log.read_text()[-3000:]}")


async def settled(page, timeout_ms: int) -> None:
    """The script run is over: no stale elements and no running indicator."""
    await page.wait_for_function("document.querySelectorAll('[data-stale=\"true\"]').length === 0",
                                 timeout=timeout_ms)
    await page.get_by_test_id("stStatusWidget").wait_for(state="hidden", timeout=timeout_ms)


async def measure(report: Report, i: int, name: str, page, action, landmark, timeout_ms: int) -> bool:
    """Run one step; record its latency or its error (exceptions and error boxes on the page count)."""
    step = Step(i, name)
    start = time.perf_counter()
    try:
        await action()
        await landmark.first.wait_for(state="visible", timeout=timeout_ms)
        await settled(page, timeout_ms)
        step.seconds = time.perf_counter() - start
        boxes = page.locator(ERROR_SELECTOR)
        if await boxes.count():
            step.error = " | ".join(t.strip()[:300] for t in await boxes.all_inner_texts())
    except Exception as exc:  # noqa: BLE001 - a failed step is a measured error, the run goes on
        step.error = f"{type(exc).__name__}: {str(exc).splitlines()[0][:300]}"
    if step.error and report.shots:
        report.shots.mkdir(parents=True, exist_ok=True)
        try:
            await page.screenshot(path=str(report.shots / f"session{i}-{name.replace(' ', '-')}.png"), full_page=True)
        except Exception:  # noqa: BLE001 - the picture is a debugging aid only
            pass
    report.steps.append(step)
    return step.error is None


async def session(browser, url: str, i: int, pdf: Path, report: Report, timeout_ms: int, name: str) -> None:
    """One user: own context, own profile, upload, Market, Gaps."""
    context = await browser.new_context(viewport={"width": 1366, "height": 900})
    page = await context.new_page()
    page.set_default_timeout(timeout_ms)
    try:
        ok = await measure(report, i, "open app", page, lambda: page.goto(url),  # a new session, any profiles
                           page.get_by_role("heading", name="Resume"), timeout_ms)
        sidebar = page.get_by_test_id("stSidebar")

        async def create():
            field, expander = sidebar.get_by_label("Profile name"), sidebar.get_by_text("New profile", exact=True)
            await field.or_(expander).first.wait_for(state="visible")  # the sidebar is drawn
            if not await field.is_visible():  # once profiles exist, the form sits in a "New profile" expander
                await expander.click()
            await field.fill(name)
            await sidebar.get_by_role("button", name="Create profile").click()
        ok = ok and await measure(report, i, "create profile", page, create, page.get_by_text("No resume for"),
                                  timeout_ms)
        ok = ok and await measure(report, i, "upload resume", page,
                                  lambda: page.locator("input[type=file]").set_input_files(str(pdf)),
                                  page.get_by_text("skills found"), timeout_ms)
        nav = sidebar.get_by_test_id("stSidebarNav")
        ok = ok and await measure(report, i, "market page", page,
                                  lambda: nav.get_by_role("link", name="Market").click(),
                                  page.get_by_role("heading", name="Skill demand"), timeout_ms)
        ok and await measure(report, i, "gaps page", page, lambda: nav.get_by_role("link", name="Gaps").click(),
                             page.get_by_text("Ranked gaps"), timeout_ms)
    finally:
        await context.close()


async def run_sessions(url: str, pdfs: list[Path], report: Report, timeout_ms: int, server_pid: int,
                       time_limit_s: float, rounds: int) -> None:
    """All sessions at once in one browser, `rounds` times; RSS sampled every half second, and after each round."""
    from playwright.async_api import async_playwright

    peak = {"mb": rss_mb(server_pid)}
    done = asyncio.Event()

    async def sample():
        while not done.is_set():
            peak["mb"] = max(peak["mb"], rss_mb(server_pid))
            await asyncio.sleep(0.5)

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        sampler = asyncio.create_task(sample())
        try:
            ends = time.monotonic() + time_limit_s
            for r in range(rounds):
                await asyncio.wait_for(asyncio.gather(*(
                    session(browser, url, i, pdf, report, timeout_ms, f"Load user {r}-{i}")
                    for i, pdf in enumerate(pdfs))), max(1.0, ends - time.monotonic()))
                report.rss_mb[f"after round {r + 1}"] = round(rss_mb(server_pid), 1)
        except asyncio.TimeoutError:
            report.steps.append(Step(-1, "run", error=f"overall time limit of {time_limit_s:.0f} s reached"))
        finally:
            done.set()
            await sampler
            await browser.close()
    report.rss_mb["peak"] = round(peak["mb"], 1)


def main(argv: list[str] | None = None) -> int:
    """Prepare, serve, load, report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=1, help="run the sessions this many times (memory growth)")
    parser.add_argument("--postings", type=int, default=1500, help="demo market size (SKILLGAP_DEMO_POSTINGS)")
    parser.add_argument("--prebuilt", type=Path, help="copy this data dir (a demo of --postings) instead of building")
    parser.add_argument("--step-timeout", type=float, default=300, help="seconds one step may take")
    parser.add_argument("--time-limit", type=float, default=1500, help="seconds for all sessions together")
    parser.add_argument("--json", type=Path, help="also write the summary here")
    parser.add_argument("--shots", type=Path, help="save a screenshot of every failed step here")
    args = parser.parse_args(argv)
    if args.sessions < 1 or args.rounds < 1:
        parser.error("--sessions and --rounds must be at least 1")
    with tempfile.TemporaryDirectory(prefix="skillgap-load-") as tmp:
        work = Path(tmp)
        report = Report(args.sessions, args.postings, shots=args.shots)
        report.demo_build_s = prepare_data(work, args.postings, args.prebuilt)
        pdfs = [resume_pdf(work / f"resume-{i}.pdf", i) for i in range(args.sessions)]
        proc, url = start_server(work / "data", args.postings, work / "streamlit.log")
        try:
            time.sleep(1.0)  # let the freshly started server finish its imports before the baseline
            report.rss_mb["before"] = round(rss_mb(proc.pid), 1)
            start = time.perf_counter()
            asyncio.run(run_sessions(url, pdfs, report, int(args.step_timeout * 1000), proc.pid, args.time_limit,
                                     max(1, args.rounds)))
            report.wall_s = time.perf_counter() - start
            report.rss_mb["after"] = round(rss_mb(proc.pid), 1)
            report.load_avg = tuple(round(x, 2) for x in os.getloadavg())
            server_alive = proc.poll() is None
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            if args.shots:
                args.shots.mkdir(parents=True, exist_ok=True)
                shutil.copy(work / "streamlit.log", args.shots / "streamlit.log")
    summary = report.summary()
    summary["server_alive_at_end"] = server_alive
    text = json.dumps(summary, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")
    return 0 if summary["errors"] == 0 and server_alive else 1


if __name__ == "__main__":
    sys.exit(main())
