"""The helpers that wrap a generated method (`create_and_poll`, `upload_and_poll`, ...) take its parameters,
typed as it types them, as openai-python's do (its test `test_create_and_poll_method_in_sync`): every
parameter of the wrapped method, less those the helper drops or replaces and the request options, is a
parameter of the helper with the same annotation, on the sync client and the async one alike.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from openai_connector import AsyncOpenAI, OpenAI
from openai_connector.lib._helpers_index import WRAPPING_HELPERS

from generator.render.signature import COMMON_ARGUMENTS
from tests.support.clients import FAKE_OPENAI_KEY

CASES = [
    pytest.param(path, helper, id=f"{path}.{helper[0]}")
    for path, helpers in sorted(WRAPPING_HELPERS.items())
    for helper in helpers
]


def _resource(client: object, path: str) -> Any:
    for name in path.split("."):
        client = getattr(client, name)
    return client


def _own_names(helper: tuple[Any, ...]) -> set[str]:
    return {param.split(":", 1)[0].strip() for param in helper[4]}


@pytest.mark.parametrize("client_class", [OpenAI, AsyncOpenAI])
@pytest.mark.parametrize(("path", "helper"), CASES)
def test_a_helper_takes_every_parameter_of_the_method_it_wraps_with_its_annotation(
    client_class: type[OpenAI | AsyncOpenAI], path: str, helper: tuple[Any, ...]
) -> None:
    name, wrapped_name, _, dropped = helper[:4]
    resource = _resource(client_class(api_key=FAKE_OPENAI_KEY, base_url="http://127.0.0.1:9/v1"), path)
    wrapped = inspect.signature(getattr(resource, wrapped_name))
    signature = inspect.signature(getattr(resource, name))
    skipped = {*dropped, *_own_names(helper), *COMMON_ARGUMENTS}
    compared = [p for p in wrapped.parameters.values() if p.name not in skipped]
    assert compared, f"{path}.{wrapped_name} has no parameter to compare"
    for parameter in compared:
        assert parameter.name in signature.parameters, f"{path}.{name} lacks `{parameter.name}` of {wrapped_name}"
        theirs = signature.parameters[parameter.name]
        assert theirs.annotation == parameter.annotation, f"{path}.{name}: `{parameter.name}`"
        assert theirs.default == parameter.default, f"{path}.{name}: `{parameter.name}`"
    for option in COMMON_ARGUMENTS:
        assert signature.parameters[option].annotation == wrapped.parameters[option].annotation
    kinds = {p.kind for p in signature.parameters.values()}
    assert inspect.Parameter.VAR_KEYWORD not in kinds, f"{path}.{name} takes **kwargs: its parameters are unchecked"


@pytest.mark.parametrize(
    ("path", "name", "positional"),
    [
        ("vector_stores.files", "create_and_poll", ["file_id"]),  # openai-python's order, not create's
        ("vector_stores.file_batches", "upload_and_poll", ["vector_store_id"]),
        ("beta.threads.runs", "create_and_poll", []),
        ("beta.threads.runs", "submit_tool_outputs_and_poll", []),
        ("videos", "create_and_poll", []),
    ],
)
def test_a_helper_takes_by_position_what_openai_pythons_does(path: str, name: str, positional: list[str]) -> None:
    resource = _resource(OpenAI(api_key=FAKE_OPENAI_KEY, base_url="http://127.0.0.1:9/v1"), path)
    parameters = inspect.signature(getattr(resource, name)).parameters.values()
    assert [p.name for p in parameters if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD] == positional
