"""The cassettes themselves: no secrets, each belongs to a test, they pass the contract check, drift is caught,
the scrubber and the boundary-free matcher do their job, and a missing or stale cassette says how to re-record."""

from __future__ import annotations

import ast
import copy
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from openai_connector.lib import testing
from vcr.request import Request

from generator.config import load_config
from generator.contract import ContractChecker
from generator.spec.api import load_api
from tests._specs import AZURE_SPEC, CONFIG, OPENAI_SPEC, ROOT
from tests.client.conftest import CASSETTES
from tests.record import CONTRACT_ARGS, CONTRACT_SPECS, OVERLAYS, cassette_contract_failure

ALL_CASSETTES = sorted(CASSETTES.rglob("*.yaml"))


def test_there_are_cassettes_for_every_resource_module() -> None:
    modules = sorted(p.stem.removeprefix("test_") for p in (ROOT / "tests" / "client").glob("test_*.py"))
    folders = sorted(p.name for p in CASSETTES.iterdir() if p.is_dir())
    assert folders == [m for m in modules if m != "cassettes"]
    assert len(ALL_CASSETTES) >= 50


@pytest.mark.parametrize("folder", sorted(p.name for p in CASSETTES.iterdir() if p.is_dir()))
def test_every_cassette_belongs_to_a_test_and_every_test_has_one(folder: str) -> None:
    module = ROOT / "tests" / "client" / f"test_{folder}.py"
    tree = ast.parse(module.read_text(encoding="utf-8"))
    tests = {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test_")
    }
    assert {p.stem for p in (CASSETTES / folder).glob("*.yaml")} == tests


def test_each_module_says_how_to_re_record_it() -> None:
    for module in (ROOT / "tests" / "client").glob("test_*.py"):
        if module.stem != "test_cassettes":
            assert module.read_text(encoding="utf-8").startswith("# Re-record: `make record` (TARGET="), module


# -- secrets -----------------------------------------------------------------------------------------


def test_no_cassette_holds_a_key() -> None:
    hits = {str(p.relative_to(ROOT)): testing.find_secrets(p.read_text(encoding="utf-8")) for p in ALL_CASSETTES}
    assert {k: [str(h) for h in v] for k, v in hits.items() if v} == {}


# Hex strings in the upstream specs that are not keys (the specs are vendored verbatim, so they stay).
# Key-like literals in this file are split in two so that the scan of tracked files does not see them.
UPSTREAM_NON_SECRETS = {
    "a497151ce4338a12" + "c4418c44d375173e": "a JA3 TLS fingerprint in the audit-log examples of the OpenAI spec",
    "proj_abGMw1llN8" + "IrBb6SvvY5A1iH": "a project id in the examples of the OpenAI spec",
    "proj_iqGMw1llN8" + "IrBb6SvvY5A1oF": "a project id in the examples of the OpenAI spec",
}


def test_no_tracked_text_file_holds_a_key() -> None:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    found: dict[str, list[str]] = {}
    scanned = 0
    for name in listed.decode().split("\0"):
        path = ROOT / name
        if not name or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        scanned += 1
        allowed = testing.ALLOWED_FAKE_SECRETS | (UPSTREAM_NON_SECRETS.keys() if name.startswith("specs/") else set())
        hits = testing.find_secrets(text, allowed)
        if hits:
            found[name] = [str(h) for h in hits[:3]]
    assert scanned > 100
    assert found == {}


@pytest.mark.parametrize(
    "text",
    [
        "Authorization: Bearer sk-proj-" + "Ab3" * 12,
        "api-key: " + "9f" * 16,
        "token "
        + ".".join(
            ["eyJhbGciOiJIUzI1NiJ9", "eyJzdWIiOiIxMjM0NTY3ODkwIn0", "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"]
        ),
    ],
)
def test_the_scan_finds_real_looking_keys(text: str) -> None:
    assert len(testing.find_secrets(text)) == 1


def test_the_allow_list_holds_only_obvious_fakes() -> None:
    for value in testing.ALLOWED_FAKE_SECRETS:
        obvious = any(word in value.lower() for word in ("fake", "redacted", "test", "placeholder", "example"))
        assert obvious or len(set(value)) <= 1 or value == "0123456789abcdef" * 2, value


# -- scrubbing and matching --------------------------------------------------------------------------

LIVE_KEY = "sk-proj-" + "Zq9" * 15
AZURE_KEY = "3f" * 16


