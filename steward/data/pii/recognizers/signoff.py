"""Names that sign a message off: the line after a closing, or after a dash or 落款, or a
Chinese name alone (or before a phone number) on the last line after a finished sentence.

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
# a line that is only a dash and a name: "— Mark Bell", "-- Ann" (a signature without closing)
_DASH_SIGNED = re.compile(rf"(?m)^[ \t]*(?:—|–|--)[ \t]*({_LATIN_NAME})[ \t]*$")
_ZH_SIGN = re.compile(
    r"(?:——|--|—|落款[:：]?|敬礼[ \t]*\r?\n|敬上[ \t]*\r?\n)[ \t]*"
    r"([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])"
)
# a Chinese name alone (or before a phone number) on a message's last line: "…不用了。\n陆平"
# (after a finished sentence, so not "你好\n明天见"; not a closing word)
_ZH_LAST_LINE = re.compile(
    r"[。！？!?.][ \t]*\n[ \t]*([\u4e00-\u9fff]{2,4})[ \t]*(?:[ \t][^\n]*)?\Z"
)
_ZH_CLOSINGS = frozenset(
    words(
        "祝好 此致 敬礼 谢谢 多谢 感谢 再见 盼复 急 祝商祺 顺祝 顺颂 谢谢你 谢谢您 麻烦了 拜托了 "
        "明天见 回头见 再联系 辛苦了 保重 晚安 早安"
    )
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
        # (no end anchor: the engine matches triggers on a batch's texts joined together)
        r"|[。！？!?.][ \t]*\n[ \t]*[\u4e00-\u9fff]{2}"
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
        for signed in _DASH_SIGNED.finditer(text):
            if not any(word in NOT_SIGNATURES for word in signed.group(1).split()):
                yield self.entity(signed.start(1), signed.end(1), "PERSON", 0.7)
        signatures = list(_ZH_SIGN.finditer(text))
        last_line = _ZH_LAST_LINE.search(text)
        if (
            last_line is not None
            and last_line.group(1) not in _ZH_CLOSINGS
            and not any(m.start(1) == last_line.start(1) for m in signatures)
        ):
            signatures.append(last_line)
        for signed in signatures:
            name = signed.group(1)
            for length in (len(name), 3, 2):
                if length <= len(name) and plausible_chinese_name(name[:length]):
                    yield self.entity(signed.start(1), signed.start(1) + length, "PERSON", 0.7)
                    break
