# copied from generator/runtime/core/helpers/output_text.py by the openai-connector generator; edit the source
"""`output_text`: the property the spec says SDKs compute on a response (openai-python's)."""

from __future__ import annotations

__all__ = ["OutputText"]


class OutputText:
    """Mixed into the generated `Response` models (`lib/_helpers_index.py: COMPUTED_FIELDS`)."""

    __slots__ = ()

    @property
    def output_text(self) -> str:
        """The text of every `output_text` part of the `message` items of `output`, joined ("" when none)."""
        texts: list[str] = []
        for item in getattr(self, "output", None) or ():
            if getattr(item, "type", None) == "message":
                for part in getattr(item, "content", None) or ():
                    text = getattr(part, "text", None)
                    if getattr(part, "type", None) == "output_text" and isinstance(text, str):
                        texts.append(text)
        return "".join(texts)
