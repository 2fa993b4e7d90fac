# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Any

from pydantic import Field

from ..lib._models import BaseModel


class RunGraderResponse(BaseModel):
    reward: float

    metadata: RunGraderResponseMetadata

    sub_rewards: dict[str, Any]

    model_grader_token_usage_per_model_: dict[str, Any] = Field(alias="model_grader_token_usage_per_model")


class RunGraderResponseMetadata(BaseModel):
    name: str

    type: str

    errors: RunGraderResponseMetadataErrors

    execution_time: float

    scores: dict[str, Any]

    token_usage: int | None = None

    sampled_model_name: str | None = None


class RunGraderResponseMetadataErrors(BaseModel):
    formula_parse_error: bool

    sample_parse_error: bool

    truncated_observation_error: bool

    unresponsive_reward_error: bool

    invalid_variable_error: bool

    other_error: bool

    python_grader_server_error: bool

    python_grader_server_error_type: str | None = None

    python_grader_runtime_error: bool

    python_grader_runtime_error_details: str | None = None

    model_grader_server_error_: bool = Field(alias="model_grader_server_error")

    model_grader_refusal_error_: bool = Field(alias="model_grader_refusal_error")

    model_grader_parse_error_: bool = Field(alias="model_grader_parse_error")

    model_grader_server_error_details_: str | None = Field(default=None, alias="model_grader_server_error_details")
