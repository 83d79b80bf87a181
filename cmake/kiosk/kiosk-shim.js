// kiosk-shim.js — runs first in accord-kiosk.html (written by cmake/kiosk/make_kiosk.mjs),
// before accord.js: it makes the normal web build run from a file with no network.
//   * The wasm comes from this file: Module.wasmBinary (decoded from base64), which
//     emscripten instantiates instead of fetching accord.wasm (refused from file://).
//   * The packs come from this file: fetch() of packs/<name>.json beside the page is
//     answered from the inlined <script type="application/json" data-accord-pack>;
//     so do the right-to-left scripts' faces, fonts/<name>.ttf, from the inlined
//     <script type="application/octet-stream" data-accord-font> (base64): an Arabic
//     edition on a kiosk draws its letters, not boxes;
//     every other request goes to the real fetch (and fails offline, with a message).
//   * Kiosk mode by default: window.ACCORD_KIOSK, and ?mode=kiosk added to the address
//     (history.replaceState, so the C++ side reads it like any page parameter) unless
//     the address already names a mode.
// This is the only page with inline scripts: it is opened as a file, never served
// under the web build's strict CSP.
window["ACCORD_KIOSK"] = true;
(function() {
    if (/[?&]mode=/.test(location.search)) return;
    var search = location.search ? location.search + "&mode=kiosk" : "?mode=kiosk";
    try { history.replaceState(null, "", location.pathname + search + location.hash); } catch (e) { /* kept as is */ }
})();
var Module = (function() {
    var text = atob("@ACCORD_WASM_BASE64@");
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return {"wasmBinary": bytes};
})();
(function() {
    var packs = {};
    var nodes = document.querySelectorAll('script[type="application/json"][data-accord-pack]');
    for (var i = 0; i < nodes.length; i++) {
        var url = new URL("packs/" + nodes[i].getAttribute("data-accord-pack"), location.href);
        packs[url.origin + url.pathname] = nodes[i].textContent;
    }
    var fonts = {};
    var faces = document.querySelectorAll('script[type="application/octet-stream"][data-accord-font]');
    for (var j = 0; j < faces.length; j++) {
        var at = new URL("fonts/" + faces[j].getAttribute("data-accord-font"), location.href);
        fonts[at.origin + at.pathname] = faces[j];
    }
    var decoded = function(node) {
        var text = atob(node.textContent.replace(/\s+/g, ""));
        var bytes = new Uint8Array(text.length);
        for (var k = 0; k < text.length; k++) bytes[k] = text.charCodeAt(k);
        return bytes;
    };
    var realFetch = typeof window.fetch === "function" ? window.fetch.bind(window) : null;
    window.fetch = function(input, init) {
        var address = typeof input === "string" ? input : (input && input.url) || String(input);
        var url;
        try { url = new URL(address, location.href); } catch (e) { url = null; }
        var key = url ? url.origin + url.pathname : "";
        if (url && Object.prototype.hasOwnProperty.call(packs, key)) {
            return Promise.resolve(new Response(packs[key], {"status": 200, "headers": {"Content-Type": "application/json"}}));
        }
        if (url && Object.prototype.hasOwnProperty.call(fonts, key)) {
            return Promise.resolve(new Response(decoded(fonts[key]), {"status": 200, "headers": {"Content-Type": "font/ttf"}}));
        }
        return realFetch ? realFetch(input, init) : Promise.reject(new TypeError("Failed to fetch"));
    };
})();
