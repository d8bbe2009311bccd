#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

class Database;

/// A juror's proposal of a follow-up question to a finalist.
struct QuestionProposal
{
    QUuid uuid;
    qint64 jurorId = 0;
    QString author;
    qint64 applicationId = 0;
    QString text;
    QString createdAt;
};

/// A question the organiser asks a finalist, in the order of the letter.
struct FollowupQuestion
{
    qint64 id = 0;
    QUuid uuid;
    qint64 applicationId = 0;
    int position = 0;
    QString text;
    QList<QUuid> sources; ///< the proposals it was made from
};

/// A finalist's answer: to one question, or (question 0) to the whole letter.
struct Answer
{
    qint64 id = 0;
    qint64 applicationId = 0;
    qint64 questionId = 0;
    QString text;
    QString pdfName;
    QString pdfSha256;
    QString received; ///< ISO date
};

/// Follow-up questions: jurors propose, the organiser edits, merges and approves them into
/// each finalist's question list with a reply-by date, and records the answers.
class FollowupRepository
{
    Q_DECLARE_TR_FUNCTIONS(FollowupRepository)

public:
    explicit FollowupRepository(Database &db) : m_db(db) {}

    // Jurors (phase followup)
    /// @p jurorId's own proposals, or (0) every juror's for the organiser.
    Result<QList<QuestionProposal>> proposals(qint64 applicationId, qint64 jurorId = 0) const;
    Result<QuestionProposal> propose(qint64 jurorId, qint64 applicationId, const QString &text);
    Result<void> editProposal(qint64 jurorId, const QUuid &proposal, const QString &text);
    Result<void> withdrawProposal(qint64 jurorId, const QUuid &proposal);

    // The organiser (phase followup)
    Result<QList<FollowupQuestion>> questions(qint64 applicationId) const;
    Result<FollowupQuestion> addQuestion(qint64 applicationId, const QString &text,
                                         const QList<QUuid> &sources = {});
    Result<void> editQuestion(qint64 questionId, const QString &text);
    Result<void> removeQuestion(qint64 questionId);
    Result<void> moveQuestion(qint64 questionId, int delta);
    Result<QString> replyBy(qint64 applicationId) const;
    Result<void> setReplyBy(qint64 applicationId, const QString &isoDate);

    // Answers (phase followup or vote)
    Result<QList<Answer>> answers(qint64 applicationId) const;
    /// Records (or replaces) the answer to @p questionId (0: the whole letter).
    Result<void> recordAnswer(qint64 applicationId, qint64 questionId, const QString &text,
                              const QString &pdfName, const QByteArray &pdf, const QString &received);
    Result<QByteArray> answerPdf(qint64 answerId) const;

    /// The answer text for each question: a per-question answer where recorded, otherwise the
    /// letter's answer split at its numbers ("1.", "2)", "Fråga 3") when they rise and name
    /// questions of the letter (one may be skipped). What could not be split, and any text
    /// before the first number, stays in the second value.
    static QPair<QList<QString>, QString> answersPerQuestion(const QList<FollowupQuestion> &questions,
                                                             const QList<Answer> &answers);

private:
    Result<void> requireFinalist(qint64 applicationId) const;

    Database &m_db;
};
