"""The seven figures: the client's here (1 to 5), generation and import in `build_figures`. Each interleaves
the implementations run by run and returns a `FigureResult`."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable

from .build_figures import WORK, generation, import_cost
from .peers import REPO
from .runs import LABELS, Context, child_env, rotated, timed
from .stats import Check, FigureResult, Series, paired_ratios

__all__ = ["FIGURES", "SSE_CHUNKS", "WORK", "Context"]


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
        for impl in rotated(impls, run):
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
        timed([str(ctx.peer_python), script, impl, ctx.url])
    for run in range(ctx.count(15, 3)):
        for impl in rotated(impls, run):
            seconds, peak = timed([str(ctx.peer_python), script, impl, ctx.url])
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
