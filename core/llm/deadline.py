"""One overall deadline per LLM call, enforced at the socket.

httpx timeouts are per phase: a read timeout of 5 s allows a call to last for ever if the server sends one byte
every 3 s. Here every socket operation of the HTTP client (connect, TLS, each read and write) is given at most the
time left until the current call's deadline, so a call ends by its deadline whatever the server does, and the
connection is closed (the server sees it drop). The deadline is a context variable set around one call:

    with call_deadline(timeout_s):
        client.chat.completions.create(...)

Outside `call_deadline` the per-phase timeouts apply unchanged. The openai package pinned here (3.x) speaks
httpx2/httpcore2, so the transport is built from those.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Iterator

import httpcore2
import httpx2

_DEADLINE: ContextVar[float | None] = ContextVar("llm_call_deadline", default=None)


@contextmanager
def call_deadline(seconds: float | None) -> Iterator[None]:
    """Every socket operation inside the block shares one deadline `seconds` from now (None: no deadline)."""
    token = _DEADLINE.set(None if seconds is None else time.monotonic() + seconds)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def remaining(timeout: float | None, expired: type[Exception]) -> float | None:
    """`timeout` capped at the time left before the deadline; raises `expired` once it has passed."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired("the call deadline has passed")
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore2.NetworkStream):
    """A network stream whose reads and writes never outlast the current call's deadline."""

    def __init__(self, inner: httpcore2.NetworkStream) -> None:
        """Wrap `inner`."""
        self.inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        """Read with the timeout capped at the deadline."""
        return self.inner.read(max_bytes, remaining(timeout, httpcore2.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        """Write with the timeout capped at the deadline."""
        self.inner.write(buffer, remaining(timeout, httpcore2.WriteTimeout))

    def close(self) -> None:
        """Close the underlying stream."""
        self.inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore2.NetworkStream:
        """TLS handshake with the timeout capped at the deadline."""
        capped = remaining(timeout, httpcore2.ConnectTimeout)
        return DeadlineStream(self.inner.start_tls(ssl_context, server_hostname, capped))

    def get_extra_info(self, info: str) -> Any:
        """Delegate (socket, ssl object, peer address...)."""
        return self.inner.get_extra_info(info)


class DeadlineBackend(httpcore2.NetworkBackend):
    """A network backend whose connections obey the current call's deadline."""

    def __init__(self, inner: httpcore2.NetworkBackend | None = None) -> None:
        """Wrap `inner` (the default sync backend when None)."""
        self.inner = inner or httpcore2.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Any = None) -> httpcore2.NetworkStream:
        """Connect with the timeout capped at the deadline."""
        capped = remaining(timeout, httpcore2.ConnectTimeout)
        return DeadlineStream(self.inner.connect_tcp(host, port, capped, local_address, socket_options))

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Any = None) -> httpcore2.NetworkStream:
        """Connect with the timeout capped at the deadline."""
        capped = remaining(timeout, httpcore2.ConnectTimeout)
        return DeadlineStream(self.inner.connect_unix_socket(path, capped, socket_options))

    def sleep(self, seconds: float) -> None:
        """Delegate."""
        self.inner.sleep(seconds)


class DeadlineTransport(httpx2.HTTPTransport):
    """httpx2's transport with its connection pool on a DeadlineBackend."""

    def __init__(self, **kwargs: Any) -> None:
        """The same arguments as httpx2.HTTPTransport."""
        super().__init__(**kwargs)
        pool = self._pool
        if not hasattr(pool, "_network_backend"):  # pragma: no cover - guards an httpcore2 upgrade
            raise RuntimeError("httpcore2 changed: the LLM call deadline cannot be enforced")
        pool._network_backend = DeadlineBackend(pool._network_backend)


def deadline_http_client(timeout_s: float) -> httpx2.Client:
    """An httpx2 client (the openai package's defaults) whose calls obey `call_deadline`."""
    import openai  # lazy: slow import

    return openai.DefaultHttpxClient(transport=DeadlineTransport(), timeout=timeout_s)
