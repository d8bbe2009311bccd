#include "conflictdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConflictDialog::ConflictDialog(const QString &application, const QList<Juror> &jurors,
                               QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Declare a conflict of interest"));
    auto *intro = new QLabel(tr("A juror with a conflict of interest on %1 takes no part in "
                                "scoring, recommending or voting on it, and does not see the "
                                "other jurors' assessments of it. The decision records it.")
                                 .arg(application),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    if (!jurors.isEmpty()) {
        m_juror = new QComboBox(this);
        m_juror->setAccessibleName(tr("Juror"));
        for (const Juror &j : jurors)
            m_juror->addItem(j.name, j.id);
        auto *label = new QLabel(tr("&Juror:"), this);
        label->setBuddy(m_juror);
        form->addRow(label, m_juror);
    }
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("For example: employed by the municipality until 2025"));
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *ok = buttons->addButton(tr("&Declare"), QDialogButtonBox::AcceptRole);
    ok->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QString ConflictDialog::reason() const
{
    return m_reason->text().trimmed();
}

qint64 ConflictDialog::jurorId() const
{
    return m_juror ? m_juror->currentData().toLongLong() : 0;
}

void ConflictDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}
