# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .project_user import ProjectUser


class ProjectUserListResponse(BaseModel):
    object: str = Field(default_factory=_missing)

    data: list[ProjectUser] = Field(default_factory=_missing)

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool = Field(default_factory=_missing)
