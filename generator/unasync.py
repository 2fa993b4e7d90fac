"""The sync modules of the runtime (actions, resource helpers), made from their async source (as httpcore's unasync).

The async module is the one written by hand; its sync twin is output: the same text with `async`/`await`
taken out and each async name replaced by its sync one (`SYNC_NAMES`, whole words only). What really
differs between the two (threads or tasks, blocking or awaited sleep) stays in small hand-written
modules that both sides import under their own names. The async module's docstring ends with a
paragraph saying it is the source; in the sync module a note that it is generated takes that paragraph's
place. `make check-generated` compares the written twin byte for byte, like every other generated file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from generator.runtime_source import REPO_ROOT

# async module (inside lib/) -> the sync module generated from it
SYNC_MODULES: dict[str, str] = {
    "actions/_async_actions.py": "actions/_sync_actions.py",
    "actions/_async_batch.py": "actions/_sync_batch.py",
    "actions/_async_chat.py": "actions/_sync_chat.py",
    "helpers/_async_polling.py": "helpers/_sync_polling.py",
    "helpers/_async_uploads.py": "helpers/_sync_uploads.py",
    "helpers/_async_parse.py": "helpers/_sync_parse.py",
    "helpers/_async_chat_stream.py": "helpers/_sync_chat_stream.py",
    "helpers/_async_responses_stream.py": "helpers/_sync_responses_stream.py",
    "_realtime/_async_connection.py": "_realtime/_sync_connection.py",
    "_realtime/_async_events.py": "_realtime/_sync_events.py",
    "_realtime/_async_realtime.py": "_realtime/_sync_realtime.py",
    "_realtime/_async_responses.py": "_realtime/_sync_responses.py",
}
# async name -> sync name, replaced as whole words (in code, docstrings and comments alike)
SYNC_NAMES: dict[str, str] = {
    "AsyncAPIClient": "SyncAPIClient",
    "AsyncActions": "Actions",
    "AsyncChatActions": "ChatActions",
    "AsyncChatCompletionsParse": "ChatCompletionsParse",
    "AsyncChatCompletionStream": "ChatCompletionStream",
    "AsyncChatCompletionStreamManager": "ChatCompletionStreamManager",
    "AsyncChatCompletionsStream": "ChatCompletionsStream",
    "AsyncClient": "Client",
    "AsyncGenerator": "Generator",
    "AsyncCursorPage": "SyncCursorPage",
    "AsyncFileBatchesPolling": "FileBatchesPolling",
    "AsyncFilesPolling": "FilesPolling",
    "AsyncIterator": "Iterator",
    "AsyncPollingHelpers": "PollingHelpers",
    "AsyncRunsPolling": "RunsPolling",
    "AsyncResponsesParse": "ResponsesParse",
    "AsyncResponseStream": "ResponseStream",
    "AsyncResponseStreamManager": "ResponseStreamManager",
    "AsyncResponsesStream": "ResponsesStream",
    "AsyncStream": "Stream",
    "AsyncUploadsChunked": "UploadsChunked",
    "AsyncVectorStoreFilesPolling": "VectorStoreFilesPolling",
    "AsyncVideosPolling": "VideosPolling",
    "_async_actions": "_sync_actions",
    "_async_batch": "_sync_batch",
    "_async_chat": "_sync_chat",
    "_async_polling": "_sync_polling",
    "_async_uploads": "_sync_uploads",
    "aread": "read",
    "aread_part": "read_part",
    "arun_all": "run_all",
    "_async_parse": "_sync_parse",
    "_async_chat_stream": "_sync_chat_stream",
    "_async_responses_stream": "_sync_responses_stream",
    "aclose": "close",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "AsyncConnectionManager": "ConnectionManager",
    "AsyncEventConnection": "EventConnection",
    "AsyncRealtimeConnect": "RealtimeConnect",
    "AsyncRealtimeConnection": "RealtimeConnection",
    "AsyncResponsesConnect": "ResponsesConnect",
    "AsyncResponsesConnection": "ResponsesConnection",
    "AsyncWebSocket": "WebSocket",
    "_async_connection": "_sync_connection",
    "_async_events": "_sync_events",
    "_async_realtime": "_sync_realtime",
    "_async_responses": "_sync_responses",
    "arun_each": "run_each",
    "asleep": "sleep",
    "run_async": "run_sync",
}
_KEYWORDS = (
    (re.compile(r"\basync (def|with|for)\b"), r"\1"),
    (re.compile(r"\bawait "), ""),
    # An async generator cannot say `yield from`; its sync twin does.
    (re.compile(r"^( +)for (\w+) in (.+):\n\1    yield \2\n", re.MULTILINE), r"\1yield from \3\n"),
)
_NAMES = re.compile(r"\b(" + "|".join(sorted(map(re.escape, SYNC_NAMES), key=len, reverse=True)) + r")\b")
_LEFTOVER = re.compile(r"\bawait\b|\basyncio\b")
_DOCSTRING = re.compile(r'\A"""(.*?)"""', re.DOTALL)


def unasync(source: str, source_path: str) -> str:
    """The sync module of an async module's text; its docstring says where it comes from."""
    text = _NAMES.sub(lambda match: SYNC_NAMES[match.group(1)], source)
    for pattern, replacement in _KEYWORDS:
        text = pattern.sub(replacement, text)
    text = _DOCSTRING.sub(lambda match: _sync_docstring(match.group(1), source_path), text, count=1)
    leftover = _LEFTOVER.search(text)
    if leftover is not None:
        line = text.count("\n", 0, leftover.start()) + 1
        raise ValueError(f"{source_path}: line {line} of the sync module still says {leftover.group(0)!r}")
    return text


def _sync_docstring(docstring: str, source_path: str) -> str:
    paragraphs = docstring.strip().split("\n\n")
    if len(paragraphs) < 2:
        raise ValueError(f"{source_path}: the module docstring needs a last paragraph saying it is the source")
    note = f"Generated from {source_path} by generator/unasync.py; do not edit."
    return '"""' + "\n\n".join([*paragraphs[:-1], note]) + '\n"""'


def write_sync_modules(lib: Path, sources: Mapping[str, Path]) -> list[str]:
    """Write into `lib` the sync module of each async one copied there (`sources`: path in lib -> its source).

    Returns the paths written (inside lib/).
    """
    written = []
    for source, target in SYNC_MODULES.items():
        origin = sources.get(source)
        if origin is not None:
            name = origin.relative_to(REPO_ROOT).as_posix()
            (lib / target).write_text(unasync(origin.read_text(encoding="utf-8"), name), encoding="utf-8")
            written.append(target)
    return written
