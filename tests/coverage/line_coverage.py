#!/usr/bin/env python3
"""line_coverage.py — line coverage of src/core/ after a --coverage test run.

Runs gcov on every object file of the core libraries in BUILD and prints, per folder
of src/core/ and in all, how many executable lines the tests ran. A measurement for
the team's notes, not a pass/fail test.

usage: line_coverage.py --build BUILD --source SOURCE_DIR
"""
import argparse
import collections
import pathlib
import re
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    build = pathlib.Path(args.build).resolve()
    core = (pathlib.Path(args.source) / "src" / "core").resolve()
    objects = sorted(p for p in build.glob("CMakeFiles/accord_core_*.dir/**/*.gcno"))
    if not objects:
        sys.exit(f"no .gcno files under {build}: configure with --coverage and run the tests first")
    # gcov -n: no .gcov files, just "File '...'" / "Lines executed:X% of N" pairs.
    out = "".join(subprocess.run(["gcov", "-n", "-o", str(o.parent), str(o)], capture_output=True, text=True,
                                 cwd=build).stdout for o in objects)
    totals = {}
    for name, pct, lines in re.findall(r"File '([^']+)'\nLines executed:([\d.]+)% of (\d+)", out):
        path = pathlib.Path(name)
        if not path.is_absolute():
            path = (build / path).resolve()
        try:
            rel = path.resolve().relative_to(core)
        except ValueError:
            continue  # system headers, nlohmann, tests
        if rel.suffix != ".cpp":
            continue  # headers are counted in every file that includes them
        n = int(lines)
        totals[str(rel)] = (round(float(pct) * n / 100), n)
    by_folder = collections.defaultdict(lambda: [0, 0])
    for rel, (hit, n) in sorted(totals.items()):
        folder = rel.split("/")[0]
        by_folder[folder][0] += hit
        by_folder[folder][1] += n
    width = max(len(r) for r in totals) + 2
    print(f"{'file':<{width}}{'lines':>8}{'run':>8}{'%':>8}")
    for rel, (hit, n) in sorted(totals.items()):
        print(f"{rel:<{width}}{n:>8}{hit:>8}{100 * hit / max(n, 1):>7.1f}%")
    print()
    all_hit = sum(v[0] for v in by_folder.values())
    all_n = sum(v[1] for v in by_folder.values())
    for folder, (hit, n) in sorted(by_folder.items()):
        print(f"src/core/{folder + '/':<{width - 9}}{n:>8}{hit:>8}{100 * hit / max(n, 1):>7.1f}%")
    print(f"{'src/core/ in all':<{width}}{all_n:>8}{all_hit:>8}{100 * all_hit / max(all_n, 1):>7.1f}%")


if __name__ == "__main__":
    main()
