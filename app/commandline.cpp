#include "commandline.h"

#include "demo/demoround.h"
#include "exchange/package.h"
#include "export/documents.h"
#include "vote/ballotrepository.h"
#include "vote/decisionrepository.h"
#include "vote/followuprepository.h"
#include "exchange/returnfile.h"
#include "import/applicationimporter.h"
#include "reference/municipalityregistry.h"
#include "report/statusreport.h"
#include "screening/finalistrepository.h"
#include "screening/scoringsheet.h"
#include "storage/applicationrepository.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "text/dates.h"
#include "text/textdecoding.h"

#include <algorithm>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

namespace {

// Parses the options of one command; positional arguments stay in positionalArguments().
struct Parsed
{
    QCommandLineParser parser;
    bool ok = false;
    QString error;
};

void parse(Parsed &p, const QStringList &args, const QList<QCommandLineOption> &options)
{
    p.parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.parser.addOptions(options);
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("jurybench"));
    p.ok = p.parser.parse(withProgram);
    if (!p.ok)
        p.error = p.parser.errorText();
}

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double value = QLocale::c().toDouble(text, &ok);
    if (!ok)
        value = QLocale(QLocale::Swedish, QLocale::Sweden).toDouble(text, &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

bool CommandLine::isCommand(const QString &word)
{
    static const QStringList commands = {
        QStringLiteral("demo"),   QStringLiteral("new"),    QStringLiteral("juror"),
        QStringLiteral("criterion"), QStringLiteral("import"), QStringLiteral("status"),
        QStringLiteral("phase"),  QStringLiteral("sheet"),  QStringLiteral("finalists"),
        QStringLiteral("package"), QStringLiteral("return"), QStringLiteral("merge"),
        QStringLiteral("log"),    QStringLiteral("questions"), QStringLiteral("answer"),
        QStringLiteral("tally"),  QStringLiteral("decide"), QStringLiteral("export"),
        QStringLiteral("help"),   QStringLiteral("--help"), QStringLiteral("-h"),
        QStringLiteral("--version"),
    };
    return commands.contains(word);
}

QString CommandLine::usage()
{
    return tr("Usage:\n"
              "  jurybench [FILE]                                   open the window\n"
              "  jurybench demo [--out FILE] [--phase PHASE]        write the demo round\n"
              "  jurybench new FILE --award NAME --year YEAR [--prize SEK] [--finalists N]\n"
              "  jurybench juror add FILE --name NAME --organisation ORG [--chair]\n"
              "  jurybench criterion add FILE --name NAME [--weight W] [--scale MIN-MAX] "
              "[--guidance TEXT]\n"
              "  jurybench import FILE CSV [--attachments DIR]\n"
              "  jurybench status FILE [--json]\n"
              "  jurybench phase FILE preparation|screening|followup|vote|decided\n"
              "  jurybench sheet export FILE --juror ID --out SHEET.csv\n"
              "  jurybench sheet import FILE SHEET.csv --juror ID\n"
              "  jurybench finalists FILE [--pick ID ...] [--reason TEXT]\n"
              "  jurybench package FILE --juror ID --out PKG     (or --all --out FOLDER)\n"
              "  jurybench return PKG --out RETURN\n"
              "  jurybench merge FILE RETURN...\n"
              "  jurybench log FILE\n"
              "  jurybench questions add FILE --finalist ID --text TEXT [--reply-by DATE]\n"
              "  jurybench questions propose FILE --juror ID --finalist ID --text TEXT\n"
              "  jurybench questions letters FILE --out DIR\n"
              "  jurybench answer FILE --finalist ID [--text-file F] [--pdf F] [--received DATE]\n"
              "  jurybench tally FILE [--json]\n"
              "  jurybench decide FILE --motivation-file F [--winner ID] [--date YYYY-MM-DD] "
              "[--place TEXT]\n"
              "  jurybench export decision FILE --out PDF\n"
              "  jurybench export protocol FILE --out PDF|CSV\n"
              "\n"
              "Every command accepts --lang en for English or --lang sv for Swedish.\n");
}

int CommandLine::fail(const QString &message)
{
    m_err << tr("jurybench: error: %1").arg(message) << Qt::endl;
    return Failed;
}

int CommandLine::usageError(const QString &message)
{
    m_err << tr("jurybench: %1").arg(message) << Qt::endl
          << tr("Run “jurybench --help” to see how the commands are written.") << Qt::endl;
    return Usage;
}

int CommandLine::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(tr("No command was given."));
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("help") || command == QLatin1String("--help")
        || command == QLatin1String("-h")) {
        m_out << usage();
        return Ok;
    }
    if (command == QLatin1String("--version")) {
        m_out << QStringLiteral("jurybench %1").arg(QCoreApplication::applicationVersion())
              << Qt::endl;
        return Ok;
    }
    if (command == QLatin1String("demo"))
        return runDemo(rest);
    if (command == QLatin1String("new"))
        return runNew(rest);
    if (command == QLatin1String("juror"))
        return runJuror(rest);
    if (command == QLatin1String("criterion"))
        return runCriterion(rest);
    if (command == QLatin1String("import"))
        return runImport(rest);
    if (command == QLatin1String("status"))
        return runStatus(rest);
    if (command == QLatin1String("phase"))
        return runPhase(rest);
    if (command == QLatin1String("sheet"))
        return runSheet(rest);
    if (command == QLatin1String("finalists"))
        return runFinalists(rest);
    if (command == QLatin1String("package"))
        return runPackage(rest);
    if (command == QLatin1String("return"))
        return runReturn(rest);
    if (command == QLatin1String("merge"))
        return runMerge(rest);
    if (command == QLatin1String("log"))
        return runLog(rest);
    if (command == QLatin1String("questions"))
        return runQuestions(rest);
    if (command == QLatin1String("answer"))
        return runAnswer(rest);
    if (command == QLatin1String("tally"))
        return runTally(rest);
    if (command == QLatin1String("decide"))
        return runDecide(rest);
    if (command == QLatin1String("export"))
        return runExport(rest);
    return usageError(tr("Unknown command “%1”.").arg(command));
}

