// diagram.test.mjs — the linked diagram in Debian's headless Chromium (SwiftShader GL):
// layouts at four sizes and in the dark theme, mouse selection and the link rule (state
// and pixels), keyboard-only use (Tab order, no Tab trap, Enter, Escape), deep links and
// back/forward, touch taps, and the map's controls.
//   node --test tests/browser/diagram.test.mjs   (ACCORD_WWW, ACCORD_ARTEFACTS override the paths)
// The expected highlights are computed here from the pack file the page loaded, with the
// rule of src/core/links.cpp: an amendment lights itself and all its links; any other item
// lights itself, every amendment linking it, and (milestone) its phases or (phase) the
// milestones listing it.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    sharedSession, waitForFirstFrame, canvasStats, canvasPng, pngDifference, saveScreenshot,
    consoleLog, watchConsole, drawnItems,
} from './launch.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WWW = path.resolve(process.env.ACCORD_WWW || path.join(HERE, '..', '..', 'build', 'web-release', 'www'));
const TIMEOUT = { timeout: 60_000 };
const WIDE = { width: 1440, height: 900 };

const shared = sharedSession(WWW);

// [SECTION] Helpers ---------------------------------------------------------------------

async function openAt(suffix = '', viewport = WIDE) {
    const page = await shared.session.openPage(viewport);
    await page.goto(shared.session.url + suffix);
    const frame = await waitForFirstFrame(page);
    return { page, frame, log: consoleLog(page) };
}

const getState = (page) => page.evaluate(() => window.accord.getState());
const getItems = (page) => drawnItems(page);

