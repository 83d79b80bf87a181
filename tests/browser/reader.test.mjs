// reader.test.mjs — the page owns scrolling and text: what a reader gets from the
// DOM text layer over the canvas, in Debian's headless Chromium.
//   screen readers (the accessibility tree, axe-core), find in page, selection and
//   copy, the document's own scrolling, the canvas's size, zoom and narrow screens.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { launchSession, sharedSession, waitForFirstFrame, waitForRedraw, saveScreenshot, consoleLog, canvasPng, decodePng, drawnItems, luma, WWW, defaultPack } from './launch.mjs';

const PACK = defaultPack();
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TIMEOUT = { timeout: 120_000 };

const shared = sharedSession(WWW);

async function open(query = '', viewport = { width: 1440, height: 900 }, s = shared.session) {
    const page = await s.openPage(viewport);
    const log = consoleLog(page);
    await page.goto(s.url + query);
    const frame = await waitForFirstFrame(page);
    assert.equal(frame.status, 'ready', `first frame: ${frame.error}`);
    await page.waitForFunction(() => document.querySelectorAll('#accord-text .accord-line').length > 0);
    return { page, log };
}

const titles = {
    phases: PACK.phases.map((p) => p.title),
    milestones: PACK.milestones.map((m) => m.title),
    amendments: PACK.amendments.map((a) => a.title),
    // Neighbouring land and region names are drawn text, not buttons: they are not items.
    features: PACK.map.features.filter((f) => f.style !== 'land' && f.style !== 'label').map((f) => f.title),
};

test('the widget is announced ready with its text layer in the page, and a selection\'s layer follows its frame', TIMEOUT, async () => {
    const page = await shared.session.openPage({ width: 1440, height: 900 });
    // What the page holds at the moment accord:ready is dispatched (a listener added
    // before the page's scripts run).
    await page.addInitScript(() => {
        window.addEventListener('accord:ready', () => {
            window.atReady = {
                attribute: document.documentElement.getAttribute('data-accord'),
                buttons: document.querySelectorAll('#accord-text button[data-t]').length,
                title: (document.querySelector('#accord-text h1') || {}).textContent || '',
            };
        });
    });
    await page.goto(shared.session.url);
    await waitForFirstFrame(page);
    const atReady = await page.evaluate(() => window.atReady);
    assert.ok(atReady, 'accord:ready was not dispatched');
    assert.equal(atReady.attribute, 'ready');
    assert.ok(atReady.buttons >= PACK.amendments.length + PACK.phases.length, `${atReady.buttons} buttons in the layer at accord:ready`);
    assert.ok(atReady.title.replace(/\s+/g, ' ').includes(PACK.meta.title.split(' ')[0]), `title at ready: "${atReady.title}"`);
    // The canvas draws the selection first; its button says so before the next frame.
    const id = PACK.amendments[1].id;
    const pressed = await page.evaluate(async (id) => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const before = window.accord.getState().framesDrawn;
        window.accord.select(id);
        while (window.accord.getState().framesDrawn === before) await frame();
        await frame();
        return document.querySelector(`#accord-text button[data-t="${id}"]`).getAttribute('aria-pressed');
    }, id);
    assert.equal(pressed, 'true', 'the layer did not follow the frame that drew the selection');
    await page.context().close();
});

