"""SSRF-safe HTTP GET: http/https only, vetted and pinned IPs, manual redirects, caps, deadline, robots.txt.

Every hop resolves the host itself, refuses non-public addresses (see netguard.py) and connects to the vetted
IP while sending the original Host header / TLS server name, so a DNS answer cannot change between check and
connect (rebinding). Tests inject a FetchPolicy whose `allow` names the (ip, port) of a local test server.
"""

from __future__ import annotations

import http.client
import json
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from core.config import Limits
from core.errors import FetchError, UnsafeURL
from core.ingest.netguard import Resolver, system_resolver, vet_host

HTML_TYPES = ("text/html", "application/xhtml+xml")
JSON_TYPES = ("application/json", "text/json", "application/ld+json")
_REDIRECTS = {301, 302, 303, 307, 308}
_CHUNK = 64 * 1024
_PATH_SAFE = "/?&=%:@!$'()*+,;~-._[]"  # keep what is already escaped or reserved; encode spaces, non-ASCII


@dataclass(frozen=True)
class FetchPolicy:
    """Limits and exemptions for one Fetcher; `allow` exempts exact (ip, port) pairs (tests only)."""

    allow: frozenset[tuple[str, int]] = frozenset()
    connect_timeout_s: float = 5.0
    read_timeout_s: float = 10.0
    deadline_s: float = 10.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    respect_robots: bool = True
    user_agent: str = "SkillGapBot"
    resolver: Resolver = field(default=system_resolver, compare=False)

    @classmethod
    def from_limits(cls, limits: Limits) -> "FetchPolicy":
        """The production policy for the configured limits (nothing allowed beyond public addresses)."""
        return cls(read_timeout_s=limits.fetch_timeout_s, deadline_s=limits.fetch_timeout_s,
                   max_bytes=limits.fetch_max_bytes)


