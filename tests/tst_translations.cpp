#include "applicationlistpanel.h"
#include "demo/demoround.h"
#include "importdialog.h"
#include "localization.h"
#include "mainwindow.h"
#include "newrounddialog.h"
#include "roundsettingsdialog.h"
#include "shortcutsdialog.h"
#include "support/testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace TestSupport;

namespace {

// Asked last (installed first): it only hears the strings no translator knew.
class MissRecorder : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        const QString ctx = QString::fromUtf8(context);
        if (!ctx.startsWith(u'Q') && sourceText && *sourceText)
            misses.insert(ctx + QStringLiteral(": ") + QString::fromUtf8(sourceText));
        return {};
    }
    bool isEmpty() const override { return false; }
    mutable QSet<QString> misses;
};

struct TsProblems
{
    QStringList unfinished;
    int messages = 0;
};

TsProblems readTs(const QString &path)
{
    TsProblems problems;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.unfinished << QStringLiteral("cannot read ") + path;
        return problems;
    }
    QXmlStreamReader xml(&file);
    QString context, source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            ++problems.messages;
            const auto type = xml.attributes().value(QLatin1String("type"));
            if (!type.isEmpty())
                problems.unfinished << QStringLiteral("%1 (%2): %3").arg(context, type.toString(), source);
            if (!numerus && xml.readElementText().isEmpty())
                problems.unfinished << QStringLiteral("%1 (empty): %2").arg(context, source);
        }
    }
    return problems;
}

// English words that never occur in Swedish interface text.
const QSet<QString> &englishWords()
{
    static const QSet<QString> words = {
        "the", "and", "of", "to", "with", "for", "from", "this", "that", "open", "close",
        "file", "search", "application", "applications", "juror", "jurors", "criterion",
        "criteria", "round", "settings", "help", "view", "quit", "next", "previous", "page",
        "zoom", "attachment", "attachments", "name", "chair", "weight", "county", "title",
        "summary", "submitted", "choose", "cancel", "save", "saved", "new", "add", "remove",
        "move", "up", "down", "all", "filter", "group", "language", "keyboard", "shortcuts",
        "shortcut", "size", "high", "contrast", "about", "welcome", "recent", "rounds",
        "award", "year", "prize", "finalists", "column", "columns", "preview", "first", "rows",
        "holds", "value", "folder", "reader", "edit", "press", "back", "larger", "smaller",
        "fit", "width", "viewer", "message", "messages", "progress", "lowest", "highest",
        "guidance", "phase", "screening", "preparation", "mode", "contact", "email",
    };
    return words;
}

QStringList englishIn(const QString &text)
{
    QStringList found;
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    QString cleaned = text;
    cleaned.remove(u'&');
    // The language menu names itself in English too, so that English speakers find it.
    cleaned.remove(QStringLiteral("(Language)"));
    auto it = word.globalMatch(cleaned);
    while (it.hasNext()) {
        const QString w = it.next().captured(0).toLower();
        if (englishWords().contains(w))
            found << w;
    }
    return found;
}

// Everything a window says about itself: titles, labels, buttons, menus, headers, tabs,
// placeholders and what a screen reader announces.
QStringList chromeTexts(QWidget *root)
{
    QStringList texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        texts << w->windowTitle() << w->accessibleName() << w->accessibleDescription()
              << w->toolTip();
        for (QAction *a : w->actions())
            texts << a->text() << a->toolTip();
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->placeholderText();
        if (auto *tabs = qobject_cast<QTabWidget *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        if (auto *menu = qobject_cast<QMenu *>(w))
            texts << menu->title();
        if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model())
            for (int i = 0; i < header->count(); ++i)
                texts << header->model()->headerData(i, header->orientation()).toString();
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void everySourceStringIsInTheTsFiles();
    void windowsSpeakSwedish();
    void englishOnRequest();

private:
    QStringList englishInWindow(QWidget *window);

    MissRecorder *m_recorder = nullptr;
    QTemporaryDir m_dir;
    QString m_demo;
};

