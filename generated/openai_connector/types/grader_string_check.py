# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class GraderStringCheck(BaseModel):
    """A StringCheckGrader object that performs a string comparison between input and reference using a specified operation."""

    type: Literal["string_check"] = Field(default_factory=_missing)
    """The object type, which is always `string_check`."""

    name: str = Field(default_factory=_missing)
    """The name of the grader."""

    input: str = Field(default_factory=_missing)
    """The input text. This may include template strings."""

    reference: str = Field(default_factory=_missing)
    """The reference text. This may include template strings."""

    operation: Open[Literal["eq", "ne", "like", "ilike"]] = Field(default_factory=_missing)
    """The string check operation to perform. One of `eq`, `ne`, `like`, or `ilike`."""


class GraderStringCheckParam(TypedDict, total=False):
    """A StringCheckGrader object that performs a string comparison between input and reference using a specified operation."""

    type: Required[Literal["string_check"]]
    """The object type, which is always `string_check`."""

    name: Required[str]
    """The name of the grader."""

    input: Required[str]
    """The input text. This may include template strings."""

    reference: Required[str]
    """The reference text. This may include template strings."""

    operation: Required[Literal["eq", "ne", "like", "ilike"]]
    """The string check operation to perform. One of `eq`, `ne`, `like`, or `ilike`."""
