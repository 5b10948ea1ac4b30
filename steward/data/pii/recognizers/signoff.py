"""Names that sign a message off: the line after a closing, or after a Chinese dash or 落款.

``Best regards,\\nWei Zhang``, ``Cheers,\\nOliver``, ``—— 王芳``, ``此致\\n敬礼\\n李建国``,
``落款：陈静``. The signature must look like a name: one to three capitalised Latin words
none of which names a team or a company (``Customer Services``, ``The Bank``), or a Chinese
name (a listed surname and one or two given-name characters, as for jieba's names). Names
are the commonest personal data of a letter's last lines and no cue sits nearer them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from steward.data.pii.recognizers.base import Entity, Recognizer, words
from steward.data.pii.recognizers.person_zh import plausible_chinese_name

# a capitalised word, also "O'Brien", "McDonald", "Smith-Jones", "O'Brien-Walsh"
_LATIN_WORD = r"[A-Z](?:['’][A-Z])?[a-z]+(?:[A-Z][a-z]+)?(?:[-'’][A-Z]?[a-z]+){0,2}"
_LATIN_NAME = rf"{_LATIN_WORD}(?:[ \t]+{_LATIN_WORD}){{0,2}}"
_CLOSING = re.compile(
    r"(?im)^[ \t]*(?:best|kind|warm|warmest|many)?[ \t]*"
    r"(?:regards|wishes|thanks again|thanks|thank you)"
    r"|^[ \t]*(?:cheers|sincerely|yours sincerely|yours faithfully|yours truly|respectfully"
    r"|thanks|thank you|best|cordially|yours|all the best|with thanks|thanks again|speak soon"
    r"|talk soon|take care|rgds|kind regards|best wishes)"
)
_SIGNED_LATIN = re.compile(
    rf"[ \t]*[,.!]?[ \t]*\r?\n[ \t]*(?:[-–—]+[ \t]*)?({_LATIN_NAME})[ \t]*$", re.M
)
_ZH_SIGN = re.compile(
    r"(?:——|--|—|落款[:：]?|敬礼[ \t]*\r?\n|敬上[ \t]*\r?\n)[ \t]*"
    r"([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])"
)
NOT_SIGNATURES = frozenset(
    words(
        "Team Support Services Service Customer Customers Bank Banking Department Desk Office "
        "Group Ltd Limited Inc Plc Company Care Centre Center The Your Our All Everyone Sent "
        "From Regards Thanks Best Sincerely Mobile Tel Phone Email"
    )
)


class SignOffNameRecognizer(Recognizer):
    name = "signoff_name"
    labels = ("PERSON",)
    trigger = re.compile(
        r"(?i)regards|wishes|thanks|thank you|cheers|sincerely|faithfully|truly|respectfully"
        r"|cordially|best|yours|soon|take care|rgds|—|--|落款|敬礼|敬上"
    )

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        for closing in _CLOSING.finditer(text):
            signed = _SIGNED_LATIN.match(text, closing.end())
            if signed is None:
                continue
            name = signed.group(1)
            if any(word in NOT_SIGNATURES for word in name.split()):
                continue
            yield self.entity(signed.start(1), signed.end(1), "PERSON", 0.7)
        for signed in _ZH_SIGN.finditer(text):
            name = signed.group(1)
            for length in (len(name), 3, 2):
                if length <= len(name) and plausible_chinese_name(name[:length]):
                    yield self.entity(signed.start(1), signed.start(1) + length, "PERSON", 0.7)
                    break
