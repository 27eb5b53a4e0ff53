#pragma once

#include <QTableView>

// The hop table: one row per hop, the delay drawn with a bar (DelayBarDelegate). Columns fit
// the view: number, time and delay take what they need, the two host columns share the rest
// with the protocol, which gives way first (in a narrow dock it scrolls into view). Once the
// user resizes a column, the widths are theirs until the next analysis.
class HopTableView : public QTableView
{
    Q_OBJECT

public:
    explicit HopTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void fitColumns();
    void showHop(int row); // selects and shows a row

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int availableWidth() const;

    bool m_fitting = false;
    bool m_userResized = false;
};
