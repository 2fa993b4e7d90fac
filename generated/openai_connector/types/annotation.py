# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .container_file_citation_body import ContainerFileCitationBody, ContainerFileCitationBodyParam
from .file_citation_body import FileCitationBody, FileCitationBodyParam
from .file_path import FilePath, FilePathParam
from .url_citation_body import UrlCitationBody, UrlCitationBodyParam

Annotation: TypeAlias = Open[
    Annotated[
        Annotated[FileCitationBody, Tag("file_citation")]
        | Annotated[UrlCitationBody, Tag("url_citation")]
        | Annotated[ContainerFileCitationBody, Tag("container_file_citation")]
        | Annotated[FilePath, Tag("file_path")],
        Discriminator(tag_of("type")),
    ]
]
"""An annotation that applies to a span of output text."""


AnnotationParam: TypeAlias = (
    FileCitationBodyParam | UrlCitationBodyParam | ContainerFileCitationBodyParam | FilePathParam
)
"""An annotation that applies to a span of output text."""
