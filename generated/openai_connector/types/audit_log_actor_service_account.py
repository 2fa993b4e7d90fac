# generated from the OpenAI API spec by the openai-connector generator; do not edit


from ..lib._models import BaseModel


class AuditLogActorServiceAccount(BaseModel):
    """The service account that performed the audit logged action."""

    id: str | None = None
    """The service account id."""
