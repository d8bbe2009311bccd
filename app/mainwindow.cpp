#include "mainwindow.h"

#include "announcer.h"
#include "applicationlistpanel.h"
#include "attachmentviewer.h"
#include "demo/demoround.h"
#include "exchange/mergereportdialog.h"
#include "exchange/package.h"
#include "exchange/packagedialog.h"
#include "exchange/returnfile.h"
#include "exchange/sharedfolder.h"
#include "exchange/sharedfoldersync.h"
#include "export/documents.h"
#include "followup/followupdialog.h"
#include "followup/proposalpanel.h"
#include "screening/finalistdialog.h"
#include "screening/leaderboardview.h"
#include "screening/scoringpanel.h"
#include "screening/scoringsheet.h"
#include "storage/jurorrepository.h"
#include "importdialog.h"
#include "localization.h"
#include "newrounddialog.h"
#include "readerview.h"
#include "roundsettingsdialog.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "storage/applicationrepository.h"
#include "storage/database.h"
#include "storage/roundrepository.h"
#include "theme.h"
#include "vote/ballotpanel.h"
#include "vote/decisiondialog.h"
#include "vote/followuprepository.h"
#include "vote/tallyview.h"

#include <QActionGroup>
#include <QComboBox>
#include <QDockWidget>
#include <QScrollArea>
#include <QToolBar>
#include <QUndoStack>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPdfView>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_roundLabel(new QLabel(this))
    , m_liveLabel(new QLabel(this))
    , m_undo(new QUndoStack(this))
    , m_actingAs(new QComboBox(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setCentralWidget(m_pages);
    m_pages->addWidget(createWelcomePage());

    m_liveLabel->setAccessibleName(QString());
    m_liveLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_roundLabel);
    statusBar()->addWidget(m_liveLabel, 1);
    m_announcer = std::make_unique<Announcer>(nullptr, m_liveLabel);

    auto *toolbar = addToolBar(tr("Acting as"));
    toolbar->setObjectName(QStringLiteral("actingAsToolBar"));
    toolbar->setMovable(false);
    auto *actingLabel = new QLabel(tr("Act as:"), toolbar);
    actingLabel->setBuddy(m_actingAs);
    actingLabel->setContentsMargins(6, 0, 6, 0);
    m_actingAs->setAccessibleName(tr("Act as"));
    m_actingAs->setAccessibleDescription(tr("Whose assessments the window shows and edits: the "
                                            "organiser's overview or one juror's."));
    m_actingAs->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolbar->addWidget(actingLabel);
    toolbar->addWidget(m_actingAs);
    connect(m_actingAs, &QComboBox::activated, this,
            [this] { actAs(m_actingAs->currentData().toLongLong()); });

    createMenus();
    updateCommands();
    updateTitle();
    resize(1280, 820);
    if (!Settings::windowGeometry().isEmpty())
        restoreGeometry(Settings::windowGeometry());
    if (!Settings::windowState().isEmpty())
        restoreState(Settings::windowState());
}

MainWindow::~MainWindow()
{
    closeRound();
}