def test_the_scrubber_removes_secrets_and_volatile_parts() -> None:
    scrubber = testing.CassetteScrubber(secrets=[LIVE_KEY, "contoso"], replacements={"prod-gpt4o": "gpt-4o-mini"})
    body = {"messages": [], "data_sources": [{"parameters": {"authentication": {"type": "api_key", "key": "s3cr3t"}}}]}
    request = Request(
        "POST",
        f"https://contoso.openai.azure.com/openai/deployments/prod-gpt4o/chat/completions?api-version=1&api-key={AZURE_KEY}",
        json.dumps(body).encode(),
        {
            "Authorization": f"Bearer {LIVE_KEY}",
            "api-key": AZURE_KEY,
            "OpenAI-Organization": "org-real",
            "OpenAI-Project": "proj_real",
            "Cookie": "session=abc",
            "User-Agent": "x/1",
            "Content-Type": "application/json",
        },
    )
    scrubbed = scrubber.request(request)
    assert scrubbed.uri == (
        "https://RESOURCE.openai.azure.com/openai/deployments/gpt-4o-mini/chat/completions?api-version=1&api-key=REDACTED"
    )
    assert dict(scrubbed.headers) == {
        "authorization": "Bearer REDACTED",
        "api-key": "REDACTED",
        "openai-organization": "org-REDACTED",
        "openai-project": "proj_REDACTED",
        "cookie": "REDACTED",
        "content-type": "application/json",
    }
    assert json.loads(scrubbed.body)["data_sources"][0]["parameters"]["authentication"]["key"] == "REDACTED"
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {
            "Date": ["Tue"],
            "Set-Cookie": ["__cf=1"],
            "x-request-id": ["req_9"],
            "Content-Type": ["text/plain"],
        },
        "body": {"string": f"see https://contoso.openai.azure.com and http://127.0.0.1:5123/v1 {LIVE_KEY}".encode()},
    }
    out = scrubber.response(copy.deepcopy(response))
    assert out["headers"] == {
        "set-cookie": ["REDACTED"],
        "x-request-id": ["req_cassette"],
        "content-type": ["text/plain"],
    }
    assert out["body"]["string"] == b"see https://RESOURCE.openai.azure.com and http://local-server.test/v1 REDACTED"


def multipart(boundary: str, prompt: str = "otter") -> Request:
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="prompt"\r\n\r\n{prompt}\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="image"; filename="a.png"\r\n'
        f"Content-Type: image/png\r\n\r\n\x89PNG\r\n--{boundary}--\r\n"
    ).encode("latin-1")
    return Request(
        "POST", "http://x/v1/images/edits", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    )


def test_multipart_bodies_match_whatever_the_boundary() -> None:
    testing.match_body(multipart("aaa111"), multipart("bbb222"))
    with pytest.raises(AssertionError, match="multipart parts differ in \\['prompt'\\]"):
        testing.match_body(multipart("aaa111"), multipart("bbb222", prompt="cat"))
    scrubbed = testing.CassetteScrubber().request(multipart("aaa111"))
    assert b"--cassette-boundary--" in scrubbed.body
    assert scrubbed.headers["content-type"] == "multipart/form-data; boundary=cassette-boundary"


def test_json_bodies_match_as_values() -> None:
    a = Request("POST", "http://x/v1/e", b'{"a": 1, "b": [1, 2]}', {"Content-Type": "application/json"})
    b = Request("POST", "http://x/v1/e", b'{"b":[1,2],"a":1}', {"Content-Type": "application/json"})
    c = Request("POST", "http://x/v1/e", b'{"b":[2,1],"a":1}', {"Content-Type": "application/json"})
    testing.match_body(a, b)
    with pytest.raises(AssertionError, match="JSON bodies differ"):
        testing.match_body(a, c)


def test_the_serializer_round_trips_text_and_binary_bodies() -> None:
    data: dict[str, Any] = {
        "interactions": [{"response": {"body": {"string": "data: {}\n\ndata: [DONE]\n\n"}}}, {"b": b"\x89PNG\x00"}],
        "version": 1,
    }
    text = testing.serializer.serialize(data)
    assert "string: |" in text
    assert testing.serializer.deserialize(text) == data


# -- contract ----------------------------------------------------------------------------------------


def test_all_cassettes_pass_the_contract_check() -> None:
    """Against the specs specs/config.toml names: a breaking spec change fails `make test` here."""
    assert cassette_contract_failure() is None


