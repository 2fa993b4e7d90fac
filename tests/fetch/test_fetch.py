"""`python -m generator fetch`, against a real HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import datetime
import functools
import hashlib
import http.server
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.cli import COMMAND_MODULES
from generator.fetch import AZURE_URL, OPENAI_URL, FetchError, fetch
from tests.conftest import RunCommand

SPECS = Path(__file__).resolve().parents[2] / "specs"
SPEC_YAML = b"openapi: 3.1.0\ninfo: {title: Tiny, version: '1.2'}\npaths:\n  /a: {get: {responses: {}}}\n"
SPEC_JSON = json.dumps({"openapi": "3.0.3", "info": {"title": "Tiny JSON", "version": "2"}, "paths": {}}).encode()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A loopback HTTP server serving a temporary folder: (base URL, folder)."""
    root = tmp_path / "www"
    root.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    # A short poll: `shutdown()` waits for the loop's next poll (half a second by default).
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def dest(tmp_path: Path) -> Path:
    return tmp_path / "specs"


def test_registered_in_the_cli() -> None:
    assert "generator.commands.fetch" in COMMAND_MODULES


def test_fetch_over_http_writes_the_file_and_its_provenance(
    served: tuple[str, Path], dest: Path, run_command: RunCommand, capsys: pytest.CaptureFixture[str]
) -> None:
    base, root = served
    (root / "tiny.yaml").write_bytes(SPEC_YAML)
    assert run_command("fetch", ["--source", f"{base}/tiny.yaml", "--dest", str(dest)]) == 0
    assert (dest / "tiny.yaml").read_bytes() == SPEC_YAML
    entry = json.loads((dest / "provenance.json").read_text())["files"]["tiny.yaml"]
    assert entry["url"] == f"{base}/tiny.yaml"
    assert entry["sha256"] == hashlib.sha256(SPEC_YAML).hexdigest()
    assert entry["retrieved"] == datetime.datetime.now(datetime.UTC).date().isoformat()
    assert (entry["openapi"], entry["title"], entry["version"], entry["operations"]) == ("3.1.0", "Tiny", "1.2", 1)
    assert "tiny.yaml: written" in capsys.readouterr().out
    assert sorted(p.name for p in dest.iterdir()) == ["provenance.json", "tiny.yaml"]  # no temporary files left


def test_fetch_with_a_name_and_a_second_source_keeps_earlier_entries(served: tuple[str, Path], dest: Path) -> None:
    base, root = served
    (root / "tiny.yaml").write_bytes(SPEC_YAML)
    (root / "other.json").write_bytes(SPEC_JSON)
    fetch(f"{base}/tiny.yaml", dest, name="openai/openapi-2030-01-01.yaml")
    result = fetch(f"{base}/other.json", dest)
    assert result.written
    files = json.loads((dest / "provenance.json").read_text())["files"]
    assert sorted(files) == ["openai/openapi-2030-01-01.yaml", "other.json"]
    assert (dest / "openai/openapi-2030-01-01.yaml").read_bytes() == SPEC_YAML


def test_same_content_again_writes_nothing(served: tuple[str, Path], dest: Path) -> None:
    base, root = served
    (root / "tiny.yaml").write_bytes(SPEC_YAML)
    fetch(f"{base}/tiny.yaml", dest, name="a.yaml")
    again = fetch(f"{base}/tiny.yaml", dest, name="b.yaml")
    assert (again.written, again.relative_path, again.note) == (False, "a.yaml", "unchanged: same sha256 as a.yaml")
    assert not (dest / "b.yaml").exists()


def test_file_url_and_local_path(tmp_path: Path, dest: Path) -> None:
    source = tmp_path / "local.json"
    source.write_bytes(SPEC_JSON)
    assert fetch(source.as_uri(), dest).relative_path == "local.json"
    (dest / "local.json").unlink()
    (dest / "provenance.json").unlink()
    result = fetch(str(source), dest)
    assert result.written
    assert result.url == source.resolve().as_uri()


