"""The Prism sweep's own judge: what counts as a value out of its class (no Prism needed)."""

from __future__ import annotations

from typing import Annotated, Literal

import pydantic
from openai_connector.lib._models import BaseModel, Open

from tests.mockserver.answer_classes import misplaced


class Shell(BaseModel):
    type: Literal["local_shell"]


class Search(BaseModel):
    type: Open[Literal["web_search", "web_search_2025_08_26"]]


class Answer(BaseModel):
    tools: list[Open[Shell | Search]] = pydantic.Field(default_factory=list)
    choice: Open[Literal["auto", "none"] | Shell] | None = None
    text: str = ""


def test_values_in_their_class_pass() -> None:
    answer = Answer.model_validate({"tools": [{"type": "local_shell"}], "choice": "auto", "text": "hi"})
    assert list(misplaced(answer, Answer)) == []


def test_a_raw_dict_where_models_were_declared_is_found() -> None:
    # The raw dicts a lenient decoding leaves behind, put where models are declared on purpose.
    answer = Answer.model_construct(tools=[{"type": "new_tool"}], choice={"type": "function"})  # type: ignore[list-item, arg-type]
    answer.model_fields_set.update({"tools", "choice"})
    assert list(misplaced(answer, Answer)) == [
        "$.tools[0]: raw dict (type='new_tool') where one of Search, Shell was declared",
        "$.choice: raw dict (type='function') where one of Shell was declared",
    ]


def test_a_model_holding_another_variant_s_tag_is_found() -> None:
    answer = Answer.model_construct(tools=[Search.model_validate({"type": "local_shell"})])
    answer.model_fields_set.add("tools")
    assert list(misplaced(answer, Answer)) == [
        "$.tools[0].type: 'local_shell' is not one of ('web_search', 'web_search_2025_08_26')"
    ]


def test_bytes_read_as_text_are_found() -> None:
    answer = Answer.model_validate({"text": b"\xff\xfe".decode(errors="replace")})
    assert list(misplaced(answer, Answer)) == ["$.text: text with U+FFFD (bytes decoded as text)"]


def test_annotated_unions_are_looked_through() -> None:
    tagged = Annotated[Shell | Search, pydantic.Discriminator(lambda v: "x")]
    assert list(misplaced(Shell(type="local_shell"), tagged)) == []
