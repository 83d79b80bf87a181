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
