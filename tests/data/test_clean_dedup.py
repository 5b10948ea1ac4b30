from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHash

from steward.data.clean import TypoNormalizer, clean_text, repair_encoding, strip_html
from steward.data.dedup import (
    NearDuplicateDetector,
    dedup_key,
    exact_dedup,
    minhash_signatures,
    near_dedup,
    shingle_hash,
    shingles,
)
from steward.data.records import Record


def test_html_is_stripped_with_breaks_and_entities() -> None:
    assert (
        clean_text("<p>Hello&nbsp;<b>there</b></p><br/>card &amp; pin") == "Hello there card & pin"
    )
    assert clean_text("<script>alert(1)</script>ok") == "ok"


def test_plain_text_with_angle_brackets_is_left_alone() -> None:
    assert strip_html("amount < 5 and > 2") == "amount < 5 and > 2"


def test_unicode_and_whitespace_normalised() -> None:
    assert clean_text("ＡＢＣ１２３\u3000 \t 我的卡\n") == "ABC123 我的卡"


def _rec(i: int, text: str) -> Record:
    return Record(source="s", line=i, record_id=f"r{i}", text=text, label="x", groups={})


def test_exact_dedup_keeps_first_and_records_representative() -> None:
    records = [
        _rec(1, "Lost my card!"),
        _rec(2, "lost my  card"),
        _rec(3, "Lost my card."),
        _rec(4, "found my card"),
    ]
    result = exact_dedup(records)
    assert [r.record_id for r in result.kept] == ["r1", "r4"]
    assert [(d.record_id, d.representative_id) for d in result.duplicates] == [
        ("r2", "r1"),
        ("r3", "r1"),
    ]
    assert dedup_key("我的卡丢了。") == dedup_key("我的卡丢了")


# --------------------------------------------------------------------------- encoding, typos


def test_mojibake_is_repaired_and_curly_quotes_kept() -> None:
    assert clean_text("donâ€™t") == "don’t"
    assert clean_text("cafÃ©") == "café"
    chinese = "我的卡丢了，请帮我冻结"
    assert clean_text(chinese.encode("utf-8").decode("latin-1")) == clean_text(chinese)
    assert repair_encoding("plain ascii & co") == "plain ascii & co"
    assert repair_encoding("我的卡丢了") == "我的卡丢了"


def test_typo_normalizer_is_explicit_and_off_by_default() -> None:
    typos = TypoNormalizer({"recieve": "receive", "acount": "account", "信用咔": "信用卡"})
    assert clean_text("I did not Recieve my ACOUNT number") == "I did not Recieve my ACOUNT number"
    assert (
        clean_text("I did not Recieve my ACOUNT number", typo_normalizer=typos)
        == "I did not Receive my ACCOUNT number"
    )
    assert typos("acounts stay") == "acounts stay"  # whole words only
    assert typos("我的信用咔丢了") == "我的信用卡丢了"


# --------------------------------------------------------------------------- near duplicates

EN = [
    "I lost my credit card at the station yesterday, please block it now",
    "What is the interest rate on a fixed deposit for two years",
    "i lost my credit card at the station yesterday please block it",
    "My salary has not arrived in my savings account since Monday",
    "How do I change the phone number linked to my online banking",
    "I LOST my credit card at the train station yesterday, please block it now!!",
    "my salary has not arrived in my savings account since monday morning",
]
ZH = [
    "我的信用卡昨天在车站丢了，请马上帮我冻结",
    "两年定期存款的利率是多少",
    "我的信用卡昨天在车站丢了，请帮我冻结",
    "工资从周一开始一直没有到我的储蓄账户",
    "怎么修改网银绑定的手机号码",
    "工资从周一开始一直没有到我的储蓄账户里",
]


def _clusters(texts: list[str], **params: object) -> dict[str, tuple[str, ...]]:
    detector = NearDuplicateDetector(**params)  # type: ignore[arg-type]
    return {c.representative_id: c.member_ids for c in detector.fit_find(texts)}


def test_english_near_duplicates_cluster_on_first_seen() -> None:
    assert _clusters(EN, threshold=0.7) == {"0": ("2", "5"), "3": ("6",)}


def test_chinese_near_duplicates_use_character_ngrams() -> None:
    assert shingles("我的卡丢了")[:2] == ["我 的", "的 卡"]
    assert _clusters(ZH, threshold=0.7) == {"0": ("2",), "3": ("5",)}


def test_representative_is_first_seen_whatever_the_order() -> None:
    reordered = [EN[5], EN[1], EN[0], EN[2]]
    detector = NearDuplicateDetector(threshold=0.7)
    (cluster,) = detector.fit_find(reordered, ids=["a", "b", "c", "d"])
    assert cluster.representative_id == "a"
    assert cluster.member_ids == ("c", "d")
    assert all(0.7 <= j <= 1.0 for j in cluster.jaccard)


def test_threshold_decides() -> None:
    pair = ["one two three four five six seven eight", "one two three four five six seven nine"]
    # word unigrams: 7 shared of 9 → Jaccard 0.78
    assert _clusters(pair, threshold=0.75) == {"0": ("1",)}
    assert _clusters(pair, threshold=0.8) == {}
    with pytest.raises(ValueError):
        NearDuplicateDetector(threshold=1.5)


def test_signatures_match_datasketch_and_indexes_agree() -> None:
    detector = NearDuplicateDetector(threshold=0.7, num_perm=64, seed=3)
    flat = np.array([shingle_hash(s.encode()) for s in set(shingles(EN[0]))], dtype=np.uint32)
    signature = minhash_signatures(flat, np.array([len(flat)]), detector.permutations)[0]
    reference = MinHash(num_perm=64, seed=3, hashfunc=shingle_hash)
    reference.update_batch([s.encode() for s in shingles(EN[0])])
    assert np.array_equal(signature, reference.hashvalues)
    texts = EN + ZH
    assert _clusters(texts, index="datasketch") == _clusters(texts, index="numpy")


def test_query_and_near_dedup_on_records() -> None:
    detector = NearDuplicateDetector(threshold=0.7).fit(EN)
    found = detector.query("I lost my credit card at the station yesterday; please block it")
    assert [i for i, _ in found] == ["2", "0", "5"]
    assert found[0][1] == 1.0
    assert detector.query("!!!") == []
    records = [_rec(i, text) for i, text in enumerate(EN + ZH)]
    result = near_dedup(records)
    assert len(result.kept) + len(result.duplicates) == len(records)
    assert [(d.record_id, d.representative_id) for d in result.duplicates] == [
        ("r2", "r0"),
        ("r5", "r0"),
        ("r6", "r3"),
        ("r9", "r7"),
        ("r12", "r10"),
    ]
    assert [c.to_dict()["size"] for c in result.clusters] == [3, 2, 2, 2]


def test_parallel_fit_gives_the_same_clusters() -> None:
    texts = EN + ZH
    serial = _clusters(texts)
    assert _clusters(texts, n_jobs=2, chunk_size=4) == serial
