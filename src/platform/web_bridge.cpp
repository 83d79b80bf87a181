// web_bridge.cpp — EM_JS functions and the exported C entry points of the page API.
// Why EM_JS and not embind: a few calls with strings and bytes need no runtime
// library, and closure can still minify them.
#include "platform/web_bridge.h"

#include <cstdlib>
#include <string>

#include <SDL.h>
#include <emscripten.h>

#include "core/state/app_state.h"
#include "core/state/url_hash.h"
#include "platform/app.h"

namespace {
platform::App* g_app = nullptr;
std::string g_pending_url;  // the pack being fetched
std::string g_state_json;   // keeps the string alive for accord_state_json's caller
std::string g_items_json;
}  // namespace

// clang-format off
EM_JS(char*, AccordLocationSearch, (), {
    var s = String(location.search || "");
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

EM_JS(void, AccordContainerSize, (int* w, int* h), {
    var canvas = Module["canvas"];
    var box = (canvas && canvas.parentElement) ? canvas.parentElement.getBoundingClientRect() : {width: 800, height: 600};
    HEAP32[w >> 2] = Math.max(1, Math.floor(box.width));
    HEAP32[h >> 2] = Math.max(1, Math.floor(box.height));
});

// Fetches with a timeout and a size cap, then hands the bytes (or a plain-words
// reason) to C++. Never throws into the page.
EM_JS(void, AccordFetchPack, (const char* url_ptr), {
    var url = UTF8ToString(url_ptr);
    var fail = function(why) {
        var n = lengthBytesUTF8(why) + 1, p = _malloc(n);
        stringToUTF8(why, p, n);
        _accord_on_pack_failed(p);
        _free(p);
    };
    var controller = typeof AbortController === "function" ? new AbortController() : null;
    var timer = setTimeout(function() { if (controller) controller.abort(); }, 15000);
    fetch(url, {signal: controller ? controller.signal : undefined, credentials: "same-origin"}).then(function(response) {
        if (!response.ok) throw new Error("HTTP " + response.status + (response.statusText ? " " + response.statusText : ""));
        return response.arrayBuffer();
    }).then(function(buffer) {
        clearTimeout(timer);
        if (buffer.byteLength > 4 * 1024 * 1024) { fail("the file is larger than 4 MB"); return; }
        var p = _malloc(buffer.byteLength + 1);
        HEAPU8.set(new Uint8Array(buffer), p);
        _accord_on_pack_fetched(p, buffer.byteLength);
        _free(p);
    }).catch(function(error) {
        clearTimeout(timer);
        var why = error && error.name === "AbortError" ? "no answer within 15 seconds"
                : (error && error.message ? error.message : String(error));
        if (/Failed to fetch|NetworkError|Load failed/.test(why)) why = "network error (" + why + ")";
        fail(why);
    });
});

EM_JS(void, AccordConsole, (int is_error, const char* text), {
    (is_error ? console.error : console.warn)(UTF8ToString(text));
});

EM_JS(char*, AccordLocationHash, (), {
    var s = String(location.hash || "");
    var n = lengthBytesUTF8(s) + 1, p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

EM_JS(int, AccordMediaMatches, (const char* query), {
    return (window.matchMedia && window.matchMedia(UTF8ToString(query)).matches) ? 1 : 0;
});

// The reader's place goes into the address: a new history entry when it changes, so
// back and forward walk through what the reader selected.
EM_JS(void, AccordPublishHash, (const char* hash_ptr), {
    var hash = UTF8ToString(hash_ptr);
    var current = location.hash === "#" ? "" : location.hash;
    if (hash === current) return;
    try {
        history.pushState(null, "", hash || (location.pathname + location.search));
    } catch (e) {
        // Sandboxed or opaque-origin frames may refuse history changes: keep working.
    }
});

EM_JS(void, AccordPublishState, (const char* json_ptr), {
    var state = JSON.parse(UTF8ToString(json_ptr));
    var status = document.getElementById("accord-status");
    if (status) {
        status.textContent = state["status"] === "error" ? state["error"]
            : state["status"] === "ready" ? (state["pack"]["title"] + (state["selected"] ? " \u2014 selected: " + state["selected"] : ""))
            : "Loading\u2026";
        status.setAttribute("data-status", state["status"]);
    }
    window.dispatchEvent(new CustomEvent("accord:statechange", {detail: state}));
});

EM_JS(void, AccordSignalFirstFrame, (const char* json_ptr), {
    var state = JSON.parse(UTF8ToString(json_ptr));
    state["ms"] = performance.now();
    window["accordFirstFrame"] = state;
    document.documentElement.setAttribute("data-accord", state["status"]);
    window.dispatchEvent(new CustomEvent("accord:ready", {detail: state}));
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

std::string LocationSearch() {
    char* p = AccordLocationSearch();
    std::string s = p ? p : "";
    std::free(p);
    return s;
}

bool PrefersDarkScheme() { return AccordPrefersDark() != 0; }

void ContainerCssSize(int& width, int& height) { AccordContainerSize(&width, &height); }

bool TakeContainerResize() { return AccordTakeContainerResize() != 0; }

void FetchPack(const std::string& url) {
    g_pending_url = url;
    AccordFetchPack(url.c_str());
}

void Console(bool is_error, const std::string& text) { AccordConsole(is_error ? 1 : 0, text.c_str()); }

void PublishState() {
    if (!g_app) return;
    const core::AppState& state = g_app->state();
    g_state_json = core::StateToJson(state);
    AccordPublishState(g_state_json.c_str());
    if (state.status == core::LoadStatus::Ready) {
        std::string hash = core::EncodeHash({state.selected_id, state.view == "timeline" ? "" : state.view});
        AccordPublishHash(hash.c_str());
    }
}

std::string LocationHash() {
    char* p = AccordLocationHash();
    std::string s = p ? p : "";
    std::free(p);
    return s;
}

bool MediaMatches(const char* query) { return AccordMediaMatches(query) != 0; }

void SignalFirstCompleteFrame() {
    if (!g_app) return;
    g_state_json = core::StateToJson(g_app->state());
    AccordSignalFirstFrame(g_state_json.c_str());
}

void ShowFatal(const std::string& text) { AccordShowFatal(text.c_str()); }

}  // namespace platform::web

// The exported entry points (see EXPORTED_FUNCTIONS in cmake/WebFlags.cmake).
extern "C" {

EMSCRIPTEN_KEEPALIVE void accord_on_pack_fetched(const char* bytes, int length) {
    if (g_app) g_app->ShowPack(g_pending_url, std::string_view(bytes, static_cast<size_t>(length)));
}

EMSCRIPTEN_KEEPALIVE void accord_on_pack_failed(const char* why) {
    if (g_app) g_app->ShowLoadFailure(g_pending_url, why ? why : "unknown error");
}

// A pack file dropped onto the page (live preview; nothing is stored).
EMSCRIPTEN_KEEPALIVE void accord_on_pack_dropped(const char* bytes, int length, const char* name) {
    if (!g_app) return;
    g_pending_url = std::string("dropped file ") + (name ? name : "");
    g_app->ShowPack(g_pending_url, std::string_view(bytes, static_cast<size_t>(length)));
    g_app->RequestRedraw();
}

EMSCRIPTEN_KEEPALIVE const char* accord_state_json() {
    g_state_json = g_app ? core::StateToJson(g_app->state()) : std::string("{}");
    return g_state_json.c_str();
}

// Selectable items (one rectangle each, the largest) in canvas CSS pixels, scroll
// applied, in reading order.
EMSCRIPTEN_KEEPALIVE const char* accord_items_json() {
    g_items_json = "[";
    if (g_app) {
        const float scroll = g_app->state().scroll_y;
        int view_w = 0, view_h = 0;
        SDL_GetWindowSize(g_app->window(), &view_w, &view_h);
        for (const core::HitArea& area : g_app->scene().Targets(false, scroll, scroll + static_cast<float>(view_h))) {
            if (g_items_json.size() > 1) g_items_json += ",";
            g_items_json += "{\"id\":\"" + area.item_id + "\",\"x\":" + std::to_string(area.rect.x) +
                            ",\"y\":" + std::to_string(area.rect.y - scroll) + ",\"width\":" +
                            std::to_string(area.rect.w) + ",\"height\":" + std::to_string(area.rect.h) + "}";
        }
    }
    g_items_json += "]";
    return g_items_json.c_str();
}

// Back/forward or an edited fragment: restore that place.
EMSCRIPTEN_KEEPALIVE void accord_apply_hash(const char* hash) {
    if (!g_app || !hash) return;
    g_app->ApplyHash(hash);
    g_app->RequestRedraw();
}

// 1 when Tab (or Shift+Tab) should leave the canvas: focus is on the last (first) item.
EMSCRIPTEN_KEEPALIVE int accord_focus_at_edge(int backwards) {
    return g_app && g_app->FocusAtEdge(backwards != 0) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void accord_focus_enter(int from_end) {
    if (g_app) g_app->FocusFirst(from_end != 0);
}

// The reader's system switched between light and dark (only followed when the page
// did not fix a theme with ?theme=).
EMSCRIPTEN_KEEPALIVE void accord_set_theme(int dark) {
    if (!g_app) return;
    g_app->SetTheme(dark ? ui::ThemeName::Dark : ui::ThemeName::Light);
    platform::web::PublishState();
}

EMSCRIPTEN_KEEPALIVE void accord_blur() {
    if (g_app) g_app->ClearFocus();
}

EMSCRIPTEN_KEEPALIVE int accord_select(const char* id) {
    if (!g_app || !id) return 0;
    g_app->Select(id);
    g_app->RevealSelection();
    return g_app->state().selected_id == id ? 1 : 0;
}

}  // extern "C"
