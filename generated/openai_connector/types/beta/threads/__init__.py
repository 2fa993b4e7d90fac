# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.beta.threads`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from ....lib._type_exports import Target, load_export

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
