# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.fine_tuning.checkpoints`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ...delete_fine_tuning_checkpoint_permission_response import (
        DeleteFineTuningCheckpointPermissionResponse as DeleteFineTuningCheckpointPermissionResponse,
    )
    from ...delete_fine_tuning_checkpoint_permission_response import (
        DeleteFineTuningCheckpointPermissionResponse as PermissionDeleteResponse,
    )
    from ...fine_tuning_checkpoint_permission import FineTuningCheckpointPermission as FineTuningCheckpointPermission
    from ...fine_tuning_checkpoint_permission import FineTuningCheckpointPermission as PermissionCreateResponse
    from ...fine_tuning_checkpoint_permission import FineTuningCheckpointPermission as PermissionListResponse
    from ...list_fine_tuning_checkpoint_permission_response import (
        ListFineTuningCheckpointPermissionResponse as ListFineTuningCheckpointPermissionResponse,
    )
    from ...list_fine_tuning_checkpoint_permission_response import (
        ListFineTuningCheckpointPermissionResponse as PermissionRetrieveResponse,
    )

__all__ = [
    "DeleteFineTuningCheckpointPermissionResponse",
    "FineTuningCheckpointPermission",
    "ListFineTuningCheckpointPermissionResponse",
    "PermissionCreateResponse",
    "PermissionDeleteResponse",
    "PermissionListResponse",
    "PermissionRetrieveResponse",
]

_EXPORTS: dict[str, Target] = {
    "DeleteFineTuningCheckpointPermissionResponse": (
        ("delete_fine_tuning_checkpoint_permission_response", "DeleteFineTuningCheckpointPermissionResponse"),
    ),
    "FineTuningCheckpointPermission": (("fine_tuning_checkpoint_permission", "FineTuningCheckpointPermission"),),
    "ListFineTuningCheckpointPermissionResponse": (
        ("list_fine_tuning_checkpoint_permission_response", "ListFineTuningCheckpointPermissionResponse"),
    ),
    "PermissionCreateResponse": (("fine_tuning_checkpoint_permission", "FineTuningCheckpointPermission"),),
    "PermissionDeleteResponse": (
        ("delete_fine_tuning_checkpoint_permission_response", "DeleteFineTuningCheckpointPermissionResponse"),
    ),
    "PermissionListResponse": (("fine_tuning_checkpoint_permission", "FineTuningCheckpointPermission"),),
    "PermissionRetrieveResponse": (
        ("list_fine_tuning_checkpoint_permission_response", "ListFineTuningCheckpointPermissionResponse"),
    ),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 2, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
