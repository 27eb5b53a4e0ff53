// The connector dialogs, driven by key presses and clicks against the simulator over HTTP:
// create, validation, edit (only changed fields), change authentication, delete.
#include "SimFixture.h"

#include "AuthenticationDialog.h"
#include "ConnectorController.h"
#include "ConnectorDetailsPanel.h"
#include "ConnectorDialog.h"
#include "ConnectorRules.h"
#include "FieldFeedback.h"
#include "MainWindow.h"
#include "ServiceStore.h"
#include "ServiceTreeModel.h"
#include "WidgetDriving.h"
#include "WindowActions.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
using namespace WidgetDriving;
constexpr int Timeout = 15'000;

// The bodies the simulator received for requests whose line contains `needle`.
QList<QJsonObject> bodiesOf(const Simulator &sim, const QByteArray &method,
                            const QByteArray &needle)
{
    QList<QJsonObject> bodies;
    for (const QByteArray &line : sim.requestLog()) {
        if (!line.startsWith(QByteArray(method + ' ')) || !line.contains(needle))
            continue;
        const int space = line.indexOf(' ', method.size() + 1);
        bodies << QJsonDocument::fromJson(space < 0 ? QByteArray() : line.mid(space + 1)).object();
    }
    return bodies;
}
} // namespace

class TestConnectorDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createWithTheKeyboard();
    void invalidInputBlocksOk();
    void basicAuthRequireTlsForcesTls();
    void createErrorIsShownInline();
    void editSendsOnlyChangedFields();
    void changeAuthentication();
    void changeAuthenticationNeedsTls();
    void deleteAsksFirst();

private:
    void openWindow();
    MainWindow::Session session() const { return {u"simulator"_s, u"test"_s, true}; }

    std::unique_ptr<SimFixture> m_fx;
    std::unique_ptr<MainWindow> m_window;
};

void TestConnectorDialogs::init()
{
    m_fx = std::make_unique<SimFixture>();
}

void TestConnectorDialogs::cleanup()
{
    m_window.reset();
    m_fx.reset();
}

void TestConnectorDialogs::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_fx->workspace.get(), session());
    m_window->setPersistent(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
    // The default view selects the guide's service and its first connector.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentConnector(), ConnectorId(29), Timeout);
    QVERIFY(m_window->windowActions()->edit()->isEnabled());
}