int CommandLine::runDemo(const QStringList &args)
{
    const QCommandLineOption out(QStringLiteral("out"), tr("Where to write the demo round."),
                                 tr("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace an existing file."));
    const QCommandLineOption phase(QStringLiteral("phase"),
                                   tr("How far the demo has come: screening, followup, vote or decided."),
                                   tr("PHASE"));
    Parsed p;
    parse(p, args, {out, force, phase});
    if (!p.ok)
        return usageError(p.error);
    Phase stage = Phase::Screening;
    if (p.parser.isSet(phase)) {
        const auto chosen = phaseFromKey(p.parser.value(phase));
        if (!chosen || *chosen == Phase::Preparation)
            return usageError(tr("“%1” is not a phase of the demo; write screening, followup, vote or decided.")
                                  .arg(p.parser.value(phase)));
        stage = *chosen;
    }
    if (!p.parser.isSet(out))
        return usageError(tr("demo without --out opens the window."));
    const QString path = p.parser.value(out);
    if (p.parser.isSet(force) && QFileInfo::exists(path)) {
        auto existing = Database::open(path);
        if (!existing)
            return fail(tr("%1 is not a round file, so it is not replaced.")
                            .arg(QFileInfo(path).fileName()));
        existing.value().reset();
        QFile::remove(path);
    }
    if (auto r = DemoRound::write(path, stage); !r)
        return fail(r.error().toString());
    m_out << tr("The demo round was written to %1.").arg(path) << Qt::endl;
    return Ok;
}

int CommandLine::runNew(const QStringList &args)
{
    const QCommandLineOption award(QStringLiteral("award"), tr("The award's name."), tr("NAME"));
    const QCommandLineOption year(QStringLiteral("year"), tr("The year."), tr("YEAR"));
    const QCommandLineOption prize(QStringLiteral("prize"), tr("The prize in kronor."),
                                   tr("SEK"), QStringLiteral("0"));
    const QCommandLineOption finalists(QStringLiteral("finalists"),
                                       tr("How many finalists are chosen."), tr("N"),
                                       QStringLiteral("5"));
    Parsed p;
    parse(p, args, {award, year, prize, finalists});
    if (!p.ok)
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1)
        return usageError(tr("new needs exactly one FILE."));
    if (!p.parser.isSet(award) || !p.parser.isSet(year))
        return usageError(tr("new needs --award and --year."));
    RoundSettings settings;
    settings.award = p.parser.value(award).simplified();
    bool ok = false;
    settings.year = p.parser.value(year).toInt(&ok);
    if (!ok)
        return usageError(tr("--year must be a year, such as 2026."));
    settings.prizeSek = p.parser.value(prize).remove(QLatin1Char(' ')).toLongLong(&ok);
    if (!ok)
        return usageError(tr("--prize must be a whole number of kronor."));
    settings.finalistCount = p.parser.value(finalists).toInt(&ok);
    if (!ok)
        return usageError(tr("--finalists must be a whole number."));
    auto db = Database::create(files.first(), settings);
    if (!db)
        return fail(db.error().toString());
    auto round = RoundRepository(*db.value()).load();
    if (!round)
        return fail(round.error().toString());
    m_out << uuidText(round->uuid) << Qt::endl;
    return Ok;
}

