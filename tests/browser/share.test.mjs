// share.test.mjs — the Share button shares the reader's place: the Web Share API where
// the browser has it, else the clipboard, else the link shown to copy by hand; the
// copied link opens the widget at the same place. The build's link previews: a 1200x630
// image of the page and of each change, Open Graph / Twitter tags, a page per change
// that previews it and opens the widget at it, and an oEmbed answer whose snippet works.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { sharedSession, waitForFirstFrame, consoleLog, saveScreenshot, decodePng, pngStats, pngDifference, serveFiles, WWW, defaultPack } from './launch.mjs';

const TIMEOUT = { timeout: 60_000 };
const PACK = defaultPack();
const CHANGE = PACK.amendments[1];
const shared = sharedSession(WWW);
const SHARE_BUTTON = '[data-t="control:share"], [data-t="control:share-details"]';

// `init` runs before the page's scripts: it sets up navigator.share / clipboard.
async function openWith(init, { width = 1440, height = 900, query = '' } = {}) {
    const page = await shared.session.openPage({ width, height });
    if (init) await page.addInitScript(init);
    await page.goto(shared.session.url + query + '#item=' + CHANGE.id + '&view=amendments');
    await waitForFirstFrame(page);
    return page;
}

// `which`: 0 the header's button, 1 the one in the selection's details.
async function clickShare(page, which = 1) {
    const buttons = page.locator(SHARE_BUTTON);
    assert.equal(await buttons.count(), 2, 'a Share button in the header and one in the details');
    const button = buttons.nth(which);
    assert.equal(await button.getAttribute('aria-label'), 'Share a link to what you are looking at');
    await button.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);  // the sticky canvas follows the scroll
    const box = await button.boundingBox();
    assert.ok(box && box.width >= 24 && box.height >= 24, `the Share button's box: ${JSON.stringify(box)}`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const noticeIs = (page, text) => page.waitForFunction((t) => window.accord.getState().notice === t, text, { timeout: 5_000 });

test('without Web Share the link is copied, said, and opens the widget at the same place', TIMEOUT, async () => {
    const page = await openWith(() => { Object.defineProperty(Navigator.prototype, 'share', { value: undefined }); });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shared.session.url });
    assert.equal((await page.evaluate(() => window.accord.getState())).selected, CHANGE.id);
    await clickShare(page);
    await noticeIs(page, 'Link copied');
    // The live region follows the state at the next frame (web_bridge.cpp, PublishState):
    // the copy's promise may settle between that frame's callbacks and this poll's.
    await page.waitForFunction(() => document.getElementById('accord-status').textContent.trim() === 'Link copied', null, { timeout: 5_000 })
        .catch(() => {});
    assert.equal((await page.textContent('#accord-status')).trim(), 'Link copied', 'the live region says it');
    await page.waitForFunction(() => document.getElementById('accord-text').innerText.includes('Link copied'), null, { timeout: 5_000 });
    await saveScreenshot(page, 'share-copied-1440x900.png');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(link.includes('item=' + CHANGE.id), `the copied link: ${link}`);
    assert.equal((await page.evaluate(() => window.accord.getState())).selected, CHANGE.id, 'sharing kept the place');

    const again = await shared.session.openPage({ width: 360, height: 640 });
    await again.goto(link);
    const state = await waitForFirstFrame(again);
    assert.equal(state.selected, CHANGE.id, 'the copied link restores the selection');
    assert.equal(state.view, 'amendments', 'and the view');
    // The notice goes by itself, and the widget then stops drawing again.
    await page.waitForFunction(() => window.accord.getState().notice === null, null, { timeout: 8_000 });
    assert.deepEqual(consoleLog(page).errors, []);
    await page.context().close();
    await again.context().close();
});

test('with Web Share the place is handed to the share sheet; closing it says nothing', TIMEOUT, async () => {
    const page = await openWith(() => {
        window.__shared = [];
        let cancel = false;
        window.__cancelNext = () => { cancel = true; };
        Object.defineProperty(Navigator.prototype, 'share', {
            value: (data) => { window.__shared.push(data); const c = cancel; cancel = false;
                return c ? Promise.reject(new DOMException('closed', 'AbortError')) : Promise.resolve(); },
        });
    }, { query: '?initialWidth=600&childId=accord&parentUrl=' + encodeURIComponent('https://host.example/a') });
    await clickShare(page, 0);
    await noticeIs(page, 'Shared');
    const [data] = await page.evaluate(() => window.__shared);
    assert.ok(data.url.includes('#item=' + CHANGE.id), data.url);
    assert.ok(!/initialWidth|childId|parentUrl/.test(data.url), `pym.js's parameters are the host's: ${data.url}`);
    assert.ok(data.title.startsWith(CHANGE.short_title || '') && data.title.includes(PACK.meta.title), `title: ${data.title}`);
    await page.waitForFunction(() => window.accord.getState().notice === null, null, { timeout: 8_000 });
    await page.evaluate(() => window.__cancelNext());
    await clickShare(page);
    await page.waitForFunction(() => window.__shared.length === 2, null, { timeout: 5_000 });
    await page.waitForTimeout(300);
    assert.equal((await page.evaluate(() => window.accord.getState())).notice, null, 'a closed share sheet is not a failure');
    await page.context().close();
});

