// make_kiosk.mjs — writes build/kiosk/ from the normal builds (`make kiosk`):
//   accord-kiosk.html            the web build as one self-contained file: the page
//                                (index.html, with its no-JS article), accord.css,
//                                the icon, the packs, kiosk-shim.js, and the kiosk's
//                                accord.js and wasm (base64; the build that draws QR
//                                codes, beside www/: kiosk-runtime/) inlined; runs
//                                from file:// offline
//   accord, packs/<pack>.json    the native app (fonts are compiled into it) and its pack
//   accord-kiosk.service         an example systemd user service (Restart=always)
//   accord-kiosk-chromium.sh     opens accord-kiosk.html in Chromium's --kiosk mode
//   NOTICES/                     licence texts of what the binaries contain
//
//   node cmake/kiosk/make_kiosk.mjs --www build/web-release/www [--runtime build/web-release/kiosk-runtime]
//        [--native build/native-release/accord]
//        [--pack gaza-framework-2025-07.json] [--out build/kiosk]
// Without --native only the single file is written (what `make test` needs).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const args = { www: null, runtime: null, native: null, pack: null, out: 'build/kiosk' };
for (let i = 2; i < process.argv.length; i++) {
    const name = process.argv[i].replace(/^--/, '');
    if (!(name in args) || i + 1 >= process.argv.length) fail(`usage: make_kiosk.mjs --www DIR [--runtime DIR] [--native FILE] [--pack NAME] [--out DIR] (bad: ${process.argv[i]})`);
    args[name] = process.argv[++i];
}
if (!args.www) fail('--www is required (the web build: build/web-release/www)');
// The kiosk's build of the runtime: beside www/ unless said otherwise.
if (!args.runtime) args.runtime = path.join(path.dirname(path.resolve(args.www)), 'kiosk-runtime');

function fail(message) {
    console.error(`make_kiosk: ${message}`);
    process.exit(1);
}
function read(file, encoding = 'utf8') {
    if (!fs.existsSync(file)) fail(`${file} not found (run make web / make native first)`);
    return fs.readFileSync(file, encoding);
}
// Puts `text` inside a <script> or <style> element: only "</" and "<!--" can end or
// confuse raw text there. In JavaScript and JSON they can only occur inside strings
// (and, in JS, regular expressions), where "<\/" and "\x3c!--" mean the same.
function rawText(text, what) {
    return text.replace(/<\/(script|style)/gi, '<\\/$1').replace(/<!--/g, what === 'css' ? '<\\!--' : '\\x3c!--');
}
function replaceOnce(html, search, replacement) {
    const at = html.indexOf(search);
    if (at < 0 || html.indexOf(search, at + 1) >= 0) fail(`the page should contain ${search} exactly once`);
    return html.slice(0, at) + replacement + html.slice(at + search.length);
}
function removeOnce(html, pattern) {
    const found = html.match(pattern) || [];
    if (found.length !== 1) fail(`the page should contain ${pattern} exactly once (found ${found.length})`);
    return html.replace(pattern, '');
}
function sizes(file) {
    const bytes = fs.readFileSync(file);
    const brotli = zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    return `${(bytes.length / 1024).toFixed(1)} KB raw, ${(brotli / 1024).toFixed(1)} KB brotli`;
}

fs.mkdirSync(args.out, { recursive: true });

// [SECTION] The single file ------------------------------------------------------------
const www = args.www;
let html = read(path.join(www, 'index.html'));
const css = read(path.join(www, 'accord.css'));
const js = read(path.join(args.runtime, 'accord.js'));
const wasm = read(path.join(args.runtime, 'accord.wasm'), null);
const icon = read(path.join(www, 'favicon.svg'), null);
const packsDir = path.join(www, 'packs');
const packs = fs.readdirSync(packsDir).filter((name) => /^[\w.-]+\.json$/.test(name)).sort();
if (!packs.length) fail(`no packs in ${packsDir}`);
// JSON can hold "<" only inside strings, where \u003c reads the same: no raw-text surprises.
const packElements = packs.map((name) =>
    `<script type="application/json" data-accord-pack="${name}">` +
    read(path.join(packsDir, name)).replace(/</g, '\\u003c') + '</script>').join('\n  ');
