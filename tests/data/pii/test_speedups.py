"""The PII engine's shortcuts give what the plain code gives: the dates pattern with the
branches a text cannot match switched off, the Chinese tagger skipping (and remembering)
sentences, libphonenumber's parses remembered per (value, region)."""

from __future__ import annotations

import json

import phonenumbers
import pytest

from steward.data.pii.recognizers import dates
from steward.data.pii.recognizers.phone import _parse
from steward.data.pii.tagger.model import _MAY_HOLD_SPAN, ZhTagger, segments
from steward.examples.bank import BankDataConfig, generate_bank_lines

# Every branch of the dates pattern, its near misses, and the case folding the gates share
# with it (``ſ`` is an ``s``, ``K`` a ``k`` under IGNORECASE).
DATE_TEXTS = [
    "Born on the eleventh of July, nineteen fifty-two, in Leeds.",
    "DOB: July the 3rd, two thousand and one; call me on May 4",
    "the twenty-first of march, twenty twenty",
    "my birthday is May 3rd, 1988 and may I ask why?",
    "3 of March 1990, 14th Sept. 2001, 2 ſeptember 1999, 1 dec 2000",
    "生日 78/10/10，民国77年2月14日，一九八八年二月十四日，八八年2月14号",
    "2024-03-15, 12/03/1985, 1985.3.4, 1990年 5 月 6 日",
    "nothing here but 1234 and twenty pounds",
    "SEPTEMBER 30 2024 / NINETEEN EIGHTY",
    "the first of May, n\u0131neteen ninety; \u0130t was 4 Ju\u0130y 2001 in \u0130zmir",
    "",
]


def _bank_texts(n: int, seed: int) -> list[str]:
    lines, _ = generate_bank_lines(BankDataConfig(n_messages=n, seed=seed, malformed_rate=0.0))
    return [json.loads(line)["text"] for line in lines]


@pytest.fixture(scope="module")
def bank_texts() -> list[str]:
    return _bank_texts(600, 11)


def _matches(found: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in found]  # type: ignore[attr-defined]


def test_gated_dates_pattern_matches_as_the_whole_pattern(bank_texts: list[str]) -> None:
    texts = DATE_TEXTS + bank_texts + [" ".join(bank_texts[i : i + 6]) for i in range(0, 600, 6)]
    for text in texts:
        assert _matches(dates.date_matches(text)) == _matches(dates._PATTERN.finditer(text)), text
    # the gates are used: some texts run without the month, spoken-year or 年 branches
    gated = {
        (
            dates._MONTH_WORD.search(t) is not None,
            dates._SPOKEN_YEAR_WORD.search(t) is not None,
            "年" in t,
        )
        for t in texts
    }
    assert len(gated) >= 4
    assert sum(bool(_matches(dates._PATTERN.finditer(t))) for t in texts) >= len(DATE_TEXTS) - 2


def test_tagger_skipping_and_remembering_sentences_tags_as_the_model(
    bank_texts: list[str],
) -> None:
    tagger = ZhTagger()
    chinese = [t for t in bank_texts if any("\u4e00" <= c <= "\u9fff" for c in t)]
    texts = chinese + [" ".join(chinese[i : i + 5]) for i in range(0, len(chinese), 5)]
    texts += ["请问这个怎么办？谢谢。", "王小明住在北京市朝阳区建国路88号。", "Hi，我是David。"]
    skipped = 0
    for text in texts:
        plain = [
            (offset + start, offset + stop, label, probability)
            for offset, end in segments(text)
            for start, stop, label, probability in tagger._tag_segment(text[offset:end])
        ]
        assert tagger.tag(text) == plain, text
        assert tagger.tag(text) == plain, text  # from the cache, the same
        skipped += sum(_MAY_HOLD_SPAN.search(text[a:b]) is None for a, b in segments(text))
    assert skipped > 0  # the shortcut is taken on some sentences
    assert any(tagger.tag(text) for text in texts)  # and the model does find spans


@pytest.mark.parametrize(
    "value",
    [
        *("+44 20 7946 0958", "(212) 555-0100", "138 0013 8000", "0800-025-168", "12", "abc"),
        "00",
        # a plus number is parsed once for all regions, but not when what follows the plus is
        # no country code and a region reads it with its own prefix (GB's 00, the US's 011)
        *("+86 133 7277 3615", "++44 20 7946 0958", "+800 1234 5678", "+44", "+999 123 4567"),
        *("+0044 20 7946 0958", "+011 44 20 7946 0958", "+00 86 10 1234 5678"),
    ],
)
@pytest.mark.parametrize("region", ["US", "GB", "CN", "TW"])
def test_remembered_parse_is_libphonenumbers(value: str, region: str) -> None:
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        assert _parse(value, region) is None
        return
    assert _parse(value, region) == (number, phonenumbers.is_valid_number(number))


def test_remembered_cues_are_the_cues_read_again(bank_texts: list[str]) -> None:
    from steward.data.pii.context import _cues_near, cues_near

    read = 0
    for text in bank_texts[:200] + DATE_TEXTS:
        for start in range(0, len(text), 7):
            end = min(len(text), start + 11)
            plain = list(_cues_near.__wrapped__(text, start, end, 40))
            assert cues_near(text, start, end, 40) == plain
            assert cues_near(text, start, end, 40) == plain  # remembered, the same
            read += bool(plain)
    assert read > 0  # cues were found, not only empty lists compared


def test_only_the_odd_folds_match_an_ascii_letter_that_lower_does_not_give() -> None:
    import re
    import sys

    letter = re.compile("[a-z]", re.IGNORECASE)
    odd = {
        chr(cp)
        for cp in range(sys.maxunicode + 1)
        if not 0xD800 <= cp <= 0xDFFF
        and letter.fullmatch(chr(cp))
        and not ("a" <= chr(cp).lower() <= "z" and len(chr(cp).lower()) == 1)
    }
    assert odd == set(dates._ODD_FOLDS)
