# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .admin_api_key import AdminApiKey


class ApiKeyList(BaseModel):
    object: Literal["list"] = Field(default_factory=_missing)

    data: list[AdminApiKey] = Field(default_factory=_missing)

    has_more: bool = Field(default_factory=_missing)

    first_id: str | None = None

    last_id: str | None = None
