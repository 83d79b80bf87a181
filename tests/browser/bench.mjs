#!/usr/bin/env node
// bench.mjs — every budget of issue 13, each printed with its measured value and its
// target ("met" / "missed by ..."), then a summary table. A benchmark, not a test: the
// figures are printed, never asserted; it exits non-zero only when a page does not load.
//
//   node tests/browser/bench.mjs --root build/web-release/www [--runs 10] [--throttled-runs 3] [--lighthouse-runs 3]
//        [--native build/native-release] [--skip lighthouse,native,...] [--query '?theme=dark']
//
// Sections (names for --skip):
//  bytes       every response until the first complete frame (window.accordFirstFrame),
//              raw and as gzip -9 / brotli q11 would send it (node:zlib on the bytes):
//              the English page, ?lang=ar, and examples/snippet.html (embed.js + its frame).
//  cold        navigation start -> "done" + two animation frames, each load in a new
//              browser process with a fresh profile, interleaved: Accord (done:
//              accord:ready), a blank page (load), TimelineJS3 (`loaded`), vega-lite
//              (vegaEmbed resolves); first contentful paint beside each (bench-compare.mjs).
//  throttled   the same under DevTools' "Fast 3G" (Network.emulateNetworkConditions).
//  lighthouse  Lighthouse 12 (tests/bench/node_modules), default (mobile) config, on a
//              Chromium started with --remote-debugging-port (bench-cdp.mjs).
//  idle        frames drawn with no input; in a hidden tab; scrolled out of view
//              (the standalone page, and inside examples/iframe.html).
//  interaction CPU time per drawn frame over a tour of every item at 1920x1080.
//  memory      wasm memory + JS heap after load and after 1,000 selections.
//  native      tests/bench/frame_bench: callgrind instructions of one relayout + draw;
//              relayout/draw time and heap for the shipped pack and 4x, 10x synthetic
//              packs (bench-packs.mjs), each checked with accord-pack validate.
// Headless Chromium with SwiftShader (software GL) on this machine: compare runs with
// each other, not with a reader's browser.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawn } from 'node:child_process';
import { launchBrowser, launchSession, waitForFirstFrame, watchConsole, frameAt, FIRST_FRAME_TIMEOUT_MS } from './launch.mjs';
import { launchRawChromium } from './bench-cdp.mjs';
import { writeComparePages } from './bench-compare.mjs';
import { scalePack } from './bench-packs.mjs';

