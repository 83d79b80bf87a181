// stb_truetype.cpp — the one compiled copy of stb_truetype and of the rectangle packer it
// packs an atlas with (imstb_truetype.h, imstb_rectpack.h, from Debian's imgui source),
// shared by ImGui's atlas builder and ui/fonts.cpp.
// Why not ImGui's own: imgui_draw.cpp compiles it static, and the atlas needs the
// same advances the builder computes for the characters it does not rasterise
// (ui::LoadFonts); a second static copy would add its bytes to the wasm.
// Built with the imgui library (cmake/Dependencies.cmake: IMGUI_DISABLE_STB_*_IMPLEMENTATION),
// with the allocator, sort and maths imgui_draw.cpp gives its own copies. The packer
// moves with it: stb_truetype's packing calls it, and without its declarations in
// sight would compile a stand-in of another layout.
#include "imgui.h"
#include "imgui_internal.h"

#define STBRP_ASSERT(x) do { IM_ASSERT(x); } while (0)
#define STBRP_SORT ImQsort
#define STB_RECT_PACK_IMPLEMENTATION
#include "imstb_rectpack.h"

#define STBTT_malloc(x, u) ((void)(u), IM_ALLOC(x))
#define STBTT_free(x, u) ((void)(u), IM_FREE(x))
#define STBTT_assert(x) do { IM_ASSERT(x); } while (0)
#define STBTT_fmod(x, y) ImFmod(x, y)
#define STBTT_sqrt(x) ImSqrt(x)
#define STBTT_pow(x, y) ImPow(x, y)
#define STBTT_fabs(x) ImFabs(x)
#define STBTT_ifloor(x) ((int)ImFloor(x))
#define STBTT_iceil(x) ((int)ImCeil(x))
#define STB_TRUETYPE_IMPLEMENTATION
#include "imstb_truetype.h"