test('a scroll that follows a selection before its layer is built brings that layer at once, not once scrolling stops', TIMEOUT, async () => {
    // The layer of a frame is built in a task just after it; a layout for a scroll only is
    // applied once the scroll settles (180 ms). When a scroll's frame comes between a
    // selection's frame and its layer's task, the selection's layer is owed: it must
    // come in the next task, not wait for the scroll to settle. The page's zero-delay
    // tasks are held back here so that the scroll's frame always comes in between.
    const { page } = await open();
    const id = PACK.amendments[0].id;
    const result = await page.evaluate(async (id) => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const drawn = async () => {
            const before = window.accord.getState().framesDrawn;
            for (let i = 0; i < 120 && window.accord.getState().framesDrawn === before; i++) await frame();
            return window.accord.getState().framesDrawn > before;
        };
        const pressed = () => document.querySelector(`#accord-text button[data-t="${id}"]`).getAttribute('aria-pressed');
        const realSet = window.setTimeout, realClear = window.clearTimeout;
        const held = new Map();
        let nextHandle = 1e9;
        window.setTimeout = (fn, ms, ...rest) => {
            if (ms) return realSet(fn, ms, ...rest);
            const handle = nextHandle++;
            held.set(handle, () => fn(...rest));
            return handle;
        };
        window.clearTimeout = (handle) => { if (!held.delete(handle)) realClear(handle); };
        let selectionFrame, scrollFrame, widgetScroll, pressedWhileHeld;
        try {
            window.accord.select(id);
            selectionFrame = await drawn();
            window.scrollBy(0, 60);
            scrollFrame = await drawn();
            widgetScroll = window.accord.getState().scrollY;  // the frame was the scroll's
            pressedWhileHeld = pressed();
        } finally {
            window.setTimeout = realSet;
            window.clearTimeout = realClear;
        }
        for (const task of held.values()) task();  // in the order they were asked for
        return { selectionFrame, scrollFrame, widgetScroll, pressedWhileHeld, pressedAfter: pressed() };
    }, id);
    assert.ok(result.selectionFrame && result.scrollFrame, `frames drawn: ${JSON.stringify(result)}`);
    assert.ok(result.widgetScroll > 0, `the widget's frame did not follow the page's scroll: ${JSON.stringify(result)}`);
    assert.notEqual(result.pressedWhileHeld, 'true', 'the layer was built before its task ran: nothing was tested');
    assert.equal(result.pressedAfter, 'true', 'the selection\'s layer waited for the scroll to settle');
    await page.context().close();
});

test('screen readers: every item is a named control in the accessibility tree', TIMEOUT, async () => {
    const { page } = await open();
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const named = nodes.filter((n) => !n.ignored && n.name && n.name.value);
    const buttons = named.filter((n) => n.role && n.role.value === 'button').map((n) => n.name.value);
    console.log(`${named.length} named accessibility nodes, ${buttons.length} buttons`);
    for (const [kind, list] of Object.entries(titles))
        for (const title of list)
            assert.ok(buttons.some((name) => name.includes(title)), `${kind} "${title}" is not a button in the accessibility tree`);
    // The selected one says so.
    await page.evaluate((id) => window.accord.select(id), PACK.amendments[0].id);
    await page.waitForFunction((id) => document.querySelector(`#accord-text button[data-t="${id}"][aria-pressed="true"]`),
        PACK.amendments[0].id);
    await page.waitForFunction(() => window.accord.getState().selectedTitle);
    const status = (await page.textContent('#accord-status')).trim();
    assert.equal(status, (await page.evaluate(() => window.accord.getState())).selectedTitle, 'the live region');
    // Its details name their sources as links to them.
    const links = await page.evaluate(() => [...document.querySelectorAll('#accord-details a')].map((a) => a.href));
    const cited = new Set([PACK.amendments[0].framework_says, PACK.amendments[0].asked,
        ...PACK.amendments[0].responses].flatMap((c) => c.sources));
    for (const id of cited) {
        const url = PACK.sources.find((src) => src.id === id).url;
        assert.ok(links.includes(url), `source ${id} (${url}) is not a link in the details; links: ${links.join(' ')}`);
    }
    await page.context().close();
});

