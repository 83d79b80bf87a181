// soak.mjs — `make soak`: a week of a kiosk in a few minutes, as a benchmark (it prints
// figures and whether they meet the target; it never fails a build).
//   browser: the single kiosk file (build/kiosk/accord-kiosk.html) from file:// in
//            Debian's headless Chromium: 10,000 attract-like cycles (each item selected
//            in turn through window.accord.select) and 10,000 touches at random points
//            (pointer events on the text layer, as a finger's), a drawn frame after
//            every batch; the wasm memory, malloc's bytes in use, the JS heap (after a
//            forced GC) and the DOM's node count before and after.
//   native:  the native app under Xvfb, driven from outside with xdotool: 10,000 clicks
//            at random points and 10,000 Tab+Return presses (the next item or control, pressed);
//            its resident memory (VmRSS) before and after.
// Target: growth under 1 MB and 0 DOM nodes. As fast as the page allows, each half
// bounded by SOAK_SECONDS (default 80): what was done in time is printed.
//
//   node tests/browser/soak.mjs [--kiosk FILE] [--native FILE] [--cycles N] [--touches N]
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser, watchConsole, consoleLog, waitForFirstFrame } from './launch.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const options = {
    kiosk: path.join(REPO, 'build', 'kiosk', 'accord-kiosk.html'),
    native: path.join(REPO, 'build', 'kiosk', 'accord'),
    pack: path.join(REPO, 'build', 'kiosk', 'packs', process.env.ACCORD_DEFAULT_PACK || 'gaza-framework-2025-07.json'),
    cycles: 10_000,
    touches: 10_000,
    'native-inner': null,
};
for (let i = 2; i < process.argv.length; i += 2) {
    const name = process.argv[i].replace(/^--/, '');
    if (!(name in options)) { console.error(`soak: unknown option ${process.argv[i]}`); process.exit(2); }
    options[name] = typeof options[name] === 'number' ? Number(process.argv[i + 1]) : process.argv[i + 1];
}
const BUDGET_MS = Number(process.env.SOAK_SECONDS || 80) * 1000;
const MB = 1024 * 1024;
const TARGET_BYTES = 1 * MB;
const BATCH = 100;  // actions between two drawn frames (a frame at 1920x1080 in SwiftShader: ~150 ms)

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(10) + ' KB';
const signedKb = (bytes) => ((bytes >= 0 ? '+' : '') + (bytes / 1024).toFixed(1)).padStart(10) + ' KB';
function row(label, start, end, format = kb, growth = signedKb) {
    console.log(`  ${label.padEnd(34)} ${format(start)} ${format(end)} ${growth(end - start)}`);
}

