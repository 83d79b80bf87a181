// kiosk.test.mjs — the kiosk's single file (build/kiosk/accord-kiosk.html, written by
// `make kiosk`, or by `make test` before CTest) and staying up, in Debian's headless
// Chromium: it runs from file:// with every network request refused, a tap selects,
// nothing is logged as an error; the normal build opened as a file says in words that
// it cannot run there; a lost WebGL context comes back and the widget draws again;
// each source of a selection is a QR code that decodes (jsQR, from npm) to its address.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import jsQR from 'jsqr';
import {
    launchBrowser, watchConsole, consoleLog, waitForFirstFrame, canvasStats, canvasPng, pngDifference, saveScreenshot,
    drawnItems, decodePng, launchSession,
} from './launch.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const KIOSK_FILE = path.join(REPO, 'build', 'kiosk', 'accord-kiosk.html');
const WWW = path.resolve(process.env.ACCORD_WWW || path.join(REPO, 'build', 'web-release', 'www'));
const TIMEOUT = { timeout: 90_000 };

let browser;
before(async () => {
    assert.ok(fs.existsSync(KIOSK_FILE), `${KIOSK_FILE} not found: run make kiosk (make test writes it before CTest)`);
    browser = await launchBrowser();
});
after(async () => { await browser?.close(); });

// A page in its own context where every request but the file itself is refused and
// recorded: the kiosk must need none.
async function offlinePage({ width, height, colorScheme = 'light', hasTouch = false }) {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme, hasTouch });
    const refused = [];
    const allowed = pathToFileURL(KIOSK_FILE).href;
    await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.split(/[?#]/)[0] === allowed) return route.continue();
        refused.push(url);
        return route.abort();
    });
    const page = await context.newPage();
    watchConsole(page);
    return { context, page, refused };
}

function assertNotBlank(stats, what) {
    assert.ok(stats.nonBackground > 0.01,
        `${what}: canvas looks blank (${(stats.nonBackground * 100).toFixed(2)}% non-background pixels)`);
    assert.ok(stats.colours > 8, `${what}: canvas looks blank (${stats.colours} distinct colours)`);
}

test('the single kiosk file runs from file:// with the network off, landscape and portrait, light and dark', TIMEOUT, async () => {
    for (const [width, height] of [[1920, 1080], [1080, 1920]]) {
        for (const colorScheme of ['light', 'dark']) {
            const what = `${width}x${height} ${colorScheme}`;
            const { context, page, refused } = await offlinePage({ width, height, colorScheme });
            await page.goto(pathToFileURL(KIOSK_FILE).href);
            const frame = await waitForFirstFrame(page);
            assert.equal(frame.status, 'ready', `${what}: status ${frame.status}: ${frame.error || ''}`);
            const state = await page.evaluate(() => window.accord.getState());
            assert.equal(state.theme, colorScheme, `${what}: theme`);
            assert.ok(await page.evaluate(() => window.ACCORD_KIOSK === true), `${what}: kiosk flag set`);
            assert.match(page.url(), /[?&]mode=kiosk/, `${what}: the address says kiosk mode`);
            assertNotBlank(await canvasStats(page), what);
            assert.deepEqual(refused, [], `${what}: the kiosk asked the network for something`);
            assert.deepEqual(consoleLog(page).errors, [], `${what}: console errors`);
            await saveScreenshot(page, `kiosk-${width}x${height}-${colorScheme}.png`);
            await context.close();
        }
    }
});

test('a tap on an item of the single file selects it', TIMEOUT, async () => {
    const { context, page, refused } = await offlinePage({ width: 1080, height: 1920, hasTouch: true });
    await page.goto(pathToFileURL(KIOSK_FILE).href);
    await waitForFirstFrame(page);
    const items = (await drawnItems(page)).filter((item) => item.onScreen);
    assert.ok(items.length >= 3, `only ${items.length} items on screen`);
    const item = items[Math.min(2, items.length - 1)];
    await page.touchscreen.tap(item.x + item.width / 2, item.y + item.height / 2);
    await page.waitForFunction((id) => window.accord.getState().selected === id, item.id, { timeout: 5_000 })
        .catch(async () => assert.fail(`tapping ${item.id} selected "${(await page.evaluate(() => window.accord.getState())).selected}"`));
    await saveScreenshot(page, 'kiosk-1080x1920-tapped.png');
    assert.deepEqual(refused, []);
    assert.deepEqual(consoleLog(page).errors, [], 'console errors');
    await context.close();
});

