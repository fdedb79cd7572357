"""Ingest fixtures: in-memory SQLite, a fake extractor, and a local HTTP server on 127.0.0.1."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

import pytest

from core.config import Settings
from core.db.session import memory_engine
from core.ingest.fetch import Fetcher, FetchPolicy
from core.skills.models import Extraction, SkillMention

SKILLS = ("Python", "SQL", "Spark", "Kubernetes", "React", "Excel", "Airflow", "AWS")


class FakeExtractor:
    """A callable (text, kind) -> Extraction finding a few skill words; raises on texts containing FAIL_MARK."""

    FAIL_MARK = "EXPLODE"

    def __init__(self) -> None:
        self.calls = 0
        self.broken = True  # set False to "fix" the extractor

    def __call__(self, text: str, kind: str) -> Extraction:
        self.calls += 1
        if self.broken and self.FAIL_MARK in text:
            raise RuntimeError("extractor crashed on this text")
        mentions = [
            SkillMention(skill_id=m.group(0).lower(), name=m.group(0), surface=m.group(0), start=m.start(),
                         end=m.end(), requirement="preferred" if "nice" in text[max(0, m.start() - 40):m.start()]
                         else "required")
            for m in re.finditer(r"\b(" + "|".join(SKILLS) + r")\b", text)
        ]
        seniority = "senior" if re.search(r"\bsenior\b", text, re.I) else None
        return Extraction(mentions=mentions, kind=kind, seniority=seniority)


@pytest.fixture
def engine():
    """A fresh in-memory SQLite database with the schema."""
    eng = memory_engine()
    yield eng
    eng.dispose()


@pytest.fixture
def settings(tmp_path) -> Settings:
    """Settings pointing at a tmp data dir."""
    return Settings(data_dir=tmp_path)


@pytest.fixture
def extractor() -> FakeExtractor:
    """The fake extractor."""
    return FakeExtractor()


@dataclass
class Reply:
    """A canned response: status, headers, body (bytes or str)."""

    body: bytes | str = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})


Route = Reply | Callable[[BaseHTTPRequestHandler], None]


class LocalServer:
    """A threaded HTTP server on 127.0.0.1:<free port> serving `routes` (path with query -> Reply or handler)."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, str | None]] = []  # (path, Host header)
        self.stop = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server API
                outer.requests.append((self.path, self.headers.get("Host")))
                route = outer.routes.get(self.path) or outer.routes.get(self.path.split("?")[0])
                if route is None:
                    route = Reply(b"not found", 404, {"Content-Type": "text/plain"})
                if callable(route):
                    return route(self)
                body = route.body.encode() if isinstance(route.body, str) else route.body
                self.send_response(route.status)
                for key, value in route.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):  # keep test output quiet
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def url(self, path: str = "/") -> str:
        """Absolute URL on this server."""
        return f"http://127.0.0.1:{self.port}{path}"

    def policy(self, **kw) -> FetchPolicy:
        """A policy that allows exactly this server's (127.0.0.1, port) and nothing else non-public."""
        return FetchPolicy(allow=frozenset({("127.0.0.1", self.port)}), **kw)

    def fetcher(self, **kw) -> Fetcher:
        """A Fetcher with self.policy(**kw)."""
        return Fetcher(self.policy(**kw))


@pytest.fixture
def server():
    """A running LocalServer, shut down after the test."""
    srv = LocalServer()
    srv.thread.start()
    yield srv
    srv.stop.set()
    srv.httpd.shutdown()
    srv.httpd.server_close()


@pytest.fixture
def other_server():
    """A second LocalServer (a different port: not in the first server's policy)."""
    srv = LocalServer()
    srv.thread.start()
    yield srv
    srv.stop.set()
    srv.httpd.shutdown()
    srv.httpd.server_close()
