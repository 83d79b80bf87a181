#!/usr/bin/env python3
"""Runs `accord-pack validate` on every pack fixture and checks its verdict and messages.

    check_fixtures.py --tool build/native-debug/accord-pack --root .

For each tests/fixtures/{valid,invalid}/NAME.json (run from --root with the relative
path, so the paths in the messages are stable):
  - the exit code is 0 in valid/ and 1 in invalid/;
  - stderr equals NAME.expected, byte for byte, when that file exists;
  - every invalid fixture has a NAME.expected (its diagnostics are the point of it).
Valid fixtures without warnings need no .expected; their stderr must then be empty.

Regenerate an expectation after checking the new message is right:
    accord-pack validate tests/fixtures/invalid/NAME.json 2> tests/fixtures/invalid/NAME.expected
"""
import argparse
import os
import subprocess
import sys

EXPECTED_EXIT = {"valid": 0, "invalid": 1}


def check(tool, root, kind, name):
    """Returns a list of problems with one fixture (empty when it passes)."""
    rel = f"tests/fixtures/{kind}/{name}"
    expected_path = os.path.join(root, "tests", "fixtures", kind, name[: -len(".json")] + ".expected")
    try:
        run = subprocess.run([tool, "validate", rel], cwd=root, capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        return [f"could not run {tool}: {error}"]
    problems = []
    if run.returncode != EXPECTED_EXIT[kind]:
        problems.append(f"exit code {run.returncode}, expected {EXPECTED_EXIT[kind]}")
    stderr = run.stderr.decode("utf-8", "replace")
    if os.path.exists(expected_path):
        with open(expected_path, encoding="utf-8") as f:
            expected = f.read()
        if stderr != expected:
            problems.append("stderr differs from " + os.path.relpath(expected_path, root))
            problems += ["  expected: " + line for line in expected.splitlines()] or ["  expected: (nothing)"]
            problems += ["  actual:   " + line for line in stderr.splitlines()] or ["  actual:   (nothing)"]
    elif kind == "invalid":
        problems.append(f"no {os.path.relpath(expected_path, root)} (every invalid fixture needs one); stderr was:")
        problems += ["  " + line for line in stderr.splitlines()]
    elif stderr:
        problems.append("unexpected diagnostics (add a .expected if they are intended):")
        problems += ["  " + line for line in stderr.splitlines()]
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tool", required=True, help="path to the accord-pack executable")
    parser.add_argument("--root", required=True, help="the source tree (holds tests/fixtures)")
    args = parser.parse_args()
    tool = os.path.abspath(args.tool)
    root = os.path.abspath(args.root)

    passed = failed = 0
    for kind in ("valid", "invalid"):
        directory = os.path.join(root, "tests", "fixtures", kind)
        names = sorted(n for n in os.listdir(directory) if n.endswith(".json"))
        if not names:
            print(f"FAIL {kind}/: no fixtures found in {directory}")
            failed += 1
        for name in names:
            problems = check(tool, root, kind, name)
            if problems:
                failed += 1
                print(f"FAIL {kind}/{name}: {problems[0]}")
                for line in problems[1:]:
                    print(f"     {line}")
            else:
                passed += 1
                print(f"ok   {kind}/{name}")
        # An .expected without its fixture is a leftover that checks nothing.
        for name in sorted(os.listdir(directory)):
            if name.endswith(".expected") and not os.path.exists(os.path.join(directory, name[: -len(".expected")] + ".json")):
                failed += 1
                print(f"FAIL {kind}/{name}: no matching .json fixture")
    # Usage errors exit 2 (and say how to use the tool); an unreadable file is invalid.
    for call, code in ((["validate"], 2), (["frobnicate", "x.json"], 2), ([], 2), (["html"], 2),
                       (["validate", "tests/fixtures/no-such-file.json"], 1)):
        proc = subprocess.run([tool] + call, cwd=root, capture_output=True, text=True)
        said = proc.stderr + proc.stdout
        if proc.returncode != code or ("usage" not in said and "cannot read" not in said):
            failed += 1
            print(f"FAIL accord-pack {' '.join(call)}: exit {proc.returncode}, expected {code}: {said.strip()[:200]}")
        else:
            passed += 1
            print(f"ok   accord-pack {' '.join(call)} exits {code}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
