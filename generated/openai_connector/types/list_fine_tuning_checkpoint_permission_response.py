# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .fine_tuning_checkpoint_permission import FineTuningCheckpointPermission


class ListFineTuningCheckpointPermissionResponse(BaseModel):
    data: list[FineTuningCheckpointPermission] = Field(default_factory=_missing)

    object: Literal["list"] = Field(default_factory=_missing)

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool = Field(default_factory=_missing)
