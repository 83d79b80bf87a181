// pre.js — the JavaScript half of the page API, prepended to accord.js (and minified
// with it by closure, hence the quoted property names).
//
//   window.accord.getState()  -> {status, pack, error, selected, clicks, theme, ...}
//   window.accord.items()     -> [{id, x, y, width, height}] in page CSS pixels
//   window.accord.select(id)  -> true when `id` is now selected ("" clears)
//
// Events on window: "accord:ready" (first complete frame; also window.accordFirstFrame)
// and "accord:statechange".
Module["canvas"] = document.getElementById("canvas");
// Tell the frame loop when the widget's box changes size (web_bridge.cpp reads it).
(function() {
    var mark = function() { Module["accordResized"] = true; };
    var box = Module["canvas"] && Module["canvas"].parentElement;
    if (box && typeof ResizeObserver === "function") new ResizeObserver(mark).observe(box);
    window.addEventListener("resize", mark);
    window.addEventListener("orientationchange", mark);
})();
Module["print"] = function(text) { console.log(text); };
Module["printErr"] = function(text) { console.warn(text); };
window["accord"] = {
    "getState": function() {
        return JSON.parse(UTF8ToString(_accord_state_json()));
    },
    "items": function() {
        var box = Module["canvas"].getBoundingClientRect();
        return JSON.parse(UTF8ToString(_accord_items_json())).map(function(item) {
            return {"id": item["id"], "x": box.left + item["x"], "y": box.top + item["y"],
                    "width": item["width"], "height": item["height"]};
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
// If the runtime itself fails (a wasm that cannot compile, a crash at start-up), say
// so in the page instead of leaving "Loading…" forever.
Module["onAbort"] = function(what) {
    var message = "This explainer could not start (" + String(what).slice(0, 200) + "). Please reload the page.";
    console.error("Accord: " + message);
    var status = document.getElementById("accord-status");
    if (status) { status.textContent = message; status.setAttribute("data-status", "error"); }
    document.documentElement.setAttribute("data-accord", "fatal");
};
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
// Back and forward (and edits of the address's #fragment) restore that place.
window.addEventListener("popstate", function() {
    var hash = String(location.hash || ""), n = lengthBytesUTF8(hash) + 1, p = _malloc(n);
    stringToUTF8(hash, p, n);
    _accord_apply_hash(p);
    _free(p);
});
// Keyboard: the canvas takes Tab while there is another item to move to, and lets
// the page move focus on at the last (Shift+Tab: first) item, so it never traps it.
(function() {
    var canvas = Module["canvas"];
    canvas.addEventListener("keydown", function(event) {
        if (event.key === "Tab" && _accord_focus_at_edge(event.shiftKey ? 1 : 0)) event.stopImmediatePropagation();
    }, true);
    canvas.addEventListener("blur", function() { _accord_blur(); });
    // Focus that arrives by keyboard lands on the first item (Shift+Tab: the last),
    // where the canvas draws its own focus ring; a click gives the canvas focus too
    // (so keys work after it) without a ring.
    var pointerFocus = false, shiftTab = false;
    document.addEventListener("keydown", function(event) { if (event.key === "Tab") shiftTab = event.shiftKey; }, true);
    canvas.addEventListener("pointerdown", function() {
        if (document.activeElement === canvas) return;
        pointerFocus = true;
        canvas.focus();
        pointerFocus = false;
    });
    canvas.addEventListener("focus", function() { if (!pointerFocus) _accord_focus_enter(shiftTab ? 1 : 0); });
})();
