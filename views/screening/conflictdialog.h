#pragma once

#include "round.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

/// Declares a conflict of interest (jäv) on an application: the reason, and for the
/// organiser also which juror.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    /// With @p jurors empty the juror is fixed (a juror declaring for themself).
    ConflictDialog(const QString &application, const QList<Juror> &jurors,
                   QWidget *parent = nullptr);

    QString reason() const;
    qint64 jurorId() const;
    void setReason(const QString &reason);

private:
    QComboBox *m_juror = nullptr;
    QLineEdit *m_reason;
};
