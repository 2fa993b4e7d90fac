"""The OpenAPI document layer: load, apply overlays, normalise 3.0 and 3.1 to one form (`read_spec`: all three)."""

from generator.spec.loader import SpecError, load_document, pointer_join
from generator.spec.normalize import normalize
from generator.spec.overlay import apply_overlay, load_overlay
from generator.spec.read import read_spec

__all__ = ["SpecError", "apply_overlay", "load_document", "load_overlay", "normalize", "pointer_join", "read_spec"]
