# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.skills`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ..deleted_skill import DeletedSkill as DeletedSkill
    from ..deleted_skill import DeletedSkill as SkillDeleteResponse
    from ..deleted_skill_version import DeletedSkillVersion as DeletedSkillVersion
    from ..deleted_skill_version import DeletedSkillVersion as VersionDeleteResponse
    from ..skill import Skill as Skill
    from ..skill import Skill as SkillCreateResponse
    from ..skill import Skill as SkillListResponse
    from ..skill import Skill as SkillRetrieveResponse
    from ..skill import Skill as SkillUpdateResponse
    from ..skill_version import SkillVersion as SkillVersion
    from ..skill_version import SkillVersion as VersionCreateResponse
    from ..skill_version import SkillVersion as VersionListResponse
    from ..skill_version import SkillVersion as VersionRetrieveResponse

__all__ = [
    "DeletedSkill",
    "DeletedSkillVersion",
    "Skill",
    "SkillCreateResponse",
    "SkillDeleteResponse",
    "SkillListResponse",
    "SkillRetrieveResponse",
    "SkillUpdateResponse",
    "SkillVersion",
    "VersionCreateResponse",
    "VersionDeleteResponse",
    "VersionListResponse",
    "VersionRetrieveResponse",
]

_EXPORTS: dict[str, Target] = {
    "DeletedSkill": (("deleted_skill", "DeletedSkill"),),
    "DeletedSkillVersion": (("deleted_skill_version", "DeletedSkillVersion"),),
    "Skill": (("skill", "Skill"),),
    "SkillCreateResponse": (("skill", "Skill"),),
    "SkillDeleteResponse": (("deleted_skill", "DeletedSkill"),),
    "SkillListResponse": (("skill", "Skill"),),
    "SkillRetrieveResponse": (("skill", "Skill"),),
    "SkillUpdateResponse": (("skill", "Skill"),),
    "SkillVersion": (("skill_version", "SkillVersion"),),
    "VersionCreateResponse": (("skill_version", "SkillVersion"),),
    "VersionDeleteResponse": (("deleted_skill_version", "DeletedSkillVersion"),),
    "VersionListResponse": (("skill_version", "SkillVersion"),),
    "VersionRetrieveResponse": (("skill_version", "SkillVersion"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 1, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
