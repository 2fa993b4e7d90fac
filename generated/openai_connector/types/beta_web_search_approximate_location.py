# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class BetaWebSearchApproximateLocationSchema(BaseModel):
    """The approximate location of the user."""

    type: Literal["approximate"] | None = None
    """The type of location approximation. Always `approximate`."""

    country: str | None = None
    """The two-letter [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user, e.g. `US`."""

    region: str | None = None
    """Free text input for the region of the user, e.g. `California`."""

    city: str | None = None
    """Free text input for the city of the user, e.g. `San Francisco`."""

    timezone: str | None = None
    """The [IANA timezone](https://timeapi.io/documentation/iana-timezones) of the user, e.g. `America/Los_Angeles`."""


BetaWebSearchApproximateLocation: TypeAlias = BetaWebSearchApproximateLocationSchema | None
"""The approximate location of the user."""


class BetaWebSearchApproximateLocationSchemaParam(TypedDict, total=False):
    """The approximate location of the user."""

    type: Literal["approximate"]
    """The type of location approximation. Always `approximate`."""

    country: str | None
    """The two-letter [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user, e.g. `US`."""

    region: str | None
    """Free text input for the region of the user, e.g. `California`."""

    city: str | None
    """Free text input for the city of the user, e.g. `San Francisco`."""

    timezone: str | None
    """The [IANA timezone](https://timeapi.io/documentation/iana-timezones) of the user, e.g. `America/Los_Angeles`."""


BetaWebSearchApproximateLocationParam: TypeAlias = BetaWebSearchApproximateLocationSchemaParam | None
"""The approximate location of the user."""
