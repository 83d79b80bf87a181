// pre.js — the JavaScript half of the page API, prepended to accord.js (and minified
// with it by closure, hence the quoted property names).
//
//   window.accord.getState()  -> {status, pack, error, selected, clicks, theme, ...}
//   window.accord.items()     -> [{id, kind, title, rect: {x, y, width, height} | null, onScreen}]:
//                                every selectable item; its rectangle in page CSS pixels where drawn
//   window.accord.select(id)  -> true when `id` is now selected ("" clears)
//
// Events on window: "accord:ready" (first complete frame; also window.accordFirstFrame)
// and "accord:statechange".
Module["canvas"] = document.getElementById("canvas");
// The WebGL 2 context is made while the program compiles, when the page would only
// wait, rather than at the start of main(): making it is a round trip to the GPU
// process (with software GL, its set-up). Surface::Open (surface_web.cpp) then gets this
// context back: a canvas has one context of a kind, whatever a later call asks. So the
// attributes here are Surface::Open's, which a browser test checks on the context.
setTimeout(function() {
    try {
        if (Module["canvas"]) Module["canvas"].getContext("webgl2", {"alpha": false, "depth": false, "stencil": false,
            "antialias": false, "premultipliedAlpha": true, "preserveDrawingBuffer": false,
            "powerPreference": "default", "failIfMajorPerformanceCaveat": false});
    } catch (e) { /* Surface::Open tries again and says why it cannot */ }
}, 0);
// What a frame asks of the page that need not happen inside it (a history entry, a
// scroll, reading the page's layout) runs in a task just after it, when the frame's own
// rendering has laid out; a later ask in the same slot replaces one not yet run.
var afterFrameTimers = {};
var afterFrame = function(slot, fn) {
    clearTimeout(afterFrameTimers[slot]);
    afterFrameTimers[slot] = setTimeout(fn, 0);
};
var cancelAfterFrame = function(slot) { clearTimeout(afterFrameTimers[slot]); };
// The reader's place as a new history entry (pushState costs the browser a few ms).
Module["accordPublishHash"] = function(hash) {
    afterFrame("hash", function() {
        var current = location.hash === "#" ? "" : location.hash;
        if (hash === current) return;
        try {
            history.pushState(null, "", hash || (location.pathname + location.search));
        } catch (e) {
            // Sandboxed or opaque-origin frames may refuse history changes: keep working.
        }
    });
};
// Tell the frame loop when the widget's box changes width (web_bridge.cpp reads it).
// The observer hands over the width it was given (Module["accordBoxWidth"]): the box is
// the stage, which grows with every layout's content, and reading its size from the
// frame would force the new text layer's layout in the middle of that frame. Only the
// width matters (the canvas is one viewport tall). A window resize or rotation is
// measured in the next frame (the viewport's height changed too).
(function() {
    var mark = function() { Module["accordResized"] = true; };
    var box = Module["canvas"] && Module["canvas"].parentElement;
    if (box && typeof ResizeObserver === "function") new ResizeObserver(function(entries) {
        var entry = entries[entries.length - 1], border = entry.borderBoxSize && entry.borderBoxSize[0];
        var width = border ? border.inlineSize : entry.contentRect.width;
        if (width !== Module["accordBoxWidth"]) { Module["accordBoxWidth"] = width; mark(); }
    }).observe(box);
    var measureAgain = function() { Module["accordBoxWidth"] = 0; mark(); };
    window.addEventListener("resize", measureAgain);
    window.addEventListener("orientationchange", measureAgain);
})();
var runtimeReady = false;  // set by the load guard's onRuntimeInitialized below
Module["print"] = function(text) { console.log(text); };
Module["printErr"] = function(text) { console.warn(text); };
window["accord"] = {
    "getState": function() {
        // Before the runtime is up there is nothing to ask yet: say so, never throw.
        if (!runtimeReady) return {"status": "loading"};
        return JSON.parse(UTF8ToString(_accord_state_json()));
    },
    "items": function() {
        var box = Module["canvas"].getBoundingClientRect();
        return JSON.parse(UTF8ToString(_accord_items_json())).map(function(item) {
            var r = item["rect"];
            return {"id": item["id"], "kind": item["kind"], "title": item["title"], "onScreen": item["onScreen"],
                    "rect": r ? {"x": box.left + r["x"], "y": box.top + r["y"], "width": r["width"], "height": r["height"]} : null};
        });
    },
    "select": function(id) {
        var text = String(id === undefined || id === null ? "" : id).slice(0, 256);
        var n = lengthBytesUTF8(text) + 1, p = _malloc(n);
        stringToUTF8(text, p, n);
        var ok = _accord_select(p) === 1;
        _free(p);
        return ok;
    }
};
// [SECTION] Starting and staying up ------------------------------------------------------
// A page that cannot start says so in words instead of "Loading…" forever: the runtime
// aborts (a wasm that cannot compile, a crash at start-up: Module.onAbort), the page was
// opened as a file (browsers refuse a file:// page its wasm fetch; the kiosk build,
// accord-kiosk.html, carries its wasm inline in Module.wasmBinary and runs from a file),
// or the program has not started 15 s after the page did (a stalled download may
// never reject). The first reason shown stays; later ones go to the console only. A
// first frame drawn after all (a very slow connection) takes the page back.
(function() {
    var root = document.documentElement;
    var runtimeStarted = false;
    var fatal = function(message, evenAfterFirstFrame) {
        console.error("Accord: " + message);
        if (root.getAttribute("data-accord") === "fatal") return;
        if (window["accordFirstFrame"] && !evenAfterFirstFrame) return;
        var status = document.getElementById("accord-status");
        if (status) { status.textContent = message; status.setAttribute("data-status", "error"); }
        root.setAttribute("data-accord", "fatal");
    };
    Module["onAbort"] = function(what) {
        fatal("This explainer could not start (" + String(what).slice(0, 200) + "). Please reload the page.", true);
    };
    Module["onRuntimeInitialized"] = function() { runtimeStarted = runtimeReady = true; };
    if (location.protocol === "file:" && !Module["wasmBinary"]) {
        fatal("This explainer cannot run from a file opened in the browser: browsers do not let such a page " +
              "load its program. Open it from a web server, or use the single-file kiosk build (accord-kiosk.html).");
    } else {
        setTimeout(function() {
            if (!runtimeStarted) fatal("This explainer did not start within 15 seconds: its program did not load. " +
                                       "Please check the connection and reload the page.");
        }, 15000);
    }

    // A lost WebGL context (a GPU reset, a driver update, too many contexts) takes every
    // GL object with it. Preventing the loss event's default lets the browser restore
    // the context; then the C++ side makes its shaders, buffers and font texture again
    // and redraws (App::RestoreGl, through accord_gl_restored). SDL2's emscripten backend
    // and imgui's GL backend handle neither event. If no restore comes within 5 s the
    // page is rebuilt by reloading it (the reader's place is in the address).
    var canvas = Module["canvas"];
    var rebuild = 0;
    if (canvas) {
        canvas.addEventListener("webglcontextlost", function(event) {
            event.preventDefault();
            console.warn("Accord: the WebGL context was lost; waiting for the browser to restore it");
            clearTimeout(rebuild);
            rebuild = setTimeout(function() { location.reload(); }, 5000);
        }, false);
        canvas.addEventListener("webglcontextrestored", function() {
            clearTimeout(rebuild);
            // Lost before the program started (the context is made while it compiles),
            // the start-up found a dead context and gave up: start again with a live one.
            if (root.getAttribute("data-accord") === "fatal") { location.reload(); return; }
            console.warn("Accord: the WebGL context was restored; drawing again");
            if (runtimeStarted) _accord_gl_restored();
        }, false);
    }

    // The memory the soak benchmark watches (tests/browser/soak.mjs): the wasm memory's
    // size (it never shrinks) and the bytes malloc has handed out and not had back.
    window["accordHeap"] = function() {
        return runtimeStarted ? {"wasmBytes": _accord_heap_bytes(), "mallocBytes": _accord_heap_used_bytes()} : null;
    };

    // A kiosk (?mode=kiosk, or the single-file kiosk build's window.ACCORD_KIOSK) keeps
    // the screen awake where the browser offers the Wake Lock API; the lock is dropped
    // whenever the page is hidden, so it is asked for again when it shows. Refusals
    // (no API, not allowed, low battery) are ignored: the kiosk's own settings rule.
    var kiosk = window["ACCORD_KIOSK"] === true || /[?&]mode=kiosk(&|$)/.test(location.search);
    var wake = navigator["wakeLock"];
    if (kiosk && wake && typeof wake["request"] === "function") {
        var stayAwake = function() {
            if (document.visibilityState !== "visible") return;
            try { wake["request"]("screen")["catch"](function() {}); } catch (e) { /* not allowed here */ }
        };
        stayAwake();
        document.addEventListener("visibilitychange", stayAwake);
    }
})();
// Live preview for editors: drop a pack file on the widget to see it in place.
// Nothing is uploaded or stored; reloading the page returns to the published pack.
(function() {
    var target = document.documentElement;
    target.addEventListener("dragover", function(event) {
        if (event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types || [], "Files") >= 0) {
            event.preventDefault();
            event.dataTransfer.dropEffect = "copy";
        }
    });
    target.addEventListener("drop", function(event) {
        var files = event.dataTransfer ? event.dataTransfer.files : null;
        if (!files || !files.length) return;
        event.preventDefault();
        var file = files[0];
        var limit = _accord_max_pack_bytes();  // the loader's limit, written once in C++
        if (file.size > limit) {
            console.error("Accord: " + file.name + " is larger than " + Math.round(limit / 1048576) + " MB; not loaded");
            return;
        }
        file.arrayBuffer().then(function(buffer) {
            var bytes = _malloc(buffer.byteLength + 1);
            HEAPU8.set(new Uint8Array(buffer), bytes);
            var name = String(file.name).slice(0, 200);
            var n = lengthBytesUTF8(name) + 1, p = _malloc(n);
            stringToUTF8(name, p, n);
            _accord_on_pack_dropped(bytes, buffer.byteLength, p);
            _free(p);
            _free(bytes);
        }, function(error) {
            console.error("Accord: could not read the dropped file: " + error);
        });
    });
})();
// Follow the system's light/dark switch while the page is open, unless ?theme= fixed it.
if (window.matchMedia && !/[?&]theme=/.test(location.search)) {
    var scheme = window.matchMedia("(prefers-color-scheme: dark)");
    var follow = function(event) { _accord_set_theme(event.matches ? 1 : 0); };
    if (scheme.addEventListener) scheme.addEventListener("change", follow);
    else if (scheme.addListener) scheme.addListener(follow);
}
// More contrast or forced colours: the canvas follows live, as the page's CSS does.
if (window.matchMedia) {
    var contrast = [window.matchMedia("(forced-colors: active)"), window.matchMedia("(prefers-contrast: more)")];
    var followContrast = function() { _accord_set_high_contrast(contrast[0].matches || contrast[1].matches ? 1 : 0); };
    contrast.forEach(function(query) { if (query.addEventListener) query.addEventListener("change", followContrast); });
}
// A kiosk (?mode=kiosk, or a kiosk file that sets window.ACCORD_KIOSK): no text
// selection, no context menu, the cursor hidden once a finger has touched, and the
// screen kept awake where the browser allows it.
if (/[?&]mode=kiosk(&|$)/.test(location.search) || window["ACCORD_KIOSK"]) {
    document.documentElement.classList.add("accord-kiosk");
    document.addEventListener("contextmenu", function(event) { event.preventDefault(); });
    document.addEventListener("pointerdown", function(event) {
        document.documentElement.classList.toggle("accord-touched", event.pointerType === "touch");
    }, true);
}
// Back and forward (and edits of the address's #fragment) restore that place.
window.addEventListener("popstate", function() {
    cancelAfterFrame("hash");  // the address is the reader's now: no older place is written over it
    var hash = String(location.hash || ""), n = lengthBytesUTF8(hash) + 1, p = _malloc(n);
    stringToUTF8(hash, p, n);
    _accord_apply_hash(p);
    _free(p);
});

