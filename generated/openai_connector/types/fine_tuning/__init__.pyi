# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ..delete_fine_tuning_checkpoint_permission_response import (
    DeleteFineTuningCheckpointPermissionResponse as DeleteFineTuningCheckpointPermissionResponse,
)
from ..fine_tuning_checkpoint_permission import FineTuningCheckpointPermission as FineTuningCheckpointPermission
from ..fine_tuning_job import FineTuningJob as FineTuningJob
from ..fine_tuning_job import FineTuningJob as JobCancelResponse
from ..fine_tuning_job import FineTuningJob as JobCreateResponse
from ..fine_tuning_job import FineTuningJob as JobListResponse
from ..fine_tuning_job import FineTuningJob as JobPauseResponse
from ..fine_tuning_job import FineTuningJob as JobResumeResponse
from ..fine_tuning_job import FineTuningJob as JobRetrieveResponse
from ..fine_tuning_job_checkpoint import FineTuningJobCheckpoint as FineTuningJobCheckpoint
from ..fine_tuning_job_event import FineTuningJobEvent as FineTuningJobEvent
from ..fine_tuning_job_event import FineTuningJobEvent as JobListEventsResponse
from ..grader_run_response import GraderRunResponse as GraderRunResponse
from ..grader_validate_response import GraderValidateResponse as GraderValidateResponse
from ..list_fine_tuning_checkpoint_permission_response import (
    ListFineTuningCheckpointPermissionResponse as ListFineTuningCheckpointPermissionResponse,
)

__all__ = [
    "DeleteFineTuningCheckpointPermissionResponse",
    "FineTuningCheckpointPermission",
    "FineTuningJob",
    "FineTuningJobCheckpoint",
    "FineTuningJobEvent",
    "GraderRunResponse",
    "GraderValidateResponse",
    "JobCancelResponse",
    "JobCreateResponse",
    "JobListEventsResponse",
    "JobListResponse",
    "JobPauseResponse",
    "JobResumeResponse",
    "JobRetrieveResponse",
    "ListFineTuningCheckpointPermissionResponse",
]
