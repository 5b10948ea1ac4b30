"""The federated: policy section: typed, and its errors name the field."""

from __future__ import annotations

from typing import Any

import pytest

from steward.config import parse_policy
from steward.errors import PolicyError
from tests.conftest import MINIMAL_GATE


def _policy(federated: Any) -> dict[str, Any]:
    return {
        "project": {"name": "t"},
        "data": {"sources": [{"path": "d.jsonl"}]},
        "gate": MINIMAL_GATE,
        "federated": federated,
    }


def _site(name: str) -> dict[str, Any]:
    return {"name": name, "sources": [{"path": f"{name}.jsonl"}]}


def test_a_valid_section_is_typed() -> None:
    policy = parse_policy(_policy({"sites": [_site("north"), _site("south")], "rounds": 2}))
    assert policy.federated is not None
    assert [site.name for site in policy.federated.sites] == ["north", "south"]
    assert policy.federated.rounds == 2 and policy.federated.trainable == "head"
    assert policy.federated.aggregation == "fedavg"
    assert parse_policy(_policy(None)).federated is None


@pytest.mark.parametrize(
    ("federated", "message"),
    [
        ({"sites": [_site("north")]}, "federated.sites: List should have at least 2 items"),
        ({"sites": [_site("a"), _site("a")]}, "site name 'a' at sites[1] is already sites[0]"),
        ({"sites": [_site("a"), _site("b")], "rounds": 0}, "federated.rounds: must be >= 1"),
        ({"sites": [_site("a"), _site("b")], "trainable": "all"}, "federated.trainable"),
        ({"sites": [_site("a"), _site("b")], "aggregation": "he"}, "federated.aggregation"),
        ({"sites": [_site("a"), {"name": "b", "sources": []}]}, "federated.sites[1].sources"),
        ({"sites": [_site("a"), {"name": "b/../c", "sources": []}]}, "federated.sites[1].name"),
        ({"sites": [_site("a"), _site("b")], "round": 2}, "federated.round: unknown field"),
    ],
)
def test_errors_name_the_field(federated: dict[str, Any], message: str) -> None:
    with pytest.raises(PolicyError) as error:
        parse_policy(_policy(federated), source="p.yaml")
    assert message in str(error.value)