function parseArgs(argv) {
    const args = { root: 'build/web-release/www', runs: 10, throttledRuns: 3, lighthouseRuns: 3, query: '', native: 'build/native-release', skip: [] };
    for (let i = 0; i < argv.length; i++) {
        const [key, inline] = argv[i].split(/=(.*)/s);
        const value = () => (inline !== undefined ? inline : argv[++i]);
        if (key === '--root') args.root = value();
        else if (key === '--runs') args.runs = Number(value());
        else if (key === '--query') args.query = value();
        else if (key === '--throttled-runs') args.throttledRuns = Number(value());
        else if (key === '--lighthouse-runs') args.lighthouseRuns = Number(value());
        else if (key === '--native') args.native = value();
        else if (key === '--skip') args.skip = value().split(',').map((x) => x.trim()).filter(Boolean);
        else if (key === '--help' || key === '-h') {
            console.log('usage: node tests/browser/bench.mjs --root <www dir> [--runs N] [--throttled-runs N] [--lighthouse-runs N] [--native <native build dir>] [--skip bytes,cold,throttled,lighthouse,idle,interaction,memory,native] [--query "?pack=..."]');
            process.exit(0);
        } else {
            console.error(`bench: unknown argument ${argv[i]}`);
            process.exit(2);
        }
    }
    if (!Number.isInteger(args.runs) || args.runs < 1 || !Number.isInteger(args.throttledRuns) || args.throttledRuns < 1 ||
        !Number.isInteger(args.lighthouseRuns) || args.lighthouseRuns < 1) {
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

// [SECTION] Targets and the summary ------------------------------------------------------
const summary = [];
// A measured value against its target: 'met' or 'missed by …'. `le`: at most the target.
function verdict(measured, target, { le = true, unit = '', digits = 1 } = {}) {
    if (measured === null || measured === undefined || Number.isNaN(measured)) return 'not measured';
    const ok = le ? measured <= target : measured >= target;
    if (ok) return 'met';
    return `missed by ${Math.abs(measured - target).toFixed(digits)}${unit}`;
}
function budget(name, target, measured, result) {
    summary.push([name, target, measured, result]);
    return result;
}

const BENCH_MODULES = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'bench', 'node_modules');

// [SECTION] First load bytes ---------------------------------------------------------------
function sizeTable(files) {
    const order = ['text/html', 'text/css', 'text/javascript', 'application/wasm', 'application/json'];
    files.sort((a, b) => (order.indexOf(a.type) + 1 || 99) - (order.indexOf(b.type) + 1 || 99));
    const rows = [];
    const total = { raw: 0, gzip: 0, brotli: 0 };
    for (const f of files) {
        const { gzip, brotli } = compressedSizes(f.body, f.type);
        total.raw += f.body.length; total.gzip += gzip; total.brotli += brotli;
        rows.push([f.path + (f.status !== 200 ? ` (HTTP ${f.status})` : ''), f.type, kb(f.body.length), kb(gzip), kb(brotli)]);
    }
    const totals = [[`total (${files.length} files)`, '', kb(total.raw), kb(total.gzip), kb(total.brotli)]];
    return { text: table(['file', 'type', 'raw KB', 'gzip -9 KB', 'brotli q11 KB'], rows, ['l', 'l', 'r', 'r', 'r'], totals), total };
}

// One load of `pathQuery` recording every response (of every frame) until `ready`
// resolves (the page's, or its widget iframe's, first complete frame).
async function inventoryOf(session, pathQuery, ready) {
    const page = await coldPage(session);
    const files = [];
    const pending = [];
    let done = false;
    page.on('requestfinished', (request) => {
        const late = done;
        pending.push((async () => {
            const response = await request.response();
            if (!response) return;
            const body = await response.body().catch(() => Buffer.alloc(0));
            const url = new URL(request.url());
            files.push({ path: url.pathname + url.search, status: response.status(),
                type: (response.headers()['content-type'] || '').split(';')[0], body, late,
                encoding: response.headers()['content-encoding'] || '' });
        })());
    });
    await page.goto(session.url + pathQuery);
    const frame = await ready(page);
    done = true;
    await Promise.all(pending);
    await page.waitForTimeout(300);
    await Promise.all(pending);
    await page.context().close();
    return { frame, files: files.filter((f) => !f.late), late: files.filter((f) => f.late) };
}

async function widgetFrameReady(page, session) {
    const frame = await frameAt(page, session.url + '?');
    await frame.waitForFunction(() => window.accordFirstFrame || document.documentElement.getAttribute('data-accord') === 'fatal',
        null, { timeout: FIRST_FRAME_TIMEOUT_MS });
    const first = await frame.evaluate(() => window.accordFirstFrame || null);
    if (!first) throw new Error('the snippet page\'s widget could not start');
    return first;
}

async function benchBytes(widget, query) {
    const editions = [
        { name: 'English page', pathQuery: query, target: 160, ready: (p) => waitForFirstFrame(p) },
        { name: 'Arabic edition (?lang=ar)', pathQuery: query ? `${query}&lang=ar` : '?lang=ar', target: 210, ready: (p) => waitForFirstFrame(p) },
        { name: 'Embed snippet page (examples/snippet.html, with embed.js)', pathQuery: 'examples/snippet.html', target: 160,
            ready: (p) => widgetFrameReady(p, widget) },
    ];
    let firstFrame = null;
    for (const e of editions) {
        const { frame, files, late } = await inventoryOf(widget, e.pathQuery, e.ready);
        if (frame.status !== 'ready') throw new Error(`${e.name}: the page shows an error: ${frame.error}`);
        firstFrame = firstFrame || frame;
        const { text, total } = sizeTable(files);
        console.log(`${e.name}: files loaded until the first complete frame (1 KB = 1024 bytes):`);
        console.log(text);
        if (late.length) console.log(`  loaded after the first frame (not counted): ${late.map((f) => `${new URL(f.path, 'http://x').pathname} ${kb(f.body.length)} KB`).join(', ')}`);
        const encoded = files.filter((f) => f.encoding);
        const served = `the loopback server sent ${encoded.length} of ${files.length} files with Content-Encoding${encoded.length ? ` (${[...new Set(encoded.map((f) => f.encoding))].join(', ')})` : ''}; the brotli column is computed here`;
        const v = verdict(total.brotli / 1024, e.target, { unit: ' KB' });
        console.log(`  => first load ${kb(total.brotli)} KB brotli, target <= ${e.target} KB: ${v}  (${served})`);
        console.log('');
        budget(`First load, ${e.name.replace(/ \(.*\)/, '')}`, `<= ${e.target} KB brotli`, `${kb(total.brotli)} KB`, v);
    }
    return firstFrame;
}

// [SECTION] Cold loads: Accord, blank page, TimelineJS3, vega-lite ----------------------
// DevTools' "Fast 3G" preset (front_end/core/sdk/NetworkManager.ts): latency 150 ms x 3.75,
// download 1.6 Mbit/s x 0.9, upload 750 kbit/s x 0.9.
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1000 * 1000 / 8) * 0.9, uploadThroughput: (750 * 1000 / 8) * 0.9 };

async function coldLoad(url, kind, throttle) {
    const browser = await launchBrowser();
    try {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        if (kind === 'accord') {
            await context.addInitScript(() => {
                // Where the time goes (printed beside the totals, never a target): when the
                // runtime asks for its program (accord.js has run), when the program is
                // compiled and instantiated, and when accord:ready comes.
                const phases = window.benchPhases = {};
                const wrap = (name) => {
                    const original = WebAssembly[name];
                    WebAssembly[name] = function (...args) {
                        phases.wasmAsked ??= performance.now();
                        return original.apply(this, args).then((result) => {
                            phases.wasmInstantiated ??= performance.now();
                            return result;
                        });
                    };
                };
                wrap('instantiateStreaming');
                wrap('instantiate');
                addEventListener('accord:ready', () => {
                    phases.ready = performance.now();
                    requestAnimationFrame(() => requestAnimationFrame(() => {
                        window.benchDone = performance.now();
                    }));
                });
            });
        }
        const page = await context.newPage();
        watchConsole(page);
        // Nothing but the loopback server: a library reaching for a CDN would be counted otherwise.
        const outside = [];
        await page.route((u) => !u.href.startsWith('http://127.0.0.1:') && !u.href.startsWith('data:') && !u.href.startsWith('blob:'),
            (route) => { outside.push(route.request().url()); route.abort(); });
        if (throttle) {
            const cdp = await context.newCDPSession(page);
            await cdp.send('Network.enable');
            await cdp.send('Network.emulateNetworkConditions', throttle);
        }
        await page.goto(url, { waitUntil: 'commit' });
        await page.waitForFunction(() => window.benchDone || document.documentElement.getAttribute('data-accord') === 'fatal',
            null, { timeout: throttle ? 120_000 : 30_000 });
        const r = await page.evaluate(() => ({
            done: window.benchDone || null,
            firstFrame: window.accordFirstFrame ? window.accordFirstFrame.ms : null,
            fcp: performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? null,
            phases: window.benchPhases ? {
                ...window.benchPhases,
                arrived: Math.max(...performance.getEntriesByType('resource')
                    .filter((e) => /\/accord\.(js|wasm)$/.test(new URL(e.name).pathname)).map((e) => e.responseEnd)),
            } : null,
        }));
        if (!r.done) throw new Error(`${url}: the page shows an error`);
        return { ...r, outside };
    } finally {
        await browser.close();
    }
}

