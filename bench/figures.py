"""The seven figures. Each interleaves the implementations run by run and returns a `FigureResult`."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from .peers import REPO, bin_path
from .stats import Check, FigureResult, Series, paired_ratios

__all__ = ["FIGURES", "Context"]

SPEC = "specs/openai/openapi-2026-08-21.yaml"
WORK = REPO / "bench" / ".work"
LABELS = {
    "bare": "bare transport (`httpx2` + `json`)",
    "bare-httpx": "`httpx` 0.28.1 + `json` (reference)",
    "pydantic-floor": "bare transport + a 3-class `pydantic` model of the answer",
    "ours": "openai-connector",
    "openai": "official `openai` SDK",
}


@dataclasses.dataclass
class Context:
    peer_python: Path
    url: str
    quick: bool
    runs: int | None  # None: each figure's own default

    def count(self, full: int, quick: int) -> int:
        if self.runs is not None:
            return self.runs
        return quick if self.quick else full

    def size(self, full: int, quick: int) -> int:
        return quick if self.quick else full


def child_env() -> dict[str, str]:
    """The environment of every measured process: no proxies, no `OPENAI_*` settings, no debug logging.

    Bytecode caches are allowed (`PYTHONDONTWRITEBYTECODE` dropped): the peers' packages come from
    pip with compiled `.pyc` files, and ours (an editable install) gets its own in the unmeasured
    warm-up run, so no figure measures compiling source.
    """
    drop = ("OPENAI_", "AZURE_OPENAI_", "OPENAI_CONNECTOR_")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(drop)
        and not k.lower().endswith("_proxy")
        and k not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE")
    }
    env["PYTHONPATH"] = str(REPO)
    env["NO_PROXY"] = "127.0.0.1,localhost"
    return env


def _rotated(impls: list[str], run: int) -> list[str]:
    """`impls` starting at a different one each run, so no implementation always goes first."""
    k = run % len(impls)
    return impls[k:] + impls[:k]


def _worker(ctx: Context, figure: str, impl: str, requests: int, *extra: str) -> dict[str, float]:
    cmd = [str(ctx.peer_python), "-m", "bench.worker", figure, impl, ctx.url, "--requests", str(requests), *extra]
    done = subprocess.run(cmd, cwd=REPO, env=child_env(), capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[2:5])} failed:\n{done.stderr[-3000:]}")
    result: dict[str, float] = json.loads(done.stdout)
    return result


def _client_figure(
    ctx: Context,
    *,
    key: str,
    title: str,
    what: str,
    figure: str,
    impls: list[str],
    requests: int,
    metric: str,
    unit: str,
    limit: float,
    sense: str = "at_most",
    extra: tuple[str, ...] = (),
    also: tuple[tuple[str, str], ...] = (),
) -> FigureResult:
    series = {impl: Series(LABELS[impl], unit) for impl in impls}
    others = {(impl, name): Series(f"{LABELS[impl]}: {label}", "") for impl in impls for name, label in also}
    for run in range(ctx.count(5, 1)):
        for impl in _rotated(impls, run):
            result = _worker(ctx, figure, impl, requests, *extra)
            series[impl].values.append(result[metric])
            for name, _ in also:
                others[impl, name].values.append(result[name])
    for (_, name), other in others.items():
        other.unit = _unit_of(name)
    out = FigureResult(key, title, what, series=[*series.values(), *others.values()])
    for peer in impls:
        if peer in ("bare", "ours"):
            continue
        out.checks.append(Check(f"{LABELS[peer]} / bare", paired_ratios(series[peer], series["bare"]), None))
    out.checks.insert(
        0,
        Check(
            "ours / bare",
            paired_ratios(series["ours"], series["bare"]),
            limit,
            "at_most" if sense == "at_most" else "at_least",
        ),
    )
    return out


def _unit_of(name: str) -> str:
    return {"per_s": "/s", "cpu_us": "µs CPU", "wall_us": "µs", "wall_s": "s"}.get(name, "")


# -- 1. cold start ---------------------------------------------------------------------------------------


def cold_start(ctx: Context) -> FigureResult:
    impls = ["bare", "pydantic-floor", "ours", "openai"]
    script = str(REPO / "bench" / "coldstart.py")
    wall = {impl: Series(LABELS[impl], "ms") for impl in impls}
    rss = {impl: Series(f"{LABELS[impl]}: peak RSS", "MiB") for impl in impls}
    for impl in impls:  # once each, unmeasured: bytecode caches written, files in the page cache
        _timed([str(ctx.peer_python), script, impl, ctx.url])
    for run in range(ctx.count(15, 3)):
        for impl in _rotated(impls, run):
            seconds, peak = _timed([str(ctx.peer_python), script, impl, ctx.url])
            wall[impl].values.append(seconds * 1e3)
            rss[impl].values.append(peak)
    checks = [
        Check("ours / bare", paired_ratios(wall["ours"], wall["bare"]), 1.3),
        Check("pydantic floor / bare", paired_ratios(wall["pydantic-floor"], wall["bare"]), None),
        Check("ours / pydantic floor", paired_ratios(wall["ours"], wall["pydantic-floor"]), None),
        Check(f"{LABELS['openai']} / bare", paired_ratios(wall["openai"], wall["bare"]), None),
    ]
    floor = checks[1].median
    notes = []
    if floor > 1.3:
        notes.append(
            f"The pydantic floor alone is {floor:.2f}x bare in this run, above the 1.3x target: with answers "
            "parsed into pydantic v2 models (the same issue asks for them) the target is out of reach here. "
            f"Ours is {checks[2].median:.2f}x the floor: our runtime's modules, the chat answer's own model "
            "classes (pydantic defines each one) and the first build of their schema."
        )
    return FigureResult(
        "cold-start",
        "1. Cold start",
        "A fresh process imports the client, constructs it and makes one chat completion against the "
        "loopback server (wall time of the whole process, interpreter start-up included). The pydantic "
        "floor is the bare run plus importing pydantic and reading the answer into three tiny models: "
        "what any client whose answers are pydantic v2 models pays before its own code runs.",
        series=[*wall.values(), *rss.values()],
        checks=checks,
        notes=notes,
    )


def _timed(cmd: list[str], *, cwd: Path = REPO, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB, the largest process of the tree) of one child process."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env or child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n{err.decode(errors='replace')[-3000:]}")
    return seconds, usage.ru_maxrss / 1024.0


# -- 2. per-request CPU, 3. SSE, 4. async throughput, 5. multi-prompt ----------------------------------------


def chat_cpu(ctx: Context) -> FigureResult:
    return _client_figure(
        ctx,
        key="chat-cpu",
        title="2a. Per-request CPU: 1 KB chat completion",
        what="Client-process CPU time (`time.process_time`) per sync `chat.completions.create` of a 1 KB answer, "
        "decoded in full, over N requests on one keep-alive connection after a warm-up.",
        figure="chat",
        impls=["bare", "bare-httpx", "ours", "openai"],
        requests=ctx.size(2000, 200),
        metric="cpu_us",
        unit="µs CPU / request",
        limit=1.2,
    )


def embeddings_cpu(ctx: Context) -> FigureResult:
    return _client_figure(
        ctx,
        key="embeddings-cpu",
        title="2b. Per-request CPU: embeddings, 4 x 1536 floats",
        what="Client-process CPU time per sync `embeddings.create` whose answer holds 4 embeddings of 1536 floats "
        "(83 KB of JSON), decoded in full.",
        figure="embeddings",
        impls=["bare", "bare-httpx", "ours", "openai"],
        requests=ctx.size(500, 50),
        metric="cpu_us",
        unit="µs CPU / request",
        limit=1.5,
    )


def sse(ctx: Context) -> FigureResult:
    return _client_figure(
        ctx,
        key="sse",
        title="3. Streaming (SSE): CPU per chunk",
        what=f"Client-process CPU time per chunk of streamed chat completions ({SSE_CHUNKS} chunks per stream, "
        "each parsed and decoded; bare: `iter_lines` + `json.loads`), and chunks per second (wall).",
        figure="sse",
        impls=["bare", "bare-httpx", "ours", "openai"],
        requests=ctx.size(40, 4),
        metric="cpu_us",
        unit="µs CPU / chunk",
        limit=2.0,
        extra=("--warmup", "3"),
        also=(("per_s", "chunks/s"),),
    )


SSE_CHUNKS = 500


def async_throughput(ctx: Context) -> FigureResult:
    return _client_figure(
        ctx,
        key="async",
        title="4. Async throughput at 64 concurrency",
        what="Requests per second (wall) of `AsyncClient.chat.completions.create` from 64 concurrent lanes, "
        "each sending its next request when the last is answered (1 KB answers); bare: `httpx2.AsyncClient` + "
        "`json` with the same pool limits.",
        figure="async",
        impls=["bare", "ours", "openai"],
        requests=ctx.size(5000, 500),
        metric="per_s",
        unit="requests/s",
        limit=0.85,
        sense="at_least",
        extra=("--concurrency", "64"),
        also=(("cpu_us", "CPU"),),
    )


def multi_prompt(ctx: Context) -> FigureResult:
    prompts = ctx.size(1000, 100)
    result = _client_figure(
        ctx,
        key="multi",
        title=f"5. Multi-prompt throughput ({prompts} prompts)",
        what=f"{prompts} different prompts, at most 64 in flight, each a chat completion; prompts per second "
        "(wall). Ours: the multi-prompt action `AsyncActions.chat_many(max_concurrency=64)`; the peers: "
        "`asyncio.gather` over a semaphore.",
        figure="multi",
        impls=["bare", "ours", "openai"],
        requests=prompts,
        metric="per_s",
        unit="prompts/s",
        limit=0.85,
        sense="at_least",
        extra=("--concurrency", "64"),
        also=(("wall_s", "wall"),),
    )
    result.checks[0].limit = None
    result.checks[0].note = "no target in the issue; shown beside figure 4's"
    return result


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
        for name in _rotated(names, run):
            out = WORK / f"gen-{name}"
            shutil.rmtree(out, ignore_errors=True)
            if name == "dmcg":
                out.mkdir(parents=True)
            seconds, peak = _timed(tools[name](out))
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
        for impl in _rotated(impls, run):
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


FIGURES: dict[str, Callable[[Context], FigureResult]] = {
    "cold-start": cold_start,
    "chat-cpu": chat_cpu,
    "embeddings-cpu": embeddings_cpu,
    "sse": sse,
    "async": async_throughput,
    "multi": multi_prompt,
    "generation": generation,
    "import": import_cost,
}
