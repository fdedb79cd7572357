"""Hostile URLs: only what tests/ingest/test_fetch.py does not cover yet (it has 60 cases: literal loopback /
private / link-local / metadata / IPv6 / mapped addresses, localhost, numeric hosts, userinfo tricks, schemes,
redirects to blocked targets, redirect loops, endless and slow bodies, silent servers, robots.txt).

Added here: DNS names resolving to every blocked class (vetted with an injected resolver, never connected),
numeric host spellings the system resolver turns into loopback, site-local IPv6 and 192.0.0.0/24, redirects to
names resolving to internal addresses, header trickles and header floods, endless chunked bodies, slow robots.txt,
and refusals through the ingest pipeline and the CLI (nothing stored). No request ever leaves 127.0.0.1.
"""

from __future__ import annotations

import time

import pytest

from core.cli import main
from core.config import Settings
from core.db.models import JobPosting, ProcessingRun
from core.db.session import memory_engine
from core.errors import FetchError, UnsafeURL
from core.ingest.fetch import Fetcher, FetchPolicy
from core.ingest.netguard import system_resolver, vet_host
from core.ingest.pipeline import ingest
from core.ingest.url_source import UrlSource
from tests.reliability.conftest import FakeExtractor, Reply, row_counts

# (resolved address, reason fragment) -- what a DNS name may point at.
RESOLVED = [
    ("127.0.0.1", "a loopback address"), ("127.8.9.10", "a loopback address"), ("::1", "a loopback address"),
    ("169.254.169.254", "the cloud metadata address"), ("fd00:ec2::254", "the cloud metadata address"),
    ("169.254.1.1", "a link-local address"), ("fe80::1234", "a link-local address"),
    ("10.1.2.3", "a private network address"), ("172.16.0.1", "a private network address"),
    ("172.31.255.254", "a private network address"), ("192.168.0.10", "a private network address"),
    ("fd12::1", "a private network address"), ("100.64.1.1", "a shared (CGNAT) address"),
    ("0.0.0.0", "an unspecified address"), ("::", "an unspecified address"),
    ("::ffff:127.0.0.1", "(IPv4 127.0.0.1 inside IPv6)"), ("64:ff9b::a9fe:a9fe", "(IPv4 169.254.169.254 inside"),
    ("2002:a00:1::", "(IPv4 10.0.0.1 inside IPv6)"), ("fec0::1", "a site-local address"),
    ("192.0.0.8", "a special-purpose address"), ("240.0.0.1", "a reserved address"),
    ("255.255.255.255", "a reserved address"), ("224.0.0.251", "a multicast address"),
    ("198.18.0.1", "a private network address"), ("not-an-ip", "resolved to something that is not an IP address"),
]


@pytest.mark.parametrize("address, reason", RESOLVED, ids=[r[0] for r in RESOLVED])
def test_dns_name_resolving_to_a_blocked_address_is_refused(address, reason):
    with pytest.raises(UnsafeURL) as caught:
        vet_host("jobs.example", 443, lambda host, port: [address])
    assert reason in str(caught.value)
    assert str(caught.value).startswith("refused: jobs.example")


@pytest.mark.parametrize("address", ["8.8.8.8", "2606:4700:4700::1111", "172.32.0.1"])
def test_mixed_answers_are_refused_if_any_address_is_blocked(address):
    """A rebinding-style answer (one public, one internal) is refused, whatever the order."""
    for answer in ([address, "10.0.0.7"], ["10.0.0.7", address]):
        with pytest.raises(UnsafeURL, match="10.0.0.7, a private network address"):
            vet_host("jobs.example", 80, lambda host, port, a=answer: a)
    assert vet_host("jobs.example", 80, lambda host, port: [address]) == address  # public alone passes


@pytest.mark.parametrize("host", ["0177.0.0.1", "0x7f.1", "127.000.000.001", "017700000001", "0", "0x0"])
def test_numeric_host_spellings_resolve_to_blocked_addresses(host):
    """The system resolver parses these numerically (inet_aton rules: no DNS query) -- then they are vetted."""
    with pytest.raises(UnsafeURL, match=r"(loopback|unspecified) address"):
        vet_host(host, 80, system_resolver)


