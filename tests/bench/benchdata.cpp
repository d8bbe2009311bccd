#include "benchdata.h"

#include "demo/demoround.h"
#include "exchange/returnfile.h"
#include "exchange/worktables.h"
#include "reference/municipalityregistry.h"
#include "screening/screening.h"
#include "storage/applicationrepository.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace {

constexpr int SectionsPerApplication = 5;
constexpr int WordsPerSection = 300;
constexpr int ApplicationsPerTransaction = 500;

// Everyday words of an application about digital welfare, most frequent first.
const char *const CommonWords[] = {
    "och", "att", "i", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har",
    "de", "inte", "om", "ett", "vi", "kan", "vår", "våra", "under", "genom", "också", "mer",
    "alla", "efter", "varje", "där", "nu", "sedan", "så", "vid", "från", "hur", "när", "kommunen",
    "arbetet", "brukare", "medarbetare", "verksamheten", "digitala", "tjänster", "vård",
    "omsorg", "trygghet", "digital", "invånare", "anhöriga", "stöd", "utveckling", "ledning",
    "samverkan", "resultat", "uppföljning", "kompetens", "användning", "infrastruktur",
    "hemtjänst", "äldreomsorg", "socialtjänst", "funktionsstöd", "tekniken", "lösningar",
    "förvaltningen", "nämnden", "projektet", "införandet", "arbetssätt", "behov", "delaktighet",
    "självständighet", "tillgänglighet", "säkerhet", "information", "system", "nätverk",
    "utbildning", "chefer", "politiken", "strategi", "budget", "effekter", "kvalitet", "tid",
    "år", "månader", "veckor", "dygnet", "natten", "hemma", "boende", "personal", "team",
    "frågor", "erfarenheter", "kunskap", "förändring", "planering", "resurser", "kostnader",
    "besparing", "tryggare", "enklare", "snabbare", "bättre", "nya", "fler", "färre", "stora",
    "små", "viktigt", "tydlig", "gemensam", "långsiktig", "lokala", "regionala", "nationella",
    "började", "införde", "utvecklade", "testade", "mätte", "följde", "visade", "minskade",
    "ökade", "förbättrade", "skapade", "byggde", "ledde", "valde", "använder", "arbetar",
    "erbjuder", "behöver", "fortsätter", "planerar", "sprider", "delar", "lär", "ser",
};

// Stems that make the compounds of the rarer vocabulary ("vårdplan", "nattillsyn", …).
const char *const Heads[] = {
    "vård", "omsorg", "natt", "hem", "trygghet", "läkemedel", "larm", "kamera", "sensor",
    "digital", "e", "video", "distans", "besök", "tillsyn", "rehab", "hälso", "social",
    "välfärd", "brukar", "anhörig", "personal", "kompetens", "informations", "säkerhets",
    "nät", "bredband", "platta", "app", "robot", "kommun", "region", "skol", "fritids", "kultur",
    "arbets", "utbildnings", "lednings", "budget", "kvalitets", "mål", "planerings", "system",
    "journal", "data", "tjänste", "stöd", "demens", "äldre", "bostads", "transport", "mat",
    "medicin", "dosett", "signal", "samtal", "chatt", "skärm", "klock", "sömn",
};
const char *const Tails[] = {
    "plan", "tjänst", "lösning", "arbete", "stöd", "system", "team", "grupp", "möte", "kedja",
    "process", "modell", "projekt", "satsning", "nätverk", "verktyg", "användning", "utveckling",
    "uppföljning", "ansvar", "samverkan", "strategi", "program", "rutin", "kontroll", "kvalitet",
    "säkerhet", "förmåga", "behov", "resurs", "insats", "besök", "tillsyn", "larm", "flöde",
    "plattform", "data", "register", "portal", "enhet", "central", "kompetens", "utbildning",
    "ledning", "styrning", "budget", "mål", "resultat", "effekt", "kostnad",
};

const char *const Headings[] = {
    "Bakgrund och syfte", "Så har vi arbetat", "Delaktighet och brukarnas röst",
    "Resultat och effekter", "Lärdomar och spridning", "Ledning och styrning",
    "Teknik och infrastruktur", "Kompetens och arbetssätt",
};