int CommandLine::runJuror(const QStringList &args)
{
    if (args.isEmpty() || args.first() != QLatin1String("add"))
        return usageError(tr("Write “jurybench juror add FILE --name NAME --organisation ORG”."));
    const QCommandLineOption name(QStringLiteral("name"), tr("The juror's name."), tr("NAME"));
    const QCommandLineOption organisation(QStringLiteral("organisation"),
                                          tr("The juror's organisation."), tr("ORG"));
    const QCommandLineOption chair(QStringLiteral("chair"), tr("The juror chairs the jury."));
    Parsed p;
    parse(p, args.mid(1), {name, organisation, chair});
    if (!p.ok)
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1)
        return usageError(tr("juror add needs exactly one FILE."));
    if (!p.parser.isSet(name))
        return usageError(tr("juror add needs --name."));
    auto db = Database::open(files.first());
    if (!db)
        return fail(db.error().toString());
    auto juror = JurorRepository(*db.value())
                     .add(p.parser.value(name), p.parser.value(organisation),
                          p.parser.isSet(chair));
    if (!juror)
        return fail(juror.error().toString());
    m_out << uuidText(juror->uuid) << Qt::endl;
    return Ok;
}

int CommandLine::runCriterion(const QStringList &args)
{
    if (args.isEmpty() || args.first() != QLatin1String("add"))
        return usageError(tr("Write “jurybench criterion add FILE --name NAME”."));
    const QCommandLineOption name(QStringLiteral("name"), tr("The criterion's name."), tr("NAME"));
    const QCommandLineOption weight(QStringLiteral("weight"), tr("Its weight."), tr("W"),
                                    QStringLiteral("1"));
    const QCommandLineOption scale(QStringLiteral("scale"), tr("Its scale."), tr("MIN-MAX"),
                                   QStringLiteral("1-5"));
    const QCommandLineOption guidance(QStringLiteral("guidance"), tr("Guidance for jurors."),
                                      tr("TEXT"));
    Parsed p;
    parse(p, args.mid(1), {name, weight, scale, guidance});
    if (!p.ok)
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1)
        return usageError(tr("criterion add needs exactly one FILE."));
    if (!p.parser.isSet(name))
        return usageError(tr("criterion add needs --name."));
    Criterion c;
    c.name = p.parser.value(name);
    c.guidance = p.parser.value(guidance);
    const auto w = parseNumber(p.parser.value(weight));
    if (!w)
        return usageError(tr("--weight must be a number, such as 1.5."));
    c.weight = *w;
    static const QRegularExpression range(QStringLiteral("^\\s*(-?\\d+)\\s*[-–]\\s*(-?\\d+)\\s*$"));
    const auto m = range.match(p.parser.value(scale));
    if (!m.hasMatch())
        return usageError(tr("--scale must be written MIN-MAX, such as 1-5."));
    c.scaleMin = m.captured(1).toInt();
    c.scaleMax = m.captured(2).toInt();
    auto db = Database::open(files.first());
    if (!db)
        return fail(db.error().toString());
    auto added = CriterionRepository(*db.value()).add(c);
    if (!added)
        return fail(added.error().toString());
    m_out << uuidText(added->uuid) << Qt::endl;
    return Ok;
}

int CommandLine::runImport(const QStringList &args)
{
    const QCommandLineOption attachments(QStringLiteral("attachments"),
                                         tr("The folder with the PDF attachments."), tr("DIR"));
    Parsed p;
    parse(p, args, {attachments});
    if (!p.ok)
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 2)
        return usageError(tr("import needs a round FILE and a CSV file."));
    auto db = Database::open(files.at(0));
    if (!db)
        return fail(db.error().toString());
    ApplicationImporter importer(*db.value(), MunicipalityRegistry::builtIn());
    auto report = importer.importFile(files.at(1), p.parser.value(attachments));
    if (!report)
        return fail(report.error().toString());
    m_out << report->describe() << Qt::endl;
    return Ok;
}

