#!/usr/bin/env node
// minify.mjs — writes the stylesheet and the embed script as readers get them: without
// the comments and whitespace that explain them in the repository (web/accord.css,
// web/embed.js). csso for CSS, terser for JavaScript, both pinned in package-lock.json.
// Together 2.2 KB brotli of every first load. (accord.js is minified by Closure in
// the Emscripten link.)
//
//   node cmake/web/minify.mjs --css web/accord.css OUT.css
//   node cmake/web/minify.mjs --js web/embed.js OUT.js
import fs from 'node:fs';
import path from 'node:path';
import { minify as minifyCss } from 'csso';
import { minify as minifyJs } from 'terser';

const [kind, input, output] = process.argv.slice(2);
if (!['--css', '--js'].includes(kind) || !input || !output) {
    console.error('usage: node cmake/web/minify.mjs --css|--js <input> <output>');
    process.exit(2);
}
const source = fs.readFileSync(input, 'utf8');
let out;
if (kind === '--css') {
    // No restructuring: rules keep their order and selectors, so the cascade is the
    // source's (it saves 3 bytes more here, not worth a changed cascade).
    out = minifyCss(source, { restructure: false }).css;
} else {
    // The embed script is loaded by host pages as it is: keep its public names
    // (window.Accord...) and its top-level code; only local names are shortened.
    const result = await minifyJs(source, { compress: { passes: 2 }, mangle: true, toplevel: false });
    out = result.code;
}
if (!out) {
    console.error(`minify.mjs: ${input} minified to nothing`);
    process.exit(1);
}
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, out + '\n');
