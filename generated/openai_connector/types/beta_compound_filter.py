# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .beta_comparison_filter import BetaComparisonFilter, BetaComparisonFilterParam


class BetaCompoundFilter(BaseModel):
    """Combine multiple filters using `and` or `or`."""

    type: Open[Literal["and", "or"]] = Field(default_factory=_missing)
    """Type of operation: `and` or `or`."""

    filters: 'list[Open[Annotated[Annotated[BetaComparisonFilter, Tag("eq")] | Annotated[BetaCompoundFilter, Tag("and")], Discriminator(tag_of("type", {"ne": "eq", "gt": "eq", "gte": "eq", "lt": "eq", "lte": "eq", "in": "eq", "nin": "eq", "or": "and"}))]]]' = Field(
        default_factory=_missing
    )
    """Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`."""


class BetaCompoundFilterParam(TypedDict, total=False):
    """Combine multiple filters using `and` or `or`."""

    type: Required[Literal["and", "or"]]
    """Type of operation: `and` or `or`."""

    filters: "Required[Sequence[BetaComparisonFilterParam | BetaCompoundFilterParam]]"
    """Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`."""
