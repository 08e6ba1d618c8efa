"""Instruction counts (valgrind callgrind) of the in-process rows of ``bench/ratios.py``: repeatable under load.

On a shared 2-core machine the CPU-time ratios of ``ratios.py`` swing by +-30 % from round to round; the number of
instructions a call executes does not depend on the neighbours, so it tells whether a change helped before timing
confirms it. Each side of each row runs in its own process under ``valgrind --tool=callgrind``; only the timed batch
is counted (collection is toggled on inside ``itertools.starmap``'s ``starmap_next``, through which the batch is
called, so imports, set-up and warm-up stay out). Instructions are not time (caches, branch misses), so the final
figures still come from ``ratios.py``.

Run: ``.venv/bin/python bench/icount.py [--rows get,list200,create,async100] [--calls 20]``
(needs ``valgrind``; about a minute per row).
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import subprocess
import sys
import tempfile

ROWS = ("get", "list200", "create", "async100")


def worker(row: str, side: int, calls: int) -> None:
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import ratios

    if row == "async100":
        pair, _close = ratios.async_pair(batches=1)
        run = pair[1 - side]  # async_pair returns (floor, ours)
    else:
        pairs, _close = ratios.sync_pairs(calls)
        run = pairs[row][side]
    run()  # warm-up, not counted
    for _ in itertools.starmap(run, itertools.repeat((), 1)):
        pass


def count(row: str, side: int, calls: int) -> tuple[int, int]:
    with tempfile.TemporaryDirectory() as folder:
        result = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={folder}/out",
                "--toggle-collect=starmap_next",
                sys.executable,
                os.path.abspath(__file__),
                "--worker",
                row,
                str(side),
                str(calls),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    found = re.search(r"Collected : (\d+)", result.stderr)
    assert found, result.stderr[-2000:]
    batch = 1 if row == "async100" else (max(1, calls // 50) if row == "list200" else calls)
    return int(found.group(1)), batch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", default=",".join(ROWS))
    parser.add_argument("--calls", type=int, default=50, help="calls per batch for get/create (list: calls/50)")
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], int(args.worker[1]), int(args.worker[2]))
        return
    print("row         ours/call      floor/call     ratio (instructions; async100: floor/ours)")
    for row in [r.strip() for r in args.rows.split(",") if r.strip()]:
        (ours, batch), (floor, _) = count(row, 0, args.calls), count(row, 1, args.calls)
        ratio = floor / ours if row == "async100" else ours / floor
        print(f"{row:11s} {ours / batch:13,.0f}  {floor / batch:13,.0f}  {ratio:6.3f}x", flush=True)


if __name__ == "__main__":
    main()
