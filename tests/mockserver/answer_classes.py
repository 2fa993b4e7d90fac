"""Whether each value of a parsed answer is in its right class, and which class a method declares.

No raw dict where a model was declared, no tagged model holding another variant's tag, no text
standing in for bytes; the sweep (`prism_sweep`) and the surface tests judge answers with these.
"""

from __future__ import annotations

import builtins
import inspect
import sys
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any

import pydantic


def misplaced(value: Any, annotation: Any, where: str = "$") -> Iterator[str]:
    """Values that did not land in the class the annotation declares (raw dicts, wrong tags, U+FFFD)."""
    origin = typing.get_origin(annotation)
    if annotation is Any or annotation is object:
        return
    if origin is typing.Annotated:
        yield from misplaced(value, typing.get_args(annotation)[0], where)
    elif origin is typing.Literal:
        if value not in typing.get_args(annotation):
            yield f"{where}: {value!r} is not one of {typing.get_args(annotation)}"
    elif origin in (typing.Union, types.UnionType):
        yield from _in_union(value, typing.get_args(annotation), where)
    elif origin is list:
        (item,) = typing.get_args(annotation) or (Any,)
        for index, element in enumerate(value if isinstance(value, list) else []):
            yield from misplaced(element, item, f"{where}[{index}]")
    elif origin is dict:
        _, item = typing.get_args(annotation) or (str, Any)
        for key, element in (value if isinstance(value, dict) else {}).items():
            yield from misplaced(element, item, f"{where}.{key}")
    elif isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        if not isinstance(value, annotation):
            yield f"{where}: {type(value).__name__} where {annotation.__name__} was declared"
        else:
            yield from _model(value, where)
    elif annotation is str and isinstance(value, str) and "\ufffd" in value:
        yield f"{where}: text with U+FFFD (bytes decoded as text)"


def _in_union(value: Any, options: tuple[Any, ...], where: str) -> Iterator[str]:
    if value is None and type(None) in options:
        return
    flat = list(_variants(options))
    models = [o for o in flat if isinstance(o, type) and issubclass(o, pydantic.BaseModel)]
    if isinstance(value, pydantic.BaseModel):
        chosen = next((m for m in models if isinstance(value, m)), None)
        if chosen is None:
            yield f"{where}: {type(value).__name__} is none of the declared variants"
        else:
            yield from misplaced(value, chosen, where)
        return
    if isinstance(value, dict) and not any(_accepts_dict(o) for o in flat):
        names = ", ".join(sorted(m.__name__ for m in models)) or "no dict variant"
        yield f"{where}: raw dict {_tag(value)} where one of {names} was declared"
        return
    if isinstance(value, list):
        lists = [o for o in flat if typing.get_origin(o) is list]
        if len(lists) == 1:
            yield from misplaced(value, lists[0], where)


def _variants(options: tuple[Any, ...]) -> Iterator[Any]:
    """The variants of a union, with `Annotated` (tags, discriminators) and nested unions undone."""
    for option in options:
        inner = option
        while typing.get_origin(inner) is typing.Annotated:
            inner = typing.get_args(inner)[0]
        if typing.get_origin(inner) in (typing.Union, types.UnionType):
            yield from _variants(typing.get_args(inner))
        else:
            yield inner


def _accepts_dict(annotation: Any) -> bool:
    origin = typing.get_origin(annotation)
    if annotation is Any or annotation is dict or origin is dict:
        return True
    if origin in (typing.Union, types.UnionType):
        return any(_accepts_dict(a) for a in _variants(typing.get_args(annotation)))
    return False


def _tag(value: dict[str, Any]) -> str:
    tag = value.get("type", value.get("object"))
    return f"(type={tag!r})" if tag is not None else f"(keys {sorted(value)[:4]})"


def _model(model: pydantic.BaseModel, where: str) -> Iterator[str]:
    for name, field in type(model).model_fields.items():
        if name not in model.model_fields_set:
            continue
        annotation: Any = field.annotation
        if field.metadata:
            annotation = typing.Annotated[(annotation, *field.metadata)]
        yield from misplaced(getattr(model, name), annotation, f"{where}.{field.alias or name}")


def declared_answer(method: Callable[..., Any]) -> Any:
    written = inspect.signature(method).return_annotation
    answer = eval(written, _types_namespace(method)) if isinstance(written, str) else written
    if is_page(answer):
        return Any
    origin = typing.get_origin(answer)
    if origin is not None and is_page(origin):
        (item,) = typing.get_args(answer)
        return item
    return answer


def is_page(annotation: Any) -> bool:
    """Whether the annotation is one of the page classes (`SyncCursorPage`, `SyncPage`, ...)."""
    name = getattr(annotation, "__name__", "")
    return name.startswith("Sync") and name.endswith("Page")


def _types_namespace(method: Callable[..., Any]) -> dict[str, Any]:
    import openai_connector.pagination as pages
    import openai_connector.types as generated_types

    module = sys.modules[method.__module__]

    class Names(dict[str, Any]):
        def __missing__(self, name: str) -> Any:
            if hasattr(builtins, name):
                return getattr(builtins, name)
            return getattr(pages if name in pages.__all__ else generated_types, name)

    return Names(vars(module))
