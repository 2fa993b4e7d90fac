# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.fine_tuning`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...lib._type_exports import Target, load_export

if TYPE_CHECKING:
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

_EXPORTS: dict[str, Target] = {
    "DeleteFineTuningCheckpointPermissionResponse": (
        ("delete_fine_tuning_checkpoint_permission_response", "DeleteFineTuningCheckpointPermissionResponse"),
    ),
    "FineTuningCheckpointPermission": (("fine_tuning_checkpoint_permission", "FineTuningCheckpointPermission"),),
    "FineTuningJob": (("fine_tuning_job", "FineTuningJob"),),
    "FineTuningJobCheckpoint": (("fine_tuning_job_checkpoint", "FineTuningJobCheckpoint"),),
    "FineTuningJobEvent": (("fine_tuning_job_event", "FineTuningJobEvent"),),
    "GraderRunResponse": (("grader_run_response", "GraderRunResponse"),),
    "GraderValidateResponse": (("grader_validate_response", "GraderValidateResponse"),),
    "JobCancelResponse": (("fine_tuning_job", "FineTuningJob"),),
    "JobCreateResponse": (("fine_tuning_job", "FineTuningJob"),),
    "JobListEventsResponse": (("fine_tuning_job_event", "FineTuningJobEvent"),),
    "JobListResponse": (("fine_tuning_job", "FineTuningJob"),),
    "JobPauseResponse": (("fine_tuning_job", "FineTuningJob"),),
    "JobResumeResponse": (("fine_tuning_job", "FineTuningJob"),),
    "JobRetrieveResponse": (("fine_tuning_job", "FineTuningJob"),),
    "ListFineTuningCheckpointPermissionResponse": (
        ("list_fine_tuning_checkpoint_permission_response", "ListFineTuningCheckpointPermissionResponse"),
    ),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 1, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
