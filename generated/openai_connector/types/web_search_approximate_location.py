# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, TypeAlias

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class WebSearchApproximateLocationWebSearchApproximateLocation(BaseModel):
    """The approximate location of the user."""

    type: Literal["approximate"] | None = None
    """The type of location approximation. Always `approximate`."""

    country: str | None = None

    region: str | None = None

    city: str | None = None

    timezone: str | None = None


WebSearchApproximateLocation: TypeAlias = WebSearchApproximateLocationWebSearchApproximateLocation | None


class WebSearchApproximateLocationWebSearchApproximateLocationParam(TypedDict, total=False):
    """The approximate location of the user."""

    type: Literal["approximate"]
    """The type of location approximation. Always `approximate`."""

    country: str | None

    region: str | None

    city: str | None

    timezone: str | None


WebSearchApproximateLocationParam: TypeAlias = WebSearchApproximateLocationWebSearchApproximateLocationParam | None
