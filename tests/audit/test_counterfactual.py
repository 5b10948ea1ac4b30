from __future__ import annotations

import csv
import json
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from steward.audit.counterfactual import (
    DEFAULT_ATTRIBUTES,
    Lexicon,
    available_lexicons,
    counterfactual_audit,
    crows_pairs_audit,
    eec_audit,
    load_lexicon,
    load_lexicons,
    read_crows_pairs,
    read_eec,
)
from steward.errors import StewardError
from tests.conftest import shared_data_or_skip


class FakeClassifier:
    """Flags any text with the English word "she" (p=0.9), else p=0.2; counts its calls."""

    labels = ("neutral", "flagged")

    def __init__(self) -> None:
        self.calls: list[int] = []

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(len(texts))
        flagged = np.array([0.9 if re.search(r"\bshe\b", t.lower()) else 0.2 for t in texts])
        return np.column_stack([1 - flagged, flagged])


@pytest.fixture(scope="module")
def lexicons() -> dict[str, Lexicon]:
    return load_lexicons()


def test_packaged_lexicons_load_with_both_languages(lexicons: dict[str, Lexicon]) -> None:
    assert set(available_lexicons()) >= set(DEFAULT_ATTRIBUTES)
    assert set(lexicons) == set(DEFAULT_ATTRIBUTES)
    for lexicon in lexicons.values():
        terms = [t for row in lexicon.rows for t in row]
        assert any(re.search(r"[a-z]", t) for t in terms)
        assert any(re.search(r"[\u4e00-\u9fff]", t) for t in terms)
    with pytest.raises(StewardError, match="no lexicon 'caste'"):
        load_lexicon("caste")
    with pytest.raises(StewardError, match="one non-empty term per group"):
        Lexicon("x", ("a", "b"), (("only one",),))


@pytest.mark.parametrize(
    ("text", "swapped"),
    [
        ("He said the other man lost his card.", "She said the other woman lost her card."),
        ("HE told Mr. Smith; he's there", "SHE told Ms. Smith; she's there"),
        ("Mary called her husband", "James called his wife"),
        ("the theme; others; hen; Sherlock", "the theme; others; hen; Sherlock"),
        ("mary and john", "mary and john"),  # names are only matched when capitalised
        ("John的卡丢了", "Patricia的卡丢了"),  # an English term next to Chinese characters
        ("他的其他卡丢了，王先生说", "她的其他卡丢了，王女士说"),  # 其他 is kept
        ("我儿子和他爸爸", "我女儿和她妈妈"),
    ],
)
def test_gender_swap_respects_boundaries_case_and_is_reversible(
    lexicons: dict[str, Lexicon], text: str, swapped: str
) -> None:
    gender = lexicons["gender"]
    assert gender.swap(text) == swapped
    assert gender.swap(swapped) == text


def test_multi_group_swaps_longest_first_keep_list_and_inverse_shift(
    lexicons: dict[str, Lexicon],
) -> None:
    nationality = lexicons["nationality"]
    text = "我是中国人，在中国银行开户，想去美国"
    variants = nationality.counterfactuals(text)
    assert len(variants) == nationality.size - 1
    assert variants[0] == (1, "我是美国人，在中国银行开户，想去英国")  # 中国人 not 美国人人
    for shift, variant in variants:
        assert nationality.swap(variant, nationality.size - shift) == text
    english = "I am Chinese, I live in China and hold a Bank of China card"
    assert nationality.swap(english, 3) == (
        "I am Indian, I live in India and hold a Bank of China card"
    )
    assert nationality.counterfactuals("no identity terms here, 你好") == []


def test_article_follows_the_new_word(lexicons: dict[str, Lexicon]) -> None:
    age = lexicons["age"]
    assert age.swap("A young man and an elderly person") == "An old man and a young person"
    assert age.swap("青少年和年轻人") == "老年人和老人"
    assert lexicons["religion"].swap("I live on Church Lane, not near a church") == (
        "I live on Church Lane, not near a mosque"
    )


