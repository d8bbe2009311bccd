// Follow-up questions in the window: a juror's proposals, the organiser's dialog that
// approves them into letters, recording answers, and the reader showing the answers under
// the application.

#include "applicationlistpanel.h"
#include "demo/demoround.h"
#include "exchange/package.h"
#include "followup/answerdialog.h"
#include "followup/followupdialog.h"
#include "followup/proposalpanel.h"
#include "mainwindow.h"
#include "readerview.h"
#include "storage/applicationrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "support/testsupport.h"
#include "vote/ballotrepository.h"
#include "vote/followuprepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class tst_Followup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void jurorProposesChangesAndWithdraws();
    void panelOnlyForFinalistsInFollowup();
    void organiserApprovesAndMerges();
    void organiserOrdersAndRemoves();
    void replyByIsStored();
    void lettersAreWritten();
    void answerIsRecorded();
    void badAnswerChangesNothing();
    void readerShowsAnswersPerQuestion();
    void answersTravelInPackages();
    void windowShowsPanelAndAnswers();
    void everyControlIsNamed();

private:
    qint64 finalist(int index) const;

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<Database> m_db;
    QList<Juror> m_jurors;
    QList<qint64> m_finalists;
};

void tst_Followup::initTestCase()
{
    TestSupport::useFreshUserFolders();
    m_template = m_dir.filePath(QStringLiteral("followup.jury"));
    JB_VERIFY_OK(DemoRound::write(m_template, Phase::Followup));
}

void tst_Followup::init()
{
    // Each test works on a fresh copy of the demo round in phase followup.
    m_db.reset();
    m_path = m_dir.filePath(QStringLiteral("%1.jury").arg(QTest::currentTestFunction()));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(m_template, m_path));
    auto db = Database::open(m_path);
    JB_VERIFY_OK(db);
    m_db = std::move(db).value();
    m_jurors = JurorRepository(*m_db).list().value();
    m_finalists = VoteResult::count(*m_db).value().finalists;
    QCOMPARE(m_finalists.size(), 5);
}

qint64 tst_Followup::finalist(int index) const
{
    return m_finalists.at(index);
}

void tst_Followup::jurorProposesChangesAndWithdraws()
{
    ProposalPanel panel(*m_db);
    const Juror juror = m_jurors.at(5); // the demo's sixth juror has proposed nothing
    panel.setViewer(Viewer::juror(juror.id));
    panel.setApplication(finalist(4));
    QVERIFY(panel.isRelevant());
    QVERIFY(!panel.proposeButton()->isEnabled()); // nothing written yet

    panel.editor()->setPlainText(QStringLiteral("Hur når tjänsten de äldsta brukarna?"));
    QVERIFY(panel.proposeButton()->isEnabled());
    QTest::mouseClick(panel.proposeButton(), Qt::LeftButton);
    auto mine = FollowupRepository(*m_db).proposals(finalist(4), juror.id).value();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().text, QStringLiteral("Hur når tjänsten de äldsta brukarna?"));
    QVERIFY(panel.editor()->toPlainText().isEmpty());
    QCOMPARE(panel.list()->count(), 1);

    // Change it: choose it, edit, save.
    panel.list()->setCurrentRow(0);
    QTest::mouseClick(panel.editButton(), Qt::LeftButton);
    QCOMPARE(panel.editor()->toPlainText(), mine.first().text);
    panel.editor()->setPlainText(QStringLiteral("Hur når tjänsten de äldsta brukarna i glesbygden?"));
    QVERIFY(panel.submit());
    mine = FollowupRepository(*m_db).proposals(finalist(4), juror.id).value();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().text, QStringLiteral("Hur når tjänsten de äldsta brukarna i glesbygden?"));

    // Ctrl+Return in the editor proposes.
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.startProposal();
    QTest::keyClicks(panel.editor(), QStringLiteral("Vem har data?"));
    QTest::keyClick(panel.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(FollowupRepository(*m_db).proposals(finalist(4), juror.id).value().size(), 2);

    // Withdraw the first.
    panel.list()->setCurrentRow(0);
    QTest::mouseClick(panel.withdrawButton(), Qt::LeftButton);
    mine = FollowupRepository(*m_db).proposals(finalist(4), juror.id).value();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().text, QStringLiteral("Vem har data?"));

    // The organiser sees the proposal with its author and cannot write one.
    panel.setViewer(Viewer::organiser());
    bool found = false;
    for (int i = 0; i < panel.list()->count(); ++i)
        found = found || panel.list()->item(i)->text().contains(juror.name);
    QVERIFY(found);
    QVERIFY(!panel.editor()->isVisible());
    QVERIFY(panel.manageButton()->isVisible());
}

