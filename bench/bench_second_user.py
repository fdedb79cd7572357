"""Second user during the worst DOCX upload (issue 24 "Done when"): is the dashboard still responsive to user B?

Run: .venv/bin/python bench/bench_second_user.py [--rounds 5] [--json OUT] [--files runs,bigtext,many]
                                                [--torch-threads 1]
1. Seeds a tmp data dir (a 90-posting market, profile "Asha" with a resume for B, profile "Zed" with one for A),
   then starts ONE `streamlit run app.py` on a free 127.0.0.1 port (SKILLGAP_DEMO_POSTINGS=0, offline models).
2. One headless Debian chromium, two browser contexts (two users); every request is routed and anything not to
   127.0.0.1 is aborted (and counted). A opens the Resume page ("/"), picks Zed, opens the uploader; B opens
   pages in fresh sessions.
3. Rounds alternate (order flips each round): baseline = B alone; loaded = A uploads the hostile DOCX files of
   tests/documents/hostile_docx.py one after another (input[type=file] of st.file_uploader; the kind that goes
   first rotates per round; many/bigtext vary per round so the extraction cache never answers) and keeps doing so
   until B is done, B starting once A's first upload's run has started. B: goto /market -> "Skill demand"
   visible -> run settled; goto /gaps -> "Skill gaps" visible -> settled; click "A job posting" -> settled.
   Settled = no [data-stale="true"] and no visible status widget for 1 s (the time is when that began).
4. Reports medians per B step (baseline vs loaded, ratio), how much of each loaded B step overlapped A's
   processing, A's per-file time until the result message, server CPU seconds, load average; --json writes it.
Bounded: per-step timeouts; ends the server and the browser it started. Only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, _free_port, _healthy  # noqa: E402

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SETTLED_JS = """() => document.querySelectorAll('[data-stale="true"]').length === 0 && !(() => {
  const w = document.querySelector('[data-testid="stStatusWidget"]');
  return w !== null && w.getBoundingClientRect().height > 0; })()"""
ICON = re.compile(r"[a-z_]+")  # a material icon's name, rendered as the alert's first line
WATCH_JS = """() => {
  window.__sgRun = null; window.__sgSpin = null;
  const visible = (sel) => [...document.querySelectorAll(sel)].some(e => e.getBoundingClientRect().height > 0);
  const note = () => {
    if (window.__sgRun === null && (document.querySelector('[data-stale="true"]') || visible(
        '[data-testid="stStatusWidget"], [data-testid="stSpinner"]'))) window.__sgRun = Date.now();
    if (window.__sgSpin === null && visible('[data-testid="stSpinner"]')) window.__sgSpin = Date.now();
  };
  if (window.__sgObs) window.__sgObs.disconnect();
  window.__sgObs = new MutationObserver(note);
  window.__sgObs.observe(document.body, {subtree: true, childList: true, attributes: true});
}"""
ERRORS = '[data-testid="stException"]'
STEP_TIMEOUT_S = 300
B_STEPS = ("market: title", "market: settled", "gaps: title", "gaps: settled", "gaps: click settled")


def seed(data_dir: Path, postings: int) -> None:
    """Market + two profiles with a resume each (B uses the first profile alphabetically, A picks Zed)."""
    from core.config import Settings
    from core.context import build_context
    from core.profiles import create_profile
    from core.resumes import add_resume_text
    from tests.e2e.test_browser_clarify import RESUME, SKILLS
    from tests.gaps.market_fixture import seed_market

    ctx = build_context(Settings(data_dir=data_dir))
    for name in ("Asha", "Zed"):
        add_resume_text(ctx, create_profile(ctx.engine, name).id, RESUME.replace("Asha Rao", f"{name} Rao"))
    seed_market(ctx.engine, postings, skills=SKILLS, cities=("Berlin", "Pune"))
    ctx.engine.dispose()


def hostile_files(kinds: list[str], variants: int) -> dict[str, list[bytes]]:
    """Per kind, `variants` files to upload; bigtext and many differ per variant (a new seed / a new word in every
    paragraph) so no upload hits the extraction cache of an earlier one (a real attacker varies the file too)."""
    from tests.documents import hostile_docx as h

    def many(i: int) -> bytes:  # many_paragraphs_docx(34_000) with "x<i>" instead of "x" in each paragraph
        para = f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>x{i}</w:t></w:r></w:p>'.encode()
        return h.docx_from_chunks(para * 1000 for _ in range(34))

    build = {"runs": lambda i: h.empty_runs_docx(), "many": many,
             "bigtext": lambda i: h.big_text_docx(96, seed=100 + i), "markup": lambda i: h.markup_only_docx()}
    varies = {"many", "bigtext"}
    return {k: [build[k](i) for i in range(variants if k in varies else 1)] for k in kinds}


def start_server(tmp: Path, threads: int | None = None) -> tuple[subprocess.Popen, str]:
    """`streamlit run app.py` on a free port with the tmp data dir; returns the process and its URL."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(SKILLGAP_DATA_DIR=str(tmp / "data"), SKILLGAP_DEMO_POSTINGS="0", HF_HUB_OFFLINE="1",
               TRANSFORMERS_OFFLINE="1", ANONYMIZED_TELEMETRY="False")
    if threads:  # torch's intra-op threads in the server (default: one per core)
        env["OMP_NUM_THREADS"] = str(threads)
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port), "--server.address",
         "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=(tmp / "streamlit.log").open("w"), stderr=subprocess.STDOUT)
    url, deadline = f"http://127.0.0.1:{port}", time.monotonic() + 120
    while not _healthy(url):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            sys.exit(f"streamlit did not start:\n{(tmp / 'streamlit.log').read_text()[-3000:]}")
        time.sleep(0.25)
    return proc, url


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process (its threads included)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def settled(page, timeout: float = STEP_TIMEOUT_S, stable: float = 1.0) -> float:
    """perf_counter time at which the page's run was over (condition held `stable` s from then)."""
    first, deadline = None, time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        ok, now = await page.evaluate(SETTLED_JS), time.perf_counter()
        first = (first or now) if ok else None
        if first is not None and now - first >= stable:
            return first
        await asyncio.sleep(0.1)
    raise TimeoutError("the page never settled")


