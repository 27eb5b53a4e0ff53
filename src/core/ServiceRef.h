#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

// Names one Exchange service: /email/exchange/{organization}/service/{service}.
struct ServiceRef
{
    QString organization;
    QString service;

    bool isValid() const { return !organization.isEmpty() && !service.isEmpty(); }
    QString displayText() const
    {
        return organization == service ? service : organization + u'/' + service;
    }

    friend bool operator==(const ServiceRef &, const ServiceRef &) = default;
    friend size_t qHash(const ServiceRef &ref, size_t seed = 0)
    {
        return qHashMulti(seed, ref.organization, ref.service);
    }
};

Q_DECLARE_METATYPE(ServiceRef)
