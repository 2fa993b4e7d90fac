# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing


class ComparisonFilter(BaseModel):
    """A filter used to compare a specified attribute key to a given value using a defined comparison operation."""

    type: Open[Literal["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"]] = Field(default_factory=_missing)
    """Specifies the comparison operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`.
    - `eq`: equals
    - `ne`: not equal
    - `gt`: greater than
    - `gte`: greater than or equal
    - `lt`: less than
    - `lte`: less than or equal
    - `in`: in
    - `nin`: not in
    """

    key: str = Field(default_factory=_missing)
    """The key to compare against the value."""

    value: Open[
        Annotated[
            Annotated[str, Tag("<str>")]
            | Annotated[float, Tag("<float>")]
            | Annotated[bool, Tag("<bool>")]
            | Annotated[
                list[
                    Annotated[
                        Annotated[str, Tag("<str>")] | Annotated[float, Tag("<float>")],
                        Discriminator(tag_of(None, {"<int>": "<float>"})),
                    ]
                ],
                Tag("<list>"),
            ],
            Discriminator(tag_of(None, {"<int>": "<float>"})),
        ]
    ] = Field(default_factory=_missing)
    """The value to compare against the attribute key; supports string, number, or boolean types."""


class ComparisonFilterParam(TypedDict, total=False):
    """A filter used to compare a specified attribute key to a given value using a defined comparison operation."""

    type: Required[Literal["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"]]
    """Specifies the comparison operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`.
    - `eq`: equals
    - `ne`: not equal
    - `gt`: greater than
    - `gte`: greater than or equal
    - `lt`: less than
    - `lte`: less than or equal
    - `in`: in
    - `nin`: not in
    """

    key: Required[str]
    """The key to compare against the value."""

    value: Required[str | float | bool | Sequence[str | float]]
    """The value to compare against the attribute key; supports string, number, or boolean types."""
