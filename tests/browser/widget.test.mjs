// widget.test.mjs — the release web build in Debian's headless Chromium (SwiftShader GL).
//   node --test tests/browser/        (ACCORD_WWW, ACCORD_ARTEFACTS override the paths)
// Works with whatever valid default pack is in <www>/packs: titles come from getState().
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    launchBrowser, launchSession, waitForFirstFrame, waitForRedraw, canvasStats, canvasPng, pngDifference,
    saveScreenshot, consoleLog, drawnItems,
} from './launch.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WWW = path.resolve(process.env.ACCORD_WWW || path.join(HERE, '..', '..', 'build', 'web-release', 'www'));
const FIXTURES = path.resolve(HERE, '..', 'fixtures');
const TIMEOUT = { timeout: 60_000 };

let browser, session, tempRoot;

// The default pack the build serves, read from the file itself: what every page
// without ?pack= must show (and what its document title must name).
function servedPack(source) {
    return JSON.parse(fs.readFileSync(path.join(WWW, source), 'utf8'));
}
const DEFAULT_SOURCE = 'packs/' + (process.env.ACCORD_DEFAULT_PACK || 'gaza-framework-2025-07.json');  // set by CTest from CMake

before(async () => {
    browser = await launchBrowser();
    session = await launchSession({ root: WWW, browser });
});

after(async () => {
    await session?.close();
    await browser?.close();
    if (tempRoot) fs.rmSync(tempRoot, { recursive: true, force: true });
});

function assertNotBlank(stats, what) {
    assert.ok(stats.nonBackground > 0.01,
        `${what}: canvas looks blank (${(stats.nonBackground * 100).toFixed(2)}% non-background pixels)`);
    assert.ok(stats.colours > 8, `${what}: canvas looks blank (${stats.colours} distinct colours)`);
}

async function statusText(page) {
    return (await page.textContent('#accord-status')).trim();
}

async function openAt(query = '', viewport = { width: 1440, height: 900 }, s = session) {
    const page = await s.openPage(viewport);
    await page.goto(s.url + query);
    const frame = await waitForFirstFrame(page);
    return { page, frame, log: consoleLog(page) };
}

test('the default pack loads cleanly at desktop and phone sizes', TIMEOUT, async () => {
    for (const [width, height] of [[1440, 900], [360, 640]]) {
        const what = `${width}x${height}`;
        const { page, frame, log } = await openAt('', { width, height });
        assert.equal(frame.status, 'ready', `${what}: first frame status (error: ${frame.error})`);
        assert.deepEqual(log.errors, [], `${what}: console errors or page errors`);
        assert.deepEqual(log.failedRequests, [], `${what}: failed requests`);

        const state = await page.evaluate(() => window.accord.getState());
        assert.equal(state.status, 'ready');
        assert.ok(state.pack.title, `${what}: the pack has no title`);
        assert.equal(state.pack.errors, 0);
        assert.equal(state.pack.source, DEFAULT_SOURCE, `${what}: the pack loaded`);
        const title = servedPack(state.pack.source).meta.title;
        assert.equal(state.pack.title, title, `${what}: the pack's title`);
        // The document speaks of the pack it shows, not of the page's build.
        assert.ok((await page.title()).includes(title), `${what}: document title "${await page.title()}"`);
        assert.equal(await page.title(), state.pageTitle);
        assert.ok((await page.getAttribute('meta[name="description"]', 'content')).includes(title), `${what}: description`);
        assert.ok((await page.getAttribute('#accord-stage', 'aria-label')).includes(title), `${what}: the canvas's label`);
        assert.equal(await page.getAttribute('html', 'data-accord'), 'ready');
        assert.equal(await statusText(page), state.pack.title, `${what}: #accord-status`);

        const stats = await canvasStats(page);
        assert.equal(stats.width, width, `${what}: canvas width`);
        assertNotBlank(stats, what);
        assert.ok(stats.topLeftLuma > 160, `${what}: the light theme's background is dark (luma ${stats.topLeftLuma.toFixed(0)})`);
        await saveScreenshot(page, `web-${width}x${height}.png`);
        await page.context().close();
    }
});

