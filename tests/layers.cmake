# SPDX-FileCopyrightText: 2026 Storyweave contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# The layer check (CTest: tst_layers). Every arrow points down:
#   app/main.cpp -> app/cli (storyweave_cli) -> app/core (storyweave_core)
#   app/main.cpp -> ui      (storyweave_ui)  -> app/core
# Fails when a core file includes anything outside app/core (ui/, app/cli/, main.cpp) or a Qt Widgets
# or Qt Print Support header, when a command line file includes from ui/, when a ui/ file includes from
# app/cli/, or when storyweave_core or storyweave_cli links Qt Widgets.
#   cmake -DSOURCE_DIR=<tree> -DWIDGETS_INCLUDE_DIR=<.../QtWidgets> [-DPRINTSUPPORT_INCLUDE_DIR=<...>]
#         [-DCORE_LINKS=<list>] [-DCLI_LINKS=<list>] -P layers.cmake
cmake_minimum_required(VERSION 3.25)

foreach(var SOURCE_DIR WIDGETS_INCLUDE_DIR)
  if(NOT ${var})
    message(FATAL_ERROR "layers.cmake: ${var} is not set")
  endif()
endforeach()
if(NOT IS_DIRECTORY "${WIDGETS_INCLUDE_DIR}")
  message(FATAL_ERROR "layers.cmake: ${WIDGETS_INCLUDE_DIR} is not the Qt Widgets include folder")
endif()

set(problems "")
set(core "${SOURCE_DIR}/app/core")
set(cli "${SOURCE_DIR}/app/cli")
set(ui "${SOURCE_DIR}/ui")

# True when `path` is inside one of the folders in ARGN.
function(inside out path)
  set(${out} FALSE PARENT_SCOPE)
  foreach(dir IN LISTS ARGN)
    cmake_path(IS_PREFIX dir "${path}" NORMALIZE prefix)
    if(prefix)
      set(${out} TRUE PARENT_SCOPE)
      return()
    endif()
  endforeach()
endfunction()

# Where a quoted include resolves: the including file's folder first, then the include folders the
# layer sees (in order). Empty when nothing matches.
function(resolve out file name)
  get_filename_component(here "${file}" DIRECTORY)
  foreach(dir IN ITEMS "${here}" ${ARGN})
    if(EXISTS "${dir}/${name}" AND NOT IS_DIRECTORY "${dir}/${name}")
      get_filename_component(real "${dir}/${name}" REALPATH)
      set(${out} "${real}" PARENT_SCOPE)
      return()
    endif()
  endforeach()
  set(${out} "" PARENT_SCOPE)
endfunction()

# check(<layer name> <folder> ALLOWED <folders a quoted include may resolve into>
#       SEARCH <include folders> [NO_WIDGETS])
function(check layer folder)
  cmake_parse_arguments(ARG "NO_WIDGETS" "" "ALLOWED;SEARCH" ${ARGN})
  file(GLOB_RECURSE files LIST_DIRECTORIES false "${folder}/*.h" "${folder}/*.cpp")
  set(found "")
  foreach(file IN LISTS files)
    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${file}")
    file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line IN LISTS lines)
      if(NOT line MATCHES "#[ \t]*include[ \t]*([<\"])([^>\"]+)[>\"]")
        continue()
      endif()
      set(delimiter "${CMAKE_MATCH_1}")
      set(name "${CMAKE_MATCH_2}")
      if(delimiter STREQUAL "\"")
        if(name MATCHES "^moc_.*\\.cpp$|\\.moc$|^ui_.*\\.h$") # generated next to the sources
          continue()
        endif()
        resolve(target "${file}" "${name}" ${ARG_SEARCH})
        if(target STREQUAL "")
          list(APPEND found "${rel}: \"${name}\" is not in ${layer}'s reach")
        else()
          inside(ok "${target}" ${ARG_ALLOWED})
          if(NOT ok)
            file(RELATIVE_PATH where "${SOURCE_DIR}" "${target}")
            list(APPEND found "${rel}: \"${name}\" is ${where}, above ${layer}")
          endif()
        endif()
      elseif(ARG_NO_WIDGETS)
        string(REGEX REPLACE "^(QtWidgets|QtPrintSupport)/" "" base "${name}")
        if(NOT base STREQUAL name
           OR EXISTS "${WIDGETS_INCLUDE_DIR}/${name}"
           OR (PRINTSUPPORT_INCLUDE_DIR AND EXISTS "${PRINTSUPPORT_INCLUDE_DIR}/${name}"))
          list(APPEND found "${rel}: <${name}> is Qt Widgets, which ${layer} never includes")
        endif()
      endif()
    endforeach()
  endforeach()
  set(problems ${problems} ${found} PARENT_SCOPE)
endfunction()

check("the core" "${core}" ALLOWED "${core}" SEARCH "${core}" NO_WIDGETS)
check("the command line" "${cli}" ALLOWED "${cli}" "${core}" SEARCH "${SOURCE_DIR}/app" "${core}" NO_WIDGETS)
check("the window" "${ui}" ALLOWED "${ui}" "${core}" SEARCH "${ui}" "${core}")

foreach(layer core cli)
  string(TOUPPER "${layer}" up)
  foreach(lib IN LISTS ${up}_LINKS)
    if(lib MATCHES "Widgets|PrintSupport|storyweave_ui")
      list(APPEND problems "storyweave_${layer} links ${lib}")
    endif()
  endforeach()
endforeach()

if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "The layers leak (every arrow must point down: main -> cli/ui -> core):\n  ${text}")
endif()
message(STATUS "layers: the core and the command line include and link nothing above them")
