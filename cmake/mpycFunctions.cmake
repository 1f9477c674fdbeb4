# mpycFunctions.cmake: CMake functions that run `mpyc build` as part of a project's build.
# Loaded by mpycConfig.cmake (find_package(mpyc)); needs the imported target mpyc::mpyc.
#
# mpyc_compile(<name>
#     SOURCES <file.py>...            .py files (or folders, then give OUTPUTS yourself); a
#                                     relative path is looked up in BASE_DIR, then in the
#                                     current source folder
#   | MANIFEST <manifest.py>...       or a manifest: its modules become the tree
#     [BASE_DIR <dir>]                module paths are relative to it (default: the current
#                                     source folder), e.g. lib/util.py -> lib/util.mpy
#     [OUTPUT_DIR <dir>]              default: ${CMAKE_CURRENT_BINARY_DIR}/<name>
#     [OPT <0-3>] [JOBS <n>]
#     [MPY_DIR <dir>] [LIB_DIR <dir>] [PORT_DIR <dir>] [BOARD_DIR <dir>] [VARS NAME=VALUE...]
#     [REPORT <file.json|.md|.txt>]  a size report of the modules (mpyc size's schema)
#     [OPTIONS <more mpyc build arguments>...]
#     [OUTPUTS_VAR <var>])            set to the .mpy files (SOURCES form)
#   Adds the target <name> (built by default) that compiles the sources into OUTPUT_DIR with
#   one `mpyc build` call. Editing one .py recompiles only that module: mpyc keeps content
#   hashes and leaves unchanged outputs untouched, and their timestamps with them. A custom
#   command of another target may DEPEND on the .mpy files; that target then needs
#   add_dependencies(<it> <name>) (the files are the step's byproducts).
#
# mpyc_freeze(<firmware-target>
#     MANIFEST <manifest.py>...
#     [OUTPUT <file.c>]               default: ${CMAKE_CURRENT_BINARY_DIR}/frozen_content.c
#     [CACHE_DIR <dir>]               the compiled .mpy files (default: <OUTPUT>.cache)
#     [QSTR_HEADER <qstrdefs.preprocessed.h>] [LONGINT_IMPL none|longlong|mpz] [MPZ_DIG_SIZE n]
#     [OPT <0-3>] [JOBS <n>] [MPY_DIR ...] [LIB_DIR ...] [PORT_DIR ...] [BOARD_DIR ...] [VARS ...]
#     [REPORT <file>] [OPTIONS ...])
#   An unknown keyword, or one without its value, stops the configure step with its name.
#   Generates the frozen C for the manifest (the file makemanifest.py writes) and adds it to
#   the firmware target's sources. The manifests, every file they freeze and every folder they
#   search are dependencies (through a depfile), so editing a frozen .py, a manifest, or adding
#   a file to a frozen folder regenerates it, recompiling only what changed.

# A misspelt keyword (LIBDIR for LIB_DIR) would otherwise be taken as a value of the keyword
# before it and fail only at build time; stop at configure time, naming it and the keywords.
function(_mpyc_check_keywords fn name keywords)
  if(A_UNPARSED_ARGUMENTS)
    list(GET A_UNPARSED_ARGUMENTS 0 bad)
    string(REPLACE ";" " " known "${keywords}")
    message(FATAL_ERROR "${fn}(${name}): unknown argument '${bad}'; the keywords are: ${known}")
  endif()
  if(A_KEYWORDS_MISSING_VALUES)
    string(REPLACE ";" ", " missing "${A_KEYWORDS_MISSING_VALUES}")
    message(FATAL_ERROR "${fn}(${name}): ${missing} needs a value")
  endif()
endfunction()

