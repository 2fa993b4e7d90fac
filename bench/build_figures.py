"""Figures 6 and 7: generating a client, and importing one; each interleaves the implementations run by run."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from .peers import REPO, bin_path
from .runs import LABELS, Context, child_env, rotated, timed
from .stats import Check, FigureResult, Series, paired_ratios

__all__ = ["generation", "import_cost"]

SPEC = "specs/openai/openapi-2026-08-21.yaml"
WORK = REPO / "bench" / ".work"


# -- 6. generation -----------------------------------------------------------------------------------------


def generation(ctx: Context) -> FigureResult:
    WORK.mkdir(parents=True, exist_ok=True)
    tools: dict[str, Callable[[Path], list[str]]] = {
        "ours": lambda out: [sys.executable, "-m", "generator", "generate", SPEC, "--out", str(out)],
        "opc": lambda out: [
            str(bin_path("openapi-python-client")),
            "generate",
            "--path",
            SPEC,
            "--output-path",
            str(out),
        ],
        "dmcg": lambda out: [
            str(bin_path("datamodel-codegen")),
            "--input",
            SPEC,
            "--input-file-type",
            "openapi",
            "--output",
            str(out / "models.py"),
        ],
    }
    labels = {
        "ours": "openai-connector (`python -m generator generate`)",
        "opc": "openapi-python-client 0.29.1",
        "dmcg": "datamodel-code-generator 0.89.0 (models only)",
    }
    names = list(tools) if not ctx.quick else ["ours", "opc"]
    # The peers were installed by pip, compiled; compile ours too, so no run measures compiling source.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "generator"], cwd=REPO, env=child_env(), check=True)
    wall = {name: Series(labels[name], "s") for name in names}
    rss = {name: Series(f"{labels[name]}: peak RSS", "MiB") for name in names}
    for run in range(ctx.count(3, 1)):
        for name in rotated(names, run):
            out = WORK / f"gen-{name}"
            shutil.rmtree(out, ignore_errors=True)
            if name == "dmcg":
                out.mkdir(parents=True)
            seconds, peak = timed(tools[name](out))
            wall[name].values.append(seconds)
            rss[name].values.append(peak)
            shutil.rmtree(out, ignore_errors=True)
    result = FigureResult(
        "generation",
        "6. Generation: wall time and peak memory",
        f"Generating a client from `{SPEC}` (2.97 MB, one process tree each; peak RSS is that of the "
        "largest process of the tree, from `wait4`; the formatter subprocesses count too).",
        series=[*wall.values(), *rss.values()],
        checks=[
            Check("ours / openapi-python-client: wall", paired_ratios(wall["ours"], wall["opc"]), 0.5),
            Check("ours / openapi-python-client: peak RSS", paired_ratios(rss["ours"], rss["opc"]), 1.0),
        ],
    )
    if "dmcg" in wall:
        result.checks.append(
            Check("ours / datamodel-code-generator: wall", paired_ratios(wall["ours"], wall["dmcg"]), None)
        )
    return result


# -- 7. import cost -------------------------------------------------------------------------------------------


def import_cost(ctx: Context) -> FigureResult:
    script = str(REPO / "bench" / "importcost.py")
    impls = ["ours", "openai"]
    keys = (
        ("import_ms", "import the package"),
        ("model_ms", "then reach one model"),
        ("first_validate_ms", "then validate a first answer"),
    )
    series = {(impl, k): Series(f"{LABELS[impl]}: {label}", "ms") for impl in impls for k, label in keys}
    counts: dict[str, dict[str, dict[str, int]]] = {}
    for impl in impls:
        subprocess.run([str(ctx.peer_python), script, impl], cwd=REPO, env=child_env(), check=True, capture_output=True)
    for run in range(ctx.count(10, 3)):
        for impl in rotated(impls, run):
            done = subprocess.run(
                [str(ctx.peer_python), script, impl],
                cwd=REPO,
                env=child_env(),
                check=True,
                capture_output=True,
                text=True,
            )
            data = json.loads(done.stdout)
            for k, _ in keys:
                series[impl, k].values.append(float(data[k]))
            counts[impl] = {step: data[step] for step in ("import", "model", "validated")}
    built_at_import = counts["ours"]["import"]["built"]
    models_at_import = counts["ours"]["import"]["models"]
    result = FigureResult(
        "import",
        "7. Import cost",
        "A fresh process: `import openai_connector`, then `from openai_connector.types import "
        "ChatCompletion`, then its first `model_validate_json` (the official SDK: `import openai`, "
        "`openai.types.chat.ChatCompletion`). After each step: modules of the package loaded, pydantic model "
        "classes defined, and how many of them are built.",
        series=list(series.values()),
        checks=[
            Check(
                "ours / official: import the package",
                paired_ratios(series["ours", "import_ms"], series["openai", "import_ms"]),
                None,
            ),
            Check(
                "models defined + built by `import openai_connector`",
                [float(models_at_import + built_at_import)],
                0.0,
                count=True,
            ),
        ],
    )
    for impl in impls:
        steps = counts[impl]
        result.notes.append(
            f"{LABELS[impl]}: "
            + "; ".join(
                f"after {step}: {c['modules']} modules, {c['models']} model classes, {c['built']} built"
                for step, c in steps.items()
            )
        )
    return result
