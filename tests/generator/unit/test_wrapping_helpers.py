"""generator/render/wrapping_helpers.py: a helper written with the signature of the generated method it wraps."""

from __future__ import annotations

import pytest

from generator.render import PackageRenderer, environment
from generator.runtime_source import ResourceHelpers, WrappingHelper, resource_helpers

from .test_render import _renderer


def _helper(**changes: object) -> WrappingHelper:
    fields: dict[str, object] = {
        "name": "retrieve_and_wait",
        "wraps": "retrieve",
        "implementation": "_retrieve_and_wait",
        "dropped": (),
        "own": ("wait: float = 1.0",),
        "positional": "",
        "returns": "",
        "form": "",
        "doc": "Retrieve the pet, then wait.",
    }
    return WrappingHelper(**{**fields, **changes})  # type: ignore[arg-type]


def _pets(*helpers: WrappingHelper) -> str:
    index = {"pets": ResourceHelpers("helpers.pets", "PetsHelpers", "AsyncPetsHelpers", helpers)}
    renderer = PackageRenderer(_renderer().layout, environment(), "generated for a test", "", index)
    return renderer.resource_files()["resources/pets.py"]


def test_the_helper_takes_the_wrapped_parameters_then_its_own_and_passes_each_by_keyword() -> None:
    text = _pets(_helper())
    head = (
        "    def retrieve_and_wait(\n        self,\n        pet_id: str,\n        *,\n"
        "        query_timeout: int | NotGiven = NOT_GIVEN,\n        wait: float = 1.0,\n"
        "        extra_headers: Headers | None = None,\n"
    )
    assert head in text
    assert "    async " + head.lstrip() in text
    assert ") -> Pet:\n" in text.split("def retrieve_and_wait(")[1]
    call = (
        "self._retrieve_and_wait(\n            pet_id=pet_id,\n            query_timeout=query_timeout,\n"
        "            wait=wait,\n            extra_headers=extra_headers,\n"
    )
    assert f"        return {call}" in text and f"        return await {call}" in text
    assert '"""Retrieve the pet, then wait.' in text


def test_a_helper_replaces_a_parameter_in_place_drops_others_and_takes_what_it_says_by_position() -> None:
    own = ("query_timeout: float = 2.0", "wait: float = 1.0")
    text = _pets(_helper(own=own, positional="*"))
    assert "        *,\n        pet_id: str,\n        query_timeout: float = 2.0,\n        wait: float = 1.0,\n" in text
    dropped = _pets(_helper(dropped=("query_timeout",), returns="Sequence[{Async}Pet]"))
    assert "query_timeout" not in dropped.split("def retrieve_and_wait(")[1].split('"""')[0]
    assert ") -> Sequence[Pet]:" in dropped and ") -> Sequence[AsyncPet]:" in dropped


def test_a_plain_helper_is_a_plain_method_in_the_async_class_too() -> None:
    text = _pets(_helper(form="def", returns="{Async}PetStream"))
    assert "    async def retrieve_and_wait(" not in text
    assert ") -> AsyncPetStream:\n" in text and ") -> PetStream:\n" in text
    assert "return await self._retrieve_and_wait(" not in text


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"dropped": ("color",)}, "no parameter color to drop"),
        ({"positional": "color"}, "no parameter color to take by position"),
        ({"name": "retrieve"}, "the name of a generated method"),
        ({"form": "lambda"}, "unknown form"),
    ],
)
def test_a_helper_the_wrapped_method_cannot_serve_is_refused(changes: dict[str, object], message: str) -> None:
    with pytest.raises(RuntimeError, match=message):
        _pets(_helper(**changes))


def test_a_helper_whose_method_this_tree_lacks_is_left_out() -> None:
    assert "retrieve_and_wait" not in _pets(_helper(wraps="list"))


def test_the_runtime_index_has_an_implementation_for_every_wrapping_helper() -> None:
    import importlib

    for path, helpers in resource_helpers().items():
        module = importlib.import_module(f"openai_connector.lib.{helpers.module}")
        for wrapper in helpers.wrappers:
            for mixin in (helpers.sync_class, helpers.async_class):
                assert callable(getattr(getattr(module, mixin), wrapper.implementation, None)), (
                    f"{path}.{wrapper.name}: no {mixin}.{wrapper.implementation}"
                )
