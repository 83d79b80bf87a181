// accord_pack.cpp — the editor's command-line tool.
//   accord-pack validate FILE...   diagnostics as file:line:col: error E012: /pointer: ...;
//                                  exit 0 when every file is valid, 1 when not, 2 on usage errors
//   accord-pack html FILE          a static, semantic HTML article of the pack on stdout
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "core/export/html_export.h"
#include "core/pack/pack_loader.h"

namespace {

const char* kUsage =
    "usage: accord-pack validate FILE...\n"
    "       accord-pack html FILE > article.html\n";

bool ReadFile(const char* path, std::string& bytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    bytes = buffer.str();
    return true;
}

// Loads `path`, printing its diagnostics; returns the result (pack empty on errors).
core::PackLoadResult LoadAndReport(const char* path, bool& read_failed) {
    std::string bytes;
    read_failed = !ReadFile(path, bytes);
    if (read_failed) {
        const int error = errno;  // before anything else can change it
        core::Diagnostic unreadable = core::MakeDiagnostic(core::DiagnosticCode::FileUnreadable, "", 0, 0,
                                                           std::string("cannot read the file: ") + std::strerror(error));
        std::fprintf(stderr, "%s\n", core::FormatDiagnostic(path, unreadable).c_str());
        return {};
    }
    core::PackLoadResult result = core::LoadPack(bytes);
    for (const core::Diagnostic& d : result.diagnostics.items)
        std::fprintf(stderr, "%s\n", core::FormatDiagnostic(path, d).c_str());
    return result;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0) {
        std::fputs(kUsage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    std::string command = argv[1];
    if (command == "validate") {
        if (argc < 3) {
            std::fputs(kUsage, stderr);
            return 2;
        }
        int invalid = 0;
        for (int i = 2; i < argc; ++i) {
            bool read_failed = false;
            core::PackLoadResult result = LoadAndReport(argv[i], read_failed);
            if (read_failed || !result.pack) {
                ++invalid;
                continue;
            }
            const core::Pack& pack = *result.pack;
            std::printf("%s: valid (%d warnings): %zu sources, %zu phases, %zu milestones, %zu context events, "
                        "%zu amendments, %zu map features, %zu actors\n",
                        argv[i], result.diagnostics.WarningCount(), pack.sources.size(), pack.phases.size(),
                        pack.milestones.size(), pack.context.size(), pack.amendments.size(), pack.map.features.size(),
                        pack.actors.size());
        }
        return invalid ? 1 : 0;
    }
    if (command == "html") {
        if (argc != 3) {
            std::fputs(kUsage, stderr);
            return 2;
        }
        bool read_failed = false;
        core::PackLoadResult result = LoadAndReport(argv[2], read_failed);
        if (!result.pack) return 1;
        std::fputs(core::PackToHtml(*result.pack).c_str(), stdout);
        return 0;
    }
    std::fprintf(stderr, "accord-pack: unknown command \"%s\"\n%s", command.c_str(), kUsage);
    return 2;
}
