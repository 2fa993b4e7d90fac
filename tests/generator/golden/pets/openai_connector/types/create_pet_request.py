# generated from the Golden Pets spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .pet_kind import PetKind
from .tag import TagSchema, TagSchemaParam


class CreatePetRequestCustomDiet(BaseModel):
    """Custom diet"""

    kcal: float | None = None


class CreatePetRequest(BaseModel):
    name: str | None = None

    from_: str | None = Field(default=None, alias="from")
    """A keyword as a property name."""

    kind: PetKind = Field(default_factory=_missing)
    """The kind of a pet (documents every property that refers here)."""

    tags: list[TagSchema] | None = None

    nickname: str | None = None
    """What the pet answers to (documented on the non-null variant, as 3.1 specs do)."""

    stream: bool | None = None

    diet: (
        Open[
            Annotated[
                Annotated[str, Tag("<str>")] | Annotated[CreatePetRequestCustomDiet, Tag("<dict>")],
                Discriminator(tag_of(None)),
            ]
        ]
        | None
    ) = None


class CreatePetRequestCustomDietParam(TypedDict, total=False):
    """Custom diet"""

    kcal: float


CreatePetRequestParam = TypedDict(
    "CreatePetRequestParam",
    {
        "name": str,
        "from": str,
        "kind": Required[PetKind],
        "tags": Sequence[TagSchemaParam],
        "nickname": str | None,
        "stream": bool | None,
        "diet": str | CreatePetRequestCustomDietParam,
    },
    total=False,
)
