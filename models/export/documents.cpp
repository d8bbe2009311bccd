#include "documents.h"

#include "export/pdfwriter.h"
#include "reference/municipalityregistry.h"
#include "round.h"
#include "screening/finalistrepository.h"
#include "screening/leaderboard.h"
#include "screening/screening.h"
#include "screening/workrepository.h"
#include "storage/applicationrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "text/swedish.h"
#include "import/csvreader.h"
#include "vote/ballotrepository.h"
#include "vote/decisionrepository.h"
#include "vote/followuprepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QLocale>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Documents)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString paragraphs(const QString &text)
{
    QString html;
    for (const QString &part : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>").arg(esc(part.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return html;
}

QString longDate(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : iso;
}

QString money(qint64 sek)
{
    return QLocale().toCurrencyString(double(sek), Tr::tr("kr"), 0);
}

QString creator()
{
    return QStringLiteral("Jurybench %1").arg(QCoreApplication::applicationVersion());
}

struct Context
{
    Round round;
    QList<Juror> jurors;
    VoteResult vote;
    Leaderboard board;
    std::optional<Decision> decision;
    QHash<qint64, QString> motivations;
    QList<Conflict> conflicts;
    QHash<qint64, ApplicationRow> rows; ///< every application, or only those a decision names
    int applicationCount = 0;
};

/// What a document shows of the screening: the whole leaderboard (the protocol), or only the
/// finalists (the decision, which names no other application's score).
enum class Screening { Whole, Finalists };

Result<Context> load(Database &db, Screening screening)
{
    Context c;
    auto round = RoundRepository(db).load();
    auto jurors = JurorRepository(db).list();
    auto finalists = FinalistRepository(db).finalistIds();
    if (!finalists)
        return finalists.error();
    auto board = screening == Screening::Whole ? Leaderboard::load(db)
                                               : Leaderboard::loadOnly(db, finalists.value());
    if (!board)
        return board.error();
    auto vote = VoteResult::count(db, board.value());
    auto decision = DecisionRepository(db).load();
    auto motivations = DecisionRepository(db).finalistMotivations();
    auto conflicts = WorkRepository(db).allConflicts();
    const ApplicationRepository applications(db);
    const auto namedRows = [&]() -> Result<QList<ApplicationRow>> {
        // The decision names the finalists (the winner among them) and the applications of
        // recusals: their rows are all it reads, not those of the whole round.
        QList<qint64> named = finalists.value().values();
        if (conflicts) {
            for (const Conflict &k : conflicts.value())
                named << k.applicationId;
        }
        if (decision && decision.value())
            named << decision.value()->winnerId;
        return applications.rows(named);
    };
    auto rows = screening == Screening::Whole ? applications.rows() : namedRows();
    // The whole round's rows are its count; a decision counts them without reading them.
    auto count = screening == Screening::Whole && rows ? Result<int>(int(rows->size()))
                                                       : applications.count();
    for (const Error *e : {round ? nullptr : &round.error(), jurors ? nullptr : &jurors.error(),
                           vote ? nullptr : &vote.error(), board ? nullptr : &board.error(),
                           decision ? nullptr : &decision.error(), motivations ? nullptr : &motivations.error(),
                           conflicts ? nullptr : &conflicts.error(), rows ? nullptr : &rows.error(),
                           count ? nullptr : &count.error()}) {
        if (e)
            return *e;
    }
    c.round = round.value();
    c.jurors = jurors.value();
    c.vote = vote.value();
    c.board = board.value();
    c.decision = decision.value();
    c.motivations = motivations.value();
    c.conflicts = conflicts.value();
    for (const ApplicationRow &r : rows.value())
        c.rows.insert(r.id, r);
    c.applicationCount = count.value();
    return c;
}

QString awardYear(const Round &round)
{
    return QStringLiteral("%1 %2").arg(round.settings.award).arg(round.settings.year);
}

QString rankingList(const Context &c, const QList<QList<qint64>> &ranking)
{
    QString html = QStringLiteral("<table><tr><th>%1</th><th>%2</th></tr>").arg(Tr::tr("Place"), Tr::tr("Finalist"));
    int place = 1;
    for (const QList<qint64> &group : ranking) {
        QStringList names;
        for (qint64 id : group)
            names << esc(c.vote.municipality.value(id));
        const QString shared = group.size() > 1 ? QStringLiteral(" ") + Tr::tr("(shared place)") : QString();
        html += QStringLiteral("<tr><td>%1</td><td>%2%3</td></tr>").arg(place).arg(names.join(QStringLiteral(", ")), shared);
        place += int(group.size());
    }
    return html + QStringLiteral("</table>");
}

/// The matrix indexes of the candidates in the order of the final ranking, so that a reader
/// finds the winner's row first and the strongest preferences above the diagonal.
QList<int> rankingOrder(const Tally &tally)
{
    QList<int> order;
    for (const QList<qint64> &group : tally.ranking)
        for (qint64 id : group)
            if (const int index = int(tally.candidates.indexOf(id)); index >= 0 && !order.contains(index))
                order << index;
    for (int i = 0; i < tally.candidates.size(); ++i)
        if (!order.contains(i))
            order << i;
    return order;
}

QString matrix(const Context &c, const QList<QList<int>> &values, const QString &caption)
{
    const QList<int> order = rankingOrder(c.vote.tally);
    const auto name = [&](int index) { return esc(c.vote.municipality.value(c.vote.tally.candidates.at(index))); };
    QString html = QStringLiteral("<p>%1</p><table><tr><th></th>").arg(esc(caption));
    for (int j : order)
        html += QStringLiteral("<th>%1</th>").arg(name(j));
    html += QStringLiteral("</tr>");
    for (int i : order) {
        html += QStringLiteral("<tr><th>%1</th>").arg(name(i));
        for (int j : order)
            html += i == j ? QStringLiteral("<td align=\"center\">–</td>")
                           : QStringLiteral("<td align=\"center\">%1</td>").arg(values.at(i).at(j));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString recusalSentences(const Context &c)
{
    QString html;
    for (const Conflict &k : c.conflicts) {
        const auto row = c.rows.constFind(k.applicationId);
        if (row == c.rows.cend())
            continue;
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(Tr::tr("%1 did not take part in the assessment of %2 because of a conflict of interest.")
                                 .arg(k.jurorName, row->municipality)));
    }
    return html;
}

PdfOptions options(const Context &c, const QString &title, const QString &subject, const QString &footer)
{
    PdfOptions o;
    o.title = title;
    o.author = c.round.settings.organiserContact.isEmpty() ? c.round.settings.award : c.round.settings.organiserContact;
    o.subject = subject;
    o.creator = creator();
    o.pageLabel = Tr::tr("Page %1 of %2");
    o.footer = footer;
    o.language = QLocale().name().left(2);
    return o;
}

} // namespace

namespace Documents {

// The documents from a context loaded once (loading computes the leaderboard, the costly part).
Result<QString> decisionHtmlFor(const Context &c);
Result<QString> protocolHtmlFor(Database &db, const Context &c);

Result<QString> decisionHtml(Database &db)
{
    auto context = load(db, Screening::Finalists);
    if (!context)
        return context.error();
    return decisionHtmlFor(context.value());
}

Result<QString> decisionHtmlFor(const Context &c)
{
    if (!c.decision)
        return Error(Tr::tr("No decision has been recorded yet."));
    const Decision &d = *c.decision;
    const ApplicationRow winner = c.rows.value(d.winnerId);
    QString html = QStringLiteral("<html><head><title>%1</title></head><body>")
                       .arg(esc(Tr::tr("Jury's decision – %1").arg(awardYear(c.round))));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(Tr::tr("Jury's decision – %1").arg(awardYear(c.round))));
    html += QStringLiteral("<p style=\"margin-bottom: 10px\"><span style=\"font-size: 15pt; font-weight: bold\">%1</span></p>")
                .arg(esc(Tr::tr("The award goes to %1, %2.").arg(winner.municipality, winner.county)));
    if (c.round.settings.prizeSek > 0)
        html += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("Prize: %1.").arg(money(c.round.settings.prizeSek))));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("The jury's motivation")));
    html += paragraphs(d.motivation);

    QList<qint64> others;
    for (qint64 id : c.vote.finalists)
        if (id != d.winnerId)
            others << id;
    std::sort(others.begin(), others.end(), [&](qint64 a, qint64 b) {
        return Swedish::compare(c.vote.municipality.value(a), c.vote.municipality.value(b)) < 0;
    });
    if (!others.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("The other finalists")));
        for (qint64 id : others) {
            const ApplicationRow row = c.rows.value(id);
            html += QStringLiteral("<h4>%1</h4>").arg(esc(Tr::tr("%1, %2").arg(row.municipality, row.county)));
            if (!c.motivations.value(id).isEmpty())
                html += paragraphs(c.motivations.value(id));
        }
    }

    html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(Tr::tr("The jury")));
    for (const Juror &j : c.jurors) {
        QString line = j.organisation.isEmpty() ? j.name : Tr::tr("%1, %2").arg(j.name, j.organisation);
        if (j.chair)
            line += QStringLiteral(" ") + Tr::tr("(chair)");
        html += QStringLiteral("<li>%1</li>").arg(esc(line));
    }
    html += QStringLiteral("</ul>");
    html += recusalSentences(c);

    html += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("How the decision was made")));
    html += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr(
        "After screening %Ln application(s) the jury chose the finalists; each juror then ranked them, and the "
        "rankings were counted by the Schulze method, which compares the finalists two at a time and puts first "
        "the one the jurors prefer over every other.",
        nullptr, c.applicationCount)));
    if (d.castingJurorId != 0)
        html += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("The vote tied for first place; the chair, %1, gave the "
                                                           "casting vote.")
                                                        .arg(d.castingJurorName)));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Final ranking")));
    html += rankingList(c, c.vote.tally.ranking);

    html += QStringLiteral("<p style=\"margin-top: 28px\">%1</p>")
                .arg(esc(d.place.isEmpty() ? longDate(d.date) : Tr::tr("%1, %2").arg(d.place, longDate(d.date))));
    QString chair;
    for (const Juror &j : c.jurors)
        if (j.chair)
            chair = j.name;
    html += QStringLiteral("<p style=\"margin-top: 36px\">______________________________<br>%1</p>")
                .arg(esc(chair.isEmpty() ? Tr::tr("The jury's chair") : Tr::tr("%1, chair of the jury").arg(chair)));

    html += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
                .arg(esc(Tr::tr("Annex: the pairwise comparisons")));
    html += matrix(c, c.vote.tally.pairwise,
                   Tr::tr("Each cell is the number of jurors who ranked the finalist of the row above the "
                          "finalist of the column."));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("The strongest paths")));
    html += matrix(c, c.vote.tally.widestPaths,
                   Tr::tr("Each cell is the strength of the strongest chain of preferences from the finalist of "
                          "the row to the finalist of the column; a chain is as strong as its weakest link. A "
                          "finalist ranks above another when its path to the other is the stronger."));
    html += QStringLiteral("</body></html>");
    return html;
}

