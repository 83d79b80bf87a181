// launch.mjs — shared helpers for the browser tests and the benchmark: Debian's Chromium
// through playwright-core (never a downloaded browser), the static server, console
// capture, waiting for the widget's first complete frame, and canvas pixel statistics.
//
//   const session = await launchSession({ root: 'build/web-release/www' });
//   const page = await session.openPage({ width: 1440, height: 900 });
//   await page.goto(session.url);
//   const state = await waitForFirstFrame(page);
//   const stats = await canvasStats(page);   // {nonBackground, colours, background, topLeft, ...}
//   await saveScreenshot(page, 'web-1440x900.png');
//   consoleLog(page).errors                   // console errors, page errors, failed requests
//   await session.close();
import { before, after } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { startServer } from './serve.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// The web build under test and the pack it loads without ?pack= (CTest sets both from
// CMake; the defaults are the repo's own build and pack).
export const WWW = path.resolve(process.env.ACCORD_WWW || path.join(REPO_ROOT, 'build', 'web-release', 'www'));
export const DEFAULT_SOURCE = 'packs/' + (process.env.ACCORD_DEFAULT_PACK || 'gaza-framework-2025-07.json');
export function defaultPack() {
    return JSON.parse(fs.readFileSync(path.join(WWW, DEFAULT_SOURCE), 'utf8'));
}

export const CHROMIUM_PATH = process.env.ACCORD_CHROMIUM || '/usr/bin/chromium';

