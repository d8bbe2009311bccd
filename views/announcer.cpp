#include "announcer.h"

#include <QAccessible>
#include <QLabel>
#include <QStatusBar>

Announcer::Announcer(QStatusBar *statusBar, QLabel *liveLabel)
    : m_statusBar(statusBar)
    , m_liveLabel(liveLabel)
{}

void Announcer::announce(const QString &text, int timeoutMs)
{
    if (m_statusBar)
        m_statusBar->showMessage(text, timeoutMs);
    if (m_liveLabel) {
        m_liveLabel->setText(text);
        m_liveLabel->setAccessibleName(text);
        QAccessibleEvent nameChanged(m_liveLabel, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&nameChanged);
        QAccessibleEvent alert(m_liveLabel, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}
