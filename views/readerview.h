#pragma once

#include "application.h"

#include <QTextBrowser>

/// The follow-up questions a finalist was sent and its answers, as the reader shows them
/// directly under the application.
struct ReaderFollowup
{
    struct Item
    {
        QString question;
        QString answer; ///< empty: not answered yet
        bool operator==(const Item &o) const { return question == o.question && answer == o.answer; }
    };
    struct File
    {
        qint64 answerId = 0;
        QString name;
        QString received; ///< ISO date
        bool operator==(const File &o) const
        {
            return answerId == o.answerId && name == o.name && received == o.received;
        }
    };
    QList<Item> items;
    QString letterAnswer; ///< what of an answer to the whole letter could not be split
    QList<File> files;
    QString replyBy; ///< ISO date or empty

    bool isEmpty() const { return items.isEmpty() && letterAnswer.isEmpty() && files.isEmpty(); }
    bool operator==(const ReaderFollowup &o) const
    {
        return items == o.items && letterAnswer == o.letterAnswer && files == o.files && replyBy == o.replyBy;
    }
};

/// The application typeset for long reading: municipality facts at the top, the sections,
/// and links to the attachments. Search words are highlighted.
class ReaderView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReaderView(QWidget *parent = nullptr);

    /// Shows @p application with the words of @p terms highlighted, and under it the
    /// follow-up questions and answers.
    void showApplication(const Application &application, const QStringList &terms,
                         const ReaderFollowup &followup = {});
    void showMessage(const QString &message);
    void clearApplication();

    /// How many search hits the shown application has.
    int hitCount() const { return m_hits; }
    qint64 applicationId() const { return m_application.row.id; }
    const ReaderFollowup &followup() const { return m_followup; }

    /// The HTML for an application (public for tests).
    static QString html(const Application &application, const QStringList &terms, int *hits,
                        const ReaderFollowup &followup = {});

signals:
    /// The user asked to read an attachment inside the program.
    void attachmentRequested(qint64 attachmentId);
    /// The user asked to open an attachment in the system's PDF viewer.
    void externalViewRequested(qint64 attachmentId);
    /// The user asked to read the PDF of a finalist's answer.
    void answerRequested(qint64 answerId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void updateMargins();

    Application m_application;
    ReaderFollowup m_followup;
    QStringList m_terms;
    int m_hits = 0;
};