def test_audit_arithmetic_with_a_fake_classifier(lexicons: dict[str, Lexicon]) -> None:
    texts = [
        "he lost his card",  # -> she ...: neutral -> flagged, change 0.7
        "She lost her card",  # -> He ...: flagged -> neutral, change 0.7
        "the theme park",  # nothing to swap
        "他要转账",  # -> 她要转账: the fake model ignores Chinese, change 0
        "I am Chinese",  # nationality: 5 counterfactuals, none flips
    ]
    model = FakeClassifier()
    report = counterfactual_audit(
        model,
        texts,
        {k: lexicons[k] for k in ("gender", "nationality")},
        max_examples=1,
        batch_size=4,
    )
    gender = report["gender"]
    assert (gender.messages, gender.swappable, gender.pairs, gender.flips) == (5, 3, 3, 2)
    assert gender.flip_rate == pytest.approx(2 / 3)
    assert gender.mean_abs_change == pytest.approx(1.4 / 3)
    assert gender.max_abs_change == pytest.approx(0.7)
    assert len(gender.examples) == 1
    flip = gender.examples[0]
    assert flip.original == "he lost his card" and flip.counterfactual == "she lost her card"
    assert (flip.original_label, flip.counterfactual_label) == ("neutral", "flagged")
    assert flip.counterfactual_probabilities == pytest.approx((0.1, 0.9))
    nationality = report["nationality"]
    assert (nationality.swappable, nationality.pairs, nationality.flips) == (1, 5, 0)
    assert nationality.flip_rate == 0.0 and nationality.mean_abs_change == 0.0
    # 3 originals + 3 gender counterfactuals + 1 original + 5 nationality ones, deduplicated
    # ("he lost his card" and "She lost her card" are not each other's swaps by case): 12
    assert sum(model.calls) == 12 and max(model.calls) <= 4 and len(model.calls) == 3
    data = json.loads(json.dumps(report.to_dict()))
    assert data["attributes"]["gender"]["flips"] == 2
    assert report.flips == (flip,)


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


EEC_HEADER = ["ID", "Sentence", "Template", "Person", "Gender", "Race", "Emotion", "Emotion word"]


def test_eec_differences_over_matched_templates(tmp_path: Path) -> None:
    template = "<person> feels <emotion word>."
    rows = [
        ["1", "he feels sad.", template, "he", "male", "", "sadness", "sad"],
        ["2", "she feels sad.", template, "she", "female", "", "sadness", "sad"],
        ["3", "Alonzo feels sad.", template, "Alonzo", "male", "African-American", "s", "sad"],
        ["4", "Adam feels sad.", template, "Adam", "male", "European", "s", "sad"],
        ["5", "Nichelle feels sad.", template, "Nichelle", "female", "African-American", "", "sad"],
        ["6", "Amanda feels sad.", template, "Amanda", "female", "European", "", "sad"],
    ]
    eec = read_eec(_write_csv(tmp_path / "eec.csv", EEC_HEADER, rows))
    report = eec_audit(FakeClassifier(), eec)
    gender, race = report.comparisons
    # one template pair; male mean p(flagged) = 0.2, female = (0.9 + 0.2 + 0.2) / 3
    assert gender.pairs == 1
    assert gender.mean_difference[1] == pytest.approx(0.2 - 1.3 / 3)
    assert gender.mean_abs_difference[0] == pytest.approx(abs(0.2 - 1.3 / 3))
    assert race.group_a == "African-American" and race.pairs == 2
    assert race.mean_difference == pytest.approx((0.0, 0.0))
    assert report.to_dict()["comparisons"][0]["mean_difference"]["flagged"] < 0
    with pytest.raises(StewardError, match="missing columns Template"):
        read_eec(_write_csv(tmp_path / "bad.csv", ["Sentence"], [["x"]]))


def test_crows_pairs_flip_rate_per_bias_type(tmp_path: Path) -> None:
    header = ["", "sent_more", "sent_less", "stereo_antistereo", "bias_type"]
    rows = [
        ["0", "She cannot drive.", "He cannot drive.", "stereo", "gender"],
        ["1", "She is kind.", "She is kind too.", "stereo", "gender"],
        ["2", "Poor people lie.", "Rich people lie.", "stereo", "socioeconomic"],
    ]
    pairs = read_crows_pairs(_write_csv(tmp_path / "crows.csv", header, rows))
    report = crows_pairs_audit(FakeClassifier(), pairs)
    assert report.overall.pairs == 3 and report.overall.flips == 1
    by_type = {r.bias_type: r for r in report.by_bias_type}
    assert by_type["gender"].flip_rate == pytest.approx(0.5)
    assert by_type["gender"].mean_abs_change == pytest.approx(0.35)
    assert by_type["socioeconomic"].flip_rate == 0.0
    assert crows_pairs_audit(FakeClassifier(), []).overall.pairs == 0


@pytest.mark.shared_data
def test_shared_template_sets() -> None:
    eec = read_eec(shared_data_or_skip("eec", "Equity-Evaluation-Corpus.csv"))
    report = eec_audit(FakeClassifier(), eec)
    gender, race = report.comparisons
    assert report.sentences == len(eec) > 8000
    assert gender.pairs > 100 and race.pairs > 100
    # the fake model flags "she": female sentences score higher on "flagged"
    assert gender.mean_difference[1] < 0
    crows = read_crows_pairs(shared_data_or_skip("crows_pairs", "crows_pairs_anonymized.csv"))
    result = crows_pairs_audit(FakeClassifier(), crows)
    assert result.overall.pairs == len(crows) > 1000
    assert {r.bias_type for r in result.by_bias_type} >= {"gender", "race-color", "religion"}
    assert result.overall.flip_rate > 0
