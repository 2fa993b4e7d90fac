# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ContainerNetworkPolicyDisabled(BaseModel):
    type: Literal["disabled"] = Field(default_factory=_missing)
    """Disable outbound network access. Always `disabled`."""


class ContainerNetworkPolicyDisabledParam(TypedDict, total=False):
    type: Required[Literal["disabled"]]
    """Disable outbound network access. Always `disabled`."""
