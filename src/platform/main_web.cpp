// main_web.cpp — the browser entry point: read the page parameters, create the
// WebGL2 canvas, fetch the pack, and run App::Frame from the browser's frame loop.
#include <emscripten.h>

#include "core/state/pack_origin.h"
#include "core/state/url_params.h"
#include "platform/app.h"
#include "platform/web_bridge.h"

namespace {

platform::App g_app;
int g_container_w = 0, g_container_h = 0;

void Tick() {
    // The page decides the canvas size; follow the container (resize, rotation). It is
    // measured only when the page said it changed: no layout reads on idle frames.
    int w = g_container_w, h = g_container_h;
    if (platform::web::TakeContainerResize()) platform::web::ContainerCssSize(w, h);
    if (w != g_container_w || h != g_container_h) {
        g_container_w = w;
        g_container_h = h;
        g_app.SetViewSize(w, h);
    }
    g_app.Frame();  // draws nothing while idle
    platform::web::PublishLayout();
    if (g_app.widget().TakeStateChanged()) platform::web::PublishState();
}

// Only from this site, or from the origins the build wrote into the page
// (<meta name="accord-pack-origins">, from ACCORD_PACK_ORIGINS): see pack_origin.h.
void LoadPack(core::Widget& widget, const std::string& url) {
    std::vector<std::string> rejected;
    const std::vector<std::string> allowed =
        core::ParseAllowedOrigins(platform::web::PageMeta("accord-pack-origins"), &rejected);
    for (const std::string& entry : rejected)
        platform::web::Console(false, "Accord: ignored \"" + entry + "\" in accord-pack-origins: not an https origin");
    const core::PackOriginCheck check =
        core::CheckPackOrigin(platform::web::LocationHref(), platform::web::ResolveUrl(url), allowed);
    switch (check.verdict) {
        case core::PackOriginVerdict::SameOrigin: platform::web::FetchPack(url); break;
        case core::PackOriginVerdict::AllowedOrigin: platform::web::FetchPack(url, check.pack_host); break;
        case core::PackOriginVerdict::Refused:
        case core::PackOriginVerdict::BadAddress: widget.LoadRefused(url, check); break;
    }
}

}  // namespace

int main() {
    platform::web::Attach(g_app);
    core::Widget& widget = g_app.widget();
    widget.log = [](bool is_error, const std::string& text) { platform::web::Console(is_error, text); };
    widget.SetDocumentScrolls(true);  // the page scrolls; the canvas shows the visible slice
    g_app.on_first_complete_frame = [] { platform::web::SignalFirstCompleteFrame(); };
    g_app.on_script_wanted = [](core::Script script) { platform::web::FetchScriptFaces(script); };

    core::PageParams params = core::ParsePageParams(platform::web::LocationSearch());
    for (const std::string& warning : params.warnings) platform::web::Console(false, "Accord: " + warning);

    platform::web::ContainerCssSize(g_container_w, g_container_h);
    std::string error = g_app.Init("Accord", g_container_w, g_container_h, true);
    if (!error.empty()) {
        // Readers get plain words; the technical reason goes to the console.
        platform::web::Console(true, "Accord: WebGL 2 could not start: " + error);
        platform::web::ShowFatal("This interactive explainer needs WebGL 2, which is switched off or not supported "
                                 "in this browser. Try another browser, or turn on hardware acceleration.");
        return 1;
    }
    g_app.SetDrawsBeforeFirstPack(false);  // the page shows the pack's article meanwhile (accord.css)
    if (params.kiosk) widget.SetKiosk(core::KioskSettings::On(params.idle_s, params.reset_s));
    widget.SetCanShare(!params.kiosk);  // a kiosk has no way out
    widget.SetCanSwitchLanguage(true);
    const bool dark = params.theme.empty() ? platform::web::PrefersDarkScheme() : params.theme == "dark";
    widget.SetTheme(dark ? core::Theme::Dark : core::Theme::Light);
    widget.SetTouch(platform::web::MediaMatches("(pointer: coarse)"));
    widget.SetHighContrast(platform::web::MediaMatches("(forced-colors: active)") ||
                           platform::web::MediaMatches("(prefers-contrast: more)"));
    widget.SetReducedMotion(platform::web::MediaMatches("(prefers-reduced-motion: reduce)"));
    // A shared link lands on its item and view once the pack has loaded.
    std::string hash = platform::web::LocationHash();
    if (!hash.empty() && hash != "#") widget.ApplyPlace(hash);

    std::string pack = params.pack_url.empty() ? std::string("packs/" ACCORD_DEFAULT_PACK) : params.pack_url;
    // ?lang=ar: the pack's translation beside it (packs/x.json -> packs/x.ar.json).
    if (!params.language.empty() && pack.size() > 5 && pack.compare(pack.size() - 5, 5, ".json") == 0)
        pack.insert(pack.size() - 5, "." + params.language);
    LoadPack(widget, pack);
    platform::web::PublishState();
    emscripten_set_main_loop(Tick, 0, false);
    return 0;
}
