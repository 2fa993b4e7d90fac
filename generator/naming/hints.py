"""Name hints: where in the spec a definition sits, as the parser sees it, part by part.

The parser builds a hint for every definition from these functions and never joins the parts
itself; `classes.py` turns hints into class names. Each part says what it is (its role), because
the rules differ: a branch named after its JSON type is dropped when that leaves the name free, a
branch title that is a full name is tried on its own, and so on.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Literal

Role = Literal["root", "property", "item", "value", "suffix", "title", "tag", "shape"]


@dataclasses.dataclass(frozen=True)
class Part:
    text: str
    role: Role


Hint = tuple[Part, ...]


# The union of every event a spec's `webhooks` section sends (openai-python's name for it).
WEBHOOK_EVENTS = "UnwrapWebhookEvent"
# What the union and the payloads written in place are grouped under: their module, `types/webhooks.py`,
# so `from <package>.types.webhooks import UnwrapWebhookEvent` works as it does with openai-python.
WEBHOOKS_GROUP = "webhooks"


def root(name: str) -> Hint:
    """The hint of a component schema (its name, or its overlay's `x-connector-name`) or an operation."""
    return (Part(name, "root"),)


def child(hint: Hint, name: str) -> Hint:
    """A property (or an operation's parameter) inside `hint`."""
    return (*hint, Part(name, "property"))


def suffixed(hint: Hint, word: str) -> Hint:
    """A fixed word the generator adds: an operation's `Body`, `Response`, `StreamEvent`."""
    return (*hint, Part(word, "suffix"))


def webhook_events() -> Hint:
    """The union of the payloads of a spec's `webhooks`."""
    return root(WEBHOOK_EVENTS)


def webhook_payload(name: str) -> Hint:
    """A payload schema written inline in the webhook `name` (a `$ref`'d component keeps its own name)."""
    return suffixed(root(name), "WebhookEvent")


def item(hint: Hint) -> Hint:
    """The items of an array: the array's last part in the singular (`choices` -> `choice`)."""
    if not hint:
        return (Part("Item", "item"),)
    return (*hint[:-1], Part(singular(hint[-1].text), "item"))


def value(hint: Hint) -> Hint:
    """The values of a map (`additionalProperties`)."""
    return (*hint, Part("Value", "value"))


def referenced(tokens: list[str], fallback: Hint) -> Hint:
    """The hint of a schema reached by a `$ref` into a component (`#/components/schemas/A/properties/b`)."""
    names = [t for t in tokens[2:] if t not in ("properties", "items")]
    if not names:
        return fallback
    return (Part(names[0], "root"), *(Part(n, "property") for n in names[1:]))


def branch(hint: Hint, node: Any, resolved: dict[str, Any] | None, siblings: int) -> Hint:
    """A branch of a `oneOf`/`anyOf`: named by its title, its constant tag, or its shape.

    The only branch of a union (a nullable `anyOf` whose null branch normalisation removed) is the
    union itself: its part is kept only where the name without it is taken.
    """
    part = branch_part(node, resolved)
    return (*hint, part if siblings > 1 else Part(part.text, "shape"))


def branch_part(node: Any, resolved: dict[str, Any] | None) -> Part:
    if not isinstance(node, dict):
        return Part("variant", "shape")
    title = node.get("title")
    if isinstance(title, str) and title.strip():
        return Part(title, "title")
    schema = resolved or node
    found = schema.get("properties")
    properties: dict[str, Any] = found if isinstance(found, dict) else {}
    for prop in ("type", "object", "kind", "role", "event"):
        tag = properties.get(prop)
        if isinstance(tag, dict) and isinstance(tag.get("enum"), list) and len(tag["enum"]) == 1:
            return Part(str(tag["enum"][0]), "tag")
    kind = schema.get("type")
    if kind == "array":
        return Part("list", "shape")
    if isinstance(kind, str):
        return Part({"string": "str", "integer": "int", "number": "float", "boolean": "bool"}.get(kind, kind), "shape")
    if properties:
        return Part("with_" + "_".join(sorted(properties)[:2]), "shape")
    required = schema.get("required")
    if isinstance(required, list) and required:
        return Part("with_" + "_".join(str(r) for r in required[:2]), "shape")
    return Part("variant", "shape")


def singular(word: str) -> str:
    """`choices` -> `choice`, `entries` -> `entry`; a word with no plural form gets `Item`/`_item`."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word + "Item" if word[:1].isupper() else word + "_item"
