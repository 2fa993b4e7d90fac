# copied from generator/runtime/extras/testing/_serializer.py by the openai-connector generator; edit the source
"""The readable YAML serializer of cassettes (PyYAML, imported on first use)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["serializer"]


class _Serializer:
    """vcrpy's YAML format, written readably: multi-line bodies (JSON, SSE) as block literals, keys sorted."""

    @staticmethod
    def serialize(cassette_dict: Mapping[str, Any]) -> str:
        import yaml

        class Dumper(yaml.SafeDumper):
            pass

        def text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
            style = "|" if "\n" in value and "\r" not in value else None
            return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

        Dumper.add_representer(str, text)
        dumped: str = yaml.dump(dict(cassette_dict), Dumper=Dumper, sort_keys=True, allow_unicode=True, width=4096)
        return dumped

    @staticmethod
    def deserialize(cassette_string: str) -> Any:
        import yaml

        return yaml.load(cassette_string, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


serializer = _Serializer()
