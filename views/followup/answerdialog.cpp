#include "answerdialog.h"

#include "storage/applicationrepository.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

AnswerDialog::AnswerDialog(Database &db, qint64 applicationId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_application(applicationId)
    , m_question(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_pdf(new QLineEdit(this))
    , m_received(new QDateEdit(QDate::currentDate(), this))
    , m_error(new QLabel(this))
{
    QString municipality;
    if (auto application = ApplicationRepository(db).load(applicationId))
        municipality = application->row.municipality;
    setWindowTitle(tr("Record the answer from %1").arg(municipality));

    m_question->addItem(tr("The whole letter"), qint64(0));
    if (auto questions = FollowupRepository(db).questions(applicationId)) {
        m_questions = questions.value();
        for (int i = 0; i < m_questions.size(); ++i)
            m_question->addItem(tr("Question %1: %2").arg(i + 1).arg(m_questions.at(i).text), m_questions.at(i).id);
    }
    m_question->setAccessibleName(tr("What the answer answers"));
    m_question->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_question->setMinimumContentsLength(40);

    m_text->setAccessibleName(tr("The answer's text"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("Paste the answer. Numbered answers (1. … 2. …) are shown under "
                                  "their questions."));
    m_pdf->setAccessibleName(tr("The answer as a PDF file"));
    m_pdf->setPlaceholderText(tr("No PDF"));
    auto *browse = new QPushButton(tr("&Choose PDF…"), this);
    browse->setAccessibleName(tr("Choose the answer's PDF file"));
    connect(browse, &QPushButton::clicked, this, &AnswerDialog::choosePdf);
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_received->setAccessibleName(tr("Date received"));
    m_error->setWordWrap(true);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();

    auto *pdfRow = new QHBoxLayout;
    pdfRow->addWidget(m_pdf, 1);
    pdfRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Answers:"), m_question);
    form->addRow(tr("&Text:"), m_text);
    auto *pdfLabel = new QLabel(tr("&PDF:"), this);
    pdfLabel->setBuddy(m_pdf);
    form->addRow(pdfLabel, pdfRow);
    form->addRow(tr("&Received:"), m_received);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->addButton(tr("Record the ans&wer"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this] {
        if (store())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 460);
}

QString AnswerDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void AnswerDialog::choosePdf()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the answer's PDF"), QDir::homePath(),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        m_pdf->setText(QDir::toNativeSeparators(path));
}

bool AnswerDialog::store()
{
    QByteArray pdf;
    QString pdfName;
    const QString path = QDir::fromNativeSeparators(m_pdf->text().trimmed());
    if (!path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error->setText(tr("%1: the file cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            m_error->show();
            return false;
        }
        pdf = file.readAll();
        pdfName = QFileInfo(path).fileName();
    }
    auto r = FollowupRepository(m_db).recordAnswer(m_application, m_question->currentData().toLongLong(),
                                                   m_text->toPlainText(), pdfName, pdf,
                                                   m_received->date().toString(Qt::ISODate));
    if (!r) {
        m_error->setText(r.error().toString());
        m_error->show();
        return false;
    }
    m_error->clear();
    m_error->hide();
    return true;
}
