#!/usr/bin/env python3
r"""latin_split.py -- which Latin characters the web build embeds, and which it leaves
to a face fetched on demand (cmake/Fonts.cmake).

Embedded: printable ASCII, every other Latin character the core's C++ sources write
(SOURCE...: the string tables and the separators, ellipses and arrows the layouts put
in, as literal UTF-8 or as "\xC2\xB7" escapes), and every Latin character the shipped
packs (PACK...) use. The rest of the Latin subset goes to the "latin-rest" faces, which
the widget fetches only for a pack that needs them (platform::App::AddScriptFace).

usage: latin_split.py --all RANGES --embedded OUT --rest OUT --sources SOURCE... --packs PACK...
RANGES is pyftsubset's --unicodes syntax (U+0020-007E,U+00A0-00FF,...); OUT files get
the same syntax, for --unicodes-file.
"""
import argparse
import json
import re

ASCII = range(0x20, 0x7F)


def parse_ranges(text):
    out = set()
    for part in text.split(','):
        part = part.strip().upper().replace('U+', '')
        if not part:
            continue
        lo, _, hi = part.partition('-')
        out.update(range(int(lo, 16), int(hi or lo, 16) + 1))
    return out


def strings_in(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from strings_in(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings_in(v)


def characters_in_source(path):
    """The characters of a C++ file's string literals: literal UTF-8 and hex escapes."""
    with open(path, 'rb') as f:
        raw = f.read()
    # Each run of \xHH escapes is UTF-8 bytes; decode runs, then the rest as UTF-8 text.
    for run in re.findall(rb'(?:\\x[0-9A-Fa-f]{2})+', raw):
        data = bytes(int(h, 16) for h in re.findall(rb'\\x([0-9A-Fa-f]{2})', run))
        yield from data.decode('utf-8', errors='ignore')
    yield from raw.decode('utf-8', errors='ignore')


def write(path, codepoints):
    with open(path, 'w', encoding='ascii') as f:
        f.write(','.join('U+%04X' % c for c in sorted(codepoints)) + '\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--all', required=True)
    ap.add_argument('--embedded', required=True)
    ap.add_argument('--rest', required=True)
    ap.add_argument('--sources', nargs='+', required=True)
    ap.add_argument('--packs', nargs='+', required=True)
    args = ap.parse_args()
    full = parse_ranges(args.all)
    embedded = set(ASCII) & full
    for path in args.sources:
        embedded.update(ord(ch) for ch in characters_in_source(path) if ord(ch) in full)
    for path in args.packs:
        with open(path, encoding='utf-8') as f:
            for s in strings_in(json.load(f)):
                embedded.update(ord(ch) for ch in s if ord(ch) in full)
    write(args.embedded, embedded)
    write(args.rest, full - embedded)


if __name__ == '__main__':
    main()
