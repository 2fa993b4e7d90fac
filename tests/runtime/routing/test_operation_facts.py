"""The executable contract: the runtime acts on `Operation`'s facts and lists no spec path itself."""

from __future__ import annotations

import ast
import functools
import warnings
from pathlib import Path

import openai_connector.lib
import pytest
from openai_connector import Client
from openai_connector.azure.resources import chat as azure_chat
from openai_connector.lib import AuthenticationError, Operation, PermissionDeniedError
from openai_connector.lib._notices import warn_deprecated
from openai_connector.resources import admin, audio, chat, files, images, models, responses

from generator.config import load_config
from tests._specs import CONFIG, spec
from tests.support import clients
from tests.support.clients import FAKE_OPENAI_KEY
from tests.support.loopback import LoopbackServer, Reply

RUNTIME = Path(openai_connector.lib.__file__).parent
FACTS = ("deployment_scoped", "version_param", "stream_done", "upload_formats")


@functools.cache
def _spec_paths() -> frozenset[str]:
    """Every path of the configured specs, without a `?query` written into the key."""
    paths = set()
    for entry in load_config(CONFIG).specs:
        for path in spec(entry.path.resolve()).document.get("paths") or {}:
            paths.add(path.partition("?")[0])
    return frozenset(paths)


def spec_paths_in(source: str, paths: frozenset[str]) -> list[str]:
    """The string literals of `source` (f-string parts included) that are paths of the specs."""
    literals = (
        n.value for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    )
    return sorted({text for text in literals if text.startswith("/") and text in paths})


def test_the_runtime_lists_no_spec_path() -> None:
    paths = _spec_paths()
    found = {
        str(module.relative_to(RUNTIME)): hits
        for module in sorted(RUNTIME.rglob("*.py"))
        if (hits := spec_paths_in(module.read_text(encoding="utf-8"), paths))
    }
    assert found == {}


def test_the_scan_finds_a_spec_path_written_in_the_runtime() -> None:
    paths = _spec_paths()
    source = 'DEPLOYMENT_PATHS = frozenset({"/chat/completions"})\nurl = f"/deployments/{{d}}/embeddings"\n'
    assert spec_paths_in(source, paths) == ["/chat/completions"]
    assert spec_paths_in('x = "/audio/transcriptions"', paths) == ["/audio/transcriptions"]
    assert spec_paths_in('x = "/v1"\ny = "/openai"', paths) == []


@pytest.mark.parametrize(
    ("hand_built", "generated"),
    [
        (clients.CHAT, chat._CREATE_CHAT_COMPLETION),
        (clients.LIST_FILES, files._LIST_FILES),
        (clients.GET_MODEL, models._RETRIEVE_MODEL),
        (clients.SPEECH, audio._CREATE_SPEECH),
        (clients.TRANSCRIBE, audio._CREATE_TRANSCRIPTION),
        (clients.IMAGE_EDIT, images._CREATE_IMAGE_EDIT),
        (clients.RESPONSES, responses._CREATE_RESPONSE),
        (clients.AZURE_CHAT, azure_chat._CHAT_COMPLETIONS_CREATE),
    ],
)
def test_the_runtime_tests_operations_have_the_generated_facts(hand_built: Operation, generated: Operation) -> None:
    assert {f: getattr(hand_built, f) for f in FACTS} == {f: getattr(generated, f) for f in FACTS}


def test_the_generated_operations_carry_the_derived_facts() -> None:
    create_chat = chat._CREATE_CHAT_COMPLETION
    assert (create_chat.deployment_scoped, create_chat.stream_done, create_chat.security) == (True, True, ("api_key",))
    assert not audio._CREATE_SPEECH.deployment_scoped  # Azure's classic spec has no speech per deployment
    assert files._LIST_FILES.pagination == {
        "cursor_param": "after",
        "has_more": "has_more",
        "next_cursor": "last_id",
        "page": "cursor",
    }
    roles = admin._LIST_ROLES.pagination  # a `next` cursor: openai-python's next-cursor page
    assert (roles["next_cursor"], roles["page"]) == ("next", "next")
    assert "wav" in audio._CREATE_TRANSCRIPTION.upload_formats["file"]
    assert azure_chat._CHAT_COMPLETIONS_CREATE.security == ("entra_token", "azure_api_key")
    admin_ops = [v for v in vars(admin).values() if isinstance(v, Operation)]
    assert admin_ops and all(op.security == ("admin_key",) for op in admin_ops)


def test_a_deprecated_operation_warns_once_per_call_at_the_callers_line(server: LoopbackServer) -> None:
    server.script(Reply(body={"object": "list", "data": []}))
    deprecated = Operation("openai", "listThings", "GET", "/things", deprecated=True)
    with Client(FAKE_OPENAI_KEY, base_url=f"{server.url}/v1") as client, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client.call(deprecated, cast_to=object)
    assert [(w.category, Path(w.filename).name) for w in caught] == [(DeprecationWarning, Path(__file__).name)]
    assert "listThings (GET /things) is deprecated" in str(caught[0].message)


async def test_an_async_call_of_a_deprecated_operation_warns_too(server: LoopbackServer) -> None:
    from openai_connector import AsyncClient

    server.script(Reply(body={}))
    deprecated = Operation("openai", "listThings", "GET", "/things", deprecated=True)
    async with AsyncClient(FAKE_OPENAI_KEY, base_url=f"{server.url}/v1") as client:
        with pytest.warns(DeprecationWarning, match="listThings") as caught:
            await client.call(deprecated, cast_to=object)
    assert [Path(w.filename).name for w in caught] == [Path(__file__).name]


def test_an_operation_that_is_not_deprecated_does_not_warn(server: LoopbackServer) -> None:
    server.script(Reply(body={}))
    with Client(FAKE_OPENAI_KEY, base_url=f"{server.url}/v1") as client:
        client.call(clients.LIST_FILES, cast_to=object)  # warnings are errors in this suite


def test_warn_deprecated_names_the_operation() -> None:
    with pytest.warns(DeprecationWarning, match=r"createAssistant \(POST /assistants\) is deprecated"):
        warn_deprecated(Operation("openai", "createAssistant", "POST", "/assistants", deprecated=True))


@pytest.mark.parametrize(("status", "error"), [(401, AuthenticationError), (403, PermissionDeniedError)])
def test_a_refused_admin_operation_says_it_needs_an_admin_key(
    server: LoopbackServer, status: int, error: type[Exception]
) -> None:
    server.script(Reply(status=status, body={"error": {"message": "no"}}))
    admin_only = Operation("openai", "listProjects", "GET", "/things", security=("admin_key",))
    refused = Client(admin_api_key="a-project-key", base_url=f"{server.url}/v1", max_retries=0)
    with refused as client, pytest.raises(error) as info:
        client.call(admin_only, cast_to=object)
    assert "listProjects needs an organization admin API key" in str(info.value)


def test_a_refused_ordinary_operation_says_nothing_of_admin_keys(server: LoopbackServer) -> None:
    server.script(Reply(status=401, body={"error": {"message": "no"}}))
    with Client(FAKE_OPENAI_KEY, base_url=f"{server.url}/v1", max_retries=0) as client:
        with pytest.raises(AuthenticationError) as info:
            client.call(clients.LIST_FILES, cast_to=object)
    assert "admin" not in str(info.value)
