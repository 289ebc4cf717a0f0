"""Which network addresses the fetcher may connect to: public unicast ones only.

Refused: loopback, private, link-local, multicast, reserved, unspecified, shared
(carrier-grade NAT), and the cloud metadata endpoints, for IPv4 and IPv6, with
IPv4-mapped and 6to4/Teredo-embedded IPv4 addresses judged by the IPv4 inside.
"""
from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence

Address = ipaddress.IPv4Address | ipaddress.IPv6Address

# host, port -> the addresses it resolves to (as strings); injectable so tests never use DNS.
Resolver = Callable[[str, int], Sequence[str]]

METADATA = frozenset({ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")})


def system_resolver(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to, via :func:`socket.getaddrinfo` (TCP only)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]).split("%")[0] for info in infos))


def _embedded_v4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address.packed[:12] == bytes(12) and int(address) > 1:  # deprecated IPv4-compatible ::a.b.c.d
        return ipaddress.IPv4Address(address.packed[12:])
    return None


def refusal(address: Address) -> str | None:
    """Why the fetcher must not connect to ``address``, or None when it is public."""
    if address in METADATA:
        return "cloud metadata address"
    if isinstance(address, ipaddress.IPv6Address):
        inner = _embedded_v4(address)
        if inner is not None:
            return refusal(inner)
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
        ("shared (carrier-grade NAT)", isinstance(address, ipaddress.IPv4Address)
         and address in ipaddress.IPv4Network("100.64.0.0/10")),
        ("not global", not address.is_global),
    )
    for name, hit in checks:
        if hit:
            return f"{name} address"
    return None


def parse_address(text: str) -> Address | None:
    """``text`` as an IP address (brackets and IPv6 zone ids allowed), or None for a host name."""
    try:
        return ipaddress.ip_address(text.strip("[]").split("%")[0])
    except ValueError:
        return None
