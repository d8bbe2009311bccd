#include "theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace {

struct State
{
    bool captured = false;
    QFont baseFont;
    QPalette basePalette;
    QString baseStyle;
    bool highContrast = false;
};

State &state()
{
    static State s;
    return s;
}

QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(Qt::black), white(Qt::white), yellow(0xff, 0xff, 0x00), cyan(0x00, 0xff, 0xff);
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, black);
        p.setColor(group, QPalette::WindowText, white);
        p.setColor(group, QPalette::Base, black);
        p.setColor(group, QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
        p.setColor(group, QPalette::Text, white);
        p.setColor(group, QPalette::Button, black);
        p.setColor(group, QPalette::ButtonText, white);
        p.setColor(group, QPalette::BrightText, yellow);
        p.setColor(group, QPalette::Highlight, yellow);
        p.setColor(group, QPalette::HighlightedText, black);
        p.setColor(group, QPalette::Link, cyan);
        p.setColor(group, QPalette::LinkVisited, cyan);
        p.setColor(group, QPalette::ToolTipBase, black);
        p.setColor(group, QPalette::ToolTipText, white);
        p.setColor(group, QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, QColor(0xc0, 0xc0, 0xc0));
        p.setColor(group, QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
        p.setColor(group, QPalette::Dark, white);
        p.setColor(group, QPalette::Shadow, white);
    }
    const QColor grey(0xa0, 0xa0, 0xa0);
    p.setColor(QPalette::Disabled, QPalette::Window, black);
    p.setColor(QPalette::Disabled, QPalette::Base, black);
    p.setColor(QPalette::Disabled, QPalette::Button, black);
    p.setColor(QPalette::Disabled, QPalette::WindowText, grey);
    p.setColor(QPalette::Disabled, QPalette::Text, grey);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, grey);
    p.setColor(QPalette::Disabled, QPalette::Highlight, grey);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, black);
    return p;
}

} // namespace

namespace Theme {

void apply(QApplication &app, bool highContrast, int textScalePercent)
{
    State &s = state();
    if (!s.captured) {
        s.baseFont = QApplication::font();
        s.basePalette = QApplication::palette();
        s.baseStyle = app.style() ? app.style()->name() : QString();
        s.captured = true;
    }
    s.highContrast = highContrast;

    QFont font = s.baseFont;
    const int percent = qBound(100, textScalePercent, 200);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * percent / 100.0);
    else
        font.setPixelSize(font.pixelSize() * percent / 100);
    QApplication::setFont(font);

    if (highContrast) {
        // Fusion draws every control from the palette, so the high-contrast colours reach all.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(highContrastPalette());
        // Fusion draws the edges of fields from the window colour, invisible on black: give every
        // field a white edge, and the focused one a thick yellow edge.
        app.setStyleSheet(QStringLiteral(
            "QAbstractItemView, QLineEdit, QTextBrowser, QPlainTextEdit, QTextEdit, QAbstractSpinBox,"
            "QComboBox, QProgressBar { border: 1px solid #ffffff; }"
            "QComboBox { padding: 1px 4px; }"
            "QComboBox::drop-down { width: 18px; border-left: 1px solid #ffffff; }"
            "QComboBox::down-arrow { width: 0; height: 0; border-left: 4px solid #000000;"
            " border-right: 4px solid #000000; border-top: 5px solid #ffffff; }"
            "QAbstractSpinBox::up-button, QAbstractSpinBox::down-button { width: 18px;"
            " border-left: 1px solid #ffffff; }"
            "QAbstractSpinBox::up-arrow { width: 0; height: 0; border-left: 4px solid #000000;"
            " border-right: 4px solid #000000; border-bottom: 5px solid #ffffff; }"
            "QAbstractSpinBox::down-arrow { width: 0; height: 0; border-left: 4px solid #000000;"
            " border-right: 4px solid #000000; border-top: 5px solid #ffffff; }"
            "*:focus { outline: 2px solid #ffff00; }"
            "QAbstractItemView:focus, QLineEdit:focus, QTextBrowser:focus, QComboBox:focus,"
            "QSpinBox:focus, QDoubleSpinBox:focus, QPlainTextEdit:focus"
            "{ border: 2px solid #ffff00; }"
            "QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus"
            "{ border: 2px solid #ffff00; }"));
    } else {
        if (!s.baseStyle.isEmpty())
            QApplication::setStyle(QStyleFactory::create(s.baseStyle));
        QApplication::setPalette(s.basePalette);
        app.setStyleSheet(QString());
    }
}

bool isHighContrast()
{
    return state().highContrast;
}

QColor highlightBackground()
{
    return isHighContrast() ? QColor(0xff, 0xff, 0x00) : QColor(0xff, 0xe0, 0x66);
}

QColor highlightForeground()
{
    return QColor(Qt::black);
}

QString readerStyleSheet()
{
    const QPalette p = QApplication::palette();
    return QStringLiteral(
               "body { color: %1; }"
               "h1 { font-size: x-large; margin-bottom: 4px; }"
               "h2 { font-size: large; margin-top: 18px; margin-bottom: 4px; }"
               "p { margin-top: 0px; margin-bottom: 10px; line-height: 140%; }"
               "a { color: %2; }"
               "table.facts td { padding-right: 18px; }"
               ".muted { color: %3; }"
               ".hit { background-color: %4; color: %5; text-decoration: underline; }")
        .arg(p.color(QPalette::Text).name(), p.color(QPalette::Link).name(),
             isHighContrast() ? QStringLiteral("#ffffff") : QStringLiteral("#555555"),
             highlightBackground().name(), highlightForeground().name());
}

} // namespace Theme
