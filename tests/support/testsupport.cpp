#include "testsupport.h"

#include "demo/demoround.h"
#include "storage/database.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QScrollArea>
#include <QRegularExpression>
#include <QTextDocument>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
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
#include <QStandardPaths>

namespace TestSupport {

void useFreshUserFolders()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QDir::home().filePath(QStringLiteral(".qttest"))).removeRecursively();
}

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

QString demoRoundAt(const QString &folder, Phase stage)
{
    const QString path = QDir(folder).filePath(QStringLiteral("demo-%1.jury").arg(phaseKey(stage)));
    if (!QFileInfo::exists(path)) {
        const auto written = DemoRound::write(path, stage);
        if (!written)
            qWarning() << written.error().toString();
    }
    return path;
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
           QStringLiteral("conflict"), QStringLiteral("ballot")};
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

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

namespace {

void collect(QHash<QChar, QStringList> &seen, const QString &text, const QString &where)
{
    const QChar key = mnemonic(text);
    if (!key.isNull())
        seen[key] << QStringLiteral("%1 “%2”").arg(where, text);
}

QStringList clashes(const QHash<QChar, QStringList> &seen)
{
    QStringList result;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        if (it.value().size() > 1)
            result << QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    result.sort();
    return result;
}

void menuClashes(QMenu *menu, const QString &path, QStringList &result)
{
    QHash<QChar, QStringList> seen;
    for (QAction *a : menu->actions()) {
        if (!a->isVisible() || a->isSeparator())
            continue;
        collect(seen, a->text(), path);
        if (a->menu())
            menuClashes(a->menu(), path + QStringLiteral(" → ") + a->text(), result);
    }
    result << clashes(seen);
}

} // namespace

QStringList clashingMnemonics(QWidget *root)
{
    QHash<QChar, QStringList> seen;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->window() != root->window())
            continue; // another window (a floating dock or dialog) has its own keys
        const QString kind = QString::fromLatin1(w->metaObject()->className());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            collect(seen, button->text(), kind);
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            collect(seen, label->text(), kind);
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            collect(seen, group->title(), kind);
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                collect(seen, tabs->tabText(i), kind);
    }
    if (auto *window = qobject_cast<QMainWindow *>(root))
        for (QAction *a : window->menuBar()->actions())
            if (a->isVisible())
                collect(seen, a->text(), QStringLiteral("menu"));
    return clashes(seen);
}

QStringList clashingMenuMnemonics(QMenuBar *bar)
{
    QStringList result;
    for (QAction *a : bar->actions())
        if (a->isVisible() && a->menu())
            menuClashes(a->menu(), a->text(), result);
    return result;
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

QStringList clippedTexts(QWidget *root)
{
    QStringList clipped;
    const auto where = [](const QWidget *w, const QString &text) {
        return QStringLiteral("%1 “%2”").arg(QString::fromLatin1(w->metaObject()->className()), text);
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty()
            || Qt::mightBeRichText(label->text()))
            continue;
        QString text = label->text();
        text.remove(QRegularExpression(QStringLiteral("&(?=[^&])")));
        int needed = 0;
        for (const QString &line : text.split(u'\n'))
            needed = std::max(needed, label->fontMetrics().horizontalAdvance(line));
        if (needed > label->contentsRect().width() + 1)
            clipped << where(label, text) + QStringLiteral(": %1 of %2 px").arg(label->contentsRect().width()).arg(needed);
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        const QSize hint = button->sizeHint();
        if (hint.width() > button->width() + 1 || hint.height() > button->height() + 1)
            clipped << where(button, button->text())
                           + QStringLiteral(": %1×%2 of %3×%4")
                                 .arg(button->width()).arg(button->height()).arg(hint.width()).arg(hint.height());
    }
    // A panel in a scroll area that only scrolls downwards must fit its width.
    for (QScrollArea *area : root->findChildren<QScrollArea *>()) {
        if (!area->isVisible() || !area->widget() || area->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
            continue;
        if (area->widget()->width() > area->viewport()->width() + 1)
            clipped << where(area->widget(), area->accessibleName())
                           + QStringLiteral(": %1 px wide in a view of %2 px")
                                 .arg(area->widget()->width()).arg(area->viewport()->width());
    }
    for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (!header->isVisible() || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section) || header->sectionSize(section) == 0)
                continue;
            if (header->sectionSize(section) + 1 < header->sectionSizeHint(section))
                clipped << where(header, header->model()->headerData(section, Qt::Horizontal).toString())
                               + QStringLiteral(": %1 of %2 px")
                                     .arg(header->sectionSize(section)).arg(header->sectionSizeHint(section));
        }
    }
    return clipped;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace TestSupport