int CommandLine::runStatus(const QStringList &args)
{
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    Parsed p;
    parse(p, args, {json});
    if (!p.ok)
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1)
        return usageError(tr("status needs exactly one FILE."));
    auto db = Database::open(files.first());
    if (!db)
        return fail(db.error().toString());
    auto status = StatusReport::build(*db.value());
    if (!status)
        return fail(status.error().toString());
    if (p.parser.isSet(json)) {
        m_out << QString::fromUtf8(QJsonDocument(status.value()).toJson(QJsonDocument::Indented));
        return Ok;
    }
    const QJsonObject round = status->value(QStringLiteral("round")).toObject();
    const QLocale locale;
    m_out << tr("%1 %2, phase: %3")
                 .arg(round.value(QStringLiteral("award")).toString())
                 .arg(round.value(QStringLiteral("year")).toInt())
                 .arg(phaseTitle(phaseFromKey(round.value(QStringLiteral("phase")).toString())
                                     .value_or(Phase::Preparation)))
          << Qt::endl
          << tr("Prize: %1").arg(locale.toCurrencyString(
                 round.value(QStringLiteral("prize")).toDouble(), tr("kr"), 0))
          << Qt::endl
          << tr("Jury: %n juror(s)", nullptr,
                int(status->value(QStringLiteral("jurors")).toArray().size()))
          << Qt::endl
          << tr("Criteria: %n", nullptr,
                int(status->value(QStringLiteral("criteria")).toArray().size()))
          << Qt::endl
          << tr("Applications: %n", nullptr,
                int(status->value(QStringLiteral("applications")).toArray().size()))
          << Qt::endl;
    return Ok;
}

int CommandLine::runPhase(const QStringList &args)
{
    Parsed p;
    parse(p, args, {});
    if (!p.ok)
        return usageError(p.error);
    const QStringList positional = p.parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(tr("phase needs a FILE and a phase: preparation, screening, followup, "
                             "vote or decided."));
    const auto phase = phaseFromKey(positional.at(1));
    if (!phase)
        return usageError(tr("“%1” is not a phase; write preparation, screening, followup, vote "
                             "or decided.")
                              .arg(positional.at(1)));
    auto db = Database::open(positional.first());
    if (!db)
        return fail(db.error().toString());
    if (auto r = RoundRepository(*db.value()).setPhase(*phase); !r)
        return fail(r.error().toString());
    m_out << tr("The round is now in the phase “%1”.").arg(phaseTitle(*phase)) << Qt::endl;
    return Ok;
}

