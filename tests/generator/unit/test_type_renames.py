"""generator/type_renames: the public type names a regeneration renames or removes (for CHANGES.md)."""

from __future__ import annotations

from pathlib import Path

from generator.type_renames import TypeChanges, compare, module_of, to_markdown, type_changes


def index(names: dict[str, str]) -> str:
    entries = "".join(f"    {name!r}: {module!r},\n" for name, module in names.items())
    return f'"""doc"""\n\nMODULE_OF: dict[str, str] = {{\n{entries}}}\n'


def test_module_of_reads_the_index_without_importing_it() -> None:
    assert module_of(index({"Foo": "foo", "FooParam": "foo"})) == {"Foo": "foo", "FooParam": "foo"}
    assert module_of("") == {}


def test_a_name_gone_and_a_name_new_in_one_module_are_a_rename() -> None:
    before = {"Parent": "parent", "ParentLongChildName": "parent", "ParentLongChildNameParam": "parent"}
    after = {"Parent": "parent", "ParentChild": "parent", "ParentChildParam": "parent", "Other": "other"}
    assert compare(before, after) == TypeChanges(
        renamed=[("ParentLongChildName", "ParentChild"), ("ParentLongChildNameParam", "ParentChildParam")],
        removed=[],
    )


def test_an_ambiguous_or_unmatched_name_is_removed() -> None:
    before = {"A": "m", "B": "m", "C": "gone"}
    after = {"D": "m", "E": "m"}
    assert compare(before, after) == TypeChanges(renamed=[], removed=["A", "B", "C"])
    assert not compare(after, after)


def test_type_changes_compare_the_output_folder_with_the_rendered_files(tmp_path: Path) -> None:
    old = tmp_path / "pkg" / "azure" / "types" / "_index.py"
    old.parent.mkdir(parents=True)
    old.write_text(index({"LongName": "thing", "Kept": "kept"}))
    files = {"azure/types/_index.py": index({"Short": "thing", "Kept": "kept"})}
    changes = type_changes(tmp_path, "pkg", "azure/", files)
    assert changes.lines() == ["LongName -> Short"]
    assert to_markdown("Azure", changes) == (
        "## Azure: public types renamed or removed (1)\n\n- **breaking** `LongName` -> `Short`\n"
    )
    assert not type_changes(tmp_path, "pkg", "", files)  # nothing generated there before