// pre.js makes the WebGL 2 context while the program compiles; Surface::Open
// (surface_web.cpp) then gets that context back, whatever it asks for. Both must ask
// for the same: no alpha, depth, stencil or multisampling (ImGui antialiases its own edges).
test('the canvas\'s WebGL 2 context has the attributes the renderer asks for', TIMEOUT, async () => {
    const { page } = await openAt('');
    const attributes = await page.evaluate(() => document.getElementById('canvas').getContext('webgl2').getContextAttributes());
    assert.deepEqual({ alpha: attributes.alpha, depth: attributes.depth, stencil: attributes.stencil, antialias: attributes.antialias,
        premultipliedAlpha: attributes.premultipliedAlpha, preserveDrawingBuffer: attributes.preserveDrawingBuffer },
    { alpha: false, depth: false, stencil: false, antialias: false, premultipliedAlpha: true, preserveDrawingBuffer: false });
    await page.context().close();
});

// The widget's width comes from a ResizeObserver on its box (pre.js), not from a layout
// read in every frame: a page that narrows the box without any window resize (a sidebar
// opening, a column rule) must still get a canvas, a layout and a text layer that fit.
test('the canvas follows its box when the page narrows it without a window resize', TIMEOUT, async () => {
    const { page, log } = await openAt('', { width: 1440, height: 900 });
    const widthsNow = () => page.evaluate(() => ({
        canvas: document.getElementById('canvas').width / devicePixelRatio,
        box: Math.floor(document.getElementById('accord-stage').getBoundingClientRect().width),
        layer: Math.max(0, ...[...document.querySelectorAll('#accord-text .accord-line')]
            .map((span) => span.getBoundingClientRect().right)),
    }));
    for (const width of [700, 1100]) {
        const framesBefore = (await page.evaluate(() => window.accord.getState())).framesDrawn;
        await page.evaluate((w) => { document.getElementById('accord-root').style.maxWidth = w + 'px'; }, width);
        await waitForRedraw(page, framesBefore);
        await page.waitForFunction((w) => document.getElementById('canvas').width / devicePixelRatio === w, width, { timeout: 5_000 })
            .catch(() => {});
        const now = await widthsNow();
        assert.equal(now.box, width, `the box is ${width} px wide`);
        assert.equal(now.canvas, width, `the canvas follows the box to ${width} px (got ${now.canvas})`);
        assert.ok(now.layer > width * 0.5 && now.layer <= width + 1,
            `the text layer is laid out for ${width} px (its rightmost line ends at ${now.layer.toFixed(0)})`);
        const items = await drawnItems(page);
        assert.ok(items.length > 0 && items.every((item) => item.x + item.width <= width + 1),
            `every drawn item fits in ${width} px`);
        assertNotBlank(await canvasStats(page), `at ${width} px`);
    }
    assert.deepEqual(log.errors, []);
    await page.context().close();
});

