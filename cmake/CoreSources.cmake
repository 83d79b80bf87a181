# CoreSources.cmake — the sources of each src/core/ library, listed once: the libraries
# below and the fuzzer (tests/fuzz) both read these lists, so a new file is either
# built everywhere or nowhere (no glob that silently misses a new folder).
set(ACCORD_CORE_COMMON_SOURCES
    src/core/common/strings.cpp
    src/core/common/strings_ar.cpp
    src/core/common/json_writer.cpp
)
set(ACCORD_CORE_PACK_SOURCES
    src/core/pack/diagnostics.cpp
    src/core/pack/names.cpp
    src/core/pack/pack.cpp
    src/core/pack/json_positions.cpp
    src/core/pack/json_document.cpp
    src/core/pack/json_value.cpp
    src/core/pack/json_reader.cpp
    src/core/pack/read_claims.cpp
    src/core/pack/read_meta.cpp
    src/core/pack/read_sources.cpp
    src/core/pack/read_timeline.cpp
    src/core/pack/read_amendments.cpp
    src/core/pack/read_map.cpp
    src/core/pack/read_actors.cpp
    src/core/pack/read_strings.cpp
    src/core/pack/pack_loader.cpp
    src/core/pack/links.cpp
    src/core/pack/translation.cpp
    src/core/pack/pack_strings.cpp
)
set(ACCORD_CORE_LAYOUT_SOURCES
    src/core/layout/scene.cpp
    src/core/layout/text_wrap.cpp
    src/core/layout/bidi_text.cpp
    src/core/layout/layout_common.cpp
    src/core/layout/timeline_layout.cpp
    src/core/layout/amendments_layout.cpp
    src/core/layout/map_layout.cpp
    src/core/layout/diagram_layout.cpp
    src/core/layout/geometry.cpp
    src/core/layout/layout_cache.cpp
    src/core/layout/message_layout.cpp
    src/core/layout/map_projection.cpp
    src/core/layout/qr_code.cpp
    src/core/layout/qr_encode.cpp
    src/core/layout/mirror.cpp
)
set(ACCORD_CORE_STATE_SOURCES
    src/core/state/app_state.cpp
    src/core/state/url_params.cpp
    src/core/state/url_hash.cpp
    src/core/state/pack_origin.cpp
    src/core/state/widget.cpp
    src/core/state/text_layer.cpp
    src/core/state/kiosk.cpp
)
set(ACCORD_CORE_EXPORT_SOURCES
    src/core/export/html_export.cpp
    src/core/export/share_tags.cpp
)
set(ACCORD_CORE_SOURCES ${ACCORD_CORE_COMMON_SOURCES} ${ACCORD_CORE_PACK_SOURCES} ${ACCORD_CORE_LAYOUT_SOURCES}
    ${ACCORD_CORE_STATE_SOURCES} ${ACCORD_CORE_EXPORT_SOURCES})

accord_core_library(accord_core_common common ${ACCORD_CORE_COMMON_SOURCES})
accord_core_library(accord_core_pack pack ${ACCORD_CORE_PACK_SOURCES})
target_link_libraries(accord_core_pack PUBLIC accord_core_common PRIVATE accord_json)  # RapidJSON stays inside pack/
# The web builds choose their QR encoder (cmake/WebFlags.cmake): the plain one links
# none, the kiosk's libqrencode.
if(EMSCRIPTEN)
    list(REMOVE_ITEM ACCORD_CORE_LAYOUT_SOURCES src/core/layout/qr_encode.cpp)
endif()
accord_core_library(accord_core_layout layout ${ACCORD_CORE_LAYOUT_SOURCES})
target_link_libraries(accord_core_layout PUBLIC accord_core_pack accord_core_common PRIVATE Accord::fribidi)
if(NOT EMSCRIPTEN)
    target_link_libraries(accord_core_layout PRIVATE Accord::qrencode)
endif()
accord_core_library(accord_core_state state ${ACCORD_CORE_STATE_SOURCES})
target_link_libraries(accord_core_state PUBLIC accord_core_layout accord_core_pack accord_core_common)
accord_core_library(accord_core_export export ${ACCORD_CORE_EXPORT_SOURCES})
target_link_libraries(accord_core_export PUBLIC accord_core_pack accord_core_common)

# Everything of core, for the platform layer, the tools and the tests.
add_library(accord_core INTERFACE)
target_link_libraries(accord_core INTERFACE accord_core_state accord_core_export)
target_include_directories(accord_core INTERFACE src)
set(ACCORD_CORE_LIBRARIES accord_core_common accord_core_pack accord_core_layout accord_core_state accord_core_export)
