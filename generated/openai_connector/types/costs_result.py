# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class CostsResultAmount(BaseModel):
    """The monetary value in its associated currency."""

    value: float | None = None
    """The numeric value of the cost."""

    currency: str | None = None
    """Lowercase ISO-4217 currency e.g. "usd" """


class CostsResult(BaseModel):
    """The aggregated costs details of the specific time bucket."""

    object: Literal["organization.costs.result"] = Field(default_factory=_missing)

    amount: CostsResultAmount | None = None
    """The monetary value in its associated currency."""

    line_item: str | None = None
    """When `group_by=line_item`, this field provides the line item of the grouped costs result."""

    project_id: str | None = None
    """When `group_by=project_id`, this field provides the project ID of the grouped costs result."""

    api_key_id: str | None = None
    """When `group_by=api_key_id`, this field provides the API Key ID of the grouped costs result."""

    quantity: float | None = None
    """When `group_by=line_item`, this field provides the quantity of the grouped costs result."""

    quantity_unit: (
        Open[
            str
            | Literal[
                "tokens",
                "1000_tokens",
                "duration_seconds",
                "duration_minutes",
                "duration_hours",
                "gibibyte_hours",
                "images",
                "characters",
            ]
        ]
        | None
    ) = None
    """The unit of the `quantity` value. If no single supported unit applies to the result, this field is `null`."""
