# WebFlags.cmake — every Emscripten setting of the web build, in one place.
# Output: <build>/www/{index.html, accord.js, accord.wasm, packs/*.json}.
# Why .js + a page we write ourselves: emcc 3.1.6 crashes minifying .html output at
# -Oz, and a page with no inline script can run under a strict CSP.

set(ACCORD_WWW "${CMAKE_BINARY_DIR}/www")
# Node runs the build steps that write www/ besides the link (cmake/web/, cmake/share/).
find_program(NODE node REQUIRED)

# Two builds of one widget: www/accord.{js,wasm}, the page's, and the kiosk's in
# kiosk-runtime/ (cmake/kiosk/make_kiosk.mjs puts it in the kiosk's single file). They
# differ in one file: the kiosk's draws each source's address as a QR code too
# (qr_encode.cpp, libqrencode); the page's has links instead (qr_encode_none.cpp), and
# its first load is ~2.5 KB brotli lighter.
set(ACCORD_KIOSK_RUNTIME "${CMAKE_BINARY_DIR}/kiosk-runtime")
set(ACCORD_WEB_PLATFORM_SOURCES
    src/platform/app.cpp
    src/platform/gl_renderer.cpp
    src/platform/main_web.cpp
    src/platform/surface_web.cpp
    src/platform/web_bridge.cpp
)
add_executable(accord_web ${ACCORD_WEB_PLATFORM_SOURCES} src/core/layout/qr_encode_none.cpp)
set_target_properties(accord_web PROPERTIES OUTPUT_NAME accord SUFFIX ".js"
    RUNTIME_OUTPUT_DIRECTORY "${ACCORD_WWW}")
add_executable(accord_web_kiosk ${ACCORD_WEB_PLATFORM_SOURCES} src/core/layout/qr_encode.cpp)
set_target_properties(accord_web_kiosk PROPERTIES OUTPUT_NAME accord SUFFIX ".js"
    RUNTIME_OUTPUT_DIRECTORY "${ACCORD_KIOSK_RUNTIME}")
# No SDL: the page forwards input and sizes the canvas (surface.h says why).
target_link_libraries(accord_web PRIVATE accord_ui)
target_link_libraries(accord_web_kiosk PRIVATE accord_ui Accord::qrencode)

set(ACCORD_WEB_COMPILE_FLAGS -fno-exceptions -fno-rtti)
set(ACCORD_WEB_LINK_FLAGS
    -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
    # The renderer uses WebGL 2's core only. Emscripten otherwise asks the context for
    # every extension it supports (a synchronous call each): it was most of the 40 ms
    # the context took to make in Chromium.
    -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0
    -sENVIRONMENT=web
    -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=16MB  # malloc holds about 4 MB after load; it grows if needed
    -sTOTAL_STACK=1MB
    -sDISABLE_EXCEPTION_CATCHING=1
    -sFILESYSTEM=0
    -sMALLOC=emmalloc  # 8 KB smaller than dlmalloc; the widget allocates little
    -sSUPPORT_LONGJMP=0
    # What the JavaScript runtime need not carry: glGetError bookkeeping (the renderer
    # never asks), errno for JS library calls, a fallback for browsers without
    # TextDecoder (every WebGL 2 browser has it), and handling of Module options the
    # page never sets (the ones pre.js and the kiosk shim use are listed).
    -sGL_TRACK_ERRORS=0 -sGL_POOL_TEMP_BUFFERS=0 -sSUPPORT_ERRNO=0 -sTEXTDECODER=2
    "-sINCOMING_MODULE_JS_API=[canvas,wasmBinary,print,printErr,onRuntimeInitialized,onAbort]"
    # The page API's functions are exported by EMSCRIPTEN_KEEPALIVE where they are
    # defined (web_bridge.cpp); only what pre.js needs besides them is listed here.
    -sEXPORTED_FUNCTIONS=_main,_malloc,_free
    -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8
    --pre-js "${CMAKE_SOURCE_DIR}/web/pre.js"
)
if(CMAKE_BUILD_TYPE STREQUAL "Debug")
    list(APPEND ACCORD_WEB_LINK_FLAGS -sASSERTIONS=2 -g)
else()
    list(APPEND ACCORD_WEB_COMPILE_FLAGS -Oz -flto)
    # --converge: wasm-opt repeats its -Oz passes until the module stops shrinking
    # (0.75 KB brotli more than one round).
    list(APPEND ACCORD_WEB_LINK_FLAGS -Oz -flto --closure 1 -sBINARYEN_EXTRA_PASSES=--converge)
endif()

foreach(target IN ITEMS ${ACCORD_CORE_LIBRARIES} accord_ui accord_imgui accord_qrencode accord_fribidi accord_web
                        accord_web_kiosk)
    target_compile_options(${target} PRIVATE ${ACCORD_WEB_COMPILE_FLAGS})
