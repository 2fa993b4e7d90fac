# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .c2_pa_provenance_result import C2PaProvenanceResult
from .provenance_check_object import ProvenanceCheckObject
from .synth_id_provenance_result import SynthIdProvenanceResult


class ContentProvenanceCheck(BaseModel):
    object: ProvenanceCheckObject = Field(default_factory=_missing)
    """The object type. Always `content_provenance_check` for this endpoint."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp, in seconds, when the provenance check was created."""

    results: list[
        Open[
            Annotated[
                Annotated[C2PaProvenanceResult, Tag("c2pa")] | Annotated[SynthIdProvenanceResult, Tag("synthid")],
                Discriminator(tag_of("type")),
            ]
        ]
    ] = Field(default_factory=_missing)
    """The provenance results that apply to the uploaded file. Image results include C2PA and SynthID; audio results include SynthID."""
