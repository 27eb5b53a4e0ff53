// Edit ▸ Network Settings: the rate limit spin box, saved in QSettings and applied at once to
// the window's live client; 0 turns the limit off.
#include "SimFixture.h"

#include "MainWindow.h"
#include "NetworkSettings.h"
#include "NetworkSettingsDialog.h"
#include "WindowActions.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestNetworkSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    static void clickOk(QDialog *dialog)
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(u"smarthost"_s);
        QCoreApplication::setApplicationName(u"smarthost-test"_s);
    }

    void defaultIsTwentyPerSecond()
    {
        QSettings().remove(u"network"_s);
        QCOMPARE(NetworkSettings::requestsPerSecond(), 20);
        SimFixture fx;
        NetworkSettingsDialog dialog(fx.client.get());
        QCOMPARE(dialog.rateBox()->value(), 20);
    }

    void savedAndAppliedToTheLiveClient()
    {
        SimFixture fx;
        NetworkSettingsDialog dialog(fx.client.get());
        dialog.show();
        // SMARTHOST_GRAB_DIR=DIR keeps a picture of the dialog, to look at.
        if (const QString dir = qEnvironmentVariable("SMARTHOST_GRAB_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + u"/network-settings.png"_s);
        dialog.rateBox()->selectAll();
        QTest::keyClicks(dialog.rateBox(), u"5"_s);
        QCOMPARE(dialog.rateBox()->value(), 5);
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(QSettings().value(u"network/requestsPerSecond"_s).toInt(), 5);
        QCOMPARE(fx.client->limits().requestsPerSecond, 5.0);

        // A new client (the next sign-in) gets the saved value too.
        SimFixture other;
        QCOMPARE(other.client->limits().requestsPerSecond, 20.0);
        NetworkSettings::applyTo(other.client.get());
        QCOMPARE(other.client->limits().requestsPerSecond, 5.0);
    }

    // How long a call may go without a usable answer: 90 s by default, saved, applied to the
    // live client (and a transfer timeout never longer than it); out-of-range values clamp.
    void giveUpTimeIsSavedAndApplied()
    {
        QSettings().remove(u"network"_s);
        SimFixture fx;
        NetworkSettingsDialog dialog(fx.client.get());
        QCOMPARE(dialog.giveUpBox()->value(), 90);
        dialog.show();
        dialog.giveUpBox()->selectAll();
        QTest::keyClicks(dialog.giveUpBox(), u"10"_s);
        clickOk(&dialog);
        QCOMPARE(NetworkSettings::giveUpSeconds(), 10);
        QCOMPARE(fx.client->limits().deadlineMs, 10'000);
        QCOMPARE(fx.client->limits().transferTimeoutMs, 10'000);
        QSettings().setValue(u"network/giveUpSeconds"_s, 100000);
        QCOMPARE(NetworkSettings::giveUpSeconds(), NetworkSettings::MaxGiveUpSeconds);
        QSettings().setValue(u"network/giveUpSeconds"_s, u"soon"_s);
        QCOMPARE(NetworkSettings::giveUpSeconds(), 90);

        // A call to a server that never answers fails at that time, with a message.
        NetworkSettings::setGiveUpSeconds(NetworkSettings::MinGiveUpSeconds);
        NetworkSettings::applyTo(fx.client.get());
        fx.simulator.addFault(FaultRule("GET", u"^/email/exchange$"_s, FaultKind::Hang));
        std::optional<ApiResult<QStringList>> result;
        QElapsedTimer timer;
        timer.start();
        fx.api->organizations(this, [&](const ApiResult<QStringList> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QCOMPARE(result->error.kind, ApiError::Kind::Timeout);
        QVERIFY2(timer.elapsed() >= 4000, qPrintable(QString::number(timer.elapsed())));
        QSettings().remove(u"network"_s);
    }

    void zeroTurnsItOffAndCancelKeepsTheValue()
    {
        SimFixture fx;
        NetworkSettings::setRequestsPerSecond(7);
        {
            NetworkSettingsDialog dialog(fx.client.get());
            dialog.rateBox()->setValue(0);
            QCOMPARE(dialog.rateBox()->text(), u"Off"_s);
            dialog.reject();
        }
        QCOMPARE(NetworkSettings::requestsPerSecond(), 7);
        NetworkSettingsDialog dialog(fx.client.get());
        dialog.show();
        dialog.rateBox()->setValue(0);
        clickOk(&dialog);
        QCOMPARE(NetworkSettings::requestsPerSecond(), 0);
        QCOMPARE(fx.client->limits().requestsPerSecond, 0.0);
    }

    void theWindowOffersItInTheEditMenu()
    {
        SimFixture fx;
        Workspace workspace(fx.api.get());
        MainWindow window(&workspace, {u"sim"_s, u"test"_s, true});
        QAction *action = window.windowActions()->networkSettings();
        QVERIFY(action);
        QVERIFY(!action->associatedObjects().isEmpty());
        bool shown = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = window.findChild<NetworkSettingsDialog *>();
            shown = dialog != nullptr;
            if (dialog) {
                dialog->rateBox()->setValue(12);
                dialog->accept();
            }
        });
        action->trigger();
        QVERIFY(shown);
        QCOMPARE(fx.client->limits().requestsPerSecond, 12.0);
        QCOMPARE(NetworkSettings::requestsPerSecond(), 12);
    }
};

QTEST_MAIN(TestNetworkSettings)
#include "tst_networksettings.moc"
