# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .chatkit_configuration_param import ChatkitConfigurationParam, ChatkitConfigurationParamParam
from .expires_after_param import ExpiresAfterParam, ExpiresAfterParamParam
from .rate_limits_param import RateLimitsParam, RateLimitsParamParam
from .workflow_param import WorkflowParam, WorkflowParamParam


class CreateChatSessionBody(BaseModel):
    """Parameters for provisioning a new ChatKit session."""

    workflow: WorkflowParam = Field(default_factory=_missing)
    """Workflow that powers the session."""

    user: str = Field(default_factory=_missing)
    """A free-form string that identifies your end user; ensures this Session can access other objects that have the same `user` scope."""

    expires_after: ExpiresAfterParam | None = None
    """Optional override for session expiration timing in seconds from creation. Defaults to 10 minutes."""

    rate_limits: RateLimitsParam | None = None
    """Optional override for per-minute request limits. When omitted, defaults to 10."""

    chatkit_configuration: ChatkitConfigurationParam | None = None
    """Optional overrides for ChatKit runtime configuration features"""


class CreateChatSessionBodyParam(TypedDict, total=False):
    """Parameters for provisioning a new ChatKit session."""

    workflow: Required[WorkflowParamParam]
    """Workflow that powers the session."""

    user: Required[str]
    """A free-form string that identifies your end user; ensures this Session can access other objects that have the same `user` scope."""

    expires_after: ExpiresAfterParamParam
    """Optional override for session expiration timing in seconds from creation. Defaults to 10 minutes."""

    rate_limits: RateLimitsParamParam
    """Optional override for per-minute request limits. When omitted, defaults to 10."""

    chatkit_configuration: ChatkitConfigurationParamParam
    """Optional overrides for ChatKit runtime configuration features"""
