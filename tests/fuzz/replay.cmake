# Without -DSMARTHOST_FUZZ (any compiler): each fuzz target is built with CorpusReplay.cpp as
# its main() and run by ctest over its seed corpus (tests/fuzz/corpus/<target>/). The target's
# own checks (round trips, refusals that say why) abort on a failing input.
function(smarthost_add_corpus_replay name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name}_replay ${ARG_SOURCES} ${CMAKE_CURRENT_LIST_DIR}/CorpusReplay.cpp)
    target_link_libraries(${name}_replay PRIVATE ${ARG_LIBS})
    add_test(NAME ${name}_corpus COMMAND ${name}_replay ${CMAKE_CURRENT_LIST_DIR}/corpus/${name})
    set_tests_properties(${name}_corpus PROPERTIES TIMEOUT 120 LABELS fuzz)
endfunction()

smarthost_add_corpus_replay(fuzz_headers SOURCES ${CMAKE_CURRENT_LIST_DIR}/fuzz_headers.cpp
    LIBS smarthost_headers)
smarthost_add_corpus_replay(fuzz_ovhconfig SOURCES ${CMAKE_CURRENT_LIST_DIR}/fuzz_ovhconfig.cpp
    LIBS smarthost_core)
smarthost_add_corpus_replay(fuzz_apijson SOURCES ${CMAKE_CURRENT_LIST_DIR}/fuzz_apijson.cpp
    LIBS smarthost_core)