async def user_b(page, url: str) -> dict[str, tuple[float, float]]:
    """B's three steps; per measured name, (start, end) perf_counter times."""
    out: dict[str, tuple[float, float]] = {}
    for path, title in (("market", "Skill demand"), ("gaps", "Skill gaps")):
        t0 = time.perf_counter()
        await page.goto(f"{url}/{path}", wait_until="commit")
        await page.get_by_role("heading", name=title).first.wait_for(state="visible", timeout=STEP_TIMEOUT_S * 1000)
        out[f"{path}: title"] = (t0, time.perf_counter())
        out[f"{path}: settled"] = (t0, await settled(page))
    t0 = time.perf_counter()
    await page.get_by_role("radio", name="A job posting").click()
    await page.get_by_text("No posting chosen yet").wait_for(state="visible", timeout=STEP_TIMEOUT_S * 1000)
    out["gaps: click settled"] = (t0, await settled(page))
    if await page.locator(ERRORS).count():
        raise RuntimeError(f"exception on B's page: {await page.locator(ERRORS).first.inner_text()}")
    return out


async def upload(page, name: str, data: bytes) -> dict:
    """A uploads one file; times until the run's spinner showed and until the result message (run settled).
    A MutationObserver notes the run's start (stale elements, status widget or spinner), however brief."""
    await page.evaluate(WATCH_JS)
    t0, ms0 = time.perf_counter(), await page.evaluate("Date.now()")
    await page.locator("input[type=file]").first.set_input_files({"name": name, "mimeType": DOCX_MIME,
                                                                  "buffer": data})
    await page.wait_for_function("window.__sgRun !== null", timeout=60_000)
    done = await settled(page)
    spun = await page.evaluate("window.__sgSpin")
    alerts = [" ".join(line for line in t.split("\n") if line.strip() and not ICON.fullmatch(line.strip()))
              for t in await page.locator('[data-testid="stAlert"]').all_inner_texts()]
    message = next((t for t in alerts if name in t), alerts[0] if alerts else "(no message)")
    return {"file": name, "start": t0, "spinner_s": None if spun is None else round((spun - ms0) / 1000, 2),
            "end": done, "seconds": round(done - t0, 2), "message": message[:160]}


async def user_a(page, files: list[tuple[str, bytes]], tag: str, b_done: asyncio.Event,
                 started: asyncio.Event) -> list:
    """A uploads the files in turn, again and again, until B is done (at least one full pass); names are unique
    per round. `started` is set once the first upload's run started (or after 5 s, or on an error: never a deadlock)."""
    results, k = [], 0
    try:
        while k < len(files) or not b_done.is_set():
            name, data = files[k % len(files)]
            task = asyncio.create_task(upload(page, f"{tag}a{k:02d}-{name}", data))
            if k == 0:
                with contextlib.suppress(Exception):
                    await page.wait_for_function("window.__sgRun !== null", timeout=5_000)
                started.set()
            results.append(await task)
            k += 1
    finally:
        started.set()
    return results