// Accord's loads, step by step: each step's median time since navigation start and the
// median of its own length (step minus the one before, per load), so that a change can be
// placed: the network, the page's own first paint, the program's compile, the widget's
// start-up and first frame, or its text layer and the frames after it.
function printAccordPhases(loads) {
    const steps = [
        ['arrived', 'accord.js and accord.wasm have arrived'],
        ['wasmAsked', 'accord.js runs (asks for the program)'],
        ['wasmInstantiated', 'program compiled and instantiated'],
        ['firstFrame', 'first complete frame drawn (canvas)'],
        ['ready', 'its text layer in: accord:ready'],
        ['done', 'two frames later (done)'],
    ];
    const complete = loads.filter((l) => steps.every(([key]) => Number.isFinite(l[key])));
    if (!complete.length) { console.log('  Accord, step by step: not measured (the page did not report every step)'); return; }
    const rows = steps.map(([key, label], i) => {
        const at = stats(complete.map((l) => l[key])).median;
        const own = i === 0 ? at : stats(complete.map((l) => l[key] - l[steps[i - 1][0]])).median;
        return [label, ms(at), ms(own)];
    });
    console.log(`  Accord, step by step (${complete.length} loads):`);
    console.log(table(['step', 'median ms', 'its own ms (median)'], rows, ['l', 'r', 'r']).replace(/^/gm, '  '));
}

async function benchCold(urls, runs, throttle, label) {
    const kinds = [
        ['Accord', urls.accord, 'accord'], ['blank page', urls.blank, 'blank'],
        ['TimelineJS3', urls.timeline, 'timeline'], ['vega-lite', urls.vega, 'vega'],
    ];
    for (const [, url, kind] of kinds) await coldLoad(url, kind, throttle);  // warm-up: not counted
    const results = Object.fromEntries(kinds.map(([name]) => [name, { done: [], fcp: [], phases: [], outside: new Set() }]));
    for (let i = 0; i < runs; i++) {
        for (const [name, url, kind] of kinds) {
            const r = await coldLoad(url, kind, throttle);
            results[name].done.push(r.done);
            if (r.fcp !== null) results[name].fcp.push(r.fcp);
            if (r.phases) results[name].phases.push({ ...r.phases, firstFrame: r.firstFrame, done: r.done });
            r.outside.forEach((u) => results[name].outside.add(u));
        }
    }
    console.log(`${label}: ${runs} of each, interleaved, each in a new browser process with a fresh profile (1 warm-up load of each not counted), 1440x900:`);
    const rows = kinds.map(([name]) => {
        const d = stats(results[name].done), f = results[name].fcp.length ? stats(results[name].fcp) : null;
        return [name, ms(d.median), ms(d.min), ms(d.max), f ? ms(f.median) : '(none)'];
    });
    console.log(table(['page: navigation start -> done + 2 frames', 'median ms', 'min ms', 'max ms', 'FCP median ms'], rows, ['l', 'r', 'r', 'r', 'r']));
    printAccordPhases(results.Accord.phases);
    for (const [name] of kinds) if (results[name].outside.size) console.log(`  ${name}: requests outside the loopback server, refused: ${[...results[name].outside].join(', ')}`);
    const a = stats(results.Accord.done).median, t = stats(results.TimelineJS3.done).median, v = stats(results['vega-lite'].done).median;
    const ratio = a / t;
    const v1 = verdict(ratio, 0.33, { digits: 2, unit: 'x' });
    const v2 = a < v ? 'met' : `missed by ${ms(a - v)} ms`;
    console.log(`  => Accord / TimelineJS3 = ${ratio.toFixed(2)}, target <= 0.33: ${v1}`);
    console.log(`  => Accord ${ms(a)} ms vs vega-lite ${ms(v)} ms, target: faster than vega-lite: ${v2}`);
    console.log('');
    budget(`First frame ${label === 'Cold loads' ? '' : '(Fast 3G) '}vs TimelineJS3`, '<= 0.33x', `${ratio.toFixed(2)}x (${ms(a)} / ${ms(t)} ms)`, v1);
    budget(`First frame ${label === 'Cold loads' ? '' : '(Fast 3G) '}vs vega-lite`, '< vega-lite', `${ms(a)} vs ${ms(v)} ms`, v2);
}

// [SECTION] Lighthouse -------------------------------------------------------------------
// A child process, without blocking this one's event loop (it runs the loopback servers).
function run(command, args, timeout) {
    return new Promise((resolve) => {
        const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '', stderr = '', error = null;
        child.stdout.on('data', (d) => { stdout += d; });
        child.stderr.on('data', (d) => { stderr += d; });
        const timer = setTimeout(() => { error = new Error(`timed out after ${timeout / 1000} s`); child.kill(); }, timeout);
        child.on('error', (e) => { error = e; });
        child.on('close', (status) => { clearTimeout(timer); resolve({ status, stdout, stderr, error }); });
    });
}

