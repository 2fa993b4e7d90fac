# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .apply_patch_create_file_operation_param import (
    ApplyPatchCreateFileOperationParam,
    ApplyPatchCreateFileOperationParamParam,
)
from .apply_patch_delete_file_operation_param import (
    ApplyPatchDeleteFileOperationParam,
    ApplyPatchDeleteFileOperationParamParam,
)
from .apply_patch_update_file_operation_param import (
    ApplyPatchUpdateFileOperationParam,
    ApplyPatchUpdateFileOperationParamParam,
)

ApplyPatchOperationParam: TypeAlias = Open[
    Annotated[
        Annotated[ApplyPatchCreateFileOperationParam, Tag("create_file")]
        | Annotated[ApplyPatchDeleteFileOperationParam, Tag("delete_file")]
        | Annotated[ApplyPatchUpdateFileOperationParam, Tag("update_file")],
        Discriminator(tag_of("type")),
    ]
]
"""One of the create_file, delete_file, or update_file operations supplied to the apply_patch tool."""


ApplyPatchOperationParamParam: TypeAlias = (
    ApplyPatchCreateFileOperationParamParam
    | ApplyPatchDeleteFileOperationParamParam
    | ApplyPatchUpdateFileOperationParamParam
)
"""One of the create_file, delete_file, or update_file operations supplied to the apply_patch tool."""
