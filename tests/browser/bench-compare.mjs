// bench-compare.mjs — the pages the benchmark compares Accord with, written into a
// temporary folder served by the same loopback server as a blank page:
//   blank.html     an empty document ("done": its load event)
//   timeline.html  TimelineJS3 (npm @knight-lab/timelinejs) with the pack's phases (as
//                  eras), milestones and context events ("done": its `loaded` event)
//   vega.html      vega-lite through vega-embed: one bar per phase over its day range
//                  ("done": vegaEmbed's promise resolving)
// Each page then waits two animation frames and sets window.benchDone = performance.now().
// The libraries are not copied: the folder holds symbolic links into tests/bench/
// node_modules (installed by `make bench`: npm ci in tests/bench).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const TWO_FRAMES = 'requestAnimationFrame(function(){requestAnimationFrame(function(){window.benchDone=performance.now();});});';

const escapeHtml = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function isoDay(base, days) {
    const d = new Date(`${base}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function ymd(date) {
    const [year, month, day] = date.split('-').map(Number);
    return { year, month, day };
}

// The pack's timeline as TimelineJS3 JSON. The pack's days have no calendar date (the
// truce has no start date): day 0 is put on the pack's as_of date, and each slide's
// display_date says the day as the pack does.
export function timelineJson(pack) {
    const day0 = pack.meta.as_of;
    const events = [];
    for (const m of pack.milestones) {
        events.push({
            start_date: { ...isoDay(day0, m.day), display_date: m.when || `Day ${m.day}` },
            text: { headline: escapeHtml(m.title), text: `<p>${escapeHtml(m.text)}</p>` },
            group: 'Milestones',
        });
    }
    for (const c of pack.context) {
        events.push({
            start_date: ymd(c.date),
            text: { headline: escapeHtml(c.title), text: `<p>${escapeHtml(c.text)}</p>` },
            group: 'Before the truce',
        });
    }
    const eras = pack.phases.map((p) => ({
        start_date: isoDay(day0, p.start_day),
        end_date: isoDay(day0, p.end_day),
        text: { headline: escapeHtml(p.title) },
    }));
    return {
        title: { text: { headline: escapeHtml(pack.meta.title), text: `<p>${escapeHtml(pack.meta.subtitle || '')}</p>` } },
        events,
        eras,
    };
}

export function vegaSpec(pack) {
    return {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        title: pack.meta.title,
        width: 'container',
        height: 40 * pack.phases.length,
        data: { values: pack.phases.map((p) => ({ phase: p.title, start: p.start_day, end: p.end_day, kind: p.kind })) },
        mark: 'bar',
        encoding: {
            y: { field: 'phase', type: 'nominal', title: null, sort: null },
            x: { field: 'start', type: 'quantitative', title: `Day (of ${pack.timeline.days})` },
            x2: { field: 'end' },
            color: { field: 'kind', type: 'nominal' },
            tooltip: [{ field: 'phase' }, { field: 'start' }, { field: 'end' }],
        },
    };
}

const page = (title, head, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escapeHtml(title)}">
<title>${escapeHtml(title)}</title>
${head}</head>
<body>
${body}
</body></html>
`;

// TimelineJS3's default font CSS (PT Serif, PT Sans, PT Sans Narrow) with each face read
// from this server: its own file names them on Google's font CDN, which the benchmark's
// pages may not reach (a page that loads no fonts would be measured as faster than it is).
// The faces come from npm's @fontsource packages: woff2 subset to Latin, what Google serves
// Chromium, and smaller than the .ttf files TimelineJS3's CSS names (its page is not
// handicapped by the swap).
const TIMELINE_FACES = [
    { family: 'PT Sans', style: 'normal', weight: 400, file: 'pt-sans/files/pt-sans-latin-400-normal.woff2' },
    { family: 'PT Sans Narrow', style: 'normal', weight: 700, file: 'pt-sans-narrow/files/pt-sans-narrow-latin-700-normal.woff2' },
    { family: 'PT Serif', style: 'italic', weight: 400, file: 'pt-serif/files/pt-serif-latin-400-italic.woff2' },
    { family: 'PT Serif', style: 'normal', weight: 400, file: 'pt-serif/files/pt-serif-latin-400-normal.woff2' },
];

function timelineFontsCss(benchModules, link) {
    const css = fs.readFileSync(path.join(benchModules, '@knight-lab', 'timelinejs', 'dist', 'css', 'fonts', 'font.default.css'), 'utf8');
    let replaced = 0;
    const local = css.replace(/@font-face\s*\{[^}]*\}/g, (rule) => {
        const family = /font-family:\s*'([^']+)'/.exec(rule)?.[1];
        const style = /font-style:\s*(\w+)/.exec(rule)?.[1];
        const weight = Number(/font-weight:\s*(\d+)/.exec(rule)?.[1]);
        const face = TIMELINE_FACES.find((f) => f.family === family && f.style === style && f.weight === weight);
        if (!face) throw new Error(`TimelineJS3's font CSS has a face this benchmark does not serve: ${family} ${style} ${weight}`);
        const name = path.basename(face.file);
        link(path.join(benchModules, '@fontsource', face.file), `fonts/${name}`);
        replaced++;
        return rule.replace(/src:[^;]*;/, `src: url(fonts/${name}) format('woff2');`);
    });
    if (replaced !== TIMELINE_FACES.length || /https?:/.test(local.replace(/\/\*[\s\S]*?\*\//g, '')))
        throw new Error(`TimelineJS3's font CSS changed: ${replaced} of ${TIMELINE_FACES.length} faces made local`);
    return local;
}

// Writes the folder; returns { dir, close() }. `benchModules`: tests/bench/node_modules.
export function writeComparePages(pack, benchModules) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-compare-'));
    const link = (target, name) => {
        if (!fs.existsSync(target)) throw new Error(`${target} not found: run npm ci in tests/bench (make bench does)`);
        fs.symlinkSync(target, path.join(dir, name));
    };
    link(path.join(benchModules, '@knight-lab', 'timelinejs', 'dist'), 'timelinejs');
    fs.mkdirSync(path.join(dir, 'vega'));
    link(path.join(benchModules, 'vega', 'build', 'vega.min.js'), 'vega/vega.min.js');
    link(path.join(benchModules, 'vega-lite', 'build', 'vega-lite.min.js'), 'vega/vega-lite.min.js');
    link(path.join(benchModules, 'vega-embed', 'build', 'vega-embed.min.js'), 'vega/vega-embed.min.js');

    fs.writeFileSync(path.join(dir, 'index.html'), page('index', '', ''));
    fs.writeFileSync(path.join(dir, 'blank.html'), page('blank',
        `<script>addEventListener('load',function(){${TWO_FRAMES}});</script>\n`, ''));
    fs.writeFileSync(path.join(dir, 'timeline.json'), JSON.stringify(timelineJson(pack)));
    fs.mkdirSync(path.join(dir, 'fonts'));
    fs.writeFileSync(path.join(dir, 'timeline-fonts.css'), timelineFontsCss(benchModules, link));
    fs.writeFileSync(path.join(dir, 'timeline.html'), page(pack.meta.title,
        '<link rel="stylesheet" href="timelinejs/css/timeline.css">\n' +
        '<style>html,body{height:100%;margin:0}#timeline{width:100%;height:100%}</style>\n',
        '<div id="timeline"></div>\n<script src="timelinejs/js/timeline.js"></script>\n' +
        // The JSON is fetched by TimelineJS itself from this server, as a newsroom's page does.
        // Its default fonts, served by this server (timelineFontsCss), and any locale from
        // here, not from its CDN (the default script_path).
        `<script>window.timeline=new TL.Timeline('timeline','timeline.json',{font:'timeline-fonts.css',language:'en',` +
        `script_path:new URL('timelinejs/js/',location.href).href});` +
        `window.timeline.on('loaded',function(){${TWO_FRAMES}});</script>`));
    fs.writeFileSync(path.join(dir, 'vega.json'), JSON.stringify(vegaSpec(pack)));
    fs.writeFileSync(path.join(dir, 'vega.html'), page(pack.meta.title,
        '<script src="vega/vega.min.js"></script><script src="vega/vega-lite.min.js"></script><script src="vega/vega-embed.min.js"></script>\n' +
        '<style>#chart{width:90%}</style>\n',
        `<h1>${escapeHtml(pack.meta.title)}</h1>\n<div id="chart"></div>\n` +
        `<script>vegaEmbed('#chart','vega.json',{actions:false}).then(function(){${TWO_FRAMES}});</script>`));
    return { dir, close: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
