# copied from generator/runtime/core/_helpers_index.py by the openai-connector generator; edit the source
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
