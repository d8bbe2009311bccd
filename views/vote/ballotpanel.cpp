#include "ballotpanel.h"

#include "itemmodels/ballotmodel.h"
#include "round.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "votetext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <tuple>

namespace {

QLabel *wrapped(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString keyName(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

} // namespace

BallotPanel::BallotPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_viewer(Viewer::organiser())
    , m_model(new BallotModel(db, this))
    , m_title(wrapped(this))
    , m_who(wrapped(this))
    , m_help(wrapped(this))
    , m_notice(wrapped(this))
    , m_list(new QTreeView(this))
    , m_status(wrapped(this))
{
    setWindowTitle(tr("Final vote"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setText(tr("Final vote: rank the finalists"));
    m_help->setText(tr("1 = best. Drag a finalist to its place, or select it and press Alt+Up or "
                       "Alt+Down. Alt+Right makes it equal to the one above, Alt+Left undoes "
                       "that, and Delete makes it unranked (below every ranked finalist). Every "
                       "change is stored at once."));
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setContentsMargins(8, 6, 8, 6);

    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Your ranking of the finalists"));
    m_list->setAccessibleDescription(m_help->text());
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(BallotModel::RankColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(BallotModel::MunicipalityColumn,
                                           QHeaderView::ResizeToContents);
    m_list->installEventFilter(this);

    const QList<std::tuple<BallotEdit, QString, QString, QKeySequence>> buttons = {
        {BallotEdit::MoveUp, tr("Move up"), tr("One place better"),
         QKeySequence(Qt::ALT | Qt::Key_Up)},
        {BallotEdit::MoveDown, tr("Move down"), tr("One place worse"),
         QKeySequence(Qt::ALT | Qt::Key_Down)},
        {BallotEdit::TieWithAbove, tr("Equal to the one above"),
         tr("The same rank as the finalist above"), QKeySequence(Qt::ALT | Qt::Key_Right)},
        {BallotEdit::Untie, tr("Not equal"), tr("No longer the same rank as the finalist above"),
         QKeySequence(Qt::ALT | Qt::Key_Left)},
        {BallotEdit::Unrank, tr("Unranked"), tr("Below every ranked finalist"),
         QKeySequence(Qt::Key_Delete)},
    };
    auto *buttonRow = new QHBoxLayout;
    for (const auto &[edit, text, description, keys] : buttons) {
        auto *button = new QPushButton(text, this);
        const QString hint = tr("%1 (%2)").arg(description, keyName(keys));
        button->setToolTip(hint);
        button->setAccessibleDescription(hint);
        // The list keeps the keyboard focus; the buttons are for the mouse and Tab users.
        connect(button, &QPushButton::clicked, this, [this, edit = edit] {
            editSelected(edit);
            m_list->setFocus(Qt::OtherFocusReason);
        });
        buttonRow->addWidget(button);
        m_buttons.append({edit, button});
    }
    buttonRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_who);
    layout->addWidget(m_notice);
    layout->addWidget(m_help);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttonRow);
    layout->addWidget(m_status);
    // Takes the room only when the list is hidden (for the organiser).
    layout->addStretch();

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BallotPanel::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BallotPanel::updateState);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &BallotPanel::updateState);
    connect(m_model, &BallotModel::dropped, this, [this](qint64 id) {
        selectRow(m_model->rowOf(id));
        announcePosition(id);
    });
    connect(m_model, &BallotModel::editFailed, this, &BallotPanel::report);
    connect(m_model, &BallotModel::loadFailed, this, &BallotPanel::failed);
    // The model reads its ballot itself; the panel follows the phase and the jury.
    connect(&m_db, &Database::changed, this, [this](Database::Topic topic) {
        if (topic == Database::Topic::Round || topic == Database::Topic::Jurors)
            updateState();
    });
    refresh();
}

void BallotPanel::setViewer(const Viewer &viewer)
{
    if (viewer == m_viewer)
        return;
    m_viewer = viewer;
    refresh();
}

void BallotPanel::refresh()
{
    m_model->setJuror(m_viewer.jurorId);
    if (auto r = m_model->reload(); !r)
        emit failed(r.error());
    if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
        selectRow(0);
    updateState();
}

bool BallotPanel::isEditable() const
{
    return m_model->isEditable();
}

QPushButton *BallotPanel::button(BallotEdit edit) const
{
    for (const auto &[e, button] : m_buttons) {
        if (e == edit)
            return button;
    }
    return nullptr;
}

QString BallotPanel::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

QString BallotPanel::statusText() const
{
    return m_status->text();
}

int BallotPanel::selectedRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void BallotPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, BallotModel::MunicipalityColumn);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
}

void BallotPanel::focusBallot()
{
    if (!m_list->currentIndex().isValid())
        selectRow(0);
    m_list->setFocus(Qt::OtherFocusReason);
}

void BallotPanel::report(const Error &error)
{
    m_status->setText(error.toString());
    emit failed(error);
}

