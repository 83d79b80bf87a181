#!/usr/bin/env node
// bench.mjs — what the page downloads before its first complete frame, and how long
// that frame takes from a cold start, next to a blank page in the same browser.
//
//   node tests/browser/bench.mjs --root build/web-release/www [--runs 10] [--query '?theme=dark']
//
// Sizes: every response the page received until window.accordFirstFrame was set, raw and
// as gzip -9 / brotli q11 would send it (computed here with node:zlib on the bytes).
// Times: navigation start -> window.accordFirstFrame.ms (performance.now() when the C++
// side signalled its first complete frame) over N cold loads, each in a new browser
// context with the cache disabled; the blank page's number is its load event on the
// same clock. One load of each is run first and not counted (browser start-up).
// Headless Chromium with SwiftShader (software GL) on this machine: compare runs with
// each other, not with a reader's browser.
// Exits non-zero only when the page does not load (no first frame, or an error screen).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { launchBrowser, launchSession, waitForFirstFrame, consoleLog, watchConsole } from './launch.mjs';

function parseArgs(argv) {
    const args = { root: 'build/web-release/www', runs: 10, query: '' };
    for (let i = 0; i < argv.length; i++) {
        const [key, inline] = argv[i].split(/=(.*)/s);
        const value = () => (inline !== undefined ? inline : argv[++i]);
        if (key === '--root') args.root = value();
        else if (key === '--runs') args.runs = Number(value());
        else if (key === '--query') args.query = value();
        else if (key === '--help' || key === '-h') {
            console.log('usage: node tests/browser/bench.mjs --root <www dir> [--runs N] [--query "?pack=..."]');
            process.exit(0);
        } else {
            console.error(`bench: unknown argument ${argv[i]}`);
            process.exit(2);
        }
    }
    if (!Number.isInteger(args.runs) || args.runs < 1) {
        console.error('bench: --runs wants a positive whole number');
        process.exit(2);
    }
    return args;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => value.toFixed(0);

function stats(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

// Aligned columns; `footer` rows (totals) come after a second rule.
function table(headers, rows, align, footer = []) {
    const all = [headers, ...rows, ...footer];
    const widths = headers.map((h, i) => Math.max(...all.map((r) => String(r[i]).length)));
    const cell = (value, i) => (align[i] === 'r' ? String(value).padStart(widths[i]) : String(value).padEnd(widths[i]));
    const line = (row) => '  ' + row.map(cell).join('  ').trimEnd();
    const rule = '  ' + widths.map((w) => '-'.repeat(w)).join('  ');
    return [line(headers), rule, ...rows.map(line), ...(footer.length ? [rule, ...footer.map(line)] : [])].join('\n');
}

function compressedSizes(body, contentType) {
    const text = /^(text\/|application\/(json|javascript)|image\/svg)/.test(contentType);
    const gzip = zlib.gzipSync(body, { level: 9 }).length;
    const brotli = zlib.brotliCompressSync(body, {
        params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
            [zlib.constants.BROTLI_PARAM_MODE]: text ? zlib.constants.BROTLI_MODE_TEXT : zlib.constants.BROTLI_MODE_GENERIC,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
    }).length;
    return { gzip, brotli };
}

async function coldPage(session) {
    const page = await session.openPage({ width: 1440, height: 900 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    return page;
}

// One load of the widget, recording every response body until the first frame.
async function inventory(session, query) {
    const page = await coldPage(session);
    const files = [];
    const pending = [];
    let firstFrameSeen = false;
    page.on('requestfinished', (request) => {
        const late = firstFrameSeen;
        pending.push((async () => {
            const response = await request.response();
            if (!response) return;
            const body = await response.body().catch(() => Buffer.alloc(0));
            const url = new URL(request.url());
            files.push({
                path: url.pathname + url.search, status: response.status(),
                type: (response.headers()['content-type'] || '').split(';')[0], body, late,
            });
        })());
    });
    await page.goto(session.url + query);
    const frame = await waitForFirstFrame(page);
    firstFrameSeen = true;
    await Promise.all(pending);
    await page.waitForTimeout(300); // anything requested just after the first frame
    await Promise.all(pending);
    const log = consoleLog(page);
    await page.context().close();
    return { frame, files, log };
}

// A cold load: a browser of its own, so a fresh profile (Playwright launches each
// with a new temporary user-data-dir): no HTTP cache, no compiled-wasm cache, no
// warmed GPU process from an earlier load.
async function freshPage() {
    const browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    watchConsole(page);
    return { page, close: () => browser.close() };
}

async function timeWidget(session, query) {
    const { page, close } = await freshPage();
    await page.goto(session.url + query);
    const frame = await waitForFirstFrame(page);
    const load = await page.evaluate(() => new Promise((resolve) => {
        const read = () => resolve(performance.getEntriesByType('navigation')[0]?.loadEventStart || 0);
        if (document.readyState === 'complete') read();
        else addEventListener('load', () => setTimeout(read, 0), { once: true });
    }));
    await close();
    if (frame.status !== 'ready') throw new Error(`the page shows an error: ${frame.error}`);
    return { firstFrame: frame.ms, load };
}

// Selecting an item relays out and redraws the whole diagram: the time from select()
// to the frame that shows it, over every item; and frames drawn while idle.
async function interaction(session, query) {
    const page = await session.openPage({ width: 1440, height: 900 });
    await page.goto(session.url + (query || ''));
    await waitForFirstFrame(page);
    const result = await page.evaluate(async () => {
        const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const ids = window.accord.items().map((item) => item.id);
        const times = [];
        for (const id of ids) {
            const before = window.accord.getState().framesDrawn;
            const t0 = performance.now();
            window.accord.select(id);
            while (window.accord.getState().framesDrawn === before) await nextFrame();
            times.push(performance.now() - t0);
            for (let i = 0; i < 12; i++) await nextFrame();  // let the fade finish
        }
        window.accord.select('');
        for (let i = 0; i < 20; i++) await nextFrame();
        const idleStart = window.accord.getState().framesDrawn;
        await new Promise((resolve) => setTimeout(resolve, 2000));
        return { times, idle: window.accord.getState().framesDrawn - idleStart };
    });
    await page.context().close();
    const t = stats(result.times);
    console.log(`Interaction at 1440x900 (${result.times.length} items, each selected once):`);
    console.log(table(['measure', 'median ms', 'min ms', 'max ms'], [
        ['select(id) -> next drawn frame (relayout + draw)', ms(t.median), ms(t.min), ms(t.max)],
    ], ['l', 'r', 'r', 'r'], [['frames drawn in 2 s of idle', String(result.idle), '', '']]));
}

async function timeBlank(session) {
    const { page, close } = await freshPage();
    await page.goto(session.url + 'blank.html', { waitUntil: 'load' });
    const load = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventStart);
    await close();
    return load;
}

async function main() {
    const args = parseArgs(process.argv.slice(2));
    const root = path.resolve(args.root);
    const blankRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-blank-'));
    fs.writeFileSync(path.join(blankRoot, 'index.html'), '<!doctype html><title>index</title>\n');
    fs.writeFileSync(path.join(blankRoot, 'blank.html'),
        '<!doctype html><html lang="en"><meta charset="utf-8"><title>blank</title><body></body></html>\n');

    const browser = await launchBrowser();
    let widget, blank;
    try {
        widget = await launchSession({ root, browser });
        blank = await launchSession({ root: blankRoot, browser });
        const version = browser.version();

        const { frame, files, log } = await inventory(widget, args.query);
        if (frame.status !== 'ready') {
            console.error(`bench: the page did not load: status ${frame.status}: ${frame.error}`);
            for (const line of log.errors) console.error(`  ${line}`);
            process.exitCode = 1;
            return;
        }
        const counted = files.filter((f) => !f.late);
        const late = files.filter((f) => f.late);
        const order = ['text/html', 'text/css', 'text/javascript', 'application/wasm', 'application/json'];
        counted.sort((a, b) => (order.indexOf(a.type) + 1 || 99) - (order.indexOf(b.type) + 1 || 99));

        const rows = [];
        const total = { raw: 0, gzip: 0, brotli: 0 };
        for (const f of counted) {
            const { gzip, brotli } = compressedSizes(f.body, f.type);
            total.raw += f.body.length; total.gzip += gzip; total.brotli += brotli;
            rows.push([f.path + (f.status !== 200 ? ` (HTTP ${f.status})` : ''), f.type, kb(f.body.length), kb(gzip), kb(brotli)]);
        }
        const totals = [[`total (${counted.length} files)`, '', kb(total.raw), kb(total.gzip), kb(total.brotli)]];

        console.log(`Accord web build: ${root}${args.query ? ` (${args.query})` : ''}`);
        console.log(`Pack: "${frame.pack.title}" (${frame.pack.source})`);
        console.log(`Browser: headless Chromium ${version}, SwiftShader WebGL 2; ${os.cpus().length} CPU cores; loopback server`);
        console.log('');
        console.log('Files loaded until the first complete frame (1 KB = 1024 bytes):');
        console.log(table(['file', 'type', 'raw KB', 'gzip -9 KB', 'brotli q11 KB'], rows, ['l', 'l', 'r', 'r', 'r'], totals));
        if (late.length) {
            console.log(`  loaded after the first frame (not counted): ${late.map((f) => `${new URL(f.path, 'http://x').pathname} ${kb(f.body.length)} KB`).join(', ')}`);
        }
        console.log('');

        // Warm-up (browser and GPU-process start-up), then interleaved cold loads.
        await timeWidget(widget, args.query);
        await timeBlank(blank);
        const first = [], loads = [], blanks = [];
        for (let i = 0; i < args.runs; i++) {
            const w = await timeWidget(widget, args.query);
            first.push(w.firstFrame); loads.push(w.load);
            blanks.push(await timeBlank(blank));
        }
        const f = stats(first), l = stats(loads), b = stats(blanks);
        console.log(`Cold loads: ${args.runs} of each (a fresh browser and profile each; 1 warm-up load not counted), 1440x900:`);
        console.log(table(['measure', 'median ms', 'min ms', 'max ms'], [
            ['Accord: navigation start -> first complete frame', ms(f.median), ms(f.min), ms(f.max)],
            ['Accord: navigation start -> load event', ms(l.median), ms(l.min), ms(l.max)],
            ['blank.html: navigation start -> load event', ms(b.median), ms(b.min), ms(b.max)],
        ], ['l', 'r', 'r', 'r'], [
            ['difference of medians (first frame - blank page)', ms(f.median - b.median), '', ''],
        ]));
        console.log('');
        await interaction(widget, args.query);
    } catch (error) {
        console.error(`bench: the page failed to load: ${error.message}`);
        process.exitCode = 1;
    } finally {
        await widget?.close();
        await blank?.close();
        await browser.close();
        fs.rmSync(blankRoot, { recursive: true, force: true });
    }
}

await main();
