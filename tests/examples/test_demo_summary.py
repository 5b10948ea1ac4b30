"""The closing summary of `make demo` names each example's registered version, its status and
the run's files that exist, and says when nothing was registered."""

from __future__ import annotations

from pathlib import Path

import pytest

from steward.examples.demo_summary import summary_lines
from steward.examples.starter import write_example
from steward.registry.models import Registry
from steward.store.artifacts import Store


def test_summary_names_the_version_status_and_run_files(tmp_path: Path) -> None:
    store = Store(tmp_path / ".steward")
    bank = write_example(tmp_path / "bank" / "steward.yaml").policy
    assistant = write_example(tmp_path / "assistant" / "steward.yaml", "assistant").policy
    run_dir = store.home / "runs" / "run-1"
    run_dir.mkdir(parents=True)
    (run_dir / "report.html").write_text("<html></html>", encoding="utf-8")
    weights = tmp_path / "weights.bin"
    weights.write_bytes(b"stand-in weights: nothing here loads them")
    sha = store.put(weights, kind="model").sha256
    Registry(store).register(
        name="bank-intents", artifact_sha256=sha, weights_sha256=sha,
        status="candidate", run_id="run-1", metrics={}, gate={},
    )  # fmt: skip

    text = "\n".join(summary_lines(store, [bank, assistant]))
    assert "bank-intents:1 is candidate" in text
    assert str(run_dir / "report.html") in text
    assert str(run_dir / "MODEL_CARD.md") not in text  # only files that exist
    assert "bank-assistant" in text and "nothing registered" in text
    assert "steward init" in text  # what to type next


def test_the_demo_prints_a_recorded_expiring_console_key_for_the_risk_owner(
    tmp_path: Path,
) -> None:
    import re

    from steward.accountability.ledger import Ledger
    from steward.examples.demo_summary import CONSOLE_KEY_HOURS, console_lines
    from steward.serve.keys import KeyStore

    store = Store(tmp_path / ".steward")
    bank = write_example(tmp_path / "bank" / "steward.yaml").policy
    text = "\n".join(console_lines(store, bank))
    assert "make console" in text and "http://127.0.0.1:8700/" in text
    found = re.search(r"sign in as\s+(\S+) \(risk_owner\) with (\S+)", text)
    assert found, text
    holder, key = found.groups()
    record = KeyStore(store).authenticate(key, sign_in=True)  # the printed key signs in
    assert record.name == holder and record.role == "risk_owner" and record.expires_at
    assert f"valid {CONSOLE_KEY_HOURS:g} h" in text and f"keys revoke {record.key_id}" in text
    (entry,) = Ledger(store).entries(action="key.created")
    assert entry.subject == record.key_id and entry.details["single_use"] is True
    assert "one-time" in text


def test_the_demos_console_key_signs_in_once_and_a_second_sign_in_is_refused_and_recorded(
    tmp_path: Path,
) -> None:
    import re

    from fastapi.testclient import TestClient

    from steward.accountability.ledger import Ledger
    from steward.config import load_policy
    from steward.console.app import create_console
    from steward.console.state import DENIED_ACTION
    from steward.examples.demo_summary import console_lines

    store = Store(tmp_path / ".steward")
    bank = write_example(tmp_path / "bank" / "steward.yaml").policy
    found = re.search(r"\(risk_owner\) with (\S+)", "\n".join(console_lines(store, bank)))
    assert found
    key = found.group(1)

    def sign_in(client: TestClient) -> int:
        form = client.get("/signin").text
        token = form.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        answer = client.post("/signin", data={"csrf": token, "api_key": key},
                             follow_redirects=False)  # fmt: skip
        return answer.status_code

    with TestClient(create_console(load_policy(bank), store)) as first:
        assert sign_in(first) == 303
        assert first.get("/review").status_code == 200  # the session it opened lasts
        with TestClient(first.app) as second:  # someone else with the same key, later
            assert sign_in(second) == 401
            assert second.get("/review", follow_redirects=False).status_code == 303  # signin
        assert first.get("/review").status_code == 200
    (denied,) = Ledger(store).entries(action=DENIED_ACTION)
    assert denied.subject == "POST /signin" and "already used" in denied.details["reason"]
    assert len(Ledger(store).entries(action="console.signed_in")) == 1


def test_the_demos_console_key_is_refused_by_the_gateway_api(tmp_path: Path) -> None:
    """A one-time sign-in key opens the console only: the API refuses it before and after the
    sign-in, so whoever reads it later off the demo's output can use it nowhere."""
    import re

    from steward.examples.demo_summary import console_lines
    from steward.serve.keys import AuthError, KeyStore

    store = Store(tmp_path / ".steward")
    bank = write_example(tmp_path / "bank" / "steward.yaml").policy
    found = re.search(r"\(risk_owner\) with (\S+)", "\n".join(console_lines(store, bank)))
    assert found
    keys = KeyStore(store)
    try:
        with pytest.raises(AuthError, match="opens the console only") as refused:
            keys.authenticate(found.group(1))
        assert refused.value.code == "sign_in_only"
        assert keys.authenticate(found.group(1), sign_in=True).role == "risk_owner"
    finally:
        keys.kdf_thread.shutdown()
