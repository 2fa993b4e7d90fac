# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ...translation import Translation as Translation
from ...translation import Translation as _Translation
from ...translation_verbose import TranslationVerbose as TranslationVerbose
from ...translation_verbose import TranslationVerbose as _TranslationVerbose

TranslationCreateResponse = _Translation | _TranslationVerbose

__all__ = [
    "Translation",
    "TranslationCreateResponse",
    "TranslationVerbose",
]
