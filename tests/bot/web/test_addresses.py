"""Which addresses the guard lets through: public unicast only (answer key from the IANA
special-purpose registries, RFC 6890 and RFC 4291)."""

from __future__ import annotations

import pytest

from bot.web.addresses import ip_literal, is_public

REFUSED = [
    "10.0.0.1",  # private
    "172.16.5.4",  # private
    "192.168.1.1",  # private
    "127.0.0.1",  # loopback
    "127.255.255.254",  # loopback
    "169.254.169.254",  # link-local (cloud metadata)
    "100.64.0.1",  # shared address space (CGNAT)
    "0.0.0.0",  # unspecified
    "224.0.0.1",  # multicast
    "240.0.0.1",  # reserved
    "255.255.255.255",  # broadcast
    "192.0.2.10",  # documentation
    "::1",  # loopback
    "::",  # unspecified
    "fe80::1",  # link-local
    "fc00::1",  # unique local
    "ff02::1",  # multicast
    "::ffff:10.0.0.1",  # IPv4-mapped private
    "::ffff:127.0.0.1",  # IPv4-mapped loopback
    "2002:a00:1::1",  # 6to4 of 10.0.0.1
    "64:ff9b::a9fe:a9fe",  # NAT64 of 169.254.169.254
    "2001:db8::1",  # documentation
    "not an address",
]
ALLOWED = ["93.184.216.34", "1.1.1.1", "2606:2800:220:1::1", "::ffff:93.184.216.34"]


@pytest.mark.parametrize("address", REFUSED)
def test_non_public_addresses_are_refused(address: str) -> None:
    assert not is_public(address)


@pytest.mark.parametrize("address", ALLOWED)
def test_public_addresses_pass(address: str) -> None:
    assert is_public(address)


def test_ip_literal() -> None:
    assert str(ip_literal("[::1]")) == "::1"
    assert str(ip_literal("10.0.0.1")) == "10.0.0.1"
    assert ip_literal("reviews.example") is None