QAction *MainWindow::addCommand(QMenu *menu, const QString &name, const QString &text,
                                const QKeySequence &shortcut)
{
    auto *action = menu->addAction(text);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    addAction(action); // shortcuts work even where the menu bar is hidden
    m_commands << action;
    return action;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    connect(addCommand(file, QStringLiteral("newRound"), tr("&New round…"), QKeySequence::New),
            &QAction::triggered, this, &MainWindow::newRound);
    connect(addCommand(file, QStringLiteral("openRound"), tr("&Open round…"),
                       QKeySequence::Open),
            &QAction::triggered, this, &MainWindow::openRoundDialog);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(addCommand(file, QStringLiteral("openDemo"), tr("Open the &demo round")),
            &QAction::triggered, this, [this] { openDemo(); });
    file->addSeparator();
    QAction *import = addCommand(file, QStringLiteral("importApplications"),
                                 tr("&Import applications…"), QKeySequence(tr("Ctrl+I")));
    connect(import, &QAction::triggered, this, &MainWindow::importApplications);
    QAction *receive = addCommand(file, QStringLiteral("receiveReturns"),
                                  tr("Receive re&turn files…"), QKeySequence(tr("Ctrl+R")));
    connect(receive, &QAction::triggered, this, &MainWindow::chooseReturnFiles);
    m_handIn = addCommand(file, QStringLiteral("handIn"), tr("&Hand in…"),
                          QKeySequence(tr("Ctrl+Shift+L")));
    connect(m_handIn, &QAction::triggered, this, &MainWindow::chooseHandIn);
    m_roundCommands << import << receive << m_handIn;
    m_organiserCommands << import << receive;
    file->addSeparator();
    QAction *close = addCommand(file, QStringLiteral("closeRound"), tr("&Close round"),
                                QKeySequence::Close);
    connect(close, &QAction::triggered, this, &MainWindow::closeRound);
    m_roundCommands << close;
    connect(addCommand(file, QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit),
            &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key : {QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))})
        if (!redoKeys.contains(key))
            redoKeys << key;
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    addAction(undo);
    addAction(redo);
    m_commands << undo << redo;

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *find = addCommand(go, QStringLiteral("find"), tr("&Search…"), QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] { m_list->focusSearch(); });
    QAction *next = addCommand(go, QStringLiteral("nextApplication"), tr("&Next application"),
                               QKeySequence(tr("Ctrl+PgDown")));
    connect(next, &QAction::triggered, this, [this] {
        if (!m_list->step(+1))
            announce(tr("This is the last application in the list."));
    });
    QAction *previous = addCommand(go, QStringLiteral("previousApplication"),
                                   tr("&Previous application"), QKeySequence(tr("Ctrl+PgUp")));
    connect(previous, &QAction::triggered, this, [this] {
        if (!m_list->step(-1))
            announce(tr("This is the first application in the list."));
    });
    go->addSeparator();
    QAction *toList = addCommand(go, QStringLiteral("focusList"), tr("Go to the &list"),
                                 QKeySequence(tr("Ctrl+1")));
    connect(toList, &QAction::triggered, this, [this] { m_list->view()->setFocus(); });
    QAction *toReader = addCommand(go, QStringLiteral("focusReader"),
                                   tr("Go to the &application text"), QKeySequence(tr("Ctrl+2")));
    connect(toReader, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_reader);
        m_reader->setFocus();
    });
    QAction *toAttachment = addCommand(go, QStringLiteral("focusAttachment"),
                                       tr("Go to the a&ttachment"), QKeySequence(tr("Ctrl+3")));
    connect(toAttachment, &QAction::triggered, this, [this] {
        if (m_attachmentId == 0) {
            announce(tr("No attachment is open. Choose one under Attachments in the text."));
            return;
        }
        m_tabs->setCurrentWidget(m_attachment);
        m_attachment->pdfView()->setFocus();
    });
    m_roundCommands << find << next << previous << toList << toReader << toAttachment;

    QMenu *assess = menuBar()->addMenu(tr("&Assessment"));
    QAction *toScoring = addCommand(assess, QStringLiteral("focusScoring"),
                                    tr("&Score the application"), QKeySequence(tr("F7")));
    connect(toScoring, &QAction::triggered, this, [this] {
        m_scoringDock->show();
        m_scoring->focusScoring();
    });
    QAction *comment = addCommand(assess, QStringLiteral("newComment"), tr("&New comment"),
                                  QKeySequence(tr("Ctrl+K")));
    connect(comment, &QAction::triggered, this, [this] {
        m_scoringDock->show();
        m_scoring->startComment();
    });
    QAction *conflict = addCommand(assess, QStringLiteral("conflict"),
                                   tr("Declare a &conflict of interest…"));
    connect(conflict, &QAction::triggered, this, [this] { m_scoring->toggleConflict(); });
    QAction *propose = addCommand(assess, QStringLiteral("proposeQuestion"),
                                  tr("&Propose a follow-up question"), QKeySequence(tr("Ctrl+Shift+Q")));
    connect(propose, &QAction::triggered, this, [this] {
        if (!m_proposals->isRelevant()) {
            announce(tr("Questions are proposed to finalists, in the phase “%1”.").arg(phaseTitle(Phase::Followup)));
            return;
        }
        m_scoringDock->show();
        m_proposals->startProposal();
    });
    QAction *rank = addCommand(assess, QStringLiteral("rankFinalists"), tr("&Rank the finalists"),
                               QKeySequence(tr("F8")));
    connect(rank, &QAction::triggered, this, [this] {
        if (!m_ballot || !m_ballot->isVisible()) {
            announce(tr("The finalists are ranked in the phase “%1”.").arg(phaseTitle(Phase::Vote)));
            return;
        }
        m_scoringDock->show();
        m_ballot->focusBallot();
    });
    m_roundCommands << rank;
    assess->addSeparator();
    QAction *chooseJuror = addCommand(assess, QStringLiteral("actingAs"), tr("&Act as…"),
                                      QKeySequence(tr("Ctrl+Shift+J")));
    connect(chooseJuror, &QAction::triggered, this, [this] {
        m_actingAs->setFocus(Qt::ShortcutFocusReason);
        m_actingAs->showPopup();
    });
    assess->addSeparator();
    QAction *exportSheetAction = addCommand(assess, QStringLiteral("exportSheet"),
                                            tr("&Export scoring sheet…"));
    connect(exportSheetAction, &QAction::triggered, this, &MainWindow::exportSheet);
    QAction *importSheetAction = addCommand(assess, QStringLiteral("importSheet"),
                                            tr("&Import scoring sheet…"));
    connect(importSheetAction, &QAction::triggered, this, &MainWindow::importSheet);
    m_roundCommands << toScoring << comment << conflict << propose << chooseJuror;
    m_jurorCommands << exportSheetAction << importSheetAction;

    QMenu *round = menuBar()->addMenu(tr("&Round"));
    QAction *settings = addCommand(round, QStringLiteral("roundSettings"),
                                   tr("&Round settings…"), QKeySequence(tr("Ctrl+,")));
    connect(settings, &QAction::triggered, this, &MainWindow::showRoundSettings);
    QAction *leaderboard = addCommand(round, QStringLiteral("leaderboard"), tr("&Leaderboard"),
                                      QKeySequence(tr("Ctrl+T")));
    connect(leaderboard, &QAction::triggered, this, [this] { showLeaderboard(); });
    QAction *finalists = addCommand(round, QStringLiteral("chooseFinalists"),
                                    tr("Choose &finalists…"));
    connect(finalists, &QAction::triggered, this, &MainWindow::chooseFinalists);
    QAction *followup = addCommand(round, QStringLiteral("followupQuestions"),
                                   tr("Follow-up &questions and answers…"));
    connect(followup, &QAction::triggered, this, &MainWindow::showFollowup);
    QAction *tally = addCommand(round, QStringLiteral("tally"), tr("&Tally of the vote"),
                                QKeySequence(tr("Ctrl+Shift+T")));
    connect(tally, &QAction::triggered, this, [this] { showTally(); });
    round->addSeparator();
    m_phaseForward = addCommand(round, QStringLiteral("phaseForward"), tr("Next phase"));
    connect(m_phaseForward, &QAction::triggered, this, [this] {
        auto round = RoundRepository(*m_db).load();
        if (round && round->phase >= Phase::Vote)
            showDecision();
        else
            movePhase(+1);
    });
    m_phaseBack = addCommand(round, QStringLiteral("phaseBack"), tr("Previous phase"));
    connect(m_phaseBack, &QAction::triggered, this, [this] { movePhase(-1); });
    round->addSeparator();
    QAction *exportDecision = addCommand(round, QStringLiteral("exportDecision"),
                                         tr("E&xport the decision as PDF…"));
    connect(exportDecision, &QAction::triggered, this, &MainWindow::exportDecision);
    QAction *exportProtocol = addCommand(round, QStringLiteral("exportProtocol"),
                                         tr("Export the jury pr&otocol…"));
    connect(exportProtocol, &QAction::triggered, this, &MainWindow::exportProtocol);
    round->addSeparator();
    QAction *packages = addCommand(round, QStringLiteral("createPackages"),
                                   tr("Create juror &packages…"));
    connect(packages, &QAction::triggered, this, &MainWindow::createPackages);
    QAction *mergeLog = addCommand(round, QStringLiteral("mergeLog"),
                                   tr("Log of &merged return files"));
    connect(mergeLog, &QAction::triggered, this, &MainWindow::showMergeLog);
    QAction *shared = addCommand(round, QStringLiteral("sharedFolder"), tr("Use a s&hared folder…"));
    connect(shared, &QAction::triggered, this, &MainWindow::chooseSharedFolder);
    m_stopSharing = addCommand(round, QStringLiteral("stopSharing"), tr("Stop &using the shared folder"));
    connect(m_stopSharing, &QAction::triggered, this, [this] { useSharedFolder(QString()); });
    m_roundCommands << settings << leaderboard << finalists << followup << exportDecision << exportProtocol
                    << packages << mergeLog << shared;
    m_organiserCommands << settings << finalists << followup << exportDecision << exportProtocol << packages
                        << mergeLog;

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *size = view->addMenu(tr("&Text size"));
    auto *sizes = new QActionGroup(this);
    for (int percent : {100, 125, 150, 175, 200}) {
        QAction *a = size->addAction(tr("%1 %").arg(percent));
        a->setObjectName(QStringLiteral("textSize%1").arg(percent));
        a->setCheckable(true);
        a->setChecked(percent == Settings::textScale());
        sizes->addAction(a);
        connect(a, &QAction::triggered, this, [this, percent] { setTextScale(percent); });
    }
    QAction *contrast = addCommand(view, QStringLiteral("highContrast"), tr("&High contrast"));
    contrast->setCheckable(true);
    contrast->setChecked(Settings::highContrast());
    connect(contrast, &QAction::toggled, this, &MainWindow::setHighContrast);
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QList<QPair<QString, QString>> choices = {{QStringLiteral("sv"), QStringLiteral("Svenska")},
                                                    {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : choices) {
        QAction *a = language->addAction(name);
        a->setObjectName(QStringLiteral("language_") + code);
        a->setCheckable(true);
        a->setChecked(Localization::current() == code);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(addCommand(help, QStringLiteral("shortcuts"), tr("&Keyboard shortcuts"),
                       QKeySequence::HelpContents),
            &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(addCommand(help, QStringLiteral("about"), tr("&About Jurybench")),
            &QAction::triggered, this, &MainWindow::showAbout);

    updateRecentFiles();
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget(this);
    auto *heading = new QLabel(tr("Welcome to Jurybench"), page);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto *intro = new QLabel(tr("Read the applications, screen them, vote and publish the "
                                "jury's decision. Open a round, create a new one, or look "
                                "around in the demo round first."),
                             page);
    intro->setWordWrap(true);
    auto *demo = new QPushButton(tr("Open the &demo round"), page);
    auto *create = new QPushButton(tr("&New round…"), page);
    auto *open = new QPushButton(tr("&Open round…"), page);
    m_recent = new QListWidget(page);
    m_recent->setAccessibleName(tr("Recent rounds"));
    auto *recentLabel = new QLabel(tr("Re&cent rounds:"), page);
    recentLabel->setBuddy(m_recent);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(16);
    for (QPushButton *b : {demo, create, open}) {
        b->setMinimumWidth(260);
        layout->addWidget(b, 0, Qt::AlignLeft);
    }
    layout->addSpacing(16);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent, 1);

    connect(demo, &QPushButton::clicked, this, [this] { openDemo(); });
    connect(create, &QPushButton::clicked, this, &MainWindow::newRound);
    connect(open, &QPushButton::clicked, this, &MainWindow::openRoundDialog);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openFile(item->data(Qt::UserRole).toString());
    });
    return page;
}

