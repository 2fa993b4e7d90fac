# copied from generator/runtime/extras/cli/_parser.py by the openai-connector generator; edit the source
"""The command line's arguments: one subcommand per action, each with the connection flags."""

from __future__ import annotations

import argparse
from typing import NoReturn

from . import __doc__ as _usage
from . import _handlers as handlers
from ._inputs import UsageError, json_arg, messages_arg

__all__ = ["CONNECTION_HELP", "build_parser"]


CONNECTION_HELP = """\
The provider: Azure OpenAI if any of --azure-endpoint, --azure-resource, --api-version, --azure-deployment, --azure-api
is given; else OpenAI if any of --base-url, --organization, --project is; else Azure OpenAI if
AZURE_OPENAI_ENDPOINT is set; else OpenAI. Then each flag not given is read from the chosen
provider's variables only (OpenAI: OPENAI_API_KEY, OPENAI_ORG_ID, OPENAI_PROJECT_ID, OPENAI_BASE_URL;
Azure: AZURE_OPENAI_API_KEY or AZURE_OPENAI_AD_TOKEN, AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION),
so a key set for one provider never goes to the other's host. --api-key goes to the chosen provider.
The same order as Client.from_env() in Python."""


def _pair(value: str) -> tuple[str, str]:
    """`NAME=VALUE` (the value may hold `=`)."""
    name, sep, rest = value.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {value!r}")
    return name, rest


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
        description=_usage.split("\n\n")[0],
        epilog=_usage.split("\n\n")[2],
    )
    sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")

    def add(name: str, handler: handlers.Handler, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        _add_connection(p)
        p.set_defaults(handler=handler, parser=p)
        return p

    p = add("chat", handlers.chat, "one chat completion")
    p.add_argument("prompt", nargs="?", help="the user message ('-' reads stdin)")
    p.add_argument("--messages", type=messages_arg, help="the whole message list as JSON (or @file), instead of PROMPT")
    p.add_argument("--stream", action="store_true", help="print tokens as they come")
    p.add_argument("--full", action="store_true", help="status, headers and body")
    _add_chat_options(p)

    p = add("chat-many", handlers.chat_many, "many chat completions (concurrently or as a batch), in input order")
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

    p = add("summarize", handlers.summarize, "summarize a text file (split to fit a token budget)")
    p.add_argument("file", help="text file ('-' reads stdin)")
    p.add_argument("--model")
    p.add_argument("--max-input-tokens", type=int, default=3000)

    p = add("complete", handlers.complete, "a legacy text completion")
    p.add_argument("prompt")
    p.add_argument("--model")
    p.add_argument("--max-tokens", type=int)
    p.add_argument("--temperature", type=float)
    p.add_argument("--top-p", type=float)
    p.add_argument("--n", type=_positive_int, help="completions per prompt")
    p.add_argument("--logprobs", type=int, help="log probabilities of this many most likely tokens (0..5)")
    p.add_argument("--stop", action="append", help="stop sequence (repeatable, up to 4)")

    p = add("azure-chat", handlers.azure_chat, "Azure OpenAI on your data (data_sources), with citations")
    p.add_argument("prompt")
    p.add_argument("--data-sources", type=json_arg, required=True, help="JSON list of data sources, or @file")
    p.add_argument("--model", help="the deployment name")

    for name, handler, help in (
        ("image-generate", handlers.image_generate, "generate images"),
        ("image-edit", handlers.image_edit, "edit an image (with an optional mask)"),
        ("image-variation", handlers.image_variation, "variations of an image"),
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
        p = add(name, handlers.transcribe if not translate else handlers.translate, f"{name} an audio file")
        p.add_argument("file")
        p.add_argument("--model")
        if not translate:
            p.add_argument("--language")
        p.add_argument("--prompt")
        p.add_argument("--temperature", type=float)
        p.add_argument("--response-format", choices=["json", "verbose_json", "text", "srt", "vtt"])

    p = add("speech", handlers.speech, "text to speech, written to a file")
    p.add_argument("text")
    p.add_argument("--out", required=True, help="audio file to write")
    p.add_argument("--model")
    p.add_argument("--voice", default="alloy")
    p.add_argument("--format", choices=["mp3", "opus", "aac", "flac", "wav", "pcm"])
    p.add_argument("--speed", type=float)

    p = add("embed", handlers.embed, "embedding vectors")
    p.add_argument("input", nargs="+")
    p.add_argument("--model")
    p.add_argument("--dimensions", type=int)
    p.add_argument("--encoding-format", choices=["float", "base64"], default="float")

    p = add("moderate", handlers.moderate, "moderation")
    p.add_argument("input")
    p.add_argument("--model")

    p = add("fine-tuning", handlers.fine_tuning, "fine-tuning jobs: create, get, cancel, events, list")
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

    p = add("models", handlers.models, "list models, or show one")
    p.add_argument("model_id", nargs="?")

    p = add("responses", handlers.responses, "Responses API: create (or stream), or --get ID")
    p.add_argument("input", nargs="?")
    p.add_argument("--model")
    p.add_argument("--instructions")
    p.add_argument("--stream", action="store_true")
    p.add_argument("--get", metavar="RESPONSE_ID")

    p = add("request", handlers.request, "a raw request with the client's URL, auth and retries")
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

    p = add(
        "batch", handlers.batch, "chat completions or embeddings through the Batch API (submit and wait, or resume)"
    )
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
