#include "demoround.h"

#include "demotext.h"
#include "import/applicationimporter.h"
#include "import/csvreader.h"
#include "reference/municipalityregistry.h"
#include "storage/database.h"
#include "screening/finalistrepository.h"
#include "screening/workrepository.h"
#include "storage/applicationrepository.h"
#include "storage/criterionrepository.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "text/swedish.h"
#include "vote/ballotrepository.h"
#include "vote/decisionrepository.h"
#include "vote/followuprepository.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextDocument>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoRound)
};

Result<void> writePdf(const QString &path, const QString &html, const QString &title)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Jurybench demo"));
    QTextDocument document;
    document.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 18pt; } h2 { font-size: 13pt; }"
                                                 "body { font-size: 11pt; }"));
    document.setHtml(html);
    document.print(&writer); // lays the text out on the writer's pages at its resolution
    if (!QFile::exists(path))
        return Error(Tr::tr("The demo attachment could not be written."), path);
    return {};
}

struct DemoJuror
{
    const char *name;
    const char *organisation;
    bool chair;
};

// Fictional people from the kinds of organisations that sit on the jury.
const DemoJuror Jurors[] = {
    {"Eva Sjöholm", "Vitalis", true},
    {"Karin Ekdahl", "Sveriges Kommuner och Regioner", false},
    {"Anders Lövgren", "Föreningen Sveriges Socialchefer", false},
    {"Leila Haddad", "Funktionsrätt Sverige", false},
    {"Johan Berglind", "Vårdförbundet", false},
    {"Maja Norrby", "Myndigheten för delaktighet", false},
};

// Screening under way: five of the six jurors have scored most applications, each with a
// leniency of their own; the sixth has not started, so a user can try scoring as her.
Result<void> startScreening(Database &db)
{
    if (auto r = RoundRepository(db).setPhase(Phase::Screening); !r)
        return r;
    auto jurors = JurorRepository(db).list();
    auto criteria = CriterionRepository(db).list();
    auto applications = ApplicationRepository(db).rows();
    if (!jurors || !criteria || !applications)
        return Error(Tr::tr("The demo round could not be read back."));
    WorkRepository work(db);
    QRandomGenerator random(4711);
    const auto uniform = [&random](double lo, double hi) { return lo + random.generateDouble() * (hi - lo); };
    QHash<qint64, double> quality;
    for (const ApplicationRow &a : applications.value())
        quality.insert(a.id, uniform(1.6, 4.7));

    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.error();
    // The juror from a disability organisation once worked for one applicant.
    const Juror &haddad = jurors->at(3);
    const ApplicationRow &conflicted = applications->at(4);
    if (auto r = work.declareConflict(haddad.id, conflicted.id,
                                      QString::fromUtf8("Arbetade i kommunens funktionsstöd 2019–2022 (fiktivt)"),
                                      false);
        !r)
        return r;
    const QStringList remarks = {
        QString::fromUtf8("Tydlig politisk förankring, men resultaten är svagt belagda."),
        QString::fromUtf8("Imponerande för en kommun av den här storleken."),
        QString::fromUtf8("Vill veta mer om hur brukarna har varit delaktiga."),
        QString::fromUtf8("Starkt på infrastruktur, tunnare på kompetens."),
    };
    for (int j = 0; j < 5; ++j) {
        const Juror &juror = jurors->at(j);
        const double leniency = uniform(-0.7, 0.6);
        const double coverage = uniform(0.65, 1.0);
        for (const ApplicationRow &a : applications.value()) {
            if ((juror.id == haddad.id && a.id == conflicted.id) || random.generateDouble() > coverage)
                continue;
            double sum = 0;
            for (const Criterion &c : criteria.value()) {
                const int value = qBound(c.scaleMin,
                                         int(std::lround(quality.value(a.id) + leniency + uniform(-0.9, 0.9))),
                                         c.scaleMax);
                sum += value;
                if (auto r = work.setScore(juror.id, a.id, c.id, value, QString()); !r)
                    return r;
            }
            const double mean = sum / criteria->size();
            const Recommendation recommendation = mean >= 3.9 ? Recommendation::Yes
                                                  : mean >= 3.0 ? Recommendation::Maybe
                                                                : Recommendation::No;
            if (auto r = work.setRecommendation(juror.id, a.id, recommendation); !r)
                return r;
            if (random.bounded(9) == 0) {
                auto r = work.addComment(juror.id, a.id, remarks.at(random.bounded(int(remarks.size()))),
                                         random.bounded(4) != 0);
                if (!r)
                    return r.error();
            }
        }
    }
    return transaction.commit();
}

