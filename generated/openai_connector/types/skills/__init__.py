# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.skills`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from ...lib._type_exports import Target, load_export

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
