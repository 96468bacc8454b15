# Install rules: headers (with the generated version.hpp), the library, the
# exported targets and a CMake package, so that other projects can write
#   find_package(claimgraph REQUIRED)
#   target_link_libraries(app PRIVATE claimgraph::claimgraph)
# tests/find-package/ proves it under CTest.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(CLAIMGRAPH_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/claimgraph"
    CACHE STRING "Where the CMake package files go, relative to the install prefix")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/claimgraph" DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        FILES_MATCHING PATTERN "*.hpp")
install(FILES "${PROJECT_BINARY_DIR}/include/claimgraph/version.hpp"
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/claimgraph)
# INCLUDES DESTINATION puts the include folder into the exported target: lib/
# is configured before GNUInstallDirs is included, so its INSTALL_INTERFACE
# include path is empty on a first configure.
install(TARGETS claimgraph EXPORT claimgraphTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT claimgraphTargets NAMESPACE claimgraph:: DESTINATION ${CLAIMGRAPH_INSTALL_CMAKEDIR})

# The config file finds the private dependencies only for a static library,
# whose users link them; a shared one carries them itself.
get_target_property(CLAIMGRAPH_LIBRARY_TYPE claimgraph TYPE)
configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/claimgraphConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/claimgraphConfig.cmake" INSTALL_DESTINATION ${CLAIMGRAPH_INSTALL_CMAKEDIR})
# 0.x releases may break the API between minor versions.
write_basic_package_version_file("${PROJECT_BINARY_DIR}/claimgraphConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/claimgraphConfig.cmake" "${PROJECT_BINARY_DIR}/claimgraphConfigVersion.cmake"
        DESTINATION ${CLAIMGRAPH_INSTALL_CMAKEDIR})
