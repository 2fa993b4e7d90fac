# generated from the Golden Pets spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .cat import Cat
from .dog import Dog

Pet: TypeAlias = Open[Annotated[Annotated[Dog, Tag("dog")] | Annotated[Cat, Tag("cat")], Discriminator(tag_of("kind"))]]
"""A pet, a dog or a cat, told apart by `kind`."""
