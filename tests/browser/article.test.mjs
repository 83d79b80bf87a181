// article.test.mjs — the pack as an article in the page (written at build time by
// `accord-pack html --page`): what readers see without JavaScript, while the widget
// loads, when it fails, and on paper.
//   node --test tests/browser/article.test.mjs   (ACCORD_WWW, ACCORD_ARTEFACTS override the paths)
// Needs pdftotext and pdftoppm (Debian's poppler-utils, installed by cmake/install-deps.sh).
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    launchSession, waitForFirstFrame, watchConsole, saveScreenshot, artefactsDir, decodePng,
    pngStats, luma,
} from './launch.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WWW = path.resolve(process.env.ACCORD_WWW || path.join(HERE, '..', '..', 'build', 'web-release', 'www'));
const DEFAULT_SOURCE = 'packs/' + (process.env.ACCORD_DEFAULT_PACK || 'gaza-framework-2025-07.json');  // set by CTest
const TIMEOUT = { timeout: 90_000 };
const ARTICLE = 'article.accord-article';

// The default pack the page was built with, read from the file it serves.
const pack = JSON.parse(fs.readFileSync(path.join(WWW, DEFAULT_SOURCE), 'utf8'));
const squash = (text) => text.replace(/\s+/g, ' ').trim();
const titles = [
    ...pack.phases.map((p) => ['phase', p.title]),
    ...pack.milestones.map((m) => ['milestone', m.title]),
    ...(pack.amendments || []).map((a) => ['change', a.title]),
    ...(pack.map?.features || []).map((f) => ['map feature', f.title]),
];
const publishers = [...new Set(pack.sources.map((s) => s.publisher))];

// One browser (the session's own) and server for the whole file.
let session, browser;
before(async () => { session = await launchSession({ root: WWW }); browser = session.browser; });
after(async () => { await session?.close(); });

function assertContainsAll(text, expected, where) {
    const haystack = squash(text);
    const missing = expected.filter(([, words]) => !haystack.includes(squash(words)));
    assert.deepEqual(missing, [], `${where} lacks these (kind, text)`);
}

// A page in a context of its own, JavaScript on or off.
async function openContext({ width, height, javaScriptEnabled = true, colorScheme = 'light', forcedColors } = {}) {
    const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled, colorScheme, forcedColors });
    const page = await context.newPage();
    watchConsole(page);
    return page;
}

// The page's largest contentful paint so far, as Chromium reports it over CDP (which
// works with the page's JavaScript off, unlike a PerformanceObserver): its tag, size,
// and whether it is inside the article.
async function largestContentfulPaint(page) {
    const cdp = await page.context().newCDPSession(page);
    const events = [];
    cdp.on('PerformanceTimeline.timelineEventAdded', ({ event }) => events.push(event));
    await cdp.send('PerformanceTimeline.enable', { eventTypes: ['largest-contentful-paint'] });  // buffered ones first
    const last = events.filter((e) => e.lcpDetails).pop();
    if (!last || !last.lcpDetails.nodeId) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: last.lcpDetails.nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId, returnByValue: true,
        functionDeclaration: 'function() { var e = this.nodeType === 1 ? this : this.parentElement; ' +
            'return {tag: e.tagName, inArticle: !!e.closest("article.accord-article")}; }',
    });
    await cdp.detach();
    return { ...result.value, size: last.lcpDetails.size };
}

