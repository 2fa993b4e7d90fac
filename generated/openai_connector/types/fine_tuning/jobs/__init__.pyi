# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ...fine_tuning_job import FineTuningJob as FineTuningJob
from ...fine_tuning_job import FineTuningJob as JobCancelResponse
from ...fine_tuning_job import FineTuningJob as JobCreateResponse
from ...fine_tuning_job import FineTuningJob as JobListResponse
from ...fine_tuning_job import FineTuningJob as JobPauseResponse
from ...fine_tuning_job import FineTuningJob as JobResumeResponse
from ...fine_tuning_job import FineTuningJob as JobRetrieveResponse
from ...fine_tuning_job_checkpoint import FineTuningJobCheckpoint as CheckpointListResponse
from ...fine_tuning_job_checkpoint import FineTuningJobCheckpoint as FineTuningJobCheckpoint
from ...fine_tuning_job_event import FineTuningJobEvent as FineTuningJobEvent
from ...fine_tuning_job_event import FineTuningJobEvent as JobListEventsResponse

__all__ = [
    "CheckpointListResponse",
    "FineTuningJob",
    "FineTuningJobCheckpoint",
    "FineTuningJobEvent",
    "JobCancelResponse",
    "JobCreateResponse",
    "JobListEventsResponse",
    "JobListResponse",
    "JobPauseResponse",
    "JobResumeResponse",
    "JobRetrieveResponse",
]
