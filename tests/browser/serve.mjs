#!/usr/bin/env node
// serve.mjs — a small static file server for the built widget (make run, browser tests,
// benchmark). Loopback only by default; correct MIME types (application/wasm lets the
// browser compile while downloading); no directory listings; no path escapes. Every file
// is sent with `Access-Control-Allow-Origin: *`: a widget in `<iframe sandbox=
// "allow-scripts">` has an opaque origin, so its wasm and pack fetches are cross-origin.
// Where the build wrote FILE.br or FILE.gz beside a file (cmake/web/precompress.mjs) and
// the browser accepts that encoding, that is what is sent; every answer carries an ETag
// and `Cache-Control: no-cache`, so a returning reader's browser revalidates and gets a
// 304 for what has not changed (the names are not content-hashed: see README).
//
//   node tests/browser/serve.mjs --root build/web-release/www [--host 127.0.0.1] [--port 8080]
//   import { startServer } from './serve.mjs'  ->  { url, close() }
//   startServer({ root, headers: { 'Content-Security-Policy': '…' }, cors: false })  (tests)
//   startServer({ root, tls: { key, cert } })  an https server (tests: another origin)
import http from 'node:http';
import https from 'node:https';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
    '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
    '.png': 'image/png', '.svg': 'image/svg+xml', '.ttf': 'font/ttf', '.txt': 'text/plain; charset=utf-8',
};

// The precompressed copy of `file` to send for this Accept-Encoding, if the build wrote
// one that is not older than the file: brotli first, then gzip; else the file itself.
function precompressed(file, stat, acceptEncoding) {
    const accepts = (name) => new RegExp(`(^|,)\\s*${name}\\s*(;\\s*q=(?!0(\\.0*)?\\s*(,|$))[0-9.]+)?\\s*(,|$)`).test(acceptEncoding);
    for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!accepts(encoding)) continue;
        try {
            const copy = fs.statSync(file + suffix);
            if (copy.isFile() && copy.mtimeMs >= stat.mtimeMs) return { sent: { path: file + suffix, size: copy.size }, encoding };
        } catch {
            // none written: try the next
        }
    }
    return { sent: { path: file, size: stat.size }, encoding: null };
}

export function startServer({ root, host = '127.0.0.1', port = 0, headers = {}, cors = true, tls = null }) {
    const base = path.resolve(root);
    const handler = (req, res) => {
        let pathname;
        try {
            pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
        } catch {
            res.writeHead(400).end('bad request');
            return;
        }
        if (pathname.endsWith('/')) pathname += 'index.html';
        const file = path.resolve(base, '.' + pathname);
        if (file !== base && !file.startsWith(base + path.sep)) {
            res.writeHead(403).end('forbidden');
            return;
        }
        fs.stat(file, (err, stat) => {
            if (err || !stat.isFile()) {
                res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found: ' + pathname);
                return;
            }
            const { sent, encoding } = precompressed(file, stat, req.headers['accept-encoding'] || '');
            const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}${encoding ? '-' + encoding : ''}"`;
            const common = {
                'Cache-Control': 'no-cache',
                'ETag': etag,
                'Vary': 'Accept-Encoding',
                'X-Content-Type-Options': 'nosniff',
                ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
                ...headers,
            };
            if (req.headers['if-none-match'] === etag) {
                res.writeHead(304, common).end();
                return;
            }
            res.writeHead(200, {
                'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
                'Content-Length': sent.size,
                ...(encoding ? { 'Content-Encoding': encoding } : {}),
                ...common,
            });
            if (req.method === 'HEAD') res.end();
            else fs.createReadStream(sent.path).pipe(res);
        });
    };
    const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            const { port: actual } = server.address();
            resolve({ url: `${tls ? 'https' : 'http'}://${host}:${actual}/`, close: () => new Promise((r) => server.close(r)) });
        });
    });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const args = Object.fromEntries(
        process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
    const root = args.root || 'build/web-release/www';
    if (!fs.existsSync(path.join(root, 'index.html'))) {
        console.error(`serve: ${root}/index.html not found; build the web widget first (make web)`);
        process.exit(1);
    }
    startServer({ root, host: args.host || '127.0.0.1', port: Number(args.port || 8080) }).then(({ url }) => {
        console.log(`Accord is served at ${url}  (Ctrl+C to stop)`);
        console.log(`  another pack: ${url}?pack=packs/<file>.json`);
    }, (err) => {
        console.error(`serve: could not listen: ${err.message}`);
        process.exit(1);
    });
}
