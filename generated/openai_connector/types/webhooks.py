# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .webhook_batch_cancelled import WebhookBatchCancelled
from .webhook_batch_completed import WebhookBatchCompleted
from .webhook_batch_expired import WebhookBatchExpired
from .webhook_batch_failed import WebhookBatchFailed
from .webhook_eval_run_canceled import WebhookEvalRunCanceled
from .webhook_eval_run_failed import WebhookEvalRunFailed
from .webhook_eval_run_succeeded import WebhookEvalRunSucceeded
from .webhook_fine_tuning_job_cancelled import WebhookFineTuningJobCancelled
from .webhook_fine_tuning_job_failed import WebhookFineTuningJobFailed
from .webhook_fine_tuning_job_succeeded import WebhookFineTuningJobSucceeded
from .webhook_live_call_incoming import WebhookLiveCallIncoming
from .webhook_realtime_call_incoming import WebhookRealtimeCallIncoming
from .webhook_response_cancelled import WebhookResponseCancelled
from .webhook_response_completed import WebhookResponseCompleted
from .webhook_response_failed import WebhookResponseFailed
from .webhook_response_incomplete import WebhookResponseIncomplete

UnwrapWebhookEvent: TypeAlias = Open[
    Annotated[
        Annotated[WebhookBatchCancelled, Tag("batch.cancelled")]
        | Annotated[WebhookBatchCompleted, Tag("batch.completed")]
        | Annotated[WebhookBatchExpired, Tag("batch.expired")]
        | Annotated[WebhookBatchFailed, Tag("batch.failed")]
        | Annotated[WebhookEvalRunCanceled, Tag("eval.run.canceled")]
        | Annotated[WebhookEvalRunFailed, Tag("eval.run.failed")]
        | Annotated[WebhookEvalRunSucceeded, Tag("eval.run.succeeded")]
        | Annotated[WebhookFineTuningJobCancelled, Tag("fine_tuning.job.cancelled")]
        | Annotated[WebhookFineTuningJobFailed, Tag("fine_tuning.job.failed")]
        | Annotated[WebhookFineTuningJobSucceeded, Tag("fine_tuning.job.succeeded")]
        | Annotated[WebhookLiveCallIncoming, Tag("live.call.incoming")]
        | Annotated[WebhookRealtimeCallIncoming, Tag("realtime.call.incoming")]
        | Annotated[WebhookResponseCancelled, Tag("response.cancelled")]
        | Annotated[WebhookResponseCompleted, Tag("response.completed")]
        | Annotated[WebhookResponseFailed, Tag("response.failed")]
        | Annotated[WebhookResponseIncomplete, Tag("response.incomplete")],
        Discriminator(tag_of("type")),
    ]
]
"""An event the API sends to a webhook endpoint (the spec's `webhooks`), told apart by its type.

An event of a type this client does not know yet is kept as its decoded JSON.
"""
