# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of

StopConfiguration: TypeAlias = (
    Open[Annotated[Annotated[str, Tag("<str>")] | Annotated[list[str], Tag("<list>")], Discriminator(tag_of(None))]]
    | None
)
"""Not supported with latest reasoning models `o3` and `o4-mini`.

Up to 4 sequences where the API will stop generating further tokens. The
returned text will not contain the stop sequence.
"""
