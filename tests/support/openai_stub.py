"""A local HTTP server speaking the OpenAI chat-completions API, so tests exercise the real client path offline.

    def test_x(openai_stub):                     # fixture: import it into your conftest.py (see below)
        openai_stub.enqueue(StubReply.json({"questions": ["..."]}), StubReply.error(429, retry_after=7))
        llm = make_llm(openai_stub.settings(timeout_s=0.5))
        ...
        assert openai_stub.requests[0].model == "stub-model"

Replies are taken from the queue in order, else from `responder(request)` if set, else `default`.
`supports_json_mode = False` makes every request carrying `response_format` fail with HTTP 400 (as some
servers do). `StubReply.hang(s)` waits s seconds (or until the server closes) before answering: use it with a
short client timeout. `StubReply.trickle(n, every_s)` sends the headers at once, then n padding bytes one at a
time every `every_s` seconds, then the completion; `stub.trickles` records how far each one got and whether the
client closed the connection first. Listens on 127.0.0.1 only, on a free port.
Other test directories: `from tests.support.openai_stub import openai_stub  # noqa: F401` in their conftest.py.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

import pytest

from core.config import LLMSettings

CHAT_PATHS = ("/v1/chat/completions", "/chat/completions")


@dataclass
class StubReply:
    """What the stub answers to one request."""

    status: int = 200
    content: str | None = ""  # assistant message content (status 200)
    body: bytes | None = None  # raw body, overrides everything else
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    finish_reason: str = "stop"
    trickle_bytes: int = 0  # leading whitespace sent one byte at a time before the body
    trickle_every_s: float = 0.0

    @classmethod
    def json(cls, obj: object, **kw) -> "StubReply":
        """A completion whose content is `obj` as JSON text."""
        return cls(content=json.dumps(obj), **kw)

    @classmethod
    def text(cls, content: str, **kw) -> "StubReply":
        """A completion whose content is `content` verbatim (malformed JSON, prose, fenced JSON...)."""
        return cls(content=content, **kw)

    @classmethod
    def error(cls, status: int, message: str = "stub error", *, retry_after: float | None = None) -> "StubReply":
        """An OpenAI-style error body with `status` (and a Retry-After header when given)."""
        body = json.dumps({"error": {"message": message, "type": "stub_error", "code": status}}).encode()
        headers = {"Retry-After": f"{retry_after:g}"} if retry_after is not None else {}
        return cls(status=status, body=body, headers=headers)

    @classmethod
    def hang(cls, seconds: float = 30.0) -> "StubReply":
        """A valid completion sent only after `seconds` (longer than the client timeout)."""
        return cls(content="{}", delay_s=seconds)

    @classmethod
    def trickle(cls, n_bytes: int, every_s: float, content: str = "{}") -> "StubReply":
        """A valid completion preceded by `n_bytes` of whitespace sent one byte every `every_s` seconds."""
        return cls(content=content, trickle_bytes=n_bytes, trickle_every_s=every_s)

    @classmethod
    def raw(cls, body: bytes, status: int = 200) -> "StubReply":
        """An arbitrary body (e.g. not JSON at all)."""
        return cls(status=status, body=body)


@dataclass(frozen=True)
class RecordedRequest:
    """One request the stub received."""

    method: str
    path: str
    headers: dict[str, str]
    body: dict | None

    @property
    def model(self) -> str | None:
        """The `model` sent."""
        return (self.body or {}).get("model")

    @property
    def messages(self) -> list[dict]:
        """The `messages` sent."""
        return (self.body or {}).get("messages", [])

    @property
    def response_format(self) -> dict | None:
        """The `response_format` sent, if any."""
        return (self.body or {}).get("response_format")


@dataclass
class TrickleLog:
    """How one trickled reply went: bytes sent of the total, and whether the client hung up first."""

    total: int
    sent: int = 0
    client_closed: bool = False
    done: threading.Event = field(default_factory=threading.Event)


class OpenAIStub:
    """A threaded local server; use as a context manager or call start()/close()."""

    def __init__(self, default: StubReply | None = None, *, model: str = "stub-model") -> None:
        """A stopped stub answering `default` (an empty JSON object) when nothing is queued."""
        self.default = default or StubReply.json({})
        self.model = model
        self.supports_json_mode = True
        self.responder: Callable[[RecordedRequest], StubReply] | None = None
        self.requests: list[RecordedRequest] = []
        self.trickles: list[TrickleLog] = []
        self._queue: deque[StubReply] = deque()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The base URL to give a client ("http://127.0.0.1:<port>/v1")."""
        assert self._server is not None, "stub not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def settings(self, *, timeout_s: float = 5.0, api_key: str | None = "test-key", model: str | None = None):
        """LLMSettings pointing at this stub."""
        return LLMSettings(base_url=self.url, api_key=api_key, model=model or self.model, timeout_s=timeout_s)

    def enqueue(self, *replies: StubReply) -> None:
        """Answer the next requests with `replies`, in order."""
        with self._lock:
            self._queue.extend(replies)

    def start(self) -> "OpenAIStub":
        """Bind 127.0.0.1:0 and serve in a daemon thread."""
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name="openai-stub", daemon=True
        )
        self._thread.start()
        return self

    def close(self) -> None:
        """Release hanging handlers and stop the server."""
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> "OpenAIStub":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    def _reply_for(self, request: RecordedRequest) -> StubReply:
        """Record the request and choose its reply."""
        with self._lock:
            self.requests.append(request)
            if not self.supports_json_mode and request.response_format is not None:
                return StubReply.error(400, "response_format is not supported by this server")
            if self._queue:
                return self._queue.popleft()
        return self.responder(request) if self.responder else self.default

    def _completion(self, reply: StubReply, request: RecordedRequest) -> bytes:
        """A chat.completion JSON body carrying `reply.content`."""
        return json.dumps({
            "id": f"chatcmpl-stub-{len(self.requests)}", "object": "chat.completion", "created": int(time.time()),
            "model": request.model or self.model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": reply.content},
                         "finish_reason": reply.finish_reason}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }).encode()


