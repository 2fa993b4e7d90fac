"""Why `parse` found no output to parse: the answer was cut at the token limit, or by the content filter."""

from __future__ import annotations

from typing import Any

from ._errors import OpenAIError

__all__ = ["ContentFilterFinishReasonError", "LengthFinishReasonError"]


class LengthFinishReasonError(OpenAIError):
    """The model stopped at the token limit (`finish_reason="length"`): its output is cut, so not parsed.

    `completion` is the answer as received (`usage` says how many tokens were spent).
    """

    completion: Any

    def __init__(self, *, completion: Any) -> None:
        message = "Could not parse response content as the length limit was reached"
        usage = getattr(completion, "usage", None)
        if usage is not None:
            message += f" - {usage!r}"
        super().__init__(message)
        self.completion = completion


class ContentFilterFinishReasonError(OpenAIError):
    """The content filter stopped the output (`finish_reason="content_filter"`), so there is nothing to parse."""

    def __init__(self) -> None:
        super().__init__("Could not parse response content as the request was rejected by the content filter")