void MainWindow::updateRecentFiles()
{
    const QStringList files = Settings::recentFiles();
    m_recentMenu->clear();
    m_recent->clear();
    for (const QString &path : files) {
        const QString label = QFileInfo(path).completeBaseName();
        QAction *a = m_recentMenu->addAction(label);
        a->setToolTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(label, QDir::toNativeSeparators(path)), m_recent);
        item->setData(Qt::UserRole, path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::buildWorkspace()
{
    m_splitter = new QSplitter(Qt::Horizontal, m_pages);
    m_splitter->setChildrenCollapsible(false);
    m_list = new ApplicationListPanel(*m_db, m_splitter);
    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setAccessibleName(tr("Reader"));
    m_reader = new ReaderView(m_tabs);
    m_attachment = new AttachmentViewer(m_tabs);
    m_attachment->hide(); // becomes a tab when an attachment is opened
    m_tabs->addTab(m_reader, tr("Application"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    if (!Settings::splitterState().isEmpty())
        m_splitter->restoreState(Settings::splitterState());
    else
        m_splitter->setSizes({600, 680});
    m_pages->addWidget(m_splitter);
    m_pages->setCurrentWidget(m_splitter);

    connect(m_list, &ApplicationListPanel::currentApplicationChanged, this,
            &MainWindow::showApplication);
    connect(m_list, &ApplicationListPanel::searchTermsChanged, this,
            [this] { showApplication(m_list->currentApplicationId()); });
    connect(m_list, &ApplicationListPanel::countChanged, this, &MainWindow::announce);
    connect(m_list, &ApplicationListPanel::failed, this, &MainWindow::showError);
    connect(m_reader, &ReaderView::attachmentRequested, this, &MainWindow::showAttachment);
    connect(m_reader, &ReaderView::externalViewRequested, this,
            &MainWindow::openAttachmentExternally);
    connect(m_attachment, &AttachmentViewer::backRequested, this, [this] {
        m_tabs->setCurrentWidget(m_reader);
        m_reader->setFocus();
    });
    connect(m_attachment, &AttachmentViewer::externalViewRequested, this,
            [this] { openAttachmentExternally(m_attachmentId); });
    connect(m_db.get(), &Database::changed, this, [this](Database::Topic topic) {
        if (topic == Database::Topic::Round)
            updateTitle();
    });
    m_scoringDock = new QDockWidget(tr("Assessment"), this);
    m_scoringDock->setObjectName(QStringLiteral("assessmentDock"));
    m_scoringDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    auto *scroll = new QScrollArea(m_scoringDock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The panel always fits the dock's width and scrolls only downwards.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(tr("Assessment"));
    auto *panels = new QWidget(scroll);
    m_ballot = new BallotPanel(*m_db, panels);
    m_proposals = new ProposalPanel(*m_db, panels);
    m_scoring = new ScoringPanel(*m_db, m_undo, panels);
    auto *panelLayout = new QVBoxLayout(panels);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(m_ballot);
    panelLayout->addWidget(m_proposals);
    panelLayout->addWidget(m_scoring, 1);
    scroll->setWidget(panels);
    m_scoringDock->setWidget(scroll);
    m_scoringDock->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    addDockWidget(Qt::RightDockWidgetArea, m_scoringDock);
    m_scoringDock->show(); // added to a visible window, it is not shown by itself
    resizeDocks({m_scoringDock}, {std::max(width() * 3 / 10, m_scoringDock->minimumWidth())},
                Qt::Horizontal);
    connect(m_scoring, &ScoringPanel::failed, this, &MainWindow::showError);
    connect(m_scoring, &ScoringPanel::announced, this, &MainWindow::announce);
    connect(m_proposals, &ProposalPanel::failed, this, &MainWindow::showError);
    connect(m_proposals, &ProposalPanel::announced, this, &MainWindow::announce);
    connect(m_proposals, &ProposalPanel::manageRequested, this, &MainWindow::showFollowup);
    connect(m_ballot, &BallotPanel::failed, this, &MainWindow::showError);
    connect(m_ballot, &BallotPanel::announced, this, &MainWindow::announce);
    connect(m_reader, &ReaderView::answerRequested, this, [this](qint64 answerId) { showAttachment(-answerId); });
    connect(m_db.get(), &Database::changed, this, [this](Database::Topic topic) {
        if (topic == Database::Topic::Jurors)
            fillActingAs();
        if (topic == Database::Topic::Round || topic == Database::Topic::Work) {
            updatePhaseCommands();
            updateAssessmentPanels();
            refreshFollowupInReader();
        }
    });
    fillActingAs();
    showApplication(m_list->currentApplicationId());
    m_list->view()->setFocus();
}

void MainWindow::fillActingAs()
{
    const qint64 current = m_actingAs->currentData().toLongLong();
    m_actingAs->clear();
    m_actingAs->addItem(tr("The organiser (sees all)"), qint64(0));
    if (m_db) {
        auto jurors = JurorRepository(*m_db).list();
        if (jurors) {
            for (const Juror &j : jurors.value())
                m_actingAs->addItem(j.chair ? tr("%1 (chair)").arg(j.name) : j.name, j.id);
        }
    }
    const int index = m_actingAs->findData(current);
    m_actingAs->setCurrentIndex(index >= 0 ? index : 0);
    actAs(m_actingAs->currentData().toLongLong());
}

void MainWindow::actAs(qint64 jurorId)
{
    if (m_packageJuror != 0)
        jurorId = m_packageJuror; // a package is one juror's
    const int index = m_actingAs->findData(jurorId);
    if (index >= 0 && index != m_actingAs->currentIndex())
        m_actingAs->setCurrentIndex(index);
    const Viewer viewer = jurorId == 0 ? Viewer::organiser() : Viewer::juror(jurorId);
    if (m_scoring && !(m_scoring->viewer() == viewer)) {
        m_undo->clear(); // undo belongs to the juror who did the work
        m_scoring->setViewer(viewer);
        m_proposals->setViewer(viewer);
        m_ballot->setViewer(viewer);
        updateAssessmentPanels();
        announce(jurorId == 0 ? tr("Acting as the organiser.")
                              : tr("Acting as %1.").arg(m_actingAs->currentText()));
    }
    if (m_list)
        m_list->setViewer(viewer);
    for (QAction *a : std::as_const(m_jurorCommands))
        a->setEnabled(m_db && jurorId != 0);
    updatePhaseCommands();
}

void MainWindow::bringToFront(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

LeaderboardView *MainWindow::showLeaderboard()
{
    if (!m_db)
        return nullptr;
    if (!m_leaderboard) {
        m_leaderboard = new LeaderboardView(*m_db, this);
        m_leaderboard->setWindowFlag(Qt::Window);
        m_leaderboard->setWindowTitle(tr("Leaderboard – %1").arg(windowTitle()));
        connect(m_leaderboard, &LeaderboardView::applicationActivated, this, [this](qint64 id) {
            m_list->selectApplication(id);
            activateWindow();
            raise();
        });
        connect(m_leaderboard, &LeaderboardView::chooseFinalistsRequested, this,
                &MainWindow::chooseFinalists);
        connect(m_leaderboard, &LeaderboardView::failed, this, &MainWindow::showError);
    }
    bringToFront(m_leaderboard);
    return m_leaderboard;
}

void MainWindow::chooseFinalists()
{
    if (!m_db)
        return;
    FinalistDialog dialog(*m_db, this);
    if (dialog.exec() == QDialog::Accepted)
        announce(tr("The finalists are chosen."));
}

void MainWindow::updatePhaseCommands()
{
    if (!m_db || !m_phaseForward)
        return;
    auto round = RoundRepository(*m_db).load();
    if (!round)
        return;
    const Phase phase = round->phase;
    // A juror sees the leaderboard (everyone's scores) only once screening has closed.
    const Viewer viewer = m_scoring ? m_scoring->viewer() : Viewer::organiser();
    if (QAction *leaderboard = command(QStringLiteral("leaderboard")))
        leaderboard->setEnabled(Visibility::othersScores(round.value(), viewer, false));
    if (QAction *finalists = command(QStringLiteral("chooseFinalists")))
        finalists->setEnabled(viewer.isOrganiser()
                              && (phase == Phase::Screening || phase == Phase::Followup));
    for (QAction *a : {m_phaseForward, m_phaseBack})
        a->setVisible(viewer.isOrganiser());
    if (QAction *tally = command(QStringLiteral("tally")))
        tally->setEnabled(viewer.isOrganiser() && phase >= Phase::Vote);
    if (m_tally && !(viewer.isOrganiser() && phase >= Phase::Vote))
        m_tally->hide();
    if (QAction *decision = command(QStringLiteral("exportDecision")))
        decision->setEnabled(phase == Phase::Decided);
    if (QAction *protocol = command(QStringLiteral("exportProtocol")))
        protocol->setEnabled(phase > Phase::Screening);
    if (m_leaderboard && !Visibility::othersScores(round.value(), viewer, false))
        m_leaderboard->hide();
    const auto label = [](Phase to) {
        switch (to) {
        case Phase::Screening:
            return tr("Start the &screening");
        case Phase::Followup:
            return tr("Close the &screening (show the jury's assessments)");
        case Phase::Vote:
            return tr("Start the final &vote");
        case Phase::Decided:
            return tr("Record the &decision…");
        default:
            return QString();
        }
    };
    const bool forward = phase < Phase::Decided;
    m_phaseForward->setText(forward ? label(Phase(int(phase) + 1)) : tr("Show the &decision"));
    m_phaseForward->setEnabled(true);
    const bool back = phase > Phase::Preparation && phase < Phase::Decided;
    m_phaseBack->setText(back ? tr("&Back to “%1”").arg(phaseTitle(Phase(int(phase) - 1)))
                              : tr("&Back one phase"));
    m_phaseBack->setEnabled(back && RoundRepository(*m_db).canMoveTo(Phase(int(phase) - 1)).ok());
}

void MainWindow::movePhase(int direction)
{
    if (!m_db)
        return;
    auto round = RoundRepository(*m_db).load();
    if (!round)
        return;
    const Phase target = Phase(int(round->phase) + direction);
    if (auto ok = RoundRepository(*m_db).canMoveTo(target); !ok) {
        showError(ok.error());
        return;
    }
    QString question;
    switch (target) {
    case Phase::Screening:
        question = tr("Start the screening? Jurors can then score and recommend. The criteria "
                      "can no longer change.");
        break;
    case Phase::Followup:
        question = tr("Close the screening? Scores and recommendations can then no longer "
                      "change, and jurors see each other's assessments (except where they "
                      "have a conflict of interest).");
        break;
    case Phase::Vote:
        question = tr("Start the final vote between the finalists?");
        break;
    default:
        question = tr("Go back to the phase “%1”?").arg(phaseTitle(target));
    }
    const auto answer = QMessageBox::question(this, tr("Change phase"), question,
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (auto r = RoundRepository(*m_db).setPhase(target); !r)
        showError(r.error());
    else
        announce(tr("The round is now in the phase “%1”.").arg(phaseTitle(target)));
}

void MainWindow::exportSheet()
{
    const qint64 juror = m_actingAs->currentData().toLongLong();
    if (!m_db || juror == 0)
        return;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export scoring sheet"),
        QDir(Settings::lastFolder()).filePath(tr("scoring sheet %1.csv").arg(m_actingAs->currentText())),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    Settings::setLastFolder(QFileInfo(path).absolutePath());
    auto sheet = ScoringSheet::exportSheet(*m_db, juror);
    if (!sheet) {
        showError(sheet.error());
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(sheet.value()) != sheet->size()) {
        showError(Error(tr("The sheet could not be written: %1").arg(file.errorString()), path));
        return;
    }
    announce(tr("The scoring sheet was saved as %1.").arg(QFileInfo(path).fileName()));
}

void MainWindow::importSheet()
{
    const qint64 juror = m_actingAs->currentData().toLongLong();
    if (!m_db || juror == 0)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import scoring sheet"),
                                                      Settings::lastFolder(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::setLastFolder(QFileInfo(path).absolutePath());
    auto report = ScoringSheet::importSheet(*m_db, juror, path);
    if (!report) {
        showError(report.error());
        return;
    }
    m_undo->clear();
    announce(report->describe());
    QMessageBox::information(this, tr("Scoring sheet imported"), report->describe());
}

Result<void> MainWindow::openRound(const QString &requested)
{
    // A package received from the organiser becomes (or updates) the juror's working copy
    // on this computer; the received file itself is only read.
    QString path = requested;
    QString installed;
    if (auto probe = Database::openReadOnly(requested)) {
        auto owner = Package::info(*probe.value());
        auto round = RoundRepository(*probe.value()).load();
        if (owner && owner.value() && round) {
            const QString copy = Package::workingCopyPath(round->uuid, owner.value()->juror);
            if (QFileInfo(copy).absoluteFilePath() != QFileInfo(requested).absoluteFilePath()) {
                probe.value().reset();
                if (m_db && QFileInfo(m_db->filePath()).absoluteFilePath() == QFileInfo(copy).absoluteFilePath())
                    closeRound();
                auto report = Package::install(requested, copy);
                if (!report)
                    return report.error();
                installed = report->describe();
                path = copy;
            }
        }
    }
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    closeRound();
    m_db = std::move(opened).value();
    buildWorkspace();
    Settings::addRecentFile(path);
    updateRecentFiles();
    updateCommands();
    updateTitle();
    updateRole();
    updatePhaseCommands();
    announce(installed.isEmpty() ? tr("Opened %1.").arg(QFileInfo(path).fileName()) : installed);
    return {};
}

bool MainWindow::openFile(const QString &path)
{
    auto r = openRound(path);
    if (!r) {
        showError(r.error());
        Settings::removeRecentFile(path);
        updateRecentFiles();
        return false;
    }
    return true;
}

void MainWindow::closeRound()
{
    if (!m_db)
        return;
    if (m_splitter)
        Settings::setWindowLayout(saveGeometry(), saveState(), m_splitter->saveState());
    m_pages->setCurrentIndex(0);
    m_undo->clear();
    delete m_sync;
    m_sync = nullptr;
    m_packageJuror = 0;
    m_jurorName.clear();
    delete m_leaderboard;
    m_leaderboard = nullptr;
    delete m_tally;
    m_tally = nullptr;
    delete m_scoringDock;
    m_scoringDock = nullptr;
    m_ballot = nullptr;
    m_scoring = nullptr;
    m_proposals = nullptr;
    delete m_splitter;
    m_splitter = nullptr;
    m_list = nullptr;
    m_tabs = nullptr;
    m_reader = nullptr;
    m_attachment = nullptr;
    m_attachmentId = 0;
    m_db.reset();
    updateCommands();
    updateTitle();
}

QString MainWindow::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.jury"));
}

bool MainWindow::openDemo(bool recreate)
{
    const QString path = demoPath();
    if (recreate && QFileInfo::exists(path)) {
        if (m_db && m_db->filePath() == path)
            closeRound();
        QFile::remove(path);
    }
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto written = DemoRound::write(path);
        QApplication::restoreOverrideCursor();
        if (!written) {
            showError(written.error());
            return false;
        }
    }
    return openFile(path);
}

void MainWindow::updateCommands()
{
    for (QAction *a : std::as_const(m_roundCommands))
        a->setEnabled(m_db != nullptr);
    for (QAction *a : {m_phaseForward, m_phaseBack})
        if (a)
            a->setEnabled(m_db != nullptr);
    for (QAction *a : std::as_const(m_jurorCommands))
        a->setEnabled(m_db && m_actingAs->currentData().toLongLong() != 0);
    m_actingAs->setEnabled(m_db != nullptr);
}

void MainWindow::updateTitle()
{
    if (!m_db) {
        setWindowTitle(QStringLiteral("Jurybench"));
        m_roundLabel->clear();
        return;
    }
    auto round = RoundRepository(*m_db).load();
    if (!round) {
        showError(round.error());
        return;
    }
    const QString name = QStringLiteral("%1 %2").arg(round->settings.award).arg(round->settings.year);
    if (m_packageJuror != 0) {
        setWindowTitle(tr("%1 – %2 – Jurybench").arg(m_jurorName, name));
        m_roundLabel->setText(tr("Juror package of %1 · %2 · Phase: %3")
                                  .arg(m_jurorName, name, phaseTitle(round->phase)));
    } else {
        setWindowTitle(QStringLiteral("%1 – Jurybench").arg(name));
        m_roundLabel->setText(tr("%1 · Phase: %2").arg(name, phaseTitle(round->phase)));
    }
}

void MainWindow::showApplication(qint64 id)
{
    if (!m_reader)
        return;
    if (m_scoring)
        m_scoring->setApplication(id);
    if (m_proposals) {
        m_proposals->setApplication(id);
        updateAssessmentPanels();
    }
    if (id == 0) {
        m_reader->showMessage(m_list->visibleCount() == 0 && m_list->totalCount() > 0
                                  ? tr("No application matches the search and filters.")
                                  : m_list->totalCount() == 0
                                        ? tr("The round has no applications yet. Import them "
                                             "with File → Import applications.")
                                        : tr("Choose an application in the list to read it."));
        return;
    }
    auto application = ApplicationRepository(*m_db).load(id);
    if (!application) {
        showError(application.error());
        return;
    }
    m_reader->showApplication(application.value(), m_list->searchTerms(),
                              followupFor(id, application->row.status));
    if (m_attachmentId != 0) {
        // The attachment tab belongs to the application that was shown before.
        m_tabs->removeTab(m_tabs->indexOf(m_attachment));
        m_attachment->hide();
        m_attachment->clear();
        m_attachmentId = 0;
    }
    m_tabs->setTabText(m_tabs->indexOf(m_reader), application->row.municipality);
    if (!m_list->searchTerms().isEmpty())
        announce(tr("%n hit(s) in this application.", nullptr, m_reader->hitCount()));
}

Result<MainWindow::PdfFile> MainWindow::pdfFile(qint64 id) const
{
    // Positive ids are attachments of the application, negative ones PDFs of a finalist's answers.
    PdfFile file;
    if (id < 0) {
        auto data = FollowupRepository(*m_db).answerPdf(-id);
        if (!data)
            return data.error();
        file.data = data.value();
        if (auto answers = FollowupRepository(*m_db).answers(m_reader->applicationId())) {
            for (const Answer &a : answers.value())
                if (a.id == -id)
                    file.name = a.pdfName;
        }
        file.answer = true;
    } else {
        auto data = ApplicationRepository(*m_db).attachmentData(id);
        if (!data)
            return data.error();
        file.data = data.value();
        if (auto application = ApplicationRepository(*m_db).load(m_list->currentApplicationId())) {
            for (const AttachmentInfo &a : application->attachments)
                if (a.id == id)
                    file.name = a.fileName;
        }
    }
    if (file.name.isEmpty())
        file.name = QStringLiteral("bilaga.pdf");
    return file;
}

void MainWindow::showAttachment(qint64 attachmentId)
{
    auto file = pdfFile(attachmentId);
    if (!file) {
        showError(file.error());
        return;
    }
    const QString name = file->name;
    if (!m_attachment->showPdf(file->data, name)) {
        showError(Error(file->answer ? tr("The answer cannot be shown: it is not a readable PDF.")
                                     : tr("The attachment cannot be shown: it is not a readable PDF."),
                        name));
        return;
    }
    m_attachmentId = attachmentId;
    if (m_tabs->indexOf(m_attachment) < 0)
        m_tabs->addTab(m_attachment, QString());
    m_tabs->setTabText(m_tabs->indexOf(m_attachment),
                       file->answer ? tr("Answer: %1").arg(name) : tr("Attachment: %1").arg(name));
    m_tabs->setCurrentWidget(m_attachment);
    m_attachment->pdfView()->setFocus();
    announce(tr("Showing %1, %n page(s).", nullptr, m_attachment->pageCount()).arg(name));
}

void MainWindow::openAttachmentExternally(qint64 attachmentId)
{
    auto pdf = pdfFile(attachmentId);
    if (!pdf) {
        showError(pdf.error());
        return;
    }
    const QString name = pdf->name;
    const QByteArray &data = pdf->data;
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("jurybench-attachments/%1")
                                             .arg(attachmentId));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        showError(Error(tr("The attachment could not be saved for the PDF viewer: %1")
                            .arg(file.errorString()),
                        path));
        return;
    }
    file.close();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        showError(Error(tr("No PDF viewer could be started. The file is saved at %1.")
                            .arg(QDir::toNativeSeparators(path))));
}

void MainWindow::showError(const Error &error)
{
    announce(error.toString());
    QMessageBox box(QMessageBox::Warning, tr("Jurybench"), error.toString(), QMessageBox::Ok,
                    this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::announce(const QString &text)
{
    m_announcer->announce(text);
}

void MainWindow::newRound()
{
    NewRoundDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openFile(dialog.createdFile());
}

void MainWindow::openRoundDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open round"),
                                                      Settings::lastFolder(),
                                                      tr("Jurybench rounds (*.jury);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::setLastFolder(QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::importApplications()
{
    if (!m_db)
        return;
    ImportDialog dialog(*m_db, this);
    connect(&dialog, &ImportDialog::importFinished, this, [this, &dialog](bool ok) {
        if (ok && dialog.report())
            announce(dialog.report()->describe().section(QLatin1Char('\n'), 0, 0));
    });
    dialog.exec();
}

void MainWindow::showRoundSettings()
{
    if (!m_db)
        return;
    RoundSettingsDialog dialog(*m_db, this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(m_commands, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Jurybench"),
                       tr("<p><b>Jurybench %1</b></p><p>A workbench for award juries: read "
                          "the applications, screen them, vote and publish the decision. "
                          "Everything is stored in one round file on this computer.</p>"
                          "<p>Municipality facts: SCB (population 2019) and SKR "
                          "(municipality groups 2023).</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (language == Settings::language())
        return;
    Settings::setLanguage(language);
    const auto answer = QMessageBox::question(
        this, tr("Language"),
        tr("The new language is used when Jurybench starts again. Restart now?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    const QString file = m_db ? m_db->filePath() : QString();
    QStringList arguments;
    if (!file.isEmpty())
        arguments << file;
    if (close())
        QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
}

void MainWindow::setTextScale(int percent)
{
    Settings::setTextScale(percent);
    Theme::apply(*qApp, Settings::highContrast(), percent);
    announce(tr("Text size %1 %.").arg(percent));
}

void MainWindow::setHighContrast(bool on)
{
    Settings::setHighContrast(on);
    Theme::apply(*qApp, on, Settings::textScale());
    if (m_list)
        showApplication(m_list->currentApplicationId());
    announce(on ? tr("High contrast is on.") : tr("High contrast is off."));
}

QList<QAction *> MainWindow::commands() const
{
    return m_commands;
}

QAction *MainWindow::command(const QString &objectName) const
{
    for (QAction *a : m_commands) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_splitter)
        Settings::setWindowLayout(saveGeometry(), saveState(), m_splitter->saveState());
    else
        Settings::setWindowLayout(saveGeometry(), saveState(), Settings::splitterState());
    event->accept();
}

namespace {

// Return files merge into the open round; one round file or package opens.
QStringList droppedFiles(const QMimeData *data, const QString &suffix)
{
    QStringList files;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(suffix))
            files << url.toLocalFile();
    }
    return files;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *data = event->mimeData();
    const bool returns = m_db && m_packageJuror == 0
                         && !droppedFiles(data, QStringLiteral(".juryretur")).isEmpty();
    const bool round = data->urls().size() == 1
                       && (!droppedFiles(data, QStringLiteral(".jury")).isEmpty()
                           || !droppedFiles(data, QStringLiteral(".jurypaket")).isEmpty());
    if (returns || round)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList returns = droppedFiles(event->mimeData(), QStringLiteral(".juryretur"));
    if (!returns.isEmpty() && m_db && m_packageJuror == 0) {
        receiveReturnFiles(returns);
        return;
    }
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        openFile(urls.first().toLocalFile());
}

void MainWindow::updateRole()
{
    m_packageJuror = 0;
    m_jurorName.clear();
    if (m_db) {
        auto juror = RoundRepository(*m_db).packageJuror();
        if (juror)
            m_packageJuror = juror.value();
        if (auto jurors = JurorRepository(*m_db).list()) {
            for (const Juror &j : jurors.value())
                if (j.id == m_packageJuror)
                    m_jurorName = j.name;
        }
    }
    const bool jurorMode = m_packageJuror != 0;
    if (QToolBar *toolbar = findChild<QToolBar *>(QStringLiteral("actingAsToolBar")))
        toolbar->setVisible(m_db && !jurorMode);
    for (QAction *a : std::as_const(m_organiserCommands))
        a->setVisible(!jurorMode);
    m_handIn->setVisible(jurorMode);
    m_handIn->setEnabled(jurorMode);
    for (QAction *a : {m_phaseForward, m_phaseBack})
        a->setVisible(!jurorMode);
    if (jurorMode)
        actAs(m_packageJuror);
    updateTitle();

    delete m_sync;
    m_sync = nullptr;
    if (m_db) {
        auto round = RoundRepository(*m_db).load();
        const QString folder = round ? Settings::sharedFolder(uuidText(round->uuid)) : QString();
        m_stopSharing->setEnabled(!folder.isEmpty());
        if (!folder.isEmpty())
            useSharedFolder(folder);
    }
}

QList<MergeResult> MainWindow::receiveReturnFiles(const QStringList &paths, bool showReport)
{
    if (!m_db || paths.isEmpty())
        return {};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto results = Merger(*m_db).merge(paths);
    QApplication::restoreOverrideCursor();
    if (!results) {
        showError(results.error());
        return {};
    }
    announce(MergeReportDialog::summary(results.value()));
    if (showReport) {
        MergeReportDialog dialog(results.value(), this);
        dialog.exec();
    }
    return results.value();
}

void MainWindow::chooseReturnFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Receive return files"), Settings::lastFolder(),
        tr("Return files (*.juryretur);;All files (*)"));
    if (paths.isEmpty())
        return;
    Settings::setLastFolder(QFileInfo(paths.first()).absolutePath());
    receiveReturnFiles(paths);
}

Result<void> MainWindow::handIn(const QString &path)
{
    if (!m_db)
        return Error(tr("No round is open."));
    auto bytes = ReturnFile::create(*m_db);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() || !file.commit())
        return Error(tr("The return file could not be written: %1").arg(file.errorString()), path);
    return {};
}

void MainWindow::chooseHandIn()
{
    if (!m_db || m_packageJuror == 0)
        return;
    auto round = RoundRepository(*m_db).load();
    QString name = tr("%1 – %2 %3")
                       .arg(m_jurorName, round ? round->settings.award : QString())
                       .arg(round ? round->settings.year : 0);
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Hand in"),
                                                      QDir(folder).filePath(name + QStringLiteral(".juryretur")),
                                                      tr("Return files (*.juryretur)"));
    if (path.isEmpty())
        return;
    if (auto r = handIn(path); !r) {
        showError(r.error());
        return;
    }
    announce(tr("Handed in as %1. Send the file to the organiser.").arg(QFileInfo(path).fileName()));
}

void MainWindow::createPackages()
{
    if (!m_db)
        return;
    PackageDialog dialog(*m_db, this);
    if (m_sync)
        dialog.setFolder(SharedFolder::packageFolder(m_sync->folder()));
    dialog.exec();
    if (!dialog.createdFiles().isEmpty())
        announce(dialog.messageText());
}

void MainWindow::showMergeLog()
{
    if (!m_db)
        return;
    auto log = Merger(*m_db).log();
    if (!log) {
        showError(log.error());
        return;
    }
    MergeLogDialog dialog(log.value(), this);
    dialog.exec();
}

void MainWindow::chooseSharedFolder()
{
    if (!m_db)
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose the folder your sync service shares with the jury"),
        m_sync ? m_sync->folder() : Settings::lastFolder());
    if (!folder.isEmpty())
        useSharedFolder(folder);
}

void MainWindow::useSharedFolder(const QString &folder)
{
    if (!m_db)
        return;
    auto round = RoundRepository(*m_db).load();
    if (!round)
        return;
    Settings::setSharedFolder(uuidText(round->uuid), folder);
    delete m_sync;
    m_sync = nullptr;
    m_stopSharing->setEnabled(!folder.isEmpty());
    if (folder.isEmpty()) {
        announce(tr("The shared folder is no longer used."));
        return;
    }
    m_sync = new SharedFolderSync(*m_db, folder, m_packageJuror != 0, this);
    connect(m_sync, &SharedFolderSync::failed, this, [this](const Error &e) { announce(e.toString()); });
    connect(m_sync, &SharedFolderSync::returnWritten, this, [this] {
        statusBar()->showMessage(tr("Handed in to the shared folder."), 4000);
    });
    connect(m_sync, &SharedFolderSync::merged, this, [this](const QList<MergeResult> &results) {
        announce(MergeReportDialog::summary(results));
        for (const MergeResult &r : results) {
            if (!r.merged()) {
                auto *dialog = new MergeReportDialog(results, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->show();
                break;
            }
        }
    });
    connect(m_sync, &SharedFolderSync::newerPackageFound, this, &MainWindow::installNewerPackage);
    if (m_packageJuror != 0)
        m_sync->writeNow();
    announce(tr("Using the shared folder %1.").arg(QDir::toNativeSeparators(folder)));
}

void MainWindow::installNewerPackage(const QString &path)
{
    const auto answer = QMessageBox::question(
        this, tr("New package"),
        tr("The organiser has left a new package for you in the shared folder. Update your copy "
           "now? Your own work is kept."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        openFile(path);
}

void MainWindow::updateAssessmentPanels()
{
    if (m_proposals)
        m_proposals->setVisible(m_proposals->isRelevant());
    if (m_ballot && m_db) {
        auto round = RoundRepository(*m_db).load();
        m_ballot->setVisible(round && round->phase >= Phase::Vote);
    }
}

TallyView *MainWindow::showTally()
{
    if (!m_db)
        return nullptr;
    if (!m_tally) {
        m_tally = new TallyView(*m_db, this);
        m_tally->setWindowFlag(Qt::Window);
        m_tally->setWindowTitle(tr("Tally of the vote – %1").arg(windowTitle()));
        connect(m_tally, &TallyView::decisionRequested, this, [this] { showDecision(); });
        connect(m_tally, &TallyView::failed, this, &MainWindow::showError);
    }
    bringToFront(m_tally);
    return m_tally;
}

void MainWindow::showDecision()
{
    if (!m_db)
        return;
    DecisionDialog dialog(*m_db, m_tally && m_tally->isActiveWindow() ? static_cast<QWidget *>(m_tally) : this);
    bool decided = false;
    connect(&dialog, &DecisionDialog::decided, this, [&decided] { decided = true; });
    dialog.exec();
    if (!decided)
        return;
    announce(tr("The decision is recorded and the round is locked."));
    const auto answer = QMessageBox::question(
        this, tr("The jury's decision"),
        tr("The decision is recorded. Export the decision as PDF now? You can export it again at any "
           "time from the Round menu."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        exportDecision();
}

void MainWindow::showFollowup()
{
    if (!m_db)
        return;
    FollowupDialog dialog(*m_db, this);
    connect(&dialog, &FollowupDialog::announced, this, &MainWindow::announce);
    const qint64 current = m_list ? m_list->currentApplicationId() : 0;
    dialog.setCurrentFinalist(current);
    dialog.exec();
    showApplication(m_list->currentApplicationId());
}


ReaderFollowup MainWindow::followupFor(qint64 id, ApplicationStatus status) const
{
    ReaderFollowup followup;
    if (status != ApplicationStatus::Finalist)
        return followup;
    FollowupRepository repository(*m_db);
    auto questions = repository.questions(id);
    auto answers = repository.answers(id);
    auto replyBy = repository.replyBy(id);
    if (!questions || !answers || !replyBy)
        return followup;
    const auto split = FollowupRepository::answersPerQuestion(questions.value(), answers.value());
    for (int i = 0; i < questions->size(); ++i)
        followup.items.append({questions->at(i).text, split.first.value(i)});
    followup.letterAnswer = split.second;
    followup.replyBy = replyBy.value();
    for (const Answer &a : answers.value())
        if (!a.pdfName.isEmpty())
            followup.files.append({a.id, a.pdfName, a.received});
    return followup;
}

void MainWindow::refreshFollowupInReader()
{
    // Answers and questions change rarely; scores often. Re-render only for the former.
    const qint64 id = m_reader ? m_reader->applicationId() : 0;
    if (id == 0)
        return;
    auto application = ApplicationRepository(*m_db).load(id);
    if (application && !(followupFor(id, application->row.status) == m_reader->followup()))
        showApplication(id);
}

QString MainWindow::chooseDocumentPath(const QString &title, const QString &name, const QString &filters)
{
    const QString folder = Settings::lastFolder().isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : Settings::lastFolder();
    const QString path = QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(name), filters);
    if (!path.isEmpty())
        Settings::setLastFolder(QFileInfo(path).absolutePath());
    return path;
}

Result<void> MainWindow::writeDecision(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = Documents::exportDecision(*m_db, path);
    QApplication::restoreOverrideCursor();
    return written;
}

Result<void> MainWindow::writeProtocol(const QString &path)
{
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto written = Documents::exportProtocol(*m_db, path);
        QApplication::restoreOverrideCursor();
        return written;
    }
    auto csv = Documents::protocolCsv(*m_db);
    if (!csv)
        return csv.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.value()) != csv->size() || !file.commit())
        return Error(tr("The file could not be written: %1").arg(file.errorString()), path);
    return {};
}

void MainWindow::exportDecision()
{
    exportDocument(tr("Export the decision"), tr("Decision %1 %2.pdf"), tr("PDF documents (*.pdf)"),
                   &MainWindow::writeDecision, tr("The decision is saved as %1."));
}

void MainWindow::exportProtocol()
{
    exportDocument(tr("Export the jury protocol"), tr("Jury protocol %1 %2.pdf"),
                   tr("PDF documents (*.pdf);;CSV for archiving (*.csv)"), &MainWindow::writeProtocol,
                   tr("The protocol is saved as %1."));
}

void MainWindow::exportDocument(const QString &title, const QString &nameTemplate, const QString &filters,
                                Result<void> (MainWindow::*write)(const QString &), const QString &savedMessage)
{
    auto round = RoundRepository(*m_db).load();
    if (!round)
        return showError(round.error());
    const QString path = chooseDocumentPath(
        title, nameTemplate.arg(round->settings.award).arg(round->settings.year), filters);
    if (path.isEmpty())
        return;
    if (auto written = (this->*write)(path); !written)
        return showError(written.error());
    announce(savedMessage.arg(QFileInfo(path).fileName()));
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}