int CommandLine::runSheet(const QStringList &args)
{
    if (args.isEmpty()
        || (args.first() != QLatin1String("export") && args.first() != QLatin1String("import")))
        return usageError(tr("Write “jurybench sheet export FILE --juror ID --out SHEET.csv” or "
                             "“jurybench sheet import FILE SHEET.csv --juror ID”."));
    const bool exporting = args.first() == QLatin1String("export");
    const QCommandLineOption juror(QStringLiteral("juror"), tr("The juror's id."), tr("ID"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Where to write the sheet."),
                                 tr("SHEET"));
    Parsed p;
    parse(p, args.mid(1), {juror, out});
    if (!p.ok)
        return usageError(p.error);
    const QStringList positional = p.parser.positionalArguments();
    if (!p.parser.isSet(juror))
        return usageError(tr("sheet needs --juror."));
    if (exporting && (positional.size() != 1 || !p.parser.isSet(out)))
        return usageError(tr("sheet export needs a FILE and --out SHEET.csv."));
    if (!exporting && positional.size() != 2)
        return usageError(tr("sheet import needs a FILE and a SHEET.csv."));
    auto db = Database::open(positional.first());
    if (!db)
        return fail(db.error().toString());
    auto found = JurorRepository(*db.value()).find(QUuid(p.parser.value(juror)));
    if (!found)
        return fail(found.error().toString());
    if (exporting) {
        auto sheet = ScoringSheet::exportSheet(*db.value(), found->id);
        if (!sheet)
            return fail(sheet.error().toString());
        QFile file(p.parser.value(out));
        if (!file.open(QIODevice::WriteOnly) || file.write(sheet.value()) != sheet->size())
            return fail(Error(tr("The sheet could not be written: %1").arg(file.errorString()),
                              file.fileName())
                            .toString());
        m_out << tr("The scoring sheet of %1 was written to %2.").arg(found->name, file.fileName())
              << Qt::endl;
        return Ok;
    }
    auto report = ScoringSheet::importSheet(*db.value(), found->id, positional.at(1));
    if (!report)
        return fail(report.error().toString());
    m_out << report->describe() << Qt::endl;
    return Ok;
}

int CommandLine::runFinalists(const QStringList &args)
{
    const QCommandLineOption pick(QStringLiteral("pick"), tr("An application chosen as finalist."),
                                  tr("ID"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    tr("Why the choice differs from the suggestion."), tr("TEXT"));
    // --pick takes one id, but more may follow it: "--pick A B C".
    QStringList normalised;
    bool picking = false;
    for (const QString &arg : args) {
        if (arg.startsWith(QLatin1String("--"))) {
            picking = arg == QLatin1String("--pick");
            normalised << arg;
            continue;
        }
        if (picking && !normalised.isEmpty() && normalised.last() != QLatin1String("--pick"))
            normalised << QStringLiteral("--pick");
        normalised << arg;
    }
    Parsed p;
    parse(p, normalised, {pick, reason});
    if (!p.ok)
        return usageError(p.error);
    const QStringList positional = p.parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(tr("finalists needs exactly one FILE."));
    auto db = Database::open(positional.first());
    if (!db)
        return fail(db.error().toString());
    ApplicationRepository applications(*db.value());
    QList<qint64> ids;
    for (const QString &value : p.parser.values(pick)) {
        for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto found = applications.idForUuid(QUuid(id.trimmed()));
            if (!found)
                return fail(found.error().toString());
            ids << found.value();
        }
    }
    auto choice = FinalistRepository(*db.value()).choose(ids, p.parser.value(reason));
    if (!choice)
        return fail(choice.error().toString());
    for (const QUuid &uuid : choice->chosen)
        m_out << uuidText(uuid) << Qt::endl;
    return Ok;
}

int CommandLine::runPackage(const QStringList &args)
{
    const QCommandLineOption juror(QStringLiteral("juror"), tr("The juror's id."), tr("ID"));
    const QCommandLineOption all(QStringLiteral("all"), tr("A package for every juror."));
    const QCommandLineOption out(QStringLiteral("out"), tr("The package (or, with --all, the folder)."),
                                 tr("PKG"));
    Parsed p;
    parse(p, args, {juror, all, out});
    if (!p.ok)
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1 || !p.parser.isSet(out) || (p.parser.isSet(juror) == p.parser.isSet(all)))
        return usageError(tr("Write “jurybench package FILE --juror ID --out PKG” or "
                             "“jurybench package FILE --all --out FOLDER”."));
    auto db = Database::open(files.first());
    if (!db)
        return fail(db.error().toString());
    QList<Juror> jurors;
    if (p.parser.isSet(all)) {
        auto list = JurorRepository(*db.value()).list();
        if (!list)
            return fail(list.error().toString());
        jurors = list.value();
        QDir().mkpath(p.parser.value(out));
    } else {
        auto found = JurorRepository(*db.value()).find(QUuid(p.parser.value(juror)));
        if (!found)
            return fail(found.error().toString());
        jurors << found.value();
    }
    for (const Juror &j : std::as_const(jurors)) {
        const QString path = p.parser.isSet(all)
                                 ? QDir(p.parser.value(out)).filePath(j.name + QStringLiteral(".jurypaket"))
                                 : p.parser.value(out);
        if (auto r = Package::build(*db.value(), j.uuid, path); !r)
            return fail(r.error().toString());
        m_out << tr("The package of %1 was written to %2.").arg(j.name, path) << Qt::endl;
    }
    return Ok;
}

int CommandLine::runReturn(const QStringList &args)
{
    const QCommandLineOption out(QStringLiteral("out"), tr("Where to write the return file."),
                                 tr("RETURN"));
    Parsed p;
    parse(p, args, {out});
    if (!p.ok)
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1 || !p.parser.isSet(out))
        return usageError(tr("Write “jurybench return PKG --out RETURN”."));
    auto db = Database::open(files.first());
    if (!db)
        return fail(db.error().toString());
    auto bytes = ReturnFile::create(*db.value());
    if (!bytes)
        return fail(bytes.error().toString());
    QFile file(p.parser.value(out));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size())
        return fail(Error(tr("The return file could not be written: %1").arg(file.errorString()),
                          file.fileName())
                        .toString());
    m_out << tr("The return file was written to %1.").arg(file.fileName()) << Qt::endl;
    return Ok;
}

