// bench-packs.mjs — synthetic packs for the benchmark's scale rows: the shipped pack's
// items repeated `factor` times, each copy with new unique ids and every cross-reference
// of the copy pointing at the copy's own items (so the result validates).
//
//   import { scalePack } from './bench-packs.mjs';
//   const big = scalePack(JSON.parse(text), 10);
//
// Which strings are references (measured on the shipped pack: every string equal to an
// item id): `id`; the elements of `sources`, `phases`, and of `links.milestones`,
// `links.phases`, `links.context`, `links.map`; `actor`. Not `kind`, `kinds` or
// `certainty`, whose names can coincide with an id ("truce", "article").

const LISTS = ['sources', 'phases', 'milestones', 'context', 'amendments', 'actors', 'analysis'];
const REFERENCE_LISTS = new Set(['sources', 'phases', 'milestones', 'context', 'map']);

function renamed(value, suffix) {
    if (Array.isArray(value)) return value.map((v) => renamed(v, suffix));
    if (!value || typeof value !== 'object') return value;
    const out = {};
    for (const [key, v] of Object.entries(value)) {
        if ((key === 'id' || key === 'actor') && typeof v === 'string') out[key] = v + suffix;
        else if (REFERENCE_LISTS.has(key) && Array.isArray(v) && v.every((x) => typeof x === 'string')) {
            out[key] = v.map((x) => x + suffix);
        } else out[key] = renamed(v, suffix);
    }
    return out;
}

export function scalePack(pack, factor) {
    const out = structuredClone(pack);
    out.meta.id = `${pack.meta.id}-x${factor}`;
    out.meta.title = `${pack.meta.title} (×${factor}, synthetic)`;
    delete out.meta.languages;  // no translations of the synthetic pack exist
    for (let k = 1; k < factor; k++) {
        const suffix = `-x${k}`;
        for (const list of LISTS) out[list].push(...pack[list].map((item) => renamed(item, suffix)));
        out.map.features.push(...pack.map.features.map((f) => renamed(f, suffix)));
    }
    // Amendment numbers stay unique and in order.
    out.amendments.forEach((a, i) => { a.number = i + 1; });
    return out;
}
