# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ...message_deleted import MessageDeleted as MessageDeleteResponse
from ...message_deleted import MessageDeleted as MessageDeleted
from ...message_object import MessageObject as Message
from ...message_object import MessageObject as MessageCreateResponse
from ...message_object import MessageObject as MessageListResponse
from ...message_object import MessageObject as MessageObject
from ...message_object import MessageObject as MessageRetrieveResponse
from ...message_object import MessageObject as MessageUpdateResponse
from ...run import Run as Run
from ...run import Run as RunCancelResponse
from ...run import Run as RunCreateResponse
from ...run import Run as RunListResponse
from ...run import Run as RunRetrieveResponse
from ...run import Run as RunSubmitToolOutputsResponse
from ...run import Run as RunUpdateResponse
from ...run import Run as ThreadCreateAndRunResponse
from ...run_step import RunStep as RunStep
from ...thread import Thread as Thread
from ...thread import Thread as ThreadCreateResponse
from ...thread import Thread as ThreadRetrieveResponse
from ...thread import Thread as ThreadUpdateResponse
from ...thread_deleted import ThreadDeleted as ThreadDeleteResponse
from ...thread_deleted import ThreadDeleted as ThreadDeleted

__all__ = [
    "Message",
    "MessageCreateResponse",
    "MessageDeleteResponse",
    "MessageDeleted",
    "MessageListResponse",
    "MessageObject",
    "MessageRetrieveResponse",
    "MessageUpdateResponse",
    "Run",
    "RunCancelResponse",
    "RunCreateResponse",
    "RunListResponse",
    "RunRetrieveResponse",
    "RunStep",
    "RunSubmitToolOutputsResponse",
    "RunUpdateResponse",
    "Thread",
    "ThreadCreateAndRunResponse",
    "ThreadCreateResponse",
    "ThreadDeleteResponse",
    "ThreadDeleted",
    "ThreadRetrieveResponse",
    "ThreadUpdateResponse",
]
