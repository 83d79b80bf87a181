// main_native.cpp — the desktop and kiosk app: `accord [options] [PACK.json]`.
// Reads the pack from a path, runs the SDL loop, sleeps while idle, and can save a
// screenshot of its first complete frame (used by the Xvfb test).
#include <sys/stat.h>

#include <cctype>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <SDL.h>
#include <SDL_opengl.h>

#include "platform/app.h"

// The right-to-left scripts' faces (cmake/Fonts.cmake embeds them natively; the web
// fetches them instead).
extern const unsigned char kNotoSansArabicRegular[], kNotoSansArabicBold[], kNotoSansHebrewRegular[], kNotoSansHebrewBold[];
extern const unsigned int kNotoSansArabicRegular_size, kNotoSansArabicBold_size, kNotoSansHebrewRegular_size,
    kNotoSansHebrewBold_size;

namespace {

struct EmbeddedFace {
    core::Script script;
    bool bold;
    const unsigned char* data;
    const unsigned int* size;
};
const EmbeddedFace kEmbeddedFaces[] = {
    {core::Script::Arabic, false, kNotoSansArabicRegular, &kNotoSansArabicRegular_size},
    {core::Script::Arabic, true, kNotoSansArabicBold, &kNotoSansArabicBold_size},
    {core::Script::Hebrew, false, kNotoSansHebrewRegular, &kNotoSansHebrewRegular_size},
    {core::Script::Hebrew, true, kNotoSansHebrewBold, &kNotoSansHebrewBold_size},
};

const char* kUsage =
    "usage: accord [--size WxH] [--theme light|dark] [--place '#item=ID&view=VIEW'] [--screenshot FILE.bmp]\n"
    "              [--exit-after-frames N] [--kiosk [--idle S] [--reset S] [--quit-key K]] [PACK.json]\n"
    "  Shows an Accord content pack (default: " ACCORD_DEFAULT_PACK_PATH ").\n"
    "  --place opens on an item and view, as the web page's #fragment does (kiosks, screenshots).\n"
    "  --kiosk: full screen, 48 px targets, an attract loop after --idle S seconds without input\n"
    "  (default 60) and a reset to the start after --reset S (default 90); closing the window does\n"
    "  nothing, and only Ctrl+Alt+Q quits (--quit-key picks the letter).\n";

struct Options {
    std::string pack_path = ACCORD_DEFAULT_PACK_PATH;
    int width = 1280, height = 800;
    std::string theme = "light";
    std::string screenshot;
    std::string place;  // "#item=...&view=..."
    int exit_after_frames = 0;  // 0: run until closed
    bool kiosk = false;
    double idle_s = 60, reset_s = 90;
    char quit_key = 'q';
};

// Returns false (after printing why) for a bad command line.
bool ParseOptions(int argc, char** argv, Options& options) {
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        auto value = [&](const char* name) -> const char* {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "accord: %s needs a value\n%s", name, kUsage);
                return nullptr;
            }
            return argv[++i];
        };
        if (arg == "--help" || arg == "-h") {
            std::fputs(kUsage, stdout);
            std::exit(0);
        } else if (arg == "--size") {
            const char* v = value("--size");
            if (!v || std::sscanf(v, "%dx%d", &options.width, &options.height) != 2 || options.width < 200 ||
                options.height < 200 || options.width > 8192 || options.height > 8192) {
                std::fprintf(stderr, "accord: --size wants WxH between 200 and 8192, e.g. 1280x800\n");
                return false;
            }
        } else if (arg == "--theme") {
            const char* v = value("--theme");
            if (!v || (std::strcmp(v, "light") != 0 && std::strcmp(v, "dark") != 0)) {
                std::fprintf(stderr, "accord: --theme is light or dark\n");
                return false;
            }
            options.theme = v;
        } else if (arg == "--place") {
            const char* v = value("--place");
            if (!v) return false;
            options.place = v;
        } else if (arg == "--screenshot") {
            const char* v = value("--screenshot");
            if (!v) return false;
            options.screenshot = v;
        } else if (arg == "--exit-after-frames") {
            const char* v = value("--exit-after-frames");
            if (!v || (options.exit_after_frames = std::atoi(v)) <= 0) {
                std::fprintf(stderr, "accord: --exit-after-frames wants a positive number\n");
                return false;
            }
        } else if (arg == "--kiosk") {
            options.kiosk = true;
        } else if (arg == "--idle" || arg == "--reset") {
            const char* v = value(arg.c_str());
            const int seconds = v ? std::atoi(v) : 0;
            if (seconds < 5 || seconds > 86400) {
                std::fprintf(stderr, "accord: %s wants seconds from 5 to 86400\n", arg.c_str());
                return false;
            }
            (arg == "--idle" ? options.idle_s : options.reset_s) = seconds;
        } else if (arg == "--quit-key") {
            const char* v = value("--quit-key");
            if (!v || std::strlen(v) != 1 || !std::isalpha(static_cast<unsigned char>(v[0]))) {
                std::fprintf(stderr, "accord: --quit-key wants one letter\n");
                return false;
            }
            options.quit_key = static_cast<char>(std::tolower(static_cast<unsigned char>(v[0])));
        } else if (!arg.empty() && arg[0] == '-') {
            std::fprintf(stderr, "accord: unknown option %s\n%s", arg.c_str(), kUsage);
            return false;
        } else {
            options.pack_path = arg;
        }
    }
    return true;
}

