# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel
from .message_object import MessageObject


class ListMessagesResponse(BaseModel):
    object: str

    data: list[MessageObject]

    first_id: str

    last_id: str

    has_more: bool
