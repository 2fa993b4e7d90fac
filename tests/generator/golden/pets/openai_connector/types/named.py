# generated from the Golden Pets spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel


class Named(BaseModel):
    name: str | None = None

    from_: str | None = Field(default=None, alias="from")
    """A keyword as a property name."""
