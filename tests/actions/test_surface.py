"""The actions package: a sorted, complete `__all__`, and nothing loaded by `import openai_connector`."""

from __future__ import annotations

import subprocess
import sys

from openai_connector.lib import actions


def test_all_is_sorted_and_every_name_resolves() -> None:
    assert actions.__all__ == sorted(actions.__all__, key=lambda n: (not n[0].isupper(), n))
    for name in actions.__all__:
        assert getattr(actions, name) is not None


def test_import_stays_cheap() -> None:
    code = (
        "import sys, openai_connector; from openai_connector import Client; "
        "print(sorted(m for m in sys.modules if m.startswith('openai_connector.lib.actions') "
        "or m in ('tqdm', 'rich', 'argparse') or m.endswith('.cli')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