void tst_Followup::panelOnlyForFinalistsInFollowup()
{
    ProposalPanel panel(*m_db);
    panel.setViewer(Viewer::juror(m_jurors.at(0).id));
    qint64 other = 0;
    for (const ApplicationRow &row : ApplicationRepository(*m_db).rows().value())
        if (!m_finalists.contains(row.id))
            other = row.id;
    panel.setApplication(other);
    QVERIFY(!panel.isRelevant());
    panel.setApplication(finalist(0));
    QVERIFY(panel.isRelevant());
    // In the final vote nothing more is proposed.
    JB_VERIFY_OK(RoundRepository(*m_db).setPhase(Phase::Vote));
    QVERIFY(!panel.isRelevant());
}

void tst_Followup::organiserApprovesAndMerges()
{
    // The demo's last finalists have proposals the organiser has not approved yet.
    FollowupDialog dialog(*m_db);
    dialog.setCurrentFinalist(finalist(3));
    QCOMPARE(dialog.currentFinalist(), finalist(3));
    const auto proposals = FollowupRepository(*m_db).proposals(finalist(3)).value();
    QVERIFY(proposals.size() >= 2);
    QCOMPARE(dialog.questionList()->count(), 0);
    QCOMPARE(dialog.proposalList()->count(), proposals.size());
    QVERIFY(dialog.proposalList()->item(0)->text().contains(proposals.first().author));

    // Approve one as it is.
    dialog.proposalList()->item(0)->setCheckState(Qt::Checked);
    QVERIFY(dialog.approveProposals(false));
    auto questions = FollowupRepository(*m_db).questions(finalist(3)).value();
    QCOMPARE(questions.size(), 1);
    QCOMPARE(questions.first().text, proposals.first().text);
    QCOMPARE(questions.first().sources, QList<QUuid>{proposals.first().uuid});

    // Merge two into one edited question.
    dialog.proposalList()->item(0)->setCheckState(Qt::Checked);
    dialog.proposalList()->item(1)->setCheckState(Qt::Checked);
    QVERIFY(dialog.approveProposals(true, QStringLiteral("Hur har brukarna varit med, och vad har det gett?")));
    questions = FollowupRepository(*m_db).questions(finalist(3)).value();
    QCOMPARE(questions.size(), 2);
    QCOMPARE(questions.last().text, QStringLiteral("Hur har brukarna varit med, och vad har det gett?"));
    QCOMPARE(questions.last().sources.size(), 2);
    QCOMPARE(dialog.questionList()->count(), 2);
    QVERIFY(dialog.questionList()->item(1)->text().startsWith(QStringLiteral("2. ")));
    // Approved proposals are marked.
    QVERIFY(dialog.proposalList()->item(0)->text().endsWith(QStringLiteral(")")));
}

void tst_Followup::organiserOrdersAndRemoves()
{
    FollowupDialog dialog(*m_db);
    dialog.setCurrentFinalist(finalist(0));
    const auto before = FollowupRepository(*m_db).questions(finalist(0)).value();
    QVERIFY(before.size() >= 2);
    QVERIFY(dialog.moveQuestion(1, -1));
    auto after = FollowupRepository(*m_db).questions(finalist(0)).value();
    QCOMPARE(after.at(0).id, before.at(1).id);
    QCOMPARE(after.at(1).id, before.at(0).id);
    QCOMPARE(dialog.questionList()->currentRow(), 0);
    QVERIFY(!dialog.moveQuestion(0, -1)); // already first

    QVERIFY(dialog.editQuestion(0, QStringLiteral("Omformulerad fråga?")));
    QCOMPARE(FollowupRepository(*m_db).questions(finalist(0)).value().at(0).text,
             QStringLiteral("Omformulerad fråga?"));
    QVERIFY(dialog.removeQuestion(0));
    QCOMPARE(FollowupRepository(*m_db).questions(finalist(0)).value().size(), before.size() - 1);
    QVERIFY(dialog.addQuestion(QStringLiteral("En egen fråga från arrangören?")));
    QCOMPARE(FollowupRepository(*m_db).questions(finalist(0)).value().last().text,
             QStringLiteral("En egen fråga från arrangören?"));
    // An empty question is refused, and the dialog says so.
    QVERIFY(!dialog.addQuestion(QStringLiteral("   ")));
    QVERIFY(!dialog.statusText().isEmpty());
}

