# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_apply_patch_create_file_operation_param import (
    BetaApplyPatchCreateFileOperationParam,
    BetaApplyPatchCreateFileOperationParamParam,
)
from .beta_apply_patch_delete_file_operation_param import (
    BetaApplyPatchDeleteFileOperationParam,
    BetaApplyPatchDeleteFileOperationParamParam,
)
from .beta_apply_patch_update_file_operation_param import (
    BetaApplyPatchUpdateFileOperationParam,
    BetaApplyPatchUpdateFileOperationParamParam,
)

BetaApplyPatchOperationParam: TypeAlias = Open[
    Annotated[
        Annotated[BetaApplyPatchCreateFileOperationParam, Tag("create_file")]
        | Annotated[BetaApplyPatchDeleteFileOperationParam, Tag("delete_file")]
        | Annotated[BetaApplyPatchUpdateFileOperationParam, Tag("update_file")],
        Discriminator(tag_of("type")),
    ]
]
"""One of the create_file, delete_file, or update_file operations supplied to the apply_patch tool."""


BetaApplyPatchOperationParamParam: TypeAlias = (
    BetaApplyPatchCreateFileOperationParamParam
    | BetaApplyPatchDeleteFileOperationParamParam
    | BetaApplyPatchUpdateFileOperationParamParam
)
"""One of the create_file, delete_file, or update_file operations supplied to the apply_patch tool."""