// Finalists chosen as the scores suggest; the jurors' proposals of follow-up questions,
// the organiser's letters with a reply-by date.
Result<void> startFollowup(Database &db)
{
    auto suggestion = FinalistRepository(db).suggestion();
    if (!suggestion)
        return suggestion.error();
    if (auto r = FinalistRepository(db).choose(suggestion.value(), QString()); !r)
        return r.error();
    if (auto r = RoundRepository(db).setPhase(Phase::Followup); !r)
        return r;
    auto jurors = JurorRepository(db).list();
    if (!jurors)
        return jurors.error();
    const QStringList proposals = {
        QString::fromUtf8("Hur har brukare och anhöriga varit med i utvecklingen?"),
        QString::fromUtf8("Vilka effekter har ni mätt, och hur har ni mätt dem?"),
        QString::fromUtf8("Hur ska arbetet finansieras när projektmedlen tar slut?"),
        QString::fromUtf8("Hur har ni säkrat tillgängligheten för personer med funktionsnedsättning?"),
        QString::fromUtf8("Vad har medarbetarna fått för utbildning och stöd?"),
        QString::fromUtf8("Hur delar ni erfarenheterna med andra kommuner?"),
    };
    FollowupRepository followup(db);
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.error();
    const QString replyBy = QDate(2026, 9, 18).toString(Qt::ISODate);
    for (int f = 0; f < suggestion->size(); ++f) {
        const qint64 finalist = suggestion->at(f);
        QList<QuestionProposal> made;
        for (int j = 0; j < 5; ++j) {
            if ((f + j) % 3 != 0)
                continue;
            auto p = followup.propose(jurors->at(j).id, finalist,
                                      proposals.at((f + j) % proposals.size()));
            if (!p)
                return p.error();
            made << p.value();
        }
        // The first finalists' proposals are approved; the last ones wait for the organiser.
        if (f >= 3)
            continue;
        for (const QuestionProposal &p : std::as_const(made))
            if (auto q = followup.addQuestion(finalist, p.text, {p.uuid}); !q)
                return q.error();
        if (auto q = followup.addQuestion(finalist, proposals.at((f + 5) % proposals.size())); !q)
            return q.error();
        if (auto r = followup.setReplyBy(finalist, replyBy); !r)
            return r;
    }
    return transaction.commit();
}

// Answers from the finalists that were asked, then five of the six jurors' ballots.
Result<void> startVote(Database &db)
{
    auto vote = VoteResult::count(db);
    if (!vote)
        return vote.error();
    FollowupRepository followup(db);
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.error();
    for (int f = 0; f < vote->finalists.size(); ++f) {
        const qint64 finalist = vote->finalists.at(f);
        auto questions = followup.questions(finalist);
        if (!questions)
            return questions.error();
        if (questions->isEmpty())
            continue;
        QStringList lines;
        for (int i = 0; i < questions->size(); ++i)
            lines << QString::fromUtf8("%1. Svar på fråga %1 från %2 (fiktivt): arbetet har följts upp "
                                       "kvartalsvis, och brukarnas synpunkter har lett till tre ändringar.")
                         .arg(i + 1)
                         .arg(vote->municipality.value(finalist));
        if (auto r = followup.recordAnswer(finalist, 0, lines.join(QStringLiteral("\n\n")), QString(), QByteArray(),
                                           QDate(2026, 9, 15 + f).toString(Qt::ISODate));
            !r)
            return r;
    }
    if (auto r = RoundRepository(db).setPhase(Phase::Vote); !r)
        return r;
    auto jurors = JurorRepository(db).list();
    if (!jurors)
        return jurors.error();
    // Rankings by position in the screening order: mostly agreeing, not all alike.
    const QList<QList<int>> rankings = {{1, 2, 3, 4, 5}, {2, 1, 3, 5, 4}, {1, 3, 2, 4, 5},
                                        {1, 2, 4, 3, 5}, {3, 1, 2, 5, 4}};
    BallotRepository ballots(db);
    for (int j = 0; j < 5 && j < jurors->size(); ++j) {
        QHash<qint64, std::optional<int>> ranks;
        for (int f = 0; f < vote->finalists.size() && f < 5; ++f)
            ranks.insert(vote->finalists.at(f), rankings.at(j).at(f));
        if (auto r = ballots.setRanks(jurors->at(j).id, ranks); !r)
            return r;
    }
    return transaction.commit();
}