int CommandLine::runMerge(const QStringList &args)
{
    Parsed p;
    parse(p, args, {});
    if (!p.ok)
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() < 2)
        return usageError(tr("merge needs the round FILE and at least one return file."));
    auto db = Database::open(files.first());
    if (!db)
        return fail(db.error().toString());
    auto results = Merger(*db.value()).merge(files.mid(1));
    if (!results)
        return fail(results.error().toString());
    bool refused = false;
    for (const MergeResult &r : results.value()) {
        const QString who = r.jurorName.isEmpty() ? tr("unknown juror") : r.jurorName;
        if (r.merged()) {
            m_out << tr("%1 (%2): %3 added, %4 updated, %5 unchanged, %6 refused.")
                         .arg(QFileInfo(r.file).fileName(), who)
                         .arg(r.counts.added)
                         .arg(r.counts.updated)
                         .arg(r.counts.unchanged)
                         .arg(r.counts.refused)
                  << Qt::endl;
        } else {
            refused = true;
            m_err << tr("jurybench: refused: %1").arg(r.refusal->toString()) << Qt::endl;
        }
    }
    return refused ? Failed : Ok;
}

int CommandLine::runLog(const QStringList &args)
{
    Parsed p;
    parse(p, args, {});
    if (!p.ok)
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1)
        return usageError(tr("log needs exactly one FILE."));
    auto db = Database::open(files.first());
    if (!db)
        return fail(db.error().toString());
    auto log = Merger(*db.value()).log();
    if (!log)
        return fail(log.error().toString());
    for (const Merger::LogEntry &e : log.value()) {
        m_out << tr("%1  %2  %3  added %4, updated %5, unchanged %6  SHA-256 %7")
                     .arg(e.mergedAt, e.jurorName, e.fileName)
                     .arg(e.counts.added)
                     .arg(e.counts.updated)
                     .arg(e.counts.unchanged)
                     .arg(e.sha256)
              << Qt::endl;
    }
    return Ok;
}