test('axe-core finds no WCAG 2.2 AA violations, light and dark, wide and phone, with a selection', TIMEOUT, async () => {
    for (const [query, width, height] of [['', 1440, 900], ['?theme=dark', 1440, 900], ['', 360, 740],
        [`#item=${PACK.amendments[2].id}&view=amendments`, 360, 740]]) {
        const { page } = await open(query, { width, height });
        await page.addScriptTag({ content: AXE });
        const result = await page.evaluate(async () => {
            const r = await window.axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] },
            });
            return { violations: r.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0]?.target})`),
                passes: r.passes.length, nodes: document.querySelectorAll('#accord-text *').length };
        });
        console.log(`axe ${width}x${height} ${query || '(default)'}: ${result.violations.length} violations, ` +
            `${result.passes} rules passed over ${result.nodes} text-layer elements`);
        assert.ok(result.nodes > 100, 'axe ran over an (almost) empty text layer');
        assert.deepEqual(result.violations, [], `axe at ${width}x${height} ${query}`);
        await page.context().close();
    }
});

test('find in page: a title from each view is found over its drawn pixels', TIMEOUT, async () => {
    const { page } = await open();
    for (const title of [titles.milestones[2], titles.amendments[1], titles.features[2]]) {
        const found = await page.evaluate((t) => {
            window.getSelection().removeAllRanges();
            if (!window.find(t)) return null;
            const range = window.getSelection().getRangeAt(0), box = range.getBoundingClientRect();
            return { x: box.left, y: box.top, width: box.width, height: box.height };
        }, title);
        assert.ok(found, `window.find("${title}") found nothing`);
        await page.waitForTimeout(300);  // the canvas follows the scroll
        const items = await drawnItems(page);
        const overlaps = items.some((r) => found.x < r.x + r.width && r.x < found.x + found.width &&
            found.y < r.y + r.height && r.y < found.y + found.height);
        assert.ok(overlaps, `the found "${title}" (${JSON.stringify(found)}) is over no drawn item`);
        assert.ok(found.y >= 0 && found.y < 900, `the page did not scroll to "${title}"`);
    }
    await saveScreenshot(page, 'reader-find.png');
    await page.context().close();
});

// Each line of the layer (outside the map, where symbols sit beside labels) against the
// drawn pixels under it: where its ink starts and ends within 6 px either side of it.
async function linesOverInk(page, selector = '#accord-text .accord-line') {
    const lines = await page.evaluate((selector) => [...document.querySelectorAll(selector)]
        .filter((l) => !l.closest('figure'))
        .map((l) => { const r = l.getBoundingClientRect(); return { text: l.textContent, x: r.left, y: r.top, w: r.width, h: r.height }; })
        .filter((r) => r.w >= 40 && r.y >= 0 && r.y + r.h <= innerHeight && r.x >= 6 && r.x + r.w + 6 <= innerWidth), selector);
    const png = decodePng(await page.screenshot());
    const lumaAt = (x, y) => { const i = (y * png.width + x) * 4; return luma(png.data[i], png.data[i + 1], png.data[i + 2]); };
    return lines.map((l) => {
        const y0 = Math.ceil(l.y + l.h * 0.25), y1 = Math.floor(l.y + l.h * 0.75);
        const x0 = Math.floor(l.x - 6), x1 = Math.ceil(l.x + l.w + 6), background = lumaAt(x0, y0);
        let left = -1, right = -1;
        for (let x = x0; x <= x1; x++)
            for (let y = y0; y <= y1; y++)
                if (Math.abs(lumaAt(x, y) - background) > 60) { if (left < 0) left = x; right = x + 1; break; }
        return { ...l, fromLeft: left - l.x, fromRight: right - (l.x + l.w) };
    });
}

test('each line of the text layer spans the text drawn under it, on the first layer and after a selection', TIMEOUT, async () => {
    // Each line is stretched to the width the canvas drew it at (PDF.js's text layer does
    // the same): a selection's highlight and a found word's box sit over the drawn words.
    const { page } = await open();
    const check = (lines, when) => {
        const off = lines.filter((l) => Math.abs(l.fromLeft) > 3 || Math.abs(l.fromRight) > 3);
        assert.ok(lines.length >= 20, `${when}: only ${lines.length} lines to check`);
        // A few lines have other ink within 6 px (a certainty badge, a legend's swatch).
        assert.ok(off.length <= lines.length * 0.15, `${when}: ${off.length} of ${lines.length} lines are not over their text: ` +
            JSON.stringify(off.slice(0, 6).map((l) => [l.text.slice(0, 24), +l.fromLeft.toFixed(1), +l.fromRight.toFixed(1)])));
        const ends = lines.map((l) => Math.abs(l.fromRight)).sort((a, b) => a - b);
        assert.ok(ends[Math.floor(ends.length / 2)] <= 1.5, `${when}: lines end ${ends[Math.floor(ends.length / 2)]} px from their text (median)`);
    };
    check(await linesOverInk(page), 'first layer');
    const before = await page.evaluate(() => window.accord.getState().framesDrawn);
    await page.evaluate((id) => window.accord.select(id), PACK.amendments[1].id);
    await waitForRedraw(page, before);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));  // its scroll ends, the layer follows
    // The lines new with the selection: the opened change's and its details' (the items
    // not linked to it are dimmed, too faint for this check).
    const id = PACK.amendments[1].id;
    check(await linesOverInk(page, `#accord-details .accord-line, #accord-text li[data-i="${id}"] .accord-line`), 'after a selection');
    await page.context().close();
});

