# The ctest "embed_install" (label install): griot used the way an outside
# project uses it, from the installed package.
#   1. `cmake --install` this build into a fresh prefix;
#   2. the installed headers include only the standard library and griot
#      headers, and each one compiles alone (an outside CMake project);
#   3. examples/embed configured with find_package(griot) against the prefix,
#      built, and run on an article of examples/articles/;
#   4. examples/embed/main.cc built with `pkg-config --cflags --libs griot`
#      against the prefix, and run.
# It also checks that docs/library.md shows examples/embed/main.cc as it is.
# tests/CMakeLists.txt passes: SOURCE_DIR, BINARY_DIR, WORK_DIR, GENERATOR,
# MAKE_PROGRAM, CXX, CCACHE (may be empty), PKG_CONFIG, JOBS.
cmake_minimum_required(VERSION 3.20)

set(prefix "${WORK_DIR}/prefix")
set(sample "${SOURCE_DIR}/examples/articles/niamey-moscou-accord-defense.txt")
set(launcher "")
if(CCACHE)
  set(launcher "-DCMAKE_CXX_COMPILER_LAUNCHER=${CCACHE}")
endif()

# Runs a command; stops the test with its output when it fails. The standard
# output is left in `run_stdout`.
function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${rc}):\n${out}\n${err}")
  endif()
  set(run_stdout "${out}" PARENT_SCOPE)
endfunction()

# Configures and builds an outside CMake project against the prefix.
function(build_outside what source build)
  run("${what}: configure" "${CMAKE_COMMAND}" -S "${source}" -B "${build}"
      -G "${GENERATOR}" "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}" "-DCMAKE_CXX_COMPILER=${CXX}"
      ${launcher} "-DCMAKE_PREFIX_PATH=${prefix}" -DCMAKE_BUILD_TYPE=Release)
  run("${what}: build" "${CMAKE_COMMAND}" --build "${build}" -j "${JOBS}")
endfunction()

# The answers the embed example must print (the article's agreement: Russia).
function(check_answers what output)
  foreach(country RUS)
    if(NOT output MATCHES "\n  ${country} <urn:griot:entity:")
      message(FATAL_ERROR "${what}: ${country} missing from the answers:\n${output}")
    endif()
  endforeach()
  foreach(country FRA BFA USA)
    if(output MATCHES "${country}")
      message(FATAL_ERROR "${what}: ${country} should not be an answer:\n${output}")
    endif()
  endforeach()
  message(STATUS "${what}: ok")
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

# docs/library.md shows examples/embed/main.cc whole: the copy must not drift.
file(READ "${SOURCE_DIR}/examples/embed/main.cc" main_cc)
file(READ "${SOURCE_DIR}/docs/library.md" library_md)
string(FIND "${library_md}" "```cpp\n${main_cc}```" at)
if(at EQUAL -1)
  message(FATAL_ERROR "docs/library.md does not show examples/embed/main.cc as it is: copy it again")
endif()

# ---- 1. install ------------------------------------------------------------
run("cmake --install" "${CMAKE_COMMAND}" --install "${BINARY_DIR}" --prefix "${prefix}")
file(GLOB_RECURSE config "${prefix}/*/griotConfig.cmake")
file(GLOB_RECURSE pc_file "${prefix}/*/pkgconfig/griot.pc")
file(GLOB headers RELATIVE "${prefix}/include" "${prefix}/include/griot/*/*.h")
foreach(need config pc_file headers)
  if(NOT ${need})
    message(FATAL_ERROR "cmake --install put no ${need} in the prefix")
  endif()
endforeach()
if(NOT EXISTS "${prefix}/bin/griot")
  message(FATAL_ERROR "cmake --install did not install bin/griot")
endif()
run("installed griot --version" "${prefix}/bin/griot" --version)
list(LENGTH headers n)
message(STATUS "installed: ${n} headers, griot, ${config}, ${pc_file}")

# ---- 2. the installed headers are self-contained -----------------------------
set(hdir "${WORK_DIR}/headers")
set(sources "")
foreach(h IN LISTS headers)
  file(STRINGS "${prefix}/include/${h}" includes REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS includes)
    # <cstdint>, <string>, ...: standard; "griot/..." or <griot/...>: griot's.
    if(NOT line MATCHES "^[ \t]*#[ \t]*include[ \t]*(<[a-z_]+>|[<\"]griot/[a-z_/]+\\.h[>\"])")
      message(FATAL_ERROR "${h} includes neither a standard nor a griot header: ${line}")
    endif()
  endforeach()
  string(MAKE_C_IDENTIFIER "${h}" name)
  # Twice: the include guard works too.
  file(WRITE "${hdir}/${name}.cc" "#include <${h}>\n#include <${h}>\n")
  list(APPEND sources "${name}.cc")
endforeach()
file(WRITE "${hdir}/CMakeLists.txt" "
cmake_minimum_required(VERSION 3.20)
project(griot_headers LANGUAGES CXX)
find_package(griot 0.1 REQUIRED COMPONENTS store query)
add_library(headers OBJECT ${sources})
target_compile_options(headers PRIVATE -Wall -Wextra)
target_link_libraries(headers PRIVATE griot::store griot::query)
")
build_outside("headers alone" "${hdir}" "${hdir}/build")
message(STATUS "headers alone: ok")

# ---- 3. examples/embed with find_package(griot) -------------------------------
build_outside("examples/embed" "${SOURCE_DIR}/examples/embed" "${WORK_DIR}/embed")
run("examples/embed run" "${WORK_DIR}/embed/embed" "${sample}" "${WORK_DIR}/embed.db")
check_answers("examples/embed (CMake)" "${run_stdout}")

# ---- 4. the same program with pkg-config ----------------------------------------
get_filename_component(pc_dir "${pc_file}" DIRECTORY)
set(ENV{PKG_CONFIG_PATH} "${pc_dir}")
run("pkg-config --validate griot" "${PKG_CONFIG}" --validate griot)
run("pkg-config --modversion griot" "${PKG_CONFIG}" --modversion griot)
string(STRIP "${run_stdout}" version)
message(STATUS "pkg-config: griot ${version}")
run("pkg-config --cflags --libs griot" "${PKG_CONFIG}" --cflags --libs griot)
separate_arguments(pc_flags UNIX_COMMAND "${run_stdout}")
message(STATUS "pkg-config --cflags --libs griot: ${pc_flags}")
run("c++ main.cc $(pkg-config --cflags --libs griot)" ${CCACHE} "${CXX}" -std=c++20
    "${SOURCE_DIR}/examples/embed/main.cc" -o "${WORK_DIR}/embed-pc" ${pc_flags})
run("embed-pc run" "${WORK_DIR}/embed-pc" "${sample}")
check_answers("examples/embed (pkg-config)" "${run_stdout}")

# Only the outcome is kept: the prefix and builds are large.
file(REMOVE_RECURSE "${WORK_DIR}")
