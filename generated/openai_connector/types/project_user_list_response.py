# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel
from .project_user import ProjectUser


class ProjectUserListResponse(BaseModel):
    object: str

    data: list[ProjectUser]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
