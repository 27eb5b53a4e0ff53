#pragma once

#include "ProbeCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

struct ProbeObservations;
struct ProbeRequest;

// Turns what the probe saw into checks, compared with the connector's settings when the
// request carries them. Pure: no network, so every verdict is unit-tested.
// Order: connect, port, banner, ehlo, starttls, tls, certificate-trust, certificate-name,
// certificate-dates, size, auth, login (see ProbeCheckId).
class ProbeAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(ProbeAdvisor)

public:
    static QList<ProbeCheck> evaluate(const ProbeRequest &request,
                                      const ProbeObservations &observations,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc());

    static ProbeCheck connectCheck(const ProbeRequest &request, const ProbeObservations &o);
    static ProbeCheck portCheck(const ProbeRequest &request, const ProbeObservations &o);
    static ProbeCheck bannerCheck(const ProbeRequest &request, const ProbeObservations &o);
    static ProbeCheck ehloCheck(const ProbeRequest &request, const ProbeObservations &o);
    static ProbeCheck sizeCheck(const ProbeRequest &request, const ProbeObservations &o);
};
