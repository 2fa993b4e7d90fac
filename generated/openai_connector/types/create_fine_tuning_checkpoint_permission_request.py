# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class CreateFineTuningCheckpointPermissionRequest(BaseModel):
    project_ids: list[str] = Field(default_factory=_missing)
    """The project identifiers to grant access to."""


class CreateFineTuningCheckpointPermissionRequestParam(TypedDict, total=False):
    project_ids: Required[Sequence[str]]
    """The project identifiers to grant access to."""
