"""The trained tagger: load a CRF model file, tag a text, return checked PERSON/ADDRESS spans.

The shipped model (``steward/resources/pii/zh_tagger.crfsuite``) is trained by
:mod:`steward.data.pii.tagger.train` on :mod:`steward.data.pii.tagger.generate`'s data; its
sha256 and training command are in ``zh_tagger.json`` beside it. A span's score is the mean
of the model's marginal probabilities of its labels, so a hesitant span scores low. Spans that
cannot be what they are labelled are vetoed: a PERSON must be a Chinese name shape (surname +
one or two characters, a compound surname, or 小/老/阿 + one character, or parts joined by a
middle dot: 古丽娜尔·艾力) or one to three
capitalised Latin words, one of them a known given name or romanised surname; an ADDRESS must
hold an address character or a digit and be at least four characters long.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from steward.data.pii.recognizers.base import words
from steward.data.pii.recognizers.given_names import GIVEN_NAMES
from steward.data.pii.tagger.features import featurize, spans_of
from steward.data.pii.tagger.lexicon import (
    COMPOUND_SURNAMES,
    GIVEN_CHARS,
    LATIN_GIVEN,
    ROMANISED_SURNAMES,
    SURNAMES,
)

_RESOURCE = ("pii", "zh_tagger.crfsuite")
_SENTENCE_END = re.compile(r"[\n。！？!?；;]")
_MAX_SEGMENT = 400
_SURNAME_SET = frozenset(SURNAMES)
_COMPOUND_SET = frozenset(COMPOUND_SURNAMES)
_GIVEN_SET = frozenset(GIVEN_CHARS)
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# Surnames the features do not list but a name the model found may open with: traditional
# script (陳, 黃, 麥), Cantonese (区, 冼, 鄺, 招) and others rarely written in mainland lists.
_MORE_SURNAMES = frozenset(
    "区冼鄺招歐麥陳黃張劉趙楊吳孫馬郭羅鄭謝韓馮鄧蕭葉蘇呂盧鍾譚賈韋鄒閆龍賀顧龔萬錢嚴湯溫莊聶魯"
    "關蘭紀畢塗駱藍饒項連蘆婁竇黨費衛閔鄔邊賴閻許蔣萧赖阎傅"
)
# A name in the Uyghur, Kazakh or foreign style written in characters, its parts joined by a
# middle dot: 古丽娜尔·艾力, 阿卜杜·热合曼, 迪丽娜尔·买买提.
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[·•・][\u4e00-\u9fff]{1,6}){1,2}")
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}")
_UPPER_LATIN_NAME = re.compile(r"[A-Z]{2,}(?: [A-Z]{2,}){1,2}")
_LATIN_NAME_WORDS = GIVEN_NAMES | frozenset(LATIN_GIVEN) | frozenset(ROMANISED_SURNAMES)
_ADDRESS_MARK = re.compile(
    r"[0-9０-９省市区區县縣镇乡村街路道巷弄号號楼樓栋幢座室单元层苑园城厦段]"
)
_NOT_NAMES = frozenset(
    words(
        "谢谢 房东 房租 高兴 周末 黄金 万元 方便 金额 王府井 常用 明天 金卡 安全 成功 时间 "
        "小姐 小时 小区 老师 老板 老家 阿姨 "
        # places and currencies that open with a surname character (欧, 马, 香, 台, 澳)
        "香港 澳门 澳門 台湾 臺灣 台灣 新加坡 马来西亚 馬來西亞 欧元 歐元 美元 港币 港幣 英镑 英鎊 "
        "欧洲 歐洲 亚洲 亞洲 非洲 美洲 澳洲 美国 美國 英国 英國 法国 法國 德国 德國 韩国 韓國 泰国 "
        "泰國 中国 中國 俄国 日本 加拿大 澳大利亚 新西兰 意大利 西班牙 荷兰 瑞士 欧盟 歐盟"
    )
)


# A sentence holding none of these characters has no span a check above lets through: a
# PERSON opens with a surname's first character (or 小 / 老 / 阿) or is a capitalised Latin
# word, an ADDRESS holds an address character or a digit. The tagger is not run on it.
_SPAN_OPENERS = frozenset(
    {name[0] for name in SURNAMES}
    | {name[0] for name in COMPOUND_SURNAMES}
    | _MORE_SURNAMES
    | set("小老阿·•・")  # (a dotted name's parts need not open with a surname)
)
_MAY_HOLD_SPAN = re.compile(
    "[" + "".join(re.escape(c) for c in sorted(_SPAN_OPENERS)) + "A-Z]|" + _ADDRESS_MARK.pattern
)
# Sentences tagged, remembered: a conversation's earlier turns come back with every request.
_CACHED_SEGMENTS = 4096


def shipped_model_path() -> Path:
    return Path(str(resources.files("steward") / "resources" / _RESOURCE[0] / _RESOURCE[1]))


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plausible_person(value: str) -> bool:
    if _LATIN_NAME.fullmatch(value):
        # A capitalised Latin word in Chinese text is as often a product or a term (App,
        # Windows, Ref No) as a name: one of its words must be a known given name or a
        # romanised Chinese surname.
        return any(word in _LATIN_NAME_WORDS for word in value.split())
    if _UPPER_LATIN_NAME.fullmatch(value):  # a passport's form: HUANG LIJUAN, AMY LIU
        return any(word.capitalize() in _LATIN_NAME_WORDS for word in value.split())
    if _DOTTED_NAME.fullmatch(value):
        return True
    if not _HAN.fullmatch(value) or value in _NOT_NAMES or not 2 <= len(value) <= 4:
        return False
    if value[0] in "小老" and len(value) == 2:
        return value[1] in _SURNAME_SET  # 小王, 老李; not 小姐, 老师
    if value[0] == "阿" and len(value) == 2:
        return value[1] in _GIVEN_SET or value[1] in _SURNAME_SET
    surname = (
        2
        if value[:2] in _COMPOUND_SET
        else 1
        if value[0] in _SURNAME_SET or value[0] in _MORE_SURNAMES
        else 0
    )
    return surname > 0 and 1 <= len(value) - surname <= 2


def plausible_address(value: str) -> bool:
    return len(value) >= 4 and _ADDRESS_MARK.search(value) is not None


def segments(text: str) -> list[tuple[int, int]]:
    """(start, end) of the stretches tagged one at a time: lines and sentences, cut further
    every ``_MAX_SEGMENT`` characters. The tags then depend only on the text near a character,
    so a long text read in windows gets the tags the whole text gets, and no sequence grows
    with the text."""
    found: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        found.extend(_chunks(start, match.end()))
        start = match.end()
    found.extend(_chunks(start, len(text)))
    return found


def _chunks(start: int, end: int) -> list[tuple[int, int]]:
    return [(i, min(end, i + _MAX_SEGMENT)) for i in range(start, end, _MAX_SEGMENT)]


# Words ending in 老 or 小: the 老/小 of "养老金", "从小" is not a name's prefix (老金, 小王).
_ENDS_IN_PREFIX = frozenset(
    words(
        "养老 敬老 元老 古老 衰老 长老 年老 防老 终老 尊老 扶老 不老 父老 遗老 "
        "大小 最小 缩小 从小 减小 变小 短小 弱小 矮小 狭小 渺小 微小 细小 胆小 老小 妻小"
    )
)


class ZhTagger:
    """A loaded CRF model; ``tag(text)`` gives (start, end, label, score) spans."""

    def __init__(self, path: Path | None = None) -> None:
        import pycrfsuite

        self.path = path or shipped_model_path()
        if not self.path.is_file():
            raise FileNotFoundError(
                f"tagger model {self.path} is missing: train it with "
                "`python -m steward.data.pii.tagger.train`"
            )
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(self.path))
        self._tag_segment_fast = lru_cache(maxsize=_CACHED_SEGMENTS)(self._tag_segment_gated)

    def tag(self, text: str) -> list[tuple[int, int, str, float]]:
        """The spans of ``text``, tagged sentence by sentence (see :func:`segments`); only
        sentences with a Chinese character are read."""
        found: list[tuple[int, int, str, float]] = []
        for offset, end in segments(text):
            found.extend(
                (offset + start, offset + stop, label, probability)
                for start, stop, label, probability in self._tag_segment_fast(text[offset:end])
            )
        return found

    def _tag_segment_gated(self, text: str) -> tuple[tuple[int, int, str, float], ...]:
        """:meth:`_tag_segment`'s spans, without running the model on a sentence that cannot
        hold one (see ``_MAY_HOLD_SPAN``); a tuple, as the cache hands it out again."""
        if _MAY_HOLD_SPAN.search(text) is None:
            return ()
        return tuple(self._tag_segment(text))

    def _tag_segment(self, text: str) -> list[tuple[int, int, str, float]]:
        if _HAN.search(text) is None:  # a sentence without Chinese is not the tagger's
            return []
        labels = self._tagger.tag(featurize(text))
        found: list[tuple[int, int, str, float]] = []
        for start, end, label in spans_of(labels):
            # Trim the spaces a Latin name's run may have swallowed at its edges.
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            value = text[start:end]
            ok = plausible_person(value) if label == "PERSON" else plausible_address(value)
            if not ok:
                continue
            if (
                label == "PERSON"
                and len(value) == 2
                and text[start - 1 : start + 1] in (_ENDS_IN_PREFIX)
            ):
                continue  # "个人养老金账户": the end of a word and the next character
            probability = sum(self._tagger.marginal(labels[i], i) for i in range(start, end)) / (
                end - start
            )
            found.append((start, end, label, round(probability, 4)))
        return found
