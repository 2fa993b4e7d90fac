# generated from the OpenAI API spec by the openai-connector generator; do not edit


from ..lib._models import BaseModel
from .audit_log_actor_user import AuditLogActorUser


class AuditLogActorSession(BaseModel):
    """The session in which the audit logged action was performed."""

    user: AuditLogActorUser | None = None
    """The user who performed the audit logged action."""

    ip_address: str | None = None
    """The IP address from which the action was performed."""
