#!/usr/bin/env node
// make_share.mjs — what a link to a pack shows in a chat, a social network or a CMS,
// made from the built widget itself in headless Chromium (Debian's, as in the tests):
//   share/<pack-id>.png              the page: 1200x630, as the widget first appears
//   share/<pack-id>/<change-id>.png  each change, selected
//   oembed/<pack-id>.json            the oEmbed answer: its html is the embed snippet, with
//                                    the heights the widget measured from 320 to 1920 px
//                                    reserved (no layout shift in the host page)
// The tags that point here are written by accord-pack (src/core/export/share_tags.h).
//
//   node cmake/share/make_share.mjs --www build/web-release/www --pack packs/x.json
//        [--default] [--site-url https://news.example/accord/] [--stamp FILE]
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, waitForFirstFrame } from '../../tests/browser/launch.mjs';
import { startServer } from '../../tests/browser/serve.mjs';

const args = {};
for (let i = 2; i < process.argv.length; i++) {
    const a = process.argv[i];
    if (a === '--default') args.default = true;
    else if (a.startsWith('--')) args[a.slice(2)] = process.argv[++i];
}
if (!args.www || !args.pack) {
    console.error('usage: make_share.mjs --www DIR --pack packs/FILE.json [--default] [--site-url URL] [--stamp FILE]');
    process.exit(2);
}
// Widths to measure: phones, the two-column and three-column layouts on both sides of
// their breakpoints (720, 1200 px), and wide screens. embed.js interpolates between them.
const WIDTHS = [320, 360, 414, 600, 719, 720, 900, 1199, 1200, 1440, 1920];
const IMAGE = { width: 1200, height: 630 };
const site = args['site-url'] || '';
const pack = JSON.parse(fs.readFileSync(path.join(args.www, args.pack), 'utf8'));
const query = args.default ? '' : '?pack=' + args.pack;
const id = pack.meta.id;

const server = await startServer({ root: args.www });
const browser = await launchBrowser();
try {
    // One fresh context per picture: no state carried from one to the next.
    async function open(viewport, fragment = '') {
        const context = await browser.newContext({ viewport, deviceScaleFactor: 1, colorScheme: 'light' });
        const page = await context.newPage();
        await page.goto(server.url + query + fragment);
        const state = await waitForFirstFrame(page);
        if (state.status !== 'ready') throw new Error(`${args.pack}${fragment}: the widget says ${state.status}: ${state.error}`);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        return { context, page, state };
    }
    async function picture(file, fragment) {
        const { context, page } = await open(IMAGE, fragment);
        await page.waitForTimeout(250);  // the sticky canvas has followed a deep link's scroll
        fs.mkdirSync(path.dirname(file), { recursive: true });
        await page.screenshot({ path: file });
        await context.close();
    }
    await picture(path.join(args.www, 'share', id + '.png'), '');
    for (const change of pack.amendments)
        await picture(path.join(args.www, 'share', id, change.id + '.png'), `#item=${change.id}&view=amendments`);

    const heights = [];
    for (const width of WIDTHS) {
        const { context, state } = await open({ width, height: 900 });
        heights.push(`${width}:${Math.ceil(state.contentHeight)}`);
        await context.close();
    }
    const attr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    // No src: embed.js opens the widget beside itself (the default pack).
    const src = site + query ? ` src="${attr(site + query)}"` : '';
    const snippet = `<div data-accord${src} data-height="${heights.join(' ')}" data-title="${attr(pack.meta.title)}"></div>` +
        `<script async src="${attr(site)}embed.js"></script>`;
    const oembed = {
        version: '1.0', type: 'rich', title: pack.meta.title, provider_name: pack.meta.credits[0] || 'Accord',
        html: snippet, width: 768, height: Number(heights[WIDTHS.indexOf(900)].split(':')[1]),
        thumbnail_url: `${site}share/${id}.png`, thumbnail_width: IMAGE.width, thumbnail_height: IMAGE.height,
    };
    if (site) oembed.provider_url = site;
    fs.mkdirSync(path.join(args.www, 'oembed'), { recursive: true });
    fs.writeFileSync(path.join(args.www, 'oembed', id + '.json'), JSON.stringify(oembed, null, 2) + '\n');
    if (args.stamp) fs.writeFileSync(args.stamp, heights.join(' ') + '\n');
    console.log(`share: ${id}: ${1 + pack.amendments.length} images, oEmbed with heights ${heights.join(' ')}` +
        (site ? '' : ' (relative addresses: set ACCORD_SITE_URL for link previews on other sites)'));
} finally {
    await browser.close();
    await server.close();
}
