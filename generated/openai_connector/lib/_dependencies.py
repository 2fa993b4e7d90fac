# copied from generator/runtime/core/_dependencies.py by the openai-connector generator; edit the source
"""The runtime's third-party dependencies, and the error that says how to install them.

Nothing here runs on the way to a working client: the package's lazy loader calls
`explain_missing` only after an import has already failed.
"""

from __future__ import annotations

import importlib.util

# import name -> requirement, as pyproject.toml's `dependencies` state them (a test keeps the two equal)
REQUIREMENTS: dict[str, str] = {
    "httpx2": "httpx2>=2.16,<3",
    "pydantic": "pydantic>=2.7,<3",
    "typing_extensions": "typing-extensions>=4.10",
}


def explain_missing(error: ModuleNotFoundError, package: str) -> ImportError | None:
    """An ImportError naming every missing dependency and the pip command, if `error` is about one."""
    if (error.name or "").split(".")[0] not in REQUIREMENTS:
        return None
    missing = [name for name in REQUIREMENTS if importlib.util.find_spec(name) is None]
    install = " ".join(f"'{requirement}'" for requirement in REQUIREMENTS.values())
    return ImportError(
        f"{package} needs {', '.join(missing) or error.name}, which this Python environment lacks; "
        f"install its dependencies: pip install {install}",
        name=error.name,
    )