async def round_pair(b_page, a_page, url: str, files, loaded: bool, tag: str) -> dict:
    """One measured round: B alone, or B while A uploads."""
    if not loaded:
        return {"loaded": False, "b": await user_b(b_page, url)}
    b_done, started = asyncio.Event(), asyncio.Event()
    a_task = asyncio.create_task(user_a(a_page, files, tag, b_done, started))
    await started.wait()
    try:
        b = await user_b(b_page, url)
    finally:
        b_done.set()
    return {"loaded": True, "b": b, "a": await a_task}


def overlap(span: tuple[float, float], uploads: list[dict]) -> float:
    """Share of a B step spent while one of A's uploads was being processed."""
    busy = sum(max(0.0, min(span[1], u["end"]) - max(span[0], u["start"])) for u in uploads)
    return busy / max(span[1] - span[0], 1e-9)


async def run(args, url: str, pid: int, files: dict[str, list[bytes]]) -> dict:
    from playwright.async_api import async_playwright

    blocked: list[str] = []

    async def guard(route):
        if urllib.parse.urlsplit(route.request.url).hostname == "127.0.0.1":
            await route.continue_()
        else:
            blocked.append(route.request.url)
            await route.abort()

    rounds: list[dict] = []
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        pages = []
        for _ in range(2):
            context = await browser.new_context(viewport={"width": 1440, "height": 1000})
            await context.route("**/*", guard)
            pages.append(await context.new_page())
        a_page, b_page = pages
        await a_page.goto(url)  # the Resume page is the default page: its URL is "/"
        await a_page.get_by_test_id("stSidebar").get_by_test_id("stSelectbox").click()
        await a_page.get_by_role("option", name="Zed").click()
        await a_page.get_by_text("Zed Rao").first.wait_for(state="visible", timeout=STEP_TIMEOUT_S * 1000)
        await settled(a_page)
        await a_page.get_by_text("Upload a new version").click()  # show the uploader (nothing reruns)
        await a_page.locator("input[type=file]").first.wait_for(state="attached", timeout=30_000)
        print("warm-up (not measured): B visits each page, A uploads each file once", flush=True)
        await user_b(b_page, url)
        warm = [await upload(a_page, f"warm-{k}.docx", v[-1]) for k, v in files.items()]
        for w in warm:
            print(f"  warm-up {w['file']}: {w['seconds']} s: {w['message'][:100]}", flush=True)
        for i in range(args.rounds):
            kinds = list(files)[i % len(files):] + list(files)[:i % len(files)]  # each kind leads in turn
            per_round = [(f"{k}.docx", files[k][i % len(files[k])]) for k in kinds]
            for loaded in ((False, True) if i % 2 == 0 else (True, False)):
                cpu0, t0 = cpu_seconds(pid), time.perf_counter()
                result = await round_pair(b_page, a_page, url, per_round, loaded, f"r{i}")
                result.update(round=i, server_cpu_s=round(cpu_seconds(pid) - cpu0, 1),
                              wall_s=round(time.perf_counter() - t0, 1), load_avg=os.getloadavg())
                rounds.append(result)
                b = {k: round(e - s, 2) for k, (s, e) in result["b"].items()}
                print(f"round {i} {'loaded  ' if loaded else 'baseline'} B {b} "
                      f"A {[u['seconds'] for u in result.get('a', [])]} load {os.getloadavg()[0]:.1f}", flush=True)
        await browser.close()
    return {"rounds": rounds, "blocked_requests": blocked}


def b_total(r: dict) -> float:
    """B's whole visit: both pages settled plus the click."""
    return sum(r["b"][n][1] - r["b"][n][0] for n in ("market: settled", "gaps: settled", "gaps: click settled"))


