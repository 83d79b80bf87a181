// schema_agrees.mjs — checks that data/schema/accord-pack-1.schema.json agrees with the
// C++ loader (the reference) on every fixture and every real pack.
//
//   node tests/packs/schema_agrees.mjs [--root DIR]     (DIR defaults to the repo root)
//
// The loader's verdicts, by directory (tests/packs/check_fixtures.py checks that the
// loader really gives them; this script does not run it):
//   tests/fixtures/valid/*.json and data/packs/*.json are valid,
//   tests/fixtures/invalid/*.json are invalid.
// ajv must give the same verdict, except for the fixtures in CPP_ONLY, whose only
// problem is a rule JSON Schema cannot express; for those ajv must say *valid*, so the
// list stays honest (a fixture the schema starts rejecting must leave the list). A file
// that is not JSON counts as invalid for ajv too.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

// Fixture file name -> why only the C++ loader can reject it.
const CPP_ONLY = new Map([
    ['unknown-source.json', 'cross-reference: a claim cites a source id that does not exist'],
    ['unknown-phase.json', 'cross-reference: a milestone names a phase id that does not exist'],
    ['amendment-link-missing-map-feature.json', 'cross-reference: an amendment links to a map feature that does not exist'],
    ['amendment-link-to-label.json', 'cross-reference: an amendment links to a region name (style "label"), which cannot be selected'],
    ['response-actor-missing.json', 'cross-reference: a response is attributed to an actor that does not exist'],
    ['duplicate-id.json', 'uniqueness: ids must be unique across the whole pack'],
    ['day-out-of-range.json', 'a milestone day is capped by timeline.days, another field (the schema caps it at 3650)'],
    ['phase-ends-before-start.json', 'comparison of two fields: end_day before start_day'],
    ['context-ends-before-start.json', 'comparison of two fields: end_date before date'],
    ['ring-not-closed.json', 'polygon ring closure: last position must equal the first'],
    ['fractional-day.json', '30.0 is an integer to JSON Schema; the loader wants it written as 30'],
    ['too-deep.json', 'nesting depth limit (32), here inside an unknown field the schema allows'],
    ['duplicate-key.json', 'duplicate keys: JSON.parse keeps the last one, the loader rejects the text'],
]);

const here = path.dirname(fileURLToPath(import.meta.url));
const rootIndex = process.argv.indexOf('--root');
const root = rootIndex > 0 ? path.resolve(process.argv[rootIndex + 1]) : path.resolve(here, '..', '..');

const schemaPath = path.join(root, 'data', 'schema', 'accord-pack-1.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));

function jsonFiles(dir) {
    return fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort().map((n) => path.join(dir, n));
}

// Returns {valid, detail}: detail is the first schema error or the parse error.
function ajvVerdict(file) {
    let data;
    try {
        data = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
        return { valid: false, detail: `not JSON: ${error.message}` };
    }
    if (validate(data)) return { valid: true, detail: '' };
    const e = validate.errors[0];
    // A pattern's text (the date one is long) says less than the definition it is in.
    const message = e.keyword === 'pattern' ? `does not match ${e.schemaPath.replace(/\/pattern$/, '')}` : e.message;
    return { valid: false, detail: `${e.instancePath || '/'} ${message} (${validate.errors.length} errors)` };
}

const groups = [
    { dir: path.join(root, 'tests', 'fixtures', 'valid'), expectValid: true },
    { dir: path.join(root, 'tests', 'fixtures', 'invalid'), expectValid: false },
    { dir: path.join(root, 'data', 'packs'), expectValid: true },
];

let passed = 0;
let failed = 0;
const seenCppOnly = new Set();
for (const { dir, expectValid } of groups) {
    const files = jsonFiles(dir);
    if (files.length === 0) {
        console.log(`FAIL ${path.relative(root, dir)}/: no .json files`);
        failed++;
    }
    for (const file of files) {
        const rel = path.relative(root, file);
        const name = path.basename(file);
        const cppOnly = !expectValid && CPP_ONLY.has(name);
        if (cppOnly) seenCppOnly.add(name);
        const want = expectValid || cppOnly;  // what ajv should say
        const got = ajvVerdict(file);
        const ok = got.valid === want;
        ok ? passed++ : failed++;
        const verdict = got.valid ? 'valid' : 'invalid';
        let line = `${ok ? 'ok  ' : 'FAIL'} ${rel}: ajv says ${verdict}; the loader's verdict is ${expectValid ? 'valid' : 'invalid'}`;
        if (cppOnly) line += ` (C++ only: ${CPP_ONLY.get(name)})`;
        if (!ok && cppOnly) line += ' — the schema now catches this: remove it from CPP_ONLY';
        if (got.detail && (!ok || !got.valid)) line += ` — ${got.detail}`;
        console.log(line);
    }
}
for (const name of CPP_ONLY.keys()) {
    if (!seenCppOnly.has(name)) {
        console.log(`FAIL CPP_ONLY names ${name}, which is not in tests/fixtures/invalid/`);
        failed++;
    }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