void tst_Followup::replyByIsStored()
{
    FollowupDialog dialog(*m_db);
    dialog.setCurrentFinalist(finalist(4));
    QVERIFY(!dialog.replyByCheck()->isChecked());
    dialog.replyByEdit()->setDate(QDate(2026, 10, 1));
    dialog.replyByCheck()->setChecked(true);
    QCOMPARE(FollowupRepository(*m_db).replyBy(finalist(4)).value(), QStringLiteral("2026-10-01"));
    dialog.replyByCheck()->setChecked(false);
    QCOMPARE(FollowupRepository(*m_db).replyBy(finalist(4)).value(), QString());
}

void tst_Followup::lettersAreWritten()
{
    FollowupDialog dialog(*m_db);
    QTemporaryDir out;
    auto files = dialog.writeLetters(out.path());
    JB_VERIFY_OK(files);
    // The demo's first three finalists have approved questions.
    QCOMPARE(files->size(), 3);
    for (const QString &file : files.value()) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
    }
}

void tst_Followup::answerIsRecorded()
{
    QTemporaryDir out;
    // One PDF, compared with itself: two calls of makePdf differ in their creation time.
    const QByteArray bytes = makePdf(QStringLiteral("Svar"));
    const QString pdf = writeFile(out.filePath(QStringLiteral("svar från Falun.pdf")), bytes);
    AnswerDialog dialog(*m_db, finalist(0));
    QVERIFY(dialog.questionChoice()->count() > 1); // the letter and each question
    dialog.textEdit()->setPlainText(QStringLiteral("1. Ja.\n\n2. Nej."));
    dialog.pdfField()->setText(pdf);
    dialog.receivedEdit()->setDate(QDate(2026, 9, 20));
    QVERIFY(dialog.store());
    const auto answers = FollowupRepository(*m_db).answers(finalist(0)).value();
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().received, QStringLiteral("2026-09-20"));
    QCOMPARE(answers.first().pdfName, QStringLiteral("svar från Falun.pdf"));
    QCOMPARE(FollowupRepository(*m_db).answerPdf(answers.first().id).value(), bytes);

    // An answer to one question.
    AnswerDialog single(*m_db, finalist(0));
    single.questionChoice()->setCurrentIndex(2);
    single.textEdit()->setPlainText(QStringLiteral("Ett eget svar på fråga två."));
    QVERIFY(single.store());
    const auto questions = FollowupRepository(*m_db).questions(finalist(0)).value();
    const auto split = FollowupRepository::answersPerQuestion(
        questions, FollowupRepository(*m_db).answers(finalist(0)).value());
    QCOMPARE(split.first.at(0), QStringLiteral("Ja."));
    QCOMPARE(split.first.at(1), QStringLiteral("Ett eget svar på fråga två."));
}

void tst_Followup::badAnswerChangesNothing()
{
    const QByteArray before = fingerprint(*m_db);
    AnswerDialog empty(*m_db, finalist(0));
    QVERIFY(!empty.store());
    QVERIFY(!empty.errorText().isEmpty());

    QTemporaryDir out;
    const QString notPdf = writeFile(out.filePath(QStringLiteral("svar.pdf")), "inte en pdf");
    AnswerDialog wrong(*m_db, finalist(0));
    wrong.pdfField()->setText(notPdf);
    QVERIFY(!wrong.store());
    QVERIFY(wrong.errorText().contains(QStringLiteral("svar.pdf")));

    AnswerDialog missing(*m_db, finalist(0));
    missing.pdfField()->setText(out.filePath(QStringLiteral("finns-inte.pdf")));
    QVERIFY(!missing.store());
    QVERIFY(missing.errorText().contains(QStringLiteral("finns-inte.pdf")));
    QCOMPARE(fingerprint(*m_db), before);
}

