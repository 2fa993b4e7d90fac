"""generator/unasync.py: the sync modules of the runtime (actions, helpers) are made from their async source."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.runtime_source import runtime_files
from generator.unasync import SYNC_MODULES, unasync, write_sync_modules
from generator.writer import ruff_format

OUTPUT_LIB = Path(__file__).resolve().parents[3] / "generated" / "openai_connector" / "lib"
SOURCE = '''"""Things over an `AsyncClient`.

This is the source.
"""

async def fetch(client: AsyncClient) -> AsyncIterator[str]:
    async with client:
        page = await client.list()
        async for item in page:
            yield item
    await asleep(1)
    await arun_each([], AsyncClientish)
'''


def test_keywords_go_and_async_names_become_sync_ones() -> None:
    text = unasync(SOURCE, "lib/x.py")
    assert "def fetch(client: Client) -> Iterator[str]:" in text
    assert "    with client:\n        page = client.list()\n" in text
    assert "    sleep(1)\n    run_each([], AsyncClientish)\n" in text  # whole words only


def test_a_loop_that_only_yields_becomes_yield_from() -> None:
    assert "        yield from page\n" in unasync(SOURCE, "lib/x.py")


def test_the_last_docstring_paragraph_becomes_the_generated_note() -> None:
    text = unasync(SOURCE, "lib/x.py")
    assert text.startswith(
        '"""Things over an `Client`.\n\nGenerated from lib/x.py by generator/unasync.py; do not edit.\n"""'
    )
    assert "This is the source" not in text


def test_async_protocol_methods_become_their_sync_ones() -> None:
    source = '"""A.\n\nSource.\n"""\nasync def __aenter__(self):\n    return await self.__anext__()\n'
    text = unasync(source, "lib/x.py")
    assert "def __enter__(self):\n    return self.__next__()\n" in text


def test_a_docstring_without_the_source_paragraph_is_refused() -> None:
    with pytest.raises(ValueError, match="last paragraph"):
        unasync('"""One line."""\n', "lib/x.py")


def test_the_async_protocol_methods_become_the_sync_ones() -> None:
    source = '"""A.\n\nSource.\n"""\n'
    source += "async def __aenter__(self):\n    return self\n"
    source += "async def __aexit__(self, *exc):\n    pass\n"
    source += "async def __aiter__(self):\n    yield 1\n"
    text = unasync(source, "lib/x.py")
    assert "def __enter__(self):" in text
    assert "def __exit__(self, *exc):" in text
    assert "def __iter__(self):" in text


@pytest.mark.parametrize("line", ["x = await(y)", "import asyncio"])
def test_async_code_left_in_the_sync_module_is_refused(line: str) -> None:
    with pytest.raises(ValueError, match=r"lib/x.py: line 5 of the sync module still says"):
        unasync(f'"""A.\n\nSource.\n"""\n{line}\n', "lib/x.py")


def test_the_committed_sync_modules_are_the_generated_ones(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    sources = {source: runtime_files()[source] for source in SYNC_MODULES}
    for folder in {Path(target).parent for target in SYNC_MODULES.values()}:
        (lib / folder).mkdir(parents=True, exist_ok=True)
    made = write_sync_modules(lib, sources)
    assert sorted(made) == sorted(SYNC_MODULES.values())
    ruff_format([lib / path for path in made])
    for path in made:
        assert (lib / path).read_text() == (OUTPUT_LIB / path).read_text(), f"{path}: run make generate"
