#pragma once

#include <QColor>
#include <QString>

class QApplication;

/// How the program looks: the platform's palette or a built-in high-contrast one, and the
/// text size (100–200 %).
namespace Theme {

/// Applies contrast and text size to the whole application; call again to change them.
void apply(QApplication &app, bool highContrast, int textScalePercent);

bool isHighContrast();

/// Colours for search hits and notices, readable in both themes.
QColor highlightBackground();
QColor highlightForeground();
/// CSS for the reader's HTML in the current theme.
QString readerStyleSheet();

} // namespace Theme
