"""Obscenities, slurs and threats, English and Chinese, from word patterns.

The lists are this project's own and short on purpose: general profanity lists written for
game chat (such as ``better-profanity``'s) flag words a bank's customers use every day
("virgin", "stroke", "organ", "pawn", and the surname Wang). Each English entry is a stem that
takes any ending ("fuck" also finds "fucking"). The score grows with the number of distinct
hits: one scores 0.6, each more adds 0.2; ``threshold`` decides what is blocked (the default,
0.6, blocks one clear obscenity; mild words such as "damn" or "hell" are not listed at all).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from steward.data.pii.recognizers.base import words
from steward.serve.guards.base import Guard, GuardVerdict, Span

ENGLISH_STEMS = words("""
fuck fuk fck fcuk phuck motherf shit bullshit cunt bitch asshole arsehole bastard dickhead
cocksuck twat wanker whore slut nigger nigga faggot retard dumbass jackass douchebag scumbag
""")
ENGLISH_PHRASES = (
    r"son of a bitch",
    r"piss off",
    r"kill (?:you|yourself|myself)",
    r"(?:go|hope you) die",
    r"\bkys\b",
    r"shut the f\W*\w* up",
)
CHINESE_ABUSE = words("""
傻逼 煞笔 傻B 沙比 他妈的 操你 草你 肏 去死 贱人 婊子 王八蛋 狗屎 脑残 智障 尼玛 日你 滚你
""")
CHINESE_PHRASES = (
    # "妈的" swears, but "我妈的药" / "我妈妈的卡" is a customer's mother's medicine or card
    r"(?<![我咱俺老妈])妈的",
)


def _pattern(stems: Iterable[str], phrases: Iterable[str], cjk: Iterable[str]) -> re.Pattern[str]:
    latin = "|".join(sorted(map(re.escape, stems), key=len, reverse=True))
    parts = [rf"(?<![A-Za-z])(?:{latin})[a-z]*", *phrases]
    chinese = "|".join(sorted(map(re.escape, cjk), key=len, reverse=True))
    if chinese:
        parts.append(chinese)
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


class ToxicityGuard(Guard):
    name = "toxicity"

    def __init__(self, threshold: float = 0.6, extra_words: Iterable[str] = ()) -> None:
        if not 0 < threshold <= 1:
            raise ValueError("threshold must lie in (0, 1]")
        self.threshold = threshold
        extra = list(extra_words)
        self.pattern = _pattern(
            [*ENGLISH_STEMS, *(w for w in extra if w.isascii())],
            [*ENGLISH_PHRASES, *CHINESE_PHRASES],
            [*CHINESE_ABUSE, *(w for w in extra if not w.isascii())],
        )

    def check_batch(self, texts: Sequence[str]) -> list[GuardVerdict]:
        return [self._check(text) for text in texts]

    def _check(self, text: str) -> GuardVerdict:
        hits = [Span(m.start(), m.end(), "TOXIC") for m in self.pattern.finditer(text)]
        if not hits:
            return self.allow()
        distinct = {text[s.start : s.end].lower() for s in hits}
        score = min(1.0, 0.6 + 0.2 * (len(distinct) - 1))
        reason = f"abusive language ({len(hits)} hit{'s' if len(hits) > 1 else ''})"
        if score >= self.threshold:
            return self.block(score, reason, spans=hits)
        return GuardVerdict(self.name, "allow", score, (reason,), tuple(hits))
