"""The names openai-python gives the answers of its methods, for the type modules laid out like its own.

openai-python names the answer of `client.containers.list()` `ContainerListResponse` (the resource's last
attribute in the singular, the method, `Response`) and spells "API" in capitals (`AdminAPIKey`).
"""

from __future__ import annotations

import re

from generator.naming.hints import singular
from generator.naming.identifiers import pascal

_API = re.compile(r"Api(?=[A-Z]|$)")


def sdk_spelling(name: str) -> str:
    """`AdminApiKey` -> `AdminAPIKey`: the acronym as openai-python spells it."""
    return _API.sub("API", name)


def answer_alias(resource: tuple[str, ...], method: str) -> str:
    """`("admin", "organization", "admin_api_keys")`, `create` -> `AdminAPIKeyCreateResponse`."""
    *head, last = resource[-1].split("_")
    one = singular(last)
    if one.endswith("_item"):  # no plural form: the word as it is (`speech`)
        one = last
    return sdk_spelling(pascal(("_".join([*head, one]), method, "response")))
