# Dependencies.cmake — every third-party library, in one place.
# imgui, qrencode and fribidi are compiled from Debian source packages that
# cmake/install-deps.sh unpacked into ACCORD_DEPS_DIR; the compiled objects live in
# the build tree, so they are built once per build directory.

set(IMGUI_DIR "${ACCORD_DEPS_DIR}/imgui")
foreach(dir IN ITEMS "${IMGUI_DIR}/imgui.cpp")
    if(NOT EXISTS "${dir}")
        message(FATAL_ERROR "Missing ${dir}: run `make deps` (cmake/install-deps.sh) first.")
    endif()
endforeach()

# RapidJSON (header-only, Debian's rapidjson-dev) reads packs; nlohmann/json (Debian's
# nlohmann-json3-dev) only the tests, to check the JSON the widget writes with another
# parser. Why a private include folder: emscripten must not see all of /usr/include.
set(ACCORD_JSON_INCLUDE "${CMAKE_BINARY_DIR}/json-include")
file(MAKE_DIRECTORY "${ACCORD_JSON_INCLUDE}")
file(CREATE_LINK /usr/include/rapidjson "${ACCORD_JSON_INCLUDE}/rapidjson" SYMBOLIC)
file(CREATE_LINK /usr/include/nlohmann "${ACCORD_JSON_INCLUDE}/nlohmann" SYMBOLIC)
add_library(accord_json INTERFACE)
target_include_directories(accord_json SYSTEM INTERFACE "${ACCORD_JSON_INCLUDE}")

# imgui core: no backends, no demo window, no debug tools in release.
add_library(accord_imgui STATIC
    ${IMGUI_DIR}/imgui.cpp
    ${IMGUI_DIR}/imgui_draw.cpp
    ${IMGUI_DIR}/imgui_tables.cpp
    ${IMGUI_DIR}/imgui_widgets.cpp
    # stb_truetype (and its packer) compiled once, outside imgui_draw.cpp, for ui/fonts.cpp to call too.
    ${CMAKE_SOURCE_DIR}/src/ui/stb_truetype.cpp
)
target_include_directories(accord_imgui SYSTEM PUBLIC "${IMGUI_DIR}")
target_compile_definitions(accord_imgui PRIVATE IMGUI_DISABLE_STB_TRUETYPE_IMPLEMENTATION IMGUI_DISABLE_STB_RECT_PACK_IMPLEMENTATION)
target_compile_definitions(accord_imgui PUBLIC IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_OBSOLETE_FUNCTIONS
    $<$<NOT:$<CONFIG:Debug>>:IMGUI_DISABLE_DEBUG_TOOLS>)

if(EMSCRIPTEN)
    target_compile_definitions(accord_imgui PUBLIC IMGUI_IMPL_OPENGL_ES3)
else()
    # SDL2 natively only (Debian's libsdl2-dev): the web build has none (src/platform/surface.h).
    find_package(SDL2 REQUIRED)
    if(NOT TARGET SDL2::SDL2)
        add_library(SDL2::SDL2 INTERFACE IMPORTED)
        target_include_directories(SDL2::SDL2 INTERFACE ${SDL2_INCLUDE_DIRS})
        target_link_libraries(SDL2::SDL2 INTERFACE ${SDL2_LIBRARIES})
    endif()
endif()

find_package(PkgConfig REQUIRED)