function(_mpyc_common_args out)
  cmake_parse_arguments(PARSE_ARGV 1 A "" "OPT;JOBS;MPY_DIR;LIB_DIR;PORT_DIR;BOARD_DIR;REPORT" "VARS;OPTIONS")
  set(args)
  if(DEFINED A_OPT)
    list(APPEND args "-O" "${A_OPT}")
  endif()
  if(DEFINED A_JOBS)
    list(APPEND args "-j" "${A_JOBS}")
  endif()
  foreach(var MPY_DIR LIB_DIR PORT_DIR BOARD_DIR)
    if(DEFINED A_${var})
      string(TOLOWER "${var}" opt)
      string(REPLACE "_" "-" opt "${opt}")
      list(APPEND args "--${opt}" "${A_${var}}")
    endif()
  endforeach()
  foreach(v IN LISTS A_VARS)
    list(APPEND args "--var" "${v}")
  endforeach()
  if(DEFINED A_REPORT)
    list(APPEND args "--report" "${A_REPORT}")
  endif()
  list(APPEND args ${A_OPTIONS})
  set(${out} "${args}" PARENT_SCOPE)
endfunction()

function(mpyc_compile name)
  set(one OUTPUT_DIR BASE_DIR OUTPUTS_VAR OPT JOBS MPY_DIR LIB_DIR PORT_DIR BOARD_DIR REPORT)
  set(many SOURCES MANIFEST VARS OPTIONS)
  cmake_parse_arguments(PARSE_ARGV 1 A "" "${one}" "${many}")
  _mpyc_check_keywords(mpyc_compile "${name}" "${many};${one}")
  if(NOT A_SOURCES AND NOT A_MANIFEST)
    message(FATAL_ERROR "mpyc_compile(${name}): give SOURCES or MANIFEST")
  endif()
  if(NOT DEFINED A_OUTPUT_DIR)
    set(A_OUTPUT_DIR "${CMAKE_CURRENT_BINARY_DIR}/${name}")
  endif()
  if(NOT DEFINED A_BASE_DIR)
    set(A_BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  endif()
  get_filename_component(A_OUTPUT_DIR "${A_OUTPUT_DIR}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  get_filename_component(A_BASE_DIR "${A_BASE_DIR}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  set(common)
  foreach(k OPT JOBS MPY_DIR LIB_DIR PORT_DIR BOARD_DIR REPORT)
    if(DEFINED A_${k})
      list(APPEND common ${k} "${A_${k}}")
    endif()
  endforeach()
  _mpyc_common_args(extra ${common} VARS ${A_VARS} OPTIONS ${A_OPTIONS})
  # each call has its own state file, so two calls may share an output folder
  set(state "${A_OUTPUT_DIR}/.mpyc-${name}.json")

  if(A_SOURCES)
    set(sources)
    set(outputs)
    foreach(src IN LISTS A_SOURCES)
      # a relative path is looked up in BASE_DIR first, then in the current source folder
      if(NOT IS_ABSOLUTE "${src}" AND EXISTS "${A_BASE_DIR}/${src}")
        set(src "${A_BASE_DIR}/${src}")
      endif()
      get_filename_component(src "${src}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
      file(RELATIVE_PATH rel "${A_BASE_DIR}" "${src}")
      if(rel MATCHES "^\\.\\./")
        message(FATAL_ERROR "mpyc_compile(${name}): ${src} is not inside BASE_DIR ${A_BASE_DIR}")
      endif()
      string(REGEX REPLACE "\\.py$" ".mpy" rel "${rel}")
      list(APPEND sources "${src}")
      list(APPEND outputs "${A_OUTPUT_DIR}/${rel}")
    endforeach()
    # The .mpy files are byproducts: mpyc rewrites only those whose bytes changed, and a
    # byproduct's timestamp may stay older than its source. The output is a stamp touched on
    # every run, so Make sees the step done (it would touch every declared OUTPUT otherwise)
    # and Ninja (which re-reads byproducts' timestamps) rebuilds only what depends on a changed
    # .mpy.
    set(stamp "${CMAKE_CURRENT_BINARY_DIR}/${name}.mpyc-stamp")
    add_custom_command(
      OUTPUT "${stamp}"
      BYPRODUCTS ${outputs}
      COMMAND mpyc::mpyc build -o "${A_OUTPUT_DIR}" --base "${A_BASE_DIR}" --state "${state}"
              --stamp "${stamp}" --progress never ${extra} ${sources}
      DEPENDS ${sources} mpyc::mpyc
      COMMENT "mpyc: compiling ${name}"
      VERBATIM)
    if(DEFINED A_OUTPUTS_VAR)
      set(${A_OUTPUTS_VAR} "${outputs}" PARENT_SCOPE)
    endif()
    set(outputs "${stamp}")
  else()
    # a manifest's modules are only known when it is evaluated: a stamp and a depfile
    set(stamp "${CMAKE_CURRENT_BINARY_DIR}/${name}.mpyc-stamp")
    set(manifests)
    set(margs)
    foreach(m IN LISTS A_MANIFEST)
      get_filename_component(m "${m}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
      list(APPEND manifests "${m}")
      list(APPEND margs --manifest "${m}")
    endforeach()
    add_custom_command(
      OUTPUT "${stamp}"
      COMMAND mpyc::mpyc build -o "${A_OUTPUT_DIR}" --state "${state}" --stamp "${stamp}"
              --depfile "${stamp}.d" --progress never ${extra} ${margs}
      DEPENDS ${manifests} mpyc::mpyc
      DEPFILE "${stamp}.d"
      COMMENT "mpyc: compiling ${name} from its manifest"
      VERBATIM)
    set(outputs "${stamp}")
  endif()
  add_custom_target(${name} ALL DEPENDS ${outputs})
endfunction()

function(mpyc_freeze target)
  set(one OUTPUT CACHE_DIR QSTR_HEADER LONGINT_IMPL MPZ_DIG_SIZE OPT JOBS MPY_DIR LIB_DIR PORT_DIR BOARD_DIR REPORT)
  set(many MANIFEST VARS OPTIONS)
  cmake_parse_arguments(PARSE_ARGV 1 A "" "${one}" "${many}")
  _mpyc_check_keywords(mpyc_freeze "${target}" "${many};${one}")
  if(NOT A_MANIFEST)
    message(FATAL_ERROR "mpyc_freeze(${target}): give MANIFEST")
  endif()
  if(NOT DEFINED A_OUTPUT)
    set(A_OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/frozen_content.c")
  endif()
  get_filename_component(A_OUTPUT "${A_OUTPUT}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  if(NOT DEFINED A_CACHE_DIR)
    set(A_CACHE_DIR "${A_OUTPUT}.cache")
  endif()
  set(common)
  foreach(k OPT JOBS MPY_DIR LIB_DIR PORT_DIR BOARD_DIR REPORT)
    if(DEFINED A_${k})
      list(APPEND common ${k} "${A_${k}}")
    endif()
  endforeach()
  _mpyc_common_args(extra ${common} VARS ${A_VARS} OPTIONS ${A_OPTIONS})
  set(deps mpyc::mpyc)
  if(DEFINED A_QSTR_HEADER)
    list(APPEND extra -q "${A_QSTR_HEADER}")
    list(APPEND deps "${A_QSTR_HEADER}")
  endif()
  if(DEFINED A_LONGINT_IMPL)
    list(APPEND extra --longint-impl "${A_LONGINT_IMPL}")
  endif()
  if(DEFINED A_MPZ_DIG_SIZE)
    list(APPEND extra --mpz-dig-size "${A_MPZ_DIG_SIZE}")
  endif()
  set(margs)
  foreach(m IN LISTS A_MANIFEST)
    get_filename_component(m "${m}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND deps "${m}")
    list(APPEND margs --manifest "${m}")
  endforeach()
  add_custom_command(
    OUTPUT "${A_OUTPUT}"
    COMMAND mpyc::mpyc build --freeze "${A_OUTPUT}" -o "${A_CACHE_DIR}" --depfile "${A_OUTPUT}.d"
            --progress never ${extra} ${margs}
    DEPENDS ${deps}
    DEPFILE "${A_OUTPUT}.d"
    COMMENT "mpyc: freezing ${A_MANIFEST}"
    VERBATIM)
  target_sources(${target} PRIVATE "${A_OUTPUT}")
endfunction()
