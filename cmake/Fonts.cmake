# Fonts.cmake — Noto Sans (Debian's fonts-noto-core, SIL OFL) cut to the Latin
# characters the packs use and embedded into the binary as C++ arrays, so native and
# web builds need no font file at run time.
find_program(PYFTSUBSET pyftsubset REQUIRED)
set(ACCORD_FONT_DIR /usr/share/fonts/truetype/noto)
# Basic Latin, Latin-1, general punctuation (dashes, quotes, bullet, ellipsis),
# arrows, minus and multiplication signs, euro.
set(ACCORD_FONT_UNICODES "U+0020-007E,U+00A0-00FF,U+0152-0153,U+2010-2027,U+2030-203A,U+20AC,U+2190-2193,U+2212,U+00D7,U+2122")
set(ACCORD_FONT_SOURCES "")
foreach(face IN ITEMS Regular Bold)
    set(ttf "${CMAKE_BINARY_DIR}/fonts/NotoSans-${face}-latin.ttf")
    set(cpp "${CMAKE_BINARY_DIR}/fonts/noto_sans_${face}.cpp")
    string(TOLOWER "${face}" face_lower)
    add_custom_command(OUTPUT "${ttf}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/fonts"
        COMMAND /usr/bin/python3 ${PYFTSUBSET} "${ACCORD_FONT_DIR}/NotoSans-${face}.ttf"
                --unicodes=${ACCORD_FONT_UNICODES} --layout-features=kern,liga
                --no-hinting --desubroutinize --output-file=${ttf}
        DEPENDS "${ACCORD_FONT_DIR}/NotoSans-${face}.ttf"
        COMMENT "Subsetting Noto Sans ${face} to Latin")
    add_custom_command(OUTPUT "${cpp}"
        COMMAND ${CMAKE_COMMAND} -DINPUT=${ttf} -DOUTPUT=${cpp} -DSYMBOL=kNotoSans${face}
                -P "${CMAKE_SOURCE_DIR}/cmake/EmbedFile.cmake"
        DEPENDS "${ttf}" "${CMAKE_SOURCE_DIR}/cmake/EmbedFile.cmake")
    list(APPEND ACCORD_FONT_SOURCES "${cpp}")
endforeach()

# The right-to-left scripts' faces, Noto Sans Arabic and Noto Sans Hebrew, cut to what the
# shaped text draws: Arabic's presentation forms (bidi_text.cpp shapes before drawing,
# so no OpenType layout is needed), its punctuation, harakat and digits; Hebrew's block.
# They are not in the English first load: the web build writes them beside the page
# (www/fonts/) and fetches one only when a pack uses its script; natively they are
# embedded (ACCORD_SCRIPT_FONT_SOURCES).
set(ACCORD_SCRIPT_FONT_FILES "")
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
        add_custom_command(OUTPUT "${ttf}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/fonts"
            COMMAND /usr/bin/python3 ${PYFTSUBSET} "${ACCORD_FONT_DIR}/NotoSans${script}-${face}.ttf"
                    --unicodes=${unicodes} --layout-features= --no-hinting --desubroutinize --output-file=${ttf}
            DEPENDS "${ACCORD_FONT_DIR}/NotoSans${script}-${face}.ttf"
            COMMENT "Subsetting Noto Sans ${script} ${face}")
        list(APPEND ACCORD_SCRIPT_FONT_FILES "${ttf}")
        set(cpp "${CMAKE_BINARY_DIR}/fonts/noto_sans_${name}.cpp")
        add_custom_command(OUTPUT "${cpp}"
            COMMAND ${CMAKE_COMMAND} -DINPUT=${ttf} -DOUTPUT=${cpp} -DSYMBOL=kNotoSans${script}${face}
                    -P "${CMAKE_SOURCE_DIR}/cmake/EmbedFile.cmake"
            DEPENDS "${ttf}" "${CMAKE_SOURCE_DIR}/cmake/EmbedFile.cmake")
        list(APPEND ACCORD_SCRIPT_FONT_SOURCES "${cpp}")
    endforeach()
endforeach()
