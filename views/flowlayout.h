#pragma once

#include <QLayout>
#include <QList>

/// Lays its items out left to right and starts a new row when the next one does not fit, so
/// a row of buttons reflows instead of widening its panel at large text sizes.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    int count() const override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Places the items in @p rect (only measures when @p apply is false); returns the height.
    int arrange(const QRect &rect, bool apply) const;
    int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
};
