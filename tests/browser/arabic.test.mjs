// arabic.test.mjs — the Arabic edition (?lang=ar: the pack's translation beside it) and a
// Hebrew pack, in Debian's headless Chromium: drawn shaped and mirrored (screenshots at
// 360 and 1440 px, light and dark, a change selected), the text layer in the pack's
// language and direction, axe-clean, the fonts fetched only when a pack needs them.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { sharedSession, waitForFirstFrame, consoleLog, saveScreenshot, canvasStats, drawnItems, WWW, DEFAULT_SOURCE } from './launch.mjs';

const TIMEOUT = { timeout: 90_000 };
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARABIC_SOURCE = DEFAULT_SOURCE.replace(/\.json$/, '.ar.json');
const ARABIC = JSON.parse(fs.readFileSync(path.join(WWW, ARABIC_SOURCE), 'utf8'));
const HEBREW = fs.readFileSync(path.resolve('tests/fixtures/hebrew/pack.json'), 'utf8');
const shared = sharedSession(WWW);

async function open(query, { width = 1440, height = 900, colorScheme = 'light', route = null } = {}) {
    const page = await shared.session.openPage({ width, height, colorScheme });
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    if (route) await page.route(route.url, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: route.body }));
    await page.goto(shared.session.url + query);
    const state = await waitForFirstFrame(page);
    // The faces arrive after the first frame: wait until the widget has drawn with them.
    await page.waitForTimeout(600);
    return { page, state, requests, log: consoleLog(page) };
}

const layerAttributes = (page) => page.evaluate(() => {
    const layer = document.getElementById('accord-text');
    return { lang: layer.getAttribute('lang'), dir: layer.getAttribute('dir'), text: layer.innerText };
});

test('?lang=ar loads the Arabic edition: right to left, in Arabic, its fonts fetched, at 360 and 1440 px, light and dark', TIMEOUT, async () => {
    const change = ARABIC.amendments[1];
    for (const [width, height, colorScheme] of [[1440, 900, 'light'], [360, 740, 'dark'], [1440, 900, 'dark'], [360, 740, 'light']]) {
        const what = `${width}x${height} ${colorScheme}`;
        const { page, state, requests, log } = await open(`?lang=ar#item=${change.id}&view=amendments`, { width, height, colorScheme });
        assert.equal(state.status, 'ready', `${what}: ${state.error}`);
        assert.equal(state.pack.source, ARABIC_SOURCE);
        assert.equal(state.pack.title, ARABIC.meta.title);
        assert.equal(state.selected, change.id);
        assert.ok(requests.includes('/fonts/arabic-regular.ttf') && requests.includes('/fonts/arabic-bold.ttf'), `${what}: ${requests.join(' ')}`);
        const layer = await layerAttributes(page);
        assert.equal(layer.lang, 'ar');
        assert.equal(layer.dir, 'rtl');
        // The DOM holds the words as written (not presentation forms), for screen readers and copy.
        const flat = (t) => t.replace(/\s+/g, '');
        assert.ok(flat(layer.text).includes(flat(ARABIC.meta.title)), `${what}: the title as written is not in the text layer`);
        assert.ok(!/[\uFE70-\uFEFC]/.test(layer.text), `${what}: shaped presentation forms leaked into the text layer`);
        assert.ok(layer.text.includes('\u0634\u0627\u0631\u0643') || layer.text.includes('\u0645\u0634\u0627\u0631\u0643\u0629'), `${what}: the interface is not in Arabic`);
        // Mirrored: the title's line ends at the right margin; the first item drawn in the
        // timeline column sits right of the page's middle on a wide screen.
        const title = await page.evaluate(() => {
            const h1 = document.querySelector('#accord-text h1 .accord-line') || document.querySelector('#accord-text h1');
            const r = h1.getBoundingClientRect();
            return { left: r.left, right: r.right };
        });
        assert.ok(title.right > width - 60, `${what}: the title ends at ${title.right}, not at the right margin`);
        if (width >= 1200) {
            const milestones = (await drawnItems(page)).filter((it) => it.kind === 'milestone' && it.onScreen);
            const mapItems = (await drawnItems(page)).filter((it) => it.kind === 'map-feature');
            if (milestones.length) assert.ok(milestones.every((it) => it.x > width / 2), `${what}: the timeline is not on the right`);
            if (mapItems.length) assert.ok(mapItems.every((it) => it.x < width / 2), `${what}: the map is not on the left`);
        }
        const stats = await canvasStats(page);
        assert.ok(stats.nonBackground > 0.02 && stats.colours > 20, `${what}: blank canvas`);
        assert.deepEqual(log.errors, [], `${what}: console errors`);
        await saveScreenshot(page, `arabic-${width}x${height}-${colorScheme}.png`);
        await page.context().close();
    }
});

