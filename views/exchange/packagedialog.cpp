#include "packagedialog.h"

#include "exchange/package.h"
#include "settings.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

PackageDialog::PackageDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_jurors(new QListWidget(this))
    , m_folder(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Create juror packages"));
    auto *intro = new QLabel(tr("A package holds what a juror may see in the round's current "
                                "phase, the juror's own earlier work and the juror's key. Hand it "
                                "over on a USB stick, by e-mail or in a shared folder; the juror "
                                "opens it in Jurybench and hands back a return file."),
                             this);
    intro->setWordWrap(true);
    m_jurors->setAccessibleName(tr("Jurors to make packages for"));
    m_jurors->setAccessibleDescription(tr("Space ticks or unticks a juror."));
    auto jurors = JurorRepository(db).list();
    if (jurors) {
        for (const Juror &j : jurors.value()) {
            auto *item = new QListWidgetItem(j.organisation.isEmpty()
                                                 ? j.name
                                                 : tr("%1, %2").arg(j.name, j.organisation),
                                             m_jurors);
            item->setData(Qt::UserRole, j.uuid);
            item->setData(Qt::UserRole + 1, j.name);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    auto *jurorsLabel = new QLabel(tr("&Jurors:"), this);
    jurorsLabel->setBuddy(m_jurors);
    m_folder->setAccessibleName(tr("Folder for the packages"));
    m_folder->setText(QDir::toNativeSeparators(Settings::lastFolder()));
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    auto *browse = new QPushButton(tr("C&hoose…"), this);
    browse->setAccessibleName(tr("Choose the folder for the packages"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Result"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_create = buttons->addButton(tr("&Create packages"), QDialogButtonBox::ActionRole);
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &PackageDialog::create);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the packages"),
                                                                 QDir::fromNativeSeparators(m_folder->text()));
        if (!folder.isEmpty())
            setFolder(folder);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(jurorsLabel);
    layout->addWidget(m_jurors, 1);
    layout->addLayout(folderRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 460);
}

void PackageDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

QString PackageDialog::messageText() const
{
    return m_message->text();
}

bool PackageDialog::create()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        m_message->setText(tr("Choose a folder the packages can be written to."));
        return false;
    }
    Settings::setLastFolder(folder);
    auto round = RoundRepository(m_db).load();
    if (!round) {
        m_message->setText(round.error().toString());
        return false;
    }
    m_created.clear();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (int i = 0; i < m_jurors->count(); ++i) {
        const QListWidgetItem *item = m_jurors->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        QString name = tr("%1 – %2 %3")
                           .arg(item->data(Qt::UserRole + 1).toString(), round->settings.award)
                           .arg(round->settings.year);
        name.replace(QLatin1Char('/'), QLatin1Char('-'));
        const QString path = QDir(folder).filePath(name + QStringLiteral(".jurypaket"));
        if (auto r = Package::build(m_db, item->data(Qt::UserRole).toUuid(), path); !r) {
            QApplication::restoreOverrideCursor();
            m_message->setText(r.error().toString());
            return false;
        }
        m_created << path;
    }
    QApplication::restoreOverrideCursor();
    m_message->setText(m_created.isEmpty()
                           ? tr("Tick at least one juror.")
                           : tr("%n package(s) written to %1.", nullptr, int(m_created.size()))
                                 .arg(QDir::toNativeSeparators(folder)));
    m_message->setAccessibleName(m_message->text());
    return !m_created.isEmpty();
}