# A C library Accord needs in both builds: natively Debian's -dev package (pkg-config
# module PKG); for wasm compiled from Debian's source package, unpacked by
# cmake/install-deps.sh into DIR (only SOURCES, the files the widget calls; no configure:
# the few settings its config.h would hold come as DEFINITIONS). Gives Accord::<name>.
function(accord_c_library name)
    cmake_parse_arguments(A "" "DIR;PKG" "REQUIRE;SOURCES;INCLUDES;DEFINITIONS;PUBLIC_DEFINITIONS" ${ARGN})
    if(EMSCRIPTEN)
        foreach(file IN LISTS A_REQUIRE)
            if(NOT EXISTS "${A_DIR}/${file}")
                message(FATAL_ERROR "Missing ${A_DIR}/${file}: run `make deps` (cmake/install-deps.sh) first.")
            endif()
        endforeach()
        list(TRANSFORM A_SOURCES PREPEND "${A_DIR}/")
        add_library(accord_${name} STATIC ${A_SOURCES})
        target_include_directories(accord_${name} SYSTEM PUBLIC "${A_DIR}" ${A_INCLUDES})
        target_compile_definitions(accord_${name} PUBLIC ${A_PUBLIC_DEFINITIONS} PRIVATE ${A_DEFINITIONS})
        target_compile_options(accord_${name} PRIVATE -w)
        add_library(Accord::${name} ALIAS accord_${name})
    else()
        pkg_check_modules(${name}_pc REQUIRED IMPORTED_TARGET ${A_PKG})
        add_library(Accord::${name} ALIAS PkgConfig::${name}_pc)
    endif()
endfunction()

# libqrencode: the kiosk's QR codes for sources (core/layout/qr_code.cpp).
accord_c_library(qrencode PKG libqrencode DIR "${ACCORD_DEPS_DIR}/qrencode" REQUIRE qrencode.h
    SOURCES bitstream.c mask.c mmask.c mqrspec.c qrencode.c qrinput.c qrspec.c rsecc.c split.c
    DEFINITIONS STATIC_IN_RELEASE=static MAJOR_VERSION=4 MINOR_VERSION=1 MICRO_VERSION=1 VERSION="4.1.1" HAVE_STRDUP=1)

# FriBidi: right-to-left text (core/layout/bidi_text.cpp: Arabic joining and shaping,
# bidirectional order). Debian's fribidi source ships its generated Unicode tables
# (*.tab.i); no charset converters are compiled (core decodes UTF-8 itself).
set(FRIBIDI_CONFIG_DIR "${CMAKE_BINARY_DIR}/fribidi-config")
if(EMSCRIPTEN)
    # fribidi-config.h, which its configure would write.
    file(CONFIGURE OUTPUT "${FRIBIDI_CONFIG_DIR}/fribidi-config.h" CONTENT [[
#ifndef FRIBIDI_CONFIG_H
#define FRIBIDI_CONFIG_H
#define FRIBIDI "fribidi"
#define FRIBIDI_NAME "GNU FriBidi"
#define FRIBIDI_BUGREPORT ""
#define FRIBIDI_VERSION "1.0.8"
#define FRIBIDI_MAJOR_VERSION 1
#define FRIBIDI_MINOR_VERSION 0
#define FRIBIDI_MICRO_VERSION 8
#define FRIBIDI_INTERFACE_VERSION 4
#define FRIBIDI_INTERFACE_VERSION_STRING "4"
#define FRIBIDI_SIZEOF_INT 4
#endif
]])
endif()
accord_c_library(fribidi PKG fribidi DIR "${ACCORD_DEPS_DIR}/fribidi/lib" REQUIRE fribidi.h bidi-type.tab.i
    SOURCES fribidi.c fribidi-arabic.c fribidi-bidi.c fribidi-bidi-types.c fribidi-brackets.c fribidi-joining.c
            fribidi-joining-types.c fribidi-mirroring.c fribidi-run.c fribidi-shape.c
    INCLUDES "${FRIBIDI_CONFIG_DIR}" PUBLIC_DEFINITIONS FRIBIDI_LIB_STATIC
    DEFINITIONS HAVE_STDLIB_H=1 HAVE_STRING_H=1 HAVE_STRINGIZE=1)

# No imgui backend: Accord draws ImGui's draw list itself (src/platform/gl_renderer.cpp)
# and, natively, translates SDL's events for the core itself (src/platform/app_input.cpp).
