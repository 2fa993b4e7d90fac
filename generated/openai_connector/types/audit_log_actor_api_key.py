# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from ..lib._models import BaseModel, Open
from .audit_log_actor_service_account import AuditLogActorServiceAccount
from .audit_log_actor_user import AuditLogActorUser


class AuditLogActorApiKey(BaseModel):
    """The API Key used to perform the audit logged action."""

    id: str | None = None
    """The tracking id of the API key."""

    type: 'Open[Literal["user", "service_account"]] | None' = None
    """The type of API key. Can be either `user` or `service_account`."""

    user: AuditLogActorUser | None = None
    """The user who performed the audit logged action."""

    service_account: AuditLogActorServiceAccount | None = None
    """The service account that performed the audit logged action."""