// The fonts each line of the layer is set in (DevTools' CSS.getPlatformFontsForNode),
// where they are not a face the page added.
async function systemFontsOfLines(page) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '#accord-text .accord-line' });
    const system = [];
    for (const nodeId of nodeIds) {
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        for (const font of fonts) if (!font.isCustomFont) system.push(font.familyName);
    }
    await cdp.detach();
    return { lines: nodeIds.length, system: [...new Set(system)] };
}

test('the text layer is set in the canvas\'s own faces, and a selection\'s highlight covers each line as drawn, in English and Arabic', TIMEOUT, async () => {
    // One font at one size, scaled per line (pre.js): every other size or weight of a
    // system font, and a fallback for the language switch's Arabic name, was a font the
    // renderer asked the browser process for.
    for (const query of ['', '?lang=ar']) {
        const { page } = await open(query);
        if (query) {
            // The Arabic faces arrive after the first frame; the layer follows the frame drawn with them.
            await page.waitForFunction(() => [...document.fonts].filter((f) => f.family === 'Accord Layer' && f.status === 'loaded').length >= 5);
            await page.waitForTimeout(600);
        }
        const fonts = await systemFontsOfLines(page);
        assert.ok(fonts.lines >= 100, `${query || 'English'}: only ${fonts.lines} lines`);
        assert.deepEqual(fonts.system, [], `${query || 'English'}: lines set in system fonts`);
        // A highlight is as tall as its font's ascent and descent: each face takes Noto
        // Sans's, so each line's is its box (Noto Sans Arabic's own would overlap the lines around).
        const off = await page.evaluate(() => [...document.querySelectorAll('#accord-text .accord-line')].map((l) => {
            const box = l.getBoundingClientRect(), range = document.createRange();
            range.selectNodeContents(l);
            const rects = [...range.getClientRects()];
            return { text: l.textContent.slice(0, 20), box: [box.top, box.bottom], lit: [Math.min(...rects.map((r) => r.top)), Math.max(...rects.map((r) => r.bottom))] };
        }).filter((l) => Math.abs(l.lit[0] - l.box[0]) > 1 || Math.abs(l.lit[1] - l.box[1]) > 1));
        assert.deepEqual(off.slice(0, 5), [], `${query || 'English'}: ${off.length} lines highlight outside their box`);
        // And each line spans the text drawn under it, once every face is in: in the
        // Arabic edition too, which the check of the first layer above does not cover.
        const lines = await linesOverInk(page);
        const astray = lines.filter((l) => Math.abs(l.fromLeft) > 3 || Math.abs(l.fromRight) > 3);
        assert.ok(lines.length >= 20 && astray.length <= lines.length * 0.15, `${query || 'English'}: ${astray.length} of ` +
            `${lines.length} lines are not over their text: ` + JSON.stringify(astray.slice(0, 4).map((l) => [l.text.slice(0, 16), +l.fromLeft.toFixed(1), +l.fromRight.toFixed(1)])));
        await page.context().close();
    }
});