endforeach()
foreach(target IN ITEMS accord_web accord_web_kiosk)
    target_link_options(${target} PRIVATE ${ACCORD_WEB_LINK_FLAGS})
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS "${CMAKE_SOURCE_DIR}/web/pre.js")
endforeach()

# [SECTION] the page: shell.html with the default pack's title, description, article and bytes
# put in at build time by the native `accord-pack html --page` (the one generator of the
# article; this Emscripten build cannot build native tools itself, so `make web` builds
# it from the native-release preset first and passes its path here). Rewritten when the
# shell, the stylesheet, the pack or the tool changes.
set(ACCORD_PACK_TOOL "" CACHE FILEPATH
    "Native accord-pack that writes the page's article (make web builds it: build/native-release/accord-pack)")
if(NOT ACCORD_PACK_TOOL OR NOT EXISTS "${ACCORD_PACK_TOOL}")
    message(FATAL_ERROR
        "The web build needs the native accord-pack tool to write www/index.html (the pack's article), "
        "but ACCORD_PACK_TOOL (\"${ACCORD_PACK_TOOL}\") is not set or not a file. Use `make web`, or build "
        "the tool first and pass its path:\n"
        "  cmake --preset native-release && cmake --build --preset native-release --target accord-pack\n"
        "  cmake --preset web-release -DACCORD_PACK_TOOL=$PWD/build/native-release/accord-pack")
endif()
# The one setting for packs from elsewhere: by default a pack loads only from the
# widget's own origin, so a link cannot show words the newsroom never published.
# Space-separated https origins, e.g. -DACCORD_PACK_ORIGINS="https://packs.example.org".
set(ACCORD_PACK_ORIGINS "" CACHE STRING "Other https origins the widget may load packs from (space-separated)")
# Where the widget's folder is published ("https://news.example/accord/"): link previews
# (Open Graph, Twitter cards, oEmbed) need absolute addresses. Empty: relative ones.
set(ACCORD_SITE_URL "" CACHE STRING "The address the widget's folder is published at, ending in /")
# Why a file: a Makefile build does not rerun a command whose arguments changed, but
# it does rerun one whose input file did (file(CONFIGURE) writes only on a change).
file(CONFIGURE OUTPUT "${CMAKE_BINARY_DIR}/page-settings.txt"
     CONTENT "pack origins: ${ACCORD_PACK_ORIGINS}\nsite: ${ACCORD_SITE_URL}\n")
set(ACCORD_DEFAULT_PACK_FILE "${CMAKE_SOURCE_DIR}/data/packs/${ACCORD_DEFAULT_PACK}")
add_custom_command(OUTPUT "${ACCORD_WWW}/index.html" "${ACCORD_WWW}/accord.css"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${ACCORD_WWW}"
    COMMAND "${ACCORD_PACK_TOOL}" html --page "${CMAKE_SOURCE_DIR}/shell.html" --pack-origins "${ACCORD_PACK_ORIGINS}"
            --site-url "${ACCORD_SITE_URL}" --inline-pack-as "packs/${ACCORD_DEFAULT_PACK}"
            -o "${ACCORD_WWW}/index.html" "${ACCORD_DEFAULT_PACK_FILE}"
    COMMAND ${NODE} "${CMAKE_SOURCE_DIR}/cmake/web/minify.mjs" --css "${CMAKE_SOURCE_DIR}/web/accord.css" "${ACCORD_WWW}/accord.css"
    DEPENDS "${CMAKE_SOURCE_DIR}/shell.html" "${CMAKE_SOURCE_DIR}/web/accord.css" "${ACCORD_DEFAULT_PACK_FILE}"
            "${CMAKE_SOURCE_DIR}/cmake/web/minify.mjs"
            "${ACCORD_PACK_TOOL}" "${CMAKE_BINARY_DIR}/page-settings.txt"
    COMMENT "Writing ${ACCORD_WWW}/index.html with the article of ${ACCORD_DEFAULT_PACK}"
    VERBATIM)
add_custom_target(accord_page ALL DEPENDS "${ACCORD_WWW}/index.html" "${ACCORD_WWW}/accord.css")

# The packs and the icon beside the script.
add_custom_command(TARGET accord_web POST_BUILD
    COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_SOURCE_DIR}/web/favicon.svg" "${ACCORD_WWW}/"
    COMMAND ${CMAKE_COMMAND} -E copy_directory "${CMAKE_SOURCE_DIR}/data/packs" "${ACCORD_WWW}/packs"
    COMMENT "Writing the icon and packs into ${ACCORD_WWW}")
