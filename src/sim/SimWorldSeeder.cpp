#include "SimWorldSeeder.h"

#include "SimWorld.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
QDateTime parisDate(int year, int month, int day, int hour, int minute, int second)
{
    // Summer time in Paris: the guide's dates carry +02:00.
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::OffsetFromUTC,
                     2 * 3600);
}

// A stable GUID-looking id derived from a name, like the API's account ids.
QString stableGuid(const QString &name)
{
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1);
    return QUuid::fromRfc4122(hash.left(16)).toString(QUuid::WithoutBraces);
}

SimAccount makeAccount(const QString &localPart, const QString &domain, const QString &first,
                       const QString &last, const QString &license)
{
    SimAccount a;
    a.account.primaryEmailAddress = localPart + u'@' + domain;
    a.account.id = stableGuid(a.account.primaryEmailAddress);
    a.account.displayName = QString(first + u' ' + last).trimmed();
    a.account.login = localPart;
    a.account.domain = domain;
    a.account.accountLicense = license;
    a.account.state = u"ok"_s;
    a.account.deleteVirus = true;
    a.firstName = first;
    a.lastName = last;
    a.company = u"MyDomain"_s;
    a.creationDate = parisDate(2023, 9, 18, 10, 12, 44);
    return a;
}

Domain makeDomain(const QString &name)
{
    Domain d;
    d.name = name;
    d.state = u"ok"_s;
    d.type = u"authoritative"_s;
    return d;
}
} // namespace

void SimWorldSeeder::seed(SimWorld &world, const SimOptions &options)
{
    world.setClockOffset(options.clockOffsetSeconds);
    world.setTaskStepMs(options.taskStepMs);
    seedGuidePlatform(world);
    seedExtraAccounts(world, options.extraAccounts, options.seed);
    if (options.hostedService)
        seedHostedPlatform(world);
}

void SimWorldSeeder::seedGuidePlatform(SimWorld &world)
{
    ExchangeService info;
    info.ref = SimWorld::guideService();
    info.displayName = u"Private Exchange zz111111"_s;
    info.domain = u"mydomain.ovh"_s;
    info.hostname = u"ex-zz111111.mail.ovh.net"_s;
    info.offer = u"dedicated"_s;
    info.state = u"ok"_s;
    info.maxSendSizeMb = 100;
    info.maxReceiveSizeMb = 100;
    info.webUrl = u"https://ex-zz111111.mail.ovh.net/owa"_s;
    SimService &service = world.addService(info);
    service.domains[u"mydomain.ovh"_s] = makeDomain(u"mydomain.ovh"_s);

    SimConnector guide;
    guide.connector.id = ConnectorId(SimWorld::GuideConnectorId);
    guide.connector.displayName = u"testconnector"_s;
    guide.connector.smartHost = u"smtp-relay.example.com"_s;
    guide.connector.port = 587;
    guide.connector.requireTls = true;
    guide.connector.maxSendSizeMb = 100;
    guide.connector.authMechanism = AuthMechanism::BasicAuthRequireTls;
    guide.connector.state = ConnectorState::Ok;
    guide.connector.creationDate = parisDate(2023, 9, 25, 14, 6, 2);
    guide.user = u"newsletter@mydomain.ovh"_s;
    guide.password = u"relay-password"_s;
    world.addConnector(info.ref, guide);

    SimAccount newsletter =
        makeAccount(u"newsletter"_s, u"mydomain.ovh"_s, u"Newsletter"_s, QString(), u"basic"_s);
    newsletter.account.sendConnectorId = ConnectorId(SimWorld::GuideConnectorId);
    newsletter.currentUsageMb = 212;
    world.addAccount(info.ref, newsletter);

    SimAccount contact =
        makeAccount(u"contact"_s, u"mydomain.ovh"_s, u"Contact"_s, QString(), u"standard"_s);
    contact.currentUsageMb = 1480;
    world.addAccount(info.ref, contact);
}

void SimWorldSeeder::seedExtraAccounts(SimWorld &world, int count, quint32 seed)
{
    static const QString firstNames[] = {u"Alice"_s, u"Bruno"_s, u"Chloé"_s,  u"David"_s,
                                         u"Emma"_s,  u"Farid"_s, u"Giulia"_s, u"Hugo"_s};
    static const QString lastNames[] = {u"Martin"_s, u"Bernard"_s, u"Dubois"_s,  u"Rossi"_s,
                                        u"Silva"_s,  u"García"_s,  u"Lefèvre"_s, u"Moreau"_s};
    static const QString licenses[] = {u"basic"_s, u"standard"_s, u"enterprise"_s};
    QRandomGenerator random(seed);
    for (int i = 1; i <= count; ++i) {
        const QString localPart = u"user%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        SimAccount a = makeAccount(localPart, u"mydomain.ovh"_s, firstNames[random.bounded(8)],
                                   lastNames[random.bounded(8)], licenses[random.bounded(3)]);
        // About a third send through the guide's connector.
        if (random.bounded(3) == 0)
            a.account.sendConnectorId = ConnectorId(SimWorld::GuideConnectorId);
        // A few have the virus filter off: a full-object PUT of them fails, as the guide warns.
        if (random.bounded(10) == 0)
            a.account.deleteVirus = false;
        a.currentUsageMb = random.bounded(50000);
        world.addAccount(SimWorld::guideService(), a);
    }
}

void SimWorldSeeder::seedHostedPlatform(SimWorld &world)
{
    ExchangeService info;
    info.ref = SimWorld::hostedService();
    info.displayName = u"Hosted Exchange zz222222"_s;
    info.domain = u"hosted-example.ovh"_s;
    info.hostname = u"ex5.mail.ovh.net"_s;
    info.offer = u"hosted"_s;
    info.state = u"ok"_s;
    info.maxSendSizeMb = 35;
    info.maxReceiveSizeMb = 35;
    info.webUrl = u"https://ex5.mail.ovh.net/owa"_s;
    SimService &service = world.addService(info);
    service.domains[u"hosted-example.ovh"_s] = makeDomain(u"hosted-example.ovh"_s);
    world.addAccount(info.ref, makeAccount(u"office"_s, u"hosted-example.ovh"_s, u"Office"_s,
                                           QString(), u"basic"_s));
    world.addAccount(info.ref, makeAccount(u"billing"_s, u"hosted-example.ovh"_s, u"Billing"_s,
                                           QString(), u"basic"_s));
}
