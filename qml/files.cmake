# The QML files of the Tend.Ui module, relative to this folder. They are compiled into the tend_ui
# library (see app/ui/CMakeLists.txt), which backs the module.
file(GLOB_RECURSE TEND_QML_FILES CONFIGURE_DEPENDS RELATIVE ${CMAKE_CURRENT_LIST_DIR} ${CMAKE_CURRENT_LIST_DIR}/*.qml)

# Images used by the QML files, at qrc:/qt/qml/Tend/Ui/<path>.
set(TEND_QML_RESOURCES
    icons/support.svg
)