@dataclass(frozen=True)
class FetchResult:
    """A successful response: final URL after redirects, status, media type and body bytes."""

    url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes

    def text(self) -> str:
        """The body decoded with the declared charset (UTF-8 otherwise), undecodable bytes replaced."""
        try:
            return self.body.decode(self.charset or "utf-8", errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")


@dataclass(frozen=True)
class _Target:
    url: str
    scheme: str
    host: str
    port: int
    path: str  # path + query, as sent


class Fetcher:
    """Fetches public web pages and JSON safely; keeps a robots.txt cache per origin."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self._robots: dict[str, RobotFileParser] = {}

    def fetch(self, url: str, accept: tuple[str, ...] = HTML_TYPES) -> FetchResult:
        """GET url (following up to max_redirects vetted redirects); raises UnsafeURL or FetchError."""
        deadline = time.monotonic() + self.policy.deadline_s
        return self._get(url, accept, deadline, robots=self.policy.respect_robots, error_status=False)

    def get_json(self, url: str) -> Any:
        """GET a JSON document and parse it."""
        result = self.fetch(url, accept=JSON_TYPES)
        try:
            return json.loads(result.text())
        except (RecursionError, ValueError) as exc:
            raise FetchError(f"{_host_of(url)} did not return valid JSON") from exc

    def _get(self, url: str, accept: tuple[str, ...], deadline: float, robots: bool, error_status: bool):
        current = url
        for hop in range(self.policy.max_redirects + 1):
            target = _parse(current, redirect=hop > 0)
            ip = vet_host(target.host, target.port, self.policy.resolver, self.policy.allow, redirect=hop > 0)
            if robots:
                self._check_robots(target, deadline)
            location, result = self._request(target, ip, accept, deadline, error_status)
            if location is None:
                return result
            current = urljoin(current, location)
        raise FetchError(f"too many redirects (more than {self.policy.max_redirects})")

    def _request(self, target: _Target, ip: str, accept, deadline: float, error_status: bool):
        conn = _connection(target, ip, self._timeout(deadline, self.policy.connect_timeout_s))
        holder: list[socket.socket] = []
        watchdog = threading.Timer(max(0.0, deadline - time.monotonic()), _abort, args=(holder,))
        watchdog.daemon = True
        watchdog.start()
        try:
            conn.connect()
            sock = conn.sock
            holder.append(sock)
            conn.request("GET", target.path, headers={
                "User-Agent": self.policy.user_agent, "Accept": ", ".join((*accept, "*/*;q=0.1")),
                "Accept-Encoding": "identity", "Connection": "close",
            })
            sock.settimeout(self._timeout(deadline, self.policy.read_timeout_s))
            resp = conn.getresponse()
            if time.monotonic() >= deadline:  # the watchdog closed a trickling response: its headers are cut short
                raise FetchError(self._timeout_message(deadline))
            if resp.status in _REDIRECTS:
                location = resp.getheader("Location")
                if not location:
                    raise FetchError(f"HTTP {resp.status} redirect from {target.host} without a Location")
                return location, None
            if resp.status >= 400 and not error_status:
                raise FetchError(f"HTTP {resp.status} from {target.host}")
            media, charset = _content_type(resp.getheader("Content-Type"))
            if resp.status < 400 and accept and media not in accept:
                raise FetchError(f"unexpected content type {media or '(none)'} from {target.host}; "
                                 f"expected {' or '.join(accept)}")
            body = self._read_body(resp, sock, deadline)
            return None, FetchResult(target.url, resp.status, media, charset, body)
        except (socket.timeout, TimeoutError) as exc:
            raise FetchError(self._timeout_message(deadline)) from exc
        except (OSError, ValueError, http.client.HTTPException) as exc:
            if time.monotonic() >= deadline:
                raise FetchError(self._timeout_message(deadline)) from exc
            raise FetchError(f"cannot fetch from {target.host}: {_why(exc)}") from exc
        finally:
            watchdog.cancel()
            conn.close()

    def _read_body(self, resp: http.client.HTTPResponse, sock: socket.socket, deadline: float) -> bytes:
        cap = self.policy.max_bytes
        declared = resp.getheader("Content-Length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise FetchError(f"response exceeded {_size(cap)}")
        chunks: list[bytes] = []
        total = 0
        while True:
            if time.monotonic() >= deadline:
                raise FetchError(self._timeout_message(deadline))
            sock.settimeout(self._timeout(deadline, self.policy.read_timeout_s))
            chunk = resp.read1(_CHUNK)
            if not chunk:
                if time.monotonic() >= deadline:  # the watchdog closed the socket
                    raise FetchError(self._timeout_message(deadline))
                return b"".join(chunks)
            total += len(chunk)
            if total > cap:
                raise FetchError(f"response exceeded {_size(cap)}")
            chunks.append(chunk)

    def _check_robots(self, target: _Target, deadline: float) -> None:
        host = f"[{target.host}]" if ":" in target.host else target.host
        origin = f"{target.scheme}://{host}:{target.port}"
        parser = self._robots.get(origin)
        if parser is None:
            parser = self._robots[origin] = self._load_robots(origin, deadline)
        if not parser.can_fetch(self.policy.user_agent, target.url):
            raise FetchError(f"robots.txt disallows {urlsplit(target.url).path or '/'}")

    def _load_robots(self, origin: str, deadline: float) -> RobotFileParser:
        parser = RobotFileParser()
        try:
            result = self._get(origin + "/robots.txt", (), deadline, robots=False, error_status=True)
        except (FetchError, UnsafeURL):
            result = None  # unavailable robots.txt: no rules (RFC 9309 section 2.3.1.3)
        if result is not None and result.status >= 500:
            parser.parse(["User-agent: *", "Disallow: /"])  # unreachable: assume full disallow
        elif result is not None and result.status < 400:
            parser.parse(result.text().splitlines())
        else:
            parser.parse([])
        return parser

    def _timeout(self, deadline: float, limit: float) -> float:
        return max(0.05, min(limit, deadline - time.monotonic()))

    def _timeout_message(self, deadline: float) -> str:
        limit = self.policy.deadline_s if time.monotonic() >= deadline - 0.01 else self.policy.read_timeout_s
        return f"timed out after {limit:g} s"


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, ip: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._ip = ip

    def connect(self) -> None:
        self.sock = socket.create_connection((self._ip, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, ip: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._ip = ip

    def connect(self) -> None:
        sock = socket.create_connection((self._ip, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _connection(target: _Target, ip: str, timeout: float) -> http.client.HTTPConnection:
    cls = _PinnedHTTPS if target.scheme == "https" else _PinnedHTTP
    return cls(target.host, target.port, ip, timeout)


def _abort(holder: list[socket.socket]) -> None:
    """Watchdog: shut the socket down at the deadline so no read can outlive it."""
    for sock in holder:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _parse(url: str, redirect: bool) -> _Target:
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise UnsafeURL(f"refused: {url!r} is not a valid URL") from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        where = "redirect to " if redirect else ""
        raise UnsafeURL(f"refused: {where}{scheme or 'a URL without a'} scheme; only http and https are allowed")
    if not parts.hostname:
        raise UnsafeURL(f"refused: {url!r} has no host")
    path = quote((parts.path or "/") + (f"?{parts.query}" if parts.query else ""), safe=_PATH_SAFE)
    clean = parts._replace(fragment="").geturl()
    return _Target(clean, scheme, parts.hostname, port or (443 if scheme == "https" else 80), path)


def _content_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset":
            charset = value.strip().strip('"') or None
    return media.strip().lower(), charset


def _size(limit: int) -> str:
    mb, kb = 1024 * 1024, 1024
    if limit >= mb and limit % mb == 0:
        return f"{limit // mb} MB"
    if limit >= kb and limit % kb == 0:
        return f"{limit // kb} KB"
    return f"{limit} bytes"


def _host_of(url: str) -> str:
    return urlsplit(url).hostname or url


def _why(exc: BaseException) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error ({exc.reason or exc})"
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
