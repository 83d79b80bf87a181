#!/usr/bin/env node
// precompress.mjs — writes FILE.br (brotli, quality 11) and FILE.gz (gzip -9) beside
// every text, wasm and font file of the web build, so a server sends the smallest
// encoding without compressing on each request (make run's server does; nginx with
// brotli_static/gzip_static, or a CDN that honours precompressed files: README).
// Only files that changed since their .br was written are compressed again.
//
//   node cmake/web/precompress.mjs --www build/web-release/www
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.ttf', '.txt']);
const MIN_BYTES = 1024;  // below this a header costs more than compression saves

const args = process.argv.slice(2);
const www = args[args.indexOf('--www') + 1];
if (args.indexOf('--www') < 0 || !www || !fs.existsSync(www)) {
    console.error('usage: node cmake/web/precompress.mjs --www <dir>');
    process.exit(2);
}

function* files(dir) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) yield* files(full);
        else if (COMPRESSIBLE.has(path.extname(entry.name))) yield full;
    }
}

let written = 0, raw = 0, brotli = 0;
for (const file of files(www)) {
    const stat = fs.statSync(file);
    if (stat.size < MIN_BYTES) continue;
    const br = file + '.br', gz = file + '.gz';
    const fresh = (p) => fs.existsSync(p) && fs.statSync(p).mtimeMs >= stat.mtimeMs;
    if (fresh(br) && fresh(gz)) continue;
    const body = fs.readFileSync(file);
    const text = path.extname(file) !== '.wasm' && path.extname(file) !== '.ttf';
    const compressed = zlib.brotliCompressSync(body, { params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
        [zlib.constants.BROTLI_PARAM_MODE]: text ? zlib.constants.BROTLI_MODE_TEXT : zlib.constants.BROTLI_MODE_GENERIC,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    } });
    fs.writeFileSync(br, compressed);
    fs.writeFileSync(gz, zlib.gzipSync(body, { level: 9 }));
    written++; raw += body.length; brotli += compressed.length;
}
if (written) console.log(`precompress: ${written} files, ${(raw / 1024).toFixed(1)} KB -> ${(brotli / 1024).toFixed(1)} KB brotli (.br and .gz beside each)`);
