#pragma once

#include "application.h"
#include "readerview.h"
#include "result.h"

#include <QMainWindow>

#include <memory>

class Announcer;
class ApplicationListPanel;
class LeaderboardView;
class ProposalPanel;
class QComboBox;
class QDockWidget;
class QUndoStack;
class ScoringPanel;
class SharedFolderSync;
struct MergeResult;
class AttachmentViewer;
class Database;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class ReaderView;

/// The Jurybench window: the application list on the left, the reader (and an attachment)
/// on the right. One round file is open at a time; every edit is stored at once.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a round file, telling the user in a dialog when it cannot.
    bool openFile(const QString &path);
    /// Opens a round file without dialogs; the error says why not.
    Result<void> openRound(const QString &path);
    void closeRound();

    /// The demo round in the user's data folder, written first when missing.
    bool openDemo(bool recreate = false);
    static QString demoPath();

    Database *database() const { return m_db.get(); }
    ApplicationListPanel *listPanel() const { return m_list; }
    ReaderView *reader() const { return m_reader; }
    AttachmentViewer *attachmentViewer() const { return m_attachment; }
    ScoringPanel *scoringPanel() const { return m_scoring; }
    ProposalPanel *proposalPanel() const { return m_proposals; }
    QComboBox *actingAs() const { return m_actingAs; }
    QUndoStack *undoStack() const { return m_undo; }
    /// Opens (or raises) the leaderboard window.
    LeaderboardView *showLeaderboard();
    /// Acts as the juror with id @p jurorId (0: as the organiser).
    void actAs(qint64 jurorId);
    /// The juror whose package is open (0: the organiser's round file).
    qint64 packageJuror() const { return m_packageJuror; }
    /// Merges return files into the open round and shows what happened.
    QList<MergeResult> receiveReturnFiles(const QStringList &paths, bool showReport = true);
    /// Writes the juror's return file to @p path.
    Result<void> handIn(const QString &path);
    SharedFolderSync *sharedFolderSync() const { return m_sync; }
    void useSharedFolder(const QString &folder);
    QTabWidget *readerTabs() const { return m_tabs; }
    /// Writes the decision PDF, or the protocol as PDF or (by the name's suffix) CSV.
    Result<void> writeDecision(const QString &path);
    Result<void> writeProtocol(const QString &path);
    /// Every command of the window, for the shortcuts list and for tests.
    QList<QAction *> commands() const;
    QAction *command(const QString &objectName) const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QAction *addCommand(QMenu *menu, const QString &name, const QString &text,
                        const QKeySequence &shortcut = {});
    void createMenus();
    QWidget *createWelcomePage();
    void buildWorkspace();
    void updateCommands();
    void updateTitle();
    void updateRecentFiles();
    void showApplication(qint64 id);
    struct PdfFile
    {
        QByteArray data;
        QString name;
        bool answer = false;
    };
    Result<PdfFile> pdfFile(qint64 id) const;
    /// Shows an attachment of the application (id > 0) or the PDF of an answer (id < 0).
    void showAttachment(qint64 attachmentId);
    void openAttachmentExternally(qint64 attachmentId);
    void showError(const Error &error);
    void announce(const QString &text);

    void newRound();
    void openRoundDialog();
    void importApplications();
    void showRoundSettings();
    void chooseFinalists();
    void showFollowup();
    void exportDecision();
    void exportProtocol();
    void exportDocument(const QString &title, const QString &nameTemplate, const QString &filters,
                        Result<void> (MainWindow::*write)(const QString &), const QString &savedMessage);
    QString chooseDocumentPath(const QString &title, const QString &name, const QString &filters);
    void updateAssessmentPanels();
    ReaderFollowup followupFor(qint64 id, ApplicationStatus status) const;
    void refreshFollowupInReader();
    void movePhase(int direction);
    void exportSheet();
    void importSheet();
    void fillActingAs();
    void updatePhaseCommands();
    void updateRole();
    void chooseReturnFiles();
    void chooseHandIn();
    void createPackages();
    void showMergeLog();
    void chooseSharedFolder();
    void installNewerPackage(const QString &path);
    void showShortcuts();
    void showAbout();
    void chooseLanguage(const QString &language);
    void setTextScale(int percent);
    void setHighContrast(bool on);

    std::unique_ptr<Database> m_db;
    QStackedWidget *m_pages;
    QListWidget *m_recent = nullptr;
    QSplitter *m_splitter = nullptr;
    ApplicationListPanel *m_list = nullptr;
    QTabWidget *m_tabs = nullptr;
    ReaderView *m_reader = nullptr;
    AttachmentViewer *m_attachment = nullptr;
    qint64 m_attachmentId = 0;
    QLabel *m_roundLabel;
    QLabel *m_liveLabel;
    std::unique_ptr<Announcer> m_announcer;
    QMenu *m_recentMenu = nullptr;
    QUndoStack *m_undo;
    QComboBox *m_actingAs;
    QDockWidget *m_scoringDock = nullptr;
    ScoringPanel *m_scoring = nullptr;
    ProposalPanel *m_proposals = nullptr;
    LeaderboardView *m_leaderboard = nullptr;
    QAction *m_phaseForward = nullptr;
    QAction *m_phaseBack = nullptr;
    QList<QAction *> m_jurorCommands; // need a juror to act as
    QList<QAction *> m_organiserCommands; // only in the organiser's round file
    QAction *m_handIn = nullptr;
    QAction *m_stopSharing = nullptr;
    qint64 m_packageJuror = 0;
    QString m_jurorName;
    SharedFolderSync *m_sync = nullptr;
    QList<QAction *> m_commands;
    QList<QAction *> m_roundCommands; // enabled only while a round is open
};
