#include "testsupport.h"

#include "storage/database.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QBuffer>
#include <QCryptographicHash>
#include <QWidget>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QSqlRecord>

namespace TestSupport {

RoundSettings defaultSettings()
{
    RoundSettings s;
    s.award = QStringLiteral("Testpriset");
    s.year = 2026;
    s.prizeSek = 50000;
    return s;
}

std::unique_ptr<Database> createRound(const QString &folder, const QString &name,
                                      const RoundSettings &settings)
{
    const RoundSettings s = settings.award.isEmpty() ? defaultSettings() : settings;
    auto db = Database::create(QDir(folder).filePath(name), s);
    if (!db) {
        qWarning("createRound: %s", qPrintable(db.error().toString()));
        return nullptr;
    }
    return std::move(db).value();
}

QByteArray makePdf(const QString &text, int pages)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
            painter.drawText(QRect(200, 200, 8000, 2000), Qt::TextWordWrap,
                             QStringLiteral("%1 (sida %2)").arg(text).arg(page + 1));
        }
    }
    return bytes;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("writeFile failed: %s", qPrintable(path));
    return path;
}

QByteArray fingerprint(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : names) {
        hash.addData(table.toUtf8());
        QSqlQuery rows(db.connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QList<QByteArray> serialised;
        while (rows.next()) {
            QByteArray row;
            for (int i = 0; i < rows.record().count(); ++i) {
                row += rows.value(i).toByteArray();
                row += '\x1f';
            }
            serialised << row;
        }
        std::sort(serialised.begin(), serialised.end());
        for (const QByteArray &row : serialised)
            hash.addData(row);
    }
    QSqlQuery pragmas(db.connection());
    for (const char *pragma : {"PRAGMA user_version", "PRAGMA application_id"}) {
        pragmas.exec(QString::fromLatin1(pragma));
        if (pragmas.next())
            hash.addData(pragmas.value(0).toByteArray());
    }
    return hash.result().toHex();
}

QString integrityCheck(Database &db)
{
    auto result = db.exec(QStringLiteral("PRAGMA integrity_check"));
    if (!result)
        return result.error().toString();
    QStringList problems;
    while (result.value().next())
        problems << result.value().value(0).toString();
    return problems.join(QLatin1Char('\n'));
}

QVariantMap workRow(Database &db, const QString &table, const QString &uuid)
{
    static const QStringList workTables
        = {QStringLiteral("score"), QStringLiteral("recommendation"), QStringLiteral("comment"),
           QStringLiteral("conflict")};
    if (!workTables.contains(table)) {
        qWarning("workRow: %s is not a table of a juror's work", qPrintable(table));
        return {};
    }
    auto query = db.exec(QStringLiteral("SELECT * FROM \"%1\" WHERE uuid = ?").arg(table), {uuid});
    if (!query || !query.value().next())
        return {};
    QVariantMap row;
    const QSqlRecord record = query.value().record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), query.value().value(i));
    return row;
}

QStringList unnamedFocusableControls(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || w->focusProxy())
            continue;
        // Editors inside spin boxes and combo boxes speak through their owner.
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget())
            || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty()) {
            unnamed << QStringLiteral("%1 \"%2\" in %3")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className())
                                                  : QString());
        }
    }
    return unnamed;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace TestSupport