test('in the kiosk each source of the selection is a QR code that decodes to its address, and nothing links out', TIMEOUT, async () => {
    for (const [width, height, colorScheme] of [[1920, 1080, 'light'], [1080, 1920, 'dark']]) {
        const what = `${width}x${height} ${colorScheme}`;
        const { context, page } = await offlinePage({ width, height, colorScheme, hasTouch: true });
        await page.goto(pathToFileURL(KIOSK_FILE).href + '#item=aid-protocols&view=amendments');
        await waitForFirstFrame(page);
        await page.waitForFunction(() => document.querySelectorAll('.accord-code').length > 0, null, { timeout: 5_000 });
        const codes = await page.evaluate(() => [...document.querySelectorAll('.accord-code')].map((c) => c.getAttribute('aria-label')));
        assert.ok(codes.length >= 3, `${what}: ${codes.length} codes`);
        // The static article (for readers without the widget) is hidden once it runs: no
        // link that leaves the page can be seen or activated.
        assert.equal(await page.locator('a[href]:not([href^="#"]):visible').count(), 0, `${what}: a link out of the kiosk`);
        let decoded = 0;
        for (let i = 0; i < codes.length; i++) {
            // The text layer is rebuilt once a scroll settles: find the code again until it stays.
            let box = null;
            for (let attempt = 0; attempt < 5 && !box; attempt++) {
                try {
                    await page.locator('.accord-code').nth(i).scrollIntoViewIfNeeded({ timeout: 2_000 });
                    await page.waitForTimeout(400);  // the sticky canvas follows the scroll
                    box = await page.locator('.accord-code').nth(i).boundingBox({ timeout: 2_000 });
                } catch { box = null; }
            }
            if (!box || box.y < 0 || box.y + box.height > height) continue;
            // The code and a margin of the page around it, as a phone's camera would see it.
            const clip = { x: Math.max(0, box.x - 12), y: Math.max(0, box.y - 12), width: box.width + 24, height: box.height + 24 };
            const png = decodePng(await page.screenshot({ clip }));
            const result = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
            assert.ok(result, `${what}: code ${i} (${codes[i]}) did not decode`);
            assert.equal('QR code of ' + result.data, codes[i], `${what}: code ${i} decodes to another address`);
            assert.match(result.data, /^https:\/\//);
            decoded++;
        }
        assert.ok(decoded >= 3, `${what}: only ${decoded} codes could be read on screen`);
        await saveScreenshot(page, `kiosk-${width}x${height}-${colorScheme}-codes.png`);
        await context.close();
    }
});

test('the normal build opened as a file says in words that it cannot run there', TIMEOUT, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(WWW, 'index.html')).href);
    // The load guard (web/pre.js) answers at once for file://; 20 s covers its 15 s timer too.
    await page.waitForFunction(() => document.documentElement.getAttribute('data-accord') === 'fatal', null,
        { timeout: 20_000 });
    const text = (await page.textContent('#accord-status')).trim();
    assert.doesNotMatch(text, /Loading/);
    assert.match(text, /cannot run from a file/);
    assert.ok(await page.isVisible('#accord-status'), 'the message is visible');
    await saveScreenshot(page, 'web-from-file.png');
    await context.close();
});

