#include "newrounddialog.h"

#include "settings.h"
#include "storage/database.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

NewRoundDialog::NewRoundDialog(QWidget *parent)
    : QDialog(parent)
    , m_award(new QLineEdit(this))
    , m_year(new QSpinBox(this))
    , m_prize(new QSpinBox(this))
    , m_finalists(new QSpinBox(this))
    , m_file(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("New round"));
    m_award->setText(QString::fromUtf8("Sveriges eHälsokommun"));
    m_award->setAccessibleName(tr("Award"));
    m_year->setRange(1900, 2200);
    m_year->setValue(QDate::currentDate().year());
    m_year->setAccessibleName(tr("Year"));
    m_prize->setRange(0, 1000000000);
    m_prize->setSingleStep(5000);
    m_prize->setValue(50000);
    m_prize->setGroupSeparatorShown(true);
    m_prize->setSuffix(tr(" kr"));
    m_prize->setAccessibleName(tr("Prize in kronor"));
    m_finalists->setRange(1, 100);
    m_finalists->setValue(5);
    m_finalists->setAccessibleName(tr("Number of finalists"));
    m_file->setAccessibleName(tr("Round file"));
    auto *browse = new QPushButton(tr("C&hoose…"), this);
    browse->setAccessibleName(tr("Choose where to save the round file"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, QWidget *field, QLayout *layout = nullptr) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        if (layout)
            form->addRow(l, layout);
        else
            form->addRow(l, field);
    };
    row(tr("&Award:"), m_award);
    row(tr("&Year:"), m_year);
    row(tr("&Prize:"), m_prize);
    row(tr("&Finalists:"), m_finalists);
    row(tr("&Round file:"), m_file, fileRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *createButton = buttons->addButton(tr("&Create round"), QDialogButtonBox::AcceptRole);
    createButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(createButton, &QPushButton::clicked, this, [this] {
        if (create())
            accept();
    });
    connect(browse, &QPushButton::clicked, this, &NewRoundDialog::chooseFile);
    connect(m_award, &QLineEdit::textChanged, this, &NewRoundDialog::suggestFile);
    connect(m_year, &QSpinBox::valueChanged, this, &NewRoundDialog::suggestFile);
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileChosen = true; });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    suggestFile();
}

void NewRoundDialog::setAward(const QString &award)
{
    m_award->setText(award);
}

void NewRoundDialog::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_fileChosen = true;
}

void NewRoundDialog::suggestFile()
{
    if (m_fileChosen)
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    QString name = QStringLiteral("%1 %2").arg(m_award->text().simplified()).arg(m_year->value());
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    m_file->setText(QDir::toNativeSeparators(QDir(folder).filePath(name + QStringLiteral(".jury"))));
}

void NewRoundDialog::chooseFile()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the new round as"),
                                                QDir::fromNativeSeparators(m_file->text()),
                                                tr("Jurybench rounds (*.jury)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".jury")))
        path += QStringLiteral(".jury");
    setFile(path);
}

bool NewRoundDialog::create()
{
    RoundSettings settings;
    settings.award = m_award->text().simplified();
    settings.year = m_year->value();
    settings.prizeSek = m_prize->value();
    settings.finalistCount = m_finalists->value();
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        m_message->setText(tr("Choose where to save the round file."));
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = Database::create(path, settings);
    if (!db) {
        m_message->setText(db.error().toString());
        m_message->setAccessibleName(m_message->text());
        return false;
    }
    m_created = path;
    return true;
}
