"""Import cost, run as a script in a fresh interpreter: `python bench/importcost.py IMPL`.

Prints JSON: the time to import the package (`import_ms`), then to reach one response model
through its types namespace (`model_ms`), then to validate a first answer with it (`first_validate_ms`,
where the model's schema is built), and after each step how many of the package's modules are
loaded and how many pydantic model classes exist and are built (`__pydantic_complete__`).
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from typing import Any

_ANSWER = (
    b'{"id":"c","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,'
    b'"message":{"role":"assistant","content":"Hello","refusal":null},"logprobs":null,"finish_reason":"stop"}]}'
)


def _counts(prefix: str) -> dict[str, int]:
    modules = sum(1 for name in list(sys.modules) if name == prefix or name.startswith(prefix + "."))
    models = built = 0
    pydantic = sys.modules.get("pydantic")
    if pydantic is not None:
        seen: set[type] = set()
        todo: list[type] = [pydantic.BaseModel]
        while todo:
            cls = todo.pop()
            subclasses: list[type] = cls.__subclasses__()
            for sub in subclasses:
                if sub not in seen:
                    seen.add(sub)
                    todo.append(sub)
        ours = [c for c in seen if c.__module__.startswith(prefix + ".")]
        models = len(ours)
        built = sum(1 for c in ours if c.__dict__.get("__pydantic_complete__", False))
    return {"modules": modules, "models": models, "built": built}


def main() -> int:
    impl = sys.argv[1]
    result: dict[str, Any] = {}
    t0 = time.perf_counter()
    if impl == "ours":
        prefix = "openai_connector"
        import openai_connector

        t1 = time.perf_counter()
        result["import"] = _counts(prefix)
        del openai_connector
        from openai_connector.types import ChatCompletion

        model: Any = ChatCompletion
    else:
        prefix = "openai"
        importlib.import_module("openai")  # the peers' venv only: untyped here
        t1 = time.perf_counter()
        result["import"] = _counts(prefix)
        model = importlib.import_module("openai.types.chat").ChatCompletion
    t2 = time.perf_counter()
    result["model"] = _counts(prefix)
    model.model_validate_json(_ANSWER)
    t3 = time.perf_counter()
    result["validated"] = _counts(prefix)
    result.update(import_ms=(t1 - t0) * 1e3, model_ms=(t2 - t1) * 1e3, first_validate_ms=(t3 - t2) * 1e3)
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
