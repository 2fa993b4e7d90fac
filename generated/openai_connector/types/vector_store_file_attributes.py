# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of

VectorStoreFileAttributes: TypeAlias = (
    dict[
        str,
        Open[
            Annotated[
                Annotated[str, Tag("<str>")] | Annotated[float, Tag("<float>")] | Annotated[bool, Tag("<bool>")],
                Discriminator(tag_of(None, {"<int>": "<float>"})),
            ]
        ],
    ]
    | None
)
"""Set of 16 key-value pairs that can be attached to an object. This can be
useful for storing additional information about the object in a structured
format, and querying for objects via API or the dashboard. Keys are strings
with a maximum length of 64 characters. Values are strings with a maximum
length of 512 characters, booleans, or numbers.
"""
