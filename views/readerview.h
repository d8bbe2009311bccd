#pragma once

#include "application.h"

#include <QTextBrowser>

/// The application typeset for long reading: municipality facts at the top, the sections,
/// and links to the attachments. Search words are highlighted.
class ReaderView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReaderView(QWidget *parent = nullptr);

    /// Shows @p application with the words of @p terms highlighted.
    void showApplication(const Application &application, const QStringList &terms);
    void showMessage(const QString &message);
    void clearApplication();

    /// How many search hits the shown application has.
    int hitCount() const { return m_hits; }
    qint64 applicationId() const { return m_application.row.id; }

    /// The HTML for an application (public for tests).
    static QString html(const Application &application, const QStringList &terms, int *hits);

signals:
    /// The user asked to read an attachment inside the program.
    void attachmentRequested(qint64 attachmentId);
    /// The user asked to open an attachment in the system's PDF viewer.
    void externalViewRequested(qint64 attachmentId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void updateMargins();

    Application m_application;
    QStringList m_terms;
    int m_hits = 0;
};
