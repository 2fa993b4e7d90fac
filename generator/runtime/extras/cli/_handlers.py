"""One handler per subcommand: `handler(actions, args)` runs the action and prints its answer."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._inputs import UsageError, batch_state_count, prompts_of
from ._output import EXIT_PARTIAL, emit, print_items

if TYPE_CHECKING:
    from ..actions import Actions

Handler = Callable[["Actions", argparse.Namespace], Any]


def _multi(pairs: Sequence[tuple[str, str]]) -> dict[str, Any] | None:
    """Pairs as a mapping; a name given more than once keeps every value (a list)."""
    out: dict[str, Any] = {}
    for name, value in pairs:
        if name not in out:
            out[name] = value
        elif isinstance(out[name], list):
            out[name].append(value)
        else:
            out[name] = [out[name], value]
    return out or None


def _prompt(args: argparse.Namespace) -> Any:
    if args.messages is not None:
        if args.prompt is not None:
            raise UsageError("give either PROMPT or --messages, not both")
        return args.messages
    if args.prompt is None:
        raise UsageError("chat needs a PROMPT ('-' reads it from stdin) or --messages JSON")
    if args.prompt == "-":
        return sys.stdin.read()
    return args.prompt


def _chat_params(args: argparse.Namespace) -> dict[str, Any]:
    names = (
        "temperature",
        "top_p",
        "n",
        "max_tokens",
        "max_completion_tokens",
        "stop",
        "presence_penalty",
        "frequency_penalty",
        "logit_bias",
        "response_format",
        "tools",
        "tool_choice",
        "functions",
        "function_call",
        "seed",
        "user",
    )
    return {name: getattr(args, name) for name in names if getattr(args, name, None) is not None}


def chat(actions: Actions, args: argparse.Namespace) -> Any:
    params = _chat_params(args)
    if args.stream:
        for text in actions.chat_stream_text(_prompt(args), model=args.model, system=args.system, **params):
            sys.stdout.write(text)
            sys.stdout.flush()
        sys.stdout.write("\n")
        return None
    if args.full:
        full = actions.chat_full(_prompt(args), model=args.model, system=args.system, **params)
        from ..actions import first_content

        emit(full, args, first_content(full.body))
        return None
    answer = actions.chat(_prompt(args), model=args.model, system=args.system, **params)
    from ..actions import first_content

    emit(answer, args, first_content(answer))
    return None


def chat_many(actions: Actions, args: argparse.Namespace) -> int:
    from ..actions import BatchOptions, InterruptedRun

    try:
        results = actions.chat_many(
            prompts_of(args.prompts, "PROMPTS"),
            model=args.model,
            system=args.system,
            max_concurrency=args.max_concurrency,
            mode=args.mode,
            progress=True if args.progress else False,
            batch_options=BatchOptions(poll_interval=args.poll_interval, state_path=args.state),
            **_chat_params(args),
        )
    except InterruptedRun as interrupted:  # Ctrl-C: what finished goes to stdout, then exit 130
        print_items(interrupted.results, args)
        raise
    print_items(results, args)
    return EXIT_PARTIAL if any(not item.ok for item in results) else 0


def summarize(actions: Actions, args: argparse.Namespace) -> Any:
    text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text()
    summary = actions.summarize(text, model=args.model, max_input_tokens=args.max_input_tokens)
    emit({"summary": summary}, args, summary)


def complete(actions: Actions, args: argparse.Namespace) -> Any:
    from ..actions import completion_text

    names = ("max_tokens", "temperature", "top_p", "n", "logprobs", "stop")
    params = {name: getattr(args, name) for name in names if getattr(args, name) is not None}
    answer = actions.complete(args.prompt, model=args.model, **params)
    emit(answer, args, completion_text(answer))


def azure_chat(actions: Actions, args: argparse.Namespace) -> Any:
    from ..actions import citations, first_content

    answer = actions.azure_chat(args.prompt, data_sources=args.data_sources, deployment=args.model)
    cited = "\n".join(
        f"[{i}] {getattr(c, 'title', None) or getattr(c, 'url', '')}" for i, c in enumerate(citations(answer), 1)
    )
    emit(answer, args, first_content(answer) + ("\n" + cited if cited else ""))


def image_generate(actions: Actions, args: argparse.Namespace) -> Any:
    answer = actions.generate_image(
        args.prompt,
        model=args.model,
        n=args.n,
        size=args.size,
        quality=args.quality,
        style=args.style,
        response_format=args.response_format,
        user=args.user,
    )
    _save_oremit(actions, answer, args)


def image_edit(actions: Actions, args: argparse.Namespace) -> Any:
    answer = actions.edit_image(
        Path(args.image),
        args.prompt,
        mask=Path(args.mask) if args.mask else None,
        model=args.model,
        n=args.n,
        size=args.size,
        response_format=args.response_format,
    )
    _save_oremit(actions, answer, args)


def image_variation(actions: Actions, args: argparse.Namespace) -> Any:
    answer = actions.image_variation(
        Path(args.image), model=args.model, n=args.n, size=args.size, response_format=args.response_format
    )
    _save_oremit(actions, answer, args)


def _save_oremit(actions: Actions, answer: Any, args: argparse.Namespace) -> None:
    if args.save_dir:
        paths = actions.save_images(answer.data or [], args.save_dir)
        emit({"files": [str(p) for p in paths]}, args, "\n".join(str(p) for p in paths))
        return
    urls = "\n".join(img.url or "<b64_json image>" for img in answer.data or [])
    emit(answer, args, urls)


def transcribe(actions: Actions, args: argparse.Namespace, *, translate: bool = False) -> Any:
    answer = actions.transcribe(
        Path(args.file),
        model=args.model,
        language=getattr(args, "language", None),
        prompt=args.prompt,
        temperature=args.temperature,
        response_format=args.response_format,
        translate=translate,
    )
    if isinstance(answer, str):
        sys.stdout.write(answer if answer.endswith("\n") else answer + "\n")
        return
    emit(answer, args, getattr(answer, "text", None))


def translate(actions: Actions, args: argparse.Namespace) -> Any:
    return transcribe(actions, args, translate=True)


def speech(actions: Actions, args: argparse.Namespace) -> Any:
    audio = actions.speech(
        args.text, model=args.model, voice=args.voice, response_format=args.format, speed=args.speed, to=args.out
    )
    emit({"file": args.out, "bytes": len(audio)}, args, f"wrote {len(audio)} bytes to {args.out}")


def embed(actions: Actions, args: argparse.Namespace) -> Any:
    inputs: Any = args.input if len(args.input) > 1 else args.input[0]
    result = actions.embed(inputs, model=args.model, dimensions=args.dimensions, encoding_format=args.encoding_format)
    emit(result, args, "\n".join(" ".join(f"{x:.6g}" for x in v) for v in result.vectors))


def moderate(actions: Actions, args: argparse.Namespace) -> Any:
    answer = actions.moderate(args.input, model=args.model)
    emit(answer, args, "\n".join(f"flagged={r.flagged}" for r in answer.results))


def fine_tuning(actions: Actions, args: argparse.Namespace) -> Any:
    op = args.ft_command
    if op == "create":
        extra = {
            k: v
            for k, v in (("validation_file", args.validation_file), ("suffix", args.suffix), ("seed", args.seed))
            if v is not None
        }
        if args.n_epochs is not None:
            extra["method"] = {"type": "supervised", "supervised": {"hyperparameters": {"n_epochs": args.n_epochs}}}
        job = actions.create_fine_tuning_job(args.model, args.training_file, **extra)
    elif op == "get":
        job = actions.get_fine_tuning_job(args.job_id)
    elif op == "cancel":
        job = actions.cancel_fine_tuning_job(args.job_id)
    elif op == "events":
        events = list(_take(_fine_tuning_page(actions, args), args.max_items))
        emit(events, args, "\n".join(f"{e.created_at} {e.level} {e.message}" for e in events))
        return
    else:
        jobs = list(_take(_fine_tuning_page(actions, args), args.max_items))
        emit(jobs, args, "\n".join(f"{j.id} {j.status} {j.model}" for j in jobs))
        return
    emit(job, args, f"{job.id} {job.status}")


def _fine_tuning_page(actions: Actions, args: argparse.Namespace) -> Any:
    """The first page of jobs (or of a job's events), from the `--after` cursor if given."""
    job_id = getattr(args, "job_id", None)
    if args.after is None:
        if job_id is None:
            return actions.list_fine_tuning_jobs(limit=args.limit)
        return actions.list_fine_tuning_events(job_id, limit=args.limit)
    from ..actions._support import given, require

    require(actions.client, "fine_tuning")
    params = given({"limit": args.limit, "after": args.after})
    jobs = actions.client.fine_tuning.jobs
    return jobs.list(**params) if job_id is None else jobs.list_events(job_id, **params)


def _take(items: Any, limit: int | None) -> Any:
    for count, item in enumerate(items):
        if limit is not None and count >= limit:
            return
        yield item


def models(actions: Actions, args: argparse.Namespace) -> Any:
    if args.model_id:
        model = actions.get_model(args.model_id)
        emit(model, args, model.id)
        return
    models = actions.list_models()
    emit(models, args, "\n".join(m.id for m in models))


def responses(actions: Actions, args: argparse.Namespace) -> Any:
    if args.get:
        answer = actions.get_response(args.get)
    elif args.stream:
        with actions.stream_response(args.input, model=args.model) as stream:
            for event in stream:
                delta = getattr(event, "delta", None)
                if getattr(event, "type", "") == "response.output_text.delta" and isinstance(delta, str):
                    sys.stdout.write(delta)
                    sys.stdout.flush()
        sys.stdout.write("\n")
        return
    else:
        answer = actions.create_response(
            args.input, model=args.model, **({"instructions": args.instructions} if args.instructions else {})
        )
    emit(answer, args, answer.output_text or answer.id)  # the text; a response with none (tool calls): its id


def request(actions: Actions, args: argparse.Namespace) -> Any:
    if args.json is not None and args.data is not None:
        raise UsageError("give the body once: --data or --json (the same thing)")
    if args.debug:
        from .._logging import setup_logging

        setup_logging("info")  # a stderr handler for the request's debug log
    files = {
        name: [Path(p) for p in path] if isinstance(path, list) else Path(path)
        for name, path in (_multi(args.file) or {}).items()
    }
    raw = actions.request(
        args.method,
        args.path,
        json=args.json if args.json is not None else args.data,
        data=_multi(args.form),
        files=files or None,
        file_names=dict(args.file_name) or None,
        params=_multi(args.query),
        headers=dict(args.header) or None,
        response_type=args.response_type,
        max_retries=args.max_retries,
        retry_delay=args.retry_delay,
        exponential_backoff=args.exponential_backoff,
        retry_on_all_errors=args.retry_on_all_errors,
        debug=args.debug,
    )
    emit(
        {"status_code": raw.status_code, "headers": dict(raw.headers), "body": raw.body},
        args,
        raw.body if isinstance(raw.body, str) else json.dumps(raw.body, indent=2),
    )


def batch_progress() -> Callable[[Any], None]:
    """An `on_status` that writes a line to stderr whenever the batch's status or counts change."""
    last = ""

    def show(batch: Any) -> None:
        nonlocal last
        counts = getattr(batch, "request_counts", None)
        done = f": {counts.completed}/{counts.total} done, {counts.failed} failed" if counts is not None else ""
        line = f"batch {batch.id} {batch.status}{done}"
        if line != last:
            print(line, file=sys.stderr, flush=True)
            last = line

    return show


def batch(actions: Actions, args: argparse.Namespace) -> int:
    from ..actions import BatchOptions

    options = BatchOptions(
        poll_interval=args.poll_interval,
        max_poll_interval=max(args.poll_interval, 60.0),
        timeout=args.timeout,
        state_path=args.state,
        on_status=batch_progress(),
    )
    if args.resume:
        count = args.count
        if count is None and args.state:
            count = batch_state_count(args.state)
        if count is None:
            raise UsageError("--resume needs --count N (or --state FILE written when the batch was submitted)")
        outcome = actions.resume_batch(args.resume, count, kind=args.kind, options=options)
    else:
        if not args.inputs:
            raise UsageError("give --inputs FILE (or --resume BATCH_ID)")
        inputs = prompts_of(args.inputs, "--inputs")
        if args.kind == "chat":
            outcome = actions.batch_chat(inputs, model=args.model, system=args.system, options=options)
        else:
            outcome = actions.batch_embeddings(inputs, model=args.model, options=options)
    report = {
        "batch_id": outcome.batch.id,
        "status": outcome.batch.status,
        "results": [item.to_dict() for item in outcome.results],
    }
    if args.out:
        Path(args.out).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    if args.output == "text":
        print(f"batch {outcome.batch.id}: {outcome.batch.status}")
        for item in outcome.results:
            print(f"[{item.index}] {item.text if item.ok else 'ERROR: ' + str(item.error)}")
    else:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    return EXIT_PARTIAL if any(not item.ok for item in outcome.results) else 0
