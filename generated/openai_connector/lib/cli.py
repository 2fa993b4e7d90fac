# copied from generator/runtime/extras/cli.py by the openai-connector generator; edit the source
"""`openai-connector ACTION [options]`: every connector action from the command line.

Connection: flags, else the chosen provider's environment variables, in the order of
`Client.from_env()` (`CONNECTION_HELP`; each subcommand's --help shows it).

Output: JSON on stdout (`--output text` for humans); progress and warnings on stderr. Exit codes:
0 success, 1 API or connection error, 2 usage or configuration error (nothing was sent), 3 some
items of a multi-item action failed, 4 a batch still running when `--wait-timeout` ran out (it
keeps running: `batch --resume ID`), 130 interrupted. Errors are one `error: ...` line on stderr,
never a traceback, never a key.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from ._cli_inputs import UsageError, batch_state_count, json_arg, messages_arg, prompts_of

if TYPE_CHECKING:
    from .actions import Actions

__all__ = ["main"]

CONNECTION_HELP = """\
The provider: Azure OpenAI if any of --azure-endpoint, --azure-resource, --api-version, --azure-deployment, --azure-api
is given; else OpenAI if any of --base-url, --organization, --project is; else Azure OpenAI if
AZURE_OPENAI_ENDPOINT is set; else OpenAI. Then each flag not given is read from the chosen
provider's variables only (OpenAI: OPENAI_API_KEY, OPENAI_ORG_ID, OPENAI_PROJECT_ID, OPENAI_BASE_URL;
Azure: AZURE_OPENAI_API_KEY or AZURE_OPENAI_AD_TOKEN, AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION),
so a key set for one provider never goes to the other's host. --api-key goes to the chosen provider.
The same order as Client.from_env() in Python."""

EXIT_API = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3
EXIT_BATCH_TIMEOUT = 4

Handler = Callable[["Actions", argparse.Namespace], Any]


def _jsonable(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", exclude_unset=True, by_alias=True)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, bytes):
        return {"bytes": len(value)}
    return value


def _emit(value: Any, args: argparse.Namespace, text: str | None = None) -> None:
    if args.output == "text" and text is not None:
        print(text)
    elif args.output == "text" and isinstance(value, str):
        print(value)
    else:
        print(json.dumps(_jsonable(value), indent=2, ensure_ascii=False))


def _pair(value: str) -> tuple[str, str]:
    """`NAME=VALUE` (the value may hold `=`)."""
    name, sep, rest = value.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {value!r}")
    return name, rest


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
            raise _UsageError("give either PROMPT or --messages, not both")
        return args.messages
    if args.prompt is None:
        raise _UsageError("chat needs a PROMPT ('-' reads it from stdin) or --messages JSON")
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


# -- handlers -------------------------------------------------------------------------------------


def _chat(actions: Actions, args: argparse.Namespace) -> Any:
    params = _chat_params(args)
    if args.stream:
        for text in actions.chat_stream_text(_prompt(args), model=args.model, system=args.system, **params):
            sys.stdout.write(text)
            sys.stdout.flush()
        sys.stdout.write("\n")
        return None
    if args.full:
        full = actions.chat_full(_prompt(args), model=args.model, system=args.system, **params)
        from .actions import first_content

        _emit(full, args, first_content(full.body))
        return None
    answer = actions.chat(_prompt(args), model=args.model, system=args.system, **params)
    from .actions import first_content

    _emit(answer, args, first_content(answer))
    return None


def _chat_many(actions: Actions, args: argparse.Namespace) -> int:
    from .actions import BatchOptions, InterruptedRun

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
        _print_items(interrupted.results, args)
        raise
    _print_items(results, args)
    return EXIT_PARTIAL if any(not item.ok for item in results) else 0


def _print_items(results: Sequence[Any], args: argparse.Namespace) -> None:
    if args.output == "text":
        for item in results:
            print(f"[{item.index}] {item.text if item.ok else 'ERROR: ' + str(item.error)}")
    else:
        print(json.dumps([item.to_dict() for item in results], indent=2, ensure_ascii=False))
    sys.stdout.flush()


def _summarize(actions: Actions, args: argparse.Namespace) -> Any:
    text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text()
    summary = actions.summarize(text, model=args.model, max_input_tokens=args.max_input_tokens)
    _emit({"summary": summary}, args, summary)


def _complete(actions: Actions, args: argparse.Namespace) -> Any:
    from .actions import completion_text

    names = ("max_tokens", "temperature", "top_p", "n", "logprobs", "stop")
    params = {name: getattr(args, name) for name in names if getattr(args, name) is not None}
    answer = actions.complete(args.prompt, model=args.model, **params)
    _emit(answer, args, completion_text(answer))


def _azure_chat(actions: Actions, args: argparse.Namespace) -> Any:
    from .actions import citations, first_content

    answer = actions.azure_chat(args.prompt, data_sources=args.data_sources, deployment=args.model)
    cited = "\n".join(
        f"[{i}] {getattr(c, 'title', None) or getattr(c, 'url', '')}" for i, c in enumerate(citations(answer), 1)
    )
    _emit(answer, args, first_content(answer) + ("\n" + cited if cited else ""))


def _image_generate(actions: Actions, args: argparse.Namespace) -> Any:
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
    _save_or_emit(actions, answer, args)


def _image_edit(actions: Actions, args: argparse.Namespace) -> Any:
    answer = actions.edit_image(
        Path(args.image),
        args.prompt,
        mask=Path(args.mask) if args.mask else None,
        model=args.model,
        n=args.n,
        size=args.size,
        response_format=args.response_format,
    )
    _save_or_emit(actions, answer, args)


def _image_variation(actions: Actions, args: argparse.Namespace) -> Any:
    answer = actions.image_variation(
        Path(args.image), model=args.model, n=args.n, size=args.size, response_format=args.response_format
    )
    _save_or_emit(actions, answer, args)


def _save_or_emit(actions: Actions, answer: Any, args: argparse.Namespace) -> None:
    if args.save_dir:
        paths = actions.save_images(answer.data or [], args.save_dir)
        _emit({"files": [str(p) for p in paths]}, args, "\n".join(str(p) for p in paths))
        return
    urls = "\n".join(img.url or "<b64_json image>" for img in answer.data or [])
    _emit(answer, args, urls)


def _transcribe(actions: Actions, args: argparse.Namespace, *, translate: bool = False) -> Any:
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
    _emit(answer, args, getattr(answer, "text", None))


def _speech(actions: Actions, args: argparse.Namespace) -> Any:
    audio = actions.speech(
        args.text, model=args.model, voice=args.voice, response_format=args.format, speed=args.speed, to=args.out
    )
    _emit({"file": args.out, "bytes": len(audio)}, args, f"wrote {len(audio)} bytes to {args.out}")


def _embed(actions: Actions, args: argparse.Namespace) -> Any:
    inputs: Any = args.input if len(args.input) > 1 else args.input[0]
    result = actions.embed(inputs, model=args.model, dimensions=args.dimensions, encoding_format=args.encoding_format)
    _emit(result, args, "\n".join(" ".join(f"{x:.6g}" for x in v) for v in result.vectors))


def _moderate(actions: Actions, args: argparse.Namespace) -> Any:
    answer = actions.moderate(args.input, model=args.model)
    _emit(answer, args, "\n".join(f"flagged={r.flagged}" for r in answer.results))


def _fine_tuning(actions: Actions, args: argparse.Namespace) -> Any:
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
        _emit(events, args, "\n".join(f"{e.created_at} {e.level} {e.message}" for e in events))
        return
    else:
        jobs = list(_take(_fine_tuning_page(actions, args), args.max_items))
        _emit(jobs, args, "\n".join(f"{j.id} {j.status} {j.model}" for j in jobs))
        return
    _emit(job, args, f"{job.id} {job.status}")


def _fine_tuning_page(actions: Actions, args: argparse.Namespace) -> Any:
    """The first page of jobs (or of a job's events), from the `--after` cursor if given."""
    job_id = getattr(args, "job_id", None)
    if args.after is None:
        if job_id is None:
            return actions.list_fine_tuning_jobs(limit=args.limit)
        return actions.list_fine_tuning_events(job_id, limit=args.limit)
    from .actions._support import given, require

    require(actions.client, "fine_tuning")
    params = given({"limit": args.limit, "after": args.after})
    jobs = actions.client.fine_tuning.jobs
    return jobs.list(**params) if job_id is None else jobs.list_events(job_id, **params)


def _take(items: Any, limit: int | None) -> Any:
    for count, item in enumerate(items):
        if limit is not None and count >= limit:
            return
        yield item


def _models(actions: Actions, args: argparse.Namespace) -> Any:
    if args.model_id:
        model = actions.get_model(args.model_id)
        _emit(model, args, model.id)
        return
    models = actions.list_models()
    _emit(models, args, "\n".join(m.id for m in models))


def _responses(actions: Actions, args: argparse.Namespace) -> Any:
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
    _emit(answer, args, getattr(answer, "output_text", None) or answer.id)


def _request(actions: Actions, args: argparse.Namespace) -> Any:
    if args.json is not None and args.data is not None:
        raise _UsageError("give the body once: --data or --json (the same thing)")
    if args.debug:
        from ._logging import setup_logging

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
    _emit(
        {"status_code": raw.status_code, "headers": dict(raw.headers), "body": raw.body},
        args,
        raw.body if isinstance(raw.body, str) else json.dumps(raw.body, indent=2),
    )


def _batch_progress() -> Callable[[Any], None]:
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


def _batch(actions: Actions, args: argparse.Namespace) -> int:
    from .actions import BatchOptions

    options = BatchOptions(
        poll_interval=args.poll_interval,
        max_poll_interval=max(args.poll_interval, 60.0),
        timeout=args.timeout,
        state_path=args.state,
        on_status=_batch_progress(),
    )
    if args.resume:
        count = args.count
        if count is None and args.state:
            count = batch_state_count(args.state)
        if count is None:
            raise _UsageError("--resume needs --count N (or --state FILE written when the batch was submitted)")
        outcome = actions.resume_batch(args.resume, count, kind=args.kind, options=options)
    else:
        if not args.inputs:
            raise _UsageError("give --inputs FILE (or --resume BATCH_ID)")
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


_UsageError = UsageError


# -- parser ---------------------------------------------------------------------------------------


def _add_connection(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("connection", CONNECTION_HELP)
    group.add_argument("--api-key", help="API key, sent to the provider the other flags and the environment choose")
    group.add_argument("--organization", help="OpenAI organization id (else OPENAI_ORG_ID); chooses OpenAI")
    group.add_argument("--project", help="OpenAI project id (else OPENAI_PROJECT_ID); chooses OpenAI")
    group.add_argument("--base-url", help="OpenAI base URL (else OPENAI_BASE_URL); chooses OpenAI")
    group.add_argument("--azure-endpoint", help="Azure OpenAI endpoint (else AZURE_OPENAI_ENDPOINT); chooses Azure")
    group.add_argument(
        "--azure-resource", help="Azure OpenAI resource name (instead of --azure-endpoint); chooses Azure"
    )
    group.add_argument("--api-version", help="Azure api-version (else OPENAI_API_VERSION); chooses Azure")
    group.add_argument("--azure-deployment", help="Azure deployment used when --model is not given; chooses Azure")
    group.add_argument(
        "--azure-api", choices=["classic", "v1"], help="Azure API flavour (default classic); chooses Azure"
    )
    group.add_argument("--max-retries", type=int, help="retries of failed calls (default 2)")
    group.add_argument("--timeout", dest="request_timeout", type=float, help="seconds per request")
    parser.add_argument("--output", choices=["json", "text"], default="json", help="json (default) or text")


def _add_chat_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", help="model (on Azure: the deployment name)")
    parser.add_argument("--system", help="system message")
    parser.add_argument("--temperature", type=float)
    parser.add_argument("--top-p", type=float)
    parser.add_argument("--n", type=int, help="choices per prompt")
    parser.add_argument("--max-tokens", type=int)
    parser.add_argument("--max-completion-tokens", type=int)
    parser.add_argument("--stop", action="append", help="stop sequence (repeatable)")
    parser.add_argument("--presence-penalty", type=float)
    parser.add_argument("--frequency-penalty", type=float)
    parser.add_argument("--logit-bias", type=json_arg, help='JSON, e.g. {"50256": -100}')
    parser.add_argument("--response-format", type=json_arg, help='JSON, e.g. {"type": "json_object"}, or @file')
    parser.add_argument("--tools", type=json_arg, help="JSON list of tools, or @file")
    parser.add_argument("--tool-choice", type=json_arg)
    parser.add_argument("--functions", type=json_arg, help="legacy functions: JSON list, or @file")
    parser.add_argument("--function-call", type=json_arg)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--user")


class _Parser(argparse.ArgumentParser):
    """argparse's usage errors as one `error: ...` line (printed by `main`), not a usage block."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see {self.prog} --help)")


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {number}")
    return number


def _n_epochs(value: str) -> int | str:
    return "auto" if value == "auto" else _positive_int(value)


def _add_paging(parser: argparse.ArgumentParser, item: str) -> None:
    parser.add_argument("--limit", type=_positive_int, help="page size")
    parser.add_argument("--max-items", type=_positive_int, help="stop after this many")
    parser.add_argument("--after", metavar=f"{item.upper()}_ID", help=f"start after this {item} (a cursor)")


def build_parser() -> argparse.ArgumentParser:  # noqa: PLR0915  # one statement per option, on purpose
    parser = _Parser(
        prog="openai-connector",
        description=__doc__.split("\n\n")[0],
        epilog=__doc__.split("\n\n")[2],
    )
    sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")

    def add(name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        _add_connection(p)
        p.set_defaults(handler=handler, parser=p)
        return p

    p = add("chat", _chat, "one chat completion")
    p.add_argument("prompt", nargs="?", help="the user message ('-' reads stdin)")
    p.add_argument("--messages", type=messages_arg, help="the whole message list as JSON (or @file), instead of PROMPT")
    p.add_argument("--stream", action="store_true", help="print tokens as they come")
    p.add_argument("--full", action="store_true", help="status, headers and body")
    _add_chat_options(p)

    p = add("chat-many", _chat_many, "many chat completions (concurrently or as a batch), in input order")
    p.add_argument(
        "prompts",
        metavar="PROMPTS",
        help="file of prompts ('-' reads stdin): a JSON list, or one prompt per line, where a line starting "
        'with [, { or " is JSON (a string or a message list) and any other line is the text',
    )
    p.add_argument("--max-concurrency", type=int, default=8)
    p.add_argument("--mode", choices=["concurrent", "batch"], default="concurrent")
    p.add_argument("--progress", action="store_true", help="show a progress bar (needs tqdm or rich)")
    p.add_argument("--poll-interval", type=float, default=5.0, help="batch mode: first poll interval")
    p.add_argument("--state", help="batch mode: save the batch id to this JSON file")
    _add_chat_options(p)

    p = add("summarize", _summarize, "summarize a text file (split to fit a token budget)")
    p.add_argument("file", help="text file ('-' reads stdin)")
    p.add_argument("--model")
    p.add_argument("--max-input-tokens", type=int, default=3000)

    p = add("complete", _complete, "a legacy text completion")
    p.add_argument("prompt")
    p.add_argument("--model")
    p.add_argument("--max-tokens", type=int)
    p.add_argument("--temperature", type=float)
    p.add_argument("--top-p", type=float)
    p.add_argument("--n", type=_positive_int, help="completions per prompt")
    p.add_argument("--logprobs", type=int, help="log probabilities of this many most likely tokens (0..5)")
    p.add_argument("--stop", action="append", help="stop sequence (repeatable, up to 4)")

    p = add("azure-chat", _azure_chat, "Azure OpenAI on your data (data_sources), with citations")
    p.add_argument("prompt")
    p.add_argument("--data-sources", type=json_arg, required=True, help="JSON list of data sources, or @file")
    p.add_argument("--model", help="the deployment name")

    for name, handler, help in (
        ("image-generate", _image_generate, "generate images"),
        ("image-edit", _image_edit, "edit an image (with an optional mask)"),
        ("image-variation", _image_variation, "variations of an image"),
    ):
        p = add(name, handler, help)
        if name != "image-variation":
            p.add_argument("prompt")
        if name != "image-generate":
            p.add_argument("--image", required=True, help="image file")
        if name == "image-edit":
            p.add_argument("--mask", help="mask file (transparent where to edit)")
        if name == "image-generate":
            p.add_argument("--quality")
            p.add_argument("--style", choices=["vivid", "natural"])
            p.add_argument("--user")
        p.add_argument("--model")
        p.add_argument("--n", type=int, help="1..10 images")
        p.add_argument("--size")
        p.add_argument("--response-format", choices=["url", "b64_json"])
        p.add_argument("--save-dir", help="write the images to this folder")

    for name, translate in (("transcribe", False), ("translate", True)):
        p = add(name, _transcribe if not translate else _translate, f"{name} an audio file")
        p.add_argument("file")
        p.add_argument("--model")
        if not translate:
            p.add_argument("--language")
        p.add_argument("--prompt")
        p.add_argument("--temperature", type=float)
        p.add_argument("--response-format", choices=["json", "verbose_json", "text", "srt", "vtt"])

    p = add("speech", _speech, "text to speech, written to a file")
    p.add_argument("text")
    p.add_argument("--out", required=True, help="audio file to write")
    p.add_argument("--model")
    p.add_argument("--voice", default="alloy")
    p.add_argument("--format", choices=["mp3", "opus", "aac", "flac", "wav", "pcm"])
    p.add_argument("--speed", type=float)

    p = add("embed", _embed, "embedding vectors")
    p.add_argument("input", nargs="+")
    p.add_argument("--model")
    p.add_argument("--dimensions", type=int)
    p.add_argument("--encoding-format", choices=["float", "base64"], default="float")

    p = add("moderate", _moderate, "moderation")
    p.add_argument("input")
    p.add_argument("--model")

    p = add("fine-tuning", _fine_tuning, "fine-tuning jobs: create, get, cancel, events, list")
    ft = p.add_subparsers(dest="ft_command", required=True, metavar="COMMAND")
    c = ft.add_parser("create", help="start a job")
    c.add_argument("--model", required=True)
    c.add_argument("--training-file", required=True, help="file id")
    c.add_argument("--validation-file")
    c.add_argument("--suffix")
    c.add_argument("--seed", type=int)
    c.add_argument("--n-epochs", type=_n_epochs, help="epochs of supervised training: a whole number or 'auto'")
    for name in ("get", "cancel", "events"):
        c = ft.add_parser(name, help=f"{name} a job")
        c.add_argument("job_id")
        if name == "events":
            _add_paging(c, "event")
    c = ft.add_parser("list", help="list jobs")
    _add_paging(c, "job")

    p = add("models", _models, "list models, or show one")
    p.add_argument("model_id", nargs="?")

    p = add("responses", _responses, "Responses API: create (or stream), or --get ID")
    p.add_argument("input", nargs="?")
    p.add_argument("--model")
    p.add_argument("--instructions")
    p.add_argument("--stream", action="store_true")
    p.add_argument("--get", metavar="RESPONSE_ID")

    p = add("request", _request, "a raw request with the client's URL, auth and retries")
    p.add_argument("method")
    p.add_argument("path", help="relative to the base URL, e.g. /models")
    p.add_argument("--data", type=json_arg, help="the body, as JSON (or @file)")
    p.add_argument("--json", type=json_arg, help="the same as --data")
    p.add_argument(
        "--form", type=_pair, action="append", default=[], metavar="NAME=VALUE", help="form field (repeatable)"
    )
    p.add_argument(
        "--file", type=_pair, action="append", default=[], metavar="NAME=PATH", help="file field (repeatable)"
    )
    p.add_argument(
        "--file-name", type=_pair, action="append", default=[], metavar="NAME=FILENAME", help="file name sent"
    )
    p.add_argument("--query", type=_pair, action="append", default=[], metavar="NAME=VALUE", help="query parameter")
    p.add_argument(
        "--header", type=_pair, action="append", default=[], metavar="NAME=VALUE", help="header (repeatable)"
    )
    p.add_argument("--response-type", choices=["json", "text", "binary"], default="json")
    p.add_argument("--retry-delay", type=float, help="seconds between retries (ignored with --exponential-backoff)")
    p.add_argument("--exponential-backoff", action=argparse.BooleanOptionalAction, default=None)
    p.add_argument(
        "--retry-on-all-errors", action=argparse.BooleanOptionalAction, default=None, help="else 5xx and network only"
    )
    p.add_argument("--debug", action="store_true", help="log the request and its answer (secrets redacted) on stderr")

    p = add("batch", _batch, "chat completions or embeddings through the Batch API (submit and wait, or resume)")
    p.add_argument("--inputs", help="prompts (chat) or texts (embeddings): JSON list, JSONL or lines")
    p.add_argument("--kind", choices=["chat", "embeddings"], default="chat")
    p.add_argument("--model")
    p.add_argument("--system")
    p.add_argument("--resume", metavar="BATCH_ID", help="wait for a batch submitted earlier")
    p.add_argument("--count", type=int, help="with --resume: how many inputs the batch has")
    p.add_argument("--state", help="JSON file receiving the batch id (and read by --resume)")
    p.add_argument("--poll-interval", type=float, default=5.0)
    p.add_argument(
        "--wait-timeout",
        dest="timeout",
        type=float,
        help="stop waiting after this many seconds: exit 4, the batch keeps running (--resume it)",
    )
    p.add_argument("--out", help="also write the JSON report to this file")
    return parser


def _translate(actions: Actions, args: argparse.Namespace) -> Any:
    return _transcribe(actions, args, translate=True)


_CONNECTION_FLAGS = (
    ("api_key", "api_key"),
    ("organization", "organization"),
    ("project", "project"),
    ("base_url", "base_url"),
    ("azure_endpoint", "azure_endpoint"),
    ("azure_resource", "azure_resource"),
    ("api_version", "api_version"),
    ("azure_deployment", "azure_deployment"),
    ("azure_api", "azure_api"),
    ("max_retries", "max_retries"),
    ("request_timeout", "timeout"),
)


def _client(args: argparse.Namespace) -> Any:
    """The client of the flags completed by the environment: `Client.from_env`, the same precedence as in Python."""
    from .. import Client

    flags = {setting: getattr(args, flag, None) for flag, setting in _CONNECTION_FLAGS}
    return Client.from_env(**{name: value for name, value in flags.items() if value is not None})


_IDENTIFIER = re.compile(r"\b([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\b(?:=\.\.\.|=)?")  # names with an underscore
_NAMED_WORD = re.compile(r"\b([a-z][a-z0-9]*)\b(?= is required| must )")  # a one-word name used as a parameter
_NOT_FLAGS = {"azure_ad_token": "AZURE_OPENAI_AD_TOKEN", "azure_ad_token_provider": "AZURE_OPENAI_AD_TOKEN"}


def _flags_of(args: argparse.Namespace | None) -> dict[str, str]:
    """Setting or parameter name -> the flag that sets it, for the subcommand that was run."""
    flags = {setting: "--" + flag.replace("_", "-") for flag, setting in _CONNECTION_FLAGS}
    flags["api_key"] = "--api-key"
    parser = getattr(args, "parser", None)
    for action in parser._actions if parser is not None else ():  # argparse has no public list
        long = max(action.option_strings, key=len, default="")
        if long.startswith("--") and action.dest != "help":
            flags[action.dest] = long
    return flags


def _cli_names(message: str, args: argparse.Namespace | None = None) -> str:
    """`message` with the Python names of settings and parameters as this command's flags (or variables)."""
    flags = _flags_of(args)

    def flag(match: re.Match[str]) -> str:
        name = match.group(1)
        return _NOT_FLAGS.get(name) or flags.get(name) or match.group(0)

    return _NAMED_WORD.sub(flag, _IDENTIFIER.sub(flag, message))


def main(argv: Sequence[str] | None = None) -> int:
    """Run one action; returns the exit code (see the module docs)."""
    import warnings

    from ._errors import APIError, APIStatusError
    from .actions import Actions, BatchTimeoutError

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            client = _client(args)
        for warning in caught:
            print(f"warning: {_cli_names(str(warning.message), args)}", file=sys.stderr)
        with client:
            code = args.handler(Actions(client), args)
        return int(code or 0)
    except BatchTimeoutError as exc:  # a TimeoutError, hence an OSError: first
        print(f"error: {exc}: openai-connector batch --resume {exc.batch_id}", file=sys.stderr)
        return EXIT_BATCH_TIMEOUT
    except TimeoutError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_API
    except (_UsageError, ValueError, OSError) as exc:  # ConfigurationError and InvalidRequestError too
        print(f"error: {_cli_names(str(exc), args)}", file=sys.stderr)
        return EXIT_USAGE
    except APIStatusError as exc:
        print(f"error: the API answered {exc.status_code}: {exc}", file=sys.stderr)
        return EXIT_API
    except APIError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_API
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
