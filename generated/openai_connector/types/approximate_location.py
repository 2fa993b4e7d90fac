# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ApproximateLocation(BaseModel):
    type: Literal["approximate"] = Field(default_factory=_missing)
    """The type of location approximation. Always `approximate`."""

    country: str | None = None
    """The two-letter [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user, e.g. `US`."""

    region: str | None = None
    """Free text input for the region of the user, e.g. `California`."""

    city: str | None = None
    """Free text input for the city of the user, e.g. `San Francisco`."""

    timezone: str | None = None
    """The [IANA timezone](https://timeapi.io/documentation/iana-timezones) of the user, e.g. `America/Los_Angeles`."""


class ApproximateLocationParam(TypedDict, total=False):
    type: Required[Literal["approximate"]]
    """The type of location approximation. Always `approximate`."""

    country: str | None
    """The two-letter [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user, e.g. `US`."""

    region: str | None
    """Free text input for the region of the user, e.g. `California`."""

    city: str | None
    """Free text input for the city of the user, e.g. `San Francisco`."""

    timezone: str | None
    """The [IANA timezone](https://timeapi.io/documentation/iana-timezones) of the user, e.g. `America/Los_Angeles`."""
