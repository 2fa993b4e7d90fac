"""The tolerant reader of `lib/_models.py`: odd fields kept as sent, at every depth, by name or alias."""

from __future__ import annotations

import json
from typing import Any

import pytest
from openai_connector.lib import BaseModel
from openai_connector.lib._models import missing
from openai_connector.types.chat_completion import ChatCompletion
from pydantic import Field, ValidationError


class Inner(BaseModel):
    count: int = Field(default_factory=missing)
    source: str | None = Field(default=None, alias="from")


class Outer(BaseModel):
    name: str = Field(default_factory=missing)
    inner: Inner | None = None
    items: list[Inner] | None = None


def _both(data: dict[str, Any]) -> list[Outer]:
    """The same answer read from Python and from JSON (the client reads JSON)."""
    return [Outer.model_validate(data), Outer.model_validate_json(json.dumps(data))]


def test_an_answer_that_fits_is_validated_as_usual() -> None:
    for outer in _both({"name": "a", "inner": {"count": "3", "from": "x"}}):
        assert outer.name == "a"
        assert outer.inner is not None and outer.inner.count == 3 and outer.inner.source == "x"


def test_odd_fields_keep_their_values_and_the_rest_is_validated() -> None:
    for outer in _both({"name": 7, "inner": {"count": "many", "from": ["a", "b"]}, "items": [{"count": "2"}]}):
        assert outer.name == 7  # type: ignore[comparison-overlap]
        assert outer.inner is not None
        assert outer.inner.count == "many"  # type: ignore[comparison-overlap]
        assert outer.inner.source == ["a", "b"]  # type: ignore[comparison-overlap]
        assert outer.items is not None and outer.items[0].count == 2
        assert outer.inner.model_fields_set == {"count", "source"}


def test_a_nested_model_in_the_wrong_form_is_kept_whole() -> None:
    for outer in _both({"name": "a", "inner": "not an object", "items": ["x", {"count": 1}]}):
        assert outer.inner == "not an object"  # type: ignore[comparison-overlap]
        assert outer.items == ["x", {"count": 1}]  # type: ignore[comparison-overlap]


def test_unknown_fields_and_missing_required_fields() -> None:
    for outer in _both({"extra": {"deep": True}, "inner": {}}):
        assert outer.name is None
        assert outer.model_extra == {"extra": {"deep": True}}
        assert outer.inner is not None and outer.inner.count is None


def test_an_answer_that_is_not_an_object_is_still_an_error() -> None:
    with pytest.raises(ValidationError):
        Outer.model_validate_json('"just a string"')


def test_a_required_field_without_default_reports_the_original_error() -> None:
    class Strict(BaseModel):
        count: int

    assert Strict.model_validate({"count": "1"}).count == 1
    with pytest.raises(ValidationError) as info:
        Strict.model_validate({"count": "many"})
    assert info.value.errors()[0]["type"] == "int_parsing"


def test_a_generated_answer_with_drifted_values() -> None:
    answer = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": "yesterday",
        "model": "gpt-4o-mini",
        "choices": [
            {"index": 0, "finish_reason": "a-new-reason", "message": {"role": "assistant", "content": 5}},
        ],
    }
    reply = ChatCompletion.model_validate_json(json.dumps(answer))
    assert reply.created == "yesterday"  # type: ignore[comparison-overlap]
    assert reply.model == "gpt-4o-mini"
    assert reply.choices[0].finish_reason == "a-new-reason"  # type: ignore[comparison-overlap]
    assert reply.choices[0].message.content == 5


class Optional_(BaseModel):  # every field optional
    note: str | None = None


def test_none_of_the_fields_is_another_shape_unless_an_empty_object_of_a_model_requiring_none() -> None:
    from openai_connector.lib._models import shaped

    with pytest.raises(ValidationError, match="none of the fields of Outer is present"):
        shaped(Outer)(b"{}")  # Outer requires `name`
    with pytest.raises(ValidationError, match="none of the fields of Outer is present"):
        shaped(Outer)(b'{"error": {"message": "x"}}')
    with pytest.raises(ValidationError, match="none of the fields of Optional_ is present"):
        shaped(Optional_)(b'{"error": {"message": "x"}}')  # other keys only: not this model
    empty = shaped(Optional_)(b"{}")  # valid per its schema: nothing is required
    assert isinstance(empty, Optional_) and empty.model_fields_set == set()
