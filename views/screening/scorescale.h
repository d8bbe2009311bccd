#pragma once

#include <QWidget>

#include <optional>

/// A criterion's scale, 1–5 by default: one box per step, the chosen one filled and
/// numbered. Mouse: click a box. Keyboard: digits set the score, Left/Right step, Delete or
/// Backspace clears, Home/End go to the ends. Screen readers hear it as a slider whose value
/// reads "4 of 5" or "not scored".
class ScoreScale : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreScale(QWidget *parent = nullptr);

    void setRange(int minimum, int maximum);
    int minimum() const { return m_min; }
    int maximum() const { return m_max; }

    std::optional<int> value() const { return m_value; }
    /// Shows @p value without emitting valueEdited.
    void setValue(std::optional<int> value);
    /// What the value reads as, e.g. "4 av 5" or "ej bedömd".
    QString valueText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// Installs the accessibility interface (once per application).
    static void registerAccessibility();

signals:
    /// The user chose a value (empty: cleared).
    void valueEdited(std::optional<int> value);
    /// The user asked to move to the next (+1) or previous (-1) criterion.
    void stepRequested(int direction);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void edit(std::optional<int> value);
    QRect boxRect(int step) const;
    int boxSide() const;

    int m_min = 1;
    int m_max = 5;
    std::optional<int> m_value;
};
