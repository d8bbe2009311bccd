#include "demoround.h"

#include "demotext.h"
#include "import/applicationimporter.h"
#include "import/csvreader.h"
#include "reference/municipalityregistry.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"

#include <QDir>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
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
        QString mailbox = contact.toLower();
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
        if (!imported) {
            created.value().reset();
            removePartial();
            return imported.error();
        }
    }
    if (!QFile::rename(partial, path)) {
        removePartial();
        return Error(Tr::tr("The demo round could not be saved."), path);
    }
    return {};
}

} // namespace DemoRound
