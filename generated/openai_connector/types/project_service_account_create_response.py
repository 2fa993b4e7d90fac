# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel, Open
from .project_service_account_api_key import ProjectServiceAccountApiKey


class ProjectServiceAccountCreateResponse(BaseModel):
    object: Literal["organization.project.service_account"]

    id: str

    name: str

    role: Open[Literal["member", "none"]]
    """Service accounts created with default project membership have role `member`. Accounts created with `create_service_account_only` have role `none`."""

    created_at: int

    api_key: ProjectServiceAccountApiKey | None = None