// The last ballot, the decision with its motivation, and the round locked.
Result<void> decide(Database &db)
{
    auto vote = VoteResult::count(db);
    auto jurors = JurorRepository(db).list();
    if (!vote || !jurors)
        return Error(Tr::tr("The demo round could not be read back."));
    if (jurors->size() >= 6) {
        QHash<qint64, std::optional<int>> ranks;
        for (int f = 0; f < vote->finalists.size(); ++f)
            ranks.insert(vote->finalists.at(f), f + 1);
        if (auto r = BallotRepository(db).setRanks(jurors->at(5).id, ranks); !r)
            return r;
        vote = VoteResult::count(db);
        if (!vote)
            return vote.error();
    }
    const QList<qint64> winners = vote->tally.winners();
    if (winners.isEmpty())
        return Error(Tr::tr("The demo round could not be read back."));
    const QString winner = vote->municipality.value(winners.first());
    const QString motivation = QString::fromUtf8(
        "%1 får utmärkelsen för ett långsiktigt och modigt arbete med digitala tjänster som har gått "
        "från försök till vardag i hela vården och omsorgen. Juryn vill särskilt lyfta fram hur kommunen "
        "har involverat brukare, anhöriga och medarbetare i varje steg, och hur tryggheten för den "
        "enskilde har fått styra tekniken och inte tvärtom. Arbetet vilar på en tydlig ledning, en "
        "genomtänkt finansiering och en uppföljning som visar att väntetider och oro har minskat. "
        "Kommunen delar generöst med sig av sina erfarenheter och är en förebild för kommuner i hela "
        "landet. (Fiktiv motivering i demo-omgången.)")
                                   .arg(winner);
    DecisionRepository decisions(db);
    for (qint64 id : vote->finalists) {
        if (id == winners.first())
            continue;
        if (auto r = decisions.setFinalistMotivation(
                id, QString::fromUtf8("%1 visar hur en kommun kan bygga digitala tjänster tillsammans med "
                                      "dem som använder dem. (Fiktiv motivering.)")
                        .arg(vote->municipality.value(id)));
            !r)
            return r;
    }
    auto decided = decisions.decide(winners.size() > 1 ? std::optional<qint64>(winners.first()) : std::nullopt,
                                    motivation, QDate(2026, 10, 2).toString(Qt::ISODate),
                                    QString::fromUtf8("Stockholm"));
    if (!decided)
        return decided.error();
    return {};
}

} // namespace