test('clicking an item selects it and redraws it', TIMEOUT, async () => {
    const { page, frame } = await openAt();
    assert.equal(frame.status, 'ready');
    const items = await drawnItems(page);
    assert.ok(items.length > 0, 'the default pack has no selectable items');
    const item = items[0];
    assert.ok(item.width > 0 && item.height > 0, `item ${item.id} has an empty rectangle`);
    const centre = { x: item.x + item.width / 2, y: item.y + item.height / 2 };
    const clip = { x: Math.floor(item.x), y: Math.floor(item.y), width: Math.ceil(item.width), height: Math.ceil(item.height) };

    // Hover first, so the comparison below sees the click's effect, not the hover's.
    const framesBefore = (await page.evaluate(() => window.accord.getState())).framesDrawn;
    await page.mouse.move(centre.x, centre.y);
    await waitForRedraw(page, framesBefore).catch(() => {}); // an idle widget may not redraw on hover
    const before = await canvasPng(page, { clip });
    const framesHovered = (await page.evaluate(() => window.accord.getState())).framesDrawn;

    await page.mouse.click(centre.x, centre.y);
    await page.waitForFunction((id) => window.accord.getState().selected === id, item.id, { timeout: 5_000 })
        .catch(() => {});
    const state = await page.evaluate(() => window.accord.getState());
    assert.equal(state.selected, item.id, 'selected item after the click');
    assert.equal(state.clicks, 1, 'clicks after one click');
    assert.ok(state.selectedTitle, 'the selection has a title');
    assert.equal(await statusText(page), state.selectedTitle, 'the live region names the selected item');

    await waitForRedraw(page, framesHovered);
    const afterClick = await canvasPng(page, { clip });
    const changed = pngDifference(before, afterClick);
    assert.ok(changed > 0.01, `pixels inside ${item.id}'s rectangle did not change on selection (${(changed * 100).toFixed(2)}%)`);
    await saveScreenshot(page, 'web-selected.png');
    await page.context().close();
});

test('a missing pack shows a 404 error screen', TIMEOUT, async () => {
    const { page, frame } = await openAt('?pack=packs/does-not-exist.json');
    assert.equal(frame.status, 'error');
    assert.equal(await page.getAttribute('html', 'data-accord'), 'error');
    const text = await statusText(page);
    assert.ok(text.includes('does-not-exist.json'), `#accord-status: "${text}"`);
    assert.ok(text.includes('404'), `#accord-status: "${text}"`);
    assertNotBlank(await canvasStats(page), 'error screen');
    await saveScreenshot(page, 'web-error-404.png');
    await page.context().close();
});

test('a broken JSON pack shows where the file is broken', TIMEOUT, async () => {
    const fixture = path.join(FIXTURES, 'invalid', 'truncated.json');
    assert.ok(fs.existsSync(fixture), `${fixture} is missing`);
    tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-www-'));
    fs.cpSync(WWW, tempRoot, { recursive: true });
    fs.copyFileSync(fixture, path.join(tempRoot, 'packs', 'truncated.json'));
    const tempSession = await launchSession({ root: tempRoot, browser });
    try {
        const { page, frame } = await openAt('?pack=packs/truncated.json', undefined, tempSession);
        assert.equal(frame.status, 'error');
        const text = await statusText(page);
        assert.ok(text.includes('truncated.json'), `#accord-status: "${text}"`);
        assert.ok(text.includes('not valid JSON'), `#accord-status: "${text}"`);
        const position = text.match(/truncated\.json:(\d+):(\d+):/);
        assert.ok(position, `#accord-status has no line:column: "${text}"`);
        // The position must be inside the file.
        const lines = fs.readFileSync(fixture, 'utf8').split('\n');
        const [line, column] = [Number(position[1]), Number(position[2])];
        assert.ok(line >= 1 && line <= lines.length, `line ${line} is outside the file (${lines.length} lines)`);
        assert.ok(column >= 1 && column <= lines[line - 1].length + 1,
            `column ${column} is outside line ${line} (${lines[line - 1].length} characters)`);
        assertNotBlank(await canvasStats(page), 'JSON error screen');
        await saveScreenshot(page, 'web-error-json.png');
    } finally {
        await tempSession.close();
    }
});

test('a javascript: ?pack= is ignored with a console warning', TIMEOUT, async () => {
    const page = await session.openPage();
    const dialogs = [];
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss().catch(() => {}); });
    await page.goto(session.url + '?pack=javascript:alert(1)');
    const frame = await waitForFirstFrame(page);
    assert.equal(frame.status, 'ready', `the default pack did not load: ${frame.error}`);
    assert.equal(frame.pack.source, DEFAULT_SOURCE);
    assert.equal(frame.pack.title, servedPack(DEFAULT_SOURCE).meta.title);
    const log = consoleLog(page);
    const deadline = Date.now() + 2_000;
    while (!log.warnings.some((w) => w.includes('?pack=')) && Date.now() < deadline) await page.waitForTimeout(50);
    assert.ok(log.warnings.some((w) => w.includes('?pack=')),
        `no console warning about ?pack=; warnings: ${JSON.stringify(log.warnings)}`);
    assert.deepEqual(log.errors, [], 'console errors or page errors');
    assert.deepEqual(dialogs, [], 'a dialog was opened');
    await page.context().close();
});

