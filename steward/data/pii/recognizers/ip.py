"""IPv4 and IPv6 addresses, validated with :mod:`ipaddress`."""

from __future__ import annotations

import ipaddress
import re

from steward.data.pii.recognizers.base import PatternRecognizer

_PREFIX_LENGTH = re.compile(r"/\d{1,3}(?!\d)")


class IpAddressRecognizer(PatternRecognizer):
    name = "ip_address"
    labels = ("IP_ADDRESS",)
    pattern = re.compile(
        r"(?<![0-9A-Za-z.:])(?:(?:\d{1,3}\.){3}\d{1,3}"
        r"|(?=[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:)[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![0-9A-Za-z:]|\.\d)"
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
        # IPv6 written out is unmistakable; a dotted quad could be a version number.
        return 0.85 if address.version == 6 and match.group().count(":") >= 4 else self.score
