// serve.test.mjs — make run's server (serve.mjs) sends the build's precompressed files
// (cmake/web/precompress.mjs) where the browser accepts them, and answers revalidation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { WWW } from './launch.mjs';
import { startServer } from './serve.mjs';

function get(url, headers = {}) {
    return new Promise((resolve, reject) => {
        http.get(url, { headers }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject);
    });
}

test('the built widget is sent brotli- or gzip-compressed as asked, and unchanged files revalidate', async () => {
    const server = await startServer({ root: WWW });
    try {
        for (const file of ['index.html', 'accord.js', 'accord.wasm', 'accord.css']) {
            const raw = fs.readFileSync(path.join(WWW, file));
            assert.ok(fs.existsSync(path.join(WWW, file + '.br')), `${file}.br was written by the build`);
            const br = await get(server.url + file, { 'Accept-Encoding': 'gzip, deflate, br' });
            assert.equal(br.status, 200);
            assert.equal(br.headers['content-encoding'], 'br', file);
            assert.ok(br.body.length < raw.length * 0.6, `${file}: ${br.body.length} of ${raw.length} bytes`);
            assert.deepEqual(zlib.brotliDecompressSync(br.body), raw, `${file} decompresses to the file`);
            const gz = await get(server.url + file, { 'Accept-Encoding': 'gzip' });
            assert.equal(gz.headers['content-encoding'], 'gzip');
            assert.deepEqual(zlib.gunzipSync(gz.body), raw);
            const plain = await get(server.url + file, { 'Accept-Encoding': 'identity' });
            assert.equal(plain.headers['content-encoding'], undefined);
            assert.deepEqual(plain.body, raw);
            assert.equal(plain.headers['vary'], 'Accept-Encoding');
            const again = await get(server.url + file, { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag });
            assert.equal(again.status, 304, `${file}: an unchanged file revalidates`);
            assert.equal(again.body.length, 0);
        }
        console.log(`# accord.wasm: ${fs.statSync(path.join(WWW, 'accord.wasm')).size} bytes, ` +
            `${fs.statSync(path.join(WWW, 'accord.wasm.br')).size} sent as brotli`);
    } finally {
        await server.close();
    }
});

test('a precompressed copy older than its file is never sent', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-serve-'));
    const server = await startServer({ root });
    try {
        fs.writeFileSync(path.join(root, 'index.html'), 'x');
        fs.writeFileSync(path.join(root, 'data.json.br'), zlib.brotliCompressSync('{"old":true}'));
        const past = new Date(Date.now() - 60_000);
        fs.utimesSync(path.join(root, 'data.json.br'), past, past);
        fs.writeFileSync(path.join(root, 'data.json'), '{"new":true}');
        const res = await get(server.url + 'data.json', { 'Accept-Encoding': 'br' });
        assert.equal(res.headers['content-encoding'], undefined);
        assert.equal(res.body.toString(), '{"new":true}');
    } finally {
        await server.close();
        fs.rmSync(root, { recursive: true, force: true });
    }
});