def test_the_contract_cli_agrees() -> None:
    specs = [arg for spec in CONTRACT_SPECS for arg in ("--spec", spec)]
    result = subprocess.run(
        [sys.executable, "-m", "generator", "contract", str(CASSETTES), *specs, *CONTRACT_ARGS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith(f"in {len(ALL_CASSETTES)} cassette(s): 0 violation(s)")


CREATED_INTEGER = """        created:
          type: integer
          format: unixtime
          description: The Unix timestamp (in seconds) when the model was created."""


def test_a_config_pointing_at_a_cassette_breaking_spec_fails_naming_cassettes_and_change(tmp_path: Path) -> None:
    """`Model.created` becomes a string in a new spec version; the config is pointed at it."""
    text = OPENAI_SPEC.read_text(encoding="utf-8")
    assert text.count(CREATED_INTEGER) == 1
    changed = tmp_path / "openapi-next.yaml"
    changed.write_text(text.replace(CREATED_INTEGER, CREATED_INTEGER.replace("integer", "string")), encoding="utf-8")
    current = load_config(CONFIG)
    config = tmp_path / "config.toml"
    entries = [f'[[specs]]\nfile = "{changed}"\n'] + [
        f'[[specs]]\nfile = "{entry.path}"\nnamespace = "{entry.namespace}"\n' for entry in current.specs[1:]
    ]
    overlays = ", ".join(f'"{o}"' for o in current.overlays)
    config.write_text(f"overlays = [{overlays}]\n\n" + "\n".join(entries), encoding="utf-8")

    message = cassette_contract_failure(config)

    assert message is not None
    lines = message.splitlines()
    assert lines[0].startswith(f"2 recorded cassette(s) no longer fit the specs {config} names ({changed}, ")
    assert "  tests/cassettes/models/test_retrieve_model.yaml:" in lines
    assert "  tests/cassettes/models/test_retrieve_model_async.yaml:" in lines
    assert "    #0 GET /v1/models/gpt-4o-mini: response.body $.created: 1686935002 is not of type 'string'" in lines
    assert "make record" in lines[-1]


def test_a_recorded_cassette_edited_to_drift_is_caught(tmp_path: Path) -> None:
    """The real recorded chat answer, as a newer server might send it: `created` a string, `choices` renamed."""
    recorded = yaml.safe_load((CASSETTES / "chat" / "test_openai_chat.yaml").read_text(encoding="utf-8"))
    answer = json.loads(recorded["interactions"][0]["response"]["body"]["string"])
    answer["created"] = "2024-01-01T00:00:00Z"
    answer["outputs"] = answer.pop("choices")
    recorded["interactions"][0]["response"]["body"]["string"] = json.dumps(answer)
    (tmp_path / "drifted.yaml").write_text(yaml.safe_dump(recorded), encoding="utf-8")
    specs = [load_api(OPENAI_SPEC, overlays=[ROOT / o for o in OVERLAYS]), load_api(AZURE_SPEC)]
    seen, violations = ContractChecker(specs).check_paths(tmp_path)
    assert seen == 1
    assert sorted((v.where, v.path, v.message) for v in violations) == [
        ("response.body", "$", "'choices' is a required property"),
        ("response.body", "$.created", "'2024-01-01T00:00:00Z' is not of type 'integer'"),
    ]


# -- missing and stale cassettes ---------------------------------------------------------------------


def test_missing_and_stale_cassettes_say_how_to_re_record(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(
        textwrap.dedent(
            f"""
            import pytest
            from tests.client.conftest import *  # noqa: F403
            from tests.client.conftest import _every_interaction_is_played  # noqa: F401

            @pytest.fixture(scope="module")
            def vcr_cassette_dir():
                return {str(tmp_path / "cassettes")!r}
            """
        ),
        encoding="utf-8",
    )
    (tmp_path / "test_demo.py").write_text(
        textwrap.dedent(
            """
            import pytest
            pytestmark = pytest.mark.vcr

            def test_missing(openai):
                openai.models.list()

            def test_stale(openai):
                pass
            """
        ),
        encoding="utf-8",
    )
    source = (CASSETTES / "models" / "test_list_models.yaml").read_text(encoding="utf-8")
    (tmp_path / "cassettes").mkdir()
    (tmp_path / "cassettes" / "test_stale.yaml").write_text(source, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(tmp_path), str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    out = result.stdout
    assert result.returncode == 1, out
    assert "2 failed" in out or ("1 failed" in out and "1 error" in out), out
    assert "how to re-record" in out
    assert "never requested: ['GET /v1/models']" in out
    assert out.count("make record") >= 2