// [SECTION] Browser --------------------------------------------------------------------
async function soakBrowser() {
    if (!fs.existsSync(options.kiosk)) throw new Error(`${options.kiosk} not found: run make kiosk`);
    const browser = await launchBrowser(['--enable-precise-memory-info']);
    try {
        const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
        const page = await context.newPage();
        watchConsole(page);
        const cdp = await context.newCDPSession(page);  // a full GC before each JS heap reading
        await page.goto(pathToFileURL(options.kiosk).href);
        await waitForFirstFrame(page);
        const frame = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        // The same resting state for both measurements: nothing selected, at the top,
        // the text layer settled (its scroll-only rebuild waits 180 ms).
        const measure = async () => {
            await page.evaluate(() => { window.accord.select(''); window.scrollTo(0, 0); });
            await frame();
            await page.waitForTimeout(400);
            await frame();
            await cdp.send('HeapProfiler.collectGarbage');
            return page.evaluate(() => {
                const heap = window.accordHeap ? window.accordHeap() : null;
                let nodes = 0;
                const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
                while (walker.nextNode()) nodes++;
                return {
                    wasm: heap ? heap.wasmBytes : NaN, malloc: heap ? heap.mallocBytes : NaN,
                    js: performance.memory ? performance.memory.usedJSHeapSize : NaN, nodes,
                };
            });
        };
        const ids = (await page.evaluate(() => window.accord.items())).map((item) => item.id);
        if (!ids.length) throw new Error('no items on screen to select');
        const start = await measure();
        const began = Date.now();
        let cycles = 0, touches = 0, warm = null;
        while (cycles < options.cycles && Date.now() - began < BUDGET_MS / 2) {
            const n = Math.min(BATCH, options.cycles - cycles);
            await page.evaluate(([list, from, count]) => {
                for (let i = 0; i < count; i++) window.accord.select(list[(from + i) % list.length]);
            }, [ids, cycles, n]);
            cycles += n;
            await frame();
            if (!warm && cycles >= ids.length) warm = await measure();  // one whole tour done
        }
        const cyclesMs = Date.now() - began;
        const afterCycles = await measure();
        const touchBegan = Date.now();
        while (touches < options.touches && Date.now() - began < BUDGET_MS) {
            const n = Math.min(BATCH, options.touches - touches);
            await page.evaluate((count) => {
                for (let i = 0; i < count; i++) {
                    const x = Math.random() * innerWidth, y = Math.random() * innerHeight;
                    const target = document.elementFromPoint(x, y) || document.body;
                    const init = { clientX: x, clientY: y, pointerType: 'touch', pointerId: 7, isPrimary: true,
                                   button: 0, buttons: 1, bubbles: true, cancelable: true };
                    target.dispatchEvent(new PointerEvent('pointerdown', init));
                    target.dispatchEvent(new PointerEvent('pointerup', { ...init, buttons: 0 }));
                }
            }, n);
            touches += n;
            await frame();
        }
        const touchesMs = Date.now() - touchBegan;
        const end = await measure();
        const errors = consoleLog(page).errors;
        console.log(`Browser (Chromium, the single kiosk file from file://, 1920x1080):`);
        console.log(`  ${cycles} attract-like cycles (select each of ${ids.length} items in turn) in ${(cyclesMs / 1000).toFixed(1)} s; ` +
                    `${touches} random touches in ${(touchesMs / 1000).toFixed(1)} s; a frame after every ${BATCH}`);
        console.log(`  ${''.padEnd(34)} ${'start'.padStart(13)} ${'end'.padStart(13)} ${'growth'.padStart(13)}`);
        row('wasm memory (grows, never shrinks)', start.wasm, end.wasm);
        row('malloc bytes in use', start.malloc, end.malloc);
        row('JS heap used (after gc)', start.js, end.js);
        const count = (v) => String(v).padStart(13), countGrowth = (v) => ((v >= 0 ? '+' : '') + v).padStart(13);
        row('DOM nodes, cycles (same state)', start.nodes, afterCycles.nodes, count, countGrowth);
        row('DOM nodes, touches (*)', afterCycles.nodes, end.nodes, count, countGrowth);
        console.log(`  after the cycles: wasm ${kb(afterCycles.wasm).trim()}, malloc ${kb(afterCycles.malloc).trim()}, ` +
                    `JS ${kb(afterCycles.js).trim()}` + (warm ? `; after one tour: malloc ${kb(warm.malloc).trim()}, JS ${kb(warm.js).trim()}` : ''));
        console.log('  (*) random taps also switch map layers, open the band before day 0 and zoom the map, so the end');
        console.log('      state differs from the start: its node count differs by what those show or hide');
        if (errors.length) console.log(`  console errors: ${errors.length}: ${errors.slice(0, 3).join(' | ')}`);
        const met = end.wasm - start.wasm < TARGET_BYTES && end.malloc - start.malloc < TARGET_BYTES &&
                    end.js - start.js < TARGET_BYTES && afterCycles.nodes - start.nodes <= 0;
        const complete = cycles === options.cycles && touches === options.touches;
        console.log(`  target (growth under 1 MB, 0 nodes): ${met ? 'met' : 'NOT met'}` +
                    (complete ? '' : ` (only part of the run fitted in ${BUDGET_MS / 1000} s)`));
        await context.close();
    } finally {
        await browser.close();
    }
}

// [SECTION] Native (runs inside xvfb-run: this script calls itself) ---------------------
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function rssBytes(pid) {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) * 1024;
}
function xdotool(args) {
    const result = spawnSync('xdotool', args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`xdotool ${args.slice(0, 4).join(' ')}…: ${result.stderr || result.status}`);
    return result.stdout;
}