// Software GL (SwiftShader) so WebGL 2 works on a machine without a GPU; no network
// side traffic so the benchmark only sees the page's own requests.
export const CHROMIUM_ARGS = [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export const FIRST_FRAME_TIMEOUT_MS = 30_000;

export function artefactsDir() {
    const dir = process.env.ACCORD_ARTEFACTS || path.join(REPO_ROOT, 'build', 'native-debug', 'artefacts');
    fs.mkdirSync(dir, { recursive: true });
    return dir;
}

export function launchBrowser(extraArgs = []) {
    if (!fs.existsSync(CHROMIUM_PATH)) {
        throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium; never download one)`);
    }
    return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

// Console messages, uncaught page errors and failed requests of one page.
const logs = new WeakMap();

export function consoleLog(page) {
    return logs.get(page);
}

export function watchConsole(page) {
    const log = { messages: [], errors: [], warnings: [], pageErrors: [], failedRequests: [] };
    page.on('console', (message) => {
        const entry = { type: message.type(), text: message.text(), url: message.location()?.url || '' };
        log.messages.push(entry);
        if (entry.type === 'error') log.errors.push(`console.error: ${entry.text}${entry.url ? ` (${entry.url})` : ''}`);
        if (entry.type === 'warning') log.warnings.push(entry.text);
    });
    page.on('pageerror', (error) => {
        log.pageErrors.push(error.message);
        log.errors.push(`page error: ${error.message}`);
    });
    page.on('requestfailed', (request) => {
        const why = request.failure()?.errorText || 'failed';
        log.failedRequests.push(`${request.url()}: ${why}`);
    });
    page.on('response', (response) => {
        if (response.status() >= 400) log.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
    });
    logs.set(page, log);
    return log;
}

// One browser and server for a whole test file, started before its first test and
// closed after its last: `const shared = sharedSession(WWW)`, then `shared.session`.
export function sharedSession(root) {
    const shared = { browser: null, session: null };
    before(async () => {
        shared.browser = await launchBrowser();
        shared.session = await launchSession({ root, browser: shared.browser });
    });
    after(async () => {
        await shared.session?.close();
        await shared.browser?.close();
    });
    return shared;
}

// A browser plus a server on 127.0.0.1 (any free port) for `root`. Each openPage() gets
// its own browser context (fresh cache, storage and colour-scheme settings).
export async function launchSession({ root, browser = null } = {}) {
    if (!root || !fs.existsSync(path.join(root, 'index.html'))) {
        throw new Error(`${root}/index.html not found; build the web widget first (cmake --build --preset web-release)`);
    }
    const server = await startServer({ root, host: '127.0.0.1', port: 0 });
    const ownBrowser = !browser;
    try {
        browser = browser || (await launchBrowser());
    } catch (error) {
        await server.close();
        throw error;
    }
    const contexts = [];
    return {
        browser,
        url: server.url,
        server,
        async openPage({ width = 1440, height = 900, deviceScaleFactor = 1, colorScheme = 'light', ignoreHTTPSErrors = false } = {}) {
            const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, colorScheme, ignoreHTTPSErrors });
            contexts.push(context);
            const page = await context.newPage();
            watchConsole(page);
            return page;
        },
        async close() {
            for (const context of contexts) await context.close().catch(() => {});
            if (ownBrowser) await browser.close().catch(() => {});
            await server.close();
        },
    };
}

// window.accord.items() of the items drawn, flattened: [{id, kind, title, onScreen, x, y,
// width, height}] (items of views not drawn, with no rectangle, are left out).
export async function drawnItems(page) {
    return (await page.evaluate(() => window.accord.items())).filter((item) => item.rect)
        .map(({ rect, ...item }) => ({ ...item, ...rect }));
}

// Resolves with window.accordFirstFrame once the C++ side has drawn its first complete
// frame; throws a readable error (status text, console errors) when it never comes.
// An Emscripten abort (a .js/.wasm mismatch, a trap at start-up) ends the wait at once.
export async function waitForFirstFrame(page, { timeout = FIRST_FRAME_TIMEOUT_MS } = {}) {
    const isAbort = (message) => /^Aborted\(|RuntimeError/.test(message);
    let onPageError;
    const aborted = new Promise((resolve) => {
        const earlier = (consoleLog(page)?.pageErrors || []).find(isAbort);
        if (earlier) resolve(earlier);
        onPageError = (error) => { if (isAbort(error.message)) resolve(error.message); };
        page.on('pageerror', onPageError);
    });
    try {
        const started = page.waitForFunction(
            () => window.accordFirstFrame || document.documentElement.getAttribute('data-accord') === 'fatal',
            null, { timeout }).then(() => null);
        started.catch(() => {}); // when the abort wins the race, the page closes under this wait
        const abort = await Promise.race([started, aborted]);
        if (abort) {
            const status = await page.textContent('#accord-status').catch(() => '?');
            throw new Error(`Accord aborted before its first frame at ${page.url()}: ${abort}\n  (#accord-status: "${status}")`);
        }
    } catch (error) {
        if (error.message.startsWith('Accord aborted')) throw error;
        const where = await page.evaluate(() => ({
            attr: document.documentElement.getAttribute('data-accord'),
            status: document.getElementById('accord-status')?.textContent || '',
        })).catch(() => ({ attr: '?', status: '?' }));
        const log = consoleLog(page);
        throw new Error(
            `no first frame from Accord within ${timeout / 1000} s at ${page.url()} ` +
            `(data-accord=${where.attr}; #accord-status: "${where.status}")` +
            (log && log.errors.length ? `\n  console errors:\n    ${log.errors.join('\n    ')}` : '') +
            (log && log.failedRequests.length ? `\n  failed requests:\n    ${log.failedRequests.join('\n    ')}` : '') +
            `\n  (${error.message.split('\n')[0]})`);
    } finally {
        page.off('pageerror', onPageError);
    }
    const frame = await page.evaluate(() => window.accordFirstFrame || null);
    if (!frame) {
        const status = await page.textContent('#accord-status').catch(() => '');
        throw new Error(`Accord could not start (data-accord=fatal): ${status}`);
    }
    return frame;
}

