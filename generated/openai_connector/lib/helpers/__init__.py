# copied from generator/runtime/core/helpers/__init__.py by the openai-connector generator; edit the source
"""Hand-written helper methods of the generated resources (listed in `lib/_helpers_index.py`)."""