void BallotPanel::editSelected(BallotEdit edit)
{
    const int row = selectedRow();
    if (row < 0) {
        emit announced(tr("Choose a finalist first."));
        return;
    }
    if (!m_model->isEditable()) {
        emit announced(noticeText().isEmpty() ? tr("The ranking cannot change now.")
                                              : noticeText());
        return;
    }
    const qint64 id = m_model->idAt(row);
    if (m_model->standing(row) == BallotModel::Standing::Conflicted) {
        // Not an error: the list says so, and so does the announcement.
        announcePosition(id);
        return;
    }
    if (auto r = m_model->edit(edit, row); !r) {
        report(r.error());
        return;
    }
    m_list->scrollTo(m_list->currentIndex());
    announcePosition(id);
}

void BallotPanel::announcePosition(qint64 applicationId)
{
    const int row = m_model->rowOf(applicationId);
    if (row < 0)
        return;
    const QString name = m_model->choice(applicationId).municipality;
    QString text;
    switch (m_model->standing(row)) {
    case BallotModel::Standing::Ranked: {
        const QList<qint64> tied = m_model->tiedWith(row);
        if (tied.isEmpty()) {
            text = tr("%1: place %2 of %3.")
                       .arg(name)
                       .arg(m_model->rank(row))
                       .arg(m_model->rankableCount());
        } else {
            QStringList others;
            for (qint64 id : tied)
                others << m_model->choice(id).municipality;
            text = tr("%1: shared place %2 with %3.")
                       .arg(name)
                       .arg(m_model->rank(row))
                       .arg(VoteText::list(others));
        }
        break;
    }
    case BallotModel::Standing::Unranked:
        text = tr("%1: unranked.").arg(name);
        break;
    case BallotModel::Standing::Conflicted:
        text = tr("%1: conflict of interest, cannot be ranked.").arg(name);
        break;
    }
    emit announced(text);
}

void BallotPanel::updateState()
{
    auto round = RoundRepository(m_db).load();
    if (!round) {
        emit failed(round.error());
        return;
    }
    QStringList notices;
    if (m_viewer.isOrganiser()) {
        m_who->setText(tr("You see the final vote as the organiser. Choose a juror under “Act "
                          "as” to rank the finalists for them."));
    } else if (auto jurors = JurorRepository(m_db).list()) {
        for (const Juror &j : jurors.value()) {
            if (j.id == m_viewer.jurorId)
                m_who->setText(tr("You are ranking as %1.").arg(j.name));
        }
    }
    if (round->phase == Phase::Decided)
        notices << tr("The round is decided and locked; the ranking can no longer change.");
    else if (round->phase != Phase::Vote)
        notices << tr("The final vote has not started: the round is in the phase “%1”.")
                       .arg(phaseTitle(round->phase));
    else if (!m_viewer.isOrganiser() && !m_model->isEditable())
        notices << tr("Only the juror this package belongs to can rank in it.");
    QStringList conflicted;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->standing(row) == BallotModel::Standing::Conflicted)
            conflicted << m_model->choice(m_model->idAt(row)).municipality;
    }
    if (!conflicted.isEmpty())
        notices << tr("Conflict of interest: you take no part in ranking %1.")
                       .arg(VoteText::list(conflicted));
    m_notice->setText(notices.join(u'\n'));
    m_notice->setVisible(!notices.isEmpty());

    const bool editable = m_model->isEditable();
    m_help->setVisible(editable);
    m_list->setDragEnabled(editable);
    m_list->setVisible(!m_viewer.isOrganiser());
    const int row = selectedRow();
    for (const auto &[edit, button] : std::as_const(m_buttons)) {
        button->setVisible(!m_viewer.isOrganiser());
        button->setEnabled(editable && m_model->canEdit(edit, row));
    }
    if (m_viewer.isOrganiser())
        m_status->clear();
    else if (m_model->rankableCount() == 0)
        m_status->setText(tr("There are no finalists to rank."));
    else
        m_status->setText(tr("%1 of %2 finalists ranked.")
                              .arg(m_model->rankedCount())
                              .arg(m_model->rankableCount()));
    m_status->setVisible(!m_status->text().isEmpty());
}

bool BallotPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_list
        || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    std::optional<BallotEdit> edit;
    if (modifiers == Qt::AltModifier) {
        switch (key->key()) {
        case Qt::Key_Up:
            edit = BallotEdit::MoveUp;
            break;
        case Qt::Key_Down:
            edit = BallotEdit::MoveDown;
            break;
        case Qt::Key_Right:
            edit = BallotEdit::TieWithAbove;
            break;
        case Qt::Key_Left:
            edit = BallotEdit::Untie;
            break;
        default:
            break;
        }
    } else if (modifiers == Qt::NoModifier
               && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
        edit = BallotEdit::Unrank;
    }
    if (!edit)
        return QWidget::eventFilter(watched, event);
    // Ours before any shortcut of the window.
    event->accept();
    if (event->type() == QEvent::KeyPress)
        editSelected(*edit);
    return true;
}
