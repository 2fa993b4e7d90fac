# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.fine_tuning.jobs`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....lib._type_exports import Target, load_export

if TYPE_CHECKING:
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

_EXPORTS: dict[str, Target] = {
    "CheckpointListResponse": (("fine_tuning_job_checkpoint", "FineTuningJobCheckpoint"),),
    "FineTuningJob": (("fine_tuning_job", "FineTuningJob"),),
    "FineTuningJobCheckpoint": (("fine_tuning_job_checkpoint", "FineTuningJobCheckpoint"),),
    "FineTuningJobEvent": (("fine_tuning_job_event", "FineTuningJobEvent"),),
    "JobCancelResponse": (("fine_tuning_job", "FineTuningJob"),),
    "JobCreateResponse": (("fine_tuning_job", "FineTuningJob"),),
    "JobListEventsResponse": (("fine_tuning_job_event", "FineTuningJobEvent"),),
    "JobListResponse": (("fine_tuning_job", "FineTuningJob"),),
    "JobPauseResponse": (("fine_tuning_job", "FineTuningJob"),),
    "JobResumeResponse": (("fine_tuning_job", "FineTuningJob"),),
    "JobRetrieveResponse": (("fine_tuning_job", "FineTuningJob"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 2, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
