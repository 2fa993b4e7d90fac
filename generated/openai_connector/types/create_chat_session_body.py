# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .chatkit_configuration_param import ChatkitConfiguration, ChatkitConfigurationParam
from .expires_after_param import ExpiresAfter, ExpiresAfterParam
from .rate_limits_param import RateLimits, RateLimitsParam
from .workflow_param import Workflow, WorkflowParam


class CreateChatSessionBody(BaseModel):
    """Parameters for provisioning a new ChatKit session."""

    workflow: Workflow = Field(default_factory=_missing)
    """Workflow that powers the session."""

    user: str = Field(default_factory=_missing)
    """A free-form string that identifies your end user; ensures this Session can access other objects that have the same `user` scope."""

    expires_after: ExpiresAfter | None = None
    """Optional override for session expiration timing in seconds from creation. Defaults to 10 minutes."""

    rate_limits: RateLimits | None = None
    """Optional override for per-minute request limits. When omitted, defaults to 10."""

    chatkit_configuration: ChatkitConfiguration | None = None
    """Optional overrides for ChatKit runtime configuration features"""


class CreateChatSessionBodyParam(TypedDict, total=False):
    """Parameters for provisioning a new ChatKit session."""

    workflow: Required[WorkflowParam]
    """Workflow that powers the session."""

    user: Required[str]
    """A free-form string that identifies your end user; ensures this Session can access other objects that have the same `user` scope."""

    expires_after: ExpiresAfterParam
    """Optional override for session expiration timing in seconds from creation. Defaults to 10 minutes."""

    rate_limits: RateLimitsParam
    """Optional override for per-minute request limits. When omitted, defaults to 10."""

    chatkit_configuration: ChatkitConfigurationParam
    """Optional overrides for ChatKit runtime configuration features"""
