# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DLUPDATE=… -DCHECK=… -DTS_FILES=a.ts;b.ts -DSOURCE_DIR=… -DWORK_DIR=… -P CheckFresh.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(copies "")
foreach(ts IN LISTS TS_FILES)
  get_filename_component(name ${ts} NAME)
  file(COPY_FILE ${ts} ${WORK_DIR}/${name})
  list(APPEND copies ${WORK_DIR}/${name})
endforeach()
# Same options as the update_translations target, minus -no-obsolete (so removals show).
execute_process(COMMAND ${LUPDATE} -silent -locations none ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app
                        -ts ${copies} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc})")
endif()
execute_process(COMMAND ${CHECK} --complete ${copies} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "translations are not complete: run `cmake --build build --target update_translations`, translate with linguist, commit translations/*.ts")
endif()
