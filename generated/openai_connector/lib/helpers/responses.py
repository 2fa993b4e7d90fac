# copied from generator/runtime/core/helpers/responses.py by the openai-connector generator; edit the source
"""The helper methods of `responses` (the mixins `_helpers_index` names): one base per feature."""

from __future__ import annotations

from ._async_parse import AsyncResponsesParse
from ._sync_parse import ResponsesParse

__all__ = ["AsyncResponsesHelpers", "ResponsesHelpers"]


class ResponsesHelpers(ResponsesParse):
    """What `Responses` adds to its generated methods: `parse`."""


class AsyncResponsesHelpers(AsyncResponsesParse):
    """What `AsyncResponses` adds to its generated methods: `parse`."""
