#include "commentlistmodel.h"

#include "screening/workrepository.h"
#include "storage/database.h"

#include <QDateTime>
#include <QLocale>

CommentListModel::CommentListModel(Database &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](Database::Topic topic) {
        if (topic == Database::Topic::Work) {
            if (auto r = reload(); !r)
                emit loadFailed(r.error());
        }
    });
}

void CommentListModel::setContext(const Viewer &viewer, qint64 applicationId)
{
    m_viewer = viewer;
    m_application = applicationId;
    if (auto r = reload(); !r)
        emit loadFailed(r.error());
}

Result<void> CommentListModel::reload()
{
    QList<Comment> comments;
    if (m_application != 0) {
        auto loaded = WorkRepository(m_db).comments(m_viewer, m_application);
        if (!loaded)
            return loaded.error();
        comments = loaded.value();
    }
    beginResetModel();
    m_comments = comments;
    endResetModel();
    return {};
}

int CommentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comments.size());
}

QVariant CommentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Comment &c = m_comments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QDateTime when = QDateTime::fromString(c.updatedAt, Qt::ISODateWithMs).toLocalTime();
        const QString visibility = c.shared ? tr("shared with the jury") : tr("private");
        return tr("%1, %2 (%3):\n%4")
            .arg(c.author, QLocale().toString(when, QLocale::ShortFormat), visibility, c.body);
    }
    case UuidRole:
        return c.uuid;
    case AuthorRole:
        return c.author;
    case BodyRole:
        return c.body;
    case SharedRole:
        return c.shared;
    case OwnRole:
        return !m_viewer.isOrganiser() && c.jurorId == m_viewer.jurorId;
    default:
        return {};
    }
}