void TestConnectorDialogs::createWithTheKeyboard()
{
    openWindow();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = qobject_cast<ConnectorDialog *>(m_window->controller()->openDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), ConnectorDialog::Mode::Create);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QVERIFY(!dialog->okButton()->isEnabled());
    // The offscreen platform does not move the activation to a new window by itself.
    QApplication::setActiveWindow(dialog);

    // Tab order: name, host, port, TLS, size, mechanism, user, password, show.
    auto *name = child<QLineEdit>(dialog, "displayNameEdit");
    QCOMPARE(QApplication::focusWidget(), name);
    QTest::keyClicks(name, u"relay-two"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "smartHostEdit"));
    QTest::keyClicks(QApplication::focusWidget(), u"smtp.relay-two.example.net"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *port = child<QSpinBox>(dialog, "portSpin");
    QCOMPARE(QApplication::focusWidget(), port);
    QCOMPARE(port->value(), 587);
    QTest::keyClick(port, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(port, u"2525"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *tls = child<QCheckBox>(dialog, "requireTlsCheck");
    QCOMPARE(QApplication::focusWidget(), tls);
    QTest::keyClick(tls, Qt::Key_Space); // off
    QVERIFY(!tls->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *size = child<QSpinBox>(dialog, "maxSizeSpin");
    QCOMPARE(QApplication::focusWidget(), size);
    QCOMPARE(size->value(), 100);
    QTest::keyClick(size, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(size, u"40"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *mechanism = child<QComboBox>(dialog, "mechanismCombo");
    QCOMPARE(QApplication::focusWidget(), mechanism);
    auto *user = child<QLineEdit>(dialog, "userEdit");
    QVERIFY(!user->isEnabled()); // "None": no credentials
    QTest::keyClick(mechanism, Qt::Key_Down);
    QCOMPARE(mechanism->currentData().toInt(), int(AuthMechanism::BasicAuth));
    QVERIFY(user->isEnabled());
    QVERIFY(!dialog->okButton()->isEnabled()); // credentials missing now
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), user);
    QTest::keyClicks(user, u"relay-user"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *password = child<QLineEdit>(dialog, "passwordEdit");
    QCOMPARE(QApplication::focusWidget(), password);
    QTest::keyClicks(password, u"s3cret"_s);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    // Mnemonic of "Show": Alt+O.
    QTest::keyClick(dialog, Qt::Key_O, Qt::AltModifier);
    QTRY_COMPARE(password->echoMode(), QLineEdit::Normal); // an animated click

    QVERIFY(dialog->okButton()->isEnabled());
    QPointer<ConnectorDialog> guard(dialog);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), Timeout); // closes once the connector exists

    const SimService *sim = m_fx->simulator.world().service(m_fx->guide());
    std::optional<SendConnector> created;
    for (const auto &[id, c] : sim->connectors)
        if (c.connector.displayName == u"relay-two"_s)
            created = c.connector;
    QVERIFY(created);
    QCOMPARE(created->smartHost, u"smtp.relay-two.example.net"_s);
    QCOMPARE(created->port, 2525);
    QCOMPARE(created->requireTls, false);
    QCOMPARE(created->maxSendSizeMb, 40);
    QCOMPARE(created->authMechanism, AuthMechanism::BasicAuth);
    QCOMPARE(created->state, ConnectorState::Ok);
    QCOMPARE(m_fx->simulator.world().connectorUser(m_fx->guide(), created->id), u"relay-user"_s);
    const QList<QJsonObject> posts = bodiesOf(m_fx->simulator, "POST", "/sendConnector");
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().value(u"password"_s).toString(), u"s3cret"_s);

    // The new connector is selected in the tree and shown in the details.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentConnector(), created->id, Timeout);
    const QModelIndex current = m_window->treeView()->currentIndex();
    QCOMPARE(current.data().toString(), u"relay-two"_s);
    QCOMPARE(m_window->detailsPanel()->fieldText(u"smartHostValue"_s),
             u"smtp.relay-two.example.net:2525"_s);
}

void TestConnectorDialogs::invalidInputBlocksOk()
{
    ConnectorDialog dialog(ConnectorDialog::Mode::Create);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = child<QLineEdit>(&dialog, "displayNameEdit");
    auto *host = child<QLineEdit>(&dialog, "smartHostEdit");
    auto *port = child<QSpinBox>(&dialog, "portSpin");
    auto *size = child<QSpinBox>(&dialog, "maxSizeSpin");
    auto *mechanism = child<QComboBox>(&dialog, "mechanismCombo");
    auto *user = child<QLineEdit>(&dialog, "userEdit");
    auto *password = child<QLineEdit>(&dialog, "passwordEdit");
    const auto fillValid = [&] {
        retype(name, u"relay"_s);
        retype(host, u"smtp.example.com"_s);
        retype(port, u"587"_s);
        retype(size, u"100"_s);
        mechanism->setCurrentIndex(0);
    };
    fillValid();
    QVERIFY(dialog.okButton()->isEnabled());

    struct Case
    {
        QWidget *field;
        QString input;
        const char *label;
        QString message;
    };
    const QList<Case> cases = {
        {name, QString(), "displayNameError", ConnectorRules::checkDisplayName({})},
        {name, u"   "_s, "displayNameError", ConnectorRules::checkDisplayName(u"   "_s)},
        {host, QString(), "smartHostError", ConnectorRules::checkSmartHost({})},
        {host, u"smtp relay"_s, "smartHostError", ConnectorRules::checkSmartHost(u"smtp relay"_s)},
        {host, u"relay"_s, "smartHostError", ConnectorRules::checkSmartHost(u"relay"_s)},
        {host, u"300.1.2.3"_s, "smartHostError", ConnectorRules::checkSmartHost(u"300.1.2.3"_s)},
        {port, u"0"_s, "portError", ConnectorRules::checkPort(0)},
        {port, u"70000"_s, "portError", ConnectorRules::checkPort(70000)},
        {port, QString(), "portError", ConnectorRules::checkPort(0)},
        {size, u"0"_s, "maxSizeError", ConnectorRules::checkMaxSendSize(0)},
        {size, u"150"_s, "maxSizeError", ConnectorRules::checkMaxSendSize(150)},
    };
    for (const Case &c : cases) {
        fillValid();
        retype(c.field, c.input);
        auto *label = child<QLabel>(&dialog, c.label);
        QVERIFY2(!c.message.isEmpty(), c.label);
        const QByteArray what = QByteArray(c.label) + " \"" + c.input.toUtf8() + '"';
        QVERIFY2(!dialog.okButton()->isEnabled(), what.constData());
        QVERIFY2(label->isVisible(), what.constData());
        QCOMPARE(label->text(), c.message);
        QVERIFY(FieldFeedback::isMarked(c.field));
        fillValid();
        QVERIFY(!label->isVisible());
        QVERIFY(!FieldFeedback::isMarked(c.field));
        QVERIFY(dialog.okButton()->isEnabled());
    }

    // Credentials: needed as soon as the mechanism is not "none".
    auto *credentialsError = child<QLabel>(&dialog, "credentialsError");
    mechanism->setCurrentIndex(mechanism->findData(int(AuthMechanism::BasicAuth)));
    QVERIFY(!dialog.okButton()->isEnabled());
    retype(user, u"x"_s);
    retype(user, QString());
    QVERIFY(credentialsError->isVisible());
    QCOMPARE(credentialsError->text(),
             ConnectorRules::checkCredentials(AuthMechanism::BasicAuth, {}, u"pw"_s));
    QVERIFY(FieldFeedback::isMarked(user));
    retype(user, u"relay-user"_s);
    QCOMPARE(credentialsError->text(),
             ConnectorRules::checkCredentials(AuthMechanism::BasicAuth, u"relay-user"_s, {}));
    QVERIFY(FieldFeedback::isMarked(password));
    QVERIFY(!FieldFeedback::isMarked(user));
    QVERIFY(!dialog.okButton()->isEnabled());
    retype(password, u"pw"_s);
    QVERIFY(!credentialsError->isVisible());
    QVERIFY(dialog.okButton()->isEnabled());

    // Enter with an invalid form submits nothing and shows every message.
    QSignalSpy submitted(&dialog, &ConnectorDialog::submitted);
    retype(host, u"not a host"_s);
    dialog.accept();
    QCOMPARE(submitted.count(), 0);
    QVERIFY(dialog.isVisible());
    retype(host, u"smtp.example.com"_s);
    dialog.accept();
    QCOMPARE(submitted.count(), 1);
}

void TestConnectorDialogs::basicAuthRequireTlsForcesTls()
{
    ConnectorDialog dialog(ConnectorDialog::Mode::Create);
    dialog.show();
    auto *tls = child<QCheckBox>(&dialog, "requireTlsCheck");
    auto *mechanism = child<QComboBox>(&dialog, "mechanismCombo");
    tls->setChecked(false);
    mechanism->setCurrentIndex(mechanism->findData(int(AuthMechanism::BasicAuthRequireTls)));
    QVERIFY(tls->isChecked());
    QVERIFY(!tls->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "tlsNote")->isVisible());
    mechanism->setCurrentIndex(mechanism->findData(int(AuthMechanism::BasicAuth)));
    QVERIFY(tls->isEnabled());
    QVERIFY(!child<QLabel>(&dialog, "tlsNote")->isVisible());
}

