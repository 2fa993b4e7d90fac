# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ApproximateLocation(BaseModel):
    type: Literal["approximate"] = Field(default_factory=_missing)
    """The type of location approximation. Always `approximate`."""

    country: str | None = None

    region: str | None = None

    city: str | None = None

    timezone: str | None = None


class ApproximateLocationParam(TypedDict, total=False):
    type: Required[Literal["approximate"]]
    """The type of location approximation. Always `approximate`."""

    country: str | None

    region: str | None

    city: str | None

    timezone: str | None
