"""Survey of what leaves the facade under the response fuzz: every exception type, ``OneRecordError`` or not.

Runs the examples of ``tests/facade/test_response_fuzz.py`` (the same derandomized examples the tests run) but counts
outcomes instead of failing on the first escape, so the same command gives "before" and "after" figures.

Run: ``ONERECORD_FUZZ_EXAMPLES=1000 .venv/bin/python bench/fuzz_survey.py``
"""

from __future__ import annotations

import importlib.util
import logging
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

TESTS = Path(__file__).parents[1] / "tests" / "facade"
NAMES = [
    "test_any_api_answer_gives_a_result_or_a_one_record_error",
    "test_any_token_answer_gives_a_result_or_a_one_record_error",
    "test_the_async_client_too",
]


def main() -> None:
    logging.getLogger("onerecord").setLevel(logging.ERROR)  # the pager's repeated-cursor warnings
    sys.path.insert(0, str(TESTS))
    spec = importlib.util.spec_from_file_location("response_fuzz", TESTS / "test_response_fuzz.py")
    assert spec is not None and spec.loader is not None
    fuzz = importlib.util.module_from_spec(spec)
    sys.modules["response_fuzz"] = fuzz
    spec.loader.exec_module(fuzz)
    seen: Counter[tuple[str, str, str]] = Counter()
    examples: Counter[str] = Counter()
    current = ""

    def outcome(run: Callable[[], object]) -> None:
        examples[current] += 1
        try:
            result = run()
        except Exception as error:
            kind = "OneRecordError" if isinstance(error, fuzz.OneRecordError) else "ESCAPED"
            seen[(current, kind, type(error).__name__)] += 1
        else:
            seen[(current, "returned", "non-finite" if fuzz._non_finite(result) else "ok")] += 1

    setattr(fuzz, "_outcome", outcome)  # noqa: B010 (a module loaded from a path: no static attributes)
    for name in NAMES:
        current = name
        getattr(fuzz, name)()
    print("examples run:", dict(examples))
    for (test, kind, what), count in sorted(seen.items()):
        print(f"{count:6d}  {test.removeprefix('test_')[:30]:30s} {kind:15s} {what}")


if __name__ == "__main__":
    main()