test('selection and copy: a drag selects a card\'s text; select-all reads in order with sources', TIMEOUT, async () => {
    const { page } = await open();
    const box = await page.evaluate(({ id, text }) => {
        const lines = [...document.querySelectorAll(`#accord-text li[data-i="${id}"] .accord-line`)];
        const line = lines.find((l) => l.textContent.startsWith(text.slice(0, 12)));
        line.scrollIntoView({ block: 'center' });
        const r = line.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
    }, { id: PACK.amendments[0].id, text: PACK.amendments[0].framework_says.text });
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    const dragged = await page.evaluate(() => window.getSelection().toString());
    assert.ok(dragged.length > 20, `a drag selected "${dragged}"`);
    assert.ok(PACK.amendments[0].framework_says.text.startsWith(dragged.slice(0, 10)), `selected "${dragged}"`);

    const all = await page.evaluate(() => {
        window.getSelection().selectAllChildren(document.getElementById('accord-text'));
        return window.getSelection().toString();
    });
    let at = -1;
    for (const title of titles.amendments) {
        const i = all.indexOf(title);
        assert.ok(i > at, `"${title}" is missing or out of order in the selected text`);
        at = i;
    }
    assert.ok(all.includes(PACK.sources[0].publisher), 'the sources are not in the selected text');
    // Lines are separated when copied: a title never runs into the next line's first word.
    assert.ok(!all.includes(titles.amendments[0] + PACK.amendments[0].framework_says.text.slice(0, 5)));
    await page.context().close();
});

test('the document scrolls, not the canvas; the canvas stays one viewport for a very tall pack', TIMEOUT, async () => {
    // A pack about ten thousand pixels tall: the default pack with its milestones repeated.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-tall-'));
    try {
        for (const name of fs.readdirSync(WWW)) fs.cpSync(path.join(WWW, name), path.join(root, name), { recursive: true });
        const tall = structuredClone(PACK);
        for (let copy = 1; copy <= 5; ++copy)
            for (const m of PACK.milestones) tall.milestones.push({ ...m, id: `${m.id}-copy${copy}` });
        fs.writeFileSync(path.join(root, 'packs', 'tall.json'), JSON.stringify(tall));
        const tallSession = await launchSession({ root, browser: shared.browser });
        try {
            const { page } = await open('?pack=packs/tall.json', { width: 1440, height: 900 }, tallSession);
            const before = await page.evaluate(() => ({
                doc: document.documentElement.scrollHeight, canvas: [document.getElementById('canvas').width, document.getElementById('canvas').height],
                dpr: window.devicePixelRatio, vw: window.innerWidth, vh: window.innerHeight }));
            console.log(`tall pack: document ${before.doc} px; canvas backing store ${before.canvas.join('x')} ` +
                `for a ${before.vw}x${before.vh} viewport`);
            assert.ok(before.doc >= 10_000, `the tall pack is only ${before.doc} px tall`);
            assert.ok(before.canvas[0] * before.canvas[1] <= 1.5 * before.vw * before.vh * before.dpr ** 2,
                `the canvas's backing store ${before.canvas.join('x')} exceeds 1.5x the viewport`);
            await page.mouse.move(300, 450);
            await page.mouse.wheel(0, 2000);
            await page.waitForFunction(() => window.scrollY >= 1500, null, { timeout: 5_000 });
            await page.waitForFunction(() => Math.abs(window.accord.getState().scrollY - window.scrollY) < 2);
            await saveScreenshot(page, 'reader-tall-scrolled.png');
            await page.context().close();
        } finally {
            await tallSession.close();
        }
    } finally {
        fs.rmSync(root, { recursive: true, force: true });
    }
});

