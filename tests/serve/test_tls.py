"""``steward serve --ssl-certfile/--ssl-keyfile``: the gateway over HTTPS (a real process, a
certificate generated here), and bad TLS options refused before anything starts."""

from __future__ import annotations

import datetime
import ipaddress
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from steward.cli import app
from tests.conftest import free_port, write_policy

ROOT = Path(__file__).resolve().parents[2]
RUNNER = CliRunner()


def _certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key, as PEM files."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def test_the_gateway_serves_https_with_the_given_certificate(tmp_path: Path) -> None:
    cert, key = _certificate(tmp_path)
    policy = write_policy(tmp_path, "tls", guards={"prompt_injection": {"classifier": False}})
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STEWARD_HOME": str(tmp_path / ".steward")}
    command = [sys.executable, "-m", "steward.cli", "serve", str(policy), "--port", str(port),
               "--ssl-certfile", str(cert), "--ssl-keyfile", str(key)]  # fmt: skip
    proc = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    try:
        url = f"https://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                answer = httpx.get(url + "/healthz", verify=str(cert), timeout=2)
                break
            except httpx.HTTPError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(proc.stderr.read() if proc.stderr else "") from None
                time.sleep(0.2)
        assert answer.status_code == 200 and answer.json()["status"] == "ok"
        # the certificate is what the client checked: one it does not trust is refused
        with pytest.raises(httpx.ConnectError):
            httpx.get(url + "/healthz", timeout=2)
        # and plain HTTP is not served on that port
        with pytest.raises(httpx.HTTPError):
            httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
    finally:
        proc.terminate()
        stderr = proc.communicate(timeout=20)[1].decode()
    assert f"steward gateway on https://127.0.0.1:{port}" in stderr


def test_bad_tls_options_are_refused_before_anything_starts(tmp_path: Path) -> None:
    cert, key = _certificate(tmp_path)
    policy = write_policy(tmp_path, "tls", guards={"prompt_injection": {"classifier": False}})
    base = ["serve", str(policy), "--home", str(tmp_path / ".steward")]
    alone = RUNNER.invoke(app, [*base, "--ssl-certfile", str(cert)])
    assert alone.exit_code == 2 and "--ssl-certfile needs --ssl-keyfile too" in alone.output
    missing = RUNNER.invoke(
        app, [*base, "--ssl-certfile", str(tmp_path / "nope.pem"), "--ssl-keyfile", str(key)]
    )
    assert missing.exit_code == 2 and "--ssl-certfile: no such file" in missing.output
    (tmp_path / "other").mkdir()
    other_key = _certificate(tmp_path / "other")[1]
    mismatched = RUNNER.invoke(
        app, [*base, "--ssl-certfile", str(cert), "--ssl-keyfile", str(other_key)]
    )
    assert mismatched.exit_code == 2
    assert "do not load as a PEM pair" in mismatched.output
