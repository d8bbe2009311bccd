#include "followuprepository.h"

#include "round.h"
#include "screening/screening.h"
#include "storage/database.h"
#include "storage/roundrepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

QString uuidList(const QList<QUuid> &uuids)
{
    QJsonArray array;
    for (const QUuid &uuid : uuids)
        array.append(uuidText(uuid));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

Result<void> FollowupRepository::requireFinalist(qint64 applicationId) const
{
    auto status = m_db.scalar(QStringLiteral("SELECT status FROM application WHERE id = ?"), {applicationId});
    if (!status)
        return status.error();
    if (status.value().toString() != QLatin1String("finalist"))
        return Error(tr("Follow-up questions are for the finalists only."));
    return {};
}

Result<QList<QuestionProposal>> FollowupRepository::proposals(qint64 applicationId, qint64 jurorId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT p.uuid, p.juror_id, j.name, p.text, p.created_at "
                                          "FROM question_proposal p JOIN juror j ON j.id = p.juror_id "
                                          "WHERE p.application_id = ? AND p.deleted = 0 "
                                          "AND (? = 0 OR p.juror_id = ?) ORDER BY p.created_at, p.id"),
                           {applicationId, jurorId, jurorId});
    if (!query)
        return query.error();
    QList<QuestionProposal> list;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        list.append({QUuid(q.value(0).toString()), q.value(1).toLongLong(), q.value(2).toString(),
                     applicationId, q.value(3).toString(), q.value(4).toString()});
    }
    return list;
}

Result<QuestionProposal> FollowupRepository::propose(qint64 jurorId, qint64 applicationId,
                                                     const QString &text)
{
    if (auto round = RoundRepository(m_db).requirePhase({Phase::Followup}, tr("propose follow-up questions"));
        !round)
        return round.error();
    if (auto r = requireFinalist(applicationId); !r)
        return r.error();
    auto owner = RoundRepository(m_db).packageJuror();
    if (!owner)
        return owner.error();
    if (owner.value() != 0 && owner.value() != jurorId)
        return Error(tr("This package belongs to another juror."));
    auto conflicted = m_db.scalar(QStringLiteral("SELECT count(*) FROM conflict WHERE juror_id = ? "
                                                 "AND application_id = ? AND withdrawn = 0"),
                                  {jurorId, applicationId});
    if (!conflicted)
        return conflicted.error();
    if (conflicted.value().toInt() > 0)
        return Error(tr("A juror with a conflict of interest on the finalist cannot propose questions to it."));
    if (text.trimmed().isEmpty())
        return Error(tr("The question is empty."));
    const QString now = workTimestamp();
    const QUuid uuid = QUuid::createUuid();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto r = m_db.exec(QStringLiteral("INSERT INTO question_proposal (uuid, juror_id, application_id, text, "
                                      "created_at, version, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?)"),
                       {uuidText(uuid), jurorId, applicationId, text.trimmed(), now, now});
    if (!r)
        return r.error();
    m_db.notifyChanged(Database::Topic::Work);
    if (auto c = transaction.commit(); !c)
        return c.error();
    return QuestionProposal{uuid, jurorId, QString(), applicationId, text.trimmed(), now};
}

Result<void> FollowupRepository::editProposal(qint64 jurorId, const QUuid &proposal, const QString &text)
{
    if (auto round = RoundRepository(m_db).requirePhase({Phase::Followup}, tr("change follow-up questions"));
        !round)
        return round.error();
    if (text.trimmed().isEmpty())
        return Error(tr("The question is empty."));
    Transaction transaction(m_db);
    auto r = m_db.exec(QStringLiteral("UPDATE question_proposal SET text = ?, version = version + 1, "
                                      "updated_at = ? WHERE uuid = ? AND juror_id = ? AND deleted = 0"),
                       {text.trimmed(), workTimestamp(), uuidText(proposal), jurorId});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() != 1)
        return Error(tr("Only the juror who proposed a question can change it."));
    m_db.notifyChanged(Database::Topic::Work);
    return transaction.commit();
}

