#pragma once

#include <QString>

class QLabel;
class QStatusBar;

/// Tells both sighted users and screen readers about a change: the status bar shows it, and a
/// live label announces it through the accessibility interface.
class Announcer
{
public:
    Announcer(QStatusBar *statusBar, QLabel *liveLabel);
    void announce(const QString &text, int timeoutMs = 8000);

private:
    QStatusBar *m_statusBar;
    QLabel *m_liveLabel;
};
