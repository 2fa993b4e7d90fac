# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.beta.threads.messages`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from .....lib._type_exports import Target, load_export

_EXPORTS: dict[str, Target] = {
    "Message": (("message_object", "MessageObject"),),
    "MessageCreateResponse": (("message_object", "MessageObject"),),
    "MessageDeleteResponse": (("message_deleted", "MessageDeleted"),),
    "MessageDeleted": (("message_deleted", "MessageDeleted"),),
    "MessageListResponse": (("message_object", "MessageObject"),),
    "MessageObject": (("message_object", "MessageObject"),),
    "MessageRetrieveResponse": (("message_object", "MessageObject"),),
    "MessageUpdateResponse": (("message_object", "MessageObject"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 3, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