test('a lost WebGL context is restored and the widget draws again by itself, not blank', TIMEOUT, async () => {
    const { context, page } = await offlinePage({ width: 1280, height: 800 });
    await page.goto(pathToFileURL(KIOSK_FILE).href);
    await waitForFirstFrame(page);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const before = await canvasPng(page);
    assertNotBlank(await canvasStats(page), 'before the loss');
    const framesBefore = await page.evaluate(() => new Promise((resolve) => {
        const canvas = document.getElementById('canvas');
        const lose = canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
        canvas.addEventListener('webglcontextlost', () => resolve(window.accord.getState().framesDrawn), { once: true });
        window.accordLoseContext = lose;
        lose.loseContext();
    }));
    const restoredAt = await page.evaluate(() => new Promise((resolve) => {
        document.getElementById('canvas').addEventListener('webglcontextrestored', () => resolve(performance.now()), { once: true });
        window.accordLoseContext.restoreContext();
    }));
    await page.waitForFunction((n) => window.accord.getState().framesDrawn > n, framesBefore, { timeout: 5_000 })
        .catch(() => assert.fail('no frame drawn within 5 s of the context coming back'));
    const drawnAfter = await page.evaluate((t) => performance.now() - t, restoredAt);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const after = await canvasPng(page);
    assertNotBlank(await canvasStats(page), 'after the restore');
    const changed = pngDifference(before, after);
    assert.ok(changed < 0.01, `the restored frame differs from the one before in ${(changed * 100).toFixed(2)}% of pixels`);
    console.log(`# context restored; a frame was drawn within ${drawnAfter.toFixed(0)} ms (checked when seen)`);
    await saveScreenshot(page, 'kiosk-context-restored.png');
    const errors = consoleLog(page).errors;
    assert.deepEqual(errors, [], 'console errors');
    await context.close();
});

test('the kiosk file carries the Arabic edition and its faces: they load with the network off', TIMEOUT, async () => {
    const { context, page, refused } = await offlinePage({ width: 1920, height: 1080 });
    await page.goto(pathToFileURL(KIOSK_FILE).href + '?lang=ar');
    const frame = await waitForFirstFrame(page);
    assert.equal(frame.status, 'ready', `the Arabic edition did not load: ${frame.error}`);
    assert.match(frame.pack.source, /\.ar\.json$/);
    assert.match(frame.pack.title, /^[\u0600-\u06FF]/, 'the title is the Arabic one');
    // The faces are asked for once the pack is in; give them the time a fetch takes.
    await page.waitForTimeout(1000);
    const log = consoleLog(page);
    assert.deepEqual(refused, [], `requests left the file: ${refused.join(', ')}`);
    assert.deepEqual(log.warnings.filter((w) => /could not load the font/.test(w)), [], 'every face loaded from the file');
    assert.deepEqual(log.errors, []);
    assertNotBlank(await canvasStats(page), 'kiosk, Arabic');
    await saveScreenshot(page, 'kiosk-arabic-1920x1080');
    await context.close();
});

test('the served page carries no QR encoder: in kiosk mode there its sources are addresses in words, the kiosk file\'s are codes', TIMEOUT, async () => {
    const session = await launchSession({ root: WWW, browser });
    try {
        const page = await session.openPage({ width: 1920, height: 1080 });
        await page.goto(session.url + '?mode=kiosk#item=aid-protocols&view=amendments');
        const state = await waitForFirstFrame(page);
        assert.equal(state.selected, 'aid-protocols');
        await page.waitForFunction(() => !!document.querySelector('#accord-details'));
        const details = await page.evaluate(() => ({
            codes: document.querySelectorAll('.accord-code').length,
            links: document.querySelectorAll('#accord-details a').length,
            text: document.querySelector('#accord-details').textContent,
        }));
        assert.equal(details.codes, 0, 'the served page drew QR codes: its wasm holds the encoder');
        assert.equal(details.links, 0, 'a kiosk links out');
        assert.match(details.text, /https:\/\/\S+/, 'the sources\' addresses are not in the details');
        // The kiosk's own runtime is another build, with the encoder.
        const served = fs.statSync(path.join(WWW, 'accord.wasm')).size;
        const kiosk = fs.statSync(path.join(path.dirname(WWW), 'kiosk-runtime', 'accord.wasm')).size;
        assert.ok(kiosk > served, `kiosk runtime ${kiosk} bytes, served ${served}`);
    } finally {
        await session.close();
    }
});
