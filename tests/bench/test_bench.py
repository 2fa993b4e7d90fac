"""The bench harness works: its loopback server answers, and a quick run of one cheap figure completes.

Timings are never asserted. The quick run needs the peers' venv that `make bench` creates
(`bench/.peers/venv`); without it the test is skipped.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx2
import pytest

from bench.peers import REPO, ensure_peers
from bench.server import LoopbackServer


def test_loopback_server_serves_the_canned_answers() -> None:
    with LoopbackServer(sse_chunks=3) as url, httpx2.Client() as client:
        chat = client.post(f"{url}/v1/chat/completions", json={"model": "m", "messages": []})
        assert chat.status_code == 200
        assert len(chat.content) == 1024
        assert json.loads(chat.content)["object"] == "chat.completion"

        embeddings = client.post(f"{url}/v1/embeddings", json={"input": ["a"]}).json()
        assert [len(item["embedding"]) for item in embeddings["data"]] == [1536] * 4

        with client.stream("POST", f"{url}/v1/chat/completions", json={"stream": True}) as stream:
            data = [line[6:] for line in stream.iter_lines() if line.startswith("data: ")]
        assert len(data) == 4
        assert data[-1] == "[DONE]"

        assert client.get(f"{url}/v1/nothing").status_code == 404


def test_quick_run_of_one_figure(tmp_path: Path) -> None:
    if ensure_peers(install=False) is None:
        pytest.skip("no peers' venv (bench/.peers/venv): `make bench` creates it")
    out = tmp_path / "RESULTS.md"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--only", "chat-cpu", "--no-install", "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = out.read_text()
    assert "2a. Per-request CPU: 1 KB chat completion" in text
    assert "| openai-connector |" in text
    assert "| official `openai` SDK |" in text
