"""Every method of the OpenAI client's resource tree, called against the reference mock server twice:
with only its required arguments and with every argument, each value synthesized from the spec.

A call passes when it succeeds and its answer is what the method is annotated to return, every value
inside in its right class (the Prism sweep's judge). Streams are out of scope (`stream=False`).
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import re
from collections.abc import Iterator
from typing import Any

import pytest
from openai_connector import InvalidRequestError, OpenAI
from openai_connector.lib._response import BinaryResponse

from generator.mockserver import ReferenceServer
from generator.naming import argument_identifier, snake_identifier
from generator.parser.operations import Operation
from generator.spec.api import ApiSpec
from tests._specs import OPENAI_SPEC, OVERLAYS
from tests.mockserver.answer_classes import declared_answer, misplaced
from tests.mockserver.call_arguments import arguments, parsed
from tests.support.clients import FAKE_OPENAI_KEY
from tests.support.resource_tree import children, public_methods, walk

FAKE_ADMIN_KEY = "adminkey-" + "F0" * 12  # not key-shaped: the secrets scan of tracked files stays clean

# Known refusals, each with its operation id: gaps of the server, of the synthesized arguments, of the client.
REFUSED: dict[tuple[str, str], str] = {}
# Calls the client refuses before sending, with the start of its message.
REFUSED_BY_CLIENT: dict[tuple[str, str], str] = {
    ("containers.files.create", "required"): "CreateContainerFile: nothing to send",  # neither file nor file_id
}


def _method_paths() -> list[str]:
    client = OpenAI(api_key=FAKE_OPENAI_KEY, base_url="http://127.0.0.1:9/v1")
    return sorted(
        f"{path}.{method}"
        for name, _ in children(client)
        if not name.startswith("azure")  # Azure's own namespaces, served under an Azure endpoint
        for path, resource in walk(getattr(client, name), name)
        for method in sorted(public_methods(resource))
    )


@functools.cache
def _spec() -> tuple[ApiSpec, dict[str, Operation]]:
    """The OpenAI spec as the generator reads it, and its operations by the method each one is."""
    api, spec = parsed(OPENAI_SPEC, OVERLAYS)
    by_method: dict[str, Operation] = {}
    for op in api.operations:
        if op.api != "openai":
            continue
        path = ".".join([*(snake_identifier(s) for s in op.resource), op.name])
        if path not in by_method or not op.variant:  # the upload form over its JSON twin
            by_method[path] = op
    return spec, by_method


OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")  # per-call options, not the API's arguments
METHODS = _method_paths()
CALLS = [
    pytest.param(
        path,
        every,
        id=f"{path}-{'all' if every else 'required'}",
        marks=[pytest.mark.xfail(strict=True, reason=REFUSED[path, kind])] if (path, kind) in REFUSED else [],
    )
    for path in METHODS
    for every, kind in ((False, "required"), (True, "all"))
]


@pytest.fixture(scope="module")
def client(reference_server: ReferenceServer) -> Iterator[OpenAI]:
    url = f"{reference_server.url}/v1"
    with OpenAI(api_key=FAKE_OPENAI_KEY, admin_api_key=FAKE_ADMIN_KEY, base_url=url, max_retries=0) as opened:
        yield opened


def test_the_walk_finds_the_whole_tree() -> None:
    _, by_method = _spec()
    assert len(METHODS) > 150
    assert "chat.completions.create" in METHODS
    assert "beta.threads.runs.submit_tool_outputs" in METHODS
    unplaced = sorted(set(METHODS) - set(by_method))
    assert unplaced == [], "methods with no OpenAI operation behind them"


@pytest.mark.parametrize(("path", "every"), CALLS)
def test_every_method(client: OpenAI, path: str, every: bool) -> None:
    spec, by_method = _spec()
    op = by_method[path]
    spec_op = next(o for o in spec.operations if o.pointer == op.pointer)
    method: Any = client
    for segment in path.split("."):
        method = getattr(method, segment)
    kwargs = arguments(op, spec_op, spec, method, every=every)
    if every:  # every argument but those a client setting fills
        settings = {p.argument or argument_identifier(p.wire_name) for p in op.parameters if p.client_setting}
        named = set(inspect.signature(method).parameters) - {"stream", *OPTIONS}
        assert named - set(kwargs) <= settings, "arguments the spec gave no value for"
    if "stream" in inspect.signature(method).parameters:
        kwargs["stream"] = False
    refusal = REFUSED_BY_CLIENT.get((path, "all" if every else "required"))
    if refusal is not None:
        with pytest.raises(InvalidRequestError, match=re.escape(refusal)):
            method(**kwargs)
        return
    with pytest.warns(DeprecationWarning) if op.deprecated else contextlib.nullcontext():
        answer = method(**kwargs)
    declared = declared_answer(method)
    written = str(inspect.signature(method).return_annotation)
    if op.response.kind == "binary":
        assert isinstance(answer, BinaryResponse), type(answer)
        return
    answered = type(answer).__name__
    if answered.startswith("Sync") and answered.endswith("Page"):  # a page of the declared items
        assert written.startswith(f"{answered}["), (answered, written)
        assert answer.data, "an empty page proves nothing about its items"
        problems = [p for item in answer.data for p in misplaced(item, declared)]
    else:
        problems = list(misplaced(answer, declared))
        if isinstance(declared, type):
            assert isinstance(answer, declared), (answered, declared)
        elif declared is None:
            assert answer is None, answered
    assert problems == []


def test_path_arguments_are_placed_as_openai_python_places_them() -> None:
    """The path's last argument positional, the ones before it keyword-only and first after `*`, in path order."""
    _, by_method = _spec()
    client = OpenAI(api_key=FAKE_OPENAI_KEY, base_url="http://127.0.0.1:9/v1")
    checked = 0
    for path in METHODS:
        op = by_method[path]
        in_path = sorted(
            (p for p in op.parameters if p.location == "path" and not p.client_setting),
            key=lambda p: op.path.index("{" + p.wire_name + "}"),
        )
        names = [p.argument or argument_identifier(p.wire_name) for p in in_path]
        method: Any = client
        for segment in path.split("."):
            method = getattr(method, segment)
        parameters = list(inspect.signature(method).parameters.values())
        positional = [p.name for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD]
        keywords = [p.name for p in parameters if p.kind is p.KEYWORD_ONLY]
        earlier = names[:-1]
        assert (positional, keywords[: len(earlier)]) == (names[-1:], earlier), path
        checked += len(names) > 1
    assert checked > 50  # methods with two path arguments or more
