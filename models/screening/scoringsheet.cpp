#include "scoringsheet.h"

#include "import/csvreader.h"
#include "round.h"
#include "screening.h"
#include "storage/criterionrepository.h"
#include "screening/finalistrepository.h"
#include "storage/database.h"
#include "storage/roundrepository.h"
#include "text/swedish.h"
#include "workrepository.h"
#include "vote/ballotrepository.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace {

const QString IdColumn = QStringLiteral("id");
const QString MunicipalityColumn = QStringLiteral("Kommun");
const QString TitleColumn = QStringLiteral("Titel");
const QString RecommendationColumn = QStringLiteral("Rekommendation");
const QString ConflictColumn = QString::fromUtf8("Jäv");
const QString CommentColumn = QStringLiteral("Kommentar");

struct SheetApplication
{
    qint64 id = 0;
    QString uuid;
    QString municipality;
    QString title;
};

Result<QList<SheetApplication>> applications(Database &db)
{
    auto query = db.exec(QStringLiteral("SELECT a.id, a.uuid, m.name, a.title FROM application a "
                                        "JOIN municipality m ON m.code = a.municipality_code"));
    if (!query)
        return query.error();
    QList<SheetApplication> list;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString()});
    }
    std::sort(list.begin(), list.end(), [](const SheetApplication &a, const SheetApplication &b) {
        const int c = Swedish::compare(a.municipality, b.municipality);
        return c != 0 ? c < 0 : Swedish::compare(a.title, b.title) < 0;
    });
    return list;
}

// The juror's sheet comment on an application: their first shared comment.
std::optional<Comment> sheetComment(const QList<Comment> &comments, qint64 jurorId)
{
    for (const Comment &c : comments) {
        if (c.jurorId == jurorId && c.shared)
            return c;
    }
    return std::nullopt;
}

std::optional<int> parseScore(const QString &cell)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(QString(cell).replace(u',', u'.'), &ok);
    // Beyond any scale (±1000): lround and the cast to int would wrap 4294967299 to 3.
    if (!ok || !std::isfinite(value) || std::abs(value) > 1e6
        || std::abs(value - std::round(value)) > 1e-9)
        return std::nullopt;
    return int(std::lround(value));
}

} // namespace

QString SheetReport::describe() const
{
    if (ballot)
        return ScoringSheet::tr("Read the ballot: %n finalist(s) ranked.", nullptr, ranks);
    return ScoringSheet::tr("Read %n row(s): %1 scores, %2 recommendations, %3 comments and "
                            "%4 conflicts of interest changed.",
                            nullptr, rows)
        .arg(scores)
        .arg(recommendations)
        .arg(comments)
        .arg(conflicts);
}

