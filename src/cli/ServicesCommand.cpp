#include "ServicesCommand.h"

#include "CliSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

void ServicesCommand::run(CliSession *session)
{
    m_session = session;
    ExchangeApi *api = session->api();
    api->organizations(this, [this, api](const ApiResult<QStringList> &organizations) {
        if (!organizations.ok())
            return failWith(organizations.error);
        m_pending = int(organizations->size());
        if (m_pending == 0)
            return print();
        for (const QString &organization : *organizations) {
            api->services(organization, this,
                          [this, api, organization](const ApiResult<QStringList> &services) {
                              if (!services.ok())
                                  return failWith(services.error);
                              m_pending += int(services->size()) - 1;
                              for (const QString &name : *services) {
                                  api->service(ServiceRef{organization, name}, this,
                                               [this](const ApiResult<ExchangeService> &service) {
                                                   if (!service.ok())
                                                       return failWith(service.error);
                                                   m_services << *service;
                                                   if (--m_pending == 0)
                                                       print();
                                               });
                              }
                              if (m_pending == 0)
                                  print();
                          });
        }
    });
}

void ServicesCommand::print()
{
    std::sort(m_services.begin(), m_services.end(), [](const auto &a, const auto &b) {
        return std::tie(a.ref.organization, a.ref.service) <
               std::tie(b.ref.organization, b.ref.service);
    });
    if (m_args.json) {
        QJsonArray array;
        for (const ExchangeService &s : m_services) {
            QJsonObject object = s.toJson();
            object.insert(u"organizationName"_s, s.ref.organization);
            object.insert(u"exchangeService"_s, s.ref.service);
            array << object;
        }
        m_out.json(array);
    } else {
        QList<QStringList> rows;
        for (const ExchangeService &s : m_services)
            rows << QStringList{s.ref.organization, s.ref.service, s.offer, s.displayName,
                                s.supportsConnectors() ? QString()
                                                       : tr("send connectors not supported")};
        m_out.table({tr("ORGANIZATION"), tr("SERVICE"), tr("OFFER"), tr("NAME"), tr("NOTE")}, rows);
    }
    finish(Success);
}