async function soakNativeInner() {
    const [width, height] = [1920, 1080];
    const app = spawn(options.native, ['--size', `${width}x${height}`, options.pack], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    app.stderr.on('data', (chunk) => { stderr += chunk; });
    let exited = null;
    app.on('exit', (code, signal) => { exited = signal || code; });
    try {
        // Wait for its window, then for it to settle.
        let window = '';
        for (let i = 0; i < 100 && !window && exited === null; i++) {
            await sleep(100);
            window = spawnSync('xdotool', ['search', '--sync', '--onlyvisible', '--pid', String(app.pid)], { encoding: 'utf8', timeout: 2000 }).stdout.trim().split('\n')[0];
        }
        if (!window) throw new Error(`the native app showed no window (${exited !== null ? 'exited ' + exited : 'running'}): ${stderr.slice(0, 300)}`);
        // Keys go to the focused window through XTEST, as a keyboard's would (xdotool's
        // --window sends synthetic events, which SDL ignores).
        xdotool(['windowfocus', '--sync', window]);
        await sleep(2000);
        const start = rssBytes(app.pid);
        const began = Date.now();
        let clicks = 0, keys = 0, warm = null;
        const samples = [];  // VmRSS every 2,500 actions: a plateau or a slope
        const sample = () => { if ((keys + clicks) % 2500 === 0) samples.push(rssBytes(app.pid)); };
        const CHAIN = 100;  // commands per xdotool run
        while (keys < options.cycles && Date.now() - began < BUDGET_MS / 2 && exited === null) {
            const n = Math.min(CHAIN, options.cycles - keys);
            const args = [];
            for (let i = 0; i < n; i++) args.push('key', '--delay', '0', 'Tab', 'Return', 'sleep', '0.002');
            xdotool(args);
            keys += n;
            sample();
            if (!warm && keys >= 500) { await sleep(300); warm = rssBytes(app.pid); }
        }
        const keysMs = Date.now() - began;
        const clickBegan = Date.now();
        while (clicks < options.touches && Date.now() - began < BUDGET_MS && exited === null) {
            const n = Math.min(CHAIN, options.touches - clicks);
            const args = [];
            for (let i = 0; i < n; i++) {
                args.push('mousemove', String(Math.floor(Math.random() * width)),
                          String(Math.floor(Math.random() * height)), 'click', '--delay', '0', '1', 'sleep', '0.002');
            }
            xdotool(args);
            clicks += n;
            sample();
        }
        const clicksMs = Date.now() - clickBegan;
        await sleep(2000);
        if (exited !== null) throw new Error(`the native app stopped during the run (${exited}): ${stderr.slice(0, 300)}`);
        const end = rssBytes(app.pid);
        console.log(`Native (the app under Xvfb, ${width}x${height}, driven by xdotool):`);
        console.log(`  ${keys} Tab+Return (focus the next item or control, press it) in ${(keysMs / 1000).toFixed(1)} s; ` +
                    `${clicks} clicks at random points in ${(clicksMs / 1000).toFixed(1)} s`);
        console.log(`  ${''.padEnd(34)} ${'start'.padStart(13)} ${'end'.padStart(13)} ${'growth'.padStart(13)}`);
        row('resident memory (VmRSS)', start, end);
        console.log(`  VmRSS every 2,500 actions: ${samples.map((v) => (v / 1024).toFixed(0)).join(', ')} KB`);
        if (warm) console.log(`  after 500 key presses (warm): ${kb(warm).trim()}; growth since: ${signedKb(end - warm).trim()}`);
        const complete = keys === options.cycles && clicks === options.touches;
        const verdict = (growth) => (growth < TARGET_BYTES ? 'met' : 'NOT met');
        console.log(`  target (growth under 1 MB): from the start ${verdict(end - start)}` +
                    (warm ? `; from warm ${verdict(end - warm)}` : '') +
                    (complete ? '' : ` (only part of the run fitted in ${BUDGET_MS / 1000} s)`));
        console.log('  (input comes faster than frames: the app handles every event and draws when it can)');
    } finally {
        if (exited === null) app.kill('SIGTERM');
    }
}

function soakNative() {
    if (!fs.existsSync(options.native)) { console.log(`Native: ${options.native} not found (make kiosk); skipped`); return; }
    if (spawnSync('sh', ['-c', 'command -v xdotool && command -v xvfb-run'], { stdio: 'ignore' }).status !== 0) {
        console.log('Native: xdotool or xvfb-run missing (cmake/install-deps.sh installs both); skipped');
        return;
    }
    const args = ['-a', '-s', '-screen 0 1920x1080x24', process.execPath, fileURLToPath(import.meta.url),
                  '--native-inner', '1', '--native', options.native, '--pack', options.pack,
                  '--cycles', String(options.cycles), '--touches', String(options.touches)];
    const result = spawnSync('xvfb-run', args, { stdio: 'inherit' });
    if (result.status !== 0) console.log(`Native: the run under Xvfb ended with status ${result.status}`);
}

if (options['native-inner']) {
    await soakNativeInner().catch((error) => { console.log(`Native: ${error.message}`); process.exitCode = 1; });
} else {
    console.log(`Soak: 7 days of a kiosk, sped up (each half at most ${BUDGET_MS / 1000} s)\n`);
    await soakBrowser().catch((error) => { console.log(`Browser: ${error.message}`); });
    console.log('');
    soakNative();
}
