# generated from the Golden Pets spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class TagSchema(BaseModel):
    """A tag, which may hold child tags (recursion)."""

    label: str = Field(default_factory=_missing)

    children: "list[TagSchema] | None" = None


class TagSchemaParam(TypedDict, total=False):
    """A tag, which may hold child tags (recursion)."""

    label: Required[str]

    children: "Sequence[TagSchemaParam]"
