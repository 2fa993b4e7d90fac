# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class FineTuningJobCheckpointMetrics(BaseModel):
    """Metrics at the step number during the fine-tuning job."""

    step: float | None = None

    train_loss: float | None = None

    train_mean_token_accuracy: float | None = None

    valid_loss: float | None = None

    valid_mean_token_accuracy: float | None = None

    full_valid_loss: float | None = None

    full_valid_mean_token_accuracy: float | None = None


class FineTuningJobCheckpoint(BaseModel):
    """The `fine_tuning.job.checkpoint` object represents a model checkpoint for a fine-tuning job that is ready to use."""

    id: str = Field(default_factory=_missing)
    """The checkpoint identifier, which can be referenced in the API endpoints."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) for when the checkpoint was created."""

    fine_tuned_model_checkpoint: str = Field(default_factory=_missing)
    """The name of the fine-tuned checkpoint model that is created."""

    step_number: int = Field(default_factory=_missing)
    """The step number that the checkpoint was created at."""

    metrics: FineTuningJobCheckpointMetrics = Field(default_factory=_missing)
    """Metrics at the step number during the fine-tuning job."""

    fine_tuning_job_id: str = Field(default_factory=_missing)
    """The name of the fine-tuning job that this checkpoint was created from."""

    object: Literal["fine_tuning.job.checkpoint"] = Field(default_factory=_missing)
    """The object type, which is always "fine_tuning.job.checkpoint"."""