test('?theme=dark draws on a dark background', TIMEOUT, async () => {
    const { page, frame, log } = await openAt('?theme=dark');
    assert.equal(frame.status, 'ready');
    assert.equal(frame.theme, 'dark');
    const stats = await canvasStats(page);
    assert.ok(stats.topLeftLuma < 60, `top-left pixel rgb(${stats.topLeft}) is not dark (luma ${stats.topLeftLuma.toFixed(0)})`);
    assertNotBlank(stats, 'dark theme');
    assert.deepEqual(log.errors, [], 'console errors or page errors');
    await saveScreenshot(page, 'web-dark-1440x900.png');
    await page.context().close();
});

// Drops `text` as a file named `name` onto the page, as an editor dragging a pack in.
async function dropFile(page, name, text) {
    const framesBefore = (await page.evaluate(() => window.accord.getState())).framesDrawn;
    await page.evaluate(({ name, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: 'application/json' }));
        const canvas = document.getElementById('canvas');
        for (const type of ['dragenter', 'dragover', 'drop'])
            canvas.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, { name, text });
    await waitForRedraw(page, framesBefore);
}

// A valid pack's warnings are placed in its text once the widget is idle after drawing
// it (Widget::LogOwedWarnings), then queued for the console's idle moment: they must
// still arrive, every one, each at its line and column.
test("a valid pack's warnings reach the console once it is drawn, each at its place", TIMEOUT, async () => {
    const { page, frame, log } = await openAt();
    assert.equal(frame.status, 'ready');
    const name = 'confirmed-by-one-outlet.json';
    const fixture = path.join(FIXTURES, 'valid', name);
    const expected = fs.readFileSync(fixture.replace(/\.json$/, '.expected'), 'utf8').split('\n')
        .filter((l) => l && !l.startsWith('#')).map((l) => l.split(' '));
    assert.ok(expected.length >= 1, `${fixture}: the fixture names no warning`);
    await dropFile(page, name, fs.readFileSync(fixture, 'utf8'));
    const state = await page.evaluate(() => window.accord.getState());
    assert.equal(state.status, 'ready');
    assert.equal(state.pack.warnings, expected.length);
    const placed = () => log.warnings.join('\n').split('\n').filter((w) => w.startsWith(`dropped file ${name}:`));
    const deadline = Date.now() + 5_000;
    while (placed().length < expected.length && Date.now() < deadline) await page.waitForTimeout(50);
    const lines = placed();
    assert.equal(lines.length, expected.length, `the warnings in the console: ${JSON.stringify(log.warnings)}`);
    for (const [at, code, pointer] of expected)
        assert.ok(lines.some((w) => w.startsWith(`dropped file ${name}:${at}: warning ${code}: ${pointer}`)),
            `no console warning at ${at} (${code} ${pointer}): ${JSON.stringify(lines)}`);
    assert.deepEqual(log.errors, [], 'console errors or page errors');
    await page.context().close();
});

test('dropping a pack file previews it in place, and a broken one shows its diagnostics', TIMEOUT, async () => {
    const { page, frame, log } = await openAt();
    assert.equal(frame.status, 'ready');
    const minimal = fs.readFileSync(path.join(FIXTURES, 'valid', 'minimal.json'), 'utf8');
    await dropFile(page, 'minimal.json', minimal);
    let state = await page.evaluate(() => window.accord.getState());
    assert.equal(state.status, 'ready');
    assert.equal(state.pack.id, 'minimal');
    assert.equal(state.pack.source, 'dropped file minimal.json');
    assert.equal(await statusText(page), 'A minimal pack');

    const broken = minimal.replace('"certainty": "article"', '"certainty": "rumour"');
    await dropFile(page, 'broken.json', broken);
    state = await page.evaluate(() => window.accord.getState());
    assert.equal(state.status, 'error');
    const text = await statusText(page);
    assert.match(text, /^dropped file broken\.json:\d+:\d+: error E\d{3}: \/milestones\/2\/certainty: /);
    assert.ok(log.errors.some((e) => e.includes('/milestones/2/certainty')), 'the diagnostic is in the console too');
    assertNotBlank(await canvasStats(page), 'diagnostics screen');
    await saveScreenshot(page, 'web-dropped-broken.png');
    await page.context().close();
});