def test_known_sources_use_their_canonical_urls_and_dated_names(dest: Path) -> None:
    asked: list[str] = []

    def fake(url: str) -> bytes:
        asked.append(url)
        return SPEC_YAML if url.endswith(".yaml") else SPEC_JSON

    day = datetime.date(2031, 2, 3)
    assert fetch("openai", dest, today=day, downloader=fake).relative_path == "openai/openapi-2031-02-03.yaml"
    result = fetch("azure", dest, today=day, azure_api_version="2025-01-01", downloader=fake)
    assert result.relative_path == "azure/inference-2025-01-01.json"
    assert asked == [OPENAI_URL, AZURE_URL.format(api_version="2025-01-01")]
    assert "/2025-01-01/inference.json" in asked[1]
    assert json.loads((dest / "provenance.json").read_text())["files"]["openai/openapi-2031-02-03.yaml"]["source"] == (
        "openai"
    )


@pytest.mark.parametrize(
    "case",
    [
        (b"<html><body>Not found</body></html>", "not an OpenAPI document: expected a mapping"),
        (b"swagger: '2.0'\npaths: {}\n", "not an OpenAPI 3.x document (`openapi` is missing)"),
        (b"openapi: 3.1.0\ninfo: {}\n", "no `paths` mapping"),
        (b"openapi: [3.1\n", "not an OpenAPI document: invalid YAML"),
        (b"- just\n- a list\n", "expected a mapping"),
    ],
)
def test_a_non_spec_document_fails_cleanly_and_writes_nothing(
    served: tuple[str, Path],
    dest: Path,
    run_command: RunCommand,
    capsys: pytest.CaptureFixture[str],
    case: tuple[bytes, str],
) -> None:
    body, message = case
    base, root = served
    (root / "page.yaml").write_bytes(body)
    assert run_command("fetch", ["--source", f"{base}/page.yaml", "--dest", str(dest)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ")
    assert message in err
    assert err.count("\n") == 1
    assert not dest.exists()


def test_http_error_fails_cleanly(
    served: tuple[str, Path], dest: Path, run_command: RunCommand, capsys: pytest.CaptureFixture[str]
) -> None:
    base, _ = served
    assert run_command("fetch", ["--source", f"{base}/missing.yaml", "--dest", str(dest)]) == 1
    err = capsys.readouterr().err
    assert err == f"error: {base}/missing.yaml: HTTP 404 File not found\n"


def test_no_network_fails_cleanly(dest: Path, run_command: RunCommand, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert run_command("fetch", ["--source", f"http://127.0.0.1:{port}/x.yaml", "--dest", str(dest)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: http://127.0.0.1:{port}/x.yaml: cannot download: ")
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("ftp://example.invalid/spec.yaml", "unsupported URL scheme 'ftp'"),
        ("no-such-thing", "not a known source (openai, azure), URL or existing file"),
    ],
)
def test_bad_sources(dest: Path, source: str, message: str) -> None:
    with pytest.raises(FetchError, match=message.replace("(", r"\(").replace(")", r"\)")):
        fetch(source, dest)


def test_name_must_stay_inside_the_specs_folder(served: tuple[str, Path], dest: Path) -> None:
    base, root = served
    (root / "tiny.yaml").write_bytes(SPEC_YAML)
    with pytest.raises(FetchError, match="relative path inside"):
        fetch(f"{base}/tiny.yaml", dest, name="../escape.yaml")


def test_name_needs_a_single_source(dest: Path, run_command: RunCommand, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_command("fetch", ["--name", "x.yaml", "--dest", str(dest)]) == 2
    assert capsys.readouterr().err == "error: --name needs exactly one --source\n"


def test_corrupt_provenance_is_reported(served: tuple[str, Path], dest: Path) -> None:
    base, root = served
    (root / "tiny.yaml").write_bytes(SPEC_YAML)
    dest.mkdir()
    (dest / "provenance.json").write_text("[]")
    with pytest.raises(FetchError, match="provenance must be an object"):
        fetch(f"{base}/tiny.yaml", dest)


def test_committed_provenance_matches_the_files_in_specs() -> None:
    files = json.loads((SPECS / "provenance.json").read_text())["files"]
    on_disk = {
        p.relative_to(SPECS).as_posix()
        for p in SPECS.glob("*/*")
        if p.suffix in (".yaml", ".json") and p.parent.name != "overlays"
    }
    assert set(files) == on_disk
    for relative, entry in files.items():
        assert entry["sha256"] == hashlib.sha256((SPECS / relative).read_bytes()).hexdigest(), relative