// The right-to-left scripts' faces (www/fonts/), answered by the shim like the packs.
const fontsDir = path.join(www, 'fonts');
const fontNames = fs.existsSync(fontsDir) ? fs.readdirSync(fontsDir).filter((name) => /^[\w.-]+\.ttf$/.test(name)).sort() : [];
const fontElements = fontNames.map((name) =>
    `<script type="application/octet-stream" data-accord-font="${name}">` +
    read(path.join(fontsDir, name), null).toString('base64') + '</script>').join('\n  ');
const shim = read(path.join(HERE, 'kiosk-shim.js')).replace('@ACCORD_WASM_BASE64@', wasm.toString('base64'));

html = replaceOnce(html, '<link rel="icon" href="favicon.svg" type="image/svg+xml">',
    `<link rel="icon" href="data:image/svg+xml;base64,${icon.toString('base64')}" type="image/svg+xml">`);
html = replaceOnce(html, '<link rel="stylesheet" href="accord.css">', `<style>\n${rawText(css, 'css')}\n</style>`);
// The page's own copy of the default pack and its wasm preload are for the web: here
// every pack is carried below and the wasm is in the shim.
html = removeOnce(html, /<script type="application\/json" id="accord-pack"[^>]*>[^]*?<\/script>\n?/g);
html = removeOnce(html, /<link rel="preload" href="accord\.wasm"[^>]*>\n?/g);
html = replaceOnce(html, '<script src="accord.js"></script>',
    `<!-- The kiosk build (cmake/kiosk/make_kiosk.mjs): packs, then the shim, then accord.js. -->\n  ` +
    `${packElements}\n  ${fontElements}\n  <script>\n${rawText(shim, 'js')}\n</script>\n  <script>\n${rawText(js, 'js')}\n</script>`);
const single = path.join(args.out, 'accord-kiosk.html');
fs.writeFileSync(single, html);
console.log(`Wrote ${single} (${sizes(single)}; packs: ${packs.join(', ')}; faces: ${fontNames.join(', ') || 'none'})`);

// [SECTION] The native kiosk -----------------------------------------------------------
if (args.native) {
    const packName = args.pack || process.env.ACCORD_DEFAULT_PACK || 'gaza-framework-2025-07.json';
    if (!packs.includes(packName)) fail(`the default pack ${packName} is not in ${packsDir}`);
    const app = path.join(args.out, 'accord');
    fs.copyFileSync(args.native, app);
    fs.chmodSync(app, 0o755);
    fs.mkdirSync(path.join(args.out, 'packs'), { recursive: true });
    for (const name of packs) fs.copyFileSync(path.join(packsDir, name), path.join(args.out, 'packs', name));
    const service = read(path.join(HERE, 'accord-kiosk.service.in')).replaceAll('@ACCORD_PACK@', packName);
    fs.writeFileSync(path.join(args.out, 'accord-kiosk.service'), service);
    const launcher = path.join(args.out, 'accord-kiosk-chromium.sh');
    fs.copyFileSync(path.join(HERE, 'accord-kiosk-chromium.sh'), launcher);
    fs.chmodSync(launcher, 0o755);
    // What the binaries and the page contain, with their licences (from Debian's
    // copyright files of the packages they were built from; none is kept in the repo).
    const notices = path.join(args.out, 'NOTICES');
    fs.mkdirSync(notices, { recursive: true });
    const sources = {
        'imgui.txt': [path.join(REPO, 'build/deps/imgui/LICENSE.txt')],
        'sdl2.txt': ['/usr/share/doc/libsdl2-dev/copyright'],  // the native app's, from Debian; the web build has none
        'rapidjson.txt': ['/usr/share/doc/rapidjson-dev/copyright'],
        'qrencode.txt': ['/usr/share/doc/libqrencode-dev/copyright', path.join(REPO, 'build/deps/qrencode/COPYING')],
        'fribidi.txt': ['/usr/share/doc/libfribidi-dev/copyright', path.join(REPO, 'build/deps/fribidi/COPYING')],
        'noto-fonts.txt': ['/usr/share/doc/fonts-noto-core/copyright'],
    };
    for (const [name, candidates] of Object.entries(sources)) {
        const found = candidates.find((file) => fs.existsSync(file));
        if (found) fs.copyFileSync(found, path.join(notices, name));
        else console.warn(`make_kiosk: no licence text for ${name} (${candidates.join(', ')})`);
    }
    console.log(`Wrote ${args.out}/: accord (${sizes(app)}), packs/${packName}, accord-kiosk.service, ` +
                `accord-kiosk-chromium.sh, NOTICES/`);
}