Result<QByteArray> ScoringSheet::exportSheet(Database &db, qint64 jurorId)
{
    auto round = RoundRepository(db).load();
    if (!round)
        return round.error();
    if (round->phase == Phase::Vote)
        return exportBallot(db, jurorId);
    auto criteria = CriterionRepository(db).list();
    if (!criteria)
        return criteria.error();
    auto apps = applications(db);
    if (!apps)
        return apps.error();
    WorkRepository work(db);

    QStringList header = {IdColumn, MunicipalityColumn, TitleColumn};
    for (const Criterion &c : criteria.value())
        header << c.name;
    header << RecommendationColumn << ConflictColumn << CommentColumn;
    QString text = CsvReader::formatRecord(header, u';');

    for (const SheetApplication &a : apps.value()) {
        QStringList row = {a.uuid, a.municipality, a.title};
        auto scores = work.scores(jurorId, a.id);
        auto recommendation = work.recommendation(jurorId, a.id);
        auto conflict = work.conflict(jurorId, a.id);
        auto comments = work.comments(Viewer::juror(jurorId), a.id);
        if (!scores || !recommendation || !conflict || !comments)
            return Error(tr("The scoring sheet could not be read from the round file."));
        for (const Criterion &c : criteria.value()) {
            const auto value = scores->value(c.id).value;
            row << (value ? QString::number(*value) : QString());
        }
        row << (recommendation.value() ? recommendationKey(*recommendation.value()) : QString());
        row << (conflict.value() ? conflict.value()->reason : QString());
        const auto comment = sheetComment(comments.value(), jurorId);
        row << (comment ? comment->body : QString());
        text += CsvReader::formatRecord(row, u';');
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Result<SheetReport> ScoringSheet::importSheet(Database &db, qint64 jurorId, const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error(tr("The file does not exist."), path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("The file cannot be read: %1").arg(file.errorString()), path);
    return importSheet(db, jurorId, file.readAll(), path);
}

Result<SheetReport> ScoringSheet::importSheet(Database &db, qint64 jurorId,
                                              const QByteArray &bytes, const QString &fileName)
{
    if (auto round = RoundRepository(db).load(); round && round->phase == Phase::Vote)
        return importBallot(db, jurorId, bytes, fileName);
    if (auto round = RoundRepository(db).requirePhase({Phase::Screening},
                                                      tr("import a screening sheet"));
        !round)
        return Error(round.error().message, fileName);
    auto csv = CsvReader::parse(bytes, fileName);
    if (!csv)
        return csv.error();
    auto criteria = CriterionRepository(db).list();
    if (!criteria)
        return criteria.error();
    auto apps = applications(db);
    if (!apps)
        return apps.error();
    QHash<QString, qint64> applicationByUuid;
    for (const SheetApplication &a : apps.value())
        applicationByUuid.insert(a.uuid.toLower(), a.id);

    // Columns by name: the fixed ones, and each criterion by its exact name.
    const QStringList header = csv->header.fields;
    int idColumn = -1, recommendationColumn = -1, conflictColumn = -1, commentColumn = -1;
    QHash<int, Criterion> criterionColumns;
    for (int c = 0; c < header.size(); ++c) {
        const QString name = header.at(c).trimmed();
        const auto is = [&](const QString &fixed) {
            return name.compare(fixed, Qt::CaseInsensitive) == 0;
        };
        if (is(IdColumn)) {
            idColumn = c;
        } else if (is(MunicipalityColumn) || is(TitleColumn)) {
            continue;
        } else if (is(RecommendationColumn)) {
            recommendationColumn = c;
        } else if (is(ConflictColumn)) {
            conflictColumn = c;
        } else if (is(CommentColumn)) {
            commentColumn = c;
        } else {
            const auto match = std::find_if(criteria->cbegin(), criteria->cend(),
                                            [&](const Criterion &k) { return is(k.name.trimmed()); });
            if (match == criteria->cend())
                return Error(tr("The column “%1” is neither a criterion of this round nor a "
                                "column of the scoring sheet.")
                                 .arg(name),
                             fileName, csv->header.line, name);
            criterionColumns.insert(c, *match);
        }
    }
    if (idColumn < 0)
        return Error(tr("The sheet has no “id” column; export a new sheet and fill that in."),
                     fileName, csv->header.line);

    WorkRepository work(db);
    struct Row
    {
        qint64 applicationId = 0;
        QString conflictReason;
        QList<QPair<Criterion, int>> scores;
        std::optional<Recommendation> recommendation;
        QString comment;
    };
    QList<Row> rows;
    QHash<qint64, int> lineOf;
    // Check everything first: a bad cell anywhere refuses the whole sheet.
    for (const CsvRecord &record : csv->records) {
        const QStringList &f = record.fields;
        const auto cell = [&](int column) {
            return column >= 0 && column < f.size() ? f.at(column).trimmed() : QString();
        };
        if (std::all_of(f.cbegin(), f.cend(), [](const QString &v) { return v.trimmed().isEmpty(); }))
            continue;
        if (f.size() > header.size())
            return Error(tr("The line has more fields than the header."), fileName, record.line);
        Row row;
        const QString id = cell(idColumn);
        row.applicationId = applicationByUuid.value(id.toLower(), 0);
        if (row.applicationId == 0)
            return Error(tr("No application in this round has the id “%1”.").arg(id), fileName,
                         record.line, header.at(idColumn));
        if (lineOf.contains(row.applicationId))
            return Error(tr("The application is already on line %1.").arg(lineOf.value(row.applicationId)),
                         fileName, record.line, header.at(idColumn));
        lineOf.insert(row.applicationId, record.line);

        row.conflictReason = cell(conflictColumn);
        auto existing = work.conflict(jurorId, row.applicationId);
        if (!existing)
            return existing.error();
        const bool conflicted = existing.value() || !row.conflictReason.isEmpty();

        for (auto it = criterionColumns.cbegin(); it != criterionColumns.cend(); ++it) {
            const QString text = cell(it.key());
            if (text.isEmpty())
                continue;
            const Criterion &c = it.value();
            if (conflicted)
                return Error(tr("A score is given on an application with a conflict of "
                                "interest. Leave the scores empty, or remove the conflict."),
                             fileName, record.line, header.at(it.key()));
            const auto value = parseScore(text);
            if (!value || *value < c.scaleMin || *value > c.scaleMax)
                return Error(tr("“%1” is not a score on the scale %2–%3.")
                                 .arg(text)
                                 .arg(c.scaleMin)
                                 .arg(c.scaleMax),
                             fileName, record.line, header.at(it.key()));
            row.scores.append({c, *value});
        }
        const QString word = cell(recommendationColumn);
        if (!word.isEmpty()) {
            row.recommendation = recommendationFromKey(word);
            if (!row.recommendation)
                return Error(tr("“%1” is not a recommendation; write ja, kanske or nej.").arg(word),
                             fileName, record.line, header.at(recommendationColumn));
            if (conflicted)
                return Error(tr("A recommendation is given on an application with a conflict "
                                "of interest."),
                             fileName, record.line, header.at(recommendationColumn));
        }
        row.comment = cell(commentColumn);
        rows << row;
    }

    SheetReport report;
    report.rows = int(rows.size());
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.error();
    const auto failed = [&](const Error &e) { return Error(e.message, fileName); };
    for (const Row &row : rows) {
        if (!row.conflictReason.isEmpty()) {
            auto current = work.conflict(jurorId, row.applicationId);
            if (!current)
                return failed(current.error());
            if (!current.value() || current.value()->reason != row.conflictReason) {
                if (auto r = work.declareConflict(jurorId, row.applicationId, row.conflictReason, false); !r)
                    return failed(r.error());
                ++report.conflicts;
            }
        }
        auto scores = work.scores(jurorId, row.applicationId);
        if (!scores)
            return failed(scores.error());
        for (const auto &[criterion, value] : row.scores) {
            const Score current = scores->value(criterion.id);
            if (current.value == value)
                continue;
            if (auto r = work.setScore(jurorId, row.applicationId, criterion.id, value, current.note); !r)
                return failed(r.error());
            ++report.scores;
        }
        if (row.recommendation) {
            auto current = work.recommendation(jurorId, row.applicationId);
            if (!current)
                return failed(current.error());
            if (current.value() != row.recommendation) {
                if (auto r = work.setRecommendation(jurorId, row.applicationId, row.recommendation); !r)
                    return failed(r.error());
                ++report.recommendations;
            }
        }
        if (!row.comment.isEmpty()) {
            auto comments = work.comments(Viewer::juror(jurorId), row.applicationId);
            if (!comments)
                return failed(comments.error());
            const auto current = sheetComment(comments.value(), jurorId);
            if (!current) {
                if (auto r = work.addComment(jurorId, row.applicationId, row.comment, true); !r)
                    return failed(r.error());
                ++report.comments;
            } else if (current->body != row.comment) {
                if (auto r = work.editComment(jurorId, current->uuid, row.comment, true); !r)
                    return failed(r.error());
                ++report.comments;
            }
        }
    }
    if (auto r = transaction.commit(); !r)
        return failed(r.error());
    return report;
}

Result<QByteArray> ScoringSheet::exportBallot(Database &db, qint64 jurorId)
{
    auto apps = applications(db);
    if (!apps)
        return apps.error();
    auto ranks = BallotRepository(db).ranks(jurorId);
    if (!ranks)
        return ranks.error();
    auto finalists = FinalistRepository(db).finalistIds();
    if (!finalists)
        return finalists.error();
    const QSet<qint64> set = finalists.value();
    QString text = CsvReader::formatRecord({IdColumn, MunicipalityColumn, TitleColumn, QStringLiteral("Rang")}, u';');
    for (const SheetApplication &a : apps.value()) {
        if (!set.contains(a.id))
            continue;
        text += CsvReader::formatRecord({a.uuid, a.municipality, a.title,
                                         ranks->contains(a.id) ? QString::number(ranks->value(a.id)) : QString()},
                                        u';');
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Result<SheetReport> ScoringSheet::importBallot(Database &db, qint64 jurorId, const QByteArray &bytes,
                                               const QString &fileName)
{
    auto csv = CsvReader::parse(bytes, fileName);
    if (!csv)
        return csv.error();
    auto apps = applications(db);
    if (!apps)
        return apps.error();
    QHash<QString, qint64> byUuid;
    for (const SheetApplication &a : apps.value())
        byUuid.insert(a.uuid.toLower(), a.id);
    auto finalists = FinalistRepository(db).finalistIds();
    if (!finalists)
        return finalists.error();
    const QSet<qint64> finalistSet = finalists.value();

    const QStringList header = csv->header.fields;
    int idColumn = -1, rankColumn = -1;
    for (int c = 0; c < header.size(); ++c) {
        const QString name = header.at(c).trimmed();
        if (name.compare(IdColumn, Qt::CaseInsensitive) == 0)
            idColumn = c;
        else if (name.compare(QStringLiteral("Rang"), Qt::CaseInsensitive) == 0)
            rankColumn = c;
        else if (name.compare(MunicipalityColumn, Qt::CaseInsensitive) != 0
                 && name.compare(TitleColumn, Qt::CaseInsensitive) != 0)
            return Error(tr("The column “%1” does not belong in the final vote's sheet "
                            "(id;Kommun;Titel;Rang).")
                             .arg(name),
                         fileName, csv->header.line, name);
    }
    if (idColumn < 0 || rankColumn < 0)
        return Error(tr("The final vote's sheet needs the columns “id” and “Rang”; export a new sheet."),
                     fileName, csv->header.line);
    WorkRepository work(db);
    QHash<qint64, std::optional<int>> ballot;
    QHash<qint64, int> lineOf;
    for (const CsvRecord &record : csv->records) {
        const QStringList &f = record.fields;
        if (std::all_of(f.cbegin(), f.cend(), [](const QString &v) { return v.trimmed().isEmpty(); }))
            continue;
        const auto cell = [&](int column) { return column < f.size() ? f.at(column).trimmed() : QString(); };
        const qint64 id = byUuid.value(cell(idColumn).toLower(), 0);
        if (id == 0)
            return Error(tr("No application in this round has the id “%1”.").arg(cell(idColumn)), fileName,
                         record.line, header.at(idColumn));
        if (!finalistSet.contains(id))
            return Error(tr("The application is not a finalist and cannot be ranked."), fileName, record.line,
                         header.at(idColumn));
        if (lineOf.contains(id))
            return Error(tr("The application is already on line %1.").arg(lineOf.value(id)), fileName, record.line,
                         header.at(idColumn));
        lineOf.insert(id, record.line);
        const QString text = cell(rankColumn);
        if (text.isEmpty()) {
            ballot.insert(id, std::nullopt);
            continue;
        }
        const auto rank = parseScore(text);
        if (!rank || *rank < 1)
            return Error(tr("“%1” is not a rank; write 1 for the best, 2 for the next, and so on.").arg(text),
                         fileName, record.line, header.at(rankColumn));
        auto conflict = work.conflict(jurorId, id);
        if (!conflict)
            return conflict.error();
        if (conflict.value())
            return Error(tr("A rank is given to a finalist the juror has a conflict of interest on."), fileName,
                         record.line, header.at(rankColumn));
        ballot.insert(id, *rank);
    }
    if (auto r = BallotRepository(db).setRanks(jurorId, ballot); !r)
        return Error(r.error().message, fileName);
    SheetReport report;
    report.ballot = true;
    report.rows = int(lineOf.size());
    for (const auto &rank : std::as_const(ballot))
        report.ranks += rank.has_value();
    return report;
}
