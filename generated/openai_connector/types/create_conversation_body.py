# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .input_item import InputItem, InputItemParam
from .metadata import Metadata


class CreateConversationBody(BaseModel):
    metadata: Metadata | None = None

    items: list[InputItem] | None = None


class CreateConversationBodyParam(TypedDict, total=False):
    metadata: Metadata | None

    items: Sequence[InputItemParam] | None