// [SECTION] The text layer -------------------------------------------------------------
// Every text the canvas draws is also an element here, transparent and positioned
// over its own pixels (each line stretched to the width the canvas measured, as
// PDF.js's text layer does): screen readers, find in page, selection, copy and
// translation see real text. It is brought up to date from the scene after every
// layout (web_bridge.cpp, AccordPublishTextLayer), so it never disagrees with the pixels.
// The layer lies over the canvas and forwards pointer input to it; the document,
// not the canvas, scrolls.
(function() {
    var stage = document.getElementById("accord-stage");
    var layer = document.getElementById("accord-text");
    var canvas = Module["canvas"];
    if (!stage || !layer || !canvas) return;
    var pass = function(fn, text) {
        var n = lengthBytesUTF8(text) + 1, p = _malloc(n);
        stringToUTF8(text, p, n);
        fn(p);
        _free(p);
    };

    // Every line is set in one font at one size (accord.css: on a 16 px line) and
    // scaled to the box the canvas drew it in. Why one: each other size or weight of a
    // system font is a font the renderer asks the browser process for (fontconfig, a
    // round trip each), and a line's shaping is cached per font. The font is the
    // canvas's own, from the wasm's embedded bytes (layerFaces), so no system font is
    // looked up either, nor a fallback for the language switch's Arabic or Hebrew name.
    // Measured on a cold load's first layer (253 lines; medians of 9 to 15 loads): its
    // layout 47 -> 19 ms, its whole build 110 -> 80 ms.
    var kLineSize = 16;
    // The browser's width of a line in the layer's font, read off the line's own element
    // once it is laid out, and kept per text (a layout writes the same few hundred lines
    // again and again). Why the element and not a 2D canvas's measureText: the browser
    // lays the new lines out anyway before it paints them, and reading their widths after
    // that one layout costs next to nothing, while measuring each text again on a canvas
    // was three quarters of the first layer's build (about 30 of 40 ms for 200 texts on a
    // cold load). A new line is made at its width's scale 1, so only its transform
    // changes once measured: a transform's value needs no new layout.
    var naturalWidths = new Map(), unmeasured = [];
    var scaleFor = function(width, natural, height) {
        return "scale(" + (width > 0 && natural > 0 ? (width / natural).toFixed(4) : "1") + "," + (height / kLineSize).toFixed(4) + ")";
    };
    // Reads the widths of the lines made since the last call (in one layout: every read
    // before any write), then stretches each to the width the canvas drew it at. A line
    // not laid out (the layer not displayed) keeps its place in the queue.
    var measureNewLines = function() {
        if (!unmeasured.length) return;
        var widths = unmeasured.map(function(span) { return span.isConnected ? span.getBoundingClientRect().width : -1; });
        var still = [];
        unmeasured.forEach(function(span, i) {
            var natural = widths[i], box = span["accordBox"];
            if (natural < 0) return;  // no longer in the layer
            if (natural === 0) { still.push(span); return; }
            if (naturalWidths.size > 4000) naturalWidths.clear();  // another pack, another language
            naturalWidths.set(span.textContent, natural);
            span.style.transform = scaleFor(box[0], natural, box[1]);
        });
        unmeasured = still;
    };
    // The canvas's faces as the layer's font ("Accord Layer" in accord.css): the ones
    // embedded in the wasm, added before the first line is made, and each one fetched
    // later (a script's, web_bridge.cpp AccordFetchFace). A face the browser refuses
    // leaves its letters to the system fonts after it in the list, as before.
    var addLayerFace = function(bytes) {
        if (typeof FontFace !== "function" || !document.fonts) return;
        try {
            // Every face takes Noto Sans's ascent and descent (1069 + 293 of 1000 units):
            // a selection's highlight is as tall as they are (accord.css), and Noto Sans
            // Arabic's (2112 units) would make it overlap the lines above and below.
            var face = new FontFace("Accord Layer", bytes,
                                    {"weight": "100 900", "ascentOverride": "106.9%", "descentOverride": "29.3%"});
            face["loaded"].catch(function() {});
            document.fonts.add(face);
            return face;
        } catch (e) { return null; }
    };
    var facesAdded = false;
    var layerFaces = function() {
        if (facesAdded) return;
        facesAdded = true;
        for (var i = 0; _accord_layer_face_size(i) > 0; i++) {
            var at = _accord_layer_face(i);
            addLayerFace(HEAPU8.slice(at, at + _accord_layer_face_size(i)));
        }
    };
    // A face that arrives may set lines already in the layer in other letters: each line
    // is measured again once it is in use. Not only the lines the canvas draws anew: a
    // script's regular and bold faces arrive apart, and the layer sets both weights in
    // whichever face the browser picks (every line is weight 400; each face spans 100-900).
    Module["accordLayerFace"] = function(bytes) {
        var face = addLayerFace(bytes);
        if (!face) return;
        face["loaded"].then(function() {
            naturalWidths.clear();
            unmeasured = [];
            layer.querySelectorAll(".accord-line").forEach(function(span) {
                var box = span["accordBox"];
                if (!box || !(box[0] > 0) || !span.textContent) return;
                span.style.transform = scaleFor(0, 0, box[1]);  // its width's scale 1 until measured
                unmeasured.push(span);
            });
            afterFrame("remeasure", measureNewLines);
        }, function() {});
    };
    // One line of text, positioned in content coordinates (or relative to `origin`).
    var line = function(l, origin) {
        var span = document.createElement("span");
        span.className = "accord-line";
        span.textContent = l[4];
        var natural = naturalWidths.get(l[4]);
        span.style.cssText = "left:" + (l[0] - origin[0]) + "px;top:" + (l[1] - origin[1]) + "px;transform:" +
            scaleFor(l[2], natural || 0, l[3]);
        span["accordBox"] = [l[2], l[3]];  // the drawn width and height it is scaled to
        if (!natural && l[2] > 0 && l[4]) unmeasured.push(span);
        return span;
    };
    var fill = function(element, lines, origin) {
        lines.forEach(function(l, i) {
            if (i > 0) element.appendChild(document.createTextNode(" "));  // copied text keeps its spaces
            element.appendChild(line(l, origin));
        });
    };

    // A button's place, lines and state. A selection changes many buttons' states (and
    // a relayout their places) but few of their lines: the button is kept and only what
    // changed is written, so it stays the element the reader (or a script) points at.
    // Lines relative to `o`, offsets rounded as the core rounds them (tenths): what a
    // block's element keeps while only the block moved.
    var linesFrom = function(ls, o) {
        return ls.map(function(l) { return [Math.round((l[0] - o[0]) * 10) / 10, Math.round((l[1] - o[1]) * 10) / 10].concat(l.slice(2)); });
    };
    var flag = function(e, name, on, value) { if (!on) e.removeAttribute(name); else if (e.getAttribute(name) !== value) e.setAttribute(name, value); };
    var syncButton = function(e, b) {
        var r = b["r"];
        var place = "left:" + r[0] + "px;top:" + r[1] + "px;width:" + r[2] + "px;height:" + r[3] + "px";
        if (e["accordStyle"] !== place) e.style.cssText = e["accordStyle"] = place;
        // The lines relative to the button: a button that only moved keeps its lines.
        var lines = JSON.stringify(linesFrom(b["l"], r));
        if (e["accordLines"] !== lines) {
            e["accordLines"] = lines;
            e.textContent = "";
            fill(e, b["l"], r);
        }
        flag(e, "aria-label", !!b["label"], b["label"]);
        flag(e, "role", "checked" in b, "checkbox");
        flag(e, "aria-checked", "checked" in b, b["checked"] ? "true" : "false");
        flag(e, "aria-pressed", !("checked" in b) && "pressed" in b, b["pressed"] ? "true" : "false");
        flag(e, "aria-expanded", "expanded" in b, b["expanded"] ? "true" : "false");
        flag(e, "aria-controls", !!(b["expanded"] && b["i"]), "accord-details");
    };

    // A text block (h1, h2, p) sits where its first line starts, its lines and a
    // kiosk's QR code placed inside it: a paragraph that a selection only moved (the
    // details opened above it) keeps its element and its lines, and gets a new place.
    var syncText = function(e, b) {
        var ls = b["l"], o = ls.length ? [ls[0][0], ls[0][1]] : [0, 0];
        ls.forEach(function(l) { o[0] = Math.min(o[0], l[0]); o[1] = Math.min(o[1], l[1]); });
        var place = "left:" + o[0] + "px;top:" + o[1] + "px";
        if (e["accordStyle"] !== place) e.style.cssText = e["accordStyle"] = place;
        var q = b["qr"];
        var content = JSON.stringify([linesFrom(ls, o),
                                      b["href"] || "", q ? [q[0] - o[0], q[1] - o[1], q[2], q[3], b["qrLabel"] || ""] : 0]);
        if (e["accordLines"] === content) return;
        e["accordLines"] = content;
        e.textContent = "";
        var into = e;
        // A source: its text is a link to its address (the loader allows https only).
        if (b["href"] && /^https:\/\//.test(b["href"])) {
            into = document.createElement("a");
            into.href = b["href"];
            into.rel = "noopener noreferrer";
            into.target = "_blank";
            into.className = "accord-link";
            e.appendChild(into);
        }
        fill(into, ls, o);
        // A kiosk's QR code of a source's address: named, and where it is drawn.
        if (q) {
            var code = document.createElement("span");
            code.className = "accord-code";
            code.setAttribute("role", "img");
            code.setAttribute("aria-label", b["qrLabel"] || "");
            code.style.cssText = "left:" + (q[0] - o[0]) + "px;top:" + (q[1] - o[1]) + "px;width:" + q[2] + "px;height:" + q[3] + "px";
            e.appendChild(code);
        }
    };

    // A block of the scene as an element: a button for what can be pressed, otherwise
    // the element the scene names (h1, p, ...), a source's text a link to its address.
    var blockElement = function(b) {
        var e = document.createElement(b["e"]);
        if (b["e"] === "button") {
            e.type = "button";
            e.className = "accord-target";
            e.setAttribute("data-t", b["t"]);
            syncButton(e, b);
        } else {
            syncText(e, b);
        }
        return e;
    };

    // The layer is described first as a tree of plain objects: containers {tag, key,
    // attrs, kids} (the details section, the map's figure, lists and list items) and
    // blocks {block, sig, key} (sig: the signature of the block's JSON, written by the
    // core; key: a button's target, a text's element, first line and how many such came
    // before it). The page's layer is then brought to that tree in place: a block whose
    // signature has not changed keeps its element, one of the same key is updated
    // (syncButton, syncText), a container keeps its element and gets the new attributes,
    // anything else is made anew. The browser restyles and lays out only what changed,
    // and the focused button, the reader's text selection and any element a script holds
    // stay attached (rebuilding it all cost ~10 ms per selection at 1920x1080).
    var container = function(tag, key, attrs) { return {"tag": tag, "key": key || "", "attrs": attrs, "kids": []}; };
    var wantKey = function(want) { return want["key"]; };
    var haveKey = function(node) { return node["accordKey"] || ""; };
    var matches = function(node, want) {
        return want["block"] ? node["accordSig"] === want["sig"]
                             : node["accordSig"] === undefined && node.nodeName === want["tag"] && haveKey(node) === want["key"];
    };
    var make = function(want) {
        var e;
        if (want["block"]) {
            e = blockElement(want["block"]);
            e["accordSig"] = want["sig"];
        } else {
            e = document.createElement(want["tag"]);
            syncAttributes(e, want["attrs"]);
            want["kids"].forEach(function(kid) { e.appendChild(make(kid)); });
        }
        e["accordKey"] = wantKey(want);
        return e;
    };
    // "style" goes through the CSSOM (style.cssText): a strict Content-Security-Policy
    // (style-src-attr without 'unsafe-inline') refuses style attributes set by script.
    var syncAttributes = function(node, attrs) {
        for (var i = node.attributes.length - 1; i >= 0; i--) {
            var name = node.attributes[i].name;
            if (!(name in attrs)) node.removeAttribute(name);
        }
        for (var n in attrs) {
            if (n === "style") { if (node["accordStyle"] !== attrs[n]) node.style.cssText = node["accordStyle"] = attrs[n]; }
            else if (node.getAttribute(n) !== attrs[n]) node.setAttribute(n, attrs[n]);
        }
    };
    var patch = function(into, wants) {
        var wanted = Object.create(null);
        wants.forEach(function(want) { var key = wantKey(want); if (key) wanted[key] = true; });
        var have = into.firstChild;
        var drop = function() { var next = have.nextSibling; into.removeChild(have); have = next; };
        wants.forEach(function(want) {
            // A keyed node no longer wanted goes first: the wanted ones after it then stay
            // where they are (moving a node drops its focus and any selection in it).
            while (have && haveKey(have) && !wanted[haveKey(have)]) drop();
            var key = wantKey(want);
            if (have && key && haveKey(have) !== key) {
                // The keyed node sits further on (the order changed): move it here.
                var later = have.nextSibling;
                while (later && haveKey(later) !== key) later = later.nextSibling;
                if (later) { into.insertBefore(later, have); have = later; }
            }
            if (have && matches(have, want)) {
                if (!want["block"]) { syncAttributes(have, want["attrs"]); patch(have, want["kids"]); }
                have = have.nextSibling;
            } else if (have && key && haveKey(have) === key && want["block"] && have["accordSig"] !== undefined &&
                       have.nodeName === want["block"]["e"].toUpperCase()) {
                (have.nodeName === "BUTTON" ? syncButton : syncText)(have, want["block"]);
                have["accordSig"] = want["sig"];
                have = have.nextSibling;
            } else if (have && haveKey(have) === key) {
                var after = have.nextSibling;
                into.replaceChild(make(want), have);
                have = after;
            } else {
                into.insertBefore(make(want), have);  // new here (or the end): a keyed node it met stays
            }
        });
        while (have) drop();
    };

    // A layout that only moved the sticky map for a scroll is applied once the scroll
    // settles: rebuilding mid-scroll would drop the reader's text selection.
    // Any other layout's layer is brought in in a task just after the frame that drew
    // it: the canvas shows the change without waiting for the document's elements (a
    // selection's frame took twice as long with them), and they follow before the next
    // frame. The stage's height is set at once: a scroll to a far item needs it.
    // The layer is asked for when it is built (web_bridge.cpp): the last drawn frame's.
    // None comes when the state has changed since: the next frame brings its own, and a
    // first frame still waiting for its layer is announced with that one.
    // A scroll's layout that follows one whose layer is not yet built carries that change
    // too: its layer is owed now, not once the scrolling stops.
    var settle = 0, built = false, firstFrame = null, layerOwed = false, scrollOwed = null;
    var buildDrawnLayer = function() {
        var json = UTF8ToString(_accord_text_layer_json());
        if (!json) return;
        layerFaces();
        build(JSON.parse(json));
        layerOwed = false;
        announceFirstFrame();
    };
    Module["accordTextLayer"] = function(height, scrollOnly) {
        clearTimeout(settle);
        cancelAfterFrame("layer");
        // (A first frame still waiting for its layer is announced with this one.)
        if (scrollOnly && !layerOwed) { settle = setTimeout(buildDrawnLayer, 180); return; }
        layerOwed = true;
        setHeight(height);
        if (firstFrame) cancelAfterFrame("ready");  // announced with this layer instead
        afterFrame("layer", buildDrawnLayer);
    };
    // The article gives way only once the page's first paint has been presented (its
    // paint entry is in). Hidden before that, the article was never the largest
    // contentful paint and the page had none (measured: no LCP candidate in Chromium's
    // trace, so Lighthouse gave no performance score). The widget meanwhile reads the
    // pack, lays it out and draws on the hidden stage: the entry comes 60-110 ms after
    // the paint on a cold load, and waiting for it to read the pack had cost as much.
    // True once painted (or where paint timing is missing); else false, and the first
    // frame is announced when the entry comes.
    var painted = false, paintAwaited = false;
    var firstPaintIn = function() {
        var types = typeof PerformanceObserver === "function" ? PerformanceObserver["supportedEntryTypes"] : null;
        if (painted || !types || types.indexOf("paint") < 0 || typeof performance.getEntriesByName !== "function")
            return true;  // no paint timing to wait for
        if (performance.getEntriesByName("first-contentful-paint").length) return painted = true;
        if (paintAwaited) return false;
        paintAwaited = true;
        var observer = null;
        var release = function() {
            if (painted) return;
            painted = true;
            if (observer) observer.disconnect();
            announceFirstFrame();
        };
        try {
            observer = new PerformanceObserver(function() {
                if (performance.getEntriesByName("first-contentful-paint").length) release();
            });
            observer.observe({"type": "paint", "buffered": true});
        } catch (e) { release(); }
        // A page that does not paint (hidden at load, or in a frame its host shows at
        // opacity 0) waits no longer.
        setTimeout(release, 500);
        return false;
    };
    // The first complete frame is announced (window.accordFirstFrame, data-accord, the
    // accord:ready event) once its layer is in the document: the article gives way to a
    // widget whose text can be found, read and selected from the start.
    Module["accordFirstFrameDrawn"] = function(json) {
        firstFrame = JSON.parse(json);
        firstFrame["ms"] = performance.now();
        afterFrame("ready", announceFirstFrame);  // in case no layer follows
    };
    var announceFirstFrame = function() {
        var state = firstFrame;
        if (!state) return;
        if (!firstPaintIn()) return;
        firstFrame = null;
        cancelAfterFrame("ready");
        window["accordFirstFrame"] = state;
        document.documentElement.setAttribute("data-accord", state["status"]);
        window.dispatchEvent(new CustomEvent("accord:ready", {"detail": state}));
        if (scrollOwed !== null) { var y = scrollOwed; scrollOwed = null; Module["accordScrollTo"](y); }
    };
    var setHeight = function(contentHeight) {
        var height = Math.ceil(contentHeight) + "px";
        if (stage.style.height !== height) { stage.style.height = height; layer.style.height = height; }
    };
    var build = function(data) {
        // The pack's language and direction: screen readers speak it, selection runs its way.
        if (data["lang"] && layer.getAttribute("lang") !== data["lang"]) {
            layer.setAttribute("lang", data["lang"]);
            stage.setAttribute("lang", data["lang"]);
        }
        if (data["dir"] && layer.getAttribute("dir") !== data["dir"]) {
            layer.setAttribute("dir", data["dir"]);
            stage.setAttribute("dir", data["dir"]);
        }
        setHeight(data["h"]);
        var active = document.activeElement;
        var focusedTarget = active && layer.contains(active) ? active.getAttribute("data-t") : null;
        var root = [], figure = null, details = null, seen = Object.create(null);
        // The map's surface: one finger scrolls the page over it and two pinch it, until
        // the reader taps into the map; then one finger pans it (touch-action: none).
        var m = data["mapRect"];
        if (m) {
            root.push(container("DIV", "map-surface", {
                "class": "accord-map-surface" + (mapEngaged ? " accord-engaged" : ""),
                "style": "left:" + m[0] + "px;top:" + m[1] + "px;width:" + m[2] + "px;height:" + m[3] + "px"}));
        }
        data["b"].forEach(function(b) {
            var parent = root;
            if (b["d"]) {
                if (!details) {
                    details = container("SECTION", "accord-details", {"id": "accord-details", "aria-label": data["details"] || ""});
                    root.push(details);
                }
                parent = details["kids"];
            } else if (b["m"]) {
                if (!figure) {
                    figure = container("FIGURE", "map", {"class": "accord-figure", "role": "figure", "aria-label": data["map"] || ""});
                    root.push(figure);
                }
                parent = figure["kids"];
            }
            // The blocks of one item are one list item; items in a row are one list, named
            // by its first item so that a list that moved (another opened before it) is
            // found again, not its place taken by whichever list now sits there.
            if (b["i"]) {
                var last = parent[parent.length - 1];
                if (!last || last["tag"] !== "UL") { last = container("UL", "l:" + b["i"], {}); parent.push(last); }
                var item = last["kids"][last["kids"].length - 1];
                if (!item || item["key"] !== "i:" + b["i"]) {
                    item = container("LI", "i:" + b["i"], {"data-i": b["i"]});
                    last["kids"].push(item);
                }
                parent = item["kids"];
            }
            var key = b["t"];
            if (!key) {
                key = b["e"] + ":" + (b["l"].length ? b["l"][0][4] : "");
                seen[key] = (seen[key] || 0) + 1;
                key += "#" + seen[key];
            }
            parent.push({"block": b, "sig": b["s"], "key": key});
        });
        patch(layer, root);
        if (focusedTarget && !layer.contains(document.activeElement)) {
            var again = layer.querySelector('[data-t="' + focusedTarget.replace(/["\\]/g, "\\$&") + '"]');
            if (again) again.focus({"preventScroll": true});
        }
        // The widget learns the page's scroll again after every layer: it may have reset
        // its own (another view, another edition) without the page scrolling. After the
        // first layer, in a task just after the frame: reading the stage's place here
        // would force the new layer's layout in the middle of the frame.
        if (!built) { built = true; onScroll(); }
        else afterFrame("resync", onScroll);
        measureNewLines();  // after the first layer's read of its place: one layout for both
    };

    // [SECTION] The document scrolls; the canvas shows the visible slice ---------------
    var stageTop = function() { return stage.getBoundingClientRect().top + window.scrollY; };
    // In a content-tall frame the document does not scroll: the embedding section
    // (below) says which slice the canvas shows (Module["accordSliceTop"]).
    var onScroll = function() {
        var slice = Module["accordSliceTop"];
        _accord_set_scroll(slice ? slice() : Math.max(0, -stage.getBoundingClientRect().top));
    };
    window.addEventListener("scroll", onScroll, {"passive": true});
    window.addEventListener("resize", onScroll);
    // Asked for from inside a frame, right after the layer changed: reading the stage's
    // place there would force the new layer's layout in the middle of the frame.
    // A shared link's first frame asks for its item's place before that frame is shown:
    // the page scrolls once the article has given way (announceFirstFrame), not over it.
    Module["accordScrollTo"] = function(y) {
        if (!window["accordFirstFrame"]) { scrollOwed = y; return; }
        afterFrame("scroll", function() {
            var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
            window.scrollTo({"top": stageTop() + y, "behavior": reduce ? "auto" : "smooth"});
        });
    };

    // [SECTION] Input: the layer forwards it to the widget --------------------------------
    var kinds = {"mouse": 0, "touch": 1, "pen": 2};
    var mapEngaged = false;
    layer.addEventListener("pointerdown", function(event) {
        var surface = layer.querySelector(".accord-map-surface");
        mapEngaged = !!surface && event.target === surface;
        if (surface) surface.classList.toggle("accord-engaged", mapEngaged);
    });
    var at = function(event) {
        var box = canvas.getBoundingClientRect();
        return [event.clientX - box.left, event.clientY - box.top];
    };
    var pointer = function(phase) {
        return function(event) {
            if (phase !== 1 && event.button > 0) return;  // only the main button selects
            var p = at(event);
            _accord_pointer(phase, kinds[event.pointerType] || 0, p[0], p[1], event.isPrimary ? 1 : 0);
        };
    };
    layer.addEventListener("pointerdown", pointer(0));
    window.addEventListener("pointermove", pointer(1), {"passive": true});
    window.addEventListener("pointerup", pointer(2));
    window.addEventListener("pointercancel", pointer(3));
    // A wheel over the map zooms it once the reader has clicked into the map (or with
    // Ctrl/Cmd); anywhere else it scrolls the page, as a wheel should.
    layer.addEventListener("wheel", function(event) {
        var p = at(event), lines = event.deltaMode === 1 ? event.deltaY / 3 : event.deltaY / 100;
        if (_accord_wheel(p[0], p[1], -lines, event.ctrlKey || event.metaKey ? 1 : 0)) event.preventDefault();
    }, {"passive": false});
    // Two fingers on the map zoom it (the map's surface takes touches: touch-action).
    var touches = {};
    var spread = function() {
        var ids = Object.keys(touches);
        if (ids.length !== 2) return null;
        var a = touches[ids[0]], b = touches[ids[1]];
        return {"d": Math.hypot(a[0] - b[0], a[1] - b[1]), "c": [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]};
    };
    var previous = null;
    layer.addEventListener("pointerdown", function(event) {
        if (event.pointerType === "touch") { touches[event.pointerId] = at(event); previous = spread(); }
    });
    layer.addEventListener("pointermove", function(event) {
        if (!(event.pointerId in touches)) return;
        touches[event.pointerId] = at(event);
        var now = spread();
        if (now && previous && previous["d"] > 0) _accord_pinch(now["c"][0], now["c"][1], now["d"] / previous["d"]);
        previous = now;
    });
    var lift = function(event) { delete touches[event.pointerId]; previous = spread(); };
    layer.addEventListener("pointerup", lift);
    layer.addEventListener("pointercancel", lift);

    // Keyboard: focus is the page's. Tab moves through the layer's buttons; the canvas
    // draws its ring on the focused one; Enter and Space press it (a click whose
    // detail is 0: mouse clicks reached the widget as pointer events already).
    // A click or tap on an item gives its element the focus, so Tab goes on from there;
    // the canvas draws no ring for focus that came from a pointer.
    var pointerFocus = false;
    layer.addEventListener("pointerup", function(event) {
        if (event.button > 0) return;
        setTimeout(focusSelected, 0);  // after the widget has taken the click (window listener)
    });
    var focusSelected = function() {
        if (!window.getSelection().isCollapsed) return;  // the reader selected text
        var selected = window["accord"]["getState"]()["selected"];
        var button = selected && layer.querySelector('button[data-t="' + selected.replace(/["\\]/g, "\\$&") + '"]');
        if (!button || button === document.activeElement) return;
        pointerFocus = true;
        button.focus({"preventScroll": true});
        pointerFocus = false;
    };
    layer.addEventListener("focusin", function(event) {
        if (pointerFocus) return;
        var t = event.target.getAttribute && event.target.getAttribute("data-t");
        pass(_accord_focus, t || "");
    });
    layer.addEventListener("focusout", function(event) {
        if (!event.relatedTarget || !layer.contains(event.relatedTarget)) pass(_accord_focus, "");
    });
    layer.addEventListener("click", function(event) {
        if (event.detail !== 0) return;
        var button = event.target["closest"] && event.target["closest"]("button[data-t]");
        if (button) pass(_accord_activate, button.getAttribute("data-t"));
    });
    document.addEventListener("keydown", function(event) {
        if (event.key === "Escape") _accord_key(0);
        var inMap = document.activeElement && document.activeElement["closest"] && document.activeElement["closest"](".accord-figure");
        if (inMap && (event.key === "+" || event.key === "=")) _accord_key(1);
        if (inMap && event.key === "-") _accord_key(2);
    });
})();

// [SECTION] Embedding ------------------------------------------------------------------
// In a frame (window.parent !== window) the page is as tall as its content and the host
// sizes the frame to it. Whenever the document's height changes (at most once per
// animation frame, rounded up) it is posted to the host in every format hosts already
// listen to: pym.js ("pymxPYMx<childId>xPYMxheightxPYMx<px>", and it answers pym's
// "width"), Datawrapper ({"datawrapper-height": {id: px}}), AMP's amp-iframe
// ({sentinel: "amp", type: "embed-size"}), Flourish ({sender: "Flourish", method:
// "resize"}) and ours ({type: "accord:height"}). The height depends on the width only:
// no rule of the framed page uses the frame's own height (accord.css, .accord-framed).
//
// The widget talks to its host (README, "Embedding"): it posts accord:ready,
// accord:select {id, kind, title}, accord:height, accord:error {message}; it takes
// accord:select {id}, accord:set-theme {theme}, accord:set-view {view} from the parent
// window only (and only from the origins listed in ?origin=a,b when given). Anything
// else is ignored, with one console warning.
//
// The visible slice: the frame is as tall as the content, so window.innerHeight is not
// what the reader sees. The canvas keeps one screen's height (Module["accordViewHeight"],
// which web_bridge.cpp's AccordContainerSize reads) and follows the slice of the frame
// that is on screen, found by one IntersectionObserver over a strip of 50 px sentinels
// (it reports the top-level viewport even across origins; DESIGN.md, "Known numbers").
(function() {
    if (window.parent === window) return;
    var root = document.documentElement;
    root.classList.add("accord-framed");
    var params = {};
    String(location.search).slice(1).split("&").forEach(function(pair) {
        var eq = pair.indexOf("=");
        try { if (eq > 0) params[decodeURIComponent(pair.slice(0, eq))] = decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, " ")); }
        catch (e) { /* a malformed escape: not ours */ }
    });
    // pym.js adds initialWidth, childId, parentTitle and parentUrl; childId names this
    // frame in pym's and Datawrapper's messages (the frame's own width is measured).
    var childId = /^[\w.:-]{1,64}$/.test(params["childId"] || "") ? params["childId"] : "accord";
    var origins = String(params["origin"] || "").split(",").filter(function(o) {
        return /^https?:\/\/[^\/?#\s]{1,253}$/.test(o);
    });
    // With ?origin= the messages go to those origins only; without, to whoever frames us
    // (they carry nothing private: heights, titles and ids of the published pack).
    var post = function(data) {
        (origins.length ? origins : ["*"]).forEach(function(origin) {
            try { window.parent.postMessage(data, origin); } catch (e) { /* a detached parent */ }
        });
    };

    // [SECTION] Embedding: the height -------------------------------------------------
    var sent = -1, queued = 0, ready = null;
    var height = function() { return Math.ceil(root.getBoundingClientRect().height); };
    var sendHeight = function(always) {
        var h = height();
        if (h === sent && !always) return;
        sent = h;
        var byId = {};
        byId[childId] = h;
        post("pymxPYMx" + childId + "xPYMxheightxPYMx" + h);
        post({"datawrapper-height": byId});
        post({"sentinel": "amp", "type": "embed-size", "height": Math.max(100, h)});
        post({"sender": "Flourish", "context": "iframe.resize", "method": "resize", "height": h, "src": location.href});
        post({"type": "accord:height", "height": h});
    };
    // Once per animation frame; a timer too, since browsers pause the frames of an
    // off-screen cross-origin frame and the host still needs the height.
    var flush = function() {
        cancelAnimationFrame(queued);
        clearTimeout(flush.timer);
        queued = 0;
        // Until the widget (or its error) shows, the frame keeps its reserved height.
        if (root.hasAttribute("data-accord")) sendHeight(false);
        if (ready) announce();
    };
    var schedule = function() {
        if (queued) return;
        queued = requestAnimationFrame(flush);
        flush.timer = setTimeout(flush, 100);
    };

    // [SECTION] Embedding: the visible slice -------------------------------------------
    var stage = document.getElementById("accord-stage");
    var canvas = Module["canvas"];
    var viewHeight = Math.round(Math.min(Math.max(Number(screen.height) || 800, 320), 2400)) + 32;
    Module["accordViewHeight"] = viewHeight;
    var sentinels = [], visible = {}, sliceTop = 0, sliced = false;
    var STEP = 50, MARGIN = 16;  // the observer's thresholds are 5 px apart: a margin above
    var place = function() {
        var top = Infinity;
        for (var k in visible) top = Math.min(top, visible[k]);
        if (top === Infinity || !sliced) return;  // off screen: keep the last slice
        var next = Math.max(0, Math.min(Math.floor(top) - MARGIN, stage.offsetHeight - viewHeight));
        if (next === sliceTop) return;
        sliceTop = next;
        canvas.style.top = sliceTop + "px";
        _accord_set_scroll(sliceTop);
    };
    var observer = typeof IntersectionObserver === "function" ? new IntersectionObserver(function(entries) {
        entries.forEach(function(entry) {
            var i = sentinels.indexOf(entry.target);
            var r = entry.intersectionRect, box = entry.boundingClientRect;
            if (i < 0) return;
            if (entry.isIntersecting && r.height > 0) visible[i] = i * STEP + (r.top - box.top);
            else delete visible[i];
        });
        place();
    }, {"threshold": [0, .1, .2, .3, .4, .5, .6, .7, .8, .9, 1]}) : null;
    var strip = document.createElement("div");
    strip.className = "accord-sentinels";
    strip.setAttribute("aria-hidden", "true");
    if (stage) stage.appendChild(strip);
    var fitSentinels = function() {
        if (!observer || !stage) return;
        var n = Math.ceil(stage.offsetHeight / STEP);
        while (sentinels.length < n) {
            var s = document.createElement("div");
            s.style.top = sentinels.length * STEP + "px";
            s.style.height = STEP + "px";
            strip.appendChild(s);
            observer.observe(s);
            sentinels.push(s);
        }
        while (sentinels.length > n) {
            var last = sentinels.pop();
            observer.unobserve(last);
            strip.removeChild(last);
            delete visible[sentinels.length];
        }
    };
    // The slice needs web_bridge.cpp to size the canvas from Module["accordViewHeight"];
    // a build that still uses window.innerHeight (the whole frame) keeps the sticky canvas
    // over the whole content, which is right there too, only larger.
    var startSlicing = function() {
        if (sliced || !canvas || !stage || !canvas.width) return;
        var cssHeight = canvas.height * stage.getBoundingClientRect().width / canvas.width;
        if (Math.abs(cssHeight - viewHeight) > 2) return;
        sliced = true;
        root.classList.add("accord-sliced");
        canvas.style.height = viewHeight + "px";
        Module["accordSliceTop"] = function() { return sliceTop; };
        place();
    };
    if (typeof ResizeObserver === "function") {
        new ResizeObserver(function() { fitSentinels(); schedule(); place(); }).observe(root);
        if (stage) new ResizeObserver(function() { fitSentinels(); schedule(); }).observe(stage);
    }
    window.addEventListener("resize", schedule);
    window.addEventListener("scroll", function() { if (sliced) _accord_set_scroll(sliceTop); }, {"passive": true});

    // [SECTION] Embedding: events for the host -----------------------------------------
    var lastError = "", lastSelected = null;
    var reportError = function(message) {
        message = String(message || "").slice(0, 500);
        if (!message || message === lastError) return;
        lastError = message;
        post({"type": "accord:error", "message": message});
    };
    // The first frame is signalled before its layout reaches the page (the same frame,
    // a moment later): the height and the ready message wait for the next flush.
    var announce = function() {
        var state = ready;
        ready = null;
        startSlicing();
        post({"type": "accord:ready", "title": (state["pack"] || {})["title"] || document.title,
              "status": state["status"], "selected": state["selected"], "view": state["view"], "height": sent});
        if (state["status"] === "error") reportError(state["error"]);
    };
    window.addEventListener("accord:ready", function(event) {
        ready = event["detail"] || {};
        lastSelected = ready["selected"];
        schedule();
    });
    window.addEventListener("accord:statechange", function(event) {
        var state = event["detail"] || {};
        if (state["status"] === "error") reportError(state["error"]);
        if (state["status"] !== "ready" || !window["accordFirstFrame"] || state["selected"] === lastSelected) return;
        lastSelected = state["selected"];
        post({"type": "accord:select", "id": state["selected"], "kind": state["selectedKind"], "title": state["selectedTitle"]});
    });
    // The runtime could not start (Module.onAbort) or WebGL 2 is missing: the page says
    // so (data-accord="fatal"); the host hears it too.
    new MutationObserver(function() {
        schedule();
        if (root.getAttribute("data-accord") === "fatal") {
            var status = document.getElementById("accord-status");
            reportError(status ? status.textContent : "the explainer could not start");
        }
    }).observe(root, {"attributes": true, "attributeFilter": ["data-accord"]});

    // [SECTION] Embedding: messages from the host --------------------------------------
    var warned = false;
    var ignore = function(why) {
        if (warned) return;
        warned = true;
        console.warn("Accord: ignored a message from the host page (" + why + "); further ones are ignored silently");
    };
    var VIEWS = ["timeline", "amendments", "map"];
    var handle = function(event) {
        if (event.source !== window.parent) return;  // only the page that frames us
        if (origins.length && origins.indexOf(event.origin) < 0) return ignore("origin " + String(event.origin).slice(0, 100) + " is not in ?origin=");
        var data = event.data;
        if (typeof data === "string") {
            var parts = data.length <= 300 ? data.split("xPYMx") : [];
            if (parts.length === 4 && parts[0] === "pym" && parts[1] === childId) {
                // pym's parent asks (on load and resize); until the widget shows, the
                // frame keeps its reserved height. Other pym messages are not for us.
                if (parts[2] === "width" && root.hasAttribute("data-accord")) sendHeight(true);
                return;
            }
            return ignore("a string that is not a pym.js message");
        }
        if (!data || typeof data !== "object" || Array.isArray(data)) return ignore("not an object");
        if (data["sentinel"] === "amp") return;  // amp-iframe's answers to embed-size
        var type = data["type"];
        if (typeof type !== "string" || type.slice(0, 7) !== "accord:") return ignore("no accord: type");
        if (!window["accordFirstFrame"]) return ignore(type.slice(0, 40) + " before accord:ready");
        var value;
        if (type === "accord:select") {
            value = data["id"];
            if (value !== null && (typeof value !== "string" || value.length > 256)) return ignore("accord:select needs an id string");
            if (!window["accord"]["select"](value || "") && value) ignore("accord:select: no item " + value.slice(0, 60));
        } else if (type === "accord:set-theme") {
            value = data["theme"];
            if (value !== "light" && value !== "dark") return ignore("accord:set-theme needs theme light or dark");
            _accord_set_theme(value === "dark" ? 1 : 0);
        } else if (type === "accord:set-view") {
            value = data["view"];
            if (VIEWS.indexOf(value) < 0) return ignore("accord:set-view needs view " + VIEWS.join(", "));
            var selected = window["accord"]["getState"]()["selected"];
            var hash = "#" + (selected ? "item=" + encodeURIComponent(selected) + "&" : "") + "view=" + value;
            var n = lengthBytesUTF8(hash) + 1, p = _malloc(n);
            stringToUTF8(hash, p, n);
            _accord_apply_hash(p);
            _free(p);
        } else if (type !== "accord:height" && type !== "accord:ready") {
            return ignore("unknown type " + type.slice(0, 40));
        }
    };
    window.addEventListener("message", function(event) {
        try { handle(event); } catch (e) { ignore(String(e).slice(0, 100)); }
    });
})();
