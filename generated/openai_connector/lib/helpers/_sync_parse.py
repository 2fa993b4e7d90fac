"""`parse` on `chat.completions` and `responses` (Structured Outputs), as openai-python has it.

`parse(response_format=Model, ...)` sends Model's strict JSON schema as the answer's format and reads
the answer into `Model` (`choices[i].message.parsed`; `output_parsed` for Responses); the
arguments of calls to `pydantic_function_tool(...)` tools read into their models. Every other
keyword goes to the resource's own `create` unchanged, so the mixins serve any package's resource
of that path (OpenAI's `client.chat.completions`, Azure's `client.azure.chat.completions`).
`parse` itself is generated into the resource class with `create`'s parameters
(`_helpers_index.WRAPPING_HELPERS`) and calls `_parse` here.
The checks and the reading are `_parsing`'s, shared with the sync mixins.

Generated from generator/runtime/core/helpers/_async_parse.py by generator/unasync.py; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, cast

from .._types import NOT_GIVEN

if TYPE_CHECKING:
    from ._parsed_chat import ParsedChatCompletion
    from ._parsed_responses import ParsedResponse

__all__ = ["ChatCompletionsParse", "ResponsesParse"]


class _Creates(Protocol):
    def create(self, **arguments: Any) -> Any: ...


class ChatCompletionsParse:
    """`parse`: a chat completion whose messages carry `parsed` (the `response_format` model)."""

    def _parse(
        self, *, response_format: object = NOT_GIVEN, tools: object = NOT_GIVEN, **arguments: Any
    ) -> ParsedChatCompletion[Any]:
        """`parse`: `create`, with `response_format` a pydantic model (or pydantic dataclass) the answer is read into.

        Refusals read `parsed` None (the text is in `message.refusal`); an answer cut at the token
        limit raises `LengthFinishReasonError`, one stopped by the content filter
        `ContentFilterFinishReasonError`. `tools` must be strict function tools
        (`pydantic_function_tool(Model)`): each call's `function.parsed_arguments` is its model.
        A type that is not a pydantic model, or whose schema strict mode cannot express, raises before sending.
        """
        from ._parsing import chat_plan, parsed_chat

        plan = chat_plan(response_format, tools, arguments)
        completion = cast(_Creates, self).create(**plan.arguments)
        return parsed_chat(plan, completion)


class ResponsesParse:
    """`parse`: a response whose output text carries `parsed` (the `text_format` model)."""

    def _parse(
        self, *, text_format: object = NOT_GIVEN, tools: object = NOT_GIVEN, **arguments: Any
    ) -> ParsedResponse[Any]:
        """`parse`: `create`, with `text_format` a pydantic model the output text is read into (`output_parsed`).

        Function calls of `pydantic_function_tool(Model)` tools (either tool shape) read their
        `parsed_arguments` into the model, those of other strict tools into a dict.
        """
        from ._parsing import parsed_response, responses_plan

        plan = responses_plan(text_format, tools, arguments)
        response = cast(_Creates, self).create(**plan.arguments)
        return parsed_response(plan, response)
