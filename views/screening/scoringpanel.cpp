#include "scoringpanel.h"

#include "conflictdialog.h"
#include "itemmodels/commentlistmodel.h"
#include "scorescale.h"
#include "screening/workrepository.h"
#include "storage/applicationrepository.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "workcommands.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QUndoStack>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int NoRecommendation = 3;

QLabel *wrapped(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ScoringPanel::ScoringPanel(Database &db, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_undo(undo)
    , m_title(wrapped(this))
    , m_who(wrapped(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_notice(wrapped(this))
    , m_criteriaBox(new QGroupBox(tr("Scores"), this))
    , m_criteriaGrid(new QGridLayout(m_criteriaBox))
    , m_recommendationBox(new QGroupBox(tr("Finalist?"), this))
    , m_recommendationGroup(new QButtonGroup(this))
    , m_conflictButton(new QPushButton(this))
    , m_juryBox(new QGroupBox(tr("The jury's assessments"), this))
    , m_juryTable(new QTableWidget(this))
    , m_conflicts(wrapped(this))
    , m_registerConflict(new QPushButton(tr("Register a conflict of &interest…"), this))
    , m_commentsBox(new QGroupBox(tr("Comments"), this))
    , m_comments(new CommentListModel(db, this))
    , m_commentList(new QListView(this))
    , m_newComment(new QPushButton(tr("Ne&w comment"), this))
    , m_editComment(new QPushButton(tr("E&dit"), this))
    , m_deleteComment(new QPushButton(tr("De&lete"), this))
    , m_commentEditor(new QPlainTextEdit(this))
    , m_commentShared(new QCheckBox(tr("Share with the &jury"), this))
    , m_saveComment(new QPushButton(tr("Save &comment"), this))
    , m_cancelComment(new QPushButton(tr("Cancel"), this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_progressLabel->setAccessibleName(tr("Progress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setTextVisible(false);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setContentsMargins(8, 6, 8, 6);
    m_notice->setAccessibleName(tr("Notice"));

    m_criteriaGrid->setColumnStretch(0, 1);

    auto *recommendationLayout = new QGridLayout(m_recommendationBox);
    const QList<QPair<std::optional<Recommendation>, QString>> choices = {
        {Recommendation::Yes, tr("&Yes")},
        {Recommendation::Maybe, tr("&Maybe")},
        {Recommendation::No, tr("&No")},
        {std::nullopt, tr("No recommendation")},
    };
    for (int i = 0; i < choices.size(); ++i) {
        auto *button = new QRadioButton(choices.at(i).second, m_recommendationBox);
        button->setAccessibleDescription(tr("Should the application be a finalist?"));
        m_recommendationGroup->addButton(button, i);
        recommendationLayout->addWidget(button, i / 2, i % 2);
    }
    recommendationLayout->setColumnStretch(2, 1);
    connect(m_recommendationGroup, &QButtonGroup::idClicked, this, &ScoringPanel::recommendationChosen);

    connect(m_conflictButton, &QPushButton::clicked, this, &ScoringPanel::toggleConflict);

    m_juryTable->setAccessibleName(tr("The jury's scores"));
    m_juryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_juryTable->setTabKeyNavigation(false);
    m_juryTable->verticalHeader()->hide();
    m_juryTable->horizontalHeader()->setStretchLastSection(false);
    m_juryTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_juryTable->installEventFilter(this);
    m_juryTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conflicts->setAccessibleName(tr("Conflicts of interest"));
    auto *juryLayout = new QVBoxLayout(m_juryBox);
    juryLayout->addWidget(m_juryTable);
    juryLayout->addWidget(m_conflicts);
    juryLayout->addWidget(m_registerConflict, 0, Qt::AlignLeft);
    connect(m_registerConflict, &QPushButton::clicked, this, &ScoringPanel::toggleConflict);

    m_comments->setContext(m_viewer, 0);
    m_commentList->setModel(m_comments);
    m_commentList->setAccessibleName(tr("Comments"));
    m_commentList->setWordWrap(true);
    m_commentList->setAlternatingRowColors(true);
    m_commentList->setMinimumHeight(90);
    m_commentList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_commentEditor->setAccessibleName(tr("Comment text"));
    m_commentEditor->setPlaceholderText(tr("Write a comment on the application…"));
    m_commentEditor->setTabChangesFocus(true);
    m_commentEditor->setMaximumHeight(fontMetrics().height() * 6);
    m_commentShared->setAccessibleDescription(
        tr("A shared comment is read by the whole jury; an unshared one only by you."));
    auto *commentButtons = new QHBoxLayout;
    commentButtons->addWidget(m_newComment);
    commentButtons->addWidget(m_editComment);
    commentButtons->addWidget(m_deleteComment);
    commentButtons->addStretch();
    auto *editorButtons = new QHBoxLayout;
    editorButtons->addStretch();
    editorButtons->addWidget(m_cancelComment);
    editorButtons->addWidget(m_saveComment);
    auto *commentsLayout = new QVBoxLayout(m_commentsBox);
    commentsLayout->addWidget(m_commentList);
    commentsLayout->addLayout(commentButtons);
    commentsLayout->addWidget(m_commentEditor);
    commentsLayout->addWidget(m_commentShared);
    commentsLayout->addLayout(editorButtons);
    connect(m_newComment, &QPushButton::clicked, this, &ScoringPanel::startComment);
    connect(m_editComment, &QPushButton::clicked, this, &ScoringPanel::editSelectedComment);
    connect(m_deleteComment, &QPushButton::clicked, this, &ScoringPanel::deleteSelectedComment);
    connect(m_saveComment, &QPushButton::clicked, this, &ScoringPanel::saveComment);
    connect(m_cancelComment, &QPushButton::clicked, this, &ScoringPanel::cancelComment);
    connect(m_commentList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ScoringPanel::updateEnabled);
    connect(m_comments, &QAbstractItemModel::modelReset, this, &ScoringPanel::updateEnabled);
    connect(m_comments, &CommentListModel::loadFailed, this, &ScoringPanel::reportError);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progress, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_who);
    layout->addLayout(progressRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_criteriaBox);
    layout->addWidget(m_recommendationBox);
    layout->addWidget(m_conflictButton, 0, Qt::AlignLeft);
    layout->addWidget(m_juryBox);
    layout->addWidget(m_commentsBox);
    layout->addStretch();

    connect(&m_db, &Database::changed, this, [this](Database::Topic topic) {
        if (topic == Database::Topic::Criteria)
            rebuildCriteria();
        if (topic == Database::Topic::Work || topic == Database::Topic::Round
            || topic == Database::Topic::Jurors)
            refresh();
    });
    rebuildCriteria();
    refresh();
}

void ScoringPanel::reportError(const Error &error)
{
    emit failed(error);
}

void ScoringPanel::setViewer(const Viewer &viewer)
{
    if (viewer == m_viewer)
        return;
    cancelComment();
    m_viewer = viewer;
    m_comments->setContext(m_viewer, m_application);
    refresh();
}

void ScoringPanel::setApplication(qint64 applicationId)
{
    if (applicationId == m_application)
        return;
    cancelComment();
    m_application = applicationId;
    m_comments->setContext(m_viewer, m_application);
    if (!m_viewer.isOrganiser() && m_application != 0) {
        // Marked once the change of application is over: the list may still be filtering or
        // sorting, and the write updates the models it is working on.
        QTimer::singleShot(0, this, [this, juror = m_viewer.jurorId, id = m_application] {
            if (m_viewer.jurorId != juror || m_application != id)
                return;
            if (auto r = WorkRepository(m_db).markRead(juror, id); !r)
                emit failed(r.error());
        });
    }
    refresh();
}

bool ScoringPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_juryTable && event->type() == QEvent::Resize)
        fitJuryTable();
    return QWidget::eventFilter(watched, event);
}

void ScoringPanel::fitJuryTable()
{
    QHeaderView *header = m_juryTable->horizontalHeader();
    const int last = header->count() - 1;
    const int frame = 2 * m_juryTable->frameWidth();
    int sideways = 0;
    if (last >= 0) {
        const int natural = std::max(static_cast<QAbstractItemView *>(m_juryTable)->sizeHintForColumn(last),
                                     header->sectionSizeHint(last));
        int others = 0;
        for (int column = 0; column < last; ++column)
            others += header->sectionSize(column);
        const int available = m_juryTable->width() - frame;
        header->resizeSection(last, std::max(natural, available - others));
        if (others + natural > available)
            sideways = m_juryTable->horizontalScrollBar()->sizeHint().height();
    }
    m_juryTable->setFixedHeight(header->sizeHint().height() + m_juryTable->verticalHeader()->length()
                                + frame + sideways);
}

void ScoringPanel::rebuildCriteria()
{
    for (const CriterionRow &row : std::as_const(m_rows)) {
        delete row.name;
        delete row.scale;
        delete row.guidance;
        delete row.note;
    }
    m_rows.clear();
    auto criteria = CriterionRepository(m_db).list();
    if (!criteria) {
        emit failed(criteria.error());
        return;
    }
    int gridRow = 0;
    for (const Criterion &c : criteria.value()) {
        // Long criterion names wrap: the panel fits a narrow dock at large text sizes.
        CriterionRow row{c, wrapped(m_criteriaBox), new ScoreScale(m_criteriaBox),
                         wrapped(m_criteriaBox), new QLineEdit(m_criteriaBox)};
        QFont bold = row.name->font();
        bold.setBold(true);
        row.name->setFont(bold);
        row.name->setText(c.name);
        row.name->setBuddy(row.scale);
        row.scale->setRange(c.scaleMin, c.scaleMax);
        row.scale->setAccessibleName(c.name);
        row.scale->setAccessibleDescription(c.guidance);
        row.scale->setToolTip(c.guidance);
        row.guidance->setText(c.guidance);
        row.guidance->setForegroundRole(QPalette::PlaceholderText);
        row.note->setPlaceholderText(tr("Note (only you see it)"));
        row.note->setAccessibleName(tr("Note on %1").arg(c.name));
        // One criterion under the other, each read top-down: name, scale, guidance, note.
        // It reads the same in a narrow panel and at 200 % text.
        m_criteriaGrid->addWidget(row.name, gridRow, 0);
        m_criteriaGrid->addWidget(row.scale, gridRow + 1, 0, Qt::AlignLeft);
        m_criteriaGrid->addWidget(row.guidance, gridRow + 2, 0);
        m_criteriaGrid->addWidget(row.note, gridRow + 3, 0);
        m_criteriaGrid->setRowMinimumHeight(gridRow + 4, fontMetrics().height() / 2);
        gridRow += 5;
        const int index = int(m_rows.size());
        connect(row.scale, &ScoreScale::valueEdited, this,
                [this, index](std::optional<int> value) { scoreEdited(index, value); });
        connect(row.scale, &ScoreScale::stepRequested, this, [this, index](int direction) {
            const int next = index + direction;
            if (next >= 0 && next < m_rows.size())
                m_rows.at(next).scale->setFocus(Qt::TabFocusReason);
            else if (next >= m_rows.size())
                m_recommendationGroup->button(0)->setFocus(Qt::TabFocusReason);
        });
        connect(row.note, &QLineEdit::editingFinished, this, [this, index] { noteEdited(index); });
        m_rows << row;
    }
    // Tab goes scale, note, next scale…
    QWidget *previous = nullptr;
    for (const CriterionRow &row : std::as_const(m_rows)) {
        if (previous)
            setTabOrder(previous, row.scale);
        setTabOrder(row.scale, row.note);
        previous = row.note;
    }
    refresh();
}

void ScoringPanel::refresh()
{
    auto round = RoundRepository(m_db).load();
    if (!round) {
        emit failed(round.error());
        return;
    }
    m_round = round.value();
    WorkRepository work(m_db);
    m_scores.clear();
    m_recommendation.reset();
    m_conflicted = false;
    QString notice;

    if (m_application == 0) {
        m_title->setText(tr("No application chosen"));
    } else if (auto application = ApplicationRepository(m_db).load(m_application)) {
        m_title->setText(application->row.title.isEmpty()
                             ? application->row.municipality
                             : tr("%1: %2").arg(application->row.municipality, application->row.title));
    }

    if (m_viewer.isOrganiser()) {
        m_who->setText(tr("You see the jury's work as the organiser. Choose a juror under "
                          "“Act as” to score for them."));
    } else if (auto juror = JurorRepository(m_db).list()) {
        for (const Juror &j : juror.value()) {
            if (j.id == m_viewer.jurorId)
                m_who->setText(tr("You are assessing as %1.").arg(j.name));
        }
    }

    if (!m_viewer.isOrganiser() && m_application != 0) {
        auto scores = work.scores(m_viewer.jurorId, m_application);
        auto recommendation = work.recommendation(m_viewer.jurorId, m_application);
        auto conflict = work.conflict(m_viewer.jurorId, m_application);
        if (!scores || !recommendation || !conflict) {
            emit failed(!scores ? scores.error()
                                : !recommendation ? recommendation.error() : conflict.error());
            return;
        }
        m_scores = scores.value();
        m_recommendation = recommendation.value();
        m_conflicted = conflict.value().has_value();
        if (m_conflicted)
            notice = tr("Conflict of interest: %1. You take no part in assessing this "
                        "application and do not see the other jurors' assessments of it.")
                         .arg(conflict.value()->reason);
        else if (m_round.phase == Phase::Preparation)
            notice = tr("Scoring opens when the organiser starts the screening.");
        else if (m_round.phase > Phase::Screening)
            notice = tr("Screening has closed; scores and recommendations can no longer change.");
    }
    if (m_round.phase == Phase::Decided)
        notice = tr("The round is decided and locked.");

    for (const CriterionRow &row : std::as_const(m_rows)) {
        const Score s = m_scores.value(row.criterion.id);
        row.scale->setValue(s.value);
        if (!row.note->hasFocus())
            row.note->setText(s.note);
    }
    const int checked = !m_recommendation ? NoRecommendation : int(*m_recommendation);
    if (auto *button = m_recommendationGroup->button(checked))
        button->setChecked(true);

    m_conflictButton->setText(m_conflicted ? tr("Withdraw the conflict of &interest")
                                           : tr("Declare a conflict of &interest…"));
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    refreshProgress();
    refreshOrganiserView();
    updateEnabled();
}

void ScoringPanel::refreshProgress()
{
    const bool juror = !m_viewer.isOrganiser();
    m_progressLabel->setVisible(juror);
    m_progress->setVisible(juror);
    if (!juror)
        return;
    auto tally = WorkRepository(m_db).tally(m_viewer.jurorId);
    if (!tally) {
        emit failed(tally.error());
        return;
    }
    const QString text = tr("Scored %1 of %2").arg(tally->scored).arg(tally->total);
    m_progressLabel->setText(text);
    m_progress->setRange(0, std::max(1, tally->total));
    m_progress->setValue(tally->scored);
    m_progress->setAccessibleName(text);
}

void ScoringPanel::refreshOrganiserView()
{
    const bool organiser = m_viewer.isOrganiser();
    const bool juryVisible = m_application != 0
                             && Visibility::othersScores(m_round, m_viewer, m_conflicted);
    m_juryBox->setVisible(juryVisible);
    m_registerConflict->setVisible(organiser);
    m_criteriaBox->setVisible(!organiser);
    m_recommendationBox->setVisible(!organiser);
    m_conflictButton->setVisible(!organiser);
    if (!juryVisible)
        return;
    WorkRepository work(m_db);
    auto jurors = JurorRepository(m_db).list();
    auto scores = work.scoresOn(m_application);
    auto recommendations = work.recommendationsOn(m_application);
    auto conflicts = work.conflictsOn(m_application);
    if (!jurors || !scores || !recommendations || !conflicts)
        return;
    // Juror, their weighted mean, the score on each criterion, and the recommendation:
    // narrow enough for the panel, and each cell says in words what it holds.
    m_juryTable->clear();
    m_juryTable->setRowCount(int(jurors->size()));
    m_juryTable->setColumnCount(4);
    m_juryTable->setHorizontalHeaderLabels({tr("Juror"), tr("Mean"), tr("Per criterion"), tr("Finalist?")});
    QStringList criterionNames;
    for (const CriterionRow &row : std::as_const(m_rows))
        criterionNames << row.criterion.name;
    m_juryTable->horizontalHeaderItem(2)->setToolTip(criterionNames.join(QStringLiteral(", ")));
    const QLocale locale;
    QStringList conflictLines;
    for (int r = 0; r < jurors->size(); ++r) {
        const Juror &j = jurors->at(r);
        bool conflicted = false;
        for (const Conflict &k : conflicts.value()) {
            if (k.jurorId == j.id) {
                conflicted = true;
                conflictLines << tr("%1: %2").arg(j.name, k.reason);
            }
        }
        QStringList values, spoken;
        double weighted = 0, weights = 0;
        for (const CriterionRow &row : std::as_const(m_rows)) {
            std::optional<int> value;
            for (const Score &s : scores.value()) {
                if (s.jurorId == j.id && s.criterionId == row.criterion.id)
                    value = s.value;
            }
            values << (value ? QString::number(*value) : QStringLiteral("–"));
            spoken << tr("%1 %2").arg(row.criterion.name, value ? QString::number(*value) : tr("not scored"));
            if (value) {
                const double span = row.criterion.scaleMax - row.criterion.scaleMin;
                weighted += row.criterion.weight * (*value - row.criterion.scaleMin) / span;
                weights += row.criterion.weight;
            }
        }
        auto *name = new QTableWidgetItem(j.name);
        auto *mean = new QTableWidgetItem();
        auto *detail = new QTableWidgetItem();
        if (conflicted) {
            mean->setText(tr("conflict"));
            detail->setText(QStringLiteral("–"));
        } else {
            // The mean shown on the first criterion's scale, as the leaderboard does.
            const Criterion &first = m_rows.isEmpty() ? Criterion() : m_rows.first().criterion;
            mean->setText(weights > 0 ? locale.toString(first.scaleMin + weighted / weights * (first.scaleMax - first.scaleMin), 'f', 1)
                                      : QStringLiteral("–"));
            detail->setText(values.join(QStringLiteral(" · ")));
            detail->setData(Qt::AccessibleTextRole, spoken.join(QStringLiteral(", ")));
            detail->setToolTip(spoken.join(QLatin1Char('\n')));
        }
        mean->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_juryTable->setItem(r, 0, name);
        m_juryTable->setItem(r, 1, mean);
        m_juryTable->setItem(r, 2, detail);
        const auto rec = recommendations->constFind(j.id);
        m_juryTable->setItem(r, 3, new QTableWidgetItem(conflicted || rec == recommendations->constEnd()
                                                            ? QStringLiteral("–")
                                                            : recommendationTitle(*rec)));
    }
    m_juryTable->resizeColumnsToContents();
    m_juryTable->resizeRowsToContents();
    fitJuryTable();
    m_conflicts->setText(conflictLines.isEmpty()
                             ? tr("No conflicts of interest are declared on this application.")
                             : tr("Conflicts of interest: %1").arg(conflictLines.join(QStringLiteral("; "))));
}

void ScoringPanel::updateEnabled()
{
    const bool juror = !m_viewer.isOrganiser() && m_application != 0;
    const bool scoring = juror && !m_conflicted && m_round.phase == Phase::Screening;
    for (const CriterionRow &row : std::as_const(m_rows)) {
        row.scale->setEnabled(scoring);
        row.note->setEnabled(scoring);
    }
    m_recommendationBox->setEnabled(scoring);
    const bool unlocked = m_round.phase != Phase::Decided && m_application != 0;
    m_conflictButton->setEnabled(juror && unlocked);
    m_registerConflict->setEnabled(m_viewer.isOrganiser() && unlocked);

    const bool commenting = juror && unlocked;
    const QModelIndex current = m_commentList->currentIndex();
    const bool own = current.isValid() && current.data(CommentListModel::OwnRole).toBool();
    m_newComment->setEnabled(commenting);
    m_editComment->setEnabled(commenting && own);
    m_deleteComment->setEnabled(commenting && own);
    m_commentEditor->setEnabled(commenting);
    m_commentShared->setEnabled(commenting);
    m_saveComment->setEnabled(commenting);
    m_cancelComment->setEnabled(commenting && m_editing.has_value());
    m_commentsBox->setTitle(m_viewer.isOrganiser() ? tr("Shared comments") : tr("Comments"));
    // The organiser reads comments; writing them is for jurors.
    for (QWidget *w : std::initializer_list<QWidget *>{m_newComment, m_editComment, m_deleteComment,
                                                       m_commentEditor, m_commentShared,
                                                       m_saveComment, m_cancelComment})
        w->setVisible(!m_viewer.isOrganiser());
}

QList<ScoreScale *> ScoringPanel::scales() const
{
    QList<ScoreScale *> list;
    for (const CriterionRow &row : m_rows)
        list << row.scale;
    return list;
}

QLineEdit *ScoringPanel::noteField(int criterion) const
{
    return m_rows.at(criterion).note;
}

QRadioButton *ScoringPanel::recommendationButton(std::optional<Recommendation> value) const
{
    return qobject_cast<QRadioButton *>(
        m_recommendationGroup->button(value ? int(*value) : NoRecommendation));
}

QString ScoringPanel::progressText() const
{
    return m_progressLabel->text();
}

QString ScoringPanel::noticeText() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void ScoringPanel::focusScoring()
{
    for (const CriterionRow &row : std::as_const(m_rows)) {
        if (!row.scale->value() && row.scale->isEnabled()) {
            row.scale->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    if (!m_rows.isEmpty())
        m_rows.first().scale->setFocus(Qt::ShortcutFocusReason);
}

void ScoringPanel::scoreEdited(int index, std::optional<int> value)
{
    const CriterionRow &row = m_rows.at(index);
    const Score before = m_scores.value(row.criterion.id);
    const QString text = value ? tr("Score %1 on %2").arg(*value).arg(row.criterion.name)
                               : tr("Clear the score on %1").arg(row.criterion.name);
    m_undo->push(new SetScoreCommand(m_db, [this](const Error &e) { emit failed(e); },
                                     m_viewer.jurorId, m_application, row.criterion.id,
                                     {before.value, before.note}, {value, row.note->text()}, text));
    emit announced(tr("%1: %2, saved.").arg(row.criterion.name, row.scale->valueText()));
}

void ScoringPanel::noteEdited(int index)
{
    const CriterionRow &row = m_rows.at(index);
    const Score before = m_scores.value(row.criterion.id);
    const QString note = row.note->text().trimmed();
    if (note == before.note || m_viewer.isOrganiser() || m_application == 0)
        return;
    m_undo->push(new SetScoreCommand(m_db, [this](const Error &e) { emit failed(e); },
                                     m_viewer.jurorId, m_application, row.criterion.id,
                                     {before.value, before.note}, {before.value, note},
                                     tr("Note on %1").arg(row.criterion.name)));
}

void ScoringPanel::recommendationChosen(int id)
{
    const std::optional<Recommendation> value =
        id == NoRecommendation ? std::nullopt : std::optional<Recommendation>(Recommendation(id));
    if (value == m_recommendation)
        return;
    m_undo->push(new SetRecommendationCommand(m_db, [this](const Error &e) { emit failed(e); },
                                              m_viewer.jurorId, m_application, m_recommendation,
                                              value));
    emit announced(tr("Recommendation saved: %1.")
                       .arg(value ? recommendationTitle(*value) : tr("none")));
}

void ScoringPanel::toggleConflict()
{
    if (m_application == 0)
        return;
    auto application = ApplicationRepository(m_db).load(m_application);
    const QString name = application ? application->row.municipality : QString();
    WorkRepository work(m_db);
    if (!m_viewer.isOrganiser() && m_conflicted) {
        if (auto r = work.withdrawConflict(m_viewer.jurorId, m_application); !r)
            emit failed(r.error());
        else
            emit announced(tr("The conflict of interest on %1 was withdrawn.").arg(name));
        return;
    }
    QList<Juror> jurors;
    if (m_viewer.isOrganiser()) {
        auto all = JurorRepository(m_db).list();
        if (!all) {
            emit failed(all.error());
            return;
        }
        jurors = all.value();
        if (jurors.isEmpty())
            return;
    }
    ConflictDialog dialog(name, jurors, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 juror = m_viewer.isOrganiser() ? dialog.jurorId() : m_viewer.jurorId;
    if (auto r = work.declareConflict(juror, m_application, dialog.reason(), m_viewer.isOrganiser()); !r)
        emit failed(r.error());
    else
        emit announced(tr("The conflict of interest on %1 is recorded.").arg(name));
}

void ScoringPanel::startComment()
{
    m_editing.reset();
    m_commentEditor->clear();
    m_commentShared->setChecked(true);
    m_commentEditor->setFocus(Qt::ShortcutFocusReason);
    updateEnabled();
}

void ScoringPanel::editSelectedComment()
{
    const QModelIndex index = m_commentList->currentIndex();
    if (!index.isValid() || !index.data(CommentListModel::OwnRole).toBool())
        return;
    m_editing = m_comments->commentAt(index.row());
    m_commentEditor->setPlainText(m_editing->body);
    m_commentShared->setChecked(m_editing->shared);
    m_commentEditor->setFocus(Qt::OtherFocusReason);
    updateEnabled();
}

void ScoringPanel::deleteSelectedComment()
{
    const QModelIndex index = m_commentList->currentIndex();
    if (!index.isValid() || !index.data(CommentListModel::OwnRole).toBool())
        return;
    const Comment comment = m_comments->commentAt(index.row());
    m_undo->push(new DeleteCommentCommand(m_db, [this](const Error &e) { emit failed(e); },
                                          m_viewer.jurorId, comment));
    emit announced(tr("The comment was deleted."));
}

void ScoringPanel::saveComment()
{
    const QString body = m_commentEditor->toPlainText().trimmed();
    if (body.isEmpty() || m_viewer.isOrganiser() || m_application == 0)
        return;
    const auto onError = [this](const Error &e) { emit failed(e); };
    if (m_editing)
        m_undo->push(new EditCommentCommand(m_db, onError, m_viewer.jurorId, *m_editing, body,
                                            m_commentShared->isChecked()));
    else
        m_undo->push(new AddCommentCommand(m_db, onError, m_viewer.jurorId, m_application, body,
                                           m_commentShared->isChecked()));
    m_editing.reset();
    m_commentEditor->clear();
    updateEnabled();
    emit announced(tr("The comment was saved."));
}

void ScoringPanel::cancelComment()
{
    m_editing.reset();
    m_commentEditor->clear();
    updateEnabled();
}
