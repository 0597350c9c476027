"""Write ``protocol_app/ladder_words.py``: the dictionary forms of the shipped rank ladder's words.

Run after a change of the shipped ladder (``protocol_app.ladder.LADDER``) or of the morphology dictionary
(pymorphy3-dicts-ru): ``python scripts/ladder_words.py``. tests/test_rank_ladder.py fails until it is run.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from protocol_app.ladder import ladder_tokens, looked_up  # noqa: E402

HEADER = '''"""The dictionary forms of the shipped rank ladder's words: token -> (dictionary form, may be a nominative).

Written by scripts/ladder_words.py from the morphology dictionary (pymorphy3); do not edit by hand.
"""

WORD_FORMS: dict[str, tuple[str, bool]] = {
'''


def main() -> int:
    lines = []
    for token in ladder_tokens():
        form, nominative = looked_up(token)
        lines.append(f'    "{token}": ("{form}", {nominative}),\n')  # as ruff format writes it
    target = ROOT / "protocol_app" / "ladder_words.py"
    target.write_text(HEADER + "".join(lines) + "}\n", encoding="utf-8")
    print(f"{target}: {len(lines)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