void tst_Followup::readerShowsAnswersPerQuestion()
{
    Application application;
    application.row.title = QStringLiteral("Trygg hemma");
    application.row.municipality = QStringLiteral("Falun");
    ReaderFollowup followup;
    followup.items = {{QStringLiteral("Hur har brukarna varit med?"), QStringLiteral("Genom ett brukarråd.")},
                      {QStringLiteral("Vad kostar det?"), QString()}};
    followup.replyBy = QStringLiteral("2026-09-18");
    int hits = 0;
    const QString html = ReaderView::html(application, {QStringLiteral("brukarråd")}, &hits, followup);
    const int question = int(html.indexOf(QStringLiteral("1. Hur har brukarna varit med?")));
    const int answer = int(html.indexOf(QStringLiteral("Genom ett ")));
    const int second = int(html.indexOf(QStringLiteral("2. Vad kostar det?")));
    QVERIFY(question > 0);
    QVERIFY(answer > question && second > answer);
    QCOMPARE(hits, 1); // search words are found in answers too
    // The unanswered question says when the answer is due.
    QVERIFY(html.indexOf(QStringLiteral("2026"), second) > second);
    QVERIFY(html.contains(QStringLiteral("href=\"#followup\"")));
}

void tst_Followup::answersTravelInPackages()
{
    JB_VERIFY_OK(FollowupRepository(*m_db).recordAnswer(finalist(0), 0, QStringLiteral("1. Svaret."), QString(), {},
                                                        QStringLiteral("2026-09-16")));
    const Juror juror = m_jurors.at(2);
    const QString package = m_dir.filePath(QStringLiteral("paket.jurypaket"));
    QFile::remove(package);
    JB_VERIFY_OK(Package::build(*m_db, juror.uuid, package));
    auto copy = Database::open(package);
    JB_VERIFY_OK(copy);
    FollowupRepository received(*copy.value());
    // The juror reads the questions and the answer...
    QCOMPARE(received.questions(finalist(0)).value().size(),
             FollowupRepository(*m_db).questions(finalist(0)).value().size());
    QCOMPARE(received.answers(finalist(0)).value().size(), 1);
    QCOMPARE(received.answers(finalist(0)).value().first().text, QStringLiteral("1. Svaret."));
    // ...but not what other jurors proposed.
    for (qint64 id : std::as_const(m_finalists))
        for (const QuestionProposal &p : received.proposals(id).value())
            QCOMPARE(p.jurorId, juror.id);
}

void tst_Followup::windowShowsPanelAndAnswers()
{
    m_db.reset();
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    JB_VERIFY_OK(window.openRound(m_path));
    window.actAs(m_jurors.at(1).id);
    ApplicationListPanel *list = window.listPanel();
    list->selectApplication(finalist(0));
    QVERIFY(window.proposalPanel()->isVisible());
    qint64 other = 0;
    for (const ApplicationRow &row : ApplicationRepository(*window.database()).rows().value())
        if (!m_finalists.contains(row.id))
            other = row.id;
    list->selectApplication(other);
    QVERIFY(!window.proposalPanel()->isVisible());

    // Ctrl+Shift+Q on a finalist puts the keyboard in the proposal editor.
    list->selectApplication(finalist(0));
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), window.proposalPanel()->editor());

    // The organiser records an answer; the reader shows it under its question.
    window.actAs(0);
    const auto questions = FollowupRepository(*window.database()).questions(finalist(0)).value();
    JB_VERIFY_OK(FollowupRepository(*window.database())
                     .recordAnswer(finalist(0), 0, QStringLiteral("1. Ett svar om brukarna."), QString(), {},
                                   QStringLiteral("2026-09-16")));
    list->selectApplication(finalist(0));
    const QString text = window.reader()->toPlainText();
    const int question = int(text.indexOf(questions.first().text));
    QVERIFY(question > 0);
    QVERIFY(text.indexOf(QStringLiteral("Ett svar om brukarna."), question) > question);
}

void tst_Followup::everyControlIsNamed()
{
    ProposalPanel panel(*m_db);
    panel.setViewer(Viewer::juror(m_jurors.at(0).id));
    panel.setApplication(finalist(0));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(unnamedFocusableControls(&panel), QStringList());

    FollowupDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(unnamedFocusableControls(&dialog), QStringList());

    AnswerDialog answer(*m_db, finalist(0));
    answer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&answer));
    QCOMPARE(unnamedFocusableControls(&answer), QStringList());
}

QTEST_MAIN(tst_Followup)
#include "tst_followup.moc"
