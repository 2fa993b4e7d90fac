# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ...container_file_resource import ContainerFileResource as ContainerFileResource
from ...container_file_resource import ContainerFileResource as FileCreateJsonResponse
from ...container_file_resource import ContainerFileResource as FileCreateResponse
from ...container_file_resource import ContainerFileResource as FileListResponse
from ...container_file_resource import ContainerFileResource as FileRetrieveResponse

__all__ = [
    "ContainerFileResource",
    "FileCreateJsonResponse",
    "FileCreateResponse",
    "FileListResponse",
    "FileRetrieveResponse",
]
