# Fonts.cmake — Noto Sans (Debian's fonts-noto-core, SIL OFL) cut to the Latin
# characters the packs use and embedded into the binary as C++ arrays, so native and
# web builds need no font file at run time; the right-to-left scripts' faces beside it.
find_program(PYFTSUBSET pyftsubset REQUIRED)
set(ACCORD_FONT_DIR /usr/share/fonts/truetype/noto)
# Basic Latin, Latin-1, general punctuation (dashes, quotes, bullet, ellipsis),
# arrows, minus and multiplication signs, euro.
set(ACCORD_FONT_UNICODES "U+0020-007E,U+00A0-00FF,U+0152-0153,U+2010-2027,U+2030-203A,U+20AC,U+2190-2193,U+2212,U+00D7,U+2122")

# Cuts Noto Sans `family`-`weight` (e.g. "Arabic" "Bold"; "" for Noto Sans itself) to
# `unicodes`, into OUT_TTF. Why no OpenType layout tables: ImGui draws glyph by glyph
# with no kerning or ligatures (right-to-left text is shaped by bidi_text.cpp before it
# is drawn), so GSUB/GPOS were 2 KB per face that nothing read; nor hinting (the atlas
# is rasterised with oversampling, unhinted).
# `unicodes` may instead be a file of them, written by another command: FILE:<path>.
function(accord_font_subset family weight unicodes out_ttf)
    set(source "${ACCORD_FONT_DIR}/NotoSans${family}-${weight}.ttf")
    set(depends "${source}")
    if(unicodes MATCHES "^FILE:(.*)$")
        set(option "--unicodes-file=${CMAKE_MATCH_1}")
        list(APPEND depends "${CMAKE_MATCH_1}")
    else()
        set(option "--unicodes=${unicodes}")
    endif()
    add_custom_command(OUTPUT "${out_ttf}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/fonts"
        COMMAND /usr/bin/python3 ${PYFTSUBSET} "${source}" ${option}
                --layout-features= --drop-tables+=GSUB,GPOS,GDEF --no-hinting --output-file=${out_ttf}
        DEPENDS ${depends}
        COMMENT "Subsetting Noto Sans ${family} ${weight} (${option})")
endfunction()

# Writes TTF as a C++ array named SYMBOL (cmake/EmbedFile.cmake); appends the source
# file to the list named by `sources_var`.
function(accord_font_embed ttf symbol sources_var)
    get_filename_component(name "${ttf}" NAME_WE)
    set(cpp "${CMAKE_BINARY_DIR}/fonts/${name}.cpp")
    add_custom_command(OUTPUT "${cpp}"
        COMMAND ${CMAKE_COMMAND} -DINPUT=${ttf} -DOUTPUT=${cpp} -DSYMBOL=${symbol}
                -P "${CMAKE_SOURCE_DIR}/cmake/EmbedFile.cmake"
        DEPENDS "${ttf}" "${CMAKE_SOURCE_DIR}/cmake/EmbedFile.cmake")
    set(${sources_var} ${${sources_var}} "${cpp}" PARENT_SCOPE)
endfunction()