test('the English first load fetches no right-to-left font; ?lang=ar survives a reload', TIMEOUT, async () => {
    const english = await open('');
    assert.deepEqual(english.requests.filter((p) => p.startsWith('/fonts/')), [], 'an English page fetched a font');
    await english.page.context().close();
    const { page } = await open('?lang=ar');
    await page.reload();
    const state = await waitForFirstFrame(page);
    assert.equal(state.pack.source, ARABIC_SOURCE);
    await page.context().close();
});

test('axe finds no violations in the Arabic edition, whose text layer says lang="ar" dir="rtl"', TIMEOUT, async () => {
    for (const [width, height] of [[1440, 900], [360, 740]]) {
        const { page } = await open(`?lang=ar#item=${ARABIC.amendments[0].id}&view=amendments`, { width, height });
        await page.addScriptTag({ content: AXE });
        const result = await page.evaluate(async () => {
            const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
            return { violations: r.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0]?.target})`),
                nodes: document.querySelectorAll('#accord-text[lang="ar"][dir="rtl"] *').length };
        });
        assert.ok(result.nodes > 100, `axe ran over an (almost) empty Arabic text layer (${result.nodes})`);
        assert.deepEqual(result.violations, [], `axe at ${width}x${height}`);
        await page.context().close();
    }
});

test('a Hebrew pack renders right to left, with the Hebrew face', TIMEOUT, async () => {
    const { page, state, requests } = await open('?pack=packs/hebrew-test.json', { route: { url: '**/packs/hebrew-test.json', body: HEBREW } });
    assert.equal(state.status, 'ready', state.error);
    assert.ok(requests.includes('/fonts/hebrew-regular.ttf'), requests.join(' '));
    assert.ok(!requests.some((p) => p.startsWith('/fonts/arabic')), 'a Hebrew pack fetched the Arabic face');
    const layer = await layerAttributes(page);
    assert.equal(layer.lang, 'he');
    assert.equal(layer.dir, 'rtl');
    assert.ok(layer.text.replace(/\s+/g, '').includes(JSON.parse(HEBREW).meta.title.replace(/\s+/g, '')));
    await saveScreenshot(page, 'hebrew-1440x900.png');
    await page.context().close();
});

test('the language switch opens the other edition at the same place, and back', TIMEOUT, async () => {
    const change = ARABIC.amendments[2];
    const { page } = await open(`#item=${change.id}&view=amendments`);
    const toArabic = page.locator('[data-t="control:language-1"]');
    assert.equal(await toArabic.count(), 1, 'no switch to the Arabic edition');
    await toArabic.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    let box = await toArabic.boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL((u) => u.searchParams.get('lang') === 'ar', { timeout: 10_000 });
    let state = await waitForFirstFrame(page);
    assert.equal(state.pack.source, ARABIC_SOURCE);
    assert.equal(state.selected, change.id, 'the place survived the switch');
    const toEnglish = page.locator('[data-t="control:language-0"]');
    assert.equal(await toEnglish.count(), 1, 'no switch back to English');
    await toEnglish.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    box = await toEnglish.boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL((u) => !u.searchParams.has('lang'), { timeout: 10_000 });
    state = await waitForFirstFrame(page);
    assert.equal(state.pack.source, DEFAULT_SOURCE);
    assert.equal(state.selected, change.id);
    await page.context().close();
});

test('Latin letters no shipped pack uses: the rest of the Latin faces is fetched for such a pack, and draws them', TIMEOUT, async () => {
    // The web build embeds only the Latin characters its interface and shipped packs
    // write (cmake/fonts/latin_split.py): the default page fetches no face at all.
    const plain = await open('');
    assert.deepEqual(plain.requests.filter((p) => p.includes('/fonts/')), [], 'the default page fetches no face');
    await plain.page.context().close();

    const minimal = JSON.parse(fs.readFileSync(path.resolve('tests/fixtures/valid/minimal.json'), 'utf8'));
    minimal.meta.title = 'Øresund Œuvre ÆØÅ æøå Þórsdóttir';
    const body = JSON.stringify(minimal);
    const route = { url: '**/packs/latin-test.json', body };
    // The title's place, from the text layer (its h1 lies over the drawn title).
    const titleBox = (page) => page.evaluate(() => {
        const h = document.querySelector('#accord-text h1');
        if (!h) return null;
        const range = document.createRange();
        range.selectNodeContents(h);  // its lines are positioned blocks: the h1 itself has no height
        const r = range.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
    });
    const loaded = await open('?pack=packs/latin-test.json', { route });
    assert.equal(loaded.state.status, 'ready', `the pack did not load: ${loaded.state.error}`);
    assert.deepEqual(loaded.requests.filter((p) => p.includes('/fonts/')).sort(),
        ['/fonts/latin-rest-bold.ttf', '/fonts/latin-rest-regular.ttf']);
    assert.deepEqual(loaded.log.warnings.filter((w) => /could not load the font/.test(w)), []);
    const box = await titleBox(loaded.page);
    assert.ok(box && box.width > 50, 'the title is in the text layer');
    const withFaces = await loaded.page.screenshot({ clip: box });

    // The same pack with the faces refused: the letters are ImGui's fallback instead.
    const page = await shared.session.openPage({ width: 1440, height: 900 });
    await page.route('**/fonts/latin-rest-*.ttf', (r) => r.abort());
    await page.route(route.url, (r) => r.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto(shared.session.url + '?pack=packs/latin-test.json');
    await waitForFirstFrame(page);
    await page.waitForTimeout(600);
    assert.ok(consoleLog(page).warnings.some((w) => /could not load the font fonts\/latin-rest/.test(w)),
        'a refused face is said in the console');
    const without = await page.screenshot({ clip: box });
    assert.notDeepEqual(withFaces, without, 'the fetched faces change what the title draws');
    await saveScreenshot(loaded.page, 'latin-rest-1440');
    await page.context().close();
    await loaded.page.context().close();
});

test('a face that arrives as something else (an HTML page with status 200) is refused in words, and the text still draws', TIMEOUT, async () => {
    const page = await shared.session.openPage({ width: 1440, height: 900 });
    await page.route('**/fonts/arabic-*.ttf', (r) => r.fulfill({ status: 200, contentType: 'font/ttf', body: '<!doctype html><title>Not found</title>' }));
    await page.goto(shared.session.url + '?lang=ar');
    const state = await waitForFirstFrame(page);
    assert.equal(state.status, 'ready');
    await page.waitForTimeout(600);
    const log = consoleLog(page);
    assert.ok(log.errors.some((e) => /not a TrueType or OpenType face/.test(e)), log.errors.join('\n'));
    assert.deepEqual(log.pageErrors, []);
    // The Latin text (the header's "English", the sources) still draws: the canvas is not blank.
    const stats = await canvasStats(page);
    assert.ok(stats.nonBackground > 0.01 && stats.colours > 8, 'the canvas still shows the diagram');
    await page.context().close();
});
