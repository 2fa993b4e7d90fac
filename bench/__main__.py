"""`python -m bench [--quick] [--only FIGURE ...]`: run the benchmarks and write bench/RESULTS.md."""

from __future__ import annotations

import sys

from .cli import main

sys.exit(main())