void TestConnectorDialogs::createErrorIsShownInline()
{
    m_fx->simulator.addFault(FaultRule("POST", u"/sendConnector$"_s, FaultKind::Http500, 1.0, 1));
    openWindow();
    ConnectorDialog *dialog = m_window->controller()->newConnector(m_fx->guide());
    QVERIFY(dialog);
    retype(child<QLineEdit>(dialog, "displayNameEdit"), u"doomed"_s);
    retype(child<QLineEdit>(dialog, "smartHostEdit"), u"smtp.example.com"_s);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    auto *error = child<QLabel>(dialog, "apiError");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), Timeout);
    QVERIFY2(error->text().contains(u"Server::InternalServerError"_s), qPrintable(error->text()));
    QVERIFY(error->text().contains(u"query id"_s));
    QVERIFY(error->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->okButton()->isEnabled()); // the user may try again
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QPointer<ConnectorDialog> guard(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), Timeout);
}

void TestConnectorDialogs::editSendsOnlyChangedFields()
{
    openWindow();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F2);
    auto *dialog = qobject_cast<ConnectorDialog *>(m_window->controller()->openDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), ConnectorDialog::Mode::Edit);
    QCOMPARE(child<QLineEdit>(dialog, "displayNameEdit")->text(), u"testconnector"_s);
    QVERIFY(!child<QComboBox>(dialog, "mechanismCombo")->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog, "userEdit")->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog, "passwordEdit")->isEnabled());
    QVERIFY(child<QLabel>(dialog, "authNote")->isVisible());
    QVERIFY(!dialog->okButton()->isEnabled()); // nothing changed yet
    // basicAuthRequireTLS: TLS stays on.
    QVERIFY(!child<QCheckBox>(dialog, "requireTlsCheck")->isEnabled());

    retype(child<QSpinBox>(dialog, "portSpin"), u"2526"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    m_fx->simulator.clearRequestLog();
    QPointer<ConnectorDialog> guard(dialog);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), Timeout);

    const QList<QJsonObject> puts = bodiesOf(m_fx->simulator, "PUT", "/sendConnector/29");
    QCOMPARE(puts.size(), 1);
    QCOMPARE(puts.first(), QJsonObject({{u"port"_s, 2526}}));
    const auto connector = m_fx->simulator.world().connector(m_fx->guide(), ConnectorId(29));
    QCOMPARE(connector->port, 2526);
    QCOMPARE(connector->displayName, u"testconnector"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->detailsPanel()->fieldText(u"smartHostValue"_s),
                              u"smtp-relay.example.com:2526"_s, Timeout);
    QVERIFY(m_window->detailsPanel()->fieldText(u"updatedValue"_s) != u"Never"_s);
}