@pytest.mark.parametrize("target, reason", [
    ("169.254.169.254", "the cloud metadata address"), ("10.0.0.9", "a private network address"),
    ("::1", "a loopback address"),
])
def test_redirect_to_a_name_resolving_internally_is_refused(server, target, reason):
    resolver = {"internal.test": [target]}
    policy = server.policy(resolver=lambda host, port: resolver.get(host, ["127.0.0.1"]), respect_robots=False)
    server.routes["/go"] = Reply(b"", 302, {"Location": "http://internal.test/latest/meta-data/"})
    with pytest.raises(UnsafeURL) as caught:
        Fetcher(policy).fetch(server.url("/go"))
    assert f"refused: redirect to internal.test ({target}), {reason}" == str(caught.value)
    assert [p for p, _ in server.requests] == ["/go"]


def _trickle_headers(req):
    """Send a status line, then one header line every 20 ms, forever (a slowloris in reverse)."""
    req.wfile.write(b"HTTP/1.1 200 OK\r\n")
    try:
        while not req.server_stop.is_set():
            req.wfile.write(b"X-Slow: 1\r\n")
            req.wfile.flush()
            time.sleep(0.02)
    except OSError:
        pass


def _flood_headers(req):
    req.wfile.write(b"HTTP/1.1 200 OK\r\n" + b"X-Flood: 1\r\n" * 5000 + b"\r\n")


def _endless_chunks(req):
    req.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n")
    try:
        while not req.server_stop.is_set():
            req.wfile.write(b"2000\r\n" + b"c" * 0x2000 + b"\r\n")
    except OSError:
        pass


def _slow_robots(req):
    _trickle_headers(req)


@pytest.mark.parametrize("route, handler, policy, message", [
    ("/trickle", _trickle_headers, {"deadline_s": 0.5, "read_timeout_s": 5}, r"timed out after 0\.5 s"),
    ("/flood", _flood_headers, {}, r"cannot fetch from 127\.0\.0\.1: got more than 100 headers"),
    ("/chunks", _endless_chunks, {"max_bytes": 256 * 1024}, "response exceeded 256 KB"),
], ids=["header-trickle", "header-flood", "endless-chunked"])
def test_abusive_responses_are_cut_off(server, route, handler, policy, message):
    server.routes[route] = handler
    server.httpd.RequestHandlerClass.server_stop = server.stop
    with pytest.raises(FetchError, match=message):
        server.fetcher(respect_robots=False, **policy).fetch(server.url(route))


def test_slow_robots_txt_counts_against_the_same_deadline(server):
    server.routes["/robots.txt"] = _slow_robots
    server.routes["/job"] = Reply("<p>never reached in time</p>")
    server.httpd.RequestHandlerClass.server_stop = server.stop
    with pytest.raises(FetchError, match=r"timed out after 0\.5 s"):
        server.fetcher(deadline_s=0.5, read_timeout_s=5).fetch(server.url("/job"))


@pytest.mark.parametrize("url, reason", [
    ("http://169.254.169.254/latest/meta-data/iam/", "the cloud metadata address"),
    ("http://[::1]:8501/", "a loopback address"),
    ("file:///etc/passwd", "file scheme"),
    ("http://10.0.0.1/admin", "a private network address"),
])
def test_refused_url_through_the_pipeline_stores_nothing_but_a_failed_run(tmp_path, url, reason):
    engine = memory_engine()
    before = row_counts(engine)
    with pytest.raises(UnsafeURL, match=reason):
        ingest(engine, UrlSource(url), Settings(data_dir=tmp_path), FakeExtractor())
    after = row_counts(engine)
    assert after[JobPosting.__tablename__] == before[JobPosting.__tablename__] == 0
    assert after[ProcessingRun.__tablename__] == 1 and after["deadletter"] == 0


@pytest.mark.parametrize("url", ["http://169.254.169.254/latest/meta-data/", "gopher://127.0.0.1:6379/_FLUSHALL",
                                 "http://[::ffff:10.0.0.1]/jobs/1"])
def test_cli_refuses_with_one_line_and_exit_code_2(tmp_path, monkeypatch, capsys, url):
    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert main(["ingest", url, "--format", "url"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: refused: ") and "\n" not in err


def test_policy_from_limits_allows_nothing_local():
    policy = FetchPolicy.from_limits(Settings().limits)
    assert policy.allow == frozenset() and policy.respect_robots
