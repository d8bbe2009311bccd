// The child of tst_crashsafety: edits a round file through the storage layer until it is
// killed, and after every committed edit prints one line naming the row and the version the
// file now holds:
//
//   score <uuid> <version> <value or ->
//   recommendation <uuid> <version> <ja|kanske|nej or ->
//   comment <uuid> <version> <body>
//   conflict <uuid> <version> <reason, or - when withdrawn>
//   ballot <uuid> <version> <rank or ->
//
// In a round in screening it scores, recommends, comments and declares conflicts; in a round
// in the final vote it ranks the finalists (a whole ballot per transaction), comments and
// declares conflicts.
//
// Usage: crashchild ROUND SEED. Exits 2 (with the reason on stderr) when an edit is refused:
// nothing should be refused, so that is a failure for the test.

#include "screening/finalistrepository.h"
#include "screening/screening.h"
#include "screening/workrepository.h"
#include "storage/applicationrepository.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "vote/ballotrepository.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <random>

namespace {

[[noreturn]] void fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "crashchild: %s: %s\n", qPrintable(what), qPrintable(error.toString()));
    std::exit(2);
}

template<typename T> T take(Result<T> result, const char *what)
{
    if (!result)
        fail(QString::fromLatin1(what), result.error());
    return std::move(result).value();
}

void check(const Result<void> &result, const QString &what)
{
    if (!result)
        fail(what, result.error());
}

