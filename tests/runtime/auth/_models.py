"""Shared by the auth tests: a model that takes any answer (the tests look at the request, not the answer)."""

from __future__ import annotations

from openai_connector.lib import BaseModel


class Anything(BaseModel):
    pass
