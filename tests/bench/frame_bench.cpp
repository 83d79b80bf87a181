// frame_bench.cpp — natively, what one relayout + draw of a pack costs (a benchmark for
// `make bench`, not a test; not built by the default targets of `make test`).
//
//   frame_bench [--size WxH] [--runs N] [--callgrind] [--cache] PACK.json...
//
// Per pack: load it (core::LoadPack), build the canvas and its font atlas as the app
// does (ui::Canvas + ui::LoadFonts, no window, no GL), then select every item of the
// pack's tour in turn (phases, milestones, context events, amendments, map features):
// each selection is one core::LayoutDiagram (with LinkedIds highlighted) and one
// ui::DrawScene of the whole scene into the canvas's draw list. One pass first as a
// warm-up, then `--runs` passes timed in the thread's CPU time (CLOCK_THREAD_CPUTIME_ID:
// time the machine gave to other work is not counted). Each item's figure is its fastest
// pass; the medians are over the items. On a shared 2-core machine the wall clock's
// median of all passes had printed the same build's 10x pack at 10.9x and at 18.4x.
// Prints one line per pack, key=value, for tests/browser/bench.mjs to read:
//   pack=… bytes=… items=… relayout_ms_median=… (_max: the slowest item) draw_ms_median=… heap_after_load=…
//   heap_after_draw=… rss_kb=…
// With --callgrind (run under `valgrind --tool=callgrind --instr-atstart=no`): after the
// warm-up, one tour is run between CALLGRIND_START_INSTRUMENTATION and
// CALLGRIND_STOP_INSTRUMENTATION, so the collected instruction count divided by the
// items printed (tour=N) is the cost of one relayout + draw.
// With --cache, the layouts share one core::LayoutCache, as the app's do (core::Widget):
// a selection takes the wrapped texts and the map's triangles the layouts before it made.
// For --callgrind the cache is emptied after the warm-up and filled by one layout with
// nothing selected (as a pack's load leaves it), so the tour measures each item's first
// selection: what a reader's walk through the items costs. Without --cache (the default,
// and the figure earlier runs printed), every layout wraps and triangulates anew.
#include <malloc.h>
#include <valgrind/callgrind.h>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/layout/diagram_layout.h"
#include "core/layout/layout_cache.h"
#include "core/pack/links.h"
#include "core/pack/pack_loader.h"
#include "ui/canvas.h"
#include "ui/fonts.h"
#include "ui/scene_draw.h"
#include "ui/theme.h"

namespace {

// The calling thread's CPU time in milliseconds.
double CpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

size_t HeapInUse() {
    struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

long RssKb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
    return -1;
}

double Median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

std::vector<std::string> Tour(const core::Pack& pack) {
    std::vector<std::string> ids;
    for (const auto& p : pack.phases) ids.push_back(p.id);
    for (const auto& m : pack.milestones) ids.push_back(m.id);
    for (const auto& c : pack.context) ids.push_back(c.id);
    for (const auto& a : pack.amendments) ids.push_back(a.id);
    for (const auto& f : pack.map.features) ids.push_back(f.id);
    return ids;
}

struct Bench {
    float width = 1920, height = 1080;
    ui::Canvas canvas;
    ui::Fonts fonts;
    ui::Theme theme;
    size_t vertices = 0;
    core::LayoutCache* cache = nullptr;  // --cache: the app's, shared by every layout

    Bench() {
        fonts = ui::LoadFonts(canvas.atlas(), 1.0f);
        canvas.AtlasBuilt();
    }

    core::Scene Layout(const core::Pack& pack, const std::string& id, const ui::FontMetrics& metrics) {
        core::DiagramInput input;
        input.width = width;
        input.height = height;
        input.visible_top = 0;
        input.visible_height = height;
        input.share = true;
        input.languages = pack.meta.languages.size() > 1;
        input.selected_id = id;
        input.highlighted = core::LinkedIds(pack, id);
        input.cache = cache;
        return core::LayoutDiagram(pack, input, metrics);
    }