void tst_Translations::initTestCase()
{
    TestSupport::useFreshUserFolders();
    m_recorder = new MissRecorder;
    m_recorder->setParent(this); // removes itself from the application when deleted
    QCoreApplication::installTranslator(m_recorder);
    Localization::install(*qApp, QStringLiteral("sv"));
    m_demo = m_dir.filePath(QStringLiteral("demo.jury"));
    JB_VERIFY_OK(DemoRound::write(m_demo));
}

void tst_Translations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("path");
    const QString dir = QStringLiteral(JURYBENCH_SOURCE_DIR "/resources/translations/");
    QTest::newRow("sv") << dir + QStringLiteral("jurybench_sv.ts");
    QTest::newRow("en") << dir + QStringLiteral("jurybench_en.ts");
}

void tst_Translations::tsFilesAreComplete()
{
    QFETCH(QString, path);
    const TsProblems problems = readTs(path);
    QVERIFY(problems.messages > 100);
    QVERIFY2(problems.unfinished.isEmpty(), qPrintable(problems.unfinished.join(QLatin1Char('\n'))));
}

void tst_Translations::everySourceStringIsInTheTsFiles()
{
    // lupdate over the sources into a copy: a string missing from the .ts file shows up as
    // a new, unfinished entry.
    for (const QString &language : {QStringLiteral("sv"), QStringLiteral("en")}) {
        const QString copy = m_dir.filePath(QStringLiteral("check_%1.ts").arg(language));
        QFile::remove(copy);
        QVERIFY(QFile::copy(QStringLiteral(JURYBENCH_SOURCE_DIR "/resources/translations/jurybench_%1.ts").arg(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(JURYBENCH_SOURCE_DIR));
        lupdate.start(QStringLiteral(JURYBENCH_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("models"), QStringLiteral("views"), QStringLiteral("app"),
                       QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const TsProblems problems = readTs(copy);
        QVERIFY2(problems.unfinished.isEmpty(),
                 qPrintable(QStringLiteral("Not in jurybench_%1.ts (run make translations):\n").arg(language)
                            + problems.unfinished.join(QLatin1Char('\n'))));
    }
}

QStringList tst_Translations::englishInWindow(QWidget *window)
{
    QStringList found;
    for (const QString &text : chromeTexts(window)) {
        const QStringList words = englishIn(text);
        if (!words.isEmpty())
            found << QStringLiteral("“%1” (%2)").arg(text, words.join(QStringLiteral(", ")));
    }
    found.removeDuplicates();
    return found;
}

void tst_Translations::windowsSpeakSwedish()
{
    m_recorder->misses.clear();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList english = englishInWindow(&window); // the welcome page
    JB_VERIFY_OK(window.openRound(m_demo));
    english << englishInWindow(&window);
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Arkiv"));

    Database &db = *window.database();
    ImportDialog import(db, &window);
    QVERIFY(import.loadCsv(writeFile(m_dir.filePath(QStringLiteral("x.csv")), "Kommun;Titel\nLund;A\n")));
    RoundSettingsDialog settings(db, &window);
    NewRoundDialog newRound(&window);
    ShortcutsDialog shortcuts(window.commands(), &window);
    for (QDialog *dialog : QList<QDialog *>{&import, &settings, &newRound, &shortcuts}) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        english << englishInWindow(dialog);
    }
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    QStringList misses = m_recorder->misses.values();
    misses.sort();
    QVERIFY2(misses.isEmpty(), qPrintable(misses.join(QLatin1Char('\n'))));
}

void tst_Translations::englishOnRequest()
{
    Localization::install(*qApp, QStringLiteral("en"));
    {
        MainWindow window;
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(QLocale().language(), QLocale::English);
    }
    Localization::install(*qApp, QStringLiteral("sv"));
    QCOMPARE(QLocale().language(), QLocale::Swedish);
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
