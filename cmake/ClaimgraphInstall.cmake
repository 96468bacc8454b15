# Install rules: headers, the library, the exported targets and a CMake
# package so `find_package(claimgraph)` works for other projects.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/claimgraph" DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES "${PROJECT_BINARY_DIR}/include/claimgraph/version.hpp" DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/claimgraph)
install(TARGETS claimgraph EXPORT claimgraphTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
set(config_dir ${CMAKE_INSTALL_LIBDIR}/cmake/claimgraph)
install(EXPORT claimgraphTargets NAMESPACE claimgraph:: DESTINATION ${config_dir})
configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/claimgraphConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/claimgraphConfig.cmake" INSTALL_DESTINATION ${config_dir})
write_basic_package_version_file("${PROJECT_BINARY_DIR}/claimgraphConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/claimgraphConfig.cmake" "${PROJECT_BINARY_DIR}/claimgraphConfigVersion.cmake"
  DESTINATION ${config_dir})
