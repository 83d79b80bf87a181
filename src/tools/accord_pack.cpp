// accord_pack.cpp — the editor's command-line tool.
//   accord-pack validate FILE...   diagnostics as file:line:col: error E012: /pointer: ...;
//                                  a translation (meta.translation_of) is also checked
//                                  against its original beside it: the same ids (E030, E031);
//                                  exit 0 when every file is valid, 1 when not, 2 on usage errors
//   accord-pack html [--fragment | --page TEMPLATE [--pack-origins LIST] [--site-url URL]
//                    [--inline-pack-as ADDRESS]] [-o OUT] FILE
//                                  a static, semantic HTML article of the pack: a whole
//                                  document; --fragment: the <article> alone (no style
//                                  attributes, no scripts); --page: TEMPLATE (shell.html)
//                                  with its @ACCORD_TITLE@, @ACCORD_DESCRIPTION@ and
//                                  <!-- @ACCORD_ARTICLE@ --> filled, and the other origins
//                                  packs may come from (LIST: https origins, space-separated)
//                                  in @ACCORD_PACK_ORIGINS@, and the link-preview tags (with
//                                  --site-url, absolute addresses) in <!-- @ACCORD_SHARE_TAGS@ -->,
//                                  and with --inline-pack-as, FILE's own lines as the data the
//                                  widget reads instead of fetching ADDRESS, in
//                                  <!-- @ACCORD_PACK_DATA@ --> (html_export.h: InlinePack).
//                                  On stdout, or written
//                                  to OUT whole or not at all. Exit 1 when the pack is
//                                  invalid or OUT cannot be written, 2 on usage errors.
//   accord-pack share-pages [--site-url URL] [--widget-query QUERY] -o DIR FILE
//                                  one page per change, DIR/<pack-id>/<change-id>.html, whose link
//                                  preview shows that change and which opens the widget at
//                                  it (share_tags.h). QUERY: the widget's ?pack= for a pack
//                                  that is not the default.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/export/html_export.h"
#include "core/pack/pack_loader.h"
#include "core/pack/translation.h"
#include "core/state/pack_origin.h"

namespace {

const char* kUsage =
    "usage: accord-pack validate FILE...\n"
    "       accord-pack html [--fragment | --page TEMPLATE [--pack-origins LIST] [--site-url URL]\n"
    "                        [--inline-pack-as ADDRESS]] [-o OUT] FILE\n"
    "       accord-pack share-pages [--site-url URL] [--widget-query QUERY] -o DIR FILE\n";

bool ReadFile(const char* path, std::string& bytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    bytes = buffer.str();
    return true;
}

// Writes `text` to stdout, or to `out_path` through a temporary file renamed into
// place, so a build never sees half a page.
bool WriteOutput(const std::string& text, const std::optional<std::string>& out_path) {
    if (!out_path) return std::fputs(text.c_str(), stdout) >= 0 && std::fflush(stdout) == 0;
    const std::string temporary = *out_path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text;
        out.close();
        if (!out) {
            std::fprintf(stderr, "accord-pack: cannot write %s: %s\n", temporary.c_str(), std::strerror(errno));
            std::remove(temporary.c_str());
            return false;
        }
    }
    if (std::rename(temporary.c_str(), out_path->c_str()) != 0) {
        std::fprintf(stderr, "accord-pack: cannot write %s: %s\n", out_path->c_str(), std::strerror(errno));
        std::remove(temporary.c_str());
        return false;
    }
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

// The published folder's address: absolute http(s), ending in '/' (addresses are
// appended to it). Empty is allowed: relative addresses.
bool ValidSiteUrl(const std::string& url) {
    if (url.empty()) return true;
    const bool ok = (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0) && url.back() == '/' &&
                    url.find_first_of(" \"'<>") == std::string::npos;
    if (!ok)
        std::fprintf(stderr, "accord-pack: error: --site-url \"%s\" must be an http(s) address ending in '/' "
                             "(the folder the widget is published in)\n", url.c_str());
    return ok;
}

// `accord-pack html [--fragment | --page TEMPLATE] [-o OUT] FILE`
int HtmlCommand(int argc, char** argv) {
    bool fragment = false;
    std::optional<std::string> page_template, out_path, pack_origins, site_url, inline_as;
    const char* pack_path = nullptr;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--fragment") {
            fragment = true;
        } else if (arg == "--inline-pack-as" && i + 1 < argc) {
            inline_as = argv[++i];
        } else if ((arg == "--page" || arg == "-o" || arg == "--pack-origins" || arg == "--site-url") && i + 1 < argc) {
            (arg == "--page" ? page_template : arg == "-o" ? out_path : arg == "--site-url" ? site_url : pack_origins) = argv[++i];
        } else if (!arg.empty() && arg[0] != '-' && !pack_path) {
            pack_path = argv[i];
        } else {
            std::fprintf(stderr, "accord-pack html: unexpected argument \"%s\"\n%s", arg.c_str(), kUsage);
            return 2;
        }
    }
    if (!pack_path || (fragment && page_template) || ((pack_origins || site_url || inline_as) && !page_template)) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    core::PageSettings settings;
    if (site_url && !ValidSiteUrl(*site_url)) return 2;
    if (site_url) settings.share.url = *site_url;
    if (pack_origins) {
        // A typo here would silently refuse a partner's packs: stop the build instead.
        std::vector<std::string> rejected;
        for (const std::string& origin : core::ParseAllowedOrigins(*pack_origins, &rejected))
            settings.pack_origins += (settings.pack_origins.empty() ? "" : " ") + origin;
        for (const std::string& entry : rejected)
            std::fprintf(stderr, "accord-pack: error: --pack-origins: \"%s\" is not an https origin "
                                 "(https://host or https://host:port, nothing after it)\n", entry.c_str());
        if (!rejected.empty()) return 2;
    }
    std::string template_text;
    if (page_template && !ReadFile(page_template->c_str(), template_text)) {
        std::fprintf(stderr, "accord-pack: cannot read the page template %s: %s\n", page_template->c_str(),
                     std::strerror(errno));
        return 1;
    }
    bool read_failed = false;
    core::PackLoadResult result = LoadAndReport(pack_path, read_failed);
    if (!result.pack) return 1;
    if (inline_as) {
        settings.inline_pack.address = *inline_as;
        if (!ReadFile(pack_path, settings.inline_pack.text)) return 1;  // it was just read: only a race fails here
    }
    std::string html;
    if (page_template) {
        std::string error;
        if (!core::FillPageTemplate(template_text, *result.pack, settings, html, error)) {
            std::fprintf(stderr, "%s: error: %s\n", page_template->c_str(), error.c_str());
            return 1;
        }
    } else {
        html = fragment ? core::PackToArticleHtml(*result.pack) : core::PackToHtml(*result.pack);
    }
    return WriteOutput(html, out_path) ? 0 : 1;
}

}  // namespace