// Two animation frames: the widget's main loop (requestAnimationFrame) has run at least
// once since the caller's input, and the compositor has shown the result.
function nextFrames(page) {
    return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

// Waits until the widget stops drawing (the 160 ms selection fade is over).
async function settle(page, { timeout = 5_000 } = {}) {
    const deadline = Date.now() + timeout;
    let last = -1, quiet = 0;
    while (Date.now() < deadline) {
        await nextFrames(page);
        const frames = (await getState(page)).framesDrawn;
        quiet = frames === last ? quiet + 1 : 0;
        if (quiet >= 2) return;
        last = frames;
    }
    throw new Error(`the widget kept redrawing for ${timeout} ms`);
}

async function waitForState(page, predicate, arg, what, timeout = 5_000) {
    try {
        await page.waitForFunction(predicate, arg, { timeout });
    } catch {
        assert.fail(`${what}; getState() is ${JSON.stringify(await getState(page))}`);
    }
}

function assertNotBlank(stats, what) {
    assert.ok(stats.nonBackground > 0.01,
        `${what}: canvas looks blank (${(stats.nonBackground * 100).toFixed(2)}% non-background pixels)`);
    assert.ok(stats.colours > 8, `${what}: canvas looks blank (${stats.colours} distinct colours)`);
}

// The pack the page actually loaded (getState().pack.source is relative to the www root).
function loadedPack(state) {
    return JSON.parse(fs.readFileSync(path.join(WWW, state.pack.source), 'utf8'));
}

// The link rule of src/core/links.cpp, from the pack JSON.
function expectedHighlight(pack, id) {
    const out = new Set([id]);
    for (const a of pack.amendments) {
        const links = [...(a.links.milestones || []), ...(a.links.phases || []), ...(a.links.map || []),
            ...(a.links.context || [])];
        if (a.id === id) links.forEach((x) => out.add(x));
        else if (links.includes(id)) out.add(a.id);
    }
    for (const m of pack.milestones) {
        const phases = m.phases || [];
        if (m.id === id) phases.forEach((x) => out.add(x));
        if (phases.includes(id)) out.add(m.id);
    }
    return [...out].sort();
}

function assertHighlight(state, pack, id, what) {
    assert.equal(state.selected, id, `${what}: selected`);
    assert.deepEqual([...state.highlighted].sort(), expectedHighlight(pack, id), `${what}: highlighted ids`);
}

const centreOf = (r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
const clipOf = (r, inset = 0) => ({
    x: Math.floor(r.x + inset), y: Math.floor(r.y + inset),
    width: Math.ceil(r.width - 2 * inset), height: Math.ceil(r.height - 2 * inset),
});
const insideViewport = (p, vp, margin = 4) => p.x >= margin && p.x < vp.width - margin && p.y >= margin && p.y < vp.height - margin;
const fullyOnScreen = (r, vp) => r.x >= 0 && r.y >= 0 && r.x + r.width <= vp.width && r.y + r.height <= vp.height;
// The centre of the part of `r` inside the viewport (less `margin`), or null when none is.
function visibleCentre(r, vp, margin = 30) {
    const x0 = Math.max(r.x, margin), x1 = Math.min(r.x + r.width, vp.width - margin);
    const y0 = Math.max(r.y, margin), y1 = Math.min(r.y + r.height, vp.height - margin);
    return x1 - x0 >= 10 && y1 - y0 >= 10 ? { x: (x0 + x1) / 2, y: (y0 + y1) / 2 } : null;
}

// Scrolls the page content with the mouse wheel over `over` (a point outside the map)
// until the centre of `id`'s rectangle is in the viewport; returns its fresh rectangle.
async function wheelIntoView(page, id, vp, over) {
    for (let i = 0; i < 40; i++) {
        const item = (await getItems(page)).find((it) => it.id === id);
        assert.ok(item, `${id} is not in items()`);
        const c = centreOf(item);
        if (c.y >= 80 && c.y < vp.height - 80) return item;
        const before = (await getState(page)).scrollY;
        await page.mouse.move(over.x, over.y);
        await page.mouse.wheel(0, Math.sign(c.y - vp.height / 2) * Math.min(300, Math.abs(c.y - vp.height / 2)));
        await page.waitForFunction((s) => window.accord.getState().scrollY !== s, before, { timeout: 2_000 })
            .catch(() => {});
        await nextFrames(page);
    }
    assert.fail(`could not wheel ${id} into view; getState() is ${JSON.stringify(await getState(page))}`);
}

// Mean distance (largest channel difference) of a picture's pixels from `bg`: how much
// ink there is. A dimmed item fades towards the background, so this falls.
function inkLevel(png, bg) {
    let sum = 0;
    for (let i = 0; i < png.data.length; i += 4)
        sum += Math.max(Math.abs(png.data[i] - bg[0]), Math.abs(png.data[i + 1] - bg[1]), Math.abs(png.data[i + 2] - bg[2]));
    return sum / (png.width * png.height);
}

// Presses `key` on the focused canvas, lets the widget handle it, returns the new state.
async function press(page, key) {
    await page.keyboard.press(key);
    await nextFrames(page);
    return getState(page);
}

// Tabs (entering the canvas from the page first if needed) until focus === id.
async function tabTo(page, id, { max = 80 } = {}) {
    const seen = [];
    for (let i = 0; i < max; i++) {
        const state = await press(page, 'Tab');
        seen.push(state.focus);
        if (state.focus === id) return state;
    }
    assert.fail(`Tab never focused ${id} in ${max} presses; focus went ${JSON.stringify(seen)}`);
}

// Focus is the page's: it moves through the text layer's elements over the canvas.
const layerHasFocus = (page) => page.evaluate(() => !!document.getElementById('accord-text')?.contains(document.activeElement));

// [SECTION] 1. Layouts --------------------------------------------------------------------

test('screenshots at phone, tablet, wide and dark sizes: ready, right layout, no errors, not blank', TIMEOUT, async () => {
    const cases = [
        { width: 360, height: 640, layout: 'phone', name: 'diagram-360x640.png' },
        { width: 768, height: 1024, layout: 'tablet', name: 'diagram-768x1024.png' },
        { width: 1440, height: 900, layout: 'wide', name: 'diagram-1440x900.png' },
        { width: 1920, height: 1080, layout: 'wide', name: 'diagram-1920x1080.png' },
        { width: 1440, height: 900, layout: 'wide', name: 'diagram-dark-1440x900.png', query: '?theme=dark', theme: 'dark' },
    ];
    for (const c of cases) {
        const what = c.name;
        const { page, frame, log } = await openAt(c.query || '', { width: c.width, height: c.height });
        try {
            assert.equal(frame.status, 'ready', `${what}: first frame status (error: ${frame.error})`);
            const state = await getState(page);
            assert.equal(state.status, 'ready', `${what}: status`);
            assert.equal(state.layout, c.layout, `${what}: layout for width ${c.width}`);
            assert.equal(state.theme, c.theme || 'light', `${what}: theme`);
            const stats = await canvasStats(page);
            assert.equal(stats.width, c.width, `${what}: canvas width`);
            assertNotBlank(stats, what);
            if (c.theme === 'dark') assert.ok(stats.topLeftLuma < 60, `${what}: background is not dark (luma ${stats.topLeftLuma.toFixed(0)})`);
            else assert.ok(stats.topLeftLuma > 160, `${what}: background is not light (luma ${stats.topLeftLuma.toFixed(0)})`);
            await saveScreenshot(page, c.name);
            assert.deepEqual(log.errors, [], `${what}: console errors or page errors`);
            assert.deepEqual(log.failedRequests, [], `${what}: failed requests`);
        } finally {
            await page.context().close();
        }
    }
});

// [SECTION] 2. Mouse selection and the link rule ----------------------------------------------

test('clicking each amendment selects it, highlights exactly its links, and dims the rest', TIMEOUT, async () => {
    const { page, log } = await openAt('', WIDE);
    try {
        const pack = loadedPack(await getState(page));
        const amendments = pack.amendments.map((a) => a.id);
        assert.deepEqual(amendments, ['guarantees', 'aid-protocols', 'withdrawal-maps'], 'the default pack\'s amendments');
        const wheelAt = { x: 200, y: WIDE.height / 2 }; // the timeline column: scrolls, never zooms the map

        // Pixel findings are collected over all three amendments and asserted at the end,
        // so one run reports every item that is wrong.
        const problems = [];
        let linkedChecked = 0, dimmedChecked = 0;
        for (const id of amendments) {
            // Start from no selection (and no details panel), so the pictures before the
            // click show every item at full strength.
            await page.evaluate(() => window.accord.select(''));
            const item = await wheelIntoView(page, id, WIDE, wheelAt);
            await settle(page);
            const items = await getItems(page);
            const expected = new Set(expectedHighlight(pack, id));
            // Pixel probes: linked and unlinked items wholly on screen, left of the details
            // panel (which sits bottom right once something is selected).
            const candidates = items.filter((it) => it.id !== id && fullyOnScreen(it, WIDE) && it.x + it.width < WIDE.width / 2
                && it.width >= 40 && it.height >= 20);
            const linked = candidates.filter((it) => expected.has(it.id));
            const unlinked = candidates.find((it) => !expected.has(it.id));
            // The page background, from the left margin (not the corner, which the canvas's
            // focus outline covers once it has been clicked; not the most common colour,
            // which may be the cards' panel colour).
            const margin = await canvasPng(page, { clip: { x: 12, y: WIDE.height / 2, width: 1, height: 1 } });
            const bg = [margin.data[0], margin.data[1], margin.data[2]];
            const linkedBefore = [];
            for (const it of linked) linkedBefore.push(await canvasPng(page, { clip: clipOf(it) }));
            const unlinkedBefore = unlinked && await canvasPng(page, { clip: clipOf(unlinked, 4) });
            const selfClip = clipOf({ ...item, height: Math.min(item.height, 120) });
            const selfBefore = await canvasPng(page, { clip: selfClip });

            const c = centreOf(item);
            await page.mouse.click(c.x, c.y);
            await waitForState(page, (want) => window.accord.getState().selected === want, id,
                `clicking the centre of ${id} (${c.x.toFixed(0)}, ${c.y.toFixed(0)}) did not select it`);
            await settle(page);
            const state = await getState(page);
            assertHighlight(state, pack, id, `after clicking ${id}`);
            const shot = await saveScreenshot(page, `diagram-click-${id}.png`);

            const selfChanged = pngDifference(selfBefore, await canvasPng(page, { clip: selfClip }));
            if (selfChanged <= 0.002) problems.push(`${id}: its own pixels did not change on selection (${(selfChanged * 100).toFixed(2)}%)`);
            // Linked items keep full strength, and the connector from the selection ends on
            // each (a dot on its edge): a few dozen pixels change inside it. (Scrolled to
            // this amendment, some of its links may be off screen.)
            for (let i = 0; i < linked.length; i++) {
                const it = linked[i];
                const after = await canvasPng(page, { clip: clipOf(it) });
                const pixels = Math.round(pngDifference(linkedBefore[i], after) * after.width * after.height);
                const ink = inkLevel(after, bg) / inkLevel(linkedBefore[i], bg);
                console.log(`${id}: linked ${it.id}: ${pixels} pixels changed, ink x${ink.toFixed(2)}`);
                if (pixels < 10) {
                    problems.push(`${id}: the linked item ${it.id} (on screen at ${clipOf(it).x},${clipOf(it).y} ` +
                        `${clipOf(it).width}x${clipOf(it).height}) did not change (${pixels} pixels): no connector ends on it; see ${shot}`);
                }
                if (ink <= 0.9) problems.push(`${id}: the linked item ${it.id} got fainter (ink x${ink.toFixed(2)}); see ${shot}`);
                linkedChecked++;
            }
            if (unlinked) {
                const after = await canvasPng(page, { clip: clipOf(unlinked, 4) });
                const ink = inkLevel(after, bg) / inkLevel(unlinkedBefore, bg);
                console.log(`${id}: unlinked ${unlinked.id} ink x${ink.toFixed(2)}`);
                if (ink >= 0.6) problems.push(`${id}: the unlinked item ${unlinked.id} was not dimmed (ink x${ink.toFixed(2)}); see ${shot}`);
                dimmedChecked++;
            }
        }
        console.log(`pixel checks: linked items ${linkedChecked}, dimmed items ${dimmedChecked} (of ${amendments.length} amendments)`);
        assert.deepEqual(problems, [], 'what the selection drew');
        assert.ok(linkedChecked >= 1, 'no amendment had a linked item on screen to check the pixels of');
        assert.ok(dimmedChecked >= 1, 'no amendment had an unlinked item on screen to check the pixels of');
        assert.equal((await getState(page)).clicks, amendments.length, 'clicks');
        assert.deepEqual(log.errors, [], 'console errors or page errors');
    } finally {
        await page.context().close();
    }
});

// [SECTION] 3. Keyboard only --------------------------------------------------------------------

test('items() lists every selectable item with its kind; a phone gives no rectangle to views it does not draw', TIMEOUT, async () => {
    for (const viewport of [WIDE, { width: 360, height: 640 }]) {
        const { page, frame } = await openAt('', viewport);
        const pack = loadedPack(frame);
        const expected = new Map([
            ...pack.phases.map((x) => [x.id, 'phase']), ...pack.milestones.map((x) => [x.id, 'milestone']),
            ...pack.context.map((x) => [x.id, 'context']), ...pack.amendments.map((x) => [x.id, 'amendment']),
            // Neighbouring land and region names orient the reader: drawn, but not items.
            ...pack.map.features.filter((x) => x.style !== 'land' && x.style !== 'label').map((x) => [x.id, 'map-feature'])]);
        const items = await page.evaluate(() => window.accord.items());
        const what = `${viewport.width}x${viewport.height}`;
        assert.deepEqual(items.map((it) => it.id).sort(), [...expected.keys()].sort(), `${what}: every item once`);
        for (const item of items) {
            assert.equal(item.kind, expected.get(item.id), `${what}: ${item.id}'s kind`);
            assert.ok(item.title, `${what}: ${item.id} has a title`);
            if (item.rect) assert.ok(item.rect.width > 0 && item.rect.height > 0, `${what}: ${item.id}'s rectangle`);
            else assert.equal(item.onScreen, false);
        }
        const onScreen = items.filter((it) => it.onScreen);
        assert.ok(onScreen.length > 0, `${what}: nothing on screen`);
        for (const it of onScreen) assert.ok(it.rect.y >= -0.5 && it.rect.y + it.rect.height <= viewport.height + 0.5, `${what}: ${it.id} said on screen at y ${it.rect.y}`);
        if (viewport.width < 720) {
            // The phone shows the timeline: changes and map features are not drawn.
            for (const a of pack.amendments) assert.equal(items.find((it) => it.id === a.id).rect, null, `${what}: ${a.id} has a rectangle`);
            assert.ok(items.some((it) => it.kind === 'milestone' && it.rect), `${what}: no milestone drawn`);
        } else {
            // Everything is drawn but the events before day 0, folded away until the band is opened.
            const undrawn = items.filter((it) => !it.rect).map((it) => it.id);
            assert.deepEqual(undrawn, pack.context.map((e) => e.id), `${what}: items without a rectangle on a wide screen`);
            assert.ok(items.some((it) => !it.onScreen), `${what}: everything said on screen in a page taller than the window`);
        }
        await page.context().close();
    }
});

test('keyboard only: Tab reaches every item, does not trap, Enter selects, Escape clears', TIMEOUT, async () => {
    const { page, log } = await openAt('', WIDE);
    try {
        const ids = (await getItems(page)).map((it) => it.id);
        await page.evaluate(() => { document.activeElement?.blur(); document.body.focus(); });
        assert.equal(await layerHasFocus(page), false, 'the widget has focus before any key');

        // The widget's first element is the page's first focusable one: the first Tab lands on it.
        let state = await press(page, 'Tab');
        assert.ok(await layerHasFocus(page), 'the first Tab from the page did not reach the widget');
        assert.ok(state.focus, 'the widget does not show the focused element');

        const focused = [state.focus];
        let leftAfter = null;
        const cap = 200;
        for (let i = 1; i <= cap; i++) {
            state = await press(page, 'Tab');
            if (!(await layerHasFocus(page))) {
                leftAfter = i;
                break;
            }
            focused.push(state.focus);
        }
        const distinct = new Set(focused.filter(Boolean));
        const missing = ids.filter((id) => !distinct.has(id));
        assert.deepEqual(missing, [], `items never focused by Tab (order: ${JSON.stringify(focused)})`);
        assert.ok(leftAfter !== null, `Tab is trapped: focus stayed in the widget for ${cap} presses`);
        assert.ok(leftAfter <= distinct.size + 5,
            `focus left the widget only after ${leftAfter} presses for ${distinct.size} targets (order: ${JSON.stringify(focused)})`);
        assert.equal(focused.length, distinct.size, `Tab visited a target twice: ${JSON.stringify(focused)}`);
        assert.equal((await getState(page)).focus, null, 'the widget still shows a focused item after focus left it');

        // Shift+Tab comes back into the widget, on its last element.
        await press(page, 'Shift+Tab');
        assert.ok(await layerHasFocus(page), 'Shift+Tab did not bring focus back to the widget');
        state = await getState(page);
        console.log(`${ids.length} items, ${distinct.size} targets; focus left after ${leftAfter} Tabs; ` +
            `first Shift+Tab back: focus ${JSON.stringify(state.focus)}`);
        if (state.focus === null) state = await press(page, 'Shift+Tab');
        assert.equal(state.focus, focused[focused.length - 1], 'Shift+Tab back into the widget: focus');

        state = await tabTo(page, 'aid-protocols');
        state = await press(page, 'Enter');
        assert.equal(state.selected, 'aid-protocols', 'Enter on the focused aid-protocols');
        assert.ok(state.highlighted.includes('aid-protocols'));
        state = await press(page, 'Escape');
        assert.equal(state.selected, null, 'Escape clears the selection');
        assert.deepEqual(state.highlighted, [], 'Escape clears the highlights');
        await saveScreenshot(page, 'diagram-keyboard.png');
        assert.equal(state.clicks, 0, 'no mouse clicks were used');
        assert.deepEqual(log.errors, [], 'console errors or page errors');
    } finally {
        await page.context().close();
    }
});

// [SECTION] 4. Deep links and history -----------------------------------------------------------

test('a deep link scrolls to its item only once the article has given way, however late the first paint is reported', TIMEOUT, async () => {
    // The first frame is shown (the article hidden) once the page's first paint entry is
    // in; here none ever comes, so the page waits its longest (500 ms) while the frame
    // that asked for the scroll is long drawn. The scroll must still not move the article.
    const page = await shared.session.openPage({ width: 360, height: 640 });
    await page.addInitScript(() => {
        const entries = performance.getEntriesByName.bind(performance);
        performance.getEntriesByName = (name, type) => (name === 'first-contentful-paint' ? [] : entries(name, type));
        const observe = PerformanceObserver.prototype.observe;
        PerformanceObserver.prototype.observe = function(options) {
            if (options && options.type === 'paint') return;
            return observe.call(this, options);
        };
        window.scrolls = [];
        addEventListener('scroll', () => window.scrolls.push({
            y: Math.round(scrollY), accord: document.documentElement.getAttribute('data-accord'),
            article: getComputedStyle(document.querySelector('.accord-article')).display,
        }));
    });
    const amendments = JSON.parse(fs.readFileSync(path.join(WWW, 'packs', process.env.ACCORD_DEFAULT_PACK || 'gaza-framework-2025-07.json'), 'utf8')).amendments;
    const item = amendments[amendments.length - 1].id;
    try {
        await page.goto(shared.session.url + '#item=' + item + '&view=amendments');
        const frame = await waitForFirstFrame(page);
        assert.equal(frame.selected, item);
        await page.waitForFunction(() => window.scrolls.length && Math.abs(window.scrollY - window.scrolls[window.scrolls.length - 1].y) < 1
            && scrollY > 200, null, { timeout: 5_000 });
        const scrolls = await page.evaluate(() => window.scrolls);
        const early = scrolls.filter((s) => s.accord !== 'ready' || s.article !== 'none');
        assert.deepEqual(early, [], 'the page scrolled while the article still showed');
    } finally {
        await page.context().close();
    }
});

test('deep links select and switch views, back/forward restore, bad fragments are ignored', TIMEOUT, async () => {
    // A phone, straight to the map with a milestone selected.
    {
        const { page, log } = await openAt('#item=day-7&view=map', { width: 360, height: 640 });
        try {
            const state = await getState(page);
            assert.equal(state.layout, 'phone');
            assert.equal(state.view, 'map');
            assertHighlight(state, loadedPack(state), 'day-7', '#item=day-7&view=map');
            await saveScreenshot(page, 'diagram-deeplink-phone-map.png');
            assert.deepEqual(log.errors, [], 'console errors or page errors');
        } finally {
            await page.context().close();
        }
    }
    // Wide: an amendment, then a click, then back and forward.
    {
        const { page, log } = await openAt('#item=withdrawal-maps', WIDE);
        try {
            let state = await getState(page);
            const pack = loadedPack(state);
            assertHighlight(state, pack, 'withdrawal-maps', '#item=withdrawal-maps');
            assert.equal(state.view, 'timeline');
            const firstHash = await page.evaluate(() => location.hash);
            assert.equal(firstHash, '#item=withdrawal-maps');

            // Another item, on screen, left of the details panel.
            await settle(page);
            const other = (await getItems(page)).find((it) => it.id !== 'withdrawal-maps' && it.x + it.width < WIDE.width / 2
                && insideViewport(centreOf(it), WIDE, 40));
            assert.ok(other, 'no other item on screen to click');
            const c = centreOf(other);
            await page.mouse.click(c.x, c.y);
            await waitForState(page, (want) => window.accord.getState().selected === want, other.id, `clicking ${other.id}`);
            await page.waitForFunction((h) => location.hash !== h, firstHash, { timeout: 2_000 }).catch(() => {});
            const secondHash = await page.evaluate(() => location.hash);
            assert.equal(secondHash, `#item=${other.id}`, 'the address after the click');

            await page.goBack();
            await waitForState(page, () => window.accord.getState().selected === 'withdrawal-maps', null,
                `back after clicking ${other.id} did not restore withdrawal-maps`);
            state = await getState(page);
            assertHighlight(state, pack, 'withdrawal-maps', 'after back');
            assert.equal(await page.evaluate(() => location.hash), firstHash, 'the address after back');

            await page.goForward();
            await waitForState(page, (want) => window.accord.getState().selected === want, other.id,
                `forward did not restore ${other.id}`);
            assertHighlight(await getState(page), pack, other.id, 'after forward');
            assert.deepEqual(log.errors, [], 'console errors or page errors');
        } finally {
            await page.context().close();
        }
    }
    // A fragment with a markup id and an unknown view: ignored, with a warning.
    {
        const { page, log } = await openAt('#item=%3Cb%3E&view=globe', WIDE);
        try {
            const state = await getState(page);
            assert.equal(state.status, 'ready');
            assert.equal(state.selected, null, 'a bad #item= selected something');
            assert.deepEqual(state.highlighted, []);
            assert.equal(state.view, 'timeline', 'a bad #view= changed the view');
            const deadline = Date.now() + 2_000;
            const warned = () => log.warnings.some((w) => w.includes('#item=') || w.includes('#view='));
            while (!warned() && Date.now() < deadline) await page.waitForTimeout(50);
            assert.ok(warned(), `no console warning about #item= or #view=; warnings: ${JSON.stringify(log.warnings)}`);
            assert.ok(!log.warnings.some((w) => w.includes('<b>') && !w.includes('"<b>"')), 'the bad id is echoed unquoted');
            assert.deepEqual(log.errors, [], 'console errors or page errors');
        } finally {
            await page.context().close();
        }
    }
});

// [SECTION] 5. Touch ------------------------------------------------------------------------------

test('touch: a tap selects an item; the phone view switcher works by tapping', TIMEOUT, async () => {
    const viewport = { width: 390, height: 844 };
    const context = await shared.browser.newContext({ viewport, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
    try {
        const page = await context.newPage();
        const log = watchConsole(page);
        await page.goto(shared.session.url);
        const frame = await waitForFirstFrame(page);
        assert.equal(frame.status, 'ready');
        let state = await getState(page);
        assert.equal(state.layout, 'phone');
        const pack = loadedPack(state);

        const target = (await getItems(page)).find((it) => insideViewport(centreOf(it), viewport, 30));
        assert.ok(target, 'no item on screen to tap');
        const c = centreOf(target);
        await page.touchscreen.tap(c.x, c.y);
        await waitForState(page, (want) => window.accord.getState().selected === want, target.id,
            `tapping the centre of ${target.id} (${c.x.toFixed(0)}, ${c.y.toFixed(0)}) did not select it`);
        await settle(page);
        state = await getState(page);
        assertHighlight(state, pack, target.id, `after tapping ${target.id}`);
        assert.equal(state.clicks, 1, 'one tap, one activation (a second would toggle the selection off)');
        await saveScreenshot(page, 'diagram-touch-selected.png');
        // Touch targets are at least 44 x 44 px.
        const small = (await getItems(page)).filter((it) => it.width < 43.5 || it.height < 43.5);
        assert.deepEqual(small.map((it) => `${it.id} ${it.width.toFixed(0)}x${it.height.toFixed(0)}`), [],
            `targets under 44 px after a touch (pointer: coarse ${await page.evaluate(() => matchMedia('(pointer: coarse)').matches)})`);

        // The 'Changes' tab is the middle third of the bar between the header and the
        // timeline: tap down the middle of the page, above the first item, until the view
        // switches. (A tap on empty space only clears the selection.)
        const firstItemTop = Math.min(...(await getItems(page)).map((it) => it.y));
        let switched = false;
        for (let y = 8; y < firstItemTop && !switched; y += 12) {
            await page.touchscreen.tap(viewport.width / 2, y);
            await nextFrames(page);
            switched = (await getState(page)).view === 'amendments';
        }
        assert.ok(switched, `no tap above the timeline switched to the Changes view; getState() is ${JSON.stringify(await getState(page))}`);
        const shown = await getItems(page);
        const amendment = shown.find((it) => pack.amendments.some((a) => a.id === it.id) && visibleCentre(it, viewport));
        assert.ok(amendment, `no amendment on screen in the Changes view; items(): ${JSON.stringify(shown)}`);
        const at = visibleCentre(amendment, viewport);
        await page.touchscreen.tap(at.x, at.y);
        await waitForState(page, (want) => window.accord.getState().selected === want, amendment.id,
            `tapping ${amendment.id} in the Changes view did not select it`);
        assertHighlight(await getState(page), pack, amendment.id, `after tapping ${amendment.id}`);
        assert.match(await page.evaluate(() => location.hash), new RegExp(`view=amendments`));
        await saveScreenshot(page, 'diagram-touch-changes.png');
        assert.deepEqual(log.errors, [], 'console errors or page errors');
    } finally {
        await context.close();
    }
});

// [SECTION] 6. Map controls ----------------------------------------------------------------------

test('map controls by keyboard: zoom in, reset, hide the buffer layer', TIMEOUT, async () => {
    const { page, log } = await openAt('', WIDE);
    try {
        await page.evaluate(() => { document.activeElement?.blur(); document.body.focus(); });
        let state = await getState(page);
        assert.equal(state.selected, null);
        assert.equal(state.mapZoom, 1);
        assert.deepEqual(state.hiddenLayers, []);

        await tabTo(page, 'control:zoom-in');
        state = await press(page, 'Enter');
        assert.ok(state.mapZoom > 1, `Enter on control:zoom-in: mapZoom ${state.mapZoom}`);
        assert.equal(state.selected, null, 'a control selected an item');

        await tabTo(page, 'control:reset');
        state = await press(page, 'Enter');
        assert.equal(state.mapZoom, 1, 'Enter on control:reset: mapZoom');

        const before = await canvasPng(page);
        await tabTo(page, 'control:layer-buffer');
        state = await press(page, 'Enter');
        assert.ok(state.hiddenLayers.includes('buffer'), `Enter on control:layer-buffer: hiddenLayers ${JSON.stringify(state.hiddenLayers)}`);
        await settle(page);
        const after = await canvasPng(page);
        assert.ok(pngDifference(before, after) > 0.001, 'hiding the buffer layer changed no pixels');
        await saveScreenshot(page, 'diagram-map-buffer-hidden.png');
        assert.deepEqual(log.errors, [], 'console errors or page errors');
    } finally {
        await page.context().close();
    }
});
