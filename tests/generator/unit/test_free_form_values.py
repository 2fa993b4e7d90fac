"""A free-form value of an answer is typed `object`, as openai-python types it (a parameter's stays `Any`)."""

from __future__ import annotations

from generator.annotations import Annotator
from generator.parser.kinds import AnyKind, MapKind, Nullable

from ._spec import laid_out


def test_an_answer_s_free_form_value_is_object_and_a_parameter_s_is_any() -> None:
    annotator = Annotator(laid_out({}, {}))
    assert annotator.render(AnyKind(), "model") == "builtins.object"  # a field may be named `object`
    assert annotator.render(MapKind(AnyKind()), "model") == "dict[str, builtins.object]"
    assert annotator.render(Nullable(AnyKind()), "model") == "builtins.object"  # None is an object already
    assert annotator.render(AnyKind(), "param") == "Any"
