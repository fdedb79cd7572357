"""Address vetting for outbound fetches: which IPs a URL may reach (SSRF defence)."""

from __future__ import annotations

import ipaddress
import socket
from typing import Callable, Iterable

from core.errors import FetchError, UnsafeURL

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]

_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_METADATA = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IETF_PROTOCOL = ipaddress.ip_network("192.0.0.0/24")  # special-purpose (RFC 6890); Python 3.11 calls most of it global


def system_resolver(host: str, port: int) -> list[str]:
    """All addresses the system resolver gives for host (IPv4 and IPv6), in resolver order."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {host}: {getattr(exc, 'strerror', None) or exc}") from exc
    seen: dict[str, None] = {}
    for info in infos:
        seen.setdefault(info[4][0].split("%")[0], None)
    return list(seen)


def parse_ip(text: str) -> IPAddress | None:
    """The IP if text is an IP literal (brackets allowed), else None."""
    try:
        return ipaddress.ip_address(text.strip("[]").split("%")[0])
    except ValueError:
        return None


def blocked_reason(ip: IPAddress) -> str | None:
    """Why an address may not be fetched ("a private network address"...), or None if it is public."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if inner is None and ip in _NAT64:
            inner = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if inner is not None:
            reason = blocked_reason(inner)
            return f"{reason} (IPv4 {inner} inside IPv6)" if reason else None
    if ip in _METADATA:
        return "the cloud metadata address"
    checks = (
        (ip.is_unspecified, "an unspecified address"),
        (ip.is_loopback, "a loopback address"),
        (ip.is_link_local, "a link-local address"),
        (isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local, "a site-local address"),
        (ip.is_multicast, "a multicast address"),
        (isinstance(ip, ipaddress.IPv4Address) and ip in _CGNAT, "a shared (CGNAT) address"),
        (ip.is_reserved, "a reserved address"),
        (isinstance(ip, ipaddress.IPv4Address) and ip in _IETF_PROTOCOL, "a special-purpose address"),
        (ip.is_private, "a private network address"),
        (not ip.is_global, "not a public address"),
    )
    return next((reason for hit, reason in checks if hit), None)


def vet_host(
    host: str, port: int, resolver: Resolver, allow: Iterable[tuple[str, int]] = (), redirect: bool = False
) -> str:
    """The one IP to connect to for host:port; raises UnsafeURL when any address it resolves to is blocked."""
    literal = parse_ip(host)
    addresses = [str(literal)] if literal is not None else resolver(host, port)
    if not addresses:
        raise FetchError(f"cannot resolve {host}: no addresses")
    allowed = {(str(parse_ip(h) or h), p) for h, p in allow}
    for address in addresses:
        ip = parse_ip(address)
        if ip is None:
            raise UnsafeURL(f"refused: {host} resolved to something that is not an IP address ({address})")
        if (str(ip), port) in allowed:
            continue
        reason = blocked_reason(ip)
        if reason:
            raise UnsafeURL(_message(host, ip, reason, redirect))
    return str(parse_ip(addresses[0]))


def _message(host: str, ip: IPAddress, reason: str, redirect: bool) -> str:
    literal = parse_ip(host) is not None
    target = host.strip("[]") if literal else f"{host} ({ip})"
    if redirect:
        return f"refused: redirect to {target}, {reason}"
    if literal:
        return f"refused: {target} is {reason}"
    return f"refused: {host} resolves to {ip}, {reason}"
