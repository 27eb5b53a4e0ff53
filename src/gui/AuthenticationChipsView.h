#pragma once

#include <QListView>

// The authentication results as a row of chips that wraps onto more lines when narrow and is
// always exactly as tall as its chips. Tooltips say who stated each result.
class AuthenticationChipsView : public QListView
{
    Q_OBJECT

public:
    explicit AuthenticationChipsView(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void updateGeometries() override;

private:
    int contentHeight() const;
};
