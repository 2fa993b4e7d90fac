"""Every method of openai-python's resource tree sits at the same path, with the same name, here.

`openai_python_methods.tsv` lists openai-python's resource methods that call the API (resource path,
method name, HTTP method, spec path, the type it returns), as its `api.md` documents them; update it
with a new release. A method counts as matched when `Client` (and `AsyncClient`, awaitable: a coroutine, or
an `AsyncPaginator` for a list, as openai-python's) has it at that path and it calls the spec operation at
that HTTP method and path. No request is sent.
"""

from __future__ import annotations

import csv
import dataclasses
import inspect
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openai_connector import AsyncClient, Client
from openai_connector.lib._operation import Operation

from tests._specs import OPENAI_SPEC, spec

TABLE = Path(__file__).with_name("openai_python_methods.tsv")
# Operations of our spec that openai-python has no method for (yet): placed by our overlay.
OUR_OWN = {
    "audio.voice_consents.create",
    "audio.voice_consents.delete",
    "audio.voice_consents.list",
    "audio.voice_consents.retrieve",
    "audio.voice_consents.update",
    "audio.voices.create",
    "realtime.translations.client_secrets.create",
}


@dataclasses.dataclass(frozen=True)
class Row:
    resource: str
    method: str
    http_method: str
    spec_path: str
    returns: str  # openai-python's type, e.g. `ChatCompletion`, `SyncCursorPage[FileObject]`, `None`

    @property
    def client_path(self) -> str:
        return f"{self.resource}.{self.method}"


def _rows() -> list[Row]:
    with TABLE.open(encoding="utf-8", newline="") as table:
        return [Row(**row) for row in csv.DictReader(table, delimiter="\t")]


def _operation_of(method: Any) -> Operation | None:
    """The `Operation` a generated method calls: the one module constant its code names."""
    function = getattr(method, "__func__", None)
    if function is None:
        return None
    found = [function.__globals__.get(name) for name in function.__code__.co_names]
    operations = [o for o in found if isinstance(o, Operation)]
    return operations[0] if len(operations) == 1 else None


def _lookup(client: Any, dotted: str) -> Any:
    target = client
    for part in dotted.split("."):
        target = getattr(target, part, None)
        if target is None:
            return None
    return target


def _matches(client: Any, rows: list[Row], *, awaitable: bool) -> Iterator[tuple[Row, bool]]:
    operation_ids = {(o.method, o.template): o.operation_id for o in spec(OPENAI_SPEC).operations}
    for row in rows:
        method = _lookup(client, row.client_path)
        operation = _operation_of(method)
        yield (
            row,
            operation is not None
            and operation.operation_id == operation_ids.get((row.http_method, row.spec_path))
            and _is_async(method) == awaitable,
        )


def _is_async(method: Any) -> bool:
    """A coroutine function, or (as openai-python's async list methods) a method returning an `AsyncPaginator`."""
    returns = str(inspect.signature(method).return_annotation)
    return inspect.iscoroutinefunction(method) or returns.startswith("AsyncPaginator[")


@pytest.mark.parametrize("client_class", [Client, AsyncClient])
def test_openai_python_methods_sit_at_the_same_path_with_the_same_name(client_class: type[Any]) -> None:
    rows = _rows()
    assert len(rows) == 283
    client = client_class(api_key="sk-test")
    results = list(_matches(client, rows, awaitable=client_class is AsyncClient))
    unmatched = {row.client_path for row, ok in results if not ok}
    assert unmatched == set()  # openai-python's deprecated second names included (`files.retrieve_content`)


def test_every_operation_of_the_spec_is_in_the_table_or_our_own() -> None:
    in_table = {(row.http_method, row.spec_path) for row in _rows()}
    not_in_table = {o.operation_id for o in spec(OPENAI_SPEC).operations if (o.method, o.template) not in in_table}
    client = Client(api_key="sk-test")
    ours = {path: _operation_of(_lookup(client, path)) for path in OUR_OWN}
    assert {op.operation_id for op in ours.values() if op is not None} == not_in_table
    assert None not in ours.values()


def test_a_method_at_another_path_is_not_counted() -> None:
    """The check itself: a row naming a path or a method that does not exist here fails to match."""
    client = Client(api_key="sk-test")
    wrong = [
        Row("images.generations", "create", "POST", "/images/generations", "ImagesResponse"),  # our old path
        Row("images", "edit", "POST", "/images/generations", "ImagesResponse"),  # the right path, another operation
        Row("images", "generate", "POST", "/images/generations", "ImagesResponse"),
    ]
    assert [ok for _, ok in _matches(client, wrong, awaitable=False)] == [False, False, True]
    assert _returns_the_same_type(client, wrong[2])
    assert not _returns_the_same_type(client, dataclasses.replace(wrong[2], returns="Completion"))


def _returns_the_same_type(client: Any, row: Row) -> bool:
    """Whether the method's declared answer names openai-python's type (the item type, for a page)."""
    method = _lookup(client, row.client_path)
    if method is None:
        return False
    name = row.returns.partition("[")[2].rstrip("]") or row.returns
    return re.search(rf"\b{re.escape(name)}\b", str(inspect.signature(method).return_annotation)) is not None


def test_answers_carry_openai_python_type_names() -> None:
    client = Client(api_key="sk-test")
    same = {row.client_path for row in _rows() if _returns_the_same_type(client, row)}
    # The names the surface overlay gives (the spec's own differ: CreateChatCompletionResponse, OpenAIFile, ...).
    for path in (
        "chat.completions.create",
        "completions.create",
        "moderations.create",
        "files.create",
        "files.list",
        "vector_stores.retrieve",
        "beta.assistants.create",
        "beta.threads.runs.create",
        "videos.retrieve",
    ):
        assert path in same, path
    assert len(same) >= 175  # of 283; the rest are openai-python's per-operation names and its binary type


def test_openai_python_type_names_import_from_types() -> None:
    from openai_connector import types

    for name in ("ChatCompletion", "ChatCompletionChunk", "Completion", "FileObject", "VectorStore"):
        assert getattr(types, name).__name__ == name


def _page_class(annotation: str) -> str:
    """The page class an answer annotation names (`SyncCursorPage[FileObject]` -> `SyncCursorPage`), else ""."""
    found = re.match(r"(Sync\w*Page)\[", annotation)
    return found.group(1) if found else ""


def test_a_method_answers_with_openai_pythons_page_class_or_with_none() -> None:
    """List answers are pages where openai-python's are, of the same class (`SyncPage` for a search's POST)."""
    client = Client(api_key="sk-test")
    ours = {
        row.client_path: _page_class(str(inspect.signature(_lookup(client, row.client_path)).return_annotation))
        for row in _rows()
    }
    theirs = {row.client_path: _page_class(row.returns) for row in _rows()}
    assert {path: (ours[path], page) for path, page in theirs.items() if ours[path] != page} == {}
    assert theirs["vector_stores.search"] == "SyncPage" and sum(bool(page) for page in theirs.values()) == 58