const char *const JurorNames[] = {
    "Eva Sjöholm", "Karin Ekdahl", "Anders Lövgren", "Leila Haddad", "Johan Berglind",
    "Maja Norrby", "Per Holmqvist", "Sara Lindqvist", "Omar Nasser", "Ingrid Wallin",
    "Mikael Åberg", "Hanna Strömberg",
};

/// The vocabulary with Zipf-like weights: the common words, then the compounds.
class Vocabulary
{
public:
    Vocabulary()
    {
        for (const char *word : CommonWords)
            m_words << QString::fromUtf8(word);
        for (const char *tail : Tails)
            for (const char *head : Heads)
                m_words << QString::fromUtf8(head) + QString::fromUtf8(tail);
        double total = 0;
        for (int i = 0; i < m_words.size(); ++i) {
            total += 1.0 / std::pow(i + 2.0, 1.05);
            m_cumulative.push_back(total);
        }
        for (double &c : m_cumulative)
            c /= total;
    }

    const QString &pick(QRandomGenerator &random) const
    {
        const double r = random.generateDouble();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r);
        return m_words.at(std::min<qsizetype>(it - m_cumulative.begin(), m_words.size() - 1));
    }

    const QStringList &words() const { return m_words; }

private:
    QStringList m_words;
    std::vector<double> m_cumulative;
};

const Vocabulary &vocabulary()
{
    static const Vocabulary v;
    return v;
}

QString text(QRandomGenerator &random, int words)
{
    QString out;
    out.reserve(words * 9);
    int sentence = 0;
    for (int i = 0; i < words; ++i) {
        QString word = vocabulary().pick(random);
        if (sentence == 0)
            word[0] = word[0].toUpper();
        else
            out += QLatin1Char(' ');
        out += word;
        ++sentence;
        if (sentence >= 8 && (random.bounded(8) == 0 || sentence >= 20 || i == words - 1)) {
            out += QStringLiteral(". ");
            sentence = 0;
        } else if (i == words - 1) {
            out += QLatin1Char('.');
        }
    }
    return out.trimmed();
}

ApplicationDraft draft(QRandomGenerator &random, int index, const QList<Municipality> &places)
{
    const Municipality &m = places.at(random.bounded(int(places.size())));
    ApplicationDraft d;
    d.importKey = QStringLiteral("bench-%1").arg(index, 6, 10, QLatin1Char('0'));
    d.municipalityCode = m.code;
    d.applicant = m.name;
    QString title = text(random, 6);
    title.chop(1);
    d.title = title;
    d.summary = text(random, 40);
    d.contactName = QString::fromUtf8(JurorNames[random.bounded(int(std::size(JurorNames)))]);
    d.contactEmail = QStringLiteral("kontakt%1@example.se").arg(index);
    d.submitted = QStringLiteral("2026-03-%1").arg(1 + random.bounded(28), 2, 10, QLatin1Char('0'));
    const int first = random.bounded(int(std::size(Headings)));
    for (int s = 0; s < SectionsPerApplication; ++s)
        d.sections.append({QString::fromUtf8(Headings[(first + s) % std::size(Headings)]),
                           text(random, WordsPerSection)});
    return d;
}

Error failed(const QString &what, const Error &error)
{
    return Error(QStringLiteral("%1: %2").arg(what, error.toString()));
}

// The organiser's round: jurors, the five default criteria, the applications, screening.
Result<void> writeBase(const QString &path, int size, QRandomGenerator &random)
{
    RoundSettings settings;
    settings.award = QStringLiteral("Benchmarkpriset");
    settings.year = 2026;
    settings.finalistCount = 5;
    auto created = Database::create(path, settings);
    if (!created)
        return failed(QStringLiteral("create"), created.error());
    Database &db = *created.value();
    JurorRepository jurors(db);
    for (int j = 0; j < BenchData::Jurors; ++j) {
        if (auto r = jurors.add(QString::fromUtf8(JurorNames[j]), QStringLiteral("Juryn"), j == 0); !r)
            return failed(QStringLiteral("juror"), r.error());
    }
    auto round = RoundRepository(db).load();
    if (!round)
        return round.error();
    const QList<Municipality> places = MunicipalityRegistry::builtIn().all();
    ApplicationRepository applications(db);
    for (int first = 0; first < size; first += ApplicationsPerTransaction) {
        Transaction transaction(db);
        if (!transaction.ok())
            return transaction.error();
        for (int i = first; i < std::min(size, first + ApplicationsPerTransaction); ++i) {
            if (auto r = applications.upsert(draft(random, i, places), round->uuid); !r)
                return failed(QStringLiteral("application"), r.error());
        }
        if (auto r = transaction.commit(); !r)
            return r;
    }
    if (auto r = RoundRepository(db).setPhase(Phase::Screening); !r)
        return failed(QStringLiteral("phase"), r.error());
    return {};
}