    void Draw(const core::Scene& scene, const std::set<std::string>& highlighted) {
        ImDrawList& list = canvas.BeginFrame(width, height);
        ui::DrawOptions options;
        options.highlighted = &highlighted;
        ui::DrawScene(&list, scene, ImVec2(0, 0), theme, fonts, options);
        canvas.EndFrame();
        vertices += static_cast<size_t>(canvas.list().VtxBuffer.Size);
    }
};

int Usage() {
    std::fprintf(stderr, "usage: frame_bench [--size WxH] [--runs N] [--callgrind] [--cache] PACK.json...\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 5;
    bool callgrind = false, cached = false;
    float width = 1920, height = 1080;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--runs" && i + 1 < argc) runs = std::atoi(argv[++i]);
        else if (arg == "--callgrind") callgrind = true;
        else if (arg == "--cache") cached = true;
        else if (arg == "--size" && i + 1 < argc) {
            if (std::sscanf(argv[++i], "%fx%f", &width, &height) != 2) return Usage();
        } else if (!arg.empty() && arg[0] == '-') return Usage();
        else files.push_back(arg);
    }
    if (files.empty() || runs < 1) return Usage();

    Bench bench;
    bench.width = width;
    bench.height = height;
    core::LayoutCache cache;
    bench.cache = cached ? &cache : nullptr;
    ui::FontMetrics metrics(bench.fonts);
    for (const std::string& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        const std::string bytes = text.str();
        const size_t heap_before = HeapInUse();
        const double load_start = CpuMs();
        core::PackLoadResult loaded = core::LoadPack(bytes);
        const double load_ms = CpuMs() - load_start;
        if (!loaded.pack) {
            std::fprintf(stderr, "frame_bench: %s does not load\n", file.c_str());
            return 1;
        }
        const core::Pack& pack = *loaded.pack;
        const size_t heap_after_load = HeapInUse();
        cache.Clear();  // it holds the addresses of the last pack's rings
        const std::vector<std::string> tour = Tour(pack);

        // Warm-up: one pass of the tour.
        for (const std::string& id : tour) {
            core::Scene scene = bench.Layout(pack, id, metrics);
            bench.Draw(scene, core::LinkedIds(pack, id));
        }
        if (callgrind) {
            if (bench.cache) {
                cache.Clear();
                bench.Layout(pack, "", metrics);  // the load's first layout: nothing selected
            }
            CALLGRIND_ZERO_STATS;
            CALLGRIND_START_INSTRUMENTATION;
            for (const std::string& id : tour) {
                core::Scene scene = bench.Layout(pack, id, metrics);
                bench.Draw(scene, core::LinkedIds(pack, id));
            }
            CALLGRIND_STOP_INSTRUMENTATION;
            std::printf("pack=%s tour=%zu\n", file.c_str(), tour.size());
            std::fflush(stdout);
            continue;
        }
        // Per item of the tour, its fastest pass.
        std::vector<double> layout_ms(tour.size(), 1e30), draw_ms(tour.size(), 1e30);
        size_t heap_after_draw = 0;
        for (int r = 0; r < runs; ++r) {
            for (size_t i = 0; i < tour.size(); ++i) {
                const std::string& id = tour[i];
                const double t0 = CpuMs();
                core::Scene scene = bench.Layout(pack, id, metrics);
                const double t1 = CpuMs();
                const std::set<std::string> highlighted = core::LinkedIds(pack, id);
                const double t2 = CpuMs();
                bench.Draw(scene, highlighted);
                const double t3 = CpuMs();
                layout_ms[i] = std::min(layout_ms[i], t1 - t0);
                draw_ms[i] = std::min(draw_ms[i], t3 - t2);
                heap_after_draw = std::max(heap_after_draw, HeapInUse());
            }
        }
        std::printf("pack=%s bytes=%zu items=%zu load_ms=%.3f relayout_ms_median=%.3f relayout_ms_max=%.3f "
                    "draw_ms_median=%.3f draw_ms_max=%.3f pack_heap_bytes=%zu peak_heap_bytes=%zu rss_kb=%ld\n",
                    file.c_str(), bytes.size(), tour.size(), load_ms, Median(layout_ms),
                    *std::max_element(layout_ms.begin(), layout_ms.end()), Median(draw_ms),
                    *std::max_element(draw_ms.begin(), draw_ms.end()), heap_after_load - heap_before,
                    heap_after_draw, RssKb());
        std::fflush(stdout);
    }
    return 0;
}
