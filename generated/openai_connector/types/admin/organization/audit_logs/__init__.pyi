# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ....audit_log import AuditLog as AuditLog
from ....audit_log import AuditLog as AuditLogListResponse

__all__ = [
    "AuditLog",
    "AuditLogListResponse",
]
