#include "demoround.h"

#include "demotext.h"
#include "import/applicationimporter.h"
#include "import/csvreader.h"
#include "reference/municipalityregistry.h"
#include "storage/database.h"
#include "screening/workrepository.h"
#include "storage/applicationrepository.h"
#include "storage/criterionrepository.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "text/swedish.h"

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

} // namespace

namespace DemoRound {

int applicationCount()
{
    return int(DemoText::applicants().size());
}

Result<void> write(const QString &path)
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
