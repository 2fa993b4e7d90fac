# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from ..lib._models import BaseModel, Open
from .audit_log_actor_api_key import AuditLogActorApiKey
from .audit_log_actor_session import AuditLogActorSession


class AuditLogActor(BaseModel):
    """The actor who performed the audit logged action."""

    type: 'Open[Literal["session", "api_key"]] | None' = None
    """The type of actor. Is either `session` or `api_key`."""

    session: AuditLogActorSession | None = None
    """The session in which the audit logged action was performed."""

    api_key: AuditLogActorApiKey | None = None
    """The API Key used to perform the audit logged action."""