namespace {

Result<QString> readText(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error(CommandLine::tr("The file does not exist."), path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(CommandLine::tr("The file cannot be read: %1").arg(file.errorString()), path);
    return TextDecoding::decode(file.readAll()).text;
}

Result<qint64> applicationNamed(Database &db, const QString &id)
{
    return ApplicationRepository(db).idForUuid(QUuid(id));
}

} // namespace

int CommandLine::runQuestions(const QStringList &args)
{
    const QString action = args.value(0);
    const QCommandLineOption finalist(QStringLiteral("finalist"), tr("The finalist's id."), tr("ID"));
    const QCommandLineOption text(QStringLiteral("text"), tr("The question."), tr("TEXT"));
    const QCommandLineOption replyBy(QStringLiteral("reply-by"), tr("The date to answer by."), tr("DATE"));
    const QCommandLineOption juror(QStringLiteral("juror"), tr("The juror's id."), tr("ID"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The folder for the letters."), tr("DIR"));
    Parsed p;
    parse(p, args.mid(1), {finalist, text, replyBy, juror, out});
    if (!p.ok)
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1 || (action != QLatin1String("add") && action != QLatin1String("propose")
                              && action != QLatin1String("letters")))
        return usageError(tr("Write “jurybench questions add|propose|letters FILE …”."));
    auto db = Database::open(files.first());
    if (!db)
        return fail(db.error().toString());
    FollowupRepository followup(*db.value());
    if (action == QLatin1String("letters")) {
        if (!p.parser.isSet(out))
            return usageError(tr("questions letters needs --out DIR."));
        auto letters = Documents::exportQuestionLetters(*db.value(), p.parser.value(out));
        if (!letters)
            return fail(letters.error().toString());
        for (const QString &file : letters.value())
            m_out << file << Qt::endl;
        return Ok;
    }
    if (!p.parser.isSet(finalist) || !p.parser.isSet(text))
        return usageError(tr("questions %1 needs --finalist and --text.").arg(action));
    auto id = applicationNamed(*db.value(), p.parser.value(finalist));
    if (!id)
        return fail(id.error().toString());
    if (action == QLatin1String("propose")) {
        auto found = JurorRepository(*db.value()).find(QUuid(p.parser.value(juror)));
        if (!found)
            return fail(found.error().toString());
        auto proposed = followup.propose(found->id, id.value(), p.parser.value(text));
        if (!proposed)
            return fail(proposed.error().toString());
        m_out << uuidText(proposed->uuid) << Qt::endl;
        return Ok;
    }
    auto added = followup.addQuestion(id.value(), p.parser.value(text));
    if (!added)
        return fail(added.error().toString());
    if (p.parser.isSet(replyBy)) {
        const auto date = Dates::parse(p.parser.value(replyBy));
        if (!date)
            return usageError(tr("--reply-by must be a date, such as 2026-04-15."));
        if (auto r = followup.setReplyBy(id.value(), date->left(10)); !r)
            return fail(r.error().toString());
    }
    m_out << uuidText(added->uuid) << Qt::endl;
    return Ok;
}

int CommandLine::runAnswer(const QStringList &args)
{
    const QCommandLineOption finalist(QStringLiteral("finalist"), tr("The finalist's id."), tr("ID"));
    const QCommandLineOption textFile(QStringLiteral("text-file"), tr("The answer as text."), tr("F"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("The answer as a PDF."), tr("F"));
    const QCommandLineOption received(QStringLiteral("received"), tr("When the answer arrived."), tr("DATE"));
    Parsed p;
    parse(p, args, {finalist, textFile, pdf, received});
    if (!p.ok)
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1 || !p.parser.isSet(finalist) || (!p.parser.isSet(textFile) && !p.parser.isSet(pdf)))
        return usageError(tr("Write “jurybench answer FILE --finalist ID --text-file F” (or --pdf F, or both)."));
    QString date = QDate::currentDate().toString(Qt::ISODate);
    if (p.parser.isSet(received)) {
        const auto parsed = Dates::parse(p.parser.value(received));
        if (!parsed)
            return usageError(tr("--received must be a date, such as 2026-04-15."));
        date = parsed->left(10);
    }
    QString text;
    if (p.parser.isSet(textFile)) {
        auto read = readText(p.parser.value(textFile));
        if (!read)
            return fail(read.error().toString());
        text = read.value();
    }
    QByteArray pdfBytes;
    QString pdfName;
    if (p.parser.isSet(pdf)) {
        QFile file(p.parser.value(pdf));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error(tr("The file cannot be read: %1").arg(file.errorString()), file.fileName()).toString());
        pdfBytes = file.readAll();
        pdfName = QFileInfo(file).fileName();
    }
    auto db = Database::open(files.first());
    if (!db)
        return fail(db.error().toString());
    auto id = applicationNamed(*db.value(), p.parser.value(finalist));
    if (!id)
        return fail(id.error().toString());
    if (auto r = FollowupRepository(*db.value()).recordAnswer(id.value(), 0, text, pdfName, pdfBytes, date); !r)
        return fail(r.error().toString());
    m_out << tr("The answer was recorded.") << Qt::endl;
    return Ok;
}

int CommandLine::runTally(const QStringList &args)
{
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    Parsed p;
    parse(p, args, {json});
    if (!p.ok)
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1)
        return usageError(tr("tally needs exactly one FILE."));
    auto db = Database::open(files.first());
    if (!db)
        return fail(db.error().toString());
    if (p.parser.isSet(json)) {
        auto status = StatusReport::build(*db.value());
        if (!status)
            return fail(status.error().toString());
        m_out << QString::fromUtf8(QJsonDocument(status->value(QStringLiteral("vote")).toObject()).toJson());
        return Ok;
    }
    auto vote = VoteResult::count(*db.value());
    if (!vote)
        return fail(vote.error().toString());
    if (vote->ballots == 0) {
        m_out << tr("No ballots yet.") << Qt::endl;
        return Ok;
    }
    const auto line = [&](const QString &title, const QList<QList<qint64>> &ranking) {
        QStringList groups;
        for (const QList<qint64> &group : ranking) {
            QStringList names;
            for (qint64 id : group)
                names << vote->municipality.value(id);
            groups << names.join(QStringLiteral(" = "));
        }
        m_out << title << QStringLiteral(": ") << groups.join(QStringLiteral(" > ")) << Qt::endl;
    };
    m_out << tr("%n ballot(s).", nullptr, vote->ballots) << Qt::endl;
    line(tr("Schulze"), vote->tally.ranking);
    line(tr("Borda"), vote->tally.bordaRanking);
    line(tr("Plurality"), vote->tally.pluralityRanking);
    if (vote->tally.winners().size() > 1)
        m_out << tr("The vote ties for first place; the chair's casting vote decides.") << Qt::endl;
    if (vote->disagreement)
        m_out << tr("Note: the methods or the screening scores do not agree on the winner.") << Qt::endl;
    // Both matrices in the order of the Schulze ranking, with the names as column heads.
    QList<int> order;
    for (const QList<qint64> &group : vote->tally.ranking)
        for (qint64 id : group)
            order << int(vote->tally.candidates.indexOf(id));
    const auto name = [&](int index) { return vote->municipality.value(vote->tally.candidates.at(index)); };
    qsizetype width = 1;
    for (int i : order)
        width = std::max(width, name(i).size());
    const auto matrix = [&](const QString &title, const QList<QList<int>> &values) {
        m_out << title << Qt::endl << QStringLiteral("  ") << QString(width, u' ');
        for (int j : order)
            m_out << QStringLiteral("  ") << name(j).leftJustified(width);
        m_out << Qt::endl;
        for (int i : order) {
            m_out << QStringLiteral("  ") << name(i).leftJustified(width);
            for (int j : order)
                m_out << QStringLiteral("  ")
                      << (i == j ? QStringLiteral("-") : QString::number(values.at(i).at(j))).leftJustified(width);
            m_out << Qt::endl;
        }
    };
    matrix(tr("Pairwise preferences (row over column):"), vote->tally.pairwise);
    matrix(tr("Strongest paths (row over column):"), vote->tally.widestPaths);
    return Ok;
}

