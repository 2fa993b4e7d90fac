# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class UsageCodeInterpreterSessionsResult(BaseModel):
    """The aggregated code interpreter sessions usage details of the specific time bucket."""

    object: Literal["organization.usage.code_interpreter_sessions.result"] = Field(default_factory=_missing)

    num_sessions: int = Field(default_factory=_missing)
    """The number of code interpreter sessions."""

    project_id: str | None = None
    """When `group_by=project_id`, this field provides the project ID of the grouped usage result."""
