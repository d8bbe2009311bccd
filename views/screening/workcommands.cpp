#include "workcommands.h"

#include "screening/workrepository.h"

WorkCommand::WorkCommand(Database &db, ErrorHandler onError, const QString &text)
    : m_db(db)
    , m_onError(std::move(onError))
{
    setText(text);
}

bool WorkCommand::check(const Result<void> &result)
{
    if (result)
        return true;
    setObsolete(true);
    if (m_onError)
        m_onError(result.error());
    return false;
}

SetScoreCommand::SetScoreCommand(Database &db, ErrorHandler onError, qint64 jurorId,
                                 qint64 applicationId, qint64 criterionId, ScoreState before,
                                 ScoreState after, const QString &text)
    : WorkCommand(db, std::move(onError), text)
    , m_juror(jurorId)
    , m_application(applicationId)
    , m_criterion(criterionId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void SetScoreCommand::apply(const ScoreState &state)
{
    check(WorkRepository(m_db).setScore(m_juror, m_application, m_criterion, state.value,
                                        state.note));
}

void SetScoreCommand::redo()
{
    apply(m_after);
}

void SetScoreCommand::undo()
{
    apply(m_before);
}

SetRecommendationCommand::SetRecommendationCommand(Database &db, ErrorHandler onError,
                                                   qint64 jurorId, qint64 applicationId,
                                                   std::optional<Recommendation> before,
                                                   std::optional<Recommendation> after)
    : WorkCommand(db, std::move(onError), QCoreApplication::translate("WorkCommand", "Recommendation"))
    , m_juror(jurorId)
    , m_application(applicationId)
    , m_before(before)
    , m_after(after)
{}

void SetRecommendationCommand::redo()
{
    check(WorkRepository(m_db).setRecommendation(m_juror, m_application, m_after));
}

void SetRecommendationCommand::undo()
{
    check(WorkRepository(m_db).setRecommendation(m_juror, m_application, m_before));
}

AddCommentCommand::AddCommentCommand(Database &db, ErrorHandler onError, qint64 jurorId,
                                     qint64 applicationId, const QString &body, bool shared)
    : WorkCommand(db, std::move(onError), QCoreApplication::translate("WorkCommand", "New comment"))
    , m_juror(jurorId)
    , m_application(applicationId)
    , m_body(body)
    , m_shared(shared)
{}

void AddCommentCommand::redo()
{
    WorkRepository work(m_db);
    if (m_uuid.isNull()) {
        auto added = work.addComment(m_juror, m_application, m_body, m_shared);
        if (check(added ? Result<void>() : Result<void>(added.error())))
            m_uuid = added->uuid;
        return;
    }
    check(work.restoreComment(m_juror, m_uuid, m_body, m_shared));
}

void AddCommentCommand::undo()
{
    check(WorkRepository(m_db).deleteComment(m_juror, m_uuid));
}

EditCommentCommand::EditCommentCommand(Database &db, ErrorHandler onError, qint64 jurorId,
                                       const Comment &before, const QString &body, bool shared)
    : WorkCommand(db, std::move(onError), QCoreApplication::translate("WorkCommand", "Edit comment"))
    , m_juror(jurorId)
    , m_before(before)
    , m_body(body)
    , m_shared(shared)
{}

void EditCommentCommand::redo()
{
    check(WorkRepository(m_db).editComment(m_juror, m_before.uuid, m_body, m_shared));
}

void EditCommentCommand::undo()
{
    check(WorkRepository(m_db).editComment(m_juror, m_before.uuid, m_before.body, m_before.shared));
}

DeleteCommentCommand::DeleteCommentCommand(Database &db, ErrorHandler onError, qint64 jurorId,
                                           const Comment &comment)
    : WorkCommand(db, std::move(onError), QCoreApplication::translate("WorkCommand", "Delete comment"))
    , m_juror(jurorId)
    , m_comment(comment)
{}

void DeleteCommentCommand::redo()
{
    check(WorkRepository(m_db).deleteComment(m_juror, m_comment.uuid));
}

void DeleteCommentCommand::undo()
{
    check(WorkRepository(m_db).restoreComment(m_juror, m_comment.uuid, m_comment.body,
                                              m_comment.shared));
}
