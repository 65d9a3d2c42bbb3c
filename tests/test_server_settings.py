"""The server's safety settings hold on the real server started with the project's config:
XSRF protection, an upload size limit, no tracebacks shown to users, and localhost only."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from browser_support import ROOT, free_port
from geo.intake import MAX_UPLOAD_BYTES

CRASHING_SCRIPT = '''
import streamlit as st
st.title("Crash test")
raise RuntimeError("internal detail: /secret/path/store.sqlite")
'''


def streamlit_config(monkeypatch) -> dict:
    """The options Streamlit reads from the project's .streamlit/config.toml."""
    from streamlit import config

    monkeypatch.chdir(ROOT)
    config.get_config_options(force_reparse=True)
    try:
        return {name: config.get_option(name) for name in (
            "server.address", "server.enableXsrfProtection", "server.enableCORS", "server.maxUploadSize", "client.showErrorDetails")}
    finally:
        config.get_config_options(force_reparse=True)


def test_the_project_config_sets_every_safety_option(monkeypatch):
    options = streamlit_config(monkeypatch)
    assert options["server.address"] == "127.0.0.1"
    assert options["server.enableXsrfProtection"] is True
    assert options["server.enableCORS"] is True
    # The same limit the intake enforces, so a browser upload over it is refused before it is sent.
    assert options["server.maxUploadSize"] * 1024 * 1024 == MAX_UPLOAD_BYTES
    assert options["client.showErrorDetails"] in ("none", False)


@pytest.fixture(scope="module")
def crashing_app(tmp_path_factory):
    """A script that raises, served by `streamlit run` from the project directory (so with its
    config) and with no command-line overrides but the port."""
    script = tmp_path_factory.mktemp("crash") / "crash.py"
    script.write_text(CRASHING_SCRIPT)
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port)],
                               cwd=ROOT, env={**os.environ}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        raise TimeoutError("streamlit did not start")
    yield url, port
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def listening_addresses(port: int) -> set[str]:
    """The local addresses with a socket listening on the port, from /proc/net/tcp{,6}."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        path = Path(table)
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            address, port_hex = fields[1].rsplit(":", 1)
            if int(port_hex, 16) == port and fields[3] == "0A":  # 0A: LISTEN
                found.add(address)
    return found


def test_the_server_listens_on_localhost_only(crashing_app):
    _, port = crashing_app
    addresses = listening_addresses(port)
    if not Path("/proc/net/tcp").exists():
        pytest.skip("no /proc/net/tcp on this system")
    assert addresses == {"0100007F"}, f"listening on {addresses}; expected 127.0.0.1 only"


def test_an_upload_without_the_xsrf_token_is_refused(crashing_app):
    url, _ = crashing_app
    request = urllib.request.Request(f"{url}/_stcore/upload_file/some-session/some-file", data=b"x" * 10, method="PUT")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403


@pytest.mark.browser
def test_an_unexpected_error_shows_no_traceback(crashing_app, offline_page):
    url, _ = crashing_app
    page = offline_page
    page.goto(url)
    page.get_by_text("Crash test").wait_for(timeout=30_000)
    page.locator('[data-testid="stException"], [data-testid="stAlert"]').first.wait_for(timeout=30_000)
    body = page.locator("body").inner_text()
    assert "internal detail" not in body
    assert "/secret/path" not in body
    assert "Traceback" not in body and "RuntimeError" not in body
