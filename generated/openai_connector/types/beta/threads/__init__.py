# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.beta.threads`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....lib._type_exports import Target, load_export

if TYPE_CHECKING:
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

_EXPORTS: dict[str, Target] = {
    "Message": (("message_object", "MessageObject"),),
    "MessageCreateResponse": (("message_object", "MessageObject"),),
    "MessageDeleteResponse": (("message_deleted", "MessageDeleted"),),
    "MessageDeleted": (("message_deleted", "MessageDeleted"),),
    "MessageListResponse": (("message_object", "MessageObject"),),
    "MessageObject": (("message_object", "MessageObject"),),
    "MessageRetrieveResponse": (("message_object", "MessageObject"),),
    "MessageUpdateResponse": (("message_object", "MessageObject"),),
    "Run": (("run", "Run"),),
    "RunCancelResponse": (("run", "Run"),),
    "RunCreateResponse": (("run", "Run"),),
    "RunListResponse": (("run", "Run"),),
    "RunRetrieveResponse": (("run", "Run"),),
    "RunStep": (("run_step", "RunStep"),),
    "RunSubmitToolOutputsResponse": (("run", "Run"),),
    "RunUpdateResponse": (("run", "Run"),),
    "Thread": (("thread", "Thread"),),
    "ThreadCreateAndRunResponse": (("run", "Run"),),
    "ThreadCreateResponse": (("thread", "Thread"),),
    "ThreadDeleteResponse": (("thread_deleted", "ThreadDeleted"),),
    "ThreadDeleted": (("thread_deleted", "ThreadDeleted"),),
    "ThreadRetrieveResponse": (("thread", "Thread"),),
    "ThreadUpdateResponse": (("thread", "Thread"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 2, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