int CommandLine::runDecide(const QStringList &args)
{
    const QCommandLineOption motivationFile(QStringLiteral("motivation-file"), tr("The jury's motivation."), tr("F"));
    const QCommandLineOption winner(QStringLiteral("winner"), tr("The winner (the chair's casting vote in a tie)."), tr("ID"));
    const QCommandLineOption date(QStringLiteral("date"), tr("The date of the decision."), tr("YYYY-MM-DD"));
    const QCommandLineOption place(QStringLiteral("place"), tr("Where the decision was made."), tr("TEXT"));
    Parsed p;
    parse(p, args, {motivationFile, winner, date, place});
    if (!p.ok)
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1 || !p.parser.isSet(motivationFile))
        return usageError(tr("Write “jurybench decide FILE --motivation-file F”."));
    auto motivation = readText(p.parser.value(motivationFile));
    if (!motivation)
        return fail(motivation.error().toString());
    auto db = Database::open(files.first());
    if (!db)
        return fail(db.error().toString());
    std::optional<qint64> chosen;
    if (p.parser.isSet(winner)) {
        auto id = applicationNamed(*db.value(), p.parser.value(winner));
        if (!id)
            return fail(id.error().toString());
        chosen = id.value();
    }
    auto decision = DecisionRepository(*db.value()).decide(chosen, motivation.value(), p.parser.value(date),
                                                           p.parser.value(place));
    if (!decision)
        return fail(decision.error().toString());
    auto row = ApplicationRepository(*db.value()).load(decision->winnerId);
    m_out << tr("The decision is recorded and the round is locked. Winner: %1.")
                 .arg(row ? row->row.municipality : QString())
          << Qt::endl;
    return Ok;
}

int CommandLine::runExport(const QStringList &args)
{
    const QString what = args.value(0);
    const QCommandLineOption out(QStringLiteral("out"), tr("Where to write the document."), tr("FILE"));
    Parsed p;
    parse(p, args.mid(1), {out});
    if (!p.ok)
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1 || !p.parser.isSet(out)
        || (what != QLatin1String("decision") && what != QLatin1String("protocol")))
        return usageError(tr("Write “jurybench export decision FILE --out PDF” or "
                             "“jurybench export protocol FILE --out PDF|CSV”."));
    auto db = Database::open(files.first());
    if (!db)
        return fail(db.error().toString());
    const QString path = p.parser.value(out);
    Result<void> written;
    if (what == QLatin1String("decision")) {
        written = Documents::exportDecision(*db.value(), path);
    } else if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        auto csv = Documents::protocolCsv(*db.value());
        if (!csv) {
            written = csv.error();
        } else {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(csv.value()) != csv->size() || !file.commit())
                written = Error(tr("The file could not be written: %1").arg(file.errorString()), path);
        }
    } else {
        written = Documents::exportProtocol(*db.value(), path);
    }
    if (!written)
        return fail(written.error().toString());
    m_out << tr("Written to %1.").arg(path) << Qt::endl;
    return Ok;
}