Result<void> FollowupRepository::withdrawProposal(qint64 jurorId, const QUuid &proposal)
{
    if (auto round = RoundRepository(m_db).requirePhase({Phase::Followup}, tr("change follow-up questions"));
        !round)
        return round.error();
    Transaction transaction(m_db);
    auto r = m_db.exec(QStringLiteral("UPDATE question_proposal SET text = '', deleted = 1, "
                                      "version = version + 1, updated_at = ? "
                                      "WHERE uuid = ? AND juror_id = ? AND deleted = 0"),
                       {workTimestamp(), uuidText(proposal), jurorId});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() != 1)
        return Error(tr("Only the juror who proposed a question can withdraw it."));
    m_db.notifyChanged(Database::Topic::Work);
    return transaction.commit();
}

Result<QList<FollowupQuestion>> FollowupRepository::questions(qint64 applicationId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT id, uuid, position, text, sources FROM followup_question "
                                          "WHERE application_id = ? ORDER BY position, id"),
                           {applicationId});
    if (!query)
        return query.error();
    QList<FollowupQuestion> list;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        FollowupQuestion f;
        f.id = q.value(0).toLongLong();
        f.uuid = QUuid(q.value(1).toString());
        f.applicationId = applicationId;
        f.position = q.value(2).toInt();
        f.text = q.value(3).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
            f.sources << QUuid(v.toString());
        list << f;
    }
    return list;
}

Result<FollowupQuestion> FollowupRepository::addQuestion(qint64 applicationId, const QString &text,
                                                         const QList<QUuid> &sources)
{
    if (auto organiser = RoundRepository(m_db).requireOrganiserFile(tr("approve follow-up questions")); !organiser)
        return organiser.error();
    if (auto round = RoundRepository(m_db).requirePhase({Phase::Followup}, tr("approve follow-up questions"));
        !round)
        return round.error();
    if (auto r = requireFinalist(applicationId); !r)
        return r.error();
    if (text.trimmed().isEmpty())
        return Error(tr("The question is empty."));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const QUuid uuid = QUuid::createUuid();
    auto r = m_db.exec(QStringLiteral("INSERT INTO followup_question (uuid, application_id, position, text, "
                                      "sources, created_at) VALUES (?, ?, (SELECT coalesce(max(position) + 1, 0) "
                                      "FROM followup_question WHERE application_id = ?), ?, ?, ?)"),
                       {uuidText(uuid), applicationId, applicationId, text.trimmed(), uuidList(sources),
                        workTimestamp()});
    if (!r)
        return r.error();
    const qint64 id = r.value().lastInsertId().toLongLong();
    m_db.notifyChanged(Database::Topic::Work);
    if (auto c = transaction.commit(); !c)
        return c.error();
    auto all = questions(applicationId);
    if (!all)
        return all.error();
    for (const FollowupQuestion &q : all.value())
        if (q.id == id)
            return q;
    return Error(tr("The question no longer exists."));
}

Result<void> FollowupRepository::editQuestion(qint64 questionId, const QString &text)
{
    if (auto organiser = RoundRepository(m_db).requireOrganiserFile(tr("change follow-up questions")); !organiser)
        return organiser;
    if (auto round = RoundRepository(m_db).requirePhase({Phase::Followup}, tr("change follow-up questions"));
        !round)
        return round.error();
    if (text.trimmed().isEmpty())
        return Error(tr("The question is empty."));
    Transaction transaction(m_db);
    auto r = m_db.exec(QStringLiteral("UPDATE followup_question SET text = ? WHERE id = ?"),
                       {text.trimmed(), questionId});
    if (!r)
        return r.error();
    m_db.notifyChanged(Database::Topic::Work);
    return transaction.commit();
}

