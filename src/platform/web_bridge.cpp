// web_bridge.cpp — EM_JS functions and the exported C entry points of the page API.
// Why EM_JS and not embind: a few calls with strings and bytes need no runtime
// library, and closure can still minify them.
#include "platform/web_bridge.h"

#include <cstdlib>
#include <malloc.h>
#include <string>

#include <emscripten.h>

#include "core/pack/pack_loader.h"
#include "core/state/app_state.h"
#include "core/state/url_hash.h"
#include "platform/app.h"
#include "ui/fonts.h"

namespace {
platform::App* g_app = nullptr;
// Every fetch and drop gets the next id; an answer for any other id than the latest
// is stale (a drop during the first fetch wins over it) and is dropped.
int g_latest_request = 0;
std::string g_latest_source;  // the address or file name of the latest request
std::string g_state_json;     // keeps the string alive for accord_state_json's caller
std::string g_items_json;
std::string g_text_layer_json;
std::string g_published_title;

core::Widget* Widget() { return g_app ? &g_app->widget() : nullptr; }
}  // namespace

// clang-format off
// One reader of the page's own text, so each string crosses into the heap one way.
// `what`: 0 location.search, 1 location.hash, 2 location.href, 3 `arg` resolved against
// the document's base address ("" when it is no URL), 4 the content of <meta name=arg>.
EM_JS(char*, AccordPageText, (int what, const char* arg_ptr), {
    var arg = arg_ptr ? UTF8ToString(arg_ptr) : "", s = "";
    try {
        if (what == 0) s = location.search;
        else if (what == 1) s = location.hash;
        else if (what == 2) s = location.href;
        else if (what == 3) s = new URL(arg, document.baseURI).href;
        else if (what == 4) {
            var meta = document.querySelector('meta[name="' + arg + '"]');
            s = meta ? meta.getAttribute("content") : "";
        }
    } catch (e) { s = ""; }
    s = String(s || "");
    var n = lengthBytesUTF8(s) + 1, p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

EM_JS(int, AccordPrefersDark, (), {
    return (window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches) ? 1 : 0;
});

// 1 when the container changed size since the last call (pre.js watches it with a
// ResizeObserver), so the frame loop does not measure the page on every frame.
EM_JS(int, AccordTakeContainerResize, (), {
    var resized = Module["accordResized"] ? 1 : 0;
    Module["accordResized"] = false;
    return resized;
});

// The canvas is as wide as the widget and as tall as the visible viewport: the
// document scrolls past it (position: sticky), so its backing store stays one
// viewport however tall the content.
EM_JS(void, AccordContainerSize, (int* w, int* h), {
    var canvas = Module["canvas"];
    var width = Module["accordBoxWidth"];  // the ResizeObserver's (pre.js): no layout read
    if (!(width > 0)) width = (canvas && canvas.parentElement) ? canvas.parentElement.getBoundingClientRect().width : 800;
    HEAP32[w >> 2] = Math.max(1, Math.floor(width));
    // In a content-tall frame window.innerHeight is the whole content: the page's
    // embedding code (pre.js) gives the height of one screen instead.
    var view = Module["accordViewHeight"];
    HEAP32[h >> 2] = Math.max(1, Math.floor(view > 0 ? view : (window.innerHeight || 600)));
});

// A new layout: its height now (a scroll to a far item needs the page that tall), its
// text layer later. pre.js asks for the layer (accord_text_layer_json) in a task after
// the frame: writing, decoding and parsing it took a third of a selection's frame.
EM_JS(void, AccordPublishTextLayer, (float height, int scroll_only), {
    if (Module["accordTextLayer"]) Module["accordTextLayer"](height, scroll_only !== 0);
});

// The widget asked to show content y = `y` at the top: the document scrolls there.
EM_JS(void, AccordScrollDocumentTo, (float y), {
    if (Module["accordScrollTo"]) Module["accordScrollTo"](y);
});

// Fetches with a timeout and a size cap, then hands the bytes (or a plain-words
// reason) to C++. Never throws into the page.
EM_JS(void, AccordFetchPack, (const char* url_ptr, int request, int max_bytes), {
    var url = UTF8ToString(url_ptr);
    var fail = function(why) {
        var n = lengthBytesUTF8(why) + 1, p = _malloc(n);
        stringToUTF8(why, p, n);
        _accord_on_pack_failed(request, p);
        _free(p);
    };
    var deliver = function(bytes) {
        if (bytes.byteLength > max_bytes) { fail("the file is larger than " + Math.round(max_bytes / 1048576) + " MB"); return; }
        var p = _malloc(bytes.byteLength + 1);
        HEAPU8.set(bytes, p);
        _accord_on_pack_fetched(request, p, bytes.byteLength);
        _free(p);
    };
    // The page may carry this very pack (<script type="application/json" id="accord-pack">,
    // html_export.h): then it is read there, not fetched; answered on a later task, as a
    // fetch would be. (The first frame waits for the page's first paint before it shows:
    // pre.js, announceFirstFrame.)
    var carried = document.getElementById("accord-pack");
    var source = carried && carried.getAttribute("data-source");
    if (source && new URL(source, document.baseURI).href === new URL(url, document.baseURI).href) {
        var text = carried.textContent;
        setTimeout(function() { deliver(new TextEncoder().encode(text)); }, 0);
        return;
    }
    var controller = typeof AbortController === "function" ? new AbortController() : null;
    var timer = setTimeout(function() { if (controller) controller.abort(); }, 15000);
    fetch(url, {signal: controller ? controller.signal : undefined, credentials: "same-origin"}).then(function(response) {
        if (!response.ok) throw new Error("HTTP " + response.status + (response.statusText ? " " + response.statusText : ""));
        // The origin was checked before the fetch (pack_origin.h); a redirect must not
        // carry it to another site.
        var to = response.url ? new URL(response.url).origin : "";
        if (response.redirected && to && to !== new URL(url, document.baseURI).origin)
            throw new Error("the address redirected to another site (" + to + "), which this explainer does not follow");
        return response.arrayBuffer();
    }).then(function(buffer) {
        clearTimeout(timer);
        deliver(new Uint8Array(buffer));
    }).catch(function(error) {
        clearTimeout(timer);
        var why = error && error.name === "AbortError" ? "no answer within 15 seconds"
                : (error && error.message ? error.message : String(error));
        if (/Failed to fetch|NetworkError|Load failed/.test(why)) why = "network error (" + why + ")";
        fail(why);
    });
});

// The reader's place (location.href, kept current by the widget) through the Web Share
// API where the browser has one, else onto the clipboard; in a frame without either,
// the widget shows the link to copy by hand. pym.js's parameters are the host's, not
// the place: they are left out of the link.
EM_JS(void, AccordShare, (const char* title_ptr), {
    var title = UTF8ToString(title_ptr), link = new URL(location.href);
    ["initialWidth", "childId", "parentTitle", "parentUrl"].forEach(function(k) { link.searchParams.delete(k); });
    var url = link.href;
    var done = function(outcome) {
        var n = lengthBytesUTF8(url) + 1, p = _malloc(n);
        stringToUTF8(url, p, n);
        _accord_share_finished(outcome, p);
        _free(p);
    };
    var copy = function() {
        if (navigator.clipboard && navigator.clipboard.writeText)
            navigator.clipboard.writeText(url).then(function() { done(1); }, function() { done(3); });
        else done(3);
    };
    try {
        if (typeof navigator.share === "function" && (!navigator.canShare || navigator.canShare({"url": url})))
            navigator.share({"title": title, "url": url}).then(function() { done(0); }, function(e) {
                if (e && e.name === "AbortError") done(2); else copy();
            });
        else copy();
    } catch (e) { copy(); }
});

EM_JS(void, AccordFetchFace, (const char* file_ptr, int script, int bold), {
    var file = UTF8ToString(file_ptr);
    fetch("fonts/" + file).then(function(response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.arrayBuffer();
    }).then(function(buffer) {
        if (Module["accordLayerFace"]) Module["accordLayerFace"](buffer.slice(0));  // the text layer's too (pre.js)
        var p = _malloc(buffer.byteLength);
        HEAPU8.set(new Uint8Array(buffer), p);
        _accord_on_face(script, bold, p, buffer.byteLength);
        _free(p);
    }).catch(function(error) {
        console.warn("Accord: could not load the font fonts/" + file + " (" + (error && error.message || error) +
                     "): its script shows as boxes");
    });
});

// Another edition of the pack: the same page and place with ?lang= (none for the
// original), so the reader's choice is in the address: it survives reload and shares.
EM_JS(void, AccordOpenEdition, (const char* language_ptr, int original), {
    var url = new URL(location.href);
    if (original) url.searchParams.delete("lang");
    else url.searchParams.set("lang", UTF8ToString(language_ptr));
    location.assign(url.href);
});

// An error goes to the console at once. A warning (a pack's warnings, forty for the
// shipped pack in one message; a parameter ignored) waits for the page's first idle
// moment: a page's first console call costs it several milliseconds, and nothing on
// screen waits for a warning. Those owed go out first when an error comes (the console
// keeps the order things happened in) and when the page is left.
EM_JS(void, AccordConsole, (int is_error, const char* text), {
    var message = UTF8ToString(text);
    var owed = Module["accordWarningsOwed"];
    if (!owed) {
        owed = Module["accordWarningsOwed"] = [];
        Module["accordFlushWarnings"] = function() { while (owed.length) console.warn(owed.shift()); };
        addEventListener("pagehide", Module["accordFlushWarnings"]);
    }
    var flush = Module["accordFlushWarnings"];
    if (is_error) { flush(); console.error(message); return; }
    owed.push(message);
    if (owed.length > 1) return;  // the first one owed asked for the idle moment
    if (typeof requestIdleCallback === "function") requestIdleCallback(flush, {"timeout": 2000});
    else flush();
});

EM_JS(int, AccordMediaMatches, (const char* query), {
    return (window.matchMedia && window.matchMedia(UTF8ToString(query)).matches) ? 1 : 0;
});

// The reader's place goes into the address: a new history entry when it changes, so
// back and forward walk through what the reader selected (pre.js, accordPublishHash).
EM_JS(void, AccordPublishHash, (const char* hash_ptr), {
    Module["accordPublishHash"](UTF8ToString(hash_ptr));
});

// The document speaks of the loaded pack: its title, description and the canvas's
// label come from the pack (through the string table), never from the page's build.
EM_JS(void, AccordPublishTitle, (const char* title_ptr, const char* description_ptr, const char* label_ptr), {
    document.title = UTF8ToString(title_ptr);
    var description = document.querySelector('meta[name="description"]');
    if (description) description.setAttribute("content", UTF8ToString(description_ptr));
    var stage = document.getElementById("accord-stage");
    if (stage) stage.setAttribute("aria-label", UTF8ToString(label_ptr));
});

EM_JS(void, AccordPublishState, (const char* json_ptr), {
    var state = JSON.parse(UTF8ToString(json_ptr));
    var status = document.getElementById("accord-status");
    if (status) {
        // A polite live region: it says the title of a newly selected item, and only
        // changes (so only speaks) when the selection or the status does.
        var text = state["status"] === "error" ? state["error"]
            : state["status"] === "ready" ? (state["notice"] || state["selectedTitle"] || state["pack"]["title"])
            : "Loading\u2026";
        if (status.textContent !== text) status.textContent = text;
        status.setAttribute("data-status", state["status"]);
    }
    window.dispatchEvent(new CustomEvent("accord:statechange", {detail: state}));
});

// The page says it once the frame's text layer is in the document too (web/pre.js).
EM_JS(void, AccordSignalFirstFrame, (const char* json_ptr), {
    Module["accordFirstFrameDrawn"](UTF8ToString(json_ptr));
});

EM_JS(void, AccordShowFatal, (const char* text), {
    var message = UTF8ToString(text);
    console.error("Accord: " + message);
    var status = document.getElementById("accord-status");
    if (status) { status.textContent = message; status.setAttribute("data-status", "error"); }
    document.documentElement.setAttribute("data-accord", "fatal");
});
// clang-format on

namespace platform::web {

void Attach(App& app) { g_app = &app; }

namespace {
std::string PageText(int what, const char* arg = nullptr) {
    char* p = AccordPageText(what, arg);
    std::string s = p ? p : "";
    std::free(p);
    return s;
}
}  // namespace

std::string LocationSearch() { return PageText(0); }
std::string LocationHref() { return PageText(2); }
std::string ResolveUrl(const std::string& url) { return PageText(3, url.c_str()); }
std::string PageMeta(const char* name) { return PageText(4, name); }

bool PrefersDarkScheme() { return AccordPrefersDark() != 0; }

void ContainerCssSize(int& width, int& height) { AccordContainerSize(&width, &height); }

bool TakeContainerResize() { return AccordTakeContainerResize() != 0; }

void FetchPack(const std::string& url, const std::string& foreign_host) {
    g_latest_source = url;
    if (core::Widget* widget = Widget()) widget->LoadStarted(url, foreign_host);
    AccordFetchPack(url.c_str(), ++g_latest_request, static_cast<int>(core::PackLimits{}.max_bytes));
}

void FetchScriptFaces(core::Script script) {
    for (int bold = 0; bold < 2; ++bold)
        AccordFetchFace((std::string(core::ScriptFaceStem(script)) + (bold ? "-bold.ttf" : "-regular.ttf")).c_str(), static_cast<int>(script), bold);
}

void Console(bool is_error, const std::string& text) { AccordConsole(is_error ? 1 : 0, text.c_str()); }

void PublishLayout() {
    core::Widget* widget = Widget();
    if (!widget) return;
    if (std::optional<core::Widget::ShareRequest> share = widget->TakeShareRequest()) AccordShare(share->title.c_str());
    if (std::optional<core::Widget::LanguageRequest> edition = widget->TakeLanguageRequest())
        AccordOpenEdition(edition->language.c_str(), edition->original ? 1 : 0);
    // The layer first: it sets the page's height, which a scroll to a far item needs.
    static int published_generation = -1;
    if (widget->layout_generation() != published_generation) {
        published_generation = widget->layout_generation();
        AccordPublishTextLayer(widget->scene().height, widget->last_layout_for_scroll_only() ? 1 : 0);
    }
    if (std::optional<float> y = widget->TakeScrollRequest()) AccordScrollDocumentTo(*y);
}

void PublishState() {
    core::Widget* widget = Widget();
    if (!widget) return;
    const core::AppState& state = widget->state();
    if (state.status == core::LoadStatus::Ready && state.page_title != g_published_title && widget->pack()) {
        g_published_title = state.page_title;
        const core::Strings& strings = widget->strings();
        const core::Meta& meta = widget->pack()->meta;
        AccordPublishTitle(state.page_title.c_str(),
                           strings.Format(core::StringId::PageDescription, {meta.title, meta.subtitle}).c_str(),
                           strings.Format(core::StringId::CanvasLabel, {meta.title}).c_str());
    }
    g_state_json = core::StateToJson(state);
    AccordPublishState(g_state_json.c_str());
    if (state.status == core::LoadStatus::Ready) {
        core::HashState place{state.selected_id, std::nullopt};
        if (state.view != core::View::Timeline) place.view = state.view;
        AccordPublishHash(core::EncodeHash(place).c_str());
    }
}

std::string LocationHash() { return PageText(1); }

bool MediaMatches(const char* query) { return AccordMediaMatches(query) != 0; }

void SignalFirstCompleteFrame() {
    core::Widget* widget = Widget();
    if (!widget) return;
    g_state_json = core::StateToJson(widget->state());
    AccordSignalFirstFrame(g_state_json.c_str());
}

void ShowFatal(const std::string& text) { AccordShowFatal(text.c_str()); }

}  // namespace platform::web

// The page API's entry points. EMSCRIPTEN_KEEPALIVE exports each one (no list of
// them elsewhere); web/pre.js calls them.
extern "C" {

EMSCRIPTEN_KEEPALIVE void accord_on_pack_fetched(int request, const char* bytes, int length) {
    core::Widget* widget = Widget();
    if (!widget || request != g_latest_request) return;  // a later fetch or a drop won
    widget->PackArrived(g_latest_source, std::string_view(bytes, static_cast<size_t>(length)));
}

EMSCRIPTEN_KEEPALIVE void accord_on_pack_failed(int request, const char* why) {
    core::Widget* widget = Widget();
    if (!widget || request != g_latest_request) return;
    widget->LoadFailed(g_latest_source, why ? why : "unknown error");
}

// A right-to-left script's face has arrived (FetchScriptFaces).
EMSCRIPTEN_KEEPALIVE void accord_on_face(int script, int bold, const unsigned char* bytes, int length) {
    if (!g_app || script < 0 || script >= core::kScriptCount || length <= 0 || length > (4 << 20)) return;
    g_app->AddScriptFace(static_cast<core::Script>(script), bold != 0, {bytes, bytes + length});
}

// How a share went (AccordShare): 0 shared, 1 copied, 2 cancelled, 3 copy by hand.
EMSCRIPTEN_KEEPALIVE void accord_share_finished(int outcome, const char* url) {
    core::Widget* widget = Widget();
    if (!widget || outcome < 0 || outcome > 3) return;
    widget->ShareFinished(static_cast<core::Widget::ShareOutcome>(outcome), url ? url : "");
}

// The largest pack the widget takes, for the drop handler (one limit: the loader's).
EMSCRIPTEN_KEEPALIVE int accord_max_pack_bytes() { return static_cast<int>(core::PackLimits{}.max_bytes); }

// A pack file dropped onto the page (live preview; nothing is stored). It wins over
// any fetch still under way.
EMSCRIPTEN_KEEPALIVE void accord_on_pack_dropped(const char* bytes, int length, const char* name) {
    core::Widget* widget = Widget();
    if (!widget) return;
    ++g_latest_request;
    g_latest_source = std::string("dropped file ") + (name ? name : "");
    widget->PackArrived(g_latest_source, std::string_view(bytes, static_cast<size_t>(length)));
}

EMSCRIPTEN_KEEPALIVE const char* accord_state_json() {
    core::Widget* widget = Widget();
    g_state_json = widget ? core::StateToJson(widget->state()) : std::string("{}");
    return g_state_json.c_str();
}

// The faces the canvas draws with, for the text layer's lines (web/pre.js): where the
// bytes of face `index` start, and how many (0 past the last).
EMSCRIPTEN_KEEPALIVE const unsigned char* accord_layer_face(int index) { return ui::EmbeddedFaceAt(index).data; }
EMSCRIPTEN_KEEPALIVE int accord_layer_face_size(int index) { return static_cast<int>(ui::EmbeddedFaceAt(index).size); }

// The text layer of the frame drawn last (web/pre.js builds the DOM from it, in a task
// after that frame); "" when the state has changed since: the next frame's layer follows.
EMSCRIPTEN_KEEPALIVE const char* accord_text_layer_json() {
    core::Widget* widget = Widget();
    g_text_layer_json = widget ? widget->TextLayerJsonOfLastFrame().value_or(std::string()) : std::string();
    return g_text_layer_json.c_str();
}

// Selectable items on screen (one rectangle each) in canvas CSS pixels, in reading order.
EMSCRIPTEN_KEEPALIVE const char* accord_items_json() {
    core::Widget* widget = Widget();
    g_items_json = widget ? widget->ItemsJson() : std::string("[]");
    return g_items_json.c_str();
}

// Back/forward or an edited fragment: restore that place.
EMSCRIPTEN_KEEPALIVE void accord_apply_hash(const char* hash) {
    if (core::Widget* widget = Widget(); widget && hash) widget->ApplyPlace(hash);
}

// The reader's system switched between light and dark (only followed when the page
// did not fix a theme with ?theme=).
// The reader's system asked for more contrast (or forced its colours), or stopped.
EMSCRIPTEN_KEEPALIVE void accord_set_high_contrast(int high) {
    if (core::Widget* widget = Widget()) widget->SetHighContrast(high != 0);
}

EMSCRIPTEN_KEEPALIVE void accord_set_theme(int dark) {
    if (core::Widget* widget = Widget()) widget->SetTheme(dark ? core::Theme::Dark : core::Theme::Light);
}

// [SECTION] Input from the page's text layer (it lies over the canvas) ----------------
// Positions are in canvas CSS pixels. kind: 0 mouse, 1 touch, 2 pen; phase: 0 down,
// 1 move, 2 up, 3 cancel.
EMSCRIPTEN_KEEPALIVE void accord_pointer(int phase, int kind, float x, float y, int primary) {
    core::Widget* widget = Widget();
    if (!widget || phase < 0 || phase > 3 || kind < 0 || kind > 2) return;
    widget->Pointer({static_cast<core::PointerPhase>(phase), static_cast<core::PointerKind>(kind), {x, y}, primary != 0});
}

// 1 when the widget used the wheel (the page then prevents its default scroll).
EMSCRIPTEN_KEEPALIVE int accord_wheel(float x, float y, float notches_up, int ctrl) {
    core::Widget* widget = Widget();
    if (!widget) return 0;
    core::WheelEvent event{{x, y}, notches_up, {}};
    event.modifiers.ctrl = ctrl != 0;
    return widget->Wheel(event) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void accord_pinch(float x, float y, float scale) {
    if (core::Widget* widget = Widget()) widget->Pinch({{x, y}, scale});
}

// The document scrolled: content y at the top of the canvas.
EMSCRIPTEN_KEEPALIVE void accord_set_scroll(float y) {
    if (core::Widget* widget = Widget()) widget->SetScroll(y);
}

namespace {
// A text layer element's target name ("day-7", "control:zoom-in", ...) back to a
// target of the current scene; empty when it names nothing there.
core::HitTarget TargetNamed(core::Widget& widget, const char* name) {
    if (!name) return {};
    for (const core::HitArea& area : widget.scene().Targets(true))
        if (core::TargetName(area.target) == name) return area.target;
    return {};
}
}  // namespace

// Focus moved to (or off) an element of the text layer: the canvas draws the ring.
EMSCRIPTEN_KEEPALIVE void accord_focus(const char* name) {
    if (core::Widget* widget = Widget()) widget->SetFocus(TargetNamed(*widget, name));
}

// Enter or Space on an element of the text layer.
EMSCRIPTEN_KEEPALIVE void accord_activate(const char* name) {
    core::Widget* widget = Widget();
    if (!widget) return;
    const core::HitTarget target = TargetNamed(*widget, name);
    if (!target.Empty()) widget->Activate(target);
}

// Keys the page passes on (Escape; + and - over the map). 0 Escape, 1 plus, 2 minus.
EMSCRIPTEN_KEEPALIVE void accord_key(int key) {
    core::Widget* widget = Widget();
    if (!widget) return;
    if (key == 0) widget->KeyDown({core::Key::Escape, {}});
    if (key == 1) widget->KeyDown({core::Key::Plus, {}});
    if (key == 2) widget->KeyDown({core::Key::Minus, {}});
}

// [SECTION] Staying up -------------------------------------------------------------------
// The page saw webglcontextrestored (pre.js): make the GL objects again and redraw.
EMSCRIPTEN_KEEPALIVE void accord_gl_restored() {
    if (g_app) g_app->RestoreGl();
}

// The wasm memory's size in bytes (it grows and never shrinks) and the bytes malloc has
// handed out and not had back, for the soak benchmark (tests/browser/soak.mjs).
EMSCRIPTEN_KEEPALIVE double accord_heap_bytes() { return static_cast<double>(__builtin_wasm_memory_size(0)) * 65536.0; }
EMSCRIPTEN_KEEPALIVE double accord_heap_used_bytes() { return static_cast<double>(mallinfo().uordblks); }

EMSCRIPTEN_KEEPALIVE int accord_select(const char* id) {
    core::Widget* widget = Widget();
    if (!widget || !id) return 0;
    if (!widget->Select(id)) return 0;
    widget->RevealSelection();
    return widget->state().selected_id == id ? 1 : 0;
}

}  // extern "C"
