#pragma once

#include "result.h"
#include "screening/screening.h"

#include <QAbstractListModel>

class Database;

/// The comments a viewer may read on one application, oldest first.
class CommentListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        UuidRole = Qt::UserRole + 1, ///< QUuid
        AuthorRole,                  ///< QString
        BodyRole,                    ///< QString
        SharedRole,                  ///< bool
        OwnRole,                     ///< bool: written by the viewer
    };

    explicit CommentListModel(Database &db, QObject *parent = nullptr);

    void setContext(const Viewer &viewer, qint64 applicationId);
    Result<void> reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const Comment &commentAt(int row) const { return m_comments.at(row); }

signals:
    void loadFailed(const Error &error);

private:
    Database &m_db;
    Viewer m_viewer;
    qint64 m_application = 0;
    QList<Comment> m_comments;
};
