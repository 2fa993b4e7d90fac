# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class HostedToolPermissionUpdate(BaseModel):
    enabled: bool = Field(default_factory=_missing)
    """Whether to enable the hosted tool for the project."""


class HostedToolPermissionUpdateParam(TypedDict, total=False):
    enabled: Required[bool]
    """Whether to enable the hosted tool for the project."""