test('a pack dropped while the first fetch is under way wins over it', TIMEOUT, async () => {
    const page = await session.openPage();
    // Hold the default pack's response until the drop has been shown.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/packs/*.json', async (route) => { await held; await route.continue(); });
    await page.goto(session.url);
    // The runtime is up (its state names the pack being fetched) and the fetch is held.
    await page.waitForFunction(() => window.accord && window.accord.getState().pack?.source, null,
        { timeout: 30_000 });
    const minimal = fs.readFileSync(path.join(FIXTURES, 'valid', 'minimal.json'), 'utf8');
    await dropFile(page, 'minimal.json', minimal);
    let state = await page.evaluate(() => window.accord.getState());
    assert.equal(state.pack.id, 'minimal');
    release();
    await page.waitForResponse((r) => r.url().includes('/packs/'), { timeout: 10_000 }).catch(() => {});
    await page.waitForTimeout(500);  // the late answer has arrived and must be ignored
    state = await page.evaluate(() => window.accord.getState());
    assert.equal(state.pack.id, 'minimal', 'the late fetch replaced the dropped pack');
    assert.equal(state.pack.source, 'dropped file minimal.json');
    await page.context().close();
});

test('the widget follows the system switching to dark, unless ?theme= fixed it', TIMEOUT, async () => {
    const { page, frame } = await openAt();
    assert.equal(frame.theme, 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(() => window.accord.getState().theme === 'dark', null, { timeout: 5_000 });
    const stats = await canvasStats(page);
    assert.ok(stats.topLeftLuma < 60, `after the switch the background is not dark (luma ${stats.topLeftLuma.toFixed(0)})`);
    await page.context().close();

    const fixed = await openAt('?theme=light');
    await fixed.page.emulateMedia({ colorScheme: 'dark' });
    await fixed.page.waitForTimeout(300);
    assert.equal((await fixed.page.evaluate(() => window.accord.getState())).theme, 'light');
    await fixed.page.context().close();
});

test('an idle widget draws no frames', TIMEOUT, async () => {
    const { page, frame } = await openAt();
    assert.equal(frame.status, 'ready');
    await page.waitForTimeout(500);  // let any fade finish
    const before = (await page.evaluate(() => window.accord.getState())).framesDrawn;
    await page.waitForTimeout(1_500);
    const after = (await page.evaluate(() => window.accord.getState())).framesDrawn;
    assert.equal(after, before, `drew ${after - before} frames in 1.5 s with nothing happening`);
    await page.context().close();
});

test('without WebGL 2 the page says so in words, not a blank canvas', TIMEOUT, async () => {
    const noGl = await launchBrowser(['--disable-3d-apis']);
    const s = await launchSession({ root: WWW, browser: noGl });
    try {
        const page = await s.openPage({ width: 800, height: 600 });
        await page.goto(s.url);
        await page.waitForFunction(() => document.documentElement.getAttribute('data-accord') === 'fatal', null,
            { timeout: 20_000 });
        const text = await statusText(page);
        assert.match(text, /needs WebGL 2/);
        assert.ok(await page.isVisible('#accord-status'), 'the message is visible');
        assert.equal(await page.isVisible('#canvas'), false, 'the empty canvas is hidden');
        await saveScreenshot(page, 'web-no-webgl.png');
    } finally {
        await s.close();
        await noGl.close();
    }
});