def summarise(raw: dict, args) -> dict:
    """Medians per B step (baseline vs loaded), ratios, overlap with A's uploads, A's times per file kind."""
    base = [r for r in raw["rounds"] if not r["loaded"]]
    loaded = [r for r in raw["rounds"] if r["loaded"]]
    steps = {}
    for name in B_STEPS:
        b0 = statistics.median(r["b"][name][1] - r["b"][name][0] for r in base)
        b1 = statistics.median(r["b"][name][1] - r["b"][name][0] for r in loaded)
        ov = statistics.median(overlap(r["b"][name], r["a"]) for r in loaded)
        steps[name] = {"baseline_median_s": round(b0, 2), "loaded_median_s": round(b1, 2),
                       "ratio": round(b1 / b0, 2), "loaded_overlap_with_upload_median": round(ov, 2)}
    total = {n: round(statistics.median(map(b_total, rs)), 2) for n, rs in (("baseline", base), ("loaded", loaded))}
    leads: dict[str, list[float]] = {}
    for r in loaded:
        leads.setdefault(r["a"][0]["file"].split("-", 1)[1], []).append(b_total(r))
    by_lead = {k: round(statistics.median(v), 2) for k, v in leads.items()}
    kinds: dict[str, list[dict]] = {}
    for r in loaded:
        for u in r["a"]:
            kinds.setdefault(u["file"].split("-", 1)[1], []).append(u)
    a = {}
    for kind, ups in kinds.items():
        spun = [u["spinner_s"] for u in ups if u["spinner_s"] is not None]
        a[kind] = {"n": len(ups), "median_s": round(statistics.median(u["seconds"] for u in ups), 2),
                   "max_s": max(u["seconds"] for u in ups),
                   "spinner_median_s": round(statistics.median(spun), 2) if spun else None}
    no_spinner = [u["file"] for r in loaded for u in r["a"] if u["spinner_s"] is None]
    messages = {u["file"].split("-", 1)[1]: u["message"] for r in loaded for u in r["a"]}
    cpu = {n: round(statistics.median(r["server_cpu_s"] / r["wall_s"] for r in rs), 2)
           for n, rs in (("baseline", base), ("loaded", loaded))}
    loads = [r["load_avg"][0] for r in raw["rounds"]]
    return {"date": time.strftime("%Y-%m-%d"), "rounds_each": args.rounds, "files": args.files,
            "torch_threads": args.torch_threads, "b_steps": steps,
            "b_total_median_s": total, "b_total_loaded_median_s_by_first_upload": by_lead,
            "a_upload": a, "a_messages": messages, "a_uploads_without_spinner": no_spinner,
            "server_cpu_per_wall_s_median": cpu,
            "load_avg_1min_min_max": [min(loads), max(loads)], "cpus": os.cpu_count(),
            "blocked_requests": raw["blocked_requests"], "raw": raw["rounds"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5, help="rounds of each kind (baseline and loaded)")
    parser.add_argument("--files", default="runs,bigtext,many", help="hostile DOCX kinds A uploads, in turn")
    parser.add_argument("--postings", type=int, default=90, help="seeded market size")
    parser.add_argument("--torch-threads", type=int, help="OMP_NUM_THREADS for the server (try 1: one upload's "
                        "model then takes one core, not all)")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit("Debian chromium not installed at /usr/bin/chromium (apt-get install -y chromium)")
    with tempfile.TemporaryDirectory(prefix="sg-second-user-") as tmp_name:
        tmp = Path(tmp_name)
        print(f"seeding {tmp} and building the hostile files ...", flush=True)
        seed(tmp / "data", args.postings)
        files = hostile_files(args.files.split(","), args.rounds + 1)  # the last variant is the warm-up's
        proc, url = start_server(tmp, args.torch_threads)
        try:
            out = summarise(asyncio.run(run(args, url, proc.pid, files)), args)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
    print(f"\n{'B step':22} {'baseline':>9} {'loaded':>9} {'ratio':>6} {'overlap':>8}")
    for name, s in out["b_steps"].items():
        print(f"{name:22} {s['baseline_median_s']:8.2f}s {s['loaded_median_s']:8.2f}s {s['ratio']:6.2f} "
              f"{s['loaded_overlap_with_upload_median']:7.0%}")
    print(f"B total (3 settled steps): {out['b_total_median_s']}; loaded, by A's first upload: "
          f"{out['b_total_loaded_median_s_by_first_upload']}")
    for kind, s in out["a_upload"].items():
        print(f"A {kind:14} n={s['n']} median {s['median_s']} s, max {s['max_s']} s (spinner seen after "
              f"{s['spinner_median_s']} s): {out['a_messages'][kind][:80]}")
    print(f"server CPU s per wall s (median): {out['server_cpu_per_wall_s_median']}; load avg (1 min) "
          f"{out['load_avg_1min_min_max']}; blocked non-local requests: {len(out['blocked_requests'])}; "
          f"A uploads whose spinner never showed: {len(out['a_uploads_without_spinner'])}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, default=str))


if __name__ == "__main__":
    main()
