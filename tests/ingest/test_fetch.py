"""The SSRF-safe fetcher: default policy refusals, allowed local server, redirects, caps, deadline, robots."""

from __future__ import annotations

import socket
import time

import pytest

from core.errors import FetchError, UnsafeURL
from core.ingest.fetch import JSON_TYPES, Fetcher, FetchPolicy
from core.ingest.netguard import blocked_reason, parse_ip
from tests.ingest.conftest import Reply


@pytest.mark.parametrize(
    "url, message",
    [
        ("http://127.0.0.1/", "refused: 127.0.0.1 is a loopback address"),
        ("http://127.0.0.1:{port}/page", "refused: 127.0.0.1 is a loopback address"),
        ("http://[::1]/", "refused: ::1 is a loopback address"),
        ("http://10.0.0.5/jobs", "refused: 10.0.0.5 is a private network address"),
        ("http://192.168.1.20/", "refused: 192.168.1.20 is a private network address"),
        ("http://172.16.3.4/", "refused: 172.16.3.4 is a private network address"),
        ("http://100.64.0.7/", "refused: 100.64.0.7 is a shared (CGNAT) address"),
        ("http://169.254.169.254/latest/meta-data/", "refused: 169.254.169.254 is the cloud metadata address"),
        ("http://169.254.10.1/", "refused: 169.254.10.1 is a link-local address"),
        ("http://0.0.0.0/", "refused: 0.0.0.0 is an unspecified address"),
        ("http://224.0.0.1/", "refused: 224.0.0.1 is a multicast address"),
        ("http://[fe80::1]/", "refused: fe80::1 is a link-local address"),
        ("http://[fc00::5]/", "refused: fc00::5 is a private network address"),
        ("http://[fd12:3456::1]/", "refused: fd12:3456::1 is a private network address"),
        ("http://[::ffff:127.0.0.1]/", "loopback address (IPv4 127.0.0.1 inside IPv6)"),
        ("http://[::ffff:10.1.2.3]/", "private network address (IPv4 10.1.2.3 inside IPv6)"),
        ("http://[::ffff:169.254.169.254]/", "cloud metadata address"),
        ("http://localhost:{port}/", "refused: localhost resolves to"),
        ("http://2130706433/", "refused: 2130706433 resolves to 127.0.0.1, a loopback address"),
        ("http://0x7f000001/", "refused: 0x7f000001 resolves to 127.0.0.1, a loopback address"),
        ("http://127.1/", "refused: 127.1 resolves to 127.0.0.1, a loopback address"),
        ("http://jobs.example.com@127.0.0.1/", "refused: 127.0.0.1 is a loopback address"),
        ("file:///etc/passwd", "refused: file scheme; only http and https are allowed"),
        ("gopher://example.com:70/_evil", "refused: gopher scheme; only http and https are allowed"),
        ("ftp://example.com/x", "only http and https are allowed"),
    ],
)
def test_default_policy_refuses(url, message, server):
    server.routes["/page"] = Reply("<p>secret</p>")
    with pytest.raises(UnsafeURL) as err:
        Fetcher().fetch(url.format(port=server.port))
    assert message in str(err.value)
    assert server.requests == []  # nothing ever reached the local server


def test_name_resolving_to_private_address_refused():
    policy = FetchPolicy(resolver=lambda host, port: ["93.184.215.14", "10.9.8.7"])
    with pytest.raises(UnsafeURL, match=r"refused: jobs\.example resolves to 10\.9\.8\.7, a private network"):
        Fetcher(policy).fetch("http://jobs.example/posting/1")


@pytest.mark.parametrize("address", ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "93.184.215.14"])
def test_public_addresses_pass_the_check(address):
    assert blocked_reason(parse_ip(address)) is None


def test_allowed_test_server_is_fetched(server):
    server.routes["/page"] = Reply("<p>Hello</p>")
    result = server.fetcher().fetch(server.url("/page"))
    assert result.status == 200
    assert result.text() == "<p>Hello</p>"
    assert result.content_type == "text/html"


def test_connects_to_vetted_ip_and_sends_original_host(server):
    """A name is resolved once per hop; the connection goes to that IP with the name in the Host header."""
    calls = []

    def resolver(host, port):
        calls.append(host)
        return ["127.0.0.1"] if len(calls) == 1 else ["10.0.0.1"]  # a rebinding DNS answer on later lookups

    server.routes["/p"] = Reply("<p>ok</p>")
    policy = server.policy(resolver=resolver, respect_robots=False)
    result = Fetcher(policy).fetch(f"http://jobs.test:{server.port}/p")
    assert result.text() == "<p>ok</p>"
    assert calls == ["jobs.test"]
    assert server.requests == [("/p", f"jobs.test:{server.port}")]


def test_policy_allows_only_the_named_port(server, other_server):
    other_server.routes["/"] = Reply("<p>internal</p>")
    with pytest.raises(UnsafeURL, match="127.0.0.1 is a loopback address"):
        server.fetcher().fetch(other_server.url("/"))


@pytest.mark.parametrize(
    "location, message",
    [
        ("http://127.0.0.1:{other}/admin", "refused: redirect to 127.0.0.1, a loopback address"),
        ("http://10.0.0.5/", "refused: redirect to 10.0.0.5, a private network address"),
        ("http://169.254.169.254/latest/meta-data/", "refused: redirect to 169.254.169.254, the cloud metadata"),
        ("http://[::1]:{other}/", "refused: redirect to ::1, a loopback address"),
        ("file:///etc/passwd", "refused: redirect to file scheme"),
        ("gopher://127.0.0.1:{other}/", "refused: redirect to gopher scheme"),
    ],
)
def test_redirect_to_blocked_target_refused(location, message, server, other_server):
    server.routes["/go"] = Reply(b"", 302, {"Location": location.format(other=other_server.port)})
    with pytest.raises(UnsafeURL) as err:
        server.fetcher().fetch(server.url("/go"))
    assert message in str(err.value)
    assert other_server.requests == []


