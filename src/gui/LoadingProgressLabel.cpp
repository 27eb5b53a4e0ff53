#include "LoadingProgressLabel.h"

#include "ServiceCatalog.h"
#include "ServiceStore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

LoadingProgressLabel::LoadingProgressLabel(ServiceCatalog *catalog, QWidget *parent)
    : QLabel(parent)
    , m_catalog(catalog)
{
    setObjectName(u"loadingProgress"_s);
    connect(catalog, &ServiceCatalog::loadStateChanged, this, &LoadingProgressLabel::watchStores);
    connect(catalog, &ServiceCatalog::servicesInserted, this, &LoadingProgressLabel::watchStores);
    connect(catalog, &ServiceCatalog::organizationsInserted, this,
            &LoadingProgressLabel::watchStores);
    connect(catalog, &ServiceCatalog::serviceRemoved, this, [this](ServiceStore *store) {
        m_watched.removeOne(store);
        m_loading.remove(store);
        refreshText();
    });
    watchStores();
    refreshText();
}

QString LoadingProgressLabel::progressText(int done, int total)
{
    const QLocale locale;
    //: Status bar while a service's accounts load: %1 read so far out of %Ln, e.g.
    //: "3,000 / 10,000 accounts".
    return tr("%1 / %Ln account(s)", nullptr, total).arg(locale.toString(done));
}

void LoadingProgressLabel::watchStores()
{
    for (ServiceStore *store : m_catalog->allServices()) {
        if (m_watched.contains(store))
            continue;
        m_watched << store;
        connect(store, &ServiceStore::accountsProgress, this,
                [this, store](int done, int total) { onProgress(store, done, total); });
        connect(store, &ServiceStore::busyChanged, this,
                [this, store](bool busy) { onBusyChanged(store, busy); });
    }
}

void LoadingProgressLabel::onProgress(ServiceStore *store, int done, int total)
{
    if (!store->isBusy())
        return;
    m_loading.insert(store, {done, total});
    refreshText();
}

void LoadingProgressLabel::onBusyChanged(ServiceStore *store, bool busy)
{
    if (busy || !m_loading.remove(store))
        return;
    refreshText();
}

void LoadingProgressLabel::refreshText()
{
    int done = 0;
    int total = 0;
    for (const QPair<int, int> &progress : std::as_const(m_loading)) {
        done += progress.first;
        total += progress.second;
    }
    setText(m_loading.isEmpty() ? QString() : progressText(done, total));
    setToolTip(m_loading.isEmpty() ? QString()
                                   //: Tooltip of the accounts loading progress.
                                   : tr("Accounts read so far from OVHcloud"));
    setVisible(!m_loading.isEmpty());
}
