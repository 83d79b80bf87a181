// web_bridge.h — the C++ side of the page: fetching packs, the console, the status
// line beside the canvas, the document's title, the first-frame signal, and
// window.accord's calls back in. Implemented with EM_JS in web_bridge.cpp; the
// JavaScript half is web/pre.js.
#pragma once
#include <string>

#include "core/layout/bidi_text.h"

namespace platform {
class App;

namespace web {

void Attach(App& app);                  // routes window.accord calls and fetch results to `app`
std::string LocationSearch();           // location.search
std::string LocationHref();             // location.href
std::string ResolveUrl(const std::string& url);  // against the document's base; "" if no URL
std::string PageMeta(const char* name);  // <meta name=...>'s content; "" if none
bool PrefersDarkScheme();               // (prefers-color-scheme: dark)
void ContainerCssSize(int& width, int& height);
bool TakeContainerResize();             // the container changed size since the last call
// Starts fetching `url`; its answer reaches the widget only if no later fetch or drop
// has started since (each request carries its own id). `foreign_host`: see
// Widget::LoadStarted.
void FetchPack(const std::string& url, const std::string& foreign_host = {});
void Console(bool is_error, const std::string& text);
// Fetches fonts/<script>-{regular,bold}.ttf beside the page; each face that arrives goes
// to the app (App::AddScriptFace). One that fails leaves a console warning: the text
// then shows missing-glyph boxes, and the widget keeps working.
void FetchScriptFaces(core::Script script);
void PublishState();                    // status line, title, URL fragment, 'accord:statechange'
void PublishLayout();                   // a scroll the widget asked for; the text layer of a new layout
std::string LocationHash();             // location.hash
bool MediaMatches(const char* query);   // matchMedia(query).matches
void SignalFirstCompleteFrame();        // window.accordFirstFrame + 'accord:ready' event
void ShowFatal(const std::string& text);  // no WebGL2 and the like: a message in the page

}  // namespace web
}  // namespace platform
