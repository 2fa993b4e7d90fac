"""Hand-written helper methods of the generated resources (listed in `lib/_helpers_index.py`)."""