Result<void> exportDecision(Database &db, const QString &path)
{
    auto context = load(db, Screening::Finalists);
    if (!context)
        return context.error();
    const Context &c = context.value();
    auto html = decisionHtmlFor(c);
    if (!html)
        return html.error();
    const QString title = Tr::tr("Jury's decision – %1").arg(awardYear(c.round));
    const QString footer = Tr::tr("Round %1 · SHA-256 of the decision record: %2")
                               .arg(uuidText(c.round.uuid), c.decision->recordSha256);
    return PdfWriter::write(path, html.value(),
                            options(c, title, Tr::tr("The jury's decision with its motivation."), footer));
}

Result<QString> protocolHtml(Database &db)
{
    auto context = load(db, Screening::Whole);
    if (!context)
        return context.error();
    return protocolHtmlFor(db, context.value());
}

Result<QString> protocolHtmlFor(Database &db, const Context &c)
{
    const QLocale locale;
    const auto number = [&](const std::optional<double> &v) {
        return v ? locale.toString(*v, 'f', 2) : QStringLiteral("–");
    };
    QString html = QStringLiteral("<html><head><title>%1</title></head><body>")
                       .arg(esc(Tr::tr("Jury protocol – %1").arg(awardYear(c.round))));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(Tr::tr("Jury protocol – %1").arg(awardYear(c.round))));
    html += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("Phase: %1. Prize: %2. Finalists: %3.")
                                                    .arg(phaseTitle(c.round.phase), money(c.round.settings.prizeSek))
                                                    .arg(c.round.settings.finalistCount)));
    html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(Tr::tr("The jury")));
    for (const Juror &j : c.jurors)
        html += QStringLiteral("<li>%1</li>").arg(esc(j.chair ? Tr::tr("%1, %2 (chair)").arg(j.name, j.organisation)
                                                               : Tr::tr("%1, %2").arg(j.name, j.organisation)));
    html += QStringLiteral("</ul>");
    if (!c.conflicts.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Conflicts of interest")));
        for (const Conflict &k : c.conflicts)
            html += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("%1 on %2: %3 (declared by %4).")
                                                            .arg(k.jurorName, c.rows.value(k.applicationId).municipality, k.reason,
                                                                 k.declaredByOrganiser ? Tr::tr("the organiser") : Tr::tr("the juror"))));
    }

    html += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Screening")));
    html += QStringLiteral("<table width=\"100%\"><tr><th width=\"8%\">%1</th><th width=\"16%\">%2</th><th width=\"9%\">%3</th>"
                               "<th width=\"13%\">%4</th><th width=\"16%\">%5</th><th width=\"12%\">%6</th>"
                               "<th width=\"12%\">%7</th><th width=\"14%\">%8</th></tr>")
                .arg(Tr::tr("Rank"), Tr::tr("Municipality"), Tr::tr("Score"), Tr::tr("Normalised"), Tr::tr("Yes/maybe/no"),
                     Tr::tr("Scored by"), Tr::tr("Spread"), Tr::tr("Status"));
    for (const LeaderboardEntry &e : c.board.entries) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td></tr>")
                    .arg(e.rank ? QString::number(*e.rank) : QStringLiteral("–"), esc(e.municipality), number(e.score),
                         number(e.normalizedScore), QStringLiteral("%1/%2/%3").arg(e.yes).arg(e.maybe).arg(e.no))
                    .arg(e.jurorsScored)
                    .arg(number(e.spread), esc(applicationStatusTitle(c.rows.value(e.applicationId).status)));
    }
    html += QStringLiteral("</table>");

    auto choice = FinalistRepository(db).load();
    if (choice && choice.value()) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("The finalists")));
        QStringList chosen, suggested;
        QHash<QUuid, QString> names;
        for (const LeaderboardEntry &e : c.board.entries)
            names.insert(e.uuid, e.municipality);
        for (const QUuid &u : choice.value()->chosen)
            chosen << names.value(u);
        for (const QUuid &u : choice.value()->suggested)
            suggested << names.value(u);
        html += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("Suggested by the scores: %1.").arg(suggested.join(QStringLiteral(", ")))));
        html += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("Chosen: %1.").arg(chosen.join(QStringLiteral(", ")))));
        if (!choice.value()->reason.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("Reason: %1").arg(choice.value()->reason)));
    }

    FollowupRepository followup(db);
    bool anyQuestion = false;
    for (qint64 id : c.vote.finalists) {
        auto questions = followup.questions(id);
        auto answers = followup.answers(id);
        if (!questions || !answers || (questions->isEmpty() && answers->isEmpty()))
            continue;
        if (!anyQuestion)
            html += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Follow-up questions and answers")));
        anyQuestion = true;
        html += QStringLiteral("<h3>%1</h3>").arg(esc(c.vote.municipality.value(id)));
        const auto split = FollowupRepository::answersPerQuestion(questions.value(), answers.value());
        for (int i = 0; i < questions->size(); ++i) {
            html += QStringLiteral("<p><b>%1. %2</b></p>").arg(i + 1).arg(esc(questions->at(i).text));
            if (!split.first.at(i).isEmpty())
                html += paragraphs(split.first.at(i));
        }
        if (!split.second.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(esc(Tr::tr("Answer:"))) + paragraphs(split.second);
        for (const Answer &a : answers.value())
            if (!a.pdfName.isEmpty())
                html += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("Answer received %1 with the attachment %2.").arg(longDate(a.received), a.pdfName)));
    }

    if (!c.vote.finalists.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("The final vote")));
        auto ballots = BallotRepository(db).ballots();
        if (ballots && !ballots->isEmpty()) {
            html += QStringLiteral("<table><tr><th>%1</th>").arg(Tr::tr("Juror"));
            for (qint64 id : c.vote.finalists)
                html += QStringLiteral("<th>%1</th>").arg(esc(c.vote.municipality.value(id)));
            html += QStringLiteral("</tr>");
            QHash<qint64, QString> jurorNames;
            for (const Juror &j : c.jurors)
                jurorNames.insert(j.id, j.name);
            for (const Ballot &b : ballots.value()) {
                html += QStringLiteral("<tr><td>%1</td>").arg(esc(jurorNames.value(b.jurorId)));
                for (qint64 id : c.vote.finalists) {
                    const QString cell = b.conflicts.contains(id) ? Tr::tr("conflict")
                                         : b.ranks.contains(id)   ? QString::number(b.ranks.value(id))
                                                                  : QStringLiteral("–");
                    html += QStringLiteral("<td align=\"center\">%1</td>").arg(cell);
                }
                html += QStringLiteral("</tr>");
            }
            html += QStringLiteral("</table>");
            html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Schulze ranking"))) + rankingList(c, c.vote.tally.ranking);
            html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Borda count"))) + rankingList(c, c.vote.tally.bordaRanking);
            html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Plurality"))) + rankingList(c, c.vote.tally.pluralityRanking);
            if (c.vote.disagreement)
                html += QStringLiteral("<p><b>%1</b></p>").arg(esc(Tr::tr("The methods do not agree on the winner.")));
            html += matrix(c, c.vote.tally.pairwise, Tr::tr("Pairwise preferences (row over column):"));
            html += matrix(c, c.vote.tally.widestPaths, Tr::tr("Strongest paths (row over column):"));
        } else {
            html += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("No ballots yet.")));
        }
    }
    if (c.decision) {
        const ApplicationRow winner = c.rows.value(c.decision->winnerId);
        html += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("The decision")));
        const QString decided = c.decision->place.isEmpty()
            ? Tr::tr("Winner: %1. Decided on %2.").arg(winner.municipality, longDate(c.decision->date))
            : Tr::tr("Winner: %1. Decided in %2 on %3.").arg(winner.municipality, c.decision->place, longDate(c.decision->date));
        html += QStringLiteral("<p>%1</p>").arg(esc(decided));
        html += paragraphs(c.decision->motivation);
        html += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("SHA-256 of the decision record: %1").arg(c.decision->recordSha256)));
    }
    html += QStringLiteral("</body></html>");
    return html;
}

