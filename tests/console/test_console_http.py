"""The console over HTTP (FastAPI's TestClient on the real app and a real SQLite store):
sign-in, session cookies, CSRF, the RACI table per view and action, reviews through the
governance service, the ledger explorer's filters and keyset pages, the run files."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.dialects import sqlite

from steward.accountability.ledger import Ledger
from steward.config import load_policy
from steward.console.app import create_console
from steward.console.auth import SESSION_COOKIE
from steward.console.i18n import TRANSLATIONS
from steward.console.ledger_queries import LEDGER_PAGE, LedgerFilter, ledger_page, ledger_query
from steward.console.state import DENIED_ACTION, RUN_FILE_CSP
from steward.registry.governance import REVIEW_ACTION
from steward.registry.models import Registry
from steward.serve.keys import KeyStore
from steward.store.artifacts import Store
from tests.console.world import World, make_world
from tests.registry.world import replay_problems

TEMPLATES = Path(__file__).resolve().parents[2] / "steward" / "console" / "templates"


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path / "w")


def _client(world: World, **options: float) -> TestClient:
    return TestClient(create_console(load_policy(world.policy), world.store, **options))


@pytest.fixture
def client(world: World) -> Iterator[TestClient]:
    with _client(world) as test_client:
        yield test_client


def _field(html: str, name: str = "csrf") -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', html)
    assert found, f"no {name} field in the page"
    return found.group(1)


def sign_in(client: TestClient, key: str) -> None:
    token = _field(client.get("/signin").text)
    answer = client.post("/signin", data={"csrf": token, "api_key": key, "next": "/models"},
                         follow_redirects=False)  # fmt: skip
    assert answer.status_code == 303, answer.text


def _csrf(client: TestClient) -> str:
    """The signed-in page's CSRF token (every page has the sign-out form)."""
    return _field(client.get("/models").text)


def _set_session(client: TestClient, value: str) -> None:
    client.cookies.clear()
    client.cookies.set(SESSION_COOKIE, value)


def _denials(world: World) -> list[dict[str, object]]:
    return [e.details for e in Ledger(world.store).entries(action=DENIED_ACTION)]


def test_every_label_exists_in_every_language_and_templates_use_only_known_labels() -> None:
    english, chinese = TRANSLATIONS["en"], TRANSLATIONS["zh"]
    assert set(english) == set(chinese)
    assert all(label.strip() for table in TRANSLATIONS.values() for label in table.values())
    used = {
        key
        for template in TEMPLATES.glob("*.html")
        for key in re.findall(r"""\bt\(\s*['"]([\w.]+)['"]\s*[,)]""", template.read_text("utf-8"))
    }
    assert used, "the templates use no label at all?"
    assert used <= set(english), f"labels missing from the table: {sorted(used - set(english))}"
    # the one label made at render time: status.<the model's status>
    assert {f"status.{s}" for s in ("candidate", "pending_review", "approved", "deployed",
                                     "rejected", "retired")} <= set(english)  # fmt: skip
    # the Chinese table is a translation, not a copy
    same = [k for k in english if english[k] == chinese[k] and k not in ("sha256",)]
    assert not same, f"untranslated labels: {same}"


