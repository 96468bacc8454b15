# Script mode, run by CTest (tests/CMakeLists.txt, test `find_package`):
# installs the build tree into a staging prefix, then configures, builds and
# runs this folder's consumer project against that prefix only.
#   -DBUILD_DIR=     the claimgraph build tree
#   -DSTAGE_DIR=     where to install it (wiped first)
#   -DCONSUMER_DIR=  this folder
#   -DCONSUMER_BUILD= the consumer's build tree (wiped first)
#   -DGENERATOR= -DCXX_COMPILER= -DBUILD_TYPE=  as the claimgraph build
#   -DCXX_FLAGS= -DLINKER_FLAGS=  as the claimgraph build (sanitizers included)
foreach(required BUILD_DIR STAGE_DIR CONSUMER_DIR CONSUMER_BUILD GENERATOR CXX_COMPILER)
  if(NOT ${required})
    message(FATAL_ERROR "check-install: -D${required}=... is required")
  endif()
endforeach()

function(run step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "check-install: ${step} failed (${result}): ${ARGN}")
  endif()
endfunction()

file(REMOVE_RECURSE "${STAGE_DIR}" "${CONSUMER_BUILD}")
set(config_args)
if(BUILD_TYPE)
  set(config_args --config "${BUILD_TYPE}")
endif()

run(install "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${STAGE_DIR}" ${config_args})
# Only the staged prefix may satisfy find_package(claimgraph): no package
# registry, no system prefix holding another copy.
run(configure "${CMAKE_COMMAND}" -S "${CONSUMER_DIR}" -B "${CONSUMER_BUILD}" -G "${GENERATOR}"
    "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}"
    "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}" "-DCMAKE_EXE_LINKER_FLAGS=${LINKER_FLAGS}"
    "-DCMAKE_PREFIX_PATH=${STAGE_DIR}" "-Dclaimgraph_ROOT=${STAGE_DIR}"
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF)
file(STRINGS "${CONSUMER_BUILD}/CMakeCache.txt" found_at REGEX "^claimgraph_DIR:")
string(FIND "${found_at}" "${STAGE_DIR}/" in_stage)
if(in_stage EQUAL -1)
  message(FATAL_ERROR "check-install: the consumer found claimgraph outside the staged install: ${found_at}")
endif()
run(build "${CMAKE_COMMAND}" --build "${CONSUMER_BUILD}" ${config_args})

foreach(candidate "${CONSUMER_BUILD}/app" "${CONSUMER_BUILD}/${BUILD_TYPE}/app")
  if(EXISTS "${candidate}" AND NOT IS_DIRECTORY "${candidate}")
    run(app "${candidate}")
    return()
  endif()
endforeach()
message(FATAL_ERROR "check-install: the consumer built no app under ${CONSUMER_BUILD}")