// One juror's work as a return file carries it: every application scored on every
// criterion with a recommendation, comments on about a tenth.
QJsonObject work(QRandomGenerator &random, const Juror &juror, const QList<ApplicationRow> &apps,
                 const QList<Criterion> &criteria, const QHash<qint64, double> &quality,
                 const QString &at)
{
    const QString jurorText = uuidText(juror.uuid);
    const double leniency = -0.6 + random.generateDouble() * 1.2;
    QJsonArray scores, recommendations, comments;
    for (const ApplicationRow &a : apps) {
        const QString application = uuidText(a.uuid);
        double sum = 0;
        for (const Criterion &c : criteria) {
            const double noise = -0.9 + random.generateDouble() * 1.8;
            const int value = qBound(c.scaleMin, int(std::lround(quality.value(a.id) + leniency + noise)),
                                     c.scaleMax);
            sum += value;
            scores.append(QJsonObject{
                {QStringLiteral("uuid"), uuidText(WorkIds::score(juror.uuid, a.uuid, c.uuid))},
                {QStringLiteral("juror"), jurorText},
                {QStringLiteral("application"), application},
                {QStringLiteral("criterion"), uuidText(c.uuid)},
                {QStringLiteral("value"), value},
                {QStringLiteral("note"), QString()},
                {QStringLiteral("version"), 1},
                {QStringLiteral("updated_at"), at},
            });
        }
        const double mean = sum / criteria.size();
        recommendations.append(QJsonObject{
            {QStringLiteral("uuid"), uuidText(WorkIds::recommendation(juror.uuid, a.uuid))},
            {QStringLiteral("juror"), jurorText},
            {QStringLiteral("application"), application},
            {QStringLiteral("value"), mean >= 3.9 ? QStringLiteral("ja")
                                      : mean >= 3.0 ? QStringLiteral("kanske")
                                                    : QStringLiteral("nej")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("updated_at"), at},
        });
        if (random.bounded(10) == 0) {
            comments.append(QJsonObject{
                {QStringLiteral("uuid"), uuidText(QUuid::createUuid())},
                {QStringLiteral("juror"), jurorText},
                {QStringLiteral("application"), application},
                {QStringLiteral("body"), text(random, 25)},
                {QStringLiteral("shared"), random.bounded(4) != 0},
                {QStringLiteral("deleted"), false},
                {QStringLiteral("created_at"), at},
                {QStringLiteral("version"), 1},
                {QStringLiteral("updated_at"), at},
            });
        }
    }
    QJsonObject result;
    for (const Exchange::WorkTable &t : Exchange::workTables())
        result.insert(t.kind, QJsonArray());
    result.insert(QStringLiteral("scores"), scores);
    result.insert(QStringLiteral("recommendations"), recommendations);
    result.insert(QStringLiteral("comments"), comments);
    return result;
}

