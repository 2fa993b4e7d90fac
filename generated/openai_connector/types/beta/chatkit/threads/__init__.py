# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.beta.chatkit.threads`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from .....lib._type_exports import Target, load_export

_EXPORTS: dict[str, Target] = {
    "ChatKitThread": (("chat_kit_thread", "ChatKitThread"),),
    "DeletedThreadResource": (("deleted_thread_resource", "DeletedThreadResource"),),
    "ThreadDeleteResponse": (("deleted_thread_resource", "DeletedThreadResource"),),
    "ThreadItem": (("thread_item", "ThreadItem"),),
    "ThreadListItemsResponse": (("thread_item", "ThreadItem"),),
    "ThreadListResponse": (("chat_kit_thread", "ChatKitThread"),),
    "ThreadRetrieveResponse": (("chat_kit_thread", "ChatKitThread"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 3, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
