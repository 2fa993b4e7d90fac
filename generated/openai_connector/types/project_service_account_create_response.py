# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .project_service_account_api_key import ProjectServiceAccountApiKey


class ProjectServiceAccountCreateResponse(BaseModel):
    object: Literal["organization.project.service_account"] = Field(default_factory=_missing)

    id: str = Field(default_factory=_missing)

    name: str = Field(default_factory=_missing)

    role: Open[Literal["member", "none"]] = Field(default_factory=_missing)
    """Service accounts created with default project membership have role `member`. Accounts created with `create_service_account_only` have role `none`."""

    created_at: int = Field(default_factory=_missing)

    api_key: ProjectServiceAccountApiKey | None = None
