// Strings of Qt's own dialogs that the Swedish catalogue shipped with Qt 6.4 (qt_sv.qm,
// kept from Qt 4) lacks, so that standard buttons and file dialogs speak Swedish too.
// lupdate collects them into Jurybench's catalogue, which is consulted before Qt's.

#include <QtGlobal>

namespace {

[[maybe_unused]] const char *const QtStrings[][2] = {
    QT_TRANSLATE_NOOP3("QPlatformTheme", "OK", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Save", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Save All", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Open", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "&Yes", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Yes to &All", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "&No", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "N&o to All", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Abort", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Retry", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Ignore", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Close", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Cancel", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Discard", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Don't Save", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Help", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Apply", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Reset", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Restore Defaults", ""),
    QT_TRANSLATE_NOOP3("QFileDialog", "Look in:", ""),
    QT_TRANSLATE_NOOP3("QFileDialog", "&Choose", ""),
    QT_TRANSLATE_NOOP3("QFileDialog", "Recent Places", ""),
    QT_TRANSLATE_NOOP3("QFileSystemModel", "Name", ""),
    QT_TRANSLATE_NOOP3("QFileSystemModel", "Size", ""),
    QT_TRANSLATE_NOOP3("QFileSystemModel", "Type", ""),
    QT_TRANSLATE_NOOP3("QFileSystemModel", "Date Modified", ""),
    QT_TRANSLATE_NOOP3("QDockWidget", "Float", ""),
    QT_TRANSLATE_NOOP3("QDockWidget", "Undocks and re-attaches the dock widget", ""),
    QT_TRANSLATE_NOOP3("QDockWidget", "Close", ""),
    QT_TRANSLATE_NOOP3("QDockWidget", "Closes the dock widget", ""),
    QT_TRANSLATE_NOOP3("QMessageBox", "Show Details...", ""),
    QT_TRANSLATE_NOOP3("QMessageBox", "Hide Details...", ""),
};

} // namespace
