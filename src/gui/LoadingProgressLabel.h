#pragma once

#include <QHash>
#include <QLabel>
#include <QPair>

class ServiceCatalog;
class ServiceStore;

// The status bar's loading progress of large services: "3,000 / 10,000 accounts" while the
// accounts of one or more services are being read (the sum of them), hidden otherwise.
// Follows every service of the catalog by itself.
class LoadingProgressLabel : public QLabel
{
    Q_OBJECT

public:
    explicit LoadingProgressLabel(ServiceCatalog *catalog, QWidget *parent = nullptr);

    // The text for `done` of `total` accounts, numbers in the user's locale.
    static QString progressText(int done, int total);

private:
    void watchStores();
    void onProgress(ServiceStore *store, int done, int total);
    void onBusyChanged(ServiceStore *store, bool busy);
    void refreshText();

    ServiceCatalog *m_catalog;
    QHash<ServiceStore *, QPair<int, int>> m_loading; // done, total
    QList<ServiceStore *> m_watched;
};
