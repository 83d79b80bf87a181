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
// More contrast or forced colours: the canvas follows live, as the page's CSS does.
if (window.matchMedia) {
    var contrast = [window.matchMedia("(forced-colors: active)"), window.matchMedia("(prefers-contrast: more)")];
    var followContrast = function() { _accord_set_high_contrast(contrast[0].matches || contrast[1].matches ? 1 : 0); };
    contrast.forEach(function(query) { if (query.addEventListener) query.addEventListener("change", followContrast); });
}
// Back and forward (and edits of the address's #fragment) restore that place.
window.addEventListener("popstate", function() {
    var hash = String(location.hash || ""), n = lengthBytesUTF8(hash) + 1, p = _malloc(n);
    stringToUTF8(hash, p, n);
    _accord_apply_hash(p);
    _free(p);
});

// [SECTION] The text layer -------------------------------------------------------------
// Every text the canvas draws is also an element here, transparent and positioned
// over its own pixels (each line stretched to the width the canvas measured, as
// PDF.js's text layer does): screen readers, find in page, selection, copy and
// translation see real text. It is rebuilt from the scene after every layout
// (web_bridge.cpp, AccordPublishTextLayer), so it never disagrees with the pixels.
// The layer lies over the canvas and forwards pointer input to it; the document,
// not the canvas, scrolls.
(function() {
    var stage = document.getElementById("accord-stage");
    var layer = document.getElementById("accord-text");
    var canvas = Module["canvas"];
    if (!stage || !layer || !canvas) return;
    var measure = document.createElement("canvas").getContext("2d");
    var family = window.getComputedStyle(layer).fontFamily || "sans-serif";
    var pass = function(fn, text) {
        var n = lengthBytesUTF8(text) + 1, p = _malloc(n);
        stringToUTF8(text, p, n);
        fn(p);
        _free(p);
    };

    // One line of text, positioned in content coordinates (or relative to `origin`).
    var line = function(l, origin) {
        var span = document.createElement("span");
        span.className = "accord-line";
        span.textContent = l[6];
        var size = l[4], font = (l[5] ? "700 " : "400 ") + size + "px " + family;
        span.style.left = (l[0] - origin[0]) + "px";
        span.style.top = (l[1] - origin[1]) + "px";
        span.style.height = l[3] + "px";
        span.style.lineHeight = l[3] + "px";
        span.style.fontSize = size + "px";
        if (l[5]) span.style.fontWeight = "700";
        measure.font = font;
        var natural = measure.measureText(l[6]).width;
        if (natural > 0 && l[2] > 0) span.style.transform = "scaleX(" + (l[2] / natural).toFixed(4) + ")";
        return span;
    };
    var fill = function(element, lines, origin) {
        lines.forEach(function(l, i) {
            if (i > 0) element.appendChild(document.createTextNode(" "));  // copied text keeps its spaces
            element.appendChild(line(l, origin));
        });
    };

    // A layout that only moved the sticky map for a scroll is applied once the scroll
    // settles: rebuilding mid-scroll would drop the reader's text selection.
    var settle = 0;
    Module["accordTextLayer"] = function(json, scrollOnly) {
        clearTimeout(settle);
        if (scrollOnly) { settle = setTimeout(function() { build(json); }, 180); return; }
        build(json);
    };
    var build = function(json) {
        var data = JSON.parse(json);
        var height = Math.ceil(data["h"]);
        stage.style.height = height + "px";
        layer.style.height = height + "px";
        var active = document.activeElement;
        var focusedTarget = active && layer.contains(active) ? active.getAttribute("data-t") : null;
        var root = document.createDocumentFragment();
        var figure = null, details = null;
        // The map's surface: one finger scrolls the page over it and two pinch it, until
        // the reader taps into the map; then one finger pans it (touch-action: none).
        var m = data["mapRect"];
        if (m) {
            var surface = document.createElement("div");
            surface.className = "accord-map-surface" + (mapEngaged ? " accord-engaged" : "");
            surface.style.left = m[0] + "px";
            surface.style.top = m[1] + "px";
            surface.style.width = m[2] + "px";
            surface.style.height = m[3] + "px";
            root.appendChild(surface);
        }
        data["b"].forEach(function(b) {
            var parent = root;
            if (b["d"]) {
                if (!details) {
                    details = document.createElement("section");
                    details.id = "accord-details";
                    details.setAttribute("aria-label", data["details"] || "");
                    root.appendChild(details);
                }
                parent = details;
            } else if (b["m"]) {
                if (!figure) {
                    figure = document.createElement("figure");
                    figure.className = "accord-figure";
                    figure.setAttribute("role", "figure");
                    figure.setAttribute("aria-label", data["map"] || "");
                    root.appendChild(figure);
                }
                parent = figure;
            }
            // The blocks of one item are one list item; items in a row are one list.
            if (b["i"]) {
                var last = parent.lastChild;
                if (!last || last.nodeName !== "UL") { last = document.createElement("ul"); parent.appendChild(last); }
                var item = last.lastChild;
                if (!item || item.getAttribute("data-i") !== b["i"]) {
                    item = document.createElement("li");
                    item.setAttribute("data-i", b["i"]);
                    last.appendChild(item);
                }
                parent = item;
            }
            var e;
            if (b["e"] === "button") {
                e = document.createElement("button");
                e.type = "button";
                e.className = "accord-target";
                e.setAttribute("data-t", b["t"]);
                var r = b["r"];
                e.style.left = r[0] + "px";
                e.style.top = r[1] + "px";
                e.style.width = r[2] + "px";
                e.style.height = r[3] + "px";
                fill(e, b["l"], r);
                if (b["label"]) e.setAttribute("aria-label", b["label"]);
                if ("checked" in b) { e.setAttribute("role", "checkbox"); e.setAttribute("aria-checked", b["checked"] ? "true" : "false"); }
                else if ("pressed" in b) e.setAttribute("aria-pressed", b["pressed"] ? "true" : "false");
                if ("expanded" in b) e.setAttribute("aria-expanded", b["expanded"] ? "true" : "false");
                if (b["expanded"] && b["i"]) e.setAttribute("aria-controls", "accord-details");
            } else {
                e = document.createElement(b["e"]);
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
                fill(into, b["l"], [0, 0]);
            }
            parent.appendChild(e);
        });
        layer["replaceChildren"](root);
        if (focusedTarget) {
            var again = layer.querySelector('[data-t="' + focusedTarget.replace(/["\\]/g, "\\$&") + '"]');
            if (again) again.focus({"preventScroll": true});
        }
        onScroll();
    };

    // [SECTION] The document scrolls; the canvas shows the visible slice ---------------
    var stageTop = function() { return stage.getBoundingClientRect().top + window.scrollY; };
    var onScroll = function() { _accord_set_scroll(Math.max(0, -stage.getBoundingClientRect().top)); };
    window.addEventListener("scroll", onScroll, {"passive": true});
    window.addEventListener("resize", onScroll);
    Module["accordScrollTo"] = function(y) {
        var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        window.scrollTo({"top": stageTop() + y, "behavior": reduce ? "auto" : "smooth"});
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