def test_redirects_followed_within_allowed_server(server):
    server.routes["/a"] = Reply(b"", 301, {"Location": "/b"})
    server.routes["/b"] = Reply(b"", 307, {"Location": server.url("/c")})
    server.routes["/c"] = Reply("<p>final</p>")
    result = server.fetcher().fetch(server.url("/a"))
    assert result.url == server.url("/c")
    assert result.text() == "<p>final</p>"


def test_redirect_loop_stops_after_max(server):
    server.routes["/loop"] = Reply(b"", 302, {"Location": "/loop"})
    with pytest.raises(FetchError, match=r"too many redirects \(more than 5\)"):
        server.fetcher().fetch(server.url("/loop"))
    assert sum(path == "/loop" for path, _ in server.requests) == 6


def _endless(chunk: bytes, pause: float):
    def handler(req):
        req.send_response(200)
        req.send_header("Content-Type", "text/html")
        req.end_headers()
        try:
            while not req.server_stop.is_set():
                req.wfile.write(chunk)
                req.wfile.flush()
                if pause:
                    time.sleep(pause)
        except OSError:
            pass
    return handler


def test_endless_response_cut_at_size_cap(server):
    server.routes["/big"] = _endless(b"x" * 8192, 0)
    server.httpd.RequestHandlerClass.server_stop = server.stop
    with pytest.raises(FetchError, match="response exceeded 64 KB"):
        server.fetcher(max_bytes=64 * 1024).fetch(server.url("/big"))


def test_declared_length_over_cap_refused_before_reading(server):
    server.routes["/declared"] = Reply(b"y" * 5000)
    with pytest.raises(FetchError, match="response exceeded 1 KB"):
        server.fetcher(max_bytes=1024).fetch(server.url("/declared"))


def test_slow_endless_response_hits_the_deadline(server):
    server.routes["/slow"] = _endless(b"z", 0.02)
    server.httpd.RequestHandlerClass.server_stop = server.stop
    with pytest.raises(FetchError, match=r"timed out after 0\.5 s"):
        server.fetcher(deadline_s=0.5, read_timeout_s=5).fetch(server.url("/slow"))


def test_silent_server_hits_the_read_timeout(server):
    def silent(req):
        server.stop.wait(5)

    server.routes["/silent"] = silent
    with pytest.raises(FetchError, match=r"timed out after 0\.3 s"):
        server.fetcher(read_timeout_s=0.3, deadline_s=5).fetch(server.url("/silent"))


def test_robots_disallow_is_respected(server):
    server.routes["/robots.txt"] = Reply("User-agent: SkillGapBot\nDisallow: /jobs/\n", 200,
                                         {"Content-Type": "text/plain"})
    server.routes["/jobs/1"] = Reply("<p>job</p>")
    server.routes["/about"] = Reply("<p>about</p>")
    fetcher = server.fetcher()
    with pytest.raises(FetchError, match="robots.txt disallows /jobs/1"):
        fetcher.fetch(server.url("/jobs/1"))
    assert fetcher.fetch(server.url("/about")).text() == "<p>about</p>"
    assert [p for p, _ in server.requests].count("/robots.txt") == 1  # cached per origin
    assert "/jobs/1" not in [p for p, _ in server.requests]


def test_robots_for_other_agents_does_not_apply(server):
    server.routes["/robots.txt"] = Reply("User-agent: OtherBot\nDisallow: /\n", 200, {"Content-Type": "text/plain"})
    server.routes["/jobs/1"] = Reply("<p>job</p>")
    assert server.fetcher().fetch(server.url("/jobs/1")).text() == "<p>job</p>"


def test_robots_server_error_means_disallow(server):
    server.routes["/robots.txt"] = Reply("oops", 503, {"Content-Type": "text/plain"})
    server.routes["/jobs/1"] = Reply("<p>job</p>")
    with pytest.raises(FetchError, match="robots.txt disallows /jobs/1"):
        server.fetcher().fetch(server.url("/jobs/1"))


@pytest.mark.parametrize(
    "reply, accept, message",
    [
        (Reply(b"\x89PNG", 200, {"Content-Type": "image/png"}), None, "unexpected content type image/png"),
        (Reply("<p>x</p>"), JSON_TYPES, "unexpected content type text/html"),
        (Reply("gone", 404, {"Content-Type": "text/plain"}), None, "HTTP 404 from 127.0.0.1"),
        (Reply("down", 500, {"Content-Type": "text/plain"}), None, "HTTP 500 from 127.0.0.1"),
    ],
)
def test_http_errors_and_content_type(reply, accept, message, server):
    server.routes["/x"] = reply
    fetcher = server.fetcher()
    with pytest.raises(FetchError, match=message):
        fetcher.fetch(server.url("/x"), **({"accept": accept} if accept else {}))


def test_connection_refused_is_a_fetch_error():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens on this port now
    policy = FetchPolicy(allow=frozenset({("127.0.0.1", port)}), respect_robots=False)
    with pytest.raises(FetchError, match="cannot fetch from 127.0.0.1: connection refused"):
        Fetcher(policy).fetch(f"http://127.0.0.1:{port}/")


def test_paths_with_spaces_and_unicode_are_escaped(server):
    server.routes["/jobs/data%20engineer/caf%C3%A9"] = Reply("<p>ok</p>")
    assert server.fetcher().fetch(server.url("/jobs/data engineer/café")).text() == "<p>ok</p>"