async function lighthouseRun(url) {
    const cli = path.join(BENCH_MODULES, 'lighthouse', 'cli', 'index.js');
    if (!fs.existsSync(cli)) throw new Error(`${cli} not found (npm ci in tests/bench)`);
    const chrome = await launchRawChromium({ width: 412, height: 823 });
    const out = path.join(os.tmpdir(), `accord-lighthouse-${process.pid}-${Date.now()}.json`);
    try {
        // Asynchronously: this process serves the pages Lighthouse loads.
        const r = await run(process.execPath, [cli, url, `--port=${chrome.port}`, '--only-categories=performance,accessibility',
            '--output=json', `--output-path=${out}`, '--quiet', '--max-wait-for-load=60000'], 300_000);
        if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`lighthouse exited ${r.status}: ${(r.stderr || r.error?.message || '').trim().split('\n').slice(-5).join(' | ')}`);
        const lhr = JSON.parse(fs.readFileSync(out, 'utf8'));
        const audit = (id) => lhr.audits[id]?.displayValue || '-';
        const failed = Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0 &&
            lhr.categories.accessibility.auditRefs.some((ref) => ref.id === a.id)).map((a) => a.id);
        return {
            version: lhr.lighthouseVersion,
            performance: lhr.categories.performance.score === null ? null : Math.round(lhr.categories.performance.score * 100),
            accessibility: lhr.categories.accessibility.score === null ? null : Math.round(lhr.categories.accessibility.score * 100),
            fcp: audit('first-contentful-paint'), lcp: audit('largest-contentful-paint'), tbt: audit('total-blocking-time'),
            cls: audit('cumulative-layout-shift'), si: audit('speed-index'),
            runtimeError: lhr.runtimeError?.message || '', warnings: lhr.runWarnings || [], failed,
            // The main thread's long tasks as Lighthouse simulated them (4x CPU): what TBT sums.
            longTasks: (lhr.audits['long-tasks']?.details?.items || []).map((t) => ({
                start: t.startTime, ms: t.duration, url: String(t.url || '').split('/').pop() || 'the page' })),
            // Why a score is missing: the performance audits that errored (e.g. NO_LCP).
            errored: lhr.categories.performance.auditRefs.map((ref) => lhr.audits[ref.id])
                .filter((a) => a && a.scoreDisplayMode === 'error').map((a) => `${a.id}: ${a.errorMessage || 'error'}`),
        };
    } finally {
        fs.rmSync(out, { force: true });
        await chrome.close();
    }
}

