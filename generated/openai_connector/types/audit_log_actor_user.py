# generated from the OpenAI API spec by the openai-connector generator; do not edit


from ..lib._models import BaseModel


class AuditLogActorUser(BaseModel):
    """The user who performed the audit logged action."""

    id: str | None = None
    """The user id."""

    email: str | None = None
    """The user email."""
