# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class ProjectModelPermissionsUpdateRequest(BaseModel):
    mode: Open[Literal["allow_list", "deny_list"]] = Field(default_factory=_missing)
    """The model permissions mode to apply."""

    model_ids_: list[str] = Field(default_factory=_missing, alias="model_ids")
    """The model IDs included in this permissions policy."""


class ProjectModelPermissionsUpdateRequestParam(TypedDict, total=False):
    mode: Required[Literal["allow_list", "deny_list"]]
    """The model permissions mode to apply."""

    model_ids: Required[Sequence[str]]
    """The model IDs included in this permissions policy."""
