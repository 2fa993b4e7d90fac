# generated from the Golden Pets spec by the openai-connector generator; do not edit
from typing import Annotated, Literal, TypeAlias

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .pet_adopted import PetAdopted


class PetLostWebhookEventData(BaseModel):
    pet_id: str | None = None

    last_seen: str | None = None


class PetLostWebhookEvent(BaseModel):
    id: str = Field(default_factory=_missing)

    type: Literal["pet.lost"] = Field(default_factory=_missing)

    data: PetLostWebhookEventData = Field(default_factory=_missing)


UnwrapWebhookEvent: TypeAlias = Open[
    Annotated[
        Annotated[PetAdopted, Tag("pet.adopted")] | Annotated[PetLostWebhookEvent, Tag("pet.lost")],
        Discriminator(tag_of("type")),
    ]
]
"""An event the API sends to a webhook endpoint (the spec's `webhooks`), told apart by its type.

An event of a type this client does not know yet is kept as its decoded JSON.
"""