// Reads a whole file; on failure says why in `error`.
bool ReadFile(const std::string& path, std::string& bytes, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = std::strerror(errno);
        return false;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    bytes = buffer.str();
    return true;
}

// Modification time and size of `path`, to notice an editor saving it; 0 if unreadable.
long long FileStamp(const std::string& path) {
    struct stat info {};
    if (stat(path.c_str(), &info) != 0) return 0;
    return static_cast<long long>(info.st_mtim.tv_sec) * 1000000000LL + info.st_mtim.tv_nsec + info.st_size;
}

// Saves the GL back buffer as a BMP (top row first).
bool SaveScreenshot(const std::string& path, int w, int h) {
    std::vector<unsigned char> pixels(static_cast<size_t>(w) * h * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    std::vector<unsigned char> flipped(pixels.size());
    for (int y = 0; y < h; ++y)
        std::memcpy(&flipped[static_cast<size_t>(y) * w * 4], &pixels[static_cast<size_t>(h - 1 - y) * w * 4],
                    static_cast<size_t>(w) * 4);
    SDL_Surface* surface =
        SDL_CreateRGBSurfaceWithFormatFrom(flipped.data(), w, h, 32, w * 4, SDL_PIXELFORMAT_ABGR8888);
    if (!surface) return false;
    bool ok = SDL_SaveBMP(surface, path.c_str()) == 0;
    SDL_FreeSurface(surface);
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    if (!ParseOptions(argc, argv, options)) return 2;

    platform::App app;
    std::string error = app.Init("Accord", options.width, options.height, true);
    if (!error.empty()) {
        std::fprintf(stderr, "accord: %s\n", error.c_str());
        app.Shutdown();
        return 1;
    }
    core::Widget& widget = app.widget();
    widget.log = [](bool, const std::string& text) { std::fprintf(stderr, "%s\n", text.c_str()); };
    app.on_script_wanted = [&app](core::Script script) {
        for (const EmbeddedFace& face : kEmbeddedFaces)
            if (face.script == script) app.AddScriptFace(script, face.bold, {face.data, face.data + *face.size});
    };
    widget.SetTheme(core::kThemeNames.FromName(options.theme).value_or(core::Theme::Light));

    if (!options.place.empty()) widget.ApplyPlace(options.place);  // applied once the pack is in
    if (options.kiosk) {
        widget.SetKiosk(core::KioskSettings::On(options.idle_s, options.reset_s));
        app.SetKiosk(options.quit_key);
    }
    std::string bytes, read_error;
    if (ReadFile(options.pack_path, bytes, read_error)) widget.PackArrived(options.pack_path, bytes);
    else widget.LoadFailed(options.pack_path, read_error);
    long long pack_stamp = FileStamp(options.pack_path);

    bool screenshot_failed = false;
    int complete_frames = 0;
    app.on_frame_rendered = [&](int w, int h) {
        if (!options.screenshot.empty() && complete_frames == 0 && widget.state().status != core::LoadStatus::Loading) {
            if (!SaveScreenshot(options.screenshot, w, h)) {
                std::fprintf(stderr, "accord: could not save %s: %s\n", options.screenshot.c_str(), SDL_GetError());
                screenshot_failed = true;
            } else {
                std::printf("accord: saved %s (%dx%d)\n", options.screenshot.c_str(), w, h);
            }
        }
    };

    while (!app.quit_requested()) {
        SDL_Event event;
        // Idle: block until input arrives (no frames drawn while nothing changes).
        if (SDL_WaitEventTimeout(&event, 500)) {
            app.HandleEvent(event);
            while (SDL_PollEvent(&event)) app.HandleEvent(event);
        }
        // Live preview for editors: reload the pack when its file changes; the
        // selection survives when its id still exists.
        long long stamp = FileStamp(options.pack_path);
        if (stamp != pack_stamp) {
            pack_stamp = stamp;
            if (ReadFile(options.pack_path, bytes, read_error)) widget.PackArrived(options.pack_path, bytes);
            else widget.LoadFailed(options.pack_path, read_error);
            std::fprintf(stderr, "accord: reloaded %s (%s, selected \"%s\")\n", options.pack_path.c_str(),
                         core::LoadStatusName(widget.state().status), widget.state().selected_id.c_str());
        }
        if (widget.TakeStateChanged() && !widget.state().page_title.empty())
            app.surface().SetTitle(widget.state().page_title.c_str());
        if (app.Frame() && widget.state().status != core::LoadStatus::Loading) ++complete_frames;
        if (options.exit_after_frames > 0 && complete_frames >= options.exit_after_frames) break;
        if (options.exit_after_frames > 0) widget.RequestRedraw();
    }
    app.Shutdown();
    return screenshot_failed ? 1 : 0;
}