test('with no clipboard either (a locked-down frame) the link is shown to copy by hand', TIMEOUT, async () => {
    const page = await openWith(() => {
        Object.defineProperty(Navigator.prototype, 'share', { value: undefined });
        Object.defineProperty(Navigator.prototype, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) } });
    }, { width: 360, height: 640 });
    await clickShare(page);
    await noticeIs(page, 'Copy this link');
    const url = await page.evaluate(() => location.href);
    // The text layer follows the next drawn frame.
    await page.waitForFunction((u) => document.getElementById('accord-text').innerText.replace(/\s+/g, '').includes(u), url, { timeout: 5_000 })
        .catch(async () => assert.fail(`the text layer does not show the link to select: ${url} in ${
            (await page.evaluate(() => document.getElementById('accord-text').innerText)).slice(0, 2000)}`));
    await saveScreenshot(page, 'share-by-hand-360x640.png');
    await page.context().close();
});

test('a kiosk has no Share button', TIMEOUT, async () => {
    const page = await openWith(null, { query: '?mode=kiosk' });
    assert.equal(await page.locator(SHARE_BUTTON).count(), 0);
    await page.context().close();
});

test('link previews: a 1200x630 image of the page and of each change, none blank, each its own', TIMEOUT, async () => {
    const read = (rel) => decodePng(fs.readFileSync(path.join(WWW, rel)));
    const pageImage = read(`share/${PACK.meta.id}.png`);
    const images = [pageImage, ...PACK.amendments.map((a) => read(`share/${PACK.meta.id}/${a.id}.png`))];
    for (const [i, png] of images.entries()) {
        assert.equal(`${png.width}x${png.height}`, '1200x630', `image ${i}`);
        const stats = pngStats(png);
        assert.ok(stats.nonBackground > 0.05 && stats.colours > 20, `image ${i} looks blank: ${JSON.stringify(stats)}`);
    }
    for (let i = 1; i < images.length; i++)
        assert.ok(pngDifference(images[0], images[i]) > 0.02, `change ${PACK.amendments[i - 1].id}'s image is the page's`);
});

test('link previews: the page has Open Graph and Twitter tags and a discoverable oEmbed answer whose snippet works', TIMEOUT, async () => {
    const page = await shared.session.openPage({ width: 1440, height: 900 });
    await page.goto(shared.session.url);
    await waitForFirstFrame(page);
    const tags = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('head meta[property], head meta[name^="twitter:"]')]
        .map((m) => [m.getAttribute('property') || m.getAttribute('name'), m.getAttribute('content')])));
    assert.equal(tags['og:title'], PACK.meta.title);
    assert.equal(tags['og:image'], `share/${PACK.meta.id}.png`);
    assert.equal(tags['og:image:width'], '1200');
    assert.equal(tags['twitter:card'], 'summary_large_image');
    assert.ok(tags['og:description'] && tags['twitter:image'], JSON.stringify(tags));
    const href = await page.evaluate(() => document.head.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.href);
    assert.ok(href, 'no oEmbed discovery link in the head');
    const html = await (await fetch(shared.session.url)).text();
    assert.ok(html.indexOf('application/json+oembed') < 150_000, 'the discovery link is within the first 150 KB');
    const response = await fetch(href);
    assert.equal(response.status, 200);
    const oembed = await response.json();
    assert.equal(oembed.version, '1.0');
    assert.equal(oembed.type, 'rich');
    assert.equal(oembed.title, PACK.meta.title);
    assert.ok(Number.isInteger(oembed.width) && Number.isInteger(oembed.height) && oembed.height > 300, JSON.stringify(oembed));
    assert.match(oembed.html, /^<div data-accord( src="[^"]*")? data-height="(\d+:\d+ )+1920:\d+"[^>]*><\/div><script async src="[^"]*embed\.js"><\/script>$/);
    await page.context().close();

    // The snippet, pasted into a host article as a CMS would (its relative addresses
    // made absolute, as ACCORD_SITE_URL does), reserves the height the widget then has.
    const snippet = oembed.html.replace('<script async src="', `<script async src="${shared.session.url}`);
    const host = await serveFiles({ 'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<style>body { margin: 0; }</style></head><body>
<h1>Host</h1>${snippet}<p>After.</p></body></html>` });
    try {
        const article = await shared.session.openPage({ width: 1440, height: 900 });
        await article.goto(host.url);
        const frame = article.locator('iframe');
        await frame.waitFor({ timeout: 10_000 });
        const reserved = (await frame.boundingBox()).height;
        await article.waitForFunction(() => [...document.querySelectorAll('iframe')].some((f) => f.dataset && f.style.height), null, { timeout: 20_000 });
        const inner = article.frameLocator('iframe');
        await inner.locator('html[data-accord="ready"]').waitFor({ timeout: 30_000 });
        await article.waitForTimeout(500);
        const final = (await frame.boundingBox()).height;
        assert.ok(Math.abs(final - reserved) <= 2, `the snippet reserved ${reserved} px; the widget is ${final} px`);
        await article.context().close();
    } finally {
        await host.close();
    }
});

test("link previews: a change's page previews that change and opens the widget at it", TIMEOUT, async () => {
    const page = await shared.session.openPage({ width: 1440, height: 900 });
    const url = `${shared.session.url}share/${PACK.meta.id}/${CHANGE.id}.html`;
    const text = await (await fetch(url)).text();
    assert.ok(text.includes(`<meta property="og:image" content="../../share/${PACK.meta.id}/${CHANGE.id}.png">`), text.slice(0, 800));
    assert.ok(text.includes('og:title" content="' + CHANGE.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;')), 'og:title is the change');
    await page.goto(url);
    await page.waitForURL((u) => u.hash.includes('item=' + CHANGE.id), { timeout: 10_000 });
    const state = await waitForFirstFrame(page);
    assert.equal(state.selected, CHANGE.id);
    await page.context().close();
});
