#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class Database;

namespace TestSupport {

/// A round of Sveriges eHälsokommun 2026 ready for the final vote, with Swedish names
/// everywhere: six applications, of which Malmö, Örebro, Ystad, Älvdalen and Åre are the
/// finalists (screening order in that sequence) and Lund did not advance; a jury of Åsa
/// Öberg (chair), Karin Ekdahl, Erik Lind and Maja Holm; Karin has a conflict of interest
/// on Åre.
///
/// In ballot specs a finalist is its initial (M, Ö, Y, Ä, Å): "M=Ö>Y" ranks Malmö and
/// Örebro first and Ystad third, the others unranked; "" is no ballot at all.
class VoteRound
{
public:
    static const QString Chair;   ///< Åsa Öberg
    static const QString Recused; ///< Karin Ekdahl, conflicted on Åre
    static const QString Contact; ///< the organiser's contact
    /// The jurors in the order ballot specs are given.
    static QStringList jurorNames();
    /// The finalists' initials in screening order.
    static QString letters();
    static QString municipality(QChar letter);

    /// The application CSV of the round (UTF-8, `;`): the six municipalities, titles and contacts.
    static QByteArray applicationsCsv();

    /// Builds the round file at @p path, in the phase vote; false (with a warning) on failure.
    static bool create(const QString &path);
    /// Opens the round file at @p path; null (with a warning) on failure.
    static std::unique_ptr<VoteRound> open(const QString &path);
    /// Builds the round file at @p path and opens it.
    static std::unique_ptr<VoteRound> make(const QString &path);

    explicit VoteRound(std::unique_ptr<Database> db);
    ~VoteRound();

    Database &db() const { return *m_db; }
    qint64 app(const QString &municipality) const { return m_apps.value(municipality); }
    qint64 finalist(QChar letter) const { return app(municipality(letter)); }
    qint64 juror(const QString &name) const { return m_jurors.value(name); }

    /// Stores one ballot per juror (jurorNames() order); an empty spec stores nothing.
    Result<void> cast(const QStringList &specs);
    /// The ranks of one spec by finalist id.
    QHash<qint64, int> ranks(const QString &spec) const;

private:
    std::unique_ptr<Database> m_db;
    QHash<QString, qint64> m_apps;
    QHash<QString, qint64> m_jurors;
};

} // namespace TestSupport