Result<void> exportProtocol(Database &db, const QString &path)
{
    auto context = load(db, Screening::Whole);
    if (!context)
        return context.error();
    auto html = protocolHtmlFor(db, context.value());
    if (!html)
        return html.error();
    const QString title = Tr::tr("Jury protocol – %1").arg(awardYear(context->round));
    return PdfWriter::write(path, html.value(),
                            options(context.value(), title, Tr::tr("The jury's work in the round."),
                                    Tr::tr("Round %1").arg(uuidText(context->round.uuid))));
}

Result<QByteArray> protocolCsv(Database &db)
{
    auto context = load(db, Screening::Whole);
    if (!context)
        return context.error();
    const Context &c = context.value();
    QString text = CsvReader::formatRecord({QStringLiteral("Del"), QStringLiteral("Id"), QStringLiteral("Kommun"),
                                            QStringLiteral("Uppgift"), QString::fromUtf8("Värde")},
                                           u';');
    const auto row = [&](const QString &part, const QString &id, const QString &municipality, const QString &field,
                         const QString &value) {
        text += CsvReader::formatRecord({part, id, municipality, field, value}, u';');
    };
    const auto num = [](const std::optional<double> &v) { return v ? QString::number(*v, 'f', 4) : QString(); };
    row(QStringLiteral("omgång"), uuidText(c.round.uuid), QString(), QStringLiteral("utmärkelse"), awardYear(c.round));
    row(QStringLiteral("omgång"), uuidText(c.round.uuid), QString(), QStringLiteral("fas"), phaseKey(c.round.phase));
    for (const Juror &j : c.jurors)
        row(QStringLiteral("jury"), uuidText(j.uuid), QString(), j.chair ? QStringLiteral("ordförande") : QStringLiteral("jurymedlem"),
            QStringLiteral("%1, %2").arg(j.name, j.organisation));
    for (const Conflict &k : c.conflicts)
        row(QStringLiteral("jäv"), uuidText(c.rows.value(k.applicationId).uuid), c.rows.value(k.applicationId).municipality,
            k.jurorName, k.reason);
    for (const LeaderboardEntry &e : c.board.entries) {
        const QString id = uuidText(e.uuid);
        row(QStringLiteral("gallring"), id, e.municipality, QStringLiteral("rang"), e.rank ? QString::number(*e.rank) : QString());
        row(QStringLiteral("gallring"), id, e.municipality, QStringLiteral("poäng"), num(e.score));
        row(QStringLiteral("gallring"), id, e.municipality, QStringLiteral("normerad poäng"), num(e.normalizedScore));
        row(QStringLiteral("gallring"), id, e.municipality, QStringLiteral("ja/kanske/nej"),
            QStringLiteral("%1/%2/%3").arg(e.yes).arg(e.maybe).arg(e.no));
        row(QStringLiteral("gallring"), id, e.municipality, QStringLiteral("status"),
            applicationStatusKey(c.rows.value(e.applicationId).status));
    }
    if (auto choice = FinalistRepository(db).load(); choice && choice.value())
        row(QStringLiteral("finalister"), QString(), QString(), QStringLiteral("motivering"), choice.value()->reason);
    FollowupRepository followup(db);
    for (qint64 id : c.vote.finalists) {
        auto questions = followup.questions(id);
        auto answers = followup.answers(id);
        if (!questions || !answers)
            continue;
        const auto split = FollowupRepository::answersPerQuestion(questions.value(), answers.value());
        for (int i = 0; i < questions->size(); ++i) {
            row(QStringLiteral("fråga"), uuidText(c.vote.uuid.value(id)), c.vote.municipality.value(id),
                QString::number(i + 1), questions->at(i).text);
            if (!split.first.at(i).isEmpty())
                row(QStringLiteral("svar"), uuidText(c.vote.uuid.value(id)), c.vote.municipality.value(id),
                    QString::number(i + 1), split.first.at(i));
        }
        if (!split.second.isEmpty())
            row(QStringLiteral("svar"), uuidText(c.vote.uuid.value(id)), c.vote.municipality.value(id), QString(), split.second);
    }
    if (auto ballots = BallotRepository(db).ballots()) {
        QHash<qint64, QString> names;
        for (const Juror &j : c.jurors)
            names.insert(j.id, j.name);
        for (const Ballot &b : ballots.value())
            for (qint64 id : c.vote.finalists)
                if (b.conflicts.contains(id) || b.ranks.contains(id))
                    row(QStringLiteral("röstsedel"), uuidText(c.vote.uuid.value(id)), c.vote.municipality.value(id),
                        names.value(b.jurorId),
                        b.conflicts.contains(id) ? QStringLiteral("jäv") : QString::number(b.ranks.value(id)));
    }
    const auto rankingRows = [&](const QList<QList<qint64>> &ranking, const QString &method) {
        int place = 1;
        for (const QList<qint64> &group : ranking) {
            for (qint64 id : group)
                row(QStringLiteral("rangordning"), uuidText(c.vote.uuid.value(id)), c.vote.municipality.value(id), method,
                    QString::number(place));
            place += int(group.size());
        }
    };
    rankingRows(c.vote.tally.ranking, QStringLiteral("schulze"));
    rankingRows(c.vote.tally.bordaRanking, QStringLiteral("borda"));
    rankingRows(c.vote.tally.pluralityRanking, QStringLiteral("pluralitet"));
    for (int i = 0; i < c.vote.tally.candidates.size(); ++i)
        for (int j = 0; j < c.vote.tally.candidates.size(); ++j)
            if (i != j)
                row(QStringLiteral("parvis"), uuidText(c.vote.uuid.value(c.vote.tally.candidates.at(i))),
                    c.vote.municipality.value(c.vote.tally.candidates.at(i)),
                    c.vote.municipality.value(c.vote.tally.candidates.at(j)),
                    QString::number(c.vote.tally.pairwise.at(i).at(j)));
    if (c.decision) {
        row(QStringLiteral("beslut"), uuidText(c.rows.value(c.decision->winnerId).uuid),
            c.rows.value(c.decision->winnerId).municipality, QStringLiteral("vinnare"), c.decision->date);
        row(QStringLiteral("beslut"), QString(), QString(), QStringLiteral("motivering"), c.decision->motivation);
        row(QStringLiteral("beslut"), QString(), QString(), QStringLiteral("sha256"), c.decision->recordSha256);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Result<QString> questionLetterHtml(Database &db, qint64 applicationId)
{
    auto round = RoundRepository(db).load();
    if (!round)
        return round.error();
    auto application = ApplicationRepository(db).load(applicationId);
    if (!application)
        return application.error();
    FollowupRepository followup(db);
    auto questions = followup.questions(applicationId);
    auto replyBy = followup.replyBy(applicationId);
    if (!questions || !replyBy)
        return Error(Tr::tr("The questions could not be read."));
    const Application &a = application.value();
    QString html = QStringLiteral("<html><head><title>%1</title></head><body>")
                       .arg(esc(Tr::tr("Follow-up questions – %1").arg(awardYear(round.value()))));
    html += QStringLiteral("<p style=\"color: #555555\">%1<br>%2</p>")
                .arg(esc(awardYear(round.value())), esc(longDate(QDate::currentDate().toString(Qt::ISODate))));
    QString recipient = esc(a.applicant.isEmpty() ? a.row.municipality : a.applicant);
    if (!a.contactName.isEmpty())
        recipient += QStringLiteral("<br>") + esc(Tr::tr("Attn. %1").arg(a.contactName));
    html += QStringLiteral("<p style=\"margin-top: 18px\">%1</p>").arg(recipient);
    html += QStringLiteral("<h1>%1</h1>").arg(esc(Tr::tr("Follow-up questions on your application")));
    html += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("Congratulations: %1 is one of the finalists of %2 with the "
                                                       "application “%3”. Before its decision the jury would like "
                                                       "to know more, and asks you to answer the following questions.")
                                                    .arg(a.row.municipality, awardYear(round.value()), a.row.title)));
    html += QStringLiteral("<ol>");
    for (const FollowupQuestion &q : questions.value())
        html += QStringLiteral("<li>%1</li>").arg(esc(q.text));
    html += QStringLiteral("</ol>");
    if (!replyBy->isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(Tr::tr("Please answer by %1.").arg(longDate(replyBy.value()))));
    html += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("Number your answers as the questions are numbered.")));
    if (!round->settings.organiserContact.isEmpty())
        html += QStringLiteral("<p>%1<br>%2</p>").arg(esc(Tr::tr("Send your answers to, or ask:")),
                                                      esc(round->settings.organiserContact));
    html += QStringLiteral("<p style=\"margin-top: 24px\">%1<br>%2</p>")
                .arg(esc(Tr::tr("Kind regards,")), esc(Tr::tr("The jury of %1").arg(round->settings.award)));
    html += QStringLiteral("</body></html>");
    return html;
}