def test_pages_need_a_session_and_a_good_key_gives_a_strict_http_only_cookie(
    world: World, client: TestClient
) -> None:
    answer = client.get("/models", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"].startswith("/signin")
    token = _field(client.get("/signin").text)
    refused = client.post("/signin", data={"csrf": token, "api_key": "stw_nope_wrong"})
    assert refused.status_code == 401 and "unknown API key" in refused.text
    assert SESSION_COOKIE not in client.cookies
    sign_in(client, world.keys["risk_owner"])
    token = _field(client.get("/signin").text)
    answer = client.post("/signin", data={"csrf": token, "api_key": world.keys["auditor"]},
                         follow_redirects=False)  # fmt: skip
    header = answer.headers["set-cookie"].lower()
    assert f"{SESSION_COOKIE}=" in header and "httponly" in header
    assert "samesite=strict" in header and "max-age=" in header
    max_age = int(re.search(r"max-age=(\d+)", header).group(1))  # type: ignore[union-attr]
    assert 0 < max_age <= 8 * 3600
    assert client.get("/models").status_code == 200
    assert "audrey" in client.get("/models").text
    assert answer.headers["content-security-policy"].startswith("default-src 'self'")


def test_failed_sign_ins_are_counted_into_one_ledger_entry(world: World) -> None:
    with _client(world) as client:
        for _ in range(3):
            token = _field(client.get("/signin").text)
            client.post("/signin", data={"csrf": token, "api_key": "stw_abc_wrong"})
    (entry,) = Ledger(world.store).entries(action="gateway.denials")  # flushed at shutdown
    assert entry.details["total"] == 3
    assert entry.details["counts"][0]["route"] == "/signin"


def test_sign_in_needs_this_consoles_form_token(world: World, client: TestClient) -> None:
    client.get("/signin")  # the nonce cookie alone is not enough
    answer = client.post("/signin", data={"api_key": world.keys["risk_owner"]})
    assert answer.status_code == 403 and SESSION_COOKIE not in client.cookies
    answer = client.post("/signin", data={"csrf": "forged", "api_key": world.keys["risk_owner"]})
    assert answer.status_code == 403 and SESSION_COOKIE not in client.cookies


def test_a_tampered_expired_or_revoked_session_is_no_session(world: World) -> None:
    with _client(world, session_ttl_s=1.0) as client:
        sign_in(client, world.keys["auditor"])
        assert client.get("/ledger").status_code == 200
        good = client.cookies[SESSION_COOKIE]
        payload, mac = good.split(".")
        _set_session(client, payload + "x." + mac)
        assert client.get("/ledger", follow_redirects=False).status_code == 303
        _set_session(client, good)
        assert client.get("/ledger").status_code == 200
        time.sleep(1.1)
        _set_session(client, good)  # sent after its expiry: the server itself refuses it
        assert client.get("/ledger", follow_redirects=False).status_code == 303
    with _client(world) as client:
        sign_in(client, world.keys["auditor"])
        assert client.get("/ledger").status_code == 200
        key_id = world.keys["auditor"].split("_")[1]
        KeyStore(world.store).revoke(key_id)
        assert client.get("/ledger", follow_redirects=False).status_code == 303


def test_a_risk_owner_approves_through_governance_with_the_clis_entry(
    world: World, client: TestClient
) -> None:
    sign_in(client, world.keys["risk_owner"])
    queue = client.get("/review").text
    assert "bank:1" in queue and "bank:3" in queue and "bank:2" not in queue
    assert queue.count('value="approve"') == 2
    answer = client.post(
        "/review/bank:1", data={"csrf": _csrf(client), "decision": "approve",
                                "reason": "fairness gaps within policy"},
    )  # fmt: skip
    assert answer.status_code == 200
    shown = re.search(r'id="done">(.*?)</p>', answer.text, re.S)
    assert shown and "bank:1" in shown.group(1) and "fairness gaps within policy" in shown.group(1)
    assert Registry(world.store).get("bank:1").status == "approved"
    (entry,) = Ledger(world.store).entries(action=REVIEW_ACTION)
    assert entry.subject == "bank:1" and entry.outcome == "approved"
    assert entry.actor == "carol"  # the person the key was made for, as the CLI names her
    assert entry.details["identity"]["key_id"] == world.keys["risk_owner"].split("_")[1]
    assert entry.details["from"] == "pending_review" and entry.details["to"] == "approved"
    assert entry.details["roles"] == ["risk_owner"]
    assert entry.details["policy_sha256"] == load_policy(world.policy).sha256
    assert entry.details["identity"]["verified"] is True
    assert entry.details["identity"]["method"] == "console-api-key"
    assert replay_problems(world.store) == []
    assert Ledger(world.store).verify().ok
    # rejecting needs a reason, named as the form's field; a decided model cannot be reviewed
    answer = client.post("/review/bank:3", data={"csrf": _csrf(client), "decision": "reject",
                                                 "reason": "  "})  # fmt: skip
    assert answer.status_code == 400 and "reason: a review needs a written reason" in answer.text
    answer = client.post("/review/bank:1", data={"csrf": _csrf(client), "decision": "reject",
                                                 "reason": "again"})  # fmt: skip
    assert answer.status_code == 409 and "only a model pending review" in answer.text


def test_a_post_without_its_csrf_token_is_refused_and_recorded(
    world: World, client: TestClient
) -> None:
    sign_in(client, world.keys["risk_owner"])
    answer = client.post("/review/bank:1", data={"decision": "approve", "reason": "r"})
    assert answer.status_code == 403 and "CSRF" in answer.text
    answer = client.post(
        "/review/bank:1", data={"csrf": "x" + _csrf(client), "decision": "approve", "reason": "r"}
    )
    assert answer.status_code == 403
    assert Registry(world.store).get("bank:1").status == "pending_review"
    denials = _denials(world)
    assert len(denials) == 2 and all("CSRF" in str(d["reason"]) for d in denials)
    assert client.post("/signout", data={"csrf": ""}).status_code == 403  # sign-out is a form too


def test_a_role_without_approve_sees_no_button_and_a_forged_post_is_refused(
    world: World, client: TestClient
) -> None:
    sign_in(client, world.keys["auditor"])
    queue = client.get("/review")
    assert queue.status_code == 200 and "bank:1" in queue.text
    assert 'value="approve"' not in queue.text and 'id="no-rights"' in queue.text
    answer = client.post(
        "/review/bank:1", data={"csrf": _csrf(client), "decision": "approve", "reason": "me"}
    )
    assert answer.status_code == 403 and "may not approve" in answer.text
    assert Registry(world.store).get("bank:1").status == "pending_review"
    (denial,) = _denials(world)
    assert denial["role"] == "auditor" and denial["model"] == "bank:1"
    assert denial["status"] == 403


@pytest.mark.parametrize(
    ("role", "allowed", "refused"),
    [
        ("developer", ["/models"], ["/review", "/ledger", "/ledger/verify"]),
        ("end_user", [], ["/models", "/review", "/ledger", "/models/bank:1"]),
        ("auditor", ["/models", "/review", "/ledger", "/ledger/verify"], []),
    ],
)
def test_each_view_follows_the_raci_table_and_refusals_are_recorded(
    world: World, client: TestClient, role: str, allowed: list[str], refused: list[str]
) -> None:
    sign_in(client, world.keys[role])
    for path in allowed:
        assert client.get(path).status_code == 200, path
    for path in refused:
        assert client.get(path).status_code == 403, path
    recorded = _denials(world)
    assert [d["role"] for d in recorded] == [role] * len(refused)
    page = client.get("/models").text if allowed else ""
    if role == "developer":
        assert 'id="nav-models"' in page and 'id="nav-ledger"' not in page


def test_the_ledger_explorer_filters_and_pages_by_key(world: World, client: TestClient) -> None:
    ledger = Ledger(world.store)
    ledger.append_many(
        [{"actor": f"robot-{i % 3}", "action": "test.tick", "subject": f"tick-{i}",
          "details": {"i": i}} for i in range(2 * LEDGER_PAGE + 7)]
    )  # fmt: skip
    head = ledger.count()
    sign_in(client, world.keys["auditor"])
    seen: list[int] = []
    url: str | None = "/ledger?kind=test.tick"
    while url:
        page = client.get(url)
        assert page.status_code == 200
        seen += [int(s) for s in re.findall(r'<tr id="entry-(\d+)">', page.text)]
        link = re.search(r'href="([^"]+)" id="older"', page.text)
        url = link.group(1).replace("&amp;", "&") if link else None
    assert len(seen) == 2 * LEDGER_PAGE + 7 == len(set(seen))
    assert seen == sorted(seen, reverse=True) and seen[0] == head
    by_actor = client.get("/ledger?actor=robot-1&kind=test.tick").text
    assert len(re.findall(r'<tr id="entry-', by_actor)) == len(range(1, 2 * LEDGER_PAGE + 7, 3))
    by_model = client.get("/ledger?model=bank").text
    subjects = set(re.findall(r"<td>(bank:\d)</td>", by_model))
    assert subjects == {"bank:1", "bank:2", "bank:3"}
    assert set(re.findall(r"<td>(bank:\d)</td>", client.get("/ledger?model=bank:2").text)) == {
        "bank:2"
    }
    assert 'id="entry-' not in client.get("/ledger?since=2999-01-01").text
    assert 'id="entry-' in client.get("/ledger?until=2999-01-01T00:00").text
    answer = client.get("/ledger?since=yesterday")
    assert answer.status_code == 400 and "since: not an ISO-8601 time" in answer.text
    assert client.get("/ledger?before=abc").status_code == 400
    verify = client.get("/ledger/verify").text
    assert "Ledger verified" in verify and f"{ledger.count()} entries" in verify


def test_the_model_page_links_its_run_files_served_sandboxed(
    world: World, client: TestClient
) -> None:
    run_dir = world.home / "runs" / "run-1"
    run_dir.mkdir(parents=True, mode=0o700)
    (run_dir / "report.html").write_text("<h1>the report</h1>", "utf-8")
    (run_dir / "MODEL_CARD.md").write_text("# card", "utf-8")
    with world.store.session() as session, session.begin():
        from steward.store.db import ModelRow

        session.get(ModelRow, world.models[2].id).run_id = "run-1"  # type: ignore[union-attr]
    sign_in(client, world.keys["developer"])
    page = client.get("/models/bank:3").text
    assert 'href="/runs/run-1/report.html"' in page and 'href="/runs/run-1/MODEL_CARD.md"' in page
    assert "/runs/run-1/datasheet.html" not in page  # not in this run folder
    assert "quality-floor" in page  # its gate verdict
    lineage = re.search(r'<table id="lineage">(.*?)</table>', page, re.S)
    assert lineage, "no lineage table"
    assert "<td>model</td>" in lineage.group(1) and "<td>dataset</td>" in lineage.group(1)
    report = client.get("/runs/run-1/report.html")
    assert report.text == "<h1>the report</h1>"
    assert report.headers["content-security-policy"] == RUN_FILE_CSP
    assert client.get("/runs/run-1/steward.yaml").status_code == 400
    assert client.get("/runs/..%2F..%2Fetc/report.html").status_code in (400, 404)
    assert client.get("/runs/run-1/datasheet.html").status_code == 404
    assert "No run folder" in client.get("/models/bank:2").text


def test_the_language_switch_translates_and_never_redirects_off_site(
    world: World, client: TestClient
) -> None:
    sign_in(client, world.keys["risk_owner"])
    answer = client.get("/lang/zh?next=//evil.example/x", follow_redirects=False)
    assert answer.headers["location"] == "/"
    page = client.get("/review").text
    assert TRANSLATIONS["zh"]["review.heading"] in page and 'lang="zh-CN"' in page
    assert TRANSLATIONS["en"]["review.heading"] not in page
    assert client.get("/lang/fr").status_code == 400


@pytest.mark.parametrize(
    ("where", "index"),
    [
        ({"kind": "model.reviewed"}, "ix_ledger_entries_action_seq"),
        ({"actor": "key:abc"}, "ix_ledger_entries_actor_seq"),
        ({"model": "bank"}, "ix_ledger_entries_subject_action"),
        ({"model": "bank:2"}, "ix_ledger_entries_subject_action"),
        ({"until": "2026-12-06T10:00"}, "ix_ledger_entries_recorded_at_seq"),
    ],
)
def test_ledger_filters_read_an_index_not_the_whole_ledger(
    world: World, where: dict[str, str], index: str
) -> None:
    """A page of a rare kind, actor or model must not scan a million entries to fill itself."""
    query = ledger_query(LedgerFilter(**where), None, LEDGER_PAGE + 1).compile(
        dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}
    )
    with world.store.engine.connect() as connection:
        plan = " ".join(
            str(row[-1]) for row in connection.execute(text(f"EXPLAIN QUERY PLAN {query}"))
        )
    assert index in plan, plan
    assert "SCAN ledger_entries" not in plan.replace(f"USING INDEX {index}", ""), plan


