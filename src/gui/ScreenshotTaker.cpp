#include "ScreenshotTaker.h"

#include "ActivityIndicator.h"
#include "AuthenticationDialog.h"
#include "ConnectorController.h"
#include "ConnectorDialog.h"
#include "HeaderViewerPane.h"
#include "MainWindow.h"
#include "ServiceCatalog.h"
#include "ServiceStore.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QPixmap>

using namespace Qt::StringLiterals;

ScreenshotTaker::ScreenshotTaker(MainWindow *window, QString path, Target target, int timeoutMs,
                                 QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(std::move(path))
    , m_target(target)
    , m_timeoutMs(timeoutMs)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &ScreenshotTaker::poll);
}

bool ScreenshotTaker::targetFromName(const QString &name, Target *target)
{
    static const QList<QPair<QString, Target>> names = {
        {u"main"_s, Target::MainWindow},
        {u"new-connector"_s, Target::NewConnector},
        {u"edit-connector"_s, Target::EditConnector},
        {u"change-authentication"_s, Target::ChangeAuthentication},
        {u"header-viewer"_s, Target::HeaderViewer}};
    for (const auto &[text, value] : names)
        if (text == name) {
            *target = value;
            return true;
        }
    return false;
}

void ScreenshotTaker::start()
{
    m_elapsed.start();
    m_timer.start();
}

bool ScreenshotTaker::loaded(QString *problem) const
{
    const ServiceCatalog *catalog = m_window->workspace()->catalog();
    if (catalog->loadState() == LoadState::Failed) {
        *problem = catalog->loadError().toText();
        return false;
    }
    const ServiceStore *store = m_window->currentStore();
    if (catalog->loadState() != LoadState::Loaded || !store)
        return false;
    if (store->loadState() == LoadState::Failed) {
        *problem = store->loadError().toText();
        return false;
    }
    return store->loadState() == LoadState::Loaded && !m_window->activity()->isBusy();
}

void ScreenshotTaker::poll()
{
    if (m_done)
        return;
    if (m_elapsed.elapsed() > m_timeoutMs)
        return fail(
            tr("The first load did not finish within %n second(s).", nullptr, m_timeoutMs / 1000));
    QString problem;
    if (!loaded(&problem)) {
        m_quietPolls = 0;
        if (!problem.isEmpty())
            fail(tr("Loading failed: %1").arg(problem));
        return;
    }
    // A few quiet polls in a row: the selection and expanded rows have settled.
    if (++m_quietPolls < 4)
        return;
    m_timer.stop();
    if (m_target == Target::MainWindow)
        return capture(m_window);
    if (m_target == Target::HeaderViewer)
        return showHeaderViewer();
    openDialog();
}

void ScreenshotTaker::openDialog()
{
    ServiceStore *store = m_window->currentStore();
    ConnectorController *controller = m_window->controller();
    const ConnectorId first =
        store->connectorIds().isEmpty() ? ConnectorId() : store->connectorIds().constFirst();
    QWidget *dialog = nullptr;
    switch (m_target) {
    case Target::NewConnector: {
        ConnectorDialog *d = controller->newConnector(store->ref());
        // The guide's example, as an administrator would type it.
        d->findChild<QLineEdit *>(u"displayNameEdit"_s)->setText(u"Newsletter relay"_s);
        d->findChild<QLineEdit *>(u"smartHostEdit"_s)->setText(u"smtp-relay.example.com"_s);
        auto *mechanism = d->findChild<QComboBox *>(u"mechanismCombo"_s);
        mechanism->setCurrentIndex(mechanism->findData(int(AuthMechanism::BasicAuthRequireTls)));
        d->findChild<QLineEdit *>(u"userEdit"_s)->setText(u"newsletter@mydomain.ovh"_s);
        d->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"relay-password"_s);
        dialog = d;
        break;
    }
    case Target::EditConnector:
        dialog = first.isNull() ? nullptr : controller->editConnector(store->ref(), first);
        break;
    case Target::ChangeAuthentication:
        dialog = first.isNull() ? nullptr : controller->changeAuthentication(store->ref(), first);
        break;
    case Target::MainWindow:
    case Target::HeaderViewer:
        break;
    }
    if (!dialog)
        return fail(tr("There is no send connector to show in a dialog."));
    dialog->adjustSize();
    QTimer::singleShot(300, this, [this, dialog = QPointer<QWidget>(dialog)] {
        if (dialog)
            capture(dialog);
        else
            fail(tr("The dialog closed before it could be grabbed."));
    });
}

void ScreenshotTaker::showHeaderViewer()
{
    auto *dock = m_window->findChild<QDockWidget *>(u"headerDock"_s);
    HeaderViewerPane *pane = m_window->headerViewer();
    if (!dock || !pane)
        return fail(tr("The main window has no header viewer."));
    dock->show();
    dock->raise();
    // Tall enough for the verdict banner and the hops.
    m_window->resizeDocks({dock}, {m_window->height() * 55 / 100}, Qt::Vertical);
    if (pane->text().isEmpty())
        pane->loadDemoSample();
    pane->analyse(); // against the connector selected in the tree
    QTimer::singleShot(300, this, [this] { capture(m_window); });
}

void ScreenshotTaker::capture(QWidget *widget)
{
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull() || !pixmap.save(m_path, "PNG"))
        return fail(tr("Could not write %1.").arg(m_path));
    m_done = true;
    qInfo("%s", qPrintable(tr("Wrote %1 (%2×%3).")
                               .arg(QFileInfo(m_path).absoluteFilePath())
                               .arg(pixmap.width())
                               .arg(pixmap.height())));
    Q_EMIT finished(0);
}

void ScreenshotTaker::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    qWarning("%s", qPrintable(tr("Screenshot failed: %1").arg(message)));
    Q_EMIT finished(1);
}
