"""Copy the generated client package into another project, optionally under another name.

Absolute imports of the package (`import openai_connector...`, `from openai_connector... import`)
and string literals that are exactly one of its module paths (lazy import maps) are rewritten to
the new name; relative imports need nothing. Development leftovers (tests, caches, bytecode)
are not copied. The copy carries a `VENDORED.md` naming the specs, their sha256s and the
generator version, read from the generator's manifest.

Vendoring again replaces the earlier copy whole, so nothing stale survives; a folder that
holds no `VENDORED.md` is never replaced.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import keyword
import re
import shutil
import tempfile
import tokenize
import tomllib
from pathlib import Path
from typing import Any

MARKER = "VENDORED.md"
SKIPPED_DIRS = frozenset(
    {"__pycache__", "tests", "test", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".git", ".hypothesis"}
)
SKIPPED_SUFFIXES = (".pyc", ".pyo", ".orig", ".rej", ".swp")
SKIPPED_FILES = frozenset({"conftest.py", ".DS_Store", ".coverage"})
_PROJECT_ROOT = Path(__file__).resolve().parents[1]


class VendorError(Exception):
    """A bad source, destination, name or manifest; the message is one line for the user."""


@dataclasses.dataclass(frozen=True)
class VendorResult:
    target: Path
    files: int
    rewritten_files: int
    removed: int


def _skipped(relative: Path) -> bool:
    if any(part in SKIPPED_DIRS or part.endswith(".egg-info") for part in relative.parts[:-1]):
        return True
    name = relative.name
    return (
        name in SKIPPED_FILES
        or name.endswith(SKIPPED_SUFFIXES)
        or (name.startswith("test_") and name.endswith(".py"))
        or name.endswith("_test.py")
        or name == MARKER
    )


def package_files(source: Path) -> list[Path]:
    """The files of the package to copy, relative to `source`, sorted."""
    return sorted(
        path.relative_to(source)
        for path in source.rglob("*")
        if path.is_file() and not _skipped(path.relative_to(source))
    )


def rewrite_imports(text: str, old: str, new: str) -> str:
    """`text` (Python source) with absolute imports of package `old` pointing at `new` instead.

    Rewritten: the module of `import old[.x] [as y], ...` and `from old[.x] import ...`; the
    name `old` in code where `import old[.x]` bound it; a one-line string literal that is
    exactly `old` or `old.some.module`. Untouched: relative imports, names imported *from*
    other modules, attributes, and any other text.
    """
    if old == new or old not in text:
        return text
    module_string = re.compile(rf"""^([rRuU]?)(['"]){re.escape(old)}(?:\.[A-Za-z_]\w*)*\2$""")
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError) as exc:
        raise VendorError(f"cannot read Python source: {exc}") from None
    edits: list[tuple[int, int]] = []  # (row, column) where `old` starts
    uses: list[tuple[int, int]] = []  # `old` as a plain name in code (bound by `import old[.x]`)
    mode: str | None = None  # "import", "from", then "from-names" after `from x import`
    expect_module = binds = pending = after_dot = False
    previous = ""
    for token in tokens:
        kind, value = token.type, token.string
        if kind in (tokenize.COMMENT, tokenize.NL):
            continue
        line_start = previous in ("", "\n", ";", "<indent>")
        previous = "<indent>" if kind in (tokenize.INDENT, tokenize.DEDENT) else value
        if kind == tokenize.NEWLINE:
            previous = "\n"
        if pending and (kind == tokenize.NEWLINE or value in (",", ";") or kind == tokenize.ENDMARKER):
            binds, pending = True, False
        if kind in (tokenize.NEWLINE, tokenize.ENDMARKER) or (kind == tokenize.OP and value == ";"):
            mode, expect_module = None, False
            continue
        if kind in (tokenize.INDENT, tokenize.DEDENT):
            continue
        if kind == tokenize.NAME and line_start and value in ("import", "from"):
            mode, expect_module = value, True
        elif kind == tokenize.NAME and mode == "from" and value == "import":
            mode, expect_module = "from-names", False
        elif kind == tokenize.NAME and expect_module:
            if value == old:
                edits.append(token.start)
                pending = mode == "import"
            expect_module = False
        elif kind == tokenize.NAME and value == "as":
            pending = False
        elif kind == tokenize.NAME and value == old and mode is None and not after_dot:
            uses.append(token.start)
        elif kind == tokenize.OP:
            expect_module = mode == "import" and value == ","
        elif kind == tokenize.STRING and token.start[0] == token.end[0]:
            match = module_string.match(value)
            if match:
                edits.append((token.start[0], token.start[1] + len(match.group(1)) + 1))
        after_dot = value == "."
    lines = text.splitlines(keepends=True)
    for row, column in sorted(edits + (uses if binds else []), reverse=True):
        line = lines[row - 1]
        lines[row - 1] = line[:column] + new + line[column + len(old) :]
    return "".join(lines)


def read_manifest(path: Path) -> dict[str, Any] | None:
    """The generator's manifest, or None if there is none; VendorError if it is not one."""
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise VendorError(f"{path}: cannot read the manifest: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("specs", []), list):
        raise VendorError(f"{path}: the manifest must be an object whose `specs` is a list")
    return data


def _runtime_dependencies() -> list[str] | None:
    try:
        project = tomllib.loads((_PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return None
    dependencies = project.get("dependencies")
    return [str(d) for d in dependencies] if isinstance(dependencies, list) else None


def _cell(value: Any) -> str:
    return "unknown" if value is None or value == "" else str(value).replace("|", "\\|")


def vendored_md(
    original: str, package: str, manifest: dict[str, Any] | None, files: dict[str, str], selection: str = ""
) -> str:
    """The text of VENDORED.md: what was copied, from which specs, by which generator."""
    tree = hashlib.sha256("".join(f"{digest}  {name}\n" for name, digest in sorted(files.items())).encode())
    renamed = f", renamed from `{original}`" if original != package else f" `{original}`"
    lines = [
        f"# Vendored client: `{package}`",
        "",
        f"A copy of the generated client package{renamed}, made by `python -m generator vendor`.",
        "Do not edit it here: change the specs or the generator, regenerate, and vendor again.",
        "",
        f"- generator version: {_cell((manifest or {}).get('generator_version'))}",
        f"- files: {len(files)}; sha256 of their sorted `sha256sum` listing: {tree.hexdigest()}",
        f"- part of the client: {selection or 'all of it'}",
    ]
    dependencies = _runtime_dependencies()
    shown = ", ".join(f"`{d}`" for d in dependencies) if dependencies else "unknown"
    lines += [f"- runtime dependencies: {shown}", "", "## Specs", ""]
    specs = (manifest or {}).get("specs")
    if not specs:
        lines.append("unknown (no generator manifest was found)")
    else:
        lines += ["| file | title | version | sha256 | operations |", "| --- | --- | --- | --- | --- |"]
        for spec in specs:
            entry = spec if isinstance(spec, dict) else {}
            cells = (entry.get(key) for key in ("file", "title", "version", "sha256", "operations"))
            lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    return "\n".join(lines) + "\n"


def vendor(
    dest: Path,
    *,
    source: Path,
    package: str | None = None,
    manifest: Path | None = None,
    selection: str = "",
) -> VendorResult:
    """Copy the package at `source` into `dest/<package>` (default: the source folder's name).

    `manifest` defaults to `.manifest.json` beside the source package.
    """
    source = source.resolve()
    if not (source / "__init__.py").is_file():
        raise VendorError(f"{source}: not a Python package (no __init__.py); generate the client first")
    original = source.name
    package = package or original
    if not package.isidentifier() or keyword.iskeyword(package):
        raise VendorError(f"{package!r}: not a valid Python package name")
    if not dest.is_dir():
        raise VendorError(f"{dest}: no such folder")
    target = dest.resolve() / package
    if target == source or source in target.parents or target in source.parents:
        raise VendorError(f"{target}: the destination overlaps the source package")
    if target.exists() and not (target / MARKER).is_file():
        raise VendorError(f"{target}: exists and was not vendored (no {MARKER}); move it away first")
    manifest_data = read_manifest(manifest or source.parent / ".manifest.json")

    staging = Path(tempfile.mkdtemp(prefix=f".{package}.", dir=target.parent))
    try:
        digests, rewritten = _copy_tree(source, staging, original, package)
        text = vendored_md(original, package, manifest_data, digests, selection)
        (staging / MARKER).write_text(text, encoding="utf-8")
        removed = _replace(target, staging, set(digests))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return VendorResult(target, len(digests), rewritten, removed)


def _copy_tree(source: Path, staging: Path, original: str, package: str) -> tuple[dict[str, str], int]:
    """Copy the package's files into `staging`, rewriting imports; their sha256s and how many were rewritten."""
    digests: dict[str, str] = {}
    rewritten = 0
    for relative in package_files(source):
        data = (source / relative).read_bytes()
        if relative.suffix in (".py", ".pyi") and package != original:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                raise VendorError(f"{source / relative}: not UTF-8 text") from None
            try:
                changed = rewrite_imports(text, original, package)
            except VendorError as exc:
                raise VendorError(f"{source / relative}: {exc}") from None
            if changed != text:
                rewritten += 1
                data = changed.encode("utf-8")
        out = staging / relative
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        digests[relative.as_posix()] = hashlib.sha256(data).hexdigest()
    return digests, rewritten


def _replace(target: Path, staging: Path, kept: set[str]) -> int:
    """Put `staging` in the place of `target`; the number of files of the old copy that are gone."""
    if not target.exists():
        staging.rename(target)
        return 0
    previous = {p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()}
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    target.rename(old)
    staging.rename(target)
    shutil.rmtree(old)
    return len(previous - kept - {MARKER})
