# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from .comparison_filter import ComparisonFilter, ComparisonFilterParam


class CompoundFilter(BaseModel):
    """Combine multiple filters using `and` or `or`."""

    type: Open[Literal["and", "or"]]
    """Type of operation: `and` or `or`."""

    filters: list[Open[ComparisonFilter | CompoundFilter]]
    """Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`."""


class CompoundFilterParam(TypedDict, total=False):
    """Combine multiple filters using `and` or `or`."""

    type: Required[Literal["and", "or"]]
    """Type of operation: `and` or `or`."""

    filters: Required[Sequence[ComparisonFilterParam | CompoundFilterParam]]
    """Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`."""
