# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class GraderRunResponseMetadataErrors(BaseModel):
    formula_parse_error: bool = Field(default_factory=_missing)

    sample_parse_error: bool = Field(default_factory=_missing)

    truncated_observation_error: bool = Field(default_factory=_missing)

    unresponsive_reward_error: bool = Field(default_factory=_missing)

    invalid_variable_error: bool = Field(default_factory=_missing)

    other_error: bool = Field(default_factory=_missing)

    python_grader_server_error: bool = Field(default_factory=_missing)

    python_grader_server_error_type: str | None = None

    python_grader_runtime_error: bool = Field(default_factory=_missing)

    python_grader_runtime_error_details: str | None = None

    model_grader_server_error_: bool = Field(default_factory=_missing, alias="model_grader_server_error")

    model_grader_refusal_error_: bool = Field(default_factory=_missing, alias="model_grader_refusal_error")

    model_grader_parse_error_: bool = Field(default_factory=_missing, alias="model_grader_parse_error")

    model_grader_server_error_details_: str | None = Field(default=None, alias="model_grader_server_error_details")


class GraderRunResponseMetadata(BaseModel):
    name: str = Field(default_factory=_missing)

    type: str = Field(default_factory=_missing)

    errors: GraderRunResponseMetadataErrors = Field(default_factory=_missing)

    execution_time: float = Field(default_factory=_missing)

    scores: dict[str, builtins.object] = Field(default_factory=_missing)

    token_usage: int | None = None

    sampled_model_name: str | None = None


class GraderRunResponse(BaseModel):
    reward: float = Field(default_factory=_missing)

    metadata: GraderRunResponseMetadata = Field(default_factory=_missing)

    sub_rewards: dict[str, builtins.object] = Field(default_factory=_missing)

    model_grader_token_usage_per_model_: dict[str, builtins.object] = Field(
        default_factory=_missing, alias="model_grader_token_usage_per_model"
    )
