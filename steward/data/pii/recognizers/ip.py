"""IPv4 and IPv6 addresses, validated with :mod:`ipaddress`.

Forms read: a dotted quad (``86.32.224.171``), one with its port (``86.32.224.171:8443``: the
address is spanned, not the port), IPv6 written out or compressed (``2001:db8::8a2e:370:7334``,
``fe80::1``), in brackets with a port (``[2001:db8::1]:443``). A network in CIDR form
(``185.220.101.0/24``) is a range, not one device's address, and is not reported.
"""

from __future__ import annotations

import ipaddress
import re

from steward.data.pii.recognizers.base import PatternRecognizer

_PREFIX_LENGTH = re.compile(r"/\d{1,3}(?!\d)")
# a port after an address: ":443", ":8080" (IPv4, or IPv6 in brackets)
_PORT = r":\d{1,5}(?![0-9A-Za-z:])"
_IPV6 = r"(?=[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:)[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}"
# A dotted quad after one of these words is a version or a build, not an address
# ("version 10.2.0.1", "v4.18.2.1", "build 2.0.1.7", "firmware 1.2.3.4").
_VERSION_BEFORE = re.compile(
    r"(?i:\b(?:v|ver|version|versions|build|release|firmware|update|patch|app|ios|android)\.?)"
    r"[ \t:#]*\Z"
)


class IpAddressRecognizer(PatternRecognizer):
    name = "ip_address"
    labels = ("IP_ADDRESS",)
    pattern = re.compile(
        r"(?<![0-9A-Za-z.:])(?:(?:\d{1,3}\.){3}\d{1,3}(?=" + _PORT + r")"
        r"|(?:\d{1,3}\.){3}\d{1,3}(?![0-9A-Za-z:]|\.\d)"
        r"|(?<=\[)" + _IPV6 + r"(?=\]" + _PORT + r")"
        r"|" + _IPV6 + r"(?![0-9A-Za-z:]|\.\d))"
    )
    score = 0.6
    trigger = re.compile(r"\d\.\d|:[0-9A-Fa-f]*:")

    def validate(self, match: re.Match[str]) -> float | None:
        if _PREFIX_LENGTH.match(match.string, match.end()):
            # a network in CIDR form ("185.220.101.0/24", "2001:db8::/32") is a range of
            # addresses a provider or a fraud rule names, not one device's (nor a person's)
            return None
        try:
            address = ipaddress.ip_address(match.group())
        except ValueError:
            return None
        if address.version == 6:
            # IPv6 written out is unmistakable; a compressed one ("fe80::1") a little less
            return 0.85 if match.group().count(":") >= 4 else 0.7
        before = match.string[max(0, match.start() - 16) : match.start()]
        if _VERSION_BEFORE.search(before):
            return None
        # A valid dotted quad with no version word before it is an address whatever other
        # number words are near ("my exchange account … the login came from 86.32.224.171"):
        # no account, card or phone number is written as four dotted octets, so a rival cue
        # near it (which costs a bare digit string 0.2) leaves it over the threshold.
        return 0.75
