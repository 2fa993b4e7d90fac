"""Which generated resources gain hand-written helper methods (openai-python's `parse`, `stream`, `*_and_poll`),
and which hand-written properties compute the fields the spec says SDKs compute (`Response.output_text`).

The one list of the contract, read by the runtime and by the generator (which loads this file by path,
so it imports nothing but the standard library). A resource at a path listed here inherits the mixin
classes named for it, one for the sync resource and one for the async one, from the module named
(inside `lib/`). A mixin builds on the resource's generated methods (`self.create(...)`), so it works on
every package whose tree has that resource, OpenAI's and Azure's alike.
"""

from __future__ import annotations

# resource path on the client -> (module inside lib/, sync mixin class, async mixin class)
RESOURCE_HELPERS: dict[str, tuple[str, str, str]] = {
    "beta.threads.runs": ("helpers.polling", "RunsPolling", "AsyncRunsPolling"),
    "chat.completions": ("helpers.chat_completions", "ChatCompletionsHelpers", "AsyncChatCompletionsHelpers"),
    "files": ("helpers.polling", "FilesPolling", "AsyncFilesPolling"),
    "realtime": ("helpers.realtime", "RealtimeHelpers", "AsyncRealtimeHelpers"),
    "responses": ("helpers.responses", "ResponsesHelpers", "AsyncResponsesHelpers"),
    "uploads": ("helpers.chunked_upload", "UploadsChunked", "AsyncUploadsChunked"),
    "vector_stores.file_batches": ("helpers.polling", "FileBatchesPolling", "AsyncFileBatchesPolling"),
    "vector_stores.files": ("helpers.polling", "VectorStoreFilesPolling", "AsyncVectorStoreFilesPolling"),
    "videos": ("helpers.polling", "VideosPolling", "AsyncVideosPolling"),
}

# The helpers that wrap a generated method. The generator writes each into the resource class, sync and async:
# the wrapped method's parameters less those `dropped`, plus the helper's `own` (one named as a wrapped parameter
# replaces it in place, the others follow the wrapped ones), and a body passing every argument by keyword to
# the mixin's `implementation`, which holds the logic. Per resource path, one entry per helper:
# (helper, wrapped method, implementation, dropped, own, positional, returns, form, docstring)
#   positional: the parameters the helper takes by position ("" = the wrapped method's, "*" = none)
#   returns: "" = the wrapped method's answer (not streamed); "{Async}" is "Async" in the async class
#   form: "" = as the wrapped method (awaited in the async class); "def" = a plain method in both classes
_POLL = ("poll_interval_ms: int | NotGiven = NOT_GIVEN", "poll_timeout: float | None = None")
_FILE = ("file: FileTypes",)
_FILE_ID = ("file_id",)
_FILE_POLL = (*_FILE, *_POLL)
_FILES = ("files: Iterable[FileTypes]", "file_ids: Sequence[str] = ()", "max_concurrency: int = 5", *_POLL)
_STREAM = ("stream",)
_PARSED_CHAT = "ParsedChatCompletion[ResponseFormatT]"
_PARSED_RESPONSE = "ParsedResponse[TextFormatT]"
_CHAT_FORMAT = ("response_format: type[ResponseFormatT] | NotGiven = NOT_GIVEN",)
_TEXT_FORMAT = ("text_format: type[TextFormatT] | NotGiven = NOT_GIVEN",)
_CHAT_STREAM = "{Async}ChatCompletionStreamManager"
WRAPPING_HELPERS: dict[str, tuple[tuple[str, str, str, tuple[str, ...], tuple[str, ...], str, str, str, str], ...]] = {
    "beta.threads.runs": (
        ("create_and_poll", "create", "_create_and_poll", _STREAM, _POLL, "*", "", "", "Create a run, then poll it."),
        (
            "submit_tool_outputs_and_poll",
            "submit_tool_outputs",
            "_submit_tool_outputs_and_poll",
            _STREAM,
            _POLL,
            "*",
            "",
            "",
            "Submit tool outputs, then poll the run.",
        ),
    ),
    "chat.completions": (
        ("parse", "create", "_parse", _STREAM, _CHAT_FORMAT, "", _PARSED_CHAT, "", "`create`, parsed into a model."),
        ("stream", "create", "_stream", _STREAM, (), "", _CHAT_STREAM, "def", "`create(stream=True)` as typed events."),
    ),
    "responses": (("parse", "create", "_parse", _STREAM, _TEXT_FORMAT, "", _PARSED_RESPONSE, "", "`create`, parsed."),),
    "vector_stores.file_batches": (
        ("create_and_poll", "create", "_create_and_poll", (), _POLL, "", "", "", "Create a file batch, then poll it."),
        ("upload_and_poll", "create", "_upload_and_poll", (), _FILES, "", "", "", "Upload `files`, batch them, poll."),
    ),
    "vector_stores.files": (
        ("create_and_poll", "create", "_create_and_poll", (), _POLL, "file_id", "", "", "Attach a file, then poll it."),
        ("upload", "create", "_upload", _FILE_ID, _FILE, "*", "", "", "Upload `file`, then attach it."),
        ("upload_and_poll", "create", "_upload_and_poll", _FILE_ID, _FILE_POLL, "*", "", "", "Upload, attach, poll."),
    ),
    "videos": (("create_and_poll", "create", "_create_and_poll", (), _POLL, "", "", "", "Create a video, poll it."),),
}
# a name the helpers' own parameters or answers use -> the module the generated code imports it from (".x": lib/x)
HELPER_TYPES: dict[str, str] = {
    "AsyncChatCompletionStreamManager": ".helpers._async_chat_stream",
    "ChatCompletionStreamManager": ".helpers._sync_chat_stream",
    "Iterable": "collections.abc",
    "ParsedChatCompletion": ".helpers._parsed_chat",
    "ParsedResponse": ".helpers._parsed_responses",
    "ResponseFormatT": ".helpers._parsed_chat",
    "TextFormatT": ".helpers._parsed_responses",
}

# field the spec marks as computed by SDKs -> (module inside lib/, the mixin class whose property computes it).
# A generated model with that field inherits the mixin instead of declaring the field.
COMPUTED_FIELDS: dict[str, tuple[str, str]] = {
    "output_text": ("helpers.output_text", "OutputText"),
}
# helper module -> the other lib/ paths (a module or a folder) only helpers import: a part of the client
# without the helper's resources (`vendor --only`) leaves the module out, and these when no kept helper needs them
HELPER_NEEDS: dict[str, tuple[str, ...]] = {
    "helpers.realtime": ("_realtime",),
    "helpers.responses": ("_realtime",),
}