Result<void> FollowupRepository::removeQuestion(qint64 questionId)
{
    if (auto organiser = RoundRepository(m_db).requireOrganiserFile(tr("change follow-up questions")); !organiser)
        return organiser;
    if (auto round = RoundRepository(m_db).requirePhase({Phase::Followup}, tr("change follow-up questions"));
        !round)
        return round.error();
    Transaction transaction(m_db);
    auto r = m_db.exec(QStringLiteral("DELETE FROM followup_question WHERE id = ?"), {questionId});
    if (!r)
        return r.error();
    m_db.notifyChanged(Database::Topic::Work);
    return transaction.commit();
}

Result<void> FollowupRepository::moveQuestion(qint64 questionId, int delta)
{
    auto application = m_db.scalar(QStringLiteral("SELECT application_id FROM followup_question WHERE id = ?"),
                                   {questionId});
    if (!application)
        return application.error();
    auto list = questions(application.value().toLongLong());
    if (!list)
        return list.error();
    QList<FollowupQuestion> all = list.value();
    int from = -1;
    for (int i = 0; i < all.size(); ++i)
        if (all.at(i).id == questionId)
            from = i;
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= all.size())
        return {};
    if (auto organiser = RoundRepository(m_db).requireOrganiserFile(tr("change follow-up questions")); !organiser)
        return organiser;
    if (auto round = RoundRepository(m_db).requirePhase({Phase::Followup}, tr("change follow-up questions"));
        !round)
        return round.error();
    all.move(from, to);
    Transaction transaction(m_db);
    for (int i = 0; i < all.size(); ++i) {
        if (auto r = m_db.exec(QStringLiteral("UPDATE followup_question SET position = ? WHERE id = ?"),
                               {i, all.at(i).id});
            !r)
            return r.error();
    }
    m_db.notifyChanged(Database::Topic::Work);
    return transaction.commit();
}

Result<QString> FollowupRepository::replyBy(qint64 applicationId) const
{
    auto value = m_db.scalar(QStringLiteral("SELECT reply_by FROM followup_letter WHERE application_id = ?"),
                             {applicationId});
    if (!value)
        return value.error();
    return value.value().toString();
}

Result<void> FollowupRepository::setReplyBy(qint64 applicationId, const QString &isoDate)
{
    if (auto organiser = RoundRepository(m_db).requireOrganiserFile(tr("set the reply-by date")); !organiser)
        return organiser;
    if (auto round = RoundRepository(m_db).requirePhase({Phase::Followup}, tr("set the reply-by date"));
        !round)
        return round.error();
    if (!isoDate.isEmpty() && !QDate::fromString(isoDate, Qt::ISODate).isValid())
        return Error(tr("“%1” is not a date.").arg(isoDate));
    Transaction transaction(m_db);
    auto r = m_db.exec(QStringLiteral("INSERT INTO followup_letter (application_id, reply_by) VALUES (?, ?) "
                                      "ON CONFLICT (application_id) DO UPDATE SET reply_by = excluded.reply_by"),
                       {applicationId, isoDate});
    if (!r)
        return r.error();
    m_db.notifyChanged(Database::Topic::Work);
    return transaction.commit();
}

