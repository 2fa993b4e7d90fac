"""The Jinja environment of the templates, with the filters that write docstrings."""

from __future__ import annotations

from pathlib import Path

import jinja2

TEMPLATES = Path(__file__).parent.parent / "templates"


def docstring_body(text: str) -> str:
    text = text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    text = "\n".join(line.rstrip() for line in text.splitlines())
    if text.endswith('"'):
        text += " "
    return text


def docstring(text: str, indent: str = "    ") -> str:
    body = docstring_body(text)
    if "\n" not in body:
        return f'"""{body}"""'
    lines = body.splitlines()
    rest = "\n".join(indent + line if line else "" for line in lines[1:])
    return f'"""{lines[0]}\n{rest}\n{indent}"""'


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["docstring"] = docstring
    env.filters["docstring_body"] = docstring_body
    env.filters["pystr"] = repr
    return env
