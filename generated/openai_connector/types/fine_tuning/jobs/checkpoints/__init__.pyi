# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ....fine_tuning_job_checkpoint import FineTuningJobCheckpoint as CheckpointListResponse
from ....fine_tuning_job_checkpoint import FineTuningJobCheckpoint as FineTuningJobCheckpoint

__all__ = [
    "CheckpointListResponse",
    "FineTuningJobCheckpoint",
]
