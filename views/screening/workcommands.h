#pragma once

#include "result.h"
#include "screening/screening.h"

#include <QUndoCommand>

#include <functional>

class Database;

/// Undoable screening edits. Each command stores through the repositories; when the round
/// refuses an edit (the phase moved on, a conflict was declared) the error handler is told
/// and the command removes itself from the undo stack.
class WorkCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const Error &)>;

protected:
    WorkCommand(Database &db, ErrorHandler onError, const QString &text);
    /// Reports a failure and makes the command obsolete; returns whether it succeeded.
    bool check(const Result<void> &result);

    Database &m_db;

private:
    ErrorHandler m_onError;
};

struct ScoreState
{
    std::optional<int> value;
    QString note;
};

class SetScoreCommand : public WorkCommand
{
public:
    SetScoreCommand(Database &db, ErrorHandler onError, qint64 jurorId, qint64 applicationId,
                    qint64 criterionId, ScoreState before, ScoreState after, const QString &text);
    void redo() override;
    void undo() override;

private:
    void apply(const ScoreState &state);
    qint64 m_juror, m_application, m_criterion;
    ScoreState m_before, m_after;
};

class SetRecommendationCommand : public WorkCommand
{
public:
    SetRecommendationCommand(Database &db, ErrorHandler onError, qint64 jurorId,
                             qint64 applicationId, std::optional<Recommendation> before,
                             std::optional<Recommendation> after);
    void redo() override;
    void undo() override;

private:
    qint64 m_juror, m_application;
    std::optional<Recommendation> m_before, m_after;
};

class AddCommentCommand : public WorkCommand
{
public:
    AddCommentCommand(Database &db, ErrorHandler onError, qint64 jurorId, qint64 applicationId,
                      const QString &body, bool shared);
    void redo() override;
    void undo() override;

private:
    qint64 m_juror, m_application;
    QString m_body;
    bool m_shared;
    QUuid m_uuid; // known after the first redo
};

class EditCommentCommand : public WorkCommand
{
public:
    EditCommentCommand(Database &db, ErrorHandler onError, qint64 jurorId, const Comment &before,
                       const QString &body, bool shared);
    void redo() override;
    void undo() override;

private:
    qint64 m_juror;
    Comment m_before;
    QString m_body;
    bool m_shared;
};

class DeleteCommentCommand : public WorkCommand
{
public:
    DeleteCommentCommand(Database &db, ErrorHandler onError, qint64 jurorId, const Comment &comment);
    void redo() override;
    void undo() override;

private:
    qint64 m_juror;
    Comment m_comment;
};
