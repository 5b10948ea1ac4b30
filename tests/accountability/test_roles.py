from __future__ import annotations

import pytest

from steward.accountability.roles import ROLE_PERMISSIONS, Permission, require
from steward.config import ROLE_NAMES, RolesPolicy
from steward.errors import StewardError


def test_every_role_has_a_permission_row() -> None:
    assert set(ROLE_PERMISSIONS) == set(ROLE_NAMES)


def test_enforced_roles_refuse_unlisted_actor_and_bare_names() -> None:
    policy = RolesPolicy(assignments={"developer": ["alice"], "auditor": ["audrey"]}, enforce=True)
    with pytest.raises(StewardError, match="'audrey' may not train: needs one of the roles"):
        require("audrey", Permission.TRAIN, policy)
    # A name alone is a claim: with enforce on it no longer grants the role it is listed in.
    with pytest.raises(StewardError, match="'alice' is a bare name \\(unverified\\)"):
        require("alice", Permission.TRAIN, policy)
    assert require("alice", Permission.TRAIN, policy.model_copy(update={"enforce": False})) == [
        "developer"
    ]


def test_unenforced_roles_only_report() -> None:
    policy = RolesPolicy(assignments={"developer": ["alice"]})
    assert require("bob", Permission.TRAIN, policy) == []
