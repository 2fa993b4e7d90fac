# copied from generator/runtime/core/helpers/_chat_stream_state.py by the openai-connector generator; edit the source
"""`ChatCompletionStreamState`: chat completion chunks in, stream events and the accumulated completion out.

No I/O: the sync and async streams feed it the chunks they read. It can also be used on its own over
`create(..., stream=True)`: `state.handle_chunk(chunk)` for each chunk, then `state.get_final_completion()`.

The completion is accumulated as the API's JSON (dicts): a delta's strings are appended to what came
before, its objects merged, its list entries merged by their `index`. Azure OpenAI interleaves chunks
that carry only content-filter annotations (`prompt_filter_results`; choices with `content_filter_results`
and no `delta`; `object` empty): they yield no event, and their annotations are kept on the completion
where a non-streamed answer has them (the last non-empty value of each).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ._chat_stream_events import (
    ChatCompletionStreamEvent,
    ChunkEvent,
    ContentDeltaEvent,
    ContentDoneEvent,
    FunctionToolCallArgumentsDeltaEvent,
    FunctionToolCallArgumentsDoneEvent,
    LogprobsContentDeltaEvent,
    LogprobsContentDoneEvent,
    LogprobsRefusalDeltaEvent,
    LogprobsRefusalDoneEvent,
    RefusalDeltaEvent,
    RefusalDoneEvent,
)

if TYPE_CHECKING:
    from ...types.chat_completion import ChatCompletion
    from ...types.chat_completion_chunk import ChatCompletionChunk, ChatCompletionChunkChoice
    from ...types.chat_completion_token_logprob import ChatCompletionTokenLogprob

__all__ = ["ChatCompletionStreamState"]

_CHUNK_OBJECT = "chat.completion.chunk"
# A delta's value replaces these: list positions, union tags, and what is sent whole (some servers repeat it).
_REPLACED_KEYS = frozenset({"id", "index", "role", "type"})
_CHOICE_FIELDS = frozenset({"index", "delta", "finish_reason", "logprobs"})
_CHUNK_FIELDS = frozenset({"choices", "object", "obfuscation", "usage"})


def merge_delta(target: dict[str, Any], delta: dict[str, Any]) -> dict[str, Any]:
    """Merge a streamed `delta` into `target` (in place): strings append, objects merge, lists merge by `index`."""
    for key, value in delta.items():
        current = target.get(key)
        if value is None:
            target.setdefault(key, None)
        elif current is None or key in _REPLACED_KEYS:
            target[key] = value
        elif isinstance(current, str) and isinstance(value, str):
            target[key] = current + value
        elif isinstance(current, dict) and isinstance(value, dict):
            merge_delta(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            _merge_entries(current, value)
        else:
            target[key] = value
    return target


def _merge_entries(current: list[Any], added: list[Any]) -> None:
    for entry in added:
        position = entry.get("index") if isinstance(entry, dict) else None
        if position is None:
            current.append(entry)  # plain values are only ever appended
            continue
        for existing in current:
            if isinstance(existing, dict) and existing.get("index") == position:
                merge_delta(existing, entry)
                break
        else:
            current.append(entry)


class _ChoiceProgress:
    """What one choice has announced as done, and its typed log probabilities so far."""

    __slots__ = ("content_done", "current_tool", "done_tools", "logprobs", "logprobs_done", "refusal_done")

    def __init__(self) -> None:
        self.content_done = self.refusal_done = False
        self.current_tool: int | None = None
        self.done_tools: set[int] = set()
        self.logprobs: dict[str, list[ChatCompletionTokenLogprob]] = {}
        self.logprobs_done: set[str] = set()


class ChatCompletionStreamState:
    """Accumulates chat completion chunks into a `ChatCompletion` and says what each chunk added as events."""

    def __init__(self) -> None:
        self._completion: dict[str, Any] | None = None
        self._choices: dict[int, dict[str, Any]] = {}
        self._progress: dict[int, _ChoiceProgress] = {}
        self._annotations: dict[str, Any] = {}  # Azure's top-level filter results, whenever they come

    def handle_chunk(self, chunk: ChatCompletionChunk) -> list[ChatCompletionStreamEvent]:
        """Accumulate `chunk`; the events it gives, `ChunkEvent` first (none for an annotation-only chunk)."""
        data = chunk.to_dict()
        if data.get("object", _CHUNK_OBJECT) not in (_CHUNK_OBJECT, None):
            self._annotate(data)
            return []
        self._accumulate(data)
        events: list[ChatCompletionStreamEvent] = [ChunkEvent(chunk=chunk, snapshot=self.current_completion_snapshot)]
        for choice in chunk.choices or ():
            events.extend(self._choice_events(choice))
        return events

    @property
    def current_completion_snapshot(self) -> ChatCompletion:
        """The completion accumulated so far, as a `ChatCompletion`."""
        from ...types.chat_completion import ChatCompletion

        if self._completion is None:
            raise RuntimeError("no chat completion chunk has been received yet")
        choices = []
        for index in sorted(self._choices):
            choice = dict(self._choices[index])
            message = dict(choice["message"])
            tool_calls = message.get("tool_calls")
            if tool_calls:
                message["tool_calls"] = [{k: v for k, v in call.items() if k != "index"} for call in tool_calls]
            choice["message"] = message
            choices.append(choice)
        return ChatCompletion.model_validate({**self._completion, **self._annotations, "choices": choices})

    def get_final_completion(self) -> ChatCompletion:
        """The accumulated completion; call it once the stream has been read to its end."""
        return self.current_completion_snapshot

    # -- accumulation -------------------------------------------------------------------------

    def _annotate(self, data: dict[str, Any]) -> None:
        for key, value in data.items():
            if key not in _CHUNK_FIELDS and key not in ("id", "created", "model") and value:
                self._annotations[key] = value
        for choice in data.get("choices") or ():
            if isinstance(choice, dict) and isinstance(choice.get("index"), int):
                self._annotate_choice(self._choice(choice["index"]), choice)

    def _annotate_choice(self, snapshot: dict[str, Any], choice: dict[str, Any]) -> None:
        for key, value in choice.items():
            if key not in _CHOICE_FIELDS and value:
                snapshot[key] = value

    def _accumulate(self, data: dict[str, Any]) -> None:
        if self._completion is None:
            self._completion = {k: v for k, v in data.items() if k not in _CHUNK_FIELDS}
            self._completion["object"] = "chat.completion"
        else:
            for key, value in data.items():
                if key not in _CHUNK_FIELDS and value is not None and value != "":
                    self._completion[key] = value
        if data.get("usage") is not None:
            self._completion["usage"] = data["usage"]
        for choice in data.get("choices") or ():
            snapshot = self._choice(_index(choice.get("index")))
            merge_delta(snapshot["message"], choice.get("delta") or {})
            if choice.get("finish_reason") is not None:
                snapshot["finish_reason"] = choice["finish_reason"]
            logprobs = choice.get("logprobs")
            if logprobs:
                if snapshot["logprobs"] is None:
                    snapshot["logprobs"] = {"content": None, "refusal": None}
                accumulated = snapshot["logprobs"]
                for key in ("content", "refusal"):
                    if logprobs.get(key) is not None:
                        accumulated[key] = accumulated[key] or []
                        accumulated[key].extend(logprobs[key])
            self._annotate_choice(snapshot, choice)

    def _choice(self, index: int) -> dict[str, Any]:
        snapshot = self._choices.get(index)
        if snapshot is None:
            snapshot = self._choices[index] = {
                "index": index,
                "finish_reason": None,
                "logprobs": None,
                "message": {"role": "assistant", "content": None, "refusal": None},
            }
        return snapshot

    # -- events -------------------------------------------------------------------------------

    def _choice_events(self, choice: ChatCompletionChunkChoice) -> list[ChatCompletionStreamEvent]:
        index = _index(choice.index)
        snapshot = self._choices[index]
        message = snapshot["message"]
        progress = self._progress.setdefault(index, _ChoiceProgress())
        delta = choice.delta
        events: list[ChatCompletionStreamEvent] = []
        if delta is not None and delta.content is not None and message.get("content") is not None:
            events.append(ContentDeltaEvent(delta=delta.content, snapshot=message["content"], choice_index=index))
        if delta is not None and delta.refusal is not None and message.get("refusal") is not None:
            events.append(RefusalDeltaEvent(delta=delta.refusal, snapshot=message["refusal"], choice_index=index))
        tool_deltas = (delta.tool_calls if delta is not None else None) or []
        for tool_delta in tool_deltas:
            call = _tool_call(message, tool_delta.index)
            if call is not None and call.get("type", "function") == "function":
                function = call.get("function") or {}
                events.append(
                    FunctionToolCallArgumentsDeltaEvent(
                        name=function.get("name") or "",
                        index=tool_delta.index,
                        arguments=function.get("arguments") or "",
                        arguments_delta=(tool_delta.function.arguments if tool_delta.function else None) or "",
                        choice_index=index,
                    )
                )
        if choice.logprobs is not None:
            for key, event_type in (("content", LogprobsContentDeltaEvent), ("refusal", LogprobsRefusalDeltaEvent)):
                added = getattr(choice.logprobs, key)
                if added:
                    so_far = progress.logprobs.setdefault(key, [])
                    so_far.extend(added)
                    events.append(event_type(added, list(so_far), choice_index=index))
        events.extend(self._done_events(index, progress, [t.index for t in tool_deltas]))
        return events

    def _done_events(self, index: int, progress: _ChoiceProgress, tools: list[int]) -> list[ChatCompletionStreamEvent]:
        """`*.done` events: text ends where tool calls (or the choice) begin, a tool call where the next one does."""
        events: list[ChatCompletionStreamEvent] = []
        if self._choices[index]["finish_reason"] is not None:
            events.extend(self._text_done_events(index, progress))
            if progress.current_tool is not None:
                events.extend(self._tool_done_events(index, progress, progress.current_tool))
        for tool in tools:
            if progress.current_tool != tool:
                events.extend(self._text_done_events(index, progress))
                if progress.current_tool is not None:
                    events.extend(self._tool_done_events(index, progress, progress.current_tool))
            progress.current_tool = tool
        return events

    def _text_done_events(self, index: int, progress: _ChoiceProgress) -> list[ChatCompletionStreamEvent]:
        message = self._choices[index]["message"]
        events: list[ChatCompletionStreamEvent] = []
        if message.get("content") and not progress.content_done:
            progress.content_done = True
            events.append(ContentDoneEvent(content=message["content"], choice_index=index))
        if message.get("refusal") is not None and not progress.refusal_done:
            progress.refusal_done = True
            events.append(RefusalDoneEvent(refusal=message["refusal"], choice_index=index))
        for key, event_type in (("content", LogprobsContentDoneEvent), ("refusal", LogprobsRefusalDoneEvent)):
            if key in progress.logprobs and key not in progress.logprobs_done:
                progress.logprobs_done.add(key)
                events.append(event_type(list(progress.logprobs[key]), choice_index=index))
        return events

    def _tool_done_events(self, index: int, progress: _ChoiceProgress, tool: int) -> list[ChatCompletionStreamEvent]:
        if tool in progress.done_tools:
            return []
        progress.done_tools.add(tool)
        call = _tool_call(self._choices[index]["message"], tool)
        if call is None or call.get("type", "function") != "function":
            return []
        function = call.get("function") or {}
        return [
            FunctionToolCallArgumentsDoneEvent(
                name=function.get("name") or "",
                index=tool,
                arguments=function.get("arguments") or "",
                choice_index=index,
            )
        ]


def _index(value: object) -> int:
    """A choice's `index`; a server that leaves it out sends one choice."""
    return value if isinstance(value, int) else 0


def _tool_call(message: dict[str, Any], index: int) -> dict[str, Any] | None:
    for call in message.get("tool_calls") or ():
        if call.get("index") == index:
            return cast("dict[str, Any]", call)
    return None
