"""Class names: models, aliases, TypedDicts and resources, unique in one package, never numbered.

The rules, each with its unit test (tests/generator/unit/test_naming.py):
- a component keeps its name (or its overlay's `x-connector-name`), PascalCased;
- a nested definition is named relative to its parent definition's final name: the parent's name,
  then the parts below it (`CreateChatCompletionResponse` + `choices` -> `...ResponseChoice`);
- a part that repeats the end of the name is not repeated (`Chat` + `chat_completion` ->
  `ChatCompletion`); a part that ends with the name's last part replaces it (`ChunkingStrategy` +
  `Static Chunking Strategy` -> `StaticChunkingStrategy`);
- a union branch named only by its JSON type (`object`, `str`) or the only branch of a union adds
  its word only where the name without it is taken;
- a union branch whose title is a full name (`BetaResponseAudioWsDelta`) takes that name when free;
- a name over `MAX_LENGTH` characters (its `Param` counted) is shortened, unless it is the spec's own
  name; the first of these that fits: middle parts dropped (the first and the last ones stay); a
  branch title restating its property without that ending (`ItemReferenceInputMessages` under
  `input_messages` -> `ItemReference`); the parent without the words that only say what kind of
  schema it is (`KIND_WORDS`: `...FileCitationObject` + `file_citation` -> `...FileCitation`); the
  parent without its middle words, nearest the middle first (`RealtimeServerEventConversationItem
  InputAudioTranscriptionFailed` + `error` -> `RealtimeServerEventInputAudioTranscriptionFailedError`);
- the request variant of a model is `<Model>Param`; a component the spec itself names `...Param`
  gives that name to its TypedDict, and its model drops the suffix (or takes `Model` when the spec
  has a schema of that name too): no `ParamParam`;
- the union of a spec's webhook payloads is `UnwrapWebhookEvent` (`hints.WEBHOOK_EVENTS`); a payload
  written inline in webhook `pet_lost` is `PetLostWebhookEvent`;
- collisions take the next candidate, then a qualified or suffixed name; never a number.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from generator.naming import reserved
from generator.naming.hints import Hint, Part, singular
from generator.naming.identifiers import pascal, words

MAX_LENGTH = 60
PARAM = "Param"
FALLBACK_SUFFIXES = ("Schema", "Type", "Model", "Definition", "Shape", "Spec")
# Words of a parent's name that say what kind of schema it is, not what it holds: a nested name
# over the limit leaves them out (`Param` already says request).
KIND_WORDS = frozenset({"create", "request", "object"})


class ClassNames:
    """Hands out class names, unique in one generated package."""

    def __init__(self, taken: Iterable[str] | None = None) -> None:
        self._taken: set[str] = set(reserved.class_names() if taken is None else taken)

    def is_free(self, name: str) -> bool:
        return name not in self._taken

    def claim(self, candidates: list[str]) -> str:
        """The first free candidate, else the last one with the first free fallback suffix."""
        for candidate in candidates:
            if candidate not in self._taken:
                self._taken.add(candidate)
                return candidate
        base = candidates[-1]
        for suffix in FALLBACK_SUFFIXES:
            if base + suffix not in self._taken:
                self._taken.add(base + suffix)
                return base + suffix
        raise ValueError(f"cannot find a free class name for {candidates!r}")

    def reserve(self, name: str) -> bool:
        if name in self._taken:
            return False
        self._taken.add(name)
        return True


def append(chunks: list[str], chunk: str) -> list[str]:
    """`chunks` (the PascalCase parts of a name) with one more part, without repeating words."""
    if not chunk:
        return chunks
    if not chunks:
        return [chunk]
    new = words(chunk)
    last = words(chunks[-1])
    if len(chunks) > 1 and len(new) > len(last) and new[-len(last) :] == last:
        return [*chunks[:-1], chunk]
    flat = [w for c in chunks for w in words(c)]
    for overlap in range(min(len(flat), len(new)), 0, -1):
        if flat[-overlap:] == new[:overlap]:
            return [*chunks, pascal(new[overlap:])] if overlap < len(new) else chunks
    return [*chunks, chunk]


def shortened(chunks: list[str], limit: int = MAX_LENGTH, *, trim_last: bool = False) -> list[str]:
    """Middle parts dropped, oldest first, until the name fits in `limit`; the first part stays, and
    (`trim_last`, for a property's name) of the last one as many trailing words as fit, two at least."""
    for start in range(2, len(chunks)):
        candidate = [chunks[0], *chunks[start:]]
        if len("".join(candidate)) <= limit:
            return candidate
    if len(chunks) < 2 or not trim_last:
        return [chunks[0], chunks[-1]] if len(chunks) > 1 else chunks
    last = words(chunks[-1])
    for start in range(1, len(last) - 1):  # two words at least: `NoiseReduction`, never `Reduction`
        candidate = [chunks[0], pascal(last[start:])]
        if len("".join(candidate)) <= limit:
            return candidate
    return [chunks[0], chunks[-1]]


def _joined(name_words: list[str]) -> str:
    return pascal(("_".join(name_words),))  # one part: every word stays, repeated or not


def without_restated_ending(form: list[str], base: list[str], relative: Hint) -> list[str]:
    """A branch title that ends with its union's property, without that ending (`input_messages`,
    `ItemReferenceInputMessages` -> `ItemReference`): the title says the property again."""
    if len(form) < 2 or len(relative) < 1 or relative[-1].role != "title" or form[-1] != pascal((relative[-1].text,)):
        return form
    said = words(relative[-2].text) if len(relative) > 1 else words(base[-1]) if base else []
    title = words(relative[-1].text)
    if not said or len(title) <= len(said) or title[-len(said) :] != said:
        return form
    return [*form[:-1], _joined(title[: -len(said)])]


def without_kind_words(form: list[str]) -> list[str]:
    """The parent's part of `form` without `KIND_WORDS`, the last part appended again (so a part the
    dropped word hid no longer repeats: `FileCitationObject` + `FileCitation` -> `FileCitation`)."""
    if len(form) < 2:
        return form
    kept = [w for c in form[:-1] for w in words(c) if w not in KIND_WORDS]
    return append([_joined(kept)], form[-1]) if kept else form


def without_middle_words(form: list[str], limit: int) -> list[str]:
    """The parent's part of `form` losing words nearest its middle, one at a time, until the name fits
    in `limit`; its first and last words stay."""
    if len(form) < 2:
        return form
    parent = [w for c in form[:-1] for w in words(c)]
    middle = len(parent) // 2
    order = [middle + (step // 2 + 1) * (1 if step % 2 else -1) for step in range(2 * len(parent))]
    dropped: set[int] = set()
    for index in [middle, *order]:
        if 0 < index < len(parent) - 1 and index not in dropped:
            dropped.add(index)
            candidate = [_joined([w for i, w in enumerate(parent) if i not in dropped]), form[-1]]
            if len("".join(candidate)) <= limit:
                return candidate
    return form


def fitted(form: list[str], base: list[str], relative: Hint, limit: int) -> list[str]:
    """`form` (over `limit`) shortened by the first rule whose name fits; else the last rule's name."""
    shorter = shortened(form, limit, trim_last=relative[-1].role == "property")
    for rule in (
        lambda f: without_restated_ending(f, base, relative),
        without_kind_words,
        lambda f: without_middle_words(f, limit),
    ):
        if len("".join(shorter)) <= limit:
            break
        shorter = rule(shorter)
    return shorter


def _is_family_name(part: Part, family: str) -> bool:
    """A title spelled as a class name of its parent's family: `BetaResponseAudioWsDelta` in
    `BetaResponsesServerEvent` (same first word, or its singular), not a label (`Static chunking`)."""
    if part.role != "title" or not part.text.isidentifier() or not part.text[:1].isupper():
        return False
    own, theirs = words(part.text), words(family)
    return len(own) > 1 and bool(theirs) and own[0] in (theirs[0], singular(theirs[0]))


def candidates(base: list[str], relative: Hint, limit: int = MAX_LENGTH) -> list[list[str]]:
    """Names for a definition `relative` below a parent named `base`, best first; `limit` in characters."""
    lean = [p for p in relative if p.role != "shape"]
    forms: list[list[str]] = []
    family = base[0] if base else relative[0].text if relative else ""
    if relative and _is_family_name(relative[-1], family):
        forms.append([pascal((relative[-1].text,))])
    for parts in (lean, list(relative)) if len(lean) < len(relative) else (list(relative),):
        chunks = list(base)
        for part in parts:
            chunks = append(chunks, pascal((part.text,)))
        # Unmerged too (`InputAudio` + `input_audio`), unless a branch's title restates the parent.
        restated = chunks == base and any(p.role in ("title", "shape") for p in parts)
        plain = chunks if restated else [*base, *(pascal((p.text,)) for p in parts)]
        for form in (chunks, plain):
            if len("".join(form)) > limit:
                forms.append(fitted(form, base, relative, limit))
            forms.append(form)
    unique: list[list[str]] = []
    for form in forms:
        if form and form not in unique:
            unique.append(form)
    return unique


def name_definitions(
    hints: dict[str, Hint],
    names: ClassNames,
    namespace: str,
    needs_param: Callable[[str], bool],
) -> tuple[dict[str, str], dict[str, str]]:
    """Model (or alias) names and TypedDict names, by definition key; `hints` in naming order."""
    by_hint: dict[Hint, str] = {}
    for key, hint in hints.items():
        by_hint.setdefault(hint, key)
    spec_names = {pascal((h[0].text,)) for h in hints.values() if len(h) == 1 and h[0].role == "root"}
    chunks_of: dict[str, list[str]] = {}
    class_names: dict[str, str] = {}
    param_names: dict[str, str] = {}

    def name(key: str) -> list[str]:
        if key in chunks_of:
            return chunks_of[key]
        hint = hints[key]
        base: list[str] = []
        relative = hint
        for cut in range(len(hint) - 1, 0, -1):
            parent = by_hint.get(hint[:cut])
            if parent is not None and parent != key:
                base, relative = name(parent), hint[cut:]
                break
        # A model with a request variant leaves room for the `Param` of its TypedDict.
        forms = candidates(base, relative, MAX_LENGTH - len(PARAM) if needs_param(key) else MAX_LENGTH)
        qualified = [pascal((namespace or "api",)), *forms[-1]]
        spellings = ["".join(f) for f in forms]
        model = spellings[0]
        if len(hint) == 1 and model.endswith(PARAM) and len(model) > len(PARAM) and needs_param(key):
            # The spec names a request shape: its TypedDict takes that name, the model the bare one.
            param_names[key] = names.claim([model, model + "Request"])
            bare = model[: -len(PARAM)]
            chosen = names.claim([bare, model + "Model"] if bare not in spec_names else [model + "Model"])
        else:
            chosen = names.claim([*spellings, spellings[-1] + "Schema", "".join(qualified)])
        chunks_of[key] = forms[spellings.index(chosen)] if chosen in spellings else [chosen]
        class_names[key] = chosen
        return chunks_of[key]

    for key in hints:
        name(key)
    for key in hints:
        if key not in param_names and needs_param(key):
            model = class_names[key]
            param_names[key] = names.claim([model + PARAM, model + "Request" + PARAM])
    return {k: class_names[k] for k in hints}, {k: param_names[k] for k in hints if k in param_names}


def resource_class(names: ClassNames, path: tuple[str, ...], namespace: str) -> str:
    """`client.fine_tuning.jobs` -> `FineTuningJobs` (its async twin `AsyncFineTuningJobs` reserved too)."""
    base = pascal(path)
    prefix = pascal((namespace,)) if namespace else ""
    chosen = names.claim([base, base + "Resource", prefix + base + "Resource"])
    names.reserve("Async" + chosen)
    return chosen