def _handler_for(stub: OpenAIStub) -> type[BaseHTTPRequestHandler]:
    """A request handler class bound to `stub`."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        timeout = 10  # idle keep-alive connections close instead of pinning a thread forever

        def do_POST(self) -> None:  # noqa: N802 - http.server naming
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = None
            request = RecordedRequest("POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            if self.path.split("?")[0] not in CHAT_PATHS:
                return self._send(404, StubReply.error(404, f"no route {self.path}").body or b"", {})
            reply = stub._reply_for(request)
            if reply.delay_s and stub._stop.wait(reply.delay_s):
                return  # server closing: drop the connection
            payload = reply.body if reply.body is not None else stub._completion(reply, request)
            if reply.trickle_bytes:
                return self._trickle(reply, payload)
            self._send(reply.status, payload, reply.headers)

        def _trickle(self, reply: StubReply, payload: bytes) -> None:
            log = TrickleLog(total=reply.trickle_bytes + len(payload))
            stub.trickles.append(log)
            try:
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(log.total))
                self.end_headers()
                self.wfile.flush()
                for _ in range(reply.trickle_bytes):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    log.sent += 1
                    if stub._stop.wait(reply.trickle_every_s):
                        return
                self.wfile.write(payload)
                log.sent += len(payload)
            except (BrokenPipeError, ConnectionResetError):
                log.client_closed = True
                self.close_connection = True
            finally:
                log.done.set()

        def do_GET(self) -> None:  # noqa: N802
            models = {"object": "list", "data": [{"id": stub.model, "object": "model", "owned_by": "stub"}]}
            self._send(200, json.dumps(models).encode(), {})

        def _send(self, status: int, payload: bytes, headers: dict[str, str]) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout): expected in hang tests

        def log_message(self, *args) -> None:
            pass  # keep test output clean

    return Handler


@pytest.fixture
def openai_stub():
    """A running OpenAIStub, closed after the test."""
    with OpenAIStub() as stub:
        yield stub