test('without JavaScript the page is the article: every item, every source, the pack\'s title', TIMEOUT, async () => {
    for (const [width, height] of [[360, 740], [1440, 900]]) {
        const what = `no JavaScript, ${width}x${height}`;
        const page = await openContext({ width, height, javaScriptEnabled: false });
        await page.goto(session.url);
        const article = page.locator(ARTICLE);
        assert.ok(await article.isVisible(), `${what}: the article is not visible`);
        assert.equal(await article.getAttribute('lang'), pack.meta.language);
        assert.equal(await article.getAttribute('dir'), pack.meta.direction === 'rtl' ? 'rtl' : 'ltr');

        const text = await article.innerText();
        assertContainsAll(text, titles, `${what}: the article`);
        assertContainsAll(text, publishers.map((p) => ['source', p]), `${what}: the article's sources`);
        assert.equal(await page.locator(`${ARTICLE} .sources a[href^="https://"]`).count(), pack.sources.length,
            `${what}: every source is a link`);
        assert.ok(await page.locator(`${ARTICLE} .certainty`).count() >= pack.milestones.length + pack.phases.length,
            `${what}: claims carry their certainty`);

        // Crawlers and readers see the pack, not the page's build.
        const title = await page.title();
        assert.ok(title.includes(pack.meta.title), `${what}: document title "${title}"`);
        const description = await page.getAttribute('meta[name="description"]', 'content');
        assert.ok(description.includes(pack.meta.title) && description.includes(pack.meta.subtitle),
            `${what}: description "${description}"`);

        // What the reader sees first: the headline at the top, the text in a readable
        // column, nothing wider than the screen, no empty canvas box above it.
        const headline = await page.locator(`${ARTICLE} h1`).boundingBox();
        assert.ok(headline && headline.y < height / 3, `${what}: the headline is at y=${headline?.y}`);
        const box = await article.boundingBox();
        assert.ok(box.width <= 44 * 16 + 1, `${what}: the column is ${box.width}px wide`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${what}: ${overflow}px of horizontal overflow`);
        assert.equal(await page.locator('#accord-status').isVisible(), false, `${what}: "Loading…" shows`);

        const lcp = await largestContentfulPaint(page);
        assert.ok(lcp && lcp.inArticle, `${what}: the largest contentful paint is not in the article: ${JSON.stringify(lcp)}`);
        await saveScreenshot(page, `article-nojs-${width}x${height}.png`);
        if (width === 360) await page.screenshot({ path: path.join(artefactsDir(), 'article-nojs-360-full.png'), fullPage: true });
        await page.context().close();
    }
});

test('while the widget loads the article shows; once it is ready the widget takes its place', TIMEOUT, async () => {
    // Loading: hold the wasm back, so the page stays in its loading state.
    const loading = await openContext({ width: 1440, height: 900 });
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await loading.route('**/accord.wasm', async (route) => { await held; await route.continue().catch(() => {}); });
    await loading.goto(session.url, { waitUntil: 'domcontentloaded' });
    assert.ok(await loading.locator(ARTICLE).isVisible(), 'loading: the article is not visible');
    const headline = await loading.locator(`${ARTICLE} h1`).boundingBox();
    assert.ok(headline.y < 300, `loading: the headline is at y=${headline.y}, under the canvas's box`);
    const lcp = await largestContentfulPaint(loading);
    assert.ok(lcp && lcp.inArticle, `loading: the largest contentful paint is not in the article: ${JSON.stringify(lcp)}`);
    release();
    await loading.context().close();

    const page = await openContext({ width: 1440, height: 900 });
    await page.goto(session.url);
    const frame = await waitForFirstFrame(page);
    assert.equal(frame.status, 'ready');
    assert.equal(await page.getAttribute('html', 'data-accord'), 'ready');
    assert.ok(await page.locator(ARTICLE).isHidden(), 'ready: the article is still shown');
    assert.ok(await page.locator('#canvas').isVisible(), 'ready: the canvas is not visible');
    const canvas = await page.locator('#canvas').boundingBox();
    assert.equal(canvas.y, 0, 'ready: the canvas is not at the top of the page');
    await page.context().close();
});

test('when the pack cannot be loaded, the article stays visible', TIMEOUT, async () => {
    const page = await openContext({ width: 1440, height: 900 });
    await page.goto(session.url + '?pack=packs/missing.json');
    const frame = await waitForFirstFrame(page);
    assert.equal(frame.status, 'error');
    assert.equal(await page.getAttribute('html', 'data-accord'), 'error');
    assert.ok(await page.locator(ARTICLE).isVisible(), 'error: the article is hidden');
    assertContainsAll(await page.locator(ARTICLE).innerText(), titles.slice(0, 3), 'error: the article');
    await page.context().close();
});

test('printing gives the article: every change and the sources, no solid page', TIMEOUT, async () => {
    const dir = artefactsDir();
    const page = await openContext({ width: 1440, height: 900 });
    await page.goto(session.url);
    const frame = await waitForFirstFrame(page);
    assert.equal(frame.status, 'ready');
    const pdf = path.join(dir, 'article-print.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    await page.context().close();

    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    const changes = (pack.amendments || []).flatMap((a) => [['change', a.title], ['what it asks for', a.asked.text]]);
    assert.ok(changes.length > 0, 'the pack has no changes to look for');
    assertContainsAll(text, changes, 'the printed PDF');
    assertContainsAll(text, publishers.map((p) => ['source', p]), 'the printed PDF\'s sources');
    assert.ok(squash(text).includes(squash(pack.meta.title)), 'the printed PDF has no headline');
    assert.ok(!text.includes('Loading the explainer'), 'the status line was printed');

    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-print-'));
    try {
        execFileSync('pdftoppm', ['-png', '-r', '30', pdf, path.join(temp, 'page')]);
        const pages = fs.readdirSync(temp).filter((f) => f.endsWith('.png')).sort();
        assert.ok(pages.length >= 2, `the article printed on ${pages.length} page(s)`);
        for (const name of pages) {
            const stats = pngStats(decodePng(fs.readFileSync(path.join(temp, name))));
            assert.ok(stats.nonBackground > 0.01 && stats.colours > 4,
                `${name} is a solid fill (${(stats.nonBackground * 100).toFixed(2)}% non-background, ${stats.colours} colours)`);
            assert.ok(luma(...stats.background) > 200, `${name} is dark (background rgb(${stats.background}))`);
        }
    } finally {
        fs.rmSync(temp, { recursive: true, force: true });
    }
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(dir, 'article-print-page1')]);
});

test('the article follows forced colours and more contrast', TIMEOUT, async () => {
    const forced = await openContext({ width: 1440, height: 900, javaScriptEnabled: false, forcedColors: 'active' });
    await forced.goto(session.url);
    const f = await forced.evaluate(() => {
        const probe = document.createElement('span');
        probe.style.color = 'CanvasText';
        document.body.append(probe);
        const canvasText = getComputedStyle(probe).color;
        probe.remove();
        const card = getComputedStyle(document.querySelector('article.accord-article .amendment'));
        return {
            matches: matchMedia('(forced-colors: active)').matches, canvasText,
            certainty: getComputedStyle(document.querySelector('article.accord-article .certainty')).color,
            when: getComputedStyle(document.querySelector('article.accord-article .when')).color,
            cardBorder: `${card.borderTopStyle} ${card.borderTopWidth}`,
        };
    });
    assert.ok(f.matches, 'forced colours are not active in this context');
    assert.equal(f.certainty, f.canvasText, 'forced colours: certainty is not in the system text colour');
    assert.equal(f.when, f.canvasText, 'forced colours: a milestone\'s day is not in the system text colour');
    assert.match(f.cardBorder, /^solid [1-9]/, 'forced colours: a change\'s card lost its border');
    await forced.locator('.accord-article .milestones').scrollIntoViewIfNeeded();
    await saveScreenshot(forced, 'article-forced-colors-1440x900.png');
    await forced.context().close();

    const more = await browser.newContext({ viewport: { width: 1440, height: 900 }, javaScriptEnabled: false, contrast: 'more' });
    const page = await more.newPage();
    await page.goto(session.url);
    const c = await page.evaluate(() => ({
        matches: matchMedia('(prefers-contrast: more)').matches,
        dek: getComputedStyle(document.querySelector('article.accord-article .dek')).color,
        headline: getComputedStyle(document.querySelector('article.accord-article h1')).color,
    }));
    assert.ok(c.matches, 'prefers-contrast: more is not active in this context');
    assert.equal(c.dek, c.headline, 'more contrast: the dek is still a lighter grey than the headline');
    await more.close();
});