test('narrow screens and 200% zoom: no horizontal scrolling', TIMEOUT, async () => {
    // 1280 px at 200% zoom lays out as 640 CSS px; WCAG 1.4.10 asks for 320 px.
    for (const width of [320, 640]) {
        const { page, log } = await open('', { width, height: 720 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${width} px: the page scrolls sideways by ${overflow} px`);
        assert.deepEqual(log.errors, []);
        await saveScreenshot(page, `reader-${width}.png`);
        await page.context().close();
    }
});

test('selecting a change shows the lines it touches: in the viewport, under no panel', TIMEOUT, async () => {
    const { page } = await open('', { width: 1440, height: 900 });
    for (const amendment of PACK.amendments) {
        const linkedFeatures = amendment.links?.map ?? [];
        if (!linkedFeatures.length) continue;
        // Click the change's title, as a reader would, after scrolling it into view.
        const box = await page.evaluate((id) => {
            const b = document.querySelector(`#accord-text button[data-t="${id}"]`);
            b.scrollIntoView({ block: 'start' });
            const r = b.getBoundingClientRect();
            return { x: r.left + Math.min(40, r.width / 2), y: r.top + r.height / 2 };
        }, amendment.id);
        await page.waitForTimeout(300);
        await page.mouse.click(box.x, box.y);
        await page.waitForFunction((id) => window.accord.getState().selected === id, amendment.id, { timeout: 5_000 });
        // Scroll down through the details, as a reader reads them: the map stays in sight.
        await page.mouse.move(200, 450);
        await page.mouse.wheel(0, 400);
        await page.waitForTimeout(600);  // the sticky map follows once the scroll settles
        const { items, panels } = await page.evaluate(() => ({
            items: window.accord.items().filter((item) => item.rect).map((item) => ({ id: item.id, ...item.rect })),
            panels: [...document.querySelectorAll('#accord-details .accord-line')].map((l) => l.getBoundingClientRect().toJSON()),
        }));
        for (const id of linkedFeatures) {
            const r = items.find((it) => it.id === id);
            assert.ok(r, `${amendment.id}: linked ${id} is not on screen (items: ${items.map((i) => i.id).join(', ')})`);
            assert.ok(r.y >= 0 && r.y + r.height <= 900, `${amendment.id}: ${id} is outside the viewport (${r.y})`);
            const covered = panels.some((p) => r.x < p.right && p.left < r.x + r.width && r.y < p.bottom && p.top < r.y + r.height);
            assert.ok(!covered, `${amendment.id}: the details cover ${id}`);
        }
        await saveScreenshot(page, `reader-selected-${amendment.id}.png`);
    }
    // A click gave the selected change's element the focus: Tab goes on from there.
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-t'));
    assert.equal(focused, PACK.amendments[PACK.amendments.length - 1].id);
    await page.context().close();
});

