# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_container_file_citation_body import BetaContainerFileCitationBody, BetaContainerFileCitationBodyParam
from .beta_file_citation_body import BetaFileCitationBody, BetaFileCitationBodyParam
from .beta_file_path import BetaFilePath, BetaFilePathParam
from .beta_url_citation_body import BetaUrlCitationBody, BetaUrlCitationBodyParam

BetaAnnotation: TypeAlias = Open[
    Annotated[
        Annotated[BetaFileCitationBody, Tag("file_citation")]
        | Annotated[BetaUrlCitationBody, Tag("url_citation")]
        | Annotated[BetaContainerFileCitationBody, Tag("container_file_citation")]
        | Annotated[BetaFilePath, Tag("file_path")],
        Discriminator(tag_of("type")),
    ]
]
"""An annotation that applies to a span of output text."""


BetaAnnotationParam: TypeAlias = (
    BetaFileCitationBodyParam | BetaUrlCitationBodyParam | BetaContainerFileCitationBodyParam | BetaFilePathParam
)
"""An annotation that applies to a span of output text."""