// Only once the line has left the process may the test hold the file to it.
void report(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

class Editor
{
public:
    Editor(Database &db, quint32 seed)
        : m_db(db)
        , m_work(db)
        , m_rng(seed)
        , m_seed(seed)
    {
        m_jurors = take(JurorRepository(db).list(), "jurors");
        m_criteria = take(CriterionRepository(db).list(), "criteria");
        m_applications = take(ApplicationRepository(db).rows(), "applications");
        if (m_jurors.isEmpty() || m_criteria.isEmpty() || m_applications.isEmpty()) {
            std::fprintf(stderr, "crashchild: the round has no jurors, criteria or applications\n");
            std::exit(2);
        }
        m_vote = take(RoundRepository(db).load(), "round").phase == Phase::Vote;
        if (m_vote) {
            const QSet<qint64> finalists = take(FinalistRepository(db).finalistIds(), "finalists");
            for (const ApplicationRow &a : m_applications) {
                if (finalists.contains(a.id))
                    m_finalists.append(&a);
            }
        }
        for (const Conflict &c : take(m_work.allConflicts(), "conflicts"))
            m_conflicts.insert({c.jurorId, c.applicationId});
        for (const Juror &j : m_jurors) {
            for (const ApplicationRow &a : m_applications) {
                for (const Comment &c :
                     take(m_work.comments(Viewer::juror(j.id), a.id), "comments")) {
                    if (c.jurorId == j.id) // not the others' shared comments the juror sees
                        m_comments.append({j.id, c.uuid});
                }
            }
        }
    }

    void editForever()
    {
        while (m_vote) {
            const int dice = pick(100);
            if (dice < 50)
                rank();
            else if (dice < 65)
                addComment();
            else if (dice < 85)
                editComment();
            else
                toggleConflict();
        }
        for (;;) {
            const int dice = pick(100);
            if (dice < 50)
                score();
            else if (dice < 62)
                recommend();
            else if (dice < 74)
                addComment();
            else if (dice < 88)
                editComment();
            else
                toggleConflict();
        }
    }

private:
    int pick(int count) { return std::uniform_int_distribution<int>(0, count - 1)(m_rng); }

    // Texts of varied length, so that some edits fit in a page and others span several.
    QString text(const QString &prefix)
    {
        QString body = QStringLiteral("%1%2-%3").arg(prefix).arg(m_seed, 0, 16).arg(++m_counter);
        const int padding = pick(4) == 0 ? pick(6000) : pick(40);
        body.reserve(body.size() + padding);
        for (int i = 0; i < padding; ++i)
            body.append(QChar(u'a' + pick(26)));
        return body;
    }

    // A juror and an application without a conflict of interest between them.
    std::optional<std::pair<const Juror *, const ApplicationRow *>> freePair()
    {
        for (int attempt = 0; attempt < 20; ++attempt) {
            const Juror &j = m_jurors.at(pick(int(m_jurors.size())));
            const ApplicationRow &a = m_applications.at(pick(int(m_applications.size())));
            if (!m_conflicts.contains({j.id, a.id}))
                return std::make_pair(&j, &a);
        }
        return std::nullopt;
    }

    qint64 storedVersion(const char *table, const QUuid &uuid)
    {
        const QVariant version = take(
            m_db.scalar(
                QStringLiteral("SELECT version FROM %1 WHERE uuid = ?").arg(QLatin1String(table)),
                {uuidText(uuid)}),
            "version");
        return version.toLongLong();
    }

    void score()
    {
        const auto pair = freePair();
        if (!pair)
            return;
        const auto [juror, application] = *pair;
        const Criterion &c = m_criteria.at(pick(int(m_criteria.size())));
        std::optional<int> value;
        if (pick(8) != 0)
            value = c.scaleMin + pick(c.scaleMax - c.scaleMin + 1);
        const QString note = pick(3) == 0 ? text(QStringLiteral("n")) : QString();
        check(m_work.setScore(juror->id, application->id, c.id, value, note),
              QStringLiteral("setScore"));
        const Score stored = take(m_work.scores(juror->id, application->id), "scores").value(c.id);
        if (stored.version == 0)
            return; // clearing a score never given writes nothing
        if (stored.value != value)
            fail(QStringLiteral("score read back"), Error(QStringLiteral("another value")));
        report(QStringLiteral("score %1 %2 %3")
                   .arg(uuidText(stored.uuid))
                   .arg(stored.version)
                   .arg(value ? QString::number(*value) : QStringLiteral("-")));
    }

    void recommend()
    {
        const auto pair = freePair();
        if (!pair)
            return;
        const auto [juror, application] = *pair;
        const int choice = pick(4);
        const std::optional<Recommendation> value
            = choice == 3 ? std::nullopt : std::optional<Recommendation>(Recommendation(choice));
        check(m_work.setRecommendation(juror->id, application->id, value),
              QStringLiteral("setRecommendation"));
        const QUuid uuid = WorkIds::recommendation(juror->uuid, application->uuid);
        const qint64 version = storedVersion("recommendation", uuid);
        if (version == 0)
            return; // clearing a recommendation never given writes nothing
        report(QStringLiteral("recommendation %1 %2 %3")
                   .arg(uuidText(uuid))
                   .arg(version)
                   .arg(value ? recommendationKey(*value) : QStringLiteral("-")));
    }

    // A whole ballot: the finalists the juror is not conflicted on, in a random order, some
    // left unranked.
    void rank()
    {
        const Juror &juror = m_jurors.at(pick(int(m_jurors.size())));
        QList<const ApplicationRow *> order;
        for (const ApplicationRow *a : m_finalists) {
            if (!m_conflicts.contains({juror.id, a->id}))
                order.append(a);
        }
        std::shuffle(order.begin(), order.end(), m_rng);
        QHash<qint64, std::optional<int>> ranks;
        for (int i = 0; i < order.size(); ++i) {
            if (pick(5) != 0)
                ranks.insert(order.at(i)->id, i + 1);
        }
        check(BallotRepository(m_db).setRanks(juror.id, ranks), QStringLiteral("setRanks"));
        for (const ApplicationRow *a : std::as_const(order)) {
            const QUuid uuid = WorkIds::ballot(juror.uuid, a->uuid);
            const qint64 version = storedVersion("ballot", uuid);
            if (version == 0)
                continue; // never ranked, nothing written
            const std::optional<int> r = ranks.value(a->id);
            report(QStringLiteral("ballot %1 %2 %3")
                       .arg(uuidText(uuid))
                       .arg(version)
                       .arg(r ? QString::number(*r) : QStringLiteral("-")));
        }
    }

    void addComment()
    {
        const Juror &juror = m_jurors.at(pick(int(m_jurors.size())));
        const ApplicationRow &application = m_applications.at(pick(int(m_applications.size())));
        const Comment added = take(
            m_work.addComment(juror.id, application.id, text(QStringLiteral("k")), pick(2) == 0),
            "addComment");
        m_comments.append({juror.id, added.uuid});
        report(QStringLiteral("comment %1 %2 %3")
                   .arg(uuidText(added.uuid))
                   .arg(added.version)
                   .arg(added.body));
    }

    void editComment()
    {
        if (m_comments.isEmpty())
            return addComment();
        const auto [jurorId, uuid] = m_comments.at(pick(int(m_comments.size())));
        const QString body = text(QStringLiteral("e"));
        check(m_work.editComment(jurorId, uuid, body, pick(2) == 0), QStringLiteral("editComment"));
        report(QStringLiteral("comment %1 %2 %3")
                   .arg(uuidText(uuid))
                   .arg(storedVersion("comment", uuid))
                   .arg(body));
    }

    void toggleConflict()
    {
        const Juror &juror = m_jurors.at(pick(int(m_jurors.size())));
        const ApplicationRow &application = m_applications.at(pick(int(m_applications.size())));
        const QPair<qint64, qint64> key{juror.id, application.id};
        QString reason = QStringLiteral("-");
        if (m_conflicts.contains(key)) {
            check(m_work.withdrawConflict(juror.id, application.id),
                  QStringLiteral("withdrawConflict"));
            m_conflicts.remove(key);
        } else if (m_conflicts.size() < 3) {
            reason = text(QStringLiteral("r")).left(30);
            check(m_work.declareConflict(juror.id, application.id, reason, pick(2) == 0),
                  QStringLiteral("declareConflict"));
            m_conflicts.insert(key);
        } else {
            return;
        }
        const QUuid uuid = WorkIds::conflict(juror.uuid, application.uuid);
        report(QStringLiteral("conflict %1 %2 %3")
                   .arg(uuidText(uuid))
                   .arg(storedVersion("conflict", uuid))
                   .arg(reason));
    }

    Database &m_db;
    WorkRepository m_work;
    std::mt19937 m_rng;
    quint32 m_seed;
    int m_counter = 0;
    QList<Juror> m_jurors;
    QList<Criterion> m_criteria;
    QList<ApplicationRow> m_applications;
    bool m_vote = false;                       ///< the round is in the final vote
    QList<const ApplicationRow *> m_finalists; ///< in m_applications
    QSet<QPair<qint64, qint64>> m_conflicts;
    QList<QPair<qint64, QUuid>> m_comments;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: crashchild ROUND SEED\n");
        return 1;
    }
    auto db = Database::open(args.at(1));
    if (!db)
        fail(QStringLiteral("open"), db.error());
    Editor editor(*db.value(), args.at(2).toUInt());
    editor.editForever();
}
