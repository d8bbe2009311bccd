#include "fuzzround.h"

#include "import/applicationimporter.h"
#include "reference/municipalityregistry.h"
#include "screening/screening.h"
#include "screening/workrepository.h"
#include "storage/applicationrepository.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace FuzzRound {

namespace {

// Qt's warnings would drown libFuzzer's output and slow every run; fatal ones still abort.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::abort();
    }
}

// A one-page PDF showing @p text in a standard font, written by hand: no font machinery of
// Qt is started (its caches would show up as leaks in every run), pdfium reads it as it is.
QByteArray pdf(const QByteArray &text)
{
    const QByteArray content = "BT /F1 24 Tf 72 720 Td (" + text + ") Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
            + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray bytes = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << bytes.size();
        bytes += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = bytes.size();
    bytes += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        bytes += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    bytes += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\n";
    bytes += "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return bytes;
}

template<typename T> T need(Result<T> result, const char *what)
{
    if (!result)
        violated(what, result.error().toString());
    return std::move(result).value();
}

void need(const Result<void> &result, const char *what)
{
    if (!result)
        violated(what, result.error().toString());
}

Round build()
{
    static int argc = 1;
    static char name[] = "jurybench-fuzz";
    static char *argv[] = {name, nullptr};
    qInstallMessageHandler(quietMessages);
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    if (!dir.isValid())
        violated("set-up", QStringLiteral("no temporary folder"));

    // The attachments must be readable PDFs, or every input naming them stops at the same error.
    const auto text = ApplicationImporter::pdfText(pdf("Handlingsplan"));
    if (!text || !text.value().contains(QStringLiteral("Handlingsplan")))
        violated("set-up", QStringLiteral("the generated PDF does not read back"));

    Round r;
    r.folder = dir.path();
    r.attachments = dir.filePath(QStringLiteral("bilagor-rot"));
    write(r.attachments + QStringLiteral("/plan.pdf"), pdf("Handlingsplan"));
    write(r.attachments + QStringLiteral("/bilagor/resultat.pdf"), pdf("Resultat"));
    write(r.attachments + QStringLiteral("/inte-pdf.pdf"), "Kommun;Titel\nLund;A\n");
    write(r.attachments + QStringLiteral("/tom.pdf"), QByteArray());
    write(r.attachments + QStringLiteral("/trasig.pdf"), pdf("Trasig").left(200));
    QDir().mkpath(r.attachments + QStringLiteral("/mapp.pdf"));
    write(dir.filePath(QStringLiteral("hemlig.txt")), "hemligt");
    QFile::link(dir.filePath(QStringLiteral("hemlig.txt")),
                r.attachments + QStringLiteral("/lank.pdf"));

    RoundSettings settings;
    settings.award = QStringLiteral("Fuzzpriset");
    settings.year = 2026;
    r.db = need(Database::create(dir.filePath(QStringLiteral("fuzz.jury")), settings), "create");
    JurorRepository jurors(*r.db);
    for (const char *juror : {"J1", "J2", "J3"})
        need(jurors.add(QString::fromLatin1(juror), QStringLiteral("Jury"), false), "juror");
    r.juror = need(jurors.list(), "jurors").first().id;
    const QString csv = dir.filePath(QStringLiteral("ansokningar.csv"));
    write(csv, QStringLiteral("Kommun;Titel\nLund;A\nUmeå;B\nKiruna;C\nÅre;D\nMalmö;E\n").toUtf8());
    need(ApplicationImporter(*r.db, MunicipalityRegistry::builtIn()).importFile(csv), "import");
    need(RoundRepository(*r.db).setPhase(Phase::Screening), "phase");
    const QHash<QString, QByteArray> placeholders = {{QStringLiteral("Lund"), "{lund}"},
                                                     {QStringLiteral("Umeå"), "{umea}"},
                                                     {QStringLiteral("Kiruna"), "{kiruna}"},
                                                     {QStringLiteral("Åre"), "{are}"},
                                                     {QStringLiteral("Malmö"), "{malmo}"}};
    for (const ApplicationRow &row : need(ApplicationRepository(*r.db).rows(), "rows")) {
        r.ids.insert(placeholders.value(row.municipality), uuidText(row.uuid).toLatin1());
        if (row.municipality == QStringLiteral("Åre"))
            need(WorkRepository(*r.db).declareConflict(r.juror, row.id, QStringLiteral("Jäv"),
                                                       false),
                 "conflict");
    }
    return r;
}

} // namespace

Round &round()
{
    static Round r = build();
    return r;
}

void violated(const char *what, const QString &detail)
{
    std::fprintf(stderr, "invariant violated (%s): %s\n", what, qPrintable(detail));
    std::abort();
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        violated("set-up", QStringLiteral("cannot write ") + path);
}

QString work(Database &db, qint64 juror)
{
    WorkRepository repository(db);
    QStringList lines;
    auto rows = ApplicationRepository(db).rows();
    if (!rows)
        violated("rows", rows.error().toString());
    for (const ApplicationRow &a : rows.value()) {
        auto scores = repository.scores(juror, a.id);
        auto recommendation = repository.recommendation(juror, a.id);
        auto conflict = repository.conflict(juror, a.id);
        auto comments = repository.comments(Viewer::juror(juror), a.id);
        if (!scores || !recommendation || !conflict || !comments)
            violated("work", QStringLiteral("cannot read the juror's work"));
        for (const Score &s : scores.value())
            lines << QStringLiteral("s %1 %2 %3")
                         .arg(uuidText(s.uuid))
                         .arg(s.value.value_or(-1))
                         .arg(s.version);
        lines << QStringLiteral("r %1 %2").arg(a.id).arg(
            recommendation.value() ? int(*recommendation.value()) : -1);
        lines << QStringLiteral("k %1 %2").arg(a.id).arg(conflict.value() ? conflict.value()->reason
                                                                          : QString());
        for (const Comment &c : comments.value())
            lines << QStringLiteral("c %1 %2 %3").arg(uuidText(c.uuid)).arg(c.version).arg(c.body);
    }
    lines.sort();
    return lines.join(u'\n');
}

} // namespace FuzzRound

// For every target linking this library: the round is built before the first input, so that
// its cost does not count against the first one.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzRound::round();
    return 0;
}