Result<QList<Answer>> FollowupRepository::answers(qint64 applicationId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT id, coalesce(question_id, 0), text, pdf_name, "
                                          "coalesce(pdf_sha256, ''), received FROM answer "
                                          "WHERE application_id = ? ORDER BY question_id, id"),
                           {applicationId});
    if (!query)
        return query.error();
    QList<Answer> list;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        list.append({q.value(0).toLongLong(), applicationId, q.value(1).toLongLong(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    return list;
}

Result<void> FollowupRepository::recordAnswer(qint64 applicationId, qint64 questionId, const QString &text,
                                              const QString &pdfName, const QByteArray &pdf,
                                              const QString &received)
{
    if (auto organiser = RoundRepository(m_db).requireOrganiserFile(tr("record answers")); !organiser)
        return organiser;
    if (auto round = RoundRepository(m_db).requirePhase({Phase::Followup, Phase::Vote}, tr("record answers"));
        !round)
        return round.error();
    if (auto r = requireFinalist(applicationId); !r)
        return r;
    if (text.trimmed().isEmpty() && pdf.isEmpty())
        return Error(tr("An answer needs a text, a PDF or both."));
    if (!pdf.isEmpty() && !pdf.startsWith("%PDF-"))
        return Error(tr("The answer's file is not a PDF."), pdfName);
    if (!QDate::fromString(received, Qt::ISODate).isValid())
        return Error(tr("“%1” is not a date.").arg(received));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    QVariant sha;
    if (!pdf.isEmpty()) {
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        auto blob = m_db.exec(QStringLiteral("INSERT INTO blob (sha256, size, data) VALUES (?, ?, ?) "
                                             "ON CONFLICT (sha256) DO NOTHING"),
                              {hash, qint64(pdf.size()), pdf});
        if (!blob)
            return blob.error();
        sha = hash;
    }
    const QVariant question = questionId == 0 ? QVariant() : QVariant(questionId);
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM answer WHERE application_id = ? AND question_id IS ?"),
                           {applicationId, question});
        !r)
        return r.error();
    auto r = m_db.exec(QStringLiteral("INSERT INTO answer (uuid, application_id, question_id, text, pdf_sha256, "
                                      "pdf_name, received) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {uuidText(QUuid::createUuid()), applicationId, question, text.trimmed(), sha,
                        pdf.isEmpty() ? QString() : pdfName, received});
    if (!r)
        return r.error();
    m_db.notifyChanged(Database::Topic::Work);
    return transaction.commit();
}

Result<QByteArray> FollowupRepository::answerPdf(qint64 answerId) const
{
    auto value = m_db.scalar(QStringLiteral("SELECT b.data FROM answer a JOIN blob b ON b.sha256 = a.pdf_sha256 "
                                            "WHERE a.id = ?"),
                             {answerId});
    if (!value)
        return value.error();
    if (value.value().isNull())
        return Error(tr("The answer has no PDF."));
    return value.value().toByteArray();
}

QPair<QList<QString>, QString> FollowupRepository::answersPerQuestion(const QList<FollowupQuestion> &questions,
                                                                      const QList<Answer> &answers)
{
    QList<QString> perQuestion(questions.size());
    QString whole;
    for (const Answer &a : answers) {
        if (a.questionId == 0) {
            whole = a.text;
            continue;
        }
        for (int i = 0; i < questions.size(); ++i)
            if (questions.at(i).id == a.questionId)
                perQuestion[i] = a.text;
    }
    if (!whole.isEmpty() && !questions.isEmpty()) {
        // "1. …", "2) …", "Fråga 3: …" at the start of a line begin the answer to that question.
        static const QRegularExpression marker(
            QStringLiteral("(?:^|\\n)\\s*(?:(?:fråga|svar|question|answer)\\s*)?(\\d{1,2})\\s*[.):]\\s+"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        QList<QPair<int, QRegularExpressionMatch>> found;
        auto it = marker.globalMatch(whole);
        while (it.hasNext()) {
            auto m = it.next();
            found.append({m.captured(1).toInt(), m});
        }
        // The numbers must rise and name questions of the letter (an answer may skip one); a
        // list that starts again at 1 inside an answer leaves the text unsplit.
        bool sequence = !found.isEmpty();
        for (int i = 0; sequence && i < found.size(); ++i)
            sequence = found.at(i).first >= 1 && found.at(i).first <= questions.size()
                       && (i == 0 || found.at(i).first > found.at(i - 1).first);
        if (sequence) {
            const QString before = whole.left(found.first().second.capturedStart()).trimmed();
            for (int i = 0; i < found.size(); ++i) {
                const int start = int(found.at(i).second.capturedEnd());
                const int end = i + 1 < found.size() ? int(found.at(i + 1).second.capturedStart()) : int(whole.size());
                const int question = found.at(i).first - 1;
                if (perQuestion.at(question).isEmpty())
                    perQuestion[question] = whole.mid(start, end - start).trimmed();
            }
            whole = before;
        }
    }
    return {perQuestion, whole.trimmed()};
}
