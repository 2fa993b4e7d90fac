"""Format rendered files with ruff and write them, owning the output folder whole (the copied runtime too)."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from generator.pipeline import OPENAI_PARTS
from generator.runtime_source import COPY_HEADER, LIB, RUNTIME_SOURCE, runtime_files
from generator.unasync import write_sync_modules

RUFF_OPTIONS = ["--isolated", "--line-length", "120", "--target-version", "py311"]
# Files in the output folder that report on a regeneration rather than follow from the specs.
NOT_OUTPUT = frozenset({"CHANGES.md"})


def format_files(files: dict[str, str], root: Path) -> None:
    """Write files under root, then let ruff sort imports, drop unused ones and format."""
    for relative, text in files.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    ruff_format([root])


def ruff_format(paths: list[Path]) -> None:
    """Let ruff sort imports, drop unused ones and format `paths` (files or folders)."""
    ruff = [sys.executable, "-m", "ruff"]
    names = [str(path) for path in paths]
    subprocess.run(
        [*ruff, "check", "--quiet", "--fix", "--select", "I,F401", "--exit-zero", *RUFF_OPTIONS, *names], check=True
    )
    subprocess.run([*ruff, "format", "--quiet", *RUFF_OPTIONS, *names], check=True)


def copy_lib(target: Path, *, openai_parts: bool, leave_out: tuple[str, ...] = ()) -> None:
    """Copy the handwritten runtime to `target`; its OpenAI-only parts only when asked; never `leave_out`.

    `leave_out` and the OpenAI parts name paths inside lib/ (a module, or a folder and all it holds). The
    sync twins of the async modules (`generator/unasync.py`) are written beside the copies of their sources.
    """
    skipped = (*leave_out, *([] if openai_parts else OPENAI_PARTS))
    copied: dict[str, Path] = {}
    for relative, source in runtime_files().items():
        if any(relative == s or relative.startswith(s + "/") for s in skipped):
            continue
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        header = COPY_HEADER.format(source=source.relative_to(RUNTIME_SOURCE).as_posix())
        destination.write_text(header + source.read_text(encoding="utf-8"), encoding="utf-8")
        copied[relative] = source
    made = write_sync_modules(target, copied)
    if made:
        ruff_format([target / path for path in made])


def build_tree(
    files: dict[str, str],
    extra: dict[str, str | bytes],
    package: str,
    staging: Path,
    *,
    openai_parts: bool = True,
    lib_leave_out: tuple[str, ...] = (),
) -> Path:
    """A complete output folder in `staging`: the package (with lib/ less `lib_leave_out`) and the top-level files."""
    package_dir = staging / package
    format_files(files, package_dir)
    copy_lib(package_dir / LIB, openai_parts=openai_parts, leave_out=lib_leave_out)
    for relative, content in extra.items():
        if isinstance(content, bytes):
            (staging / relative).write_bytes(content)
        else:
            (staging / relative).write_text(content, encoding="utf-8")
    return staging


def sync_tree(staging: Path, out: Path, package: str) -> tuple[list[str], list[str]]:
    """Make `out` match `staging`. Returns (written, deleted)."""
    written: list[str] = []
    deleted: list[str] = []
    out.mkdir(parents=True, exist_ok=True)
    staged = sorted(staging.rglob("*"))
    # Listed before the moves below empty the staging folder.
    expected = {source.relative_to(staging) for source in staged}
    for source in staged:
        relative = source.relative_to(staging)
        target = out / relative
        if source.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        elif not target.exists() or not filecmp.cmp(source, target, shallow=False):
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)  # the staging folder sits beside `out`: a rename, not a copy
            written.append(relative.as_posix())
    package_out = out / package
    for existing in sorted(package_out.rglob("*"), reverse=True):
        relative = existing.relative_to(out)
        if "__pycache__" in existing.parts:
            continue
        if relative not in expected:
            if existing.is_dir():
                if not any(existing.iterdir()):
                    existing.rmdir()
            else:
                existing.unlink()
                deleted.append(relative.as_posix())
    return written, deleted


def diff_trees(staging: Path, out: Path, package: str) -> list[str]:
    """Files that differ, are missing or are orphaned in `out` compared with `staging` (lib/ included)."""
    problems = []
    expected = {p.relative_to(staging).as_posix() for p in staging.rglob("*") if p.is_file()}
    actual = {
        p.relative_to(out).as_posix()
        for p in (out / package).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    } | {p.relative_to(out).as_posix() for p in out.glob("*") if p.is_file() and p.name not in NOT_OUTPUT}
    for relative in sorted(expected | actual):
        if relative not in actual:
            problems.append(f"missing: {relative}")
        elif relative not in expected:
            problems.append(f"orphaned: {relative}")
        elif not filecmp.cmp(staging / relative, out / relative, shallow=False):
            problems.append(f"differs: {relative}")
    return problems


def staging_dir(near: Path | None = None) -> tempfile.TemporaryDirectory[str]:
    """A temporary folder; beside `near` (same file system) when given, so files move by renaming."""
    parent = None
    if near is not None:
        parent = near.resolve().parent
        parent.mkdir(parents=True, exist_ok=True)
    return tempfile.TemporaryDirectory(prefix=".openai-connector-gen-", dir=parent)