// The jurors' work, written into the round and into each juror's return file.
Result<void> writeWork(const BenchData::Files &files, QRandomGenerator &random)
{
    auto opened = Database::open(files.round);
    if (!opened)
        return opened.error();
    Database &db = *opened.value();
    auto jurors = JurorRepository(db).list();
    auto criteria = CriterionRepository(db).list();
    auto apps = ApplicationRepository(db).rows();
    if (!jurors || !criteria || !apps)
        return Error(QStringLiteral("the generated round cannot be read back"));
    QHash<qint64, double> quality;
    for (const ApplicationRow &a : apps.value())
        quality.insert(a.id, 1.6 + random.generateDouble() * 3.1);
    const QString at = workTimestamp();
    for (int j = 0; j < jurors->size(); ++j) {
        const Juror &juror = jurors->at(j);
        const QJsonObject rows = work(random, juror, apps.value(), criteria.value(), quality, at);
        Transaction transaction(db);
        if (!transaction.ok())
            return transaction.error();
        if (auto r = Exchange::insertWork(db, juror.uuid, rows); !r)
            return failed(QStringLiteral("work"), r.error());
        if (auto r = transaction.commit(); !r)
            return r;
        auto file = ReturnFile::createFor(db, juror.uuid, rows);
        if (!file)
            return failed(QStringLiteral("return file"), file.error());
        QFile out(files.returns.at(j));
        if (!out.open(QIODevice::WriteOnly) || out.write(file.value()) != file->size())
            return Error(QStringLiteral("cannot write %1").arg(out.fileName()));
    }
    return {};
}

} // namespace

namespace BenchData {

Files files(const QString &dataRoot, int size)
{
    Files f;
    f.folder = QDir(dataRoot).filePath(QStringLiteral("v%1/n%2").arg(GeneratorVersion).arg(size));
    const QDir dir(f.folder);
    f.base = dir.filePath(QStringLiteral("base.jury"));
    f.round = dir.filePath(QStringLiteral("round.jury"));
    f.decided = dir.filePath(QStringLiteral("decided.jury"));
    for (int j = 0; j < Jurors; ++j)
        f.returns << dir.filePath(QStringLiteral("juror-%1.juryretur").arg(j + 1, 2, 10, QLatin1Char('0')));
    f.stamp = dir.filePath(QStringLiteral("complete"));
    return f;
}

bool complete(const Files &files)
{
    return QFile::exists(files.stamp);
}

Result<void> generate(const QString &dataRoot, int size)
{
    // Data of other generator versions is stale.
    const QDir root(dataRoot);
    for (const QString &version : root.entryList({QStringLiteral("v*")}, QDir::Dirs)) {
        if (version != QStringLiteral("v%1").arg(GeneratorVersion))
            QDir(root.filePath(version)).removeRecursively();
    }
    const Files f = files(dataRoot, size);
    QDir(f.folder).removeRecursively();
    if (!QDir().mkpath(f.folder))
        return Error(QStringLiteral("cannot create %1").arg(f.folder));
    QRandomGenerator random(quint32(20260 + size));
    if (auto r = writeBase(f.base, size, random); !r)
        return r;
    if (!QFile::copy(f.base, f.round))
        return Error(QStringLiteral("cannot copy %1").arg(f.base));
    if (auto r = writeWork(f, random); !r)
        return r;
    if (!QFile::copy(f.round, f.decided))
        return Error(QStringLiteral("cannot copy %1").arg(f.round));
    {
        auto decided = Database::open(f.decided);
        if (!decided)
            return decided.error();
        if (auto r = DemoRound::advance(*decided.value(), Phase::Decided); !r)
            return failed(QStringLiteral("decision"), r.error());
    }
    QFile stamp(f.stamp);
    if (!stamp.open(QIODevice::WriteOnly))
        return Error(QStringLiteral("cannot write %1").arg(f.stamp));
    stamp.write(QByteArray::number(GeneratorVersion));
    return {};
}

QStringList queries()
{
    // Picked by rank from the vocabulary, so that every size has hits for every query.
    const QStringList &words = vocabulary().words();
    const int common = int(std::size(CommonWords));
    QStringList list;
    for (int i = 0; i < 20; ++i) // frequent content words
        list << words.at(36 + i * 5);
    for (int i = 0; i < 15; ++i) // rarer compounds
        list << words.at(common + 37 * i + 11);
    for (int i = 0; i < 10; ++i) // two words
        list << words.at(40 + i * 7) + QLatin1Char(' ') + words.at(common + 53 * i + 5);
    for (const char *prefix : {"digi", "vårdp", "trygg", "nattl", "kompet"}) // prefixes
        list << QString::fromUtf8(prefix);
    return list;
}

QString typedQuery()
{
    return QStringLiteral("trygghet hemtjänst");
}

} // namespace BenchData
