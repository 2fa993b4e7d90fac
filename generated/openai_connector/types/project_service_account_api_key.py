# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ProjectServiceAccountApiKey(BaseModel):
    object: Literal["organization.project.service_account.api_key"] = Field(default_factory=_missing)
    """The object type, which is always `organization.project.service_account.api_key`"""

    value: str = Field(default_factory=_missing)

    name: str = Field(default_factory=_missing)

    created_at: int = Field(default_factory=_missing)

    id: str = Field(default_factory=_missing)