namespace DemoRound {

Result<void> advance(Database &db, Phase stage)
{
    auto round = RoundRepository(db).load();
    if (!round)
        return round.error();
    if (round->phase < Phase::Followup && stage >= Phase::Followup)
        if (auto r = startFollowup(db); !r)
            return r;
    if (round->phase < Phase::Vote && stage >= Phase::Vote)
        if (auto r = startVote(db); !r)
            return r;
    if (round->phase < Phase::Decided && stage >= Phase::Decided)
        if (auto r = decide(db); !r)
            return r;
    return {};
}

int applicationCount()
{
    return int(DemoText::applicants().size());
}

Result<void> write(const QString &path, Phase stage)
{
    if (QFile::exists(path))
        return Error(Tr::tr("The file already exists; choose another name."), path);
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error(Tr::tr("A temporary folder for the demo could not be created."));

    DemoText text(20260512);
    const QStringList headings = DemoText::sectionHeadings();
    QStringList header = {QStringLiteral("Kommun"), QStringLiteral("Titel"),
                          QStringLiteral("Sammanfattning"), QStringLiteral("Kontaktperson"),
                          QStringLiteral("E-post"), QStringLiteral("Inskickad")};
    header << headings << QStringLiteral("Bilagor");

    QString csv = CsvReader::formatRecord(header, u';');
    int index = 0;
    for (const DemoText::Applicant &applicant : DemoText::applicants()) {
        const int verbosity = text.bounded(1, 4);
        const QString contact = text.contactName();
        QString mailbox = Swedish::fold(contact);
        mailbox.replace(QLatin1Char(' '), QLatin1Char('.'));
        QStringList row = {applicant.written, text.title(applicant.name),
                           text.summary(applicant.name), contact,
                           mailbox + QStringLiteral("@kommun.example"), text.submitted()};
        for (int s = 0; s < headings.size(); ++s)
            row << text.section(s, applicant.name, verbosity);

        // Every third application attaches an action plan, every fifth a follow-up.
        const struct
        {
            bool attached;
            QString name;
            QString html;
            QString title;
        } documents[] = {
            {index % 3 == 0, QStringLiteral("handlingsplan-%1.pdf").arg(index + 1),
             text.actionPlanHtml(applicant.name), QString::fromUtf8("Handlingsplan för e-hälsa")},
            {index % 5 == 1, QStringLiteral("uppfoljning-%1.pdf").arg(index + 1),
             text.followUpHtml(applicant.name), QString::fromUtf8("Uppföljning av välfärdsteknik")},
        };
        QStringList attachments;
        for (const auto &document : documents) {
            if (!document.attached)
                continue;
            if (auto r = writePdf(folder.filePath(document.name), document.html, document.title); !r)
                return r;
            attachments << document.name;
        }
        row << attachments.join(QLatin1Char('|'));
        csv += CsvReader::formatRecord(row, u';');
        ++index;
    }

    const QString csvPath = folder.filePath(QStringLiteral("ansokningar.csv"));
    QFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0)
        return Error(Tr::tr("The demo applications could not be written."), csvPath);
    file.close();

    RoundSettings settings;
    settings.award = QString::fromUtf8("Sveriges eHälsokommun (demo)");
    settings.year = 2026;
    settings.prizeSek = 50000;
    settings.finalistCount = 5;
    settings.organiserContact =
        QString::fromUtf8("Juryns sekretariat, Vitalis (fiktiv kontakt), jury@vitalis.example");
    // Written beside the target and renamed at the end, so a failure leaves no half round.
    const QString partial = path + QStringLiteral(".part");
    const auto removePartial = [&partial] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
    };
    removePartial();
    {
        auto created = Database::create(partial, settings);
        if (!created)
            return created.error();
        Database &db = *created.value();
        JurorRepository jurors(db);
        for (const DemoJuror &j : Jurors) {
            auto added = jurors.add(QString::fromUtf8(j.name), QString::fromUtf8(j.organisation),
                                    j.chair);
            if (!added) {
                created.value().reset();
                removePartial();
                return added.error();
            }
        }
        ApplicationImporter importer(db, MunicipalityRegistry::builtIn());
        auto imported = importer.importFile(csvPath, folder.path());
        Result<void> screened = imported ? startScreening(db) : Result<void>(imported.error());
        if (screened)
            screened = advance(db, stage);
        if (!screened) {
            created.value().reset();
            removePartial();
            return screened.error();
        }
    }
    if (!QFile::rename(partial, path)) {
        removePartial();
        return Error(Tr::tr("The demo round could not be saved."), path);
    }
    return {};
}

} // namespace DemoRound
