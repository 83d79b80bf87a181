#!/usr/bin/env python3
"""Runs `accord-pack validate` on every pack fixture and checks its verdict and diagnostics.

    check_fixtures.py --tool build/native-debug/accord-pack --root .

For each tests/fixtures/{valid,invalid}/NAME.json (run from --root with the relative
path, so the paths in the messages are stable):
  - the exit code is 0 in valid/ and 1 in invalid/;
  - every line on stderr has the form `file:line:col: error E012: /pointer: message`
    (or `warning W001:`), the severity agreeing with the code's letter;
  - when NAME.expected exists, the diagnostics' places, codes and pointers equal it,
    in order. The message is not compared: rewording it must not break a fixture.
  - every invalid fixture has a NAME.expected (its diagnostics are the point of it).
Valid fixtures without warnings need no .expected; their stderr must then be empty.

NAME.expected has one line per diagnostic, `LINE:COL CODE POINTER` (0:0 for the whole
file, no pointer for the whole document), e.g.

    24:191 E022 /milestones/0/phases/0

Blank lines and lines starting with `#` are comments. The codes are listed with their
meaning in data/SCHEMA.md ("Diagnostic codes"); the run ends by naming the codes that
no fixture shows (a note, not a failure).
"""
import argparse
import os
import re
import subprocess
import sys

EXPECTED_EXIT = {"valid": 0, "invalid": 1}
LINE = re.compile(r"^(?P<file>.+?)(?::(?P<line>\d+):(?P<col>\d+))?: (?P<severity>error|warning) "
                  r"(?P<code>[EW]\d{3}): (?P<rest>.*)$")


def parse_stderr(rel, stderr):
    """Returns (summaries, problems): `LINE:COL CODE POINTER` for each diagnostic."""
    summaries, problems = [], []
    for line in stderr.splitlines():
        m = LINE.match(line)
        if not m or m["file"] != rel:
            problems.append(f"not a diagnostic of {rel}: {line}")
            continue
        if (m["severity"] == "error") != (m["code"][0] == "E"):
            problems.append(f"severity {m['severity']} does not match code {m['code']}: {line}")
        rest = m["rest"]
        # A pointer starts with '/' and ends at the ": " before the message.
        pointer = rest.split(": ", 1)[0] if rest.startswith("/") and ": " in rest else ""
        summary = f"{m['line'] or 0}:{m['col'] or 0} {m['code']}"
        summaries.append(summary + (" " + pointer if pointer else ""))
    return summaries, problems


def read_expected(path):
    with open(path, encoding="utf-8") as f:
        lines = [line.strip() for line in f]
    return [line for line in lines if line and not line.startswith("#")]


def check(tool, root, kind, name, seen_codes):
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
    actual, format_problems = parse_stderr(rel, stderr)
    problems += format_problems
    seen_codes.update(summary.split()[1] for summary in actual)
    if os.path.exists(expected_path):
        expected = read_expected(expected_path)
        if actual != expected:
            problems.append("diagnostics differ from " + os.path.relpath(expected_path, root))
            problems += ["  expected: " + line for line in expected] or ["  expected: (nothing)"]
            problems += ["  actual:   " + line for line in actual] or ["  actual:   (nothing)"]
            problems += ["  stderr:   " + line for line in stderr.splitlines()]
    elif kind == "invalid":
        problems.append(f"no {os.path.relpath(expected_path, root)} (every invalid fixture needs one); it would be:")
        problems += ["  " + line for line in actual]
    elif stderr:
        problems.append("unexpected diagnostics (add a .expected if they are intended):")
        problems += ["  " + line for line in stderr.splitlines()]
    return problems


def documented_codes(root):
    """The codes in data/SCHEMA.md's table of diagnostic codes, in order."""
    with open(os.path.join(root, "data", "SCHEMA.md"), encoding="utf-8") as f:
        return re.findall(r"^\| `([EW]\d{3})` \|", f.read(), re.MULTILINE)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tool", required=True, help="path to the accord-pack executable")
    parser.add_argument("--root", required=True, help="the source tree (holds tests/fixtures)")
    args = parser.parse_args()
    tool = os.path.abspath(args.tool)
    root = os.path.abspath(args.root)

    passed = failed = 0
    seen_codes = set()
    for kind in ("valid", "invalid"):
        directory = os.path.join(root, "tests", "fixtures", kind)
        names = sorted(n for n in os.listdir(directory) if n.endswith(".json"))
        if not names:
            print(f"FAIL {kind}/: no fixtures found in {directory}")
            failed += 1
        for name in names:
            problems = check(tool, root, kind, name, seen_codes)
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
    for call, code, says in ((["validate"], 2, "usage"), (["frobnicate", "x.json"], 2, "usage"), ([], 2, "usage"),
                             (["html"], 2, "usage"),
                             (["validate", "tests/fixtures/no-such-file.json"], 1, "error E029: cannot read")):
        proc = subprocess.run([tool] + call, cwd=root, capture_output=True, text=True)
        said = proc.stderr + proc.stdout
        if proc.returncode != code or says not in said:
            failed += 1
            print(f"FAIL accord-pack {' '.join(call)}: exit {proc.returncode}, expected {code}: {said.strip()[:200]}")
        else:
            passed += 1
            print(f"ok   accord-pack {' '.join(call)} exits {code}")
    # Every code a fixture shows must be documented for editors.
    documented = documented_codes(root)
    for code in sorted(seen_codes - set(documented)):
        failed += 1
        print(f"FAIL code {code} appears in a fixture but not in data/SCHEMA.md's table of codes")
    untested = [code for code in documented if code not in seen_codes]
    if untested:
        print("note: codes no fixture shows: " + " ".join(untested))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
