#!/usr/bin/env python3
"""Writes the table of interface strings into data/SCHEMA.md and the JSON Schema.

    tests/packs/strings_table.py [--root DIR] [--check]

The keys and English texts come from src/core/common/strings.cpp (kEnglish), the one
place they are written. data/SCHEMA.md gets the table between its two "strings table"
comment lines; data/schema/accord-pack-1.schema.json gets one property per key under
$defs/strings. Run it after adding or rewording an entry (the unit test "every
interface string key is documented" fails until then). --check only says whether the
files are up to date (exit 1 when not).
"""
import argparse
import json
import os
import re
import sys

BEGIN = "<!-- strings table: written by tests/packs/strings_table.py from src/core/common/strings.cpp -->"
END = "<!-- end of strings table -->"


def english_entries(root):
    """[(key, english)] in table order."""
    with open(os.path.join(root, "src", "core", "common", "strings.cpp"), encoding="utf-8") as f:
        src = f.read()
    body = src[src.index("kEnglish[] = {"):src.index("static_assert(sizeof(kEnglish)")]
    out = []
    for m in re.finditer(r'\{StringId::\w+,\s*"([^"]+)",\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\}', body):
        raw = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(2)))
        # C escapes as strings.cpp uses them: \xHH bytes of UTF-8, \" and \\.
        data = re.sub(rb"\\x([0-9A-Fa-f]{2})", lambda x: bytes([int(x.group(1), 16)]), raw.encode())
        out.append((m.group(1), data.replace(b'\\"', b'"').replace(b"\\\\", b"\\").decode("utf-8")))
    return out


def schema_md(text, entries):
    rows = "\n".join(f"| `{key}` | {english.replace('|', chr(92) + '|')} |" for key, english in entries)
    table = f"{BEGIN}\n| key | English |\n| --- | --- |\n{rows}\n{END}"
    return re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: table, text, flags=re.DOTALL)


def json_schema(text, entries):
    props = ",\n".join(
        f'        {json.dumps(key)}: {{"$ref": "#/$defs/interfaceString", '
        f'"description": {json.dumps("English: " + english, ensure_ascii=False)}}}'
        for key, english in entries)
    start = text.index('"strings": {', text.index('"$defs"'))
    open_at = text.index('"properties": {', start) + len('"properties": {')
    close_at = text.index("\n      }", open_at)
    return text[:open_at] + "\n" + props + text[close_at:]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=os.path.join(os.path.dirname(__file__), "..", ".."))
    parser.add_argument("--check", action="store_true", help="only check; exit 1 when a file is out of date")
    args = parser.parse_args()
    entries = english_entries(args.root)
    stale = []
    for rel, update in (("data/SCHEMA.md", schema_md), ("data/schema/accord-pack-1.schema.json", json_schema)):
        path = os.path.join(args.root, rel)
        with open(path, encoding="utf-8") as f:
            old = f.read()
        new = update(old, entries)
        if new != old:
            stale.append(rel)
            if not args.check:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(new)
    verb = "out of date" if args.check else "updated"
    print(f"{len(entries)} strings; " + (f"{verb}: {', '.join(stale)}" if stale else "up to date"))
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