// Waits until the widget has drawn at least one more frame than `framesBefore` and the
// compositor has shown it (two animation frames).
export async function waitForRedraw(page, framesBefore, { timeout = 5_000 } = {}) {
    await page.waitForFunction((n) => window.accord.getState().framesDrawn > n, framesBefore, { timeout });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

export function decodePng(buffer) {
    return PNG.sync.read(buffer);
}

// Screenshot of the canvas (or of `clip`, page CSS px) as a decoded PNG.
export async function canvasPng(page, { clip = null } = {}) {
    const buffer = clip ? await page.screenshot({ clip }) : await page.locator('#canvas').screenshot();
    return decodePng(buffer);
}

const QUANT_SHIFT = 3; // 5 bits a channel: anti-aliasing noise merges, real colours do not

export function luma(r, g, b) {
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// Pixel statistics of a decoded PNG: the most common (quantised) colour is taken as the
// background; nonBackground is the fraction of pixels of another colour; colours counts
// distinct quantised colours.
export function pngStats(png) {
    const { width, height, data } = png;
    const counts = new Map();
    for (let i = 0; i < data.length; i += 4) {
        const key = ((data[i] >> QUANT_SHIFT) << 10) | ((data[i + 1] >> QUANT_SHIFT) << 5) | (data[i + 2] >> QUANT_SHIFT);
        counts.set(key, (counts.get(key) || 0) + 1);
    }
    let backgroundKey = 0, backgroundCount = -1;
    for (const [key, count] of counts) if (count > backgroundCount) [backgroundKey, backgroundCount] = [key, count];
    const expand = (v) => (v << QUANT_SHIFT) | (1 << (QUANT_SHIFT - 1));
    const background = [expand(backgroundKey >> 10), expand((backgroundKey >> 5) & 31), expand(backgroundKey & 31)];
    const topLeft = [data[0], data[1], data[2]];
    const pixels = width * height;
    return {
        width, height, pixels,
        nonBackground: pixels ? 1 - backgroundCount / pixels : 0,
        colours: counts.size,
        background,
        topLeft,
        topLeftLuma: luma(...topLeft),
    };
}

export async function canvasStats(page, options = {}) {
    return pngStats(await canvasPng(page, options));
}

// Fraction of pixels where any channel differs by more than `threshold`.
export function pngDifference(a, b, { threshold = 24 } = {}) {
    if (a.width !== b.width || a.height !== b.height) throw new Error('images of different sizes');
    let changed = 0;
    for (let i = 0; i < a.data.length; i += 4) {
        if (Math.abs(a.data[i] - b.data[i]) > threshold || Math.abs(a.data[i + 1] - b.data[i + 1]) > threshold ||
            Math.abs(a.data[i + 2] - b.data[i + 2]) > threshold) changed++;
    }
    return changed / (a.width * a.height);
}

// Writes a screenshot of the viewport into the artefacts directory; returns its path.
export async function saveScreenshot(page, name) {
    const file = path.join(artefactsDir(), name.endsWith('.png') ? name : `${name}.png`);
    await page.screenshot({ path: file });
    return file;
}

// [SECTION] Host pages for embedding tests ---------------------------------------------
// Writes `files` ({name: text}) into a fresh temporary folder and serves it on another
// 127.0.0.1 port (another origin than the widget's); options go to startServer
// (headers, cors). Returns { url, dir, close() }.
export async function serveFiles(files, options = {}) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-host-'));
    for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), text);
    }
    const server = await startServer({ root: dir, host: '127.0.0.1', port: 0, ...options });
    return { ...server, dir, write: (name, text) => fs.writeFileSync(path.join(dir, name), text) };
}

// Records Content-Security-Policy violations in every frame of the page's context (call
// before navigating); cspViolations(page) then lists them from every frame.
export async function recordCspViolations(page) {
    await page.context().addInitScript(() => {
        window.__accordCsp = [];
        document.addEventListener('securitypolicyviolation', (e) => {
            window.__accordCsp.push(`${location.origin}: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
        });
    });
}

export async function cspViolations(page) {
    const all = [];
    for (const frame of page.frames()) all.push(...(await frame.evaluate(() => window.__accordCsp || []).catch(() => [])));
    return all;
}

// The frame of `page` whose address starts with `prefix` (polls until it exists).
export async function frameAt(page, prefix, { index = 0, timeout = 15_000 } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
        const frames = page.frames().filter((f) => f.url().startsWith(prefix));
        if (frames[index]) return frames[index];
        if (Date.now() > end) throw new Error(`no frame at ${prefix} (#${index}) in ${page.url()}: ${page.frames().map((f) => f.url()).join(', ')}`);
        await new Promise((r) => setTimeout(r, 50));
    }
}
