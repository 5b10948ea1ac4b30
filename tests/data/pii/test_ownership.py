"""The learned "whose is this span" filter (steward.data.pii.ownership): its features, its
switch, and the shipped model's reading of spans whose owner the context gives — in wording of
this file's own, not the dev generator's."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from steward.data.pii import Analyzer, ownership
from steward.data.pii.recognizers import Entity

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from pii_dev import dev_sets


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _found(analyzer: Analyzer, text: str) -> set[tuple[str, str]]:
    return {(text[e.start : e.end], e.label) for e in analyzer.analyze(text)}


def test_features_are_prefixed_by_label_and_read_both_sides() -> None:
    text = "the branch has moved to 12 Dock Road, Hull HU1 2AA today"
    start = text.index("12")
    end = text.index(" today")
    found = ownership.features(text, start, end, "ADDRESS")
    assert all(f.startswith("ADDRESS|") for f in found)
    assert "ADDRESS|L:branch" in found
    assert "ADDRESS|R:today" in found
    assert "ADDRESS|bias" in found
    # Chinese runs become character pairs
    zh = "营业网点在人民路8号"
    assert "ADDRESS|L:网点" in ownership.features(zh, 5, len(zh), "ADDRESS")


def test_a_recent_year_is_read_as_no_birth_date() -> None:
    text = "开户日期2024年5月6日"
    assert "DATE_OF_BIRTH|Y:under16" in ownership.features(text, 4, len(text), "DATE_OF_BIRTH")


def test_the_shipped_model_exists_and_is_small() -> None:
    path = ownership.model_path()
    assert path.exists()
    assert path.stat().st_size < 2_000_000


def test_disabled_keeps_every_span() -> None:
    text = "Our head office is at 7 Quay Street, Hull HU1 1AA."
    entity = Entity(text.index("7"), len(text) - 1, "ADDRESS", 0.9, "address_en")
    with ownership.disabled():
        assert ownership.settle_ownership(text, [entity]) == [entity]


def test_other_labels_pass_untouched() -> None:
    text = "Our head office line is 0113 496 0000."
    entity = Entity(text.index("0113"), len(text) - 1, "PHONE_NUMBER", 0.9, "phone")
    assert ownership.settle_ownership(text, [entity]) == [entity]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Our regional office is now at 9 Friar Lane, Leicester LE1 5RB.",
            "9 Friar Lane, Leicester LE1 5RB",
        ),
        ("温馨提示：本行营业网点临时迁至石桥镇解放路66号，请知悉。", "石桥镇解放路66号"),
        ("客户来电：证件签发日期2024年11月3日，出生日期核对不上，转人工。", "2024年11月3日"),
    ],
)
def test_someone_elses_span_is_dropped(analyzer: Analyzer, text: str, value: str) -> None:
    with ownership.disabled():
        before = _found(analyzer, text)
    after = _found(analyzer, text)
    assert any(found == value for found, _ in before), before  # the rules found it ...
    assert all(found != value for found, _ in after), after  # ... and the filter drops it


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "Please update my home address to 40 Park Row, Leeds LS1 5JL.",
            "40 Park Row, Leeds LS1 5JL",
            "ADDRESS",
        ),
        ("我家住在石桥镇解放路66号，信用卡账单寄这里。", "石桥镇解放路66号", "ADDRESS"),
        ("核对身份：出生日期1979年4月2日。", "1979年4月2日", "DATE_OF_BIRTH"),
        ("I'm Rosalind Achebe and my card was swallowed.", "Rosalind Achebe", "PERSON"),
        ("My DOB is 4 March 1981.", "4 March 1981", "DATE_OF_BIRTH"),
    ],
)
def test_a_persons_own_span_is_kept(analyzer: Analyzer, text: str, value: str, label: str) -> None:
    assert (value, label) in _found(analyzer, text)


# -- kinds of words, not the words ----------------------------------------------------------
def test_kind_features_read_the_owner_kind_nearer_the_span() -> None:
    office = "Cheques go to Fenwick Tiling Ltd, Suite 3, Orchard Plaza, 5 Hope St, Hull HU1 3AB"
    start = office.index("Suite")
    found = ownership.features(office, start, len(office), "ADDRESS")
    assert "ADDRESS|K:nearer_org" in found
    assert "ADDRESS|K:org_premises" in found
    assert "ADDRESS|K:no_first_person" in found
    home = "Fenwick Tiling Ltd has my address as Flat 9, 5 Hope St, Hull HU1 3AB"
    found = ownership.features(home, home.index("Flat"), len(home), "ADDRESS")
    assert "ADDRESS|K:nearer_own" in found  # "my" comes after the firm
    assert "ADDRESS|K:home_premises" in found
    assert "ADDRESS|K:org_premises" not in found


def test_kind_features_stop_at_the_clause_for_the_nearer_kind() -> None:
    text = "The bank wrote to me. Our flat is 5 Hope St, Hull HU1 3AB"
    found = ownership.features(text, text.index("5 Hope"), len(text), "ADDRESS")
    assert "ADDRESS|K:nearer_own" in found
    assert "ADDRESS|K:org_left" not in found  # "bank" is in the sentence before ...
    assert "ADDRESS|K:org_before" in found  # ... which the wider feature still sees


def test_media_words_around_a_name() -> None:
    text = "我在电视上看到苏东坡的纪录片"
    start = text.index("苏东坡")
    assert "PERSON|K:media_right" in ownership.features(text, start, start + 3, "PERSON")
    text = "Loved the podcast where Ada Quill talks about budgets"
    start = text.index("Ada")
    assert "PERSON|K:media_left" in ownership.features(text, start, start + 8, "PERSON")


def test_media_words_in_the_whole_sentence_are_a_kind_of_their_own() -> None:
    # a colon ends the name's phrase, so the phrase's cue misses the show; the sentence's sees it
    text = "Our money show this week: Ada Quill on paying off a card"
    start = text.index("Ada")
    found = ownership.features(text, start, start + 8, "PERSON")
    assert "PERSON|K:media_sentence" in found
    assert "PERSON|K:media_left" not in found
    # on the right, up to the clause's end only
    text = "Founded by Rob Tennant fans long ago. We love a concert."
    start = text.index("Rob")
    assert "PERSON|K:media_sentence" in ownership.features(text, start, start + 11, "PERSON")
    text = "Rob Tennant paid me back. We love a concert."
    assert "PERSON|K:media_sentence" not in ownership.features(text, 0, 11, "PERSON")
    assert "M:media" in ownership._register(text)
    assert "M:media" not in ownership._register("Rob Tennant paid me back.")


def test_using_overrides_the_shipped_weights_inside_the_block() -> None:
    text = "Please update my home address to 40 Park Row, Leeds LS1 5JL."
    start = text.index("40")
    shipped = ownership.probability(text, start, len(text) - 1, "ADDRESS")
    with ownership.using({"ADDRESS|bias": -9.0}):
        assert ownership.probability(text, start, len(text) - 1, "ADDRESS") < 0.001
    assert ownership.probability(text, start, len(text) - 1, "ADDRESS") == shipped


# -- the shipped model on frames of this file's own ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "Fenwick Tiling Ltd still posts my payslips to Flat 9, 5 Hope Street, Hull HU1 3AB.",
            "Flat 9, 5 Hope Street, Hull HU1 3AB",
            "ADDRESS",
        ),
        (
            "医保服务大厅让我写家庭住址，我家在合肥市蜀山区望江西路99号。",
            "合肥市蜀山区望江西路99号",
            "ADDRESS",
        ),
    ],
)
def test_a_persons_own_span_beside_an_organisation_is_kept(
    analyzer: Analyzer, text: str, value: str, label: str
) -> None:
    assert (value, label) in _found(analyzer, text)


def test_owner_frames_generator_is_seeded_and_its_spans_sit_on_values() -> None:
    generate = dev_sets()["owner_frames"]
    records = generate(200, 3)
    assert records == generate(200, 3)
    assert {r["lang"] for r in records} == {"en", "zh"}
    assert any(not r["spans"] for r in records) and any(r["spans"] for r in records)
    for record in records:
        for span in record["spans"]:
            value = record["text"][span["start"] : span["end"]]
            assert value and value == value.strip(), (record, span)


# -- v17 round: the kind of the clause's subject, a delivery, a desk's mailbox, a role ----------
def _kinds(text: str, value: str, label: str) -> set[str]:
    start = text.index(value)
    return {
        f.split("|", 1)[1]
        for f in ownership.features(text, start, start + len(value), label)
        if "|K:" in f
    }


def test_the_clause_subject_is_a_facility_or_a_home() -> None:
    # a public place's name ends in a facility's word, whichever place it is
    assert "K:facility_subject" in _kinds(
        "登机口旁的失物招领处在南宁市青秀区民族大道9号，", "南宁市青秀区民族大道9号", "ADDRESS"
    )
    assert "K:facility_subject" in _kinds(
        "自助柜员机（南宁市青秀区民族大道9号）吞卡了", "南宁市青秀区民族大道9号", "ADDRESS"
    )
    found = _kinds("我外婆家在南宁市青秀区民族大道9号，", "南宁市青秀区民族大道9号", "ADDRESS")
    assert "K:own_subject" in found and "K:facility_subject" not in found


def test_a_delivery_reads_its_own_clause_not_the_sentence() -> None:
    # the branch is named a clause before: the card goes to someone's door, not the branch's
    text = "上周在营业厅挂失，补办的卡寄到了南宁市青秀区民族大道9号，"
    found = _kinds(text, "南宁市青秀区民族大道9号", "ADDRESS")
    assert "K:deliver_to" in found
    assert "K:org_left" not in found and "K:org_sentence" in found
    text = "Please forward it to the surveyors' office, 2 Tern Road, Hull HU1 3AB"
    assert "K:deliver_to_org" in _kinds(text, "2 Tern Road, Hull HU1 3AB", "ADDRESS")


def test_a_desks_mailbox_and_a_bodys_voice() -> None:
    found = _kinds(
        "They asked me to mail complaints@ferrylink-example.net",
        "complaints@ferrylink-example.net",
        "EMAIL_ADDRESS",
    )
    assert {"K:role_mailbox", "K:they_left"} <= found
    found = _kinds(
        "You can reach me at ines.calloway@mailbox.org",
        "ines.calloway@mailbox.org",
        "EMAIL_ADDRESS",
    )
    assert "K:role_mailbox" not in found


def test_a_role_read_as_a_name_is_dropped_whatever_the_model_says() -> None:
    text = "转账给卖家以后一直没发货"
    start = text.index("卖家")
    entity = Entity(start, start + 2, "PERSON", 0.9, "zh_tagger")
    with ownership.using({"PERSON|bias": 9.0}):
        assert ownership.settle_ownership(text, [entity]) == []
        named = Entity(2, 4, "PERSON", 0.9, "zh_tagger")
        assert ownership.settle_ownership("转账给韦青以后", [named]) == [named]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The allotment society's clubhouse is at 14 Tern Road, Hull HU1 3AB; any branch near?",
            "14 Tern Road, Hull HU1 3AB",
        ),
        ("家具城售后点在南宁市青秀区民族大道9号，那边有网点吗？", "南宁市青秀区民族大道9号"),
    ],
)
def test_a_facilitys_address_in_new_words_is_dropped(
    analyzer: Analyzer, text: str, value: str
) -> None:
    with ownership.disabled():
        before = _found(analyzer, text)
    assert any(found == value for found, _ in before), before
    assert all(found != value for found, _ in _found(analyzer, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Could the new card be sent to 14 Tern Road, Hull HU1 3AB? I moved last week.",
            "14 Tern Road, Hull HU1 3AB",
        ),
        (
            "上周在营业厅挂失，补办的卡邮寄到了南宁市青秀区民族大道9号，麻烦查一下。",
            "南宁市青秀区民族大道9号",
        ),
    ],
)
def test_a_delivery_to_someones_door_is_kept(analyzer: Analyzer, text: str, value: str) -> None:
    # (the Chinese recognizer's span may take the "了" before it: a boundary, not an owner)
    assert any(value in found and label == "ADDRESS" for found, label in _found(analyzer, text))


def test_owner_kinds_generator_is_seeded_and_has_both_owners() -> None:
    generate = dev_sets()["owner_kinds"]
    records = generate(300, 4)
    assert records == generate(300, 4)
    labels = {s["label"] for r in records for s in r["spans"]}
    assert labels == {"ADDRESS", "PERSON", "EMAIL_ADDRESS", "DATE_OF_BIRTH"}
    assert any(not r["spans"] for r in records)
    for record in records:
        for span in record["spans"]:
            value = record["text"][span["start"] : span["end"]]
            assert value and value == value.strip(), (record, span)


def _features_of(text: str, value: str, label: str) -> list[str]:
    start = text.index(value)
    return ownership.features(text, start, start + len(value), label)


def test_a_name_that_carries_a_firm_an_event_or_a_crown_is_its_own_kind() -> None:
    # the words after the span, or the span's own last word
    assert "PERSON|K:eponym" in _features_of(
        "We sponsor the Nell Ashby Memorial Cup.", "Nell Ashby", "PERSON"
    )
    assert "PERSON|K:eponym" in _features_of(
        "We bought from Ruth Kendrick Travel.", "Ruth Kendrick Travel", "PERSON"
    )
    assert "PERSON|K:eponym" not in _features_of("Nell Ashby paid me back.", "Nell Ashby", "PERSON")
    assert "PERSON|H:royal" in _features_of(
        "The coin shows King Edmund II.", "King Edmund", "PERSON"
    )
    assert "PERSON|H:royal" in _features_of("The coin shows King Edmund II.", "Edmund", "PERSON")
    assert "PERSON|H:royal" not in _features_of(
        "The coin shows Edmund Pryce.", "Edmund Pryce", "PERSON"
    )


def test_a_span_ending_in_a_firms_word_is_no_ones_name() -> None:
    for value in (
        "Tilda Marsh Foundation",
        "Okafor's Pharmacy",
        "Brackenfield Hospice",
        "Quint Ltd",
    ):
        assert ownership._not_a_name(value), value
    # surnames that are also such words stay with the model
    for value in ("Arlo Hall", "Bram Park", "Ruth Day", "Nell Ashby", "Bridge"):
        assert not ownership._not_a_name(value), value
    entities = [
        Entity(0, 22, "PERSON", 0.9, "en_tagger"),
        Entity(27, 37, "PERSON", 0.9, "en_tagger"),
    ]
    text = "Tilda Marsh Foundation and Nell Ashby"
    # (no weights: the model keeps everything, so only the rule drops)
    with ownership.using({}):
        kept = ownership.settle_ownership(text, entities)
    assert [text[e.start : e.end] for e in kept] == ["Nell Ashby"]


def test_an_organisation_that_moved_and_a_famous_address_are_features_of() -> None:
    address = "14 Fenkle Street, Alnwick NE66 1TN"
    moved = _features_of(
        f"Our Alnwick branch has moved to {address}; the ATM stays.", address, "ADDRESS"
    )
    assert "ADDRESS|K:org_moved" in moved
    assert "ADDRESS|K:deliver_to" in moved
    home = _features_of(
        f"My aunt has moved to {address}; change her statements.", address, "ADDRESS"
    )
    assert "ADDRESS|K:org_moved" not in home
    mug = f"The museum shop sells mugs printed with {address}."
    assert "ADDRESS|K:media_sentence" in _features_of(mug, address, "ADDRESS")
    assert "ADDRESS|K:media_sentence" not in _features_of(
        f"Post it to {address}.", address, "ADDRESS"
    )


def test_a_desks_mailbox_words_include_services() -> None:
    for local in ("grants", "farming", "trusts", "groups", "lending"):
        text = f"Write to {local}@tweedside-example.com for help."
        assert "EMAIL_ADDRESS|K:role_mailbox" in _features_of(
            text, f"{local}@tweedside-example.com", "EMAIL_ADDRESS"
        )
    text = "Write to nell.ashby@gmail.com for help."
    assert "EMAIL_ADDRESS|K:role_mailbox" not in _features_of(
        text, "nell.ashby@gmail.com", "EMAIL_ADDRESS"
    )


def test_a_name_the_speaker_introduces_is_kept_whatever_the_register() -> None:
    text = "Poster: 'Save with us' - I'm Nell Ashby, first-time buyer."
    start = text.index("Nell")
    entity = Entity(start, start + 10, "PERSON", 0.9, "introduced_name")
    # (weights that would drop every name: only the speaker's own is kept)
    with ownership.using({"PERSON|bias": -30.0}):
        assert ownership.settle_ownership(text, [entity]) == [entity]
        other = "Poster: 'Save with us' - ask Nell Ashby, first-time buyer."
        moved = Entity(other.index("Nell"), other.index("Nell") + 10, "PERSON", 0.9, "given_name")
        assert ownership.settle_ownership(other, [moved]) == []


def test_owner_eponyms_generator_is_seeded_and_has_both_owners() -> None:
    generate = dev_sets()["owner_eponyms"]
    records = generate(300, 5)
    assert records == generate(300, 5)
    assert records != generate(300, 6)
    assert {s["label"] for r in records for s in r["spans"]} == {
        "ADDRESS",
        "PERSON",
        "EMAIL_ADDRESS",
    }
    free = sum(not r["spans"] for r in records)
    assert 0.3 < free / len(records) < 0.7
    for record in records:
        assert record["lang"] == "en" and "{" not in record["text"], record
        for span in record["spans"]:
            value = record["text"][span["start"] : span["end"]]
            assert value and value == value.strip(), record


def test_owner_public_generator_is_seeded_and_has_both_owners() -> None:
    generate = dev_sets()["owner_public"]
    records = generate(300, 5)
    assert records == generate(300, 5)
    assert records != generate(300, 6)
    assert {s["label"] for r in records for s in r["spans"]} == {
        "ADDRESS",
        "PERSON",
        "EMAIL_ADDRESS",
    }
    free = sum(not r["spans"] for r in records)
    assert 0.3 < free / len(records) < 0.7
    # the two-name narrative lines span both names
    assert any(len(r["spans"]) == 2 for r in records)
    for record in records:
        assert record["lang"] == "en"
        for span in record["spans"]:
            value = record["text"][span["start"] : span["end"]]
            assert value and value == value.strip() and "{" not in record["text"], record


def test_register_reads_who_speaks_in_the_whole_message() -> None:
    bank = "We are delighted to welcome you to our new lounge. Ask us at desk@firm.example.com."
    customer = "I moved last week, my new flat is on Elm Road."
    org = ownership._register(bank)
    assert "M:voice_we" in org and "M:we2" in org and "M:you1" in org
    assert "M:role_mailbox" in org
    own = ownership._register(customer)
    assert "M:voice_own" in own and "M:we0" in own and "M:mailbox" not in own
    assert "M:voice_we" in ownership._register("本行诚邀您参加活动")


def test_shape_reads_a_name_with_words_no_name_list_has() -> None:
    text = "The bank sponsors the Alice Walker Memorial Trophy again."
    start = text.index("Alice")
    end = text.index(" again")
    assert "H:unnamed_words2" in ownership._shape(text, start, end, "PERSON")
    plain = "Please call Alice Walker back."
    start = plain.index("Alice")
    assert "H:unnamed_words0" in ownership._shape(plain, start, start + 12, "PERSON")
    assert "H:title" in ownership._shape("Dr Alice Walker", 3, 15, "PERSON")
    one = "Falcon mode is on."
    assert "H:one_word_then_lower" in ownership._shape(one, 0, 6, "PERSON")
    assert "H:sentence_start" in ownership._shape(one, 0, 6, "PERSON")


def test_recognizer_and_neighbours_become_features_only_when_given() -> None:
    text = "Call Ben Hart on 07700 900123."
    start, end = 5, 13
    bare = ownership.features(text, start, end, "PERSON")
    full = ownership.features(
        text, start, end, "PERSON", recognizer="given_name", neighbours=["PERSON", "PHONE_NUMBER"]
    )
    assert not any("|G:" in f or "|N:" in f for f in bare)
    assert "PERSON|G:by_given_name" in full
    assert "PERSON|N:PHONE_NUMBER" in full
    assert "PERSON|N:same1" in full


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "Our branch team is delighted to host Kate Mortimer Charity Bake Off on "
            "Saturday; tickets from our branches.",
            "Kate Mortimer",
            "PERSON",
        ),
        (
            "This week on our radio slot Gary Lineker talks about pensions; catch up in our app.",
            "Gary Lineker",
            "PERSON",
        ),
    ],
)
def test_a_notice_in_the_organisations_voice_is_not_flagged(
    analyzer: Analyzer, text: str, value: str, label: str
) -> None:
    with ownership.disabled():
        assert any(value in v for v, _ in _found(analyzer, text))
    assert not any(value in v and lab == label for v, lab in _found(analyzer, text))


def test_the_engine_passes_recognizer_and_neighbours_to_the_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[str, tuple[str, ...]]] = []
    # (not a self-introduction: that name is kept before the model is asked)
    text = "Please call Ben Hart, my number is 07700 900123."
    person = Entity(12, 20, "PERSON", 0.9, "introduced_name")
    phone = Entity(35, 47, "PHONE_NUMBER", 0.9, "phone")
    original = ownership.features

    def spy(
        text: str,
        start: int,
        end: int,
        label: str,
        kinds: bool = True,
        recognizer: str = "",
        neighbours: Sequence[str] = (),
    ) -> list[str]:
        seen.append((recognizer, tuple(neighbours)))
        return original(text, start, end, label, kinds, recognizer, neighbours)

    monkeypatch.setattr(ownership, "features", spy)
    kept = ownership.settle_ownership(text, [person, phone])
    assert seen == [("introduced_name", ("PERSON", "PHONE_NUMBER"))]
    assert person in kept and phone in kept


def test_the_trainers_filter_off_spans_give_the_engines_output(
    analyzer: Analyzer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the trainer analyses each text once with the filter off and applies the filter itself:
    # that must be what the engine reports with the same weights (the filter is its last step)
    import pii_ownership_train as trainer

    texts = [
        "Our branch moved to 4 Kiln Yard, Hull HU1 1AA; Dora Vance opens it on Monday.",
        "Please post my card to 9 Sorrel Close, Ely CB7 4DD. Thanks, Neil Abara",
        "Our podcast guest this week: Kit Rowntree on saving for a deposit.",
        "Write to claims-desk@tidewell-example.com or to me at neil.abara@example.com",
    ]
    monkeypatch.setattr(trainer, "_CACHE_DIR", tmp_path)
    found = trainer.analyze_off(analyzer, texts)
    assert list(tmp_path.glob("*.pkl"))  # kept on disk ...
    assert trainer.analyze_off(analyzer, texts) == found  # ... and read back the same

    def spans(rows: list[list[Entity]]) -> list[list[tuple[int, int, str]]]:
        return [[(e.start, e.end, e.label) for e in row] for row in rows]

    shipped = spans(analyzer.analyze_batch(texts))
    assert trainer.filtered(texts, found, ownership._weights()) == shipped
    # a model that reads every address as no one's: the same drop both ways
    no_addresses = {"ADDRESS|bias": -10.0, "PERSON|bias": 10.0, "EMAIL_ADDRESS|bias": 10.0}
    with ownership.using(no_addresses):
        engine = spans(analyzer.analyze_batch(texts))
    assert trainer.filtered(texts, found, no_addresses) == engine
    assert not any(label == "ADDRESS" for row in engine for _, _, label in row)
    unfiltered = trainer.filtered(texts, found, None)
    assert any(label == "ADDRESS" for row in unfiltered for _, _, label in row)
    with ownership.disabled():
        assert spans(analyzer.analyze_batch(texts)) == unfiltered
