#include "voteround.h"

#include "testsupport.h"

#include "import/applicationimporter.h"
#include "reference/municipalityregistry.h"
#include "screening/finalistrepository.h"
#include "screening/workrepository.h"
#include "storage/applicationrepository.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "vote/ballotrepository.h"

#include <QDir>
#include <QFileInfo>

#include <optional>

namespace TestSupport {

const QString VoteRound::Chair = QStringLiteral("Åsa Öberg");
const QString VoteRound::Recused = QStringLiteral("Karin Ekdahl");
const QString VoteRound::Contact
    = QStringLiteral("Lena Berg, Vitalis – lena.berg@vitalis.example, 031-123 45 67");

QStringList VoteRound::jurorNames()
{
    return {Chair, Recused, QStringLiteral("Erik Lind"), QStringLiteral("Maja Holm")};
}

QString VoteRound::letters()
{
    return QStringLiteral("MÖYÄÅ");
}

QString VoteRound::municipality(QChar letter)
{
    static const QHash<QChar, QString> names{
        {u'M', QStringLiteral("Malmö")}, {u'Ö', QStringLiteral("Örebro")},
        {u'Y', QStringLiteral("Ystad")}, {u'Ä', QStringLiteral("Älvdalen")},
        {u'Å', QStringLiteral("Åre")},   {u'L', QStringLiteral("Lund")},
    };
    return names.value(letter);
}

QByteArray VoteRound::applicationsCsv()
{
    return QStringLiteral("Kommun;Titel;Kontaktperson\n"
                          "Malmö stad;Trygghet hela dygnet;Sara Nilsson\n"
                          "Örebro kommun;Välfärdsteknik i vardagen;Johan Ek\n"
                          "Ystads kommun;Läkemedel i rätt tid;Anna Ström\n"
                          "Älvdalens kommun;Vård på distans i fjällen;Per Dahl\n"
                          "Åre kommun;Digital nattillsyn;Lisa Åkesson\n"
                          "Lunds kommun;Öppna data;Olle Holm\n")
        .toUtf8();
}

namespace {

template<typename T> bool ok(const Result<T> &result, const char *what)
{
    if (!result.ok())
        qWarning("VoteRound::create: %s: %s", what, qPrintable(result.error().toString()));
    return result.ok();
}

} // namespace

bool VoteRound::create(const QString &path)
{
    RoundSettings settings;
    settings.award = QStringLiteral("Sveriges eHälsokommun");
    settings.year = 2026;
    settings.prizeSek = 50000;
    settings.finalistCount = 5;
    settings.organiserContact = Contact;
    auto created = Database::create(path, settings);
    if (!ok(created, "create"))
        return false;
    Database &db = *created.value();

    const QStringList organisations
        = {QStringLiteral("Vitalis"), QStringLiteral("SKR"), QStringLiteral("FSS"),
           QStringLiteral("Funktionsrätt Sverige")};
    JurorRepository jurors(db);
    for (int i = 0; i < jurorNames().size(); ++i) {
        if (!ok(jurors.add(jurorNames().at(i), organisations.at(i), i == 0), "juror"))
            return false;
    }
    const QString csv
        = writeFile(QFileInfo(path).absoluteDir().filePath(QStringLiteral("ansökningar.csv")),
                    applicationsCsv());
    ApplicationImporter importer(db, MunicipalityRegistry::builtIn());
    if (!ok(importer.importFile(csv), "import"))
        return false;
    QHash<QString, qint64> apps;
    for (const ApplicationRow &row : ApplicationRepository(db).rows().value())
        apps.insert(row.municipality, row.id);
    if (!ok(RoundRepository(db).setPhase(Phase::Screening), "screening"))
        return false;

    const auto jurorList = jurors.list();
    if (!ok(jurorList, "jurors"))
        return false;
    qint64 erik = 0, karin = 0;
    for (const Juror &j : jurorList.value()) {
        if (j.name == QLatin1String("Erik Lind"))
            erik = j.id;
        if (j.name == Recused)
            karin = j.id;
    }
    WorkRepository work(db);
    if (!ok(work.declareConflict(karin, apps.value(QStringLiteral("Åre")),
                                 QStringLiteral("Anställd i Åre kommun"), false),
            "conflict"))
        return false;
    // Erik's scores set the screening order: Malmö, Örebro, Ystad, Älvdalen, Åre, Lund.
    const QList<QPair<QString, QList<int>>> scores = {
        {QStringLiteral("Malmö"), {5, 5, 5, 5, 5}}, {QStringLiteral("Örebro"), {4, 4, 4, 4, 4}},
        {QStringLiteral("Ystad"), {3, 3, 3, 3, 3}}, {QStringLiteral("Älvdalen"), {3, 3, 3, 3, 2}},
        {QStringLiteral("Åre"), {2, 2, 2, 2, 2}},   {QStringLiteral("Lund"), {1, 1, 1, 1, 1}},
    };
    const QList<Criterion> criteria = CriterionRepository(db).list().value();
    for (const auto &[name, values] : scores) {
        for (int c = 0; c < criteria.size(); ++c) {
            if (!ok(work.setScore(erik, apps.value(name), criteria.at(c).id, values.value(c, 3),
                                  QString()),
                    "score"))
                return false;
        }
    }
    if (!ok(FinalistRepository(db).choose({}, QString()), "finalists"))
        return false;
    return ok(RoundRepository(db).setPhase(Phase::Vote), "vote");
}

std::unique_ptr<VoteRound> VoteRound::open(const QString &path)
{
    auto opened = Database::open(path);
    if (!ok(opened, "open"))
        return {};
    return std::make_unique<VoteRound>(std::move(opened).value());
}

std::unique_ptr<VoteRound> VoteRound::make(const QString &path)
{
    return create(path) ? open(path) : nullptr;
}

VoteRound::VoteRound(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{
    if (!m_db)
        return;
    for (const ApplicationRow &row : ApplicationRepository(*m_db).rows().value())
        m_apps.insert(row.municipality, row.id);
    for (const Juror &j : JurorRepository(*m_db).list().value())
        m_jurors.insert(j.name, j.id);
}

VoteRound::~VoteRound() = default;

QHash<qint64, int> VoteRound::ranks(const QString &spec) const
{
    QHash<qint64, int> ranks;
    const QStringList levels = spec.split(u'>', Qt::SkipEmptyParts);
    for (int rank = 1; rank <= levels.size(); ++rank) {
        for (const QString &letter : levels.at(rank - 1).split(u'=', Qt::SkipEmptyParts))
            ranks.insert(finalist(letter.at(0)), rank);
    }
    return ranks;
}

Result<void> VoteRound::cast(const QStringList &specs)
{
    BallotRepository ballots(*m_db);
    for (int i = 0; i < specs.size(); ++i) {
        if (specs.at(i).isEmpty())
            continue;
        QHash<qint64, std::optional<int>> ballot;
        const QHash<qint64, int> r = ranks(specs.at(i));
        for (auto it = r.cbegin(); it != r.cend(); ++it)
            ballot.insert(it.key(), it.value());
        if (auto stored = ballots.setRanks(juror(jurorNames().at(i)), ballot); !stored)
            return Error(QStringLiteral("%1: %2").arg(jurorNames().at(i), stored.error().message));
    }
    return {};
}

} // namespace TestSupport