Result<QStringList> exportQuestionLetters(Database &db, const QString &folder)
{
    auto round = RoundRepository(db).load();
    if (!round)
        return round.error();
    auto vote = VoteResult::count(db);
    if (!vote)
        return vote.error();
    // Who gets a letter is known before anything is written: a refusal leaves no folder.
    QList<qint64> asked;
    FollowupRepository followup(db);
    for (qint64 id : vote->finalists) {
        auto questions = followup.questions(id);
        if (!questions)
            return questions.error();
        if (!questions->isEmpty())
            asked << id;
    }
    if (asked.isEmpty())
        return Error(Tr::tr("No finalist has any approved follow-up question yet."));
    if (!QDir().mkpath(folder))
        return Error(Tr::tr("The folder cannot be created."), folder);
    QStringList files;
    for (qint64 id : std::as_const(asked)) {
        auto html = questionLetterHtml(db, id);
        if (!html)
            return html.error();
        QString name = Tr::tr("Questions to %1").arg(vote->municipality.value(id));
        const QString path = QDir(folder).filePath(name + QStringLiteral(".pdf"));
        PdfOptions o;
        o.title = Tr::tr("Follow-up questions – %1").arg(awardYear(round.value()));
        o.author = round->settings.organiserContact;
        o.subject = Tr::tr("Follow-up questions to %1").arg(vote->municipality.value(id));
        o.creator = creator();
        o.pageLabel = Tr::tr("Page %1 of %2");
        o.footer = round->settings.organiserContact;
        o.language = QLocale().name().left(2);
        if (auto r = PdfWriter::write(path, html.value(), o); !r)
            return r.error();
        files << path;
    }
    return files;
}

} // namespace Documents