// The layer is brought up to date in place after each layout (pre.js, patch): what
// stays the same keeps its element. What it ends as must be exactly what a page that
// opened at that place built from nothing, or the page would lie about the pixels.
test('the text layer is updated in place: after many selections it equals a fresh page\'s, and its elements stay', TIMEOUT, async () => {
    const viewport = { width: 1440, height: 900 };
    // Tag, sorted attributes, text; every element, in order.
    const layerTree = (page) => page.evaluate(() => {
        const walk = (node) => node.nodeType === 3 ? JSON.stringify(node.data)
            : `<${node.nodeName} ${[...node.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort().join(' ')}>` +
              [...node.childNodes].map(walk).join('') + `</${node.nodeName}>`;
        return walk(document.getElementById('accord-text'));
    });
    const settled = (page) => page.evaluate(async () => {
        await new Promise((resolve) => setTimeout(resolve, 800));  // a scroll to the selection ends
        window.scrollTo({ top: 0, behavior: 'instant' });
        await new Promise((resolve) => setTimeout(resolve, 400));  // the layer follows a scroll once it settles
        for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    const { page } = await open('', viewport);
    await page.evaluate((id) => {
        window.keptTitle = document.querySelector('#accord-text h1');
        window.keptButton = document.querySelector(`#accord-text button[data-t="${id}"]`);
    }, PACK.amendments[0].id);
    const tour = [PACK.amendments[0].id, PACK.phases[1].id, PACK.amendments[2].id, PACK.milestones[0].id, '', PACK.amendments[1].id];
    for (const id of tour) {
        await page.evaluate((id) => window.accord.select(id), id);
        await page.waitForFunction((id) => (window.accord.getState().selected || '') === id, id);
        await settled(page);
    }
    const last = tour[tour.length - 1];
    assert.ok(await page.evaluate((id) => !!document.querySelector(`#accord-details`) &&
                                            document.querySelector(`#accord-text button[data-t="${id}"]`).getAttribute('aria-expanded') === 'true', last),
              'the last selection opened its details');
    assert.ok(await page.evaluate(() => window.keptTitle.isConnected), 'the title\'s element was replaced, not kept');
    // A button whose state changed (pressed, then not) is the same element: a reader's
    // pointer, or a script holding it, does not lose it to a selection.
    assert.ok(await page.evaluate(() => window.keptButton.isConnected && window.keptButton.getAttribute('aria-pressed') === 'false'),
              'the first change\'s button was replaced by a selection, not updated');
    const patched = await layerTree(page);

    const fresh = await open(`#item=${last}`, viewport);
    await fresh.page.waitForFunction((id) => window.accord.getState().selected === id, last);
    await settled(fresh.page);
    const built = await layerTree(fresh.page);
    assert.ok(built.length > 10_000, 'the fresh layer is empty');
    if (patched !== built) {
        let i = 0;
        while (patched[i] === built[i]) i++;
        assert.fail(`the updated layer differs from a fresh one at character ${i}:\n updated: …${patched.slice(Math.max(0, i - 120), i + 200)}\n fresh:   …${built.slice(Math.max(0, i - 120), i + 200)}`);
    }
    await fresh.page.context().close();
    await page.context().close();
});

// The widget draws the slice of its content the page has scrolled to. A change of view
// resets the widget's own scroll without the page scrolling; the layer that follows
// must tell the widget where the page is, or it draws (and hits) another slice.
test('after a change of view the widget still draws the slice the page is scrolled to', TIMEOUT, async () => {
    const { page } = await open('', { width: 390, height: 844 });
    const slice = () => page.evaluate(() => ({
        widget: window.accord.getState().scrollY,
        page: Math.max(0, -document.getElementById('accord-stage').getBoundingClientRect().top),
    }));
    await page.evaluate(() => window.scrollTo({ top: 900, behavior: 'instant' }));
    await page.waitForTimeout(500);
    let s = await slice();
    assert.ok(s.page > 500, `the page did not scroll (${s.page})`);
    assert.ok(Math.abs(s.widget - s.page) < 1, `before: widget ${s.widget}, page ${s.page}`);
    // To a view as tall (the page keeps its place) and to a shorter one (the page's
    // scroll is clamped).
    for (const view of ['amendments', 'map']) {
        await page.evaluate((view) => { location.hash = `#view=${view}`; }, view);
        await page.waitForFunction((view) => window.accord.getState().view === view, view);
        await page.waitForTimeout(500);
        s = await slice();
        assert.ok(Math.abs(s.widget - s.page) < 1, `after the change to ${view}: the widget draws from ${s.widget}, the page is at ${s.page}`);
    }
    await page.context().close();
});

test('forced colours and more contrast give the canvas its high-contrast palette, live', TIMEOUT, async () => {
    const { page } = await open('#item=' + PACK.amendments[1].id);
    assert.equal((await page.evaluate(() => window.accord.getState())).highContrast, false);
    await page.emulateMedia({ forcedColors: 'active' });
    await page.waitForFunction(() => window.accord.getState().highContrast === true, null, { timeout: 5_000 });
    await page.waitForTimeout(200);
    await saveScreenshot(page, 'reader-forced-colors.png');
    // Pure paper behind the widget, and borders in full ink: sample the drawn pixels.
    const png = await canvasPng(page);
    const paper = [png.data[0], png.data[1], png.data[2]];
    let darkest = 255;
    for (let i = 0; i < png.data.length; i += 4) darkest = Math.min(darkest, Math.max(png.data[i], png.data[i + 1], png.data[i + 2]));
    assert.deepEqual(paper, [255, 255, 255], 'the background is not pure white');
    assert.ok(darkest <= 10, `nothing is drawn in black (darkest channel ${darkest})`);
    await page.emulateMedia({ forcedColors: 'none' });
    await page.waitForFunction(() => window.accord.getState().highContrast === false, null, { timeout: 5_000 });
    await page.context().close();
});
