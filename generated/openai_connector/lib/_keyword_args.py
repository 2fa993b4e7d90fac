# copied from generator/runtime/core/_keyword_args.py by the openai-connector generator; edit the source
"""`KeywordArgs`: the base of the runtime's keyword-argument `TypedDict`s, a plain class at run time.

Defining a `TypedDict` compiles each of its (postponed) annotations; the runtime only ever needs the key
names (`keyword_names`), and these classes are defined when a client is first made: a plain class keeps
that off the cold start. Type checkers see `typing.TypedDict`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["KeywordArgs", "keyword_names"]

if TYPE_CHECKING:
    from typing import TypedDict as KeywordArgs
else:

    class KeywordArgs:
        """Stands for `typing.TypedDict` at run time: its subclasses only record their annotations."""

        def __init_subclass__(cls, total: bool = True, **kwargs: Any) -> None:
            super().__init_subclass__(**kwargs)


def keyword_names(spec: Any) -> frozenset[str]:
    """Every key a `KeywordArgs` class declares, its bases' included."""
    return frozenset(name for klass in spec.__mro__ for name in vars(klass).get("__annotations__", {}))