void TestConnectorDialogs::changeAuthentication()
{
    openWindow();
    m_window->windowActions()->changeAuthentication()->trigger();
    auto *dialog = qobject_cast<AuthenticationDialog *>(m_window->controller()->openDialog());
    QVERIFY(dialog);
    auto *mechanism = child<QComboBox>(dialog, "mechanismCombo");
    QCOMPARE(mechanism->currentData().toInt(), int(AuthMechanism::BasicAuthRequireTls));
    QVERIFY(!dialog->okButton()->isEnabled()); // user and password must be entered again
    mechanism->setCurrentIndex(mechanism->findData(int(AuthMechanism::BasicAuth)));
    retype(child<QLineEdit>(dialog, "userEdit"), u"new-user"_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(child<QLabel>(dialog, "credentialsError")->isVisible());
    retype(child<QLineEdit>(dialog, "passwordEdit"), u"new-password"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    QPointer<AuthenticationDialog> guard(dialog);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), Timeout);

    const QList<QJsonObject> posts =
        bodiesOf(m_fx->simulator, "POST", "/sendConnector/29/changeAuthentication");
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first(), QJsonObject({{u"smartHostAuthMechanism"_s, u"basicAuth"_s},
                                         {u"user"_s, u"new-user"_s},
                                         {u"password"_s, u"new-password"_s}}));
    // The task is followed; when it ends the tree shows the new mechanism.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_fx->simulator.world().connector(m_fx->guide(), ConnectorId(29))->authMechanism,
        AuthMechanism::BasicAuth, Timeout);
    QCOMPARE(m_fx->simulator.world().connectorUser(m_fx->guide(), ConnectorId(29)), u"new-user"_s);
    const QModelIndex row = m_window->treeModel()->connectorIndex(m_fx->guide(), ConnectorId(29));
    QTRY_COMPARE_WITH_TIMEOUT(row.data(roleId(Role::AuthMechanism)).toInt(),
                              int(AuthMechanism::BasicAuth), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->detailsPanel()->fieldText(u"pendingTaskValue"_s), u"None"_s,
                              Timeout);
}

void TestConnectorDialogs::changeAuthenticationNeedsTls()
{
    SendConnector plain;
    plain.displayName = u"plain"_s;
    plain.requireTls = false;
    AuthenticationDialog dialog(plain);
    dialog.show();
    auto *mechanism = child<QComboBox>(&dialog, "mechanismCombo");
    mechanism->setCurrentIndex(mechanism->findData(int(AuthMechanism::BasicAuthRequireTls)));
    retype(child<QLineEdit>(&dialog, "userEdit"), u"u"_s);
    retype(child<QLineEdit>(&dialog, "passwordEdit"), u"p"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "mechanismError")->isVisible());
    mechanism->setCurrentIndex(mechanism->findData(int(AuthMechanism::BasicAuth)));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(!child<QLabel>(&dialog, "mechanismError")->isVisible());
}

void TestConnectorDialogs::deleteAsksFirst()
{
    openWindow();
    QString asked;
    bool answer = false;
    m_window->controller()->setConfirmFunction(
        [&](QWidget *, const QString &, const QString &text, const QString &) {
            asked = text;
            return answer;
        });
    m_fx->simulator.clearRequestLog();
    m_window->windowActions()->remove()->trigger();
    QVERIFY(asked.contains(u"testconnector"_s));
    QVERIFY(asked.contains(u"smtp-relay.example.com:587"_s));
    QVERIFY2(asked.contains(u"1 account"_s), qPrintable(asked));
    QVERIFY(asked.contains(u"platform's outgoing server"_s));
    QTest::qWait(200);
    QVERIFY(bodiesOf(m_fx->simulator, "DELETE", "/sendConnector/29").isEmpty());
    QVERIFY(m_fx->simulator.world().connector(m_fx->guide(), ConnectorId(29)));

    answer = true;
    m_window->windowActions()->remove()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_fx->simulator.world().connector(m_fx->guide(), ConnectorId(29)),
                             Timeout);
    QCOMPARE(bodiesOf(m_fx->simulator, "DELETE", "/sendConnector/29").size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_window->treeModel()->connectorIndex(m_fx->guide(), ConnectorId(29)).isValid(), Timeout);
    QVERIFY(
        m_window->treeModel()->accountIndex(m_fx->guide(), u"newsletter@mydomain.ovh"_s).parent() ==
        m_window->treeModel()->groupIndex(m_fx->guide(), NodeKind::PlatformGroup));
    QVERIFY(!m_window->windowActions()->edit()->isEnabled());
}

QTEST_MAIN(TestConnectorDialogs)
#include "tst_connectordialogs.moc"
