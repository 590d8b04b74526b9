# What `cmake --install` puts where (GNUInstallDirs; DESTDIR and CMAKE_INSTALL_PREFIX are
# honoured), and the Debian package CPack makes of it (`cpack -G DEB` in the build
# folder). docs/packaging.md describes both.
include(GNUInstallDirs)

set(BRM_GENERATED ${CMAKE_BINARY_DIR}/generated)
set(BRM_GENERATED_FILES ${BRM_GENERATED}/man/brm.1 ${BRM_GENERATED}/completions/brm ${BRM_GENERATED}/changelog.gz)
add_custom_command(OUTPUT ${BRM_GENERATED_FILES}
  COMMAND ${PROJECT_SOURCE_DIR}/cmake/generate-docs.sh $<TARGET_FILE:brm> ${PROJECT_SOURCE_DIR} ${BRM_GENERATED}
  DEPENDS brm ${PROJECT_SOURCE_DIR}/cmake/generate-docs.sh ${PROJECT_SOURCE_DIR}/packaging/changelog
  COMMENT "Manual pages and shell completions"
  VERBATIM)
add_custom_target(brm_docs ALL DEPENDS ${BRM_GENERATED_FILES})

install(TARGETS brm RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${BRM_GENERATED}/man/ DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 FILES_MATCHING PATTERN "*.1.gz")
install(FILES ${BRM_GENERATED}/completions/brm DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${BRM_GENERATED}/completions/_brm DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${BRM_GENERATED}/completions/brm.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
install(FILES README.md packaging/copyright ${BRM_GENERATED}/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)
install(DIRECTORY examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME brm)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "brm maintainers <brm@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "customer database for IT business relationship management")
# The extended description; CPack puts the summary above it as the synopsis.
string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "brm keeps the customers, agreements, meetings, complaints, surveys,\n"
    "deliveries and improvements of an IT department's business relationship\n"
    "management as plain YAML files in a git repository. It validates them as\n"
    "strictly as a compiler, reviews what is due, logs and updates complaints\n"
    "without losing a byte, and renders the process's reports and measurements\n"
    "as text, Markdown, HTML, JSON and CSV.")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion, git")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
include(CPack)