// A translation (meta.translation_of) against its original beside it: the same ids.
bool TranslationMatches(const char* path, const core::Pack& translation) {
    const std::string& name = translation.meta.translation_of;
    if (name.find_first_of("/\\") != std::string::npos || name == "." || name == "..") {
        std::fprintf(stderr, "%s: error: /meta/translation_of: \"%s\" must be a file name beside this pack\n", path,
                     name.c_str());
        return false;
    }
    const std::string folder = std::filesystem::path(path).parent_path().string();
    const std::string original_path = (folder.empty() ? std::string(".") : folder) + "/" + name;
    bool read_failed = false;
    core::PackLoadResult original = LoadAndReport(original_path.c_str(), read_failed);
    if (!original.pack) {
        std::fprintf(stderr, "%s: error: /meta/translation_of: its original %s is not a valid pack\n", path,
                     original_path.c_str());
        return false;
    }
    std::string text;
    ReadFile(path, text);
    const core::Diagnostics found = core::CheckTranslation(*original.pack, translation, text);
    for (const core::Diagnostic& d : found.items) std::fprintf(stderr, "%s\n", core::FormatDiagnostic(path, d).c_str());
    return !found.HasErrors();
}

// `accord-pack share-pages [--site-url URL] [--widget-query QUERY] -o DIR FILE`
int SharePagesCommand(int argc, char** argv) {
    core::ShareSite site;
    std::optional<std::string> dir;
    const char* pack_path = nullptr;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--site-url" || arg == "--widget-query" || arg == "-o") && i + 1 < argc) {
            (arg == "--site-url" ? site.url : arg == "--widget-query" ? site.widget_query : dir.emplace()) = argv[++i];
        } else if (!arg.empty() && arg[0] != '-' && !pack_path) {
            pack_path = argv[i];
        } else {
            std::fprintf(stderr, "accord-pack share-pages: unexpected argument \"%s\"\n%s", arg.c_str(), kUsage);
            return 2;
        }
    }
    if (!pack_path || !dir || dir->empty() || !ValidSiteUrl(site.url) ||
        (!site.widget_query.empty() && site.widget_query.rfind("?pack=", 0) != 0)) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    bool read_failed = false;
    core::PackLoadResult result = LoadAndReport(pack_path, read_failed);
    if (!result.pack) return 1;
    const std::string folder = *dir + "/" + result.pack->meta.id;  // ids are letters, digits and '-' (the loader checks)
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error) {
        std::fprintf(stderr, "accord-pack: cannot create %s: %s\n", folder.c_str(), error.message().c_str());
        return 1;
    }
    for (const core::Amendment& change : result.pack->amendments)
        if (!WriteOutput(core::ChangeSharePage(*result.pack, change, site), folder + "/" + change.id + ".html")) return 1;
    return 0;
}

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
            if (!pack.meta.translation_of.empty() && !TranslationMatches(argv[i], pack)) {
                ++invalid;
                continue;
            }
            std::printf("%s: valid (%d warnings): %zu sources, %zu phases, %zu milestones, %zu context events, "
                        "%zu amendments, %zu map features, %zu actors\n",
                        argv[i], result.diagnostics.WarningCount(), pack.sources.size(), pack.phases.size(),
                        pack.milestones.size(), pack.context.size(), pack.amendments.size(), pack.map.features.size(),
                        pack.actors.size());
        }
        return invalid ? 1 : 0;
    }
    if (command == "html") return HtmlCommand(argc, argv);
    if (command == "share-pages") return SharePagesCommand(argc, argv);
    std::fprintf(stderr, "accord-pack: unknown command \"%s\"\n%s", command.c_str(), kUsage);
    return 2;
}