async function benchLighthouse(urls, runs) {
    const rows = [];
    const res = {};
    // Lighthouse's score moves by several points from run to run on this machine (its
    // simulated 4x CPU multiplies whatever the main thread did): each page is run
    // `runs` times, interleaved, and the run with the median performance score counts.
    const pages = [['Accord (standalone page)', urls.accord], ['TimelineJS3 page', urls.timeline]];
    const all = new Map(pages.map(([name]) => [name, []]));
    for (let i = 0; i < runs; i++) {
        for (const [name, url] of pages) {
            try { all.get(name).push(await lighthouseRun(url)); } catch (error) { all.get(name).push({ error: error.message }); }
        }
    }
    for (const [name] of pages) {
        try {
            const done = all.get(name).filter((r) => !r.error);
            if (!done.length) throw new Error(all.get(name)[0].error);
            done.sort((a, b) => (a.performance ?? -1) - (b.performance ?? -1));
            const r = done[(done.length - 1) >> 1];
            res[name] = r;
            rows.push([name + (done.length > 1 ? ` (median of ${done.length}: ${done.map((d) => d.performance ?? '-').join(', ')})` : ''),
                       r.performance ?? '-', r.accessibility ?? '-', r.fcp, r.lcp, r.tbt, r.cls, r.si]);
            if (r.runtimeError) rows.push([`  runtime error: ${r.runtimeError}`, '', '', '', '', '', '', '']);
            for (const w of r.warnings) console.log(`  ${name}: Lighthouse warning: ${w}`);
            if (r.failed.length) console.log(`  ${name}: failed accessibility audits: ${r.failed.join(', ')}`);
            for (const e of r.errored) console.log(`  ${name}: performance audit errored: ${e}`);
            if (r.longTasks.length)
                console.log(`  ${name}: long tasks (start ms: duration ms, script): ` +
                            r.longTasks.map((t) => `${Math.round(t.start)}: ${Math.round(t.ms)} (${t.url})`).join(', '));
        } catch (error) {
            res[name] = { error: error.message };
            console.log(`  ${name}: Lighthouse could not run: ${error.message}`);
        }
    }
    const version = Object.values(res).find((r) => r.version)?.version || '12';
    console.log(`Lighthouse ${version}, default config (mobile: Moto G Power emulation, simulated slow 4G, 4x CPU slowdown), Debian's Chromium --headless=new:`);
    if (rows.length) console.log(table(['page', 'performance', 'accessibility', 'FCP', 'LCP', 'TBT', 'CLS', 'Speed Index'], rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r']));
    const a = res['Accord (standalone page)'];
    const perf = a?.performance ?? null, acc = a?.accessibility ?? null;
    const vp = a?.error ? 'not measured (Lighthouse failed)' : verdict(perf, 95, { le: false, digits: 0 });
    const va = a?.error ? 'not measured (Lighthouse failed)' : verdict(acc, 100, { le: false, digits: 0 });
    console.log(`  => Accord performance ${perf ?? '-'}, target >= 95: ${vp}`);
    console.log(`  => Accord accessibility ${acc ?? '-'}, target 100: ${va}`);
    const probe = await fetch(urls.accord.replace(/[?#].*$/, '') + 'accord.wasm', { headers: { 'accept-encoding': 'br, gzip' } }).catch(() => null);
    console.log(`  (the loopback server answers accord.wasm with Content-Encoding: ${probe?.headers.get('content-encoding') || 'none'})`);
    console.log('');
    budget('Lighthouse performance (mobile)', '>= 95', String(perf ?? '-'), vp);
    budget('Lighthouse accessibility', '100', String(acc ?? '-'), va);
}

// [SECTION] Idle ----------------------------------------------------------------------------
const settle = `new Promise((resolve) => { let n = 0; const f = () => (++n < 30 ? requestAnimationFrame(f) : resolve()); requestAnimationFrame(f); })`;

async function benchIdle(widget, query) {
    const rows = [];
    // 1. No input: after the page settles, 2 s.
    const page = await widget.openPage({ width: 1440, height: 900 });
    await page.goto(widget.url + (query || ''));
    await waitForFirstFrame(page);
    await page.evaluate(settle);
    const idle = await page.evaluate(async () => {
        const start = window.accord.getState().framesDrawn;
        await new Promise((resolve) => setTimeout(resolve, 2000));
        return window.accord.getState().framesDrawn - start;
    });
    rows.push(['settled, no input, 2 s', idle]);

    // 2. Scrolled: the standalone page's canvas is position: sticky (the document scrolls,
    // the canvas stays in the viewport and draws the scrolled content), so it cannot be
    // scrolled out of view: count what scrolling past the end draws (nothing moves).
    const where = await page.evaluate(async () => {
        scrollTo(0, document.documentElement.scrollHeight);
        await new Promise((resolve) => setTimeout(resolve, 500));
        const r = document.getElementById('canvas').getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, inView: r.bottom > 0 && r.top < innerHeight, y: scrollY,
            position: getComputedStyle(document.getElementById('canvas')).position };
    });
    await page.evaluate(settle);
    const before = await page.evaluate(() => window.accord.getState().framesDrawn);
    await page.mouse.move(700, 450);
    for (let i = 0; i < 20; i++) { await page.mouse.wheel(0, 200); await page.waitForTimeout(50); }
    await page.waitForTimeout(1000);
    const atEnd = (await page.evaluate(() => window.accord.getState().framesDrawn)) - before;
    rows.push([`standalone, scrolled to the end (y ${where.y}; canvas ${where.position}, ${where.inView ? 'still in view' : 'out of view'}), 20 more wheel events`, atEnd]);
    await page.context().close();

    // 3. Hidden tab: a browser not driven by Playwright (see bench-cdp.mjs), a second tab
    // activated in front.
    let hidden = null, hiddenNote = '';
    const chrome = await launchRawChromium({ url: widget.url + (query || '') });
    try {
        const tab = await chrome.attachPage();
        for (let i = 0; i < 300 && !(await tab.evaluate('!!window.accordFirstFrame')); i++) await new Promise((r) => setTimeout(r, 100));
        await tab.evaluate(settle);
        const { targetId } = await chrome.send('Target.createTarget', { url: 'about:blank', newWindow: false });
        await chrome.send('Target.activateTarget', { targetId });
        await new Promise((r) => setTimeout(r, 500));
        const state = await tab.evaluate('document.visibilityState');
        if (state !== 'hidden') hiddenNote = ` (not measured: visibilityState stayed "${state}")`;
        else {
            const start = await tab.evaluate('window.accord.getState().framesDrawn');
            // While hidden, the host still talks to it: a scroll and a resize of the document.
            await tab.evaluate('scrollBy(0, 300), dispatchEvent(new Event("resize")), 0');
            await new Promise((r) => setTimeout(r, 2000));
            hidden = (await tab.evaluate('window.accord.getState().framesDrawn')) - start;
        }
        await chrome.send('Target.activateTarget', { targetId: tab.targetId });
    } finally {
        await chrome.close();
    }
    rows.push([`tab hidden (a second tab in front, visibilityState "hidden"), a scroll, 2 s${hiddenNote}`, hidden ?? '-']);

    // 4. Inside an iframe (examples/iframe.html), the frame scrolled out of view.
    const host = await widget.openPage({ width: 1440, height: 900 });
    await host.goto(widget.url + 'examples/iframe.html');
    const frame = await frameAt(host, widget.url + '?');
    await frame.waitForFunction(() => window.accordFirstFrame, null, { timeout: FIRST_FRAME_TIMEOUT_MS });
    await frame.evaluate(settle);
    await host.evaluate(() => {
        const spacer = document.createElement('div');
        spacer.style.height = '4000px';
        document.body.appendChild(spacer);
        const f = document.querySelector('iframe');
        scrollTo(0, f.getBoundingClientRect().bottom + scrollY + 200);
    });
    await host.waitForTimeout(500);
    const out = await host.evaluate(() => { const r = document.querySelector('iframe').getBoundingClientRect(); return r.bottom <= 0 || r.top >= innerHeight; });
    await frame.evaluate(settle).catch(() => {});
    const fBefore = await frame.evaluate(() => window.accord.getState().framesDrawn);
    await host.mouse.move(700, 450);
    for (let i = 0; i < 20; i++) { await host.mouse.wheel(0, 100); await host.waitForTimeout(50); }
    await host.waitForTimeout(2000);
    const inFrame = (await frame.evaluate(() => window.accord.getState().framesDrawn)) - fBefore;
    rows.push([`in examples/iframe.html, the frame scrolled ${out ? 'out of view' : '(still in view!)'}, 20 wheel events on the host, 2 s`, inFrame]);
    await host.context().close();

    console.log('Idle: frames drawn (window.accord.getState().framesDrawn), target 0 each:');
    console.log(table(['situation', 'frames', 'verdict'], rows.map(([n, c]) => [n, String(c), c === '-' ? 'not measured' : verdict(c, 0, { digits: 0, unit: ' frames' })]), ['l', 'r', 'l']));
    console.log('');
    budget('Idle, settled', '0 frames', String(idle), verdict(idle, 0, { digits: 0, unit: ' frames' }));
    budget('Idle, tab hidden', '0 frames', String(hidden ?? '-'), hidden === null ? 'not measured' : verdict(hidden, 0, { digits: 0, unit: ' frames' }));
    budget('Idle, scrolled past the end (standalone)', '0 frames', String(atEnd), verdict(atEnd, 0, { digits: 0, unit: ' frames' }));
    budget('Idle, iframe scrolled out of view', '0 frames', String(inFrame), verdict(inFrame, 0, { digits: 0, unit: ' frames' }));
}

// [SECTION] Per interaction: CPU time per drawn frame --------------------------------------
// In the page: requestAnimationFrame is wrapped (before the page's scripts run) so each
// callback's wall time is taken with performance.now(), and WebGL's draw calls set a
// flag: a callback that issued draw calls is a drawn frame. A Chrome trace
// (devtools.timeline) of the same tour gives each FireAnimationFrame's thread time (tdur,
// CPU time of the main thread), matched by callback id. Both are printed.
function percentile(sorted, p) {
    if (!sorted.length) return NaN;
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// The trace's first FireAnimationFrame: the tour starts with tracing.
function tourStart(trace) {
    let first = Infinity;
    for (const e of trace.traceEvents || trace) if (e.name === 'FireAnimationFrame' && e.ts < first) first = e.ts;
    return first;
}

async function benchInteraction(widget, query) {
    const page = await widget.openPage({ width: 1920, height: 1080 });
    await page.context().addInitScript(() => {
        const raf = window.requestAnimationFrame.bind(window);
        window.benchFrames = { on: false, drawn: [] };
        let drew = false;
        for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
            for (const name of ['drawElements', 'drawArrays', 'clear']) {
                const original = proto[name];
                proto[name] = function (...args) { drew = true; return original.apply(this, args); };
            }
        }
        window.requestAnimationFrame = function (callback) {
            let id = 0;
            id = raf((time) => {
                drew = false;
                const t0 = performance.now();
                callback(time);
                const t1 = performance.now();
                if (drew && window.benchFrames.on) window.benchFrames.drawn.push({ id, ms: t1 - t0 });
            });
            return id;
        };
    });
    await page.goto(widget.url + (query || ''));
    await waitForFirstFrame(page);
    await page.evaluate(settle);
    const browser = page.context().browser();
    await browser.startTracing(page, { categories: ['devtools.timeline'] });
    const tour = await page.evaluate(async () => {
        const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const ids = window.accord.items().map((item) => item.id);
        const f0 = window.accord.getState().framesDrawn;
        window.benchFrames.on = true;
        const selectTimes = [];
        for (const id of ids) {
            const before = window.accord.getState().framesDrawn;
            const t0 = performance.now();
            window.accord.select(id);
            while (window.accord.getState().framesDrawn === before) await nextFrame();
            selectTimes.push(performance.now() - t0);
            for (let i = 0; i < 12; i++) await nextFrame();  // the fade
        }
        window.accord.select('');
        for (let i = 0; i < 20; i++) await nextFrame();
        window.benchFrames.on = false;
        return { items: ids.length, framesDrawn: window.accord.getState().framesDrawn - f0, drawn: window.benchFrames.drawn, selectTimes };
    });
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    await page.context().close();
    const ids = new Set(tour.drawn.map((d) => d.id));
    const cpu = (trace.traceEvents || trace).filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X' && ids.has(e.args?.data?.id))
        .map((e) => (e.tdur ?? e.dur) / 1000);
    // The page's tasks just after the frames (setTimeout 0, pre.js afterFrame): the text
    // layer brought to the new layout, the history entry, a scroll. Not part of a frame,
    // but main-thread time per interaction all the same: printed beside it.
    const timers = (trace.traceEvents || trace).filter((e) => e.name === 'TimerFire' && e.ph === 'X' && e.ts >= tourStart(trace))
        .map((e) => (e.tdur ?? e.dur) / 1000).sort((a, b) => a - b);
    const wall = tour.drawn.map((d) => d.ms).sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const row = (name, v) => [name, String(v.length), v.length ? stats(v).median.toFixed(2) : '-', percentile(v, 95).toFixed(2), v.length ? v[v.length - 1].toFixed(2) : '-'];
    const sel = [...tour.selectTimes].sort((a, b) => a - b);
    console.log(`Per interaction at 1920x1080: a tour of all ${tour.items} items (select(id), then 12 frames), ${tour.framesDrawn} frames drawn (framesDrawn), ${tour.drawn.length} rAF callbacks with WebGL draw calls:`);
    console.log(table(['measure (ms)', 'n', 'median', 'p95', 'max'], [
        row('CPU time of the drawing rAF callback (trace tdur, main thread)', cpu),
        row('wall time of the drawing rAF callback (performance.now)', wall),
        row('CPU time of a task after the frames (text layer, history; trace tdur)', timers),
        row('select(id) -> frame drawn (wall, upper bound incl. waiting for vsync)', sel),
    ], ['l', 'r', 'r', 'r', 'r']));
    const p95 = cpu.length ? percentile(cpu, 95) : percentile(wall, 95);
    const v = verdict(p95, 4, { digits: 2, unit: ' ms' });
    console.log(`  => p95 CPU time per drawn frame ${p95.toFixed(2)} ms${cpu.length ? '' : ' (wall time: no trace events matched)'}, target <= 4 ms: ${v}`);
    console.log('');
    budget('p95 CPU per drawn frame, 1920x1080', '<= 4 ms', `${p95.toFixed(2)} ms`, v);
}

// [SECTION] Memory -----------------------------------------------------------------------
async function benchMemory(widget, query) {
    const page = await widget.openPage({ width: 1440, height: 900 });
    await page.goto(widget.url + (query || ''));
    await waitForFirstFrame(page);
    await page.evaluate(settle);
    const cdp = await page.context().newCDPSession(page);
    const measure = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
        const heap = await page.evaluate(() => window.accordHeap());
        return { js: usedSize, jsTotal: totalSize, wasm: heap.wasmBytes, malloc: heap.mallocBytes, sum: usedSize + heap.wasmBytes };
    };
    const before = await measure();
    const selections = await page.evaluate(async () => {
        const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const ids = window.accord.items().map((item) => item.id);
        for (let i = 0; i < 1000; i++) {
            window.accord.select(ids[i % ids.length]);
            await nextFrame();
        }
        window.accord.select('');
        for (let i = 0; i < 30; i++) await nextFrame();
        return ids.length;
    });
    const after = await measure();
    await page.context().close();
    const mb = (b) => (b / 1024 / 1024).toFixed(2);
    console.log(`Memory (1440x900): after load, and after 1,000 selections (${selections} items in turn, one frame each), after a forced GC:`);
    console.log(table(['measure', 'after load MB', 'after 1,000 MB', 'change MB'], [
        ['wasm memory (accordHeap().wasmBytes)', mb(before.wasm), mb(after.wasm), mb(after.wasm - before.wasm)],
        ['  of it malloc in use (mallocBytes)', mb(before.malloc), mb(after.malloc), mb(after.malloc - before.malloc)],
        ['JS heap used (Runtime.getHeapUsage)', mb(before.js), mb(after.js), mb(after.js - before.js)],
    ], ['l', 'r', 'r', 'r'], [['wasm memory + JS heap', mb(before.sum), mb(after.sum), mb(after.sum - before.sum)]]));
    const total = Math.max(before.sum, after.sum) / 1024 / 1024;
    const drift = (after.sum - before.sum) / 1024 / 1024;
    const v1 = verdict(total, 24, { digits: 2, unit: ' MB' });
    const v2 = verdict(Math.abs(drift), 1, { digits: 2, unit: ' MB' });
    console.log(`  => ${total.toFixed(2)} MB, target <= 24 MB: ${v1};  change ${drift.toFixed(2)} MB, target within +-1 MB: ${v2}`);
    console.log('');
    budget('Memory after load (wasm + JS heap)', '<= 24 MB', `${mb(before.sum)} MB`, verdict(before.sum / 1024 / 1024, 24, { digits: 2, unit: ' MB' }));
    budget('Memory change over 1,000 selections', '+-1 MB', `${drift >= 0 ? '+' : ''}${drift.toFixed(2)} MB`, v2);
}

// [SECTION] Native: callgrind and scale -------------------------------------------------
function parseLine(line) {
    return Object.fromEntries(line.trim().split(/\s+/).map((kv) => kv.split(/=(.*)/s).slice(0, 2)));
}

async function benchNative(nativeDir, pack) {
    const { spawnSync } = await import('node:child_process');
    const exe = path.join(nativeDir, 'tests', 'frame_bench');
    const tool = path.join(nativeDir, 'accord-pack');
    if (!fs.existsSync(exe)) throw new Error(`${exe} not found (cmake --build --preset native-release --target frame_bench)`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-scale-'));
    try {
        const files = [['shipped pack (1x)', pack.file]];
        for (const factor of [4, 10]) {
            const file = path.join(dir, `scaled-x${factor}.json`);
            fs.writeFileSync(file, JSON.stringify(scalePack(pack.json, factor), null, 1));
            files.push([`synthetic ${factor}x`, file]);
        }
        // Callgrind: one tour of the shipped pack (after a warm-up), instructions per item:
        // each layout anew (the figure earlier runs printed), then with the app's cache as
        // a pack's load leaves it (each item's first selection, texts and the map's
        // triangles reused where the layouts before made them).
        const callgrind = (withCache) => {
            const cgOut = path.join(dir, `callgrind${withCache ? '-cached' : ''}.out`);
            const cg = spawnSync('valgrind', ['--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${cgOut}`, exe, '--callgrind',
                ...(withCache ? ['--cache'] : []), pack.file], { encoding: 'utf8', timeout: 600_000 });
            if (cg.error || cg.status !== 0) {
                console.log(`Natively, callgrind could not run (frame_bench${withCache ? ' --cache' : ''}): ` +
                    `${cg.error?.message || cg.stderr.trim().split('\n').slice(-3).join(' | ')}`);
                return null;
            }
            const tour = Number(parseLine(cg.stdout.trim().split('\n').pop()).tour);
            const text = fs.readFileSync(cgOut, 'utf8');
            // totals: what was collected (summary: is what remained after the zeroing, 0).
            const total = Number((text.match(/^totals:\s*(\d+)/m) || cg.stderr.match(/Collected : (\d+)/) || [])[1]);
            return { tour, total, per: total / tour };
        };
        const uncached = callgrind(false), cached = uncached ? callgrind(true) : null;  // one failure is enough to say
        if (uncached) {
            console.log(`Natively (${exe}), valgrind --tool=callgrind, 1920x1080: one tour of the shipped pack's ${uncached.tour} items after a warm-up tour,`);
            console.log(`  each one core::LayoutDiagram (selection + LinkedIds) and one ui::DrawScene into ui::Canvas:`);
            console.log(`  ${uncached.total.toLocaleString('en-US')} instructions in all; per relayout + draw: ${Math.round(uncached.per).toLocaleString('en-US')} Ir  (no target: compare runs)`);
            if (cached)
                console.log(`  with the app's layout cache as a pack's load leaves it (core::LayoutCache; each item's first selection): ${Math.round(cached.per).toLocaleString('en-US')} Ir per relayout + draw`);
            console.log('');
            summary.push(['Native relayout + draw (callgrind)', 'print (compare runs)', `${(uncached.per / 1e6).toFixed(2)} M Ir`, '-']);
            if (cached) summary.push(['  with the app\'s layout cache', 'print (compare runs)', `${(cached.per / 1e6).toFixed(2)} M Ir`, '-']);
        }
        // Scale rows: validate each, then time it.
        const rows = [];
        const base = [];
        for (const [name, file] of files) {
            const valid = spawnSync(tool, ['validate', file], { encoding: 'utf8' });
            const ok = valid.status === 0;
            const r = spawnSync(exe, ['--runs', '5', file], { encoding: 'utf8', timeout: 600_000 });
            if (r.status !== 0) { rows.push([name, '-', '-', '-', '-', '-', '-', `frame_bench failed: ${r.stderr.trim()}`]); continue; }
            const m = parseLine(r.stdout.trim().split('\n').pop());
            if (!base.length) base.push(Number(m.relayout_ms_median), Number(m.draw_ms_median), Number(m.pack_heap_bytes));
            rows.push([name, `${kb(Number(m.bytes))} KB`, m.items, ok ? 'valid' : `INVALID (${(valid.stdout + valid.stderr).trim().split('\n')[0]})`,
                Number(m.relayout_ms_median).toFixed(3), Number(m.draw_ms_median).toFixed(3),
                `${(Number(m.pack_heap_bytes) / 1024 / 1024).toFixed(2)}`, `${(Number(m.peak_heap_bytes) / 1024 / 1024).toFixed(2)}`,
                `${(Number(m.relayout_ms_median) / base[0]).toFixed(1)}x / ${(Number(m.draw_ms_median) / base[1]).toFixed(1)}x / ${(Number(m.pack_heap_bytes) / base[2]).toFixed(1)}x`]);
        }
        console.log('Scale, natively at 1920x1080 (frame_bench: per item its fastest of 5 passes in thread CPU time, median over the items; heap: glibc mallinfo2):');
        console.log(table(['pack', 'size', 'items', 'accord-pack validate', 'relayout ms', 'draw ms', 'pack heap MB', 'peak heap MB', 'growth vs 1x (relayout/draw/heap)'],
            rows, ['l', 'r', 'r', 'l', 'r', 'r', 'r', 'r', 'r']));
        console.log('  target: growth linear in the pack\'s size or better (4x and 10x)');
        console.log('');
        for (const r of rows.slice(1)) {
            const factor = Number(r[0].match(/(\d+)x/)[1]);
            const [gl, gd] = r[8].split(' / ').map((x) => parseFloat(x));
            // Linear, with a tenth allowed for the clock's noise on a base of a quarter
            // millisecond; the target column says so, so a 10.9x never reads as under 10x.
            const ok = gl <= factor * 1.1 && gd <= factor * 1.1;
            summary.push([`Scale ${factor}x: relayout, draw`, `<= ${(factor * 1.1).toFixed(1)}x (linear +10%)`, `${r[4]} ms (${gl}x), ${r[5]} ms (${gd}x)`, ok ? 'met' : 'missed']);
        }
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

// [SECTION] Main ---------------------------------------------------------------------------
async function main() {
    const args = parseArgs(process.argv.slice(2));
    const root = path.resolve(args.root);
    const skip = new Set(args.skip);
    const defaultPackFile = path.join(root, 'packs', 'gaza-framework-2025-07.json');
    const pack = { file: defaultPackFile, json: JSON.parse(fs.readFileSync(defaultPackFile, 'utf8')) };
    const compare = writeComparePages(pack.json, BENCH_MODULES);
    const browser = await launchBrowser();
    let widget, other;
    try {
        widget = await launchSession({ root, browser });
        other = await launchSession({ root: compare.dir, browser });
        console.log(`Accord web build: ${root}${args.query ? ` (${args.query})` : ''}`);
        console.log(`Browser: headless Chromium ${browser.version()}, SwiftShader WebGL 2; ${os.cpus().length} CPU cores (${os.cpus()[0]?.model || '?'}); loopback server`);
        console.log('');
        if (!skip.has('bytes')) {
            const frame = await benchBytes(widget, args.query);
            console.log(`Pack: "${frame.pack.title}" (${frame.pack.source})`);
            console.log('');
        }
        const urls = { accord: widget.url + args.query, blank: other.url + 'blank.html', timeline: other.url + 'timeline.html', vega: other.url + 'vega.html' };
        if (!skip.has('cold')) await benchCold(urls, args.runs, null, 'Cold loads');
        if (!skip.has('throttled')) {
            console.log(`Fast 3G (DevTools' preset, Network.emulateNetworkConditions: latency ${FAST_3G.latency} ms, download ${FAST_3G.downloadThroughput} B/s, upload ${FAST_3G.uploadThroughput} B/s), ${args.throttledRuns} runs each (each run takes seconds):`);
            await benchCold(urls, args.throttledRuns, FAST_3G, 'Cold loads, Fast 3G');
        }
        if (!skip.has('lighthouse')) await benchLighthouse(urls, args.lighthouseRuns);
        if (!skip.has('idle')) await benchIdle(widget, args.query);
        if (!skip.has('interaction')) await benchInteraction(widget, args.query);
        if (!skip.has('memory')) await benchMemory(widget, args.query);
        if (!skip.has('native')) {
            try {
                await benchNative(path.resolve(args.native), pack);
            } catch (error) {
                console.log(`Natively: not measured: ${error.message}`);
                console.log('');
            }
        }
        console.log('Summary (issue 13 budgets):');
        console.log(table(['budget', 'target', 'measured', 'verdict'], summary, ['l', 'l', 'l', 'l']));
    } catch (error) {
        console.error(`bench: a page failed to load: ${error.message}`);
        process.exitCode = 1;
    } finally {
        await widget?.close();
        await other?.close();
        await browser.close();
        compare.close();
    }
}

await main();