set(ACCORD_FONT_SOURCES "")
set(ACCORD_SCRIPT_FONT_FILES "")
set(ACCORD_LATIN_EMBEDDED "${ACCORD_FONT_UNICODES}")
if(EMSCRIPTEN)
    # The web build embeds only the Latin characters the interface and the shipped packs
    # write (7.8 KB less of the first load); the rest, as the "latin-rest" faces beside the
    # page (www/fonts/), is fetched for a pack that draws one (platform::App::Frame).
    file(GLOB_RECURSE latin_sources CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/core/*.cpp" "${CMAKE_SOURCE_DIR}/src/core/*.h")
    file(GLOB shipped_packs CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/data/packs/*.json")
    set(latin_embedded "${CMAKE_BINARY_DIR}/fonts/latin-embedded.txt")
    set(latin_rest "${CMAKE_BINARY_DIR}/fonts/latin-rest.txt")
    add_custom_command(OUTPUT "${latin_embedded}" "${latin_rest}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/fonts"
        COMMAND /usr/bin/python3 "${CMAKE_SOURCE_DIR}/cmake/fonts/latin_split.py" --all "${ACCORD_FONT_UNICODES}"
                --embedded "${latin_embedded}" --rest "${latin_rest}" --sources ${latin_sources} --packs ${shipped_packs}
        DEPENDS "${CMAKE_SOURCE_DIR}/cmake/fonts/latin_split.py" ${latin_sources} ${shipped_packs}
        COMMENT "Splitting the Latin subset: what the interface and the shipped packs write, and the rest")
    set(ACCORD_LATIN_EMBEDDED "FILE:${latin_embedded}")
endif()
foreach(face IN ITEMS Regular Bold)
    set(ttf "${CMAKE_BINARY_DIR}/fonts/NotoSans-${face}-latin.ttf")
    accord_font_subset("" ${face} "${ACCORD_LATIN_EMBEDDED}" "${ttf}")
    accord_font_embed("${ttf}" kNotoSans${face} ACCORD_FONT_SOURCES)
    if(EMSCRIPTEN)
        string(TOLOWER "${face}" weight)
        set(rest_ttf "${CMAKE_BINARY_DIR}/fonts/latin-rest-${weight}.ttf")
        accord_font_subset("" ${face} "FILE:${latin_rest}" "${rest_ttf}")
        list(APPEND ACCORD_SCRIPT_FONT_FILES "${rest_ttf}")
    endif()
endforeach()

# The right-to-left scripts' faces, Noto Sans Arabic and Noto Sans Hebrew, cut to what the
# shaped text draws: Arabic's presentation forms (bidi_text.cpp shapes before drawing),
# its punctuation, harakat and digits; Hebrew's block. They are not in the English first
# load: the web build writes them beside the page (www/fonts/) and fetches one only
# when a pack uses its script; natively they are embedded (ACCORD_SCRIPT_FONT_SOURCES).
set(ACCORD_SCRIPT_FONT_SOURCES "")
foreach(script IN ITEMS Arabic Hebrew)
    if(script STREQUAL "Arabic")
        set(unicodes "U+060C,U+061B,U+061F,U+0621-063A,U+0640-0652,U+0660-066D,U+FE70-FEFC")
    else()
        set(unicodes "U+0590-05FF,U+FB1D-FB4F")
    endif()
    foreach(face IN ITEMS Regular Bold)
        string(TOLOWER "${script}-${face}" name)
        set(ttf "${CMAKE_BINARY_DIR}/fonts/${name}.ttf")
        accord_font_subset(${script} ${face} "${unicodes}" "${ttf}")
        list(APPEND ACCORD_SCRIPT_FONT_FILES "${ttf}")
        accord_font_embed("${ttf}" kNotoSans${script}${face} ACCORD_SCRIPT_FONT_SOURCES)
    endforeach()
endforeach()

# The language switch names each edition in its own language (core LanguageName), in
# bold, whatever face the pack itself needs: "العربية" and "עברית" must draw on an
# English page, where the Arabic and Hebrew faces are never fetched. These faces hold
# only those letters, as drawn, about 1.5 KB each; embedded in both builds and merged
# into the bold styles (ui/fonts.cpp).
foreach(script IN ITEMS Arabic Hebrew)
    if(script STREQUAL "Arabic")
        # The joined forms "العربية" is drawn with (bidi_text.cpp's shaping): isolated alef,
        # initial lam, medial ain, final reh, initial beh, medial yeh, final teh marbuta.
        # Then its letters as written, which the web page's text layer sets in this face
        # (web/pre.js, layerFaces): without them the browser looked for a system font
        # that has them, up to 20 ms of an English page's first layer.
        set(unicodes "U+FE8D,U+FEDF,U+FECC,U+FEAE,U+FE91,U+FEF4,U+FE94,U+0627,U+0644,U+0639,U+0631,U+0628,U+064A,U+0629")
    else()
        set(unicodes "U+05D1,U+05D9,U+05E2,U+05E8,U+05EA")  # ayin, bet, resh, yod, tav
    endif()
    string(TOLOWER "${script}" name)
    set(ttf "${CMAKE_BINARY_DIR}/fonts/${name}-endonym-bold.ttf")
    accord_font_subset(${script} Bold "${unicodes}" "${ttf}")
    accord_font_embed("${ttf}" kNotoSans${script}EndonymBold ACCORD_FONT_SOURCES)
endforeach()