target_compile_definitions(accord_web PRIVATE ACCORD_DEFAULT_PACK="${ACCORD_DEFAULT_PACK}")
target_compile_definitions(accord_web_kiosk PRIVATE ACCORD_DEFAULT_PACK="${ACCORD_DEFAULT_PACK}")

# Link previews of the default pack (share_tags.h): a page per change from accord-pack,
# then the pictures and the oEmbed answer from the built widget itself in headless
# Chromium (cmake/share/make_share.mjs), once the page, script and wasm are written.
set(ACCORD_SHARE_STAMP "${CMAKE_BINARY_DIR}/share-${ACCORD_DEFAULT_PACK}.stamp")
add_custom_command(OUTPUT "${ACCORD_SHARE_STAMP}"
    COMMAND "${ACCORD_PACK_TOOL}" share-pages --site-url "${ACCORD_SITE_URL}" -o "${ACCORD_WWW}/share"
            "${ACCORD_DEFAULT_PACK_FILE}"
    COMMAND ${NODE} "${CMAKE_SOURCE_DIR}/cmake/share/make_share.mjs" --www "${ACCORD_WWW}"
            --pack "packs/${ACCORD_DEFAULT_PACK}" --default --site-url "${ACCORD_SITE_URL}" --stamp "${ACCORD_SHARE_STAMP}"
    DEPENDS accord_web accord_page "${ACCORD_WWW}/index.html" "${ACCORD_DEFAULT_PACK_FILE}" "${ACCORD_PACK_TOOL}"
            "${CMAKE_SOURCE_DIR}/cmake/share/make_share.mjs" "${CMAKE_BINARY_DIR}/page-settings.txt"
    WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
    COMMENT "Writing the link previews of ${ACCORD_DEFAULT_PACK} (share/, oembed/)"
    VERBATIM)
add_custom_target(accord_share ALL DEPENDS "${ACCORD_SHARE_STAMP}")

# The right-to-left scripts' faces beside the page (cmake/Fonts.cmake), fetched only when
# a pack writes in their script: the English first load carries none of them.
set(ACCORD_WWW_SCRIPT_FONTS "")
foreach(ttf IN LISTS ACCORD_SCRIPT_FONT_FILES)
    get_filename_component(name "${ttf}" NAME)
    add_custom_command(OUTPUT "${ACCORD_WWW}/fonts/${name}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${ACCORD_WWW}/fonts"
        COMMAND ${CMAKE_COMMAND} -E copy "${ttf}" "${ACCORD_WWW}/fonts/${name}"
        DEPENDS "${ttf}" VERBATIM)
    list(APPEND ACCORD_WWW_SCRIPT_FONTS "${ACCORD_WWW}/fonts/${name}")
endforeach()
add_custom_target(accord_script_fonts ALL DEPENDS ${ACCORD_WWW_SCRIPT_FONTS})

# The embed script and one example host page per embed feature (web/embed.js,
# web/examples/), copied again whenever one of them changes.
file(GLOB ACCORD_EMBED_EXAMPLES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/web/examples/*.html")
add_custom_command(OUTPUT "${ACCORD_WWW}/embed.js"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${ACCORD_WWW}/examples"
    COMMAND ${NODE} "${CMAKE_SOURCE_DIR}/cmake/web/minify.mjs" --js "${CMAKE_SOURCE_DIR}/web/embed.js" "${ACCORD_WWW}/embed.js"
    COMMAND ${CMAKE_COMMAND} -E copy_directory "${CMAKE_SOURCE_DIR}/web/examples" "${ACCORD_WWW}/examples"
    # The pym.js example's parent script: npm's pym.js (installed by make deps), not a copy in the repo.
    COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_SOURCE_DIR}/node_modules/pym.js/dist/pym.v1.min.js" "${ACCORD_WWW}/examples/"
    DEPENDS "${CMAKE_SOURCE_DIR}/web/embed.js" "${CMAKE_SOURCE_DIR}/cmake/web/minify.mjs" ${ACCORD_EMBED_EXAMPLES}
    COMMENT "Writing embed.js and the example host pages into ${ACCORD_WWW}"
    VERBATIM)
add_custom_target(accord_embed ALL DEPENDS "${ACCORD_WWW}/embed.js")

# Every text, wasm and font file precompressed beside itself (FILE.br, FILE.gz), for
# servers that send them as they are (cmake/web/precompress.mjs); run after everything
# above has written www/, and quick when nothing changed.
add_custom_target(accord_precompress ALL
    COMMAND ${NODE} "${CMAKE_SOURCE_DIR}/cmake/web/precompress.mjs" --www "${ACCORD_WWW}"
    WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
    COMMENT "Precompressing ${ACCORD_WWW} (.br, .gz)"
    VERBATIM)
add_dependencies(accord_precompress accord_web accord_page accord_share accord_script_fonts accord_embed)
