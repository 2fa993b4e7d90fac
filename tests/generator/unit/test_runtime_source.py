"""The runtime's source (`generator/runtime/core` and `extras`) and its copy in every output's `lib/`."""

from __future__ import annotations

from pathlib import Path

from generator.extras import EXTRAS
from generator.runtime_source import COPY_HEADER, EXTRAS_SOURCE, LIB, LIB_SOURCE, REPO_ROOT, runtime_files
from generator.unasync import SYNC_MODULES
from generator.writer import copy_lib


def _entries(root: Path) -> set[str]:
    return {p.name for p in root.iterdir() if p.name != "__pycache__"}


def test_the_extras_listed_are_exactly_the_extras_folder() -> None:
    listed = {path for paths in EXTRAS.values() for path in paths}
    assert listed == _entries(EXTRAS_SOURCE)


def test_core_and_extras_share_no_path() -> None:
    assert not _entries(LIB_SOURCE) & _entries(EXTRAS_SOURCE)


def test_every_copy_names_its_source_and_is_otherwise_the_source(tmp_path: Path) -> None:
    copy_lib(tmp_path / LIB, openai_parts=True)
    copied = {p.relative_to(tmp_path / LIB).as_posix() for p in (tmp_path / LIB).rglob("*.py")}
    assert copied == set(runtime_files()) | set(SYNC_MODULES.values())  # and the sync twins written beside
    for relative, source in runtime_files().items():
        header = COPY_HEADER.format(source=source.relative_to(REPO_ROOT / "generator" / "runtime").as_posix())
        text = (tmp_path / LIB / relative).read_text(encoding="utf-8")
        assert text == header + source.read_text(encoding="utf-8"), relative


def test_a_copy_can_leave_the_extras_out(tmp_path: Path) -> None:
    leave_out = tuple(path for paths in EXTRAS.values() for path in paths)
    copy_lib(tmp_path / LIB, openai_parts=True, leave_out=leave_out)
    copied = {p.relative_to(tmp_path / LIB).parts[0] for p in (tmp_path / LIB).rglob("*.py")}
    assert copied == {p.name for p in LIB_SOURCE.iterdir() if p.suffix == ".py" or (p.is_dir() and any(p.glob("*.py")))}


def test_the_checked_in_lib_is_the_copy() -> None:
    generated = REPO_ROOT / "generated" / "openai_connector" / LIB
    for relative, source in runtime_files().items():
        text = (generated / relative).read_text(encoding="utf-8")
        assert text.endswith(source.read_text(encoding="utf-8")), (
            f"edit generator/runtime, then make generate: {relative}"
        )