def test_the_model_filter_matches_a_name_and_its_versions_only(any_store: Store) -> None:
    """On SQLite and PostgreSQL: ``bank`` is bank and bank:N, never bank-x:1, bankx or
    bank;1 (whatever the database's collation makes of the punctuation)."""
    subjects = ["bank", "bank:1", "bank:12", "bank-x:1", "bankx", "bank;1", "ban:1", "bank_%:1"]
    Ledger(any_store, witness=False).append_many(
        [{"actor": "t", "action": "test.subject", "subject": s} for s in subjects]
    )
    found = {e.subject for e in ledger_page(any_store, LedgerFilter(model="bank"), None)[0]}
    assert found == {"bank", "bank:1", "bank:12"}
    found = {e.subject for e in ledger_page(any_store, LedgerFilter(model="bank:1"), None)[0]}
    assert found == {"bank:1"}
    found = {e.subject for e in ledger_page(any_store, LedgerFilter(model="bank_%"), None)[0]}
    assert found == {"bank_%:1"}


def test_a_risk_owner_key_for_someone_the_policy_does_not_name_cannot_sign(
    world: World, client: TestClient
) -> None:
    sign_in(client, world.keys["unlisted_risk_owner"])
    assert 'value="approve"' in client.get("/review").text  # the role's view, buttons and all
    answer = client.post(
        "/review/bank:1", data={"csrf": _csrf(client), "decision": "approve", "reason": "mine"}
    )
    assert answer.status_code == 403
    said = html.unescape(answer.text)
    assert "'mallory', whom the policy does not name as risk_owner" in said
    assert "roles.assignments.risk_owner: carol" in said
    assert Registry(world.store).get("bank:1").status == "pending_review"
    (denial,) = _denials(world)
    assert denial["role"] == "risk_owner" and denial["model"] == "bank:1"


def test_where_the_policy_wants_a_signature_an_api_key_cannot_decide(world: World) -> None:
    """roles.enforce (or a public key listed for the person) means decisions are signed with
    the person's private key: the console refuses, recorded, and names the CLI way."""
    import yaml

    document = yaml.safe_load(world.policy.read_text("utf-8"))
    document["roles"]["enforce"] = True
    enforcing = world.policy.with_name("enforcing.yaml")
    enforcing.write_text(yaml.safe_dump(document), "utf-8")
    with TestClient(create_console(load_policy(enforcing), world.store)) as client:
        sign_in(client, world.keys["risk_owner"])
        answer = client.post(
            "/review/bank:1", data={"csrf": _csrf(client), "decision": "approve", "reason": "ok"}
        )
    assert answer.status_code == 403
    said = html.unescape(answer.text)
    assert "sets roles.enforce" in said and "steward models review" in said
    assert Registry(world.store).get("bank:1").status == "pending_review"
    (denial,) = _denials(world)
    assert denial["model"] == "bank:1" and denial["decision"] == "approve"
