// trust.test.mjs — a link on the newsroom's domain cannot show a pack from elsewhere.
// A second origin is a local https server with its own certificate (made by openssl for
// this run) serving a copy of the pack with one word changed, as a forger's would be:
//   * the widget as built (no other origins allowed) refuses it with a message naming
//     the address and why, and draws nothing of it;
//   * the same page written by the build's own generator with that origin allowed
//     (`accord-pack html --page shell.html --pack-origins …`, what ACCORD_PACK_ORIGINS
//     does) loads it, and says where it comes from;
//   * a pack on the widget's own origin loads, by relative path or absolute address.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sharedSession, waitForFirstFrame, consoleLog, saveScreenshot, canvasStats, WWW, DEFAULT_SOURCE, defaultPack } from './launch.mjs';
import { startServer } from './serve.mjs';

const TIMEOUT = { timeout: 120_000 };
const PACK_TOOL = process.env.ACCORD_PACK_TOOL || path.resolve('build/native-release/accord-pack');
const FORGED_TITLE = 'Forged: both sides confirm a permanent ceasefire';

const shared = sharedSession(WWW);
let foreign = null;   // https server: the other origin
let allowedWww = '';  // a copy of the web build whose page allows that origin
let allowedServer = null;
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-trust-'));

before(async () => {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
        '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(temp, 'key.pem'), '-out', path.join(temp, 'cert.pem')],
    { stdio: 'ignore' });
    const packs = path.join(temp, 'foreign');
    fs.mkdirSync(packs);
    const forged = defaultPack();
    forged.meta.title = FORGED_TITLE;
    fs.writeFileSync(path.join(packs, 'pack.json'), JSON.stringify(forged));
    foreign = await startServer({ root: packs, tls: { key: fs.readFileSync(path.join(temp, 'key.pem')), cert: fs.readFileSync(path.join(temp, 'cert.pem')) } });

    allowedWww = path.join(temp, 'www');
    fs.cpSync(WWW, allowedWww, { recursive: true });
    execFileSync(PACK_TOOL, ['html', '--page', path.resolve('shell.html'), '--pack-origins', foreign.url.replace(/\/$/, ''),
        '-o', path.join(allowedWww, 'index.html'), path.join(WWW, DEFAULT_SOURCE)]);
    allowedServer = await startServer({ root: allowedWww });
});

after(async () => {
    await foreign?.close();
    await allowedServer?.close();
    fs.rmSync(temp, { recursive: true, force: true });
});

async function open(base, query) {
    const page = await shared.session.openPage({ width: 1440, height: 900, ignoreHTTPSErrors: true });
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(base + query);
    const frame = await waitForFirstFrame(page);
    const layer = await page.evaluate(() => document.getElementById('accord-text').innerText);
    return { page, frame, layer, requests, state: await page.evaluate(() => window.accord.getState()), log: consoleLog(page) };
}

test('a pack from another origin is refused, with a message naming its address and why', TIMEOUT, async () => {
    const address = foreign.url + 'pack.json';
    const { page, frame, layer, state, log, requests } = await open(shared.session.url, '?pack=' + encodeURIComponent(address));
    assert.equal(frame.status, 'error');
    assert.match(state.error, /^refused-origin: /);
    assert.equal(state.pack.title, '', 'nothing of the refused pack was read');
    assert.ok(layer.includes('This content was not loaded'), layer.slice(0, 400));
    assert.ok(layer.includes(address), `the message names the address: ${layer.slice(0, 400)}`);
    assert.ok(layer.includes('127.0.0.1:' + new URL(foreign.url).port), 'and the site it is on');
    assert.ok(!layer.includes(FORGED_TITLE));
    assert.ok(!(await page.content()).includes(FORGED_TITLE), 'the forged words are nowhere in the page');
    assert.ok(log.messages.some((m) => m.type === 'error' && /ACCORD_PACK_ORIGINS/.test(m.text)), 'the console says how to allow it');
    assert.deepEqual(requests.filter((url) => url.startsWith(foreign.url)), [], 'no request went to the other origin');
    assert.ok(requests.some((url) => url.endsWith('accord.wasm')), 'the requests were recorded');
    assert.ok((await canvasStats(page)).nonBackground > 0.01, 'the message is drawn, not a blank canvas');
    await saveScreenshot(page, 'web-refused-origin.png');
    await page.context().close();
});

test('a javascript: or protocol-relative pack address is never fetched', TIMEOUT, async () => {
    for (const query of ['?pack=javascript:alert(1)', '?pack=' + encodeURIComponent('//evil.example/p.json')]) {
        const { page, state } = await open(shared.session.url, query);
        // Ignored with a warning by the page parameters: the default pack loads instead.
        assert.equal(state.status, 'ready', query);
        assert.equal(state.pack.source, DEFAULT_SOURCE, query);
        await page.context().close();
    }
});

test('the same origin, allowed in the build, loads and the widget says where it is from', TIMEOUT, async () => {
    const meta = fs.readFileSync(path.join(allowedWww, 'index.html'), 'utf8').match(/<meta name="accord-pack-origins" content="([^"]*)">/);
    assert.equal(meta?.[1], foreign.url.replace(/\/$/, ''), 'the generator wrote the allowed origin into the page');
    const { page, frame, layer, state } = await open(allowedServer.url, '?pack=' + encodeURIComponent(foreign.url + 'pack.json'));
    assert.equal(frame.status, 'ready', state.error);
    assert.equal(state.pack.title, FORGED_TITLE);
    const host = new URL(foreign.url).host;
    assert.equal(state.pack.foreignHost, host);
    assert.ok(layer.includes(`Content from ${host}, not from this site`), layer.slice(0, 600));
    await saveScreenshot(page, 'web-allowed-origin.png');
    await page.context().close();
});

test('a pack on the widget\'s own origin loads, by relative path and by absolute address', TIMEOUT, async () => {
    for (const pack of [DEFAULT_SOURCE, shared.session.url + DEFAULT_SOURCE]) {
        const { page, state, layer } = await open(shared.session.url, '?pack=' + encodeURIComponent(pack));
        assert.equal(state.status, 'ready', `${pack}: ${state.error}`);
        assert.equal(state.pack.foreignHost, null);
        assert.ok(!layer.includes('not from this site'));
        await page.context().close();
    }
});

test('the build refuses a malformed origin setting instead of silently refusing a partner', TIMEOUT, async () => {
    let failure = null;
    try {
        execFileSync(PACK_TOOL, ['html', '--page', path.resolve('shell.html'), '--pack-origins', 'https://ok.example http://partner.example/packs',
            '-o', path.join(temp, 'bad.html'), path.join(WWW, DEFAULT_SOURCE)], { stdio: 'pipe' });
    } catch (error) {
        failure = error;
    }
    assert.ok(failure, 'accord-pack accepted a malformed origin');
    assert.equal(failure.status, 2);
    assert.match(String(failure.stderr), /"http:\/\/partner\.example\/packs" is not an https origin/);
    assert.ok(!fs.existsSync(path.join(temp, 'bad.html')));
});
