#pragma once

#include "ProbeCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

struct ProbeObservations;
struct ProbeRequest;

// The STARTTLS, TLS session and certificate checks (see ProbeAdvisor).
class ProbeTlsAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(ProbeTlsAdvisor)

public:
    static constexpr int ExpiryWarningDays = 14;

    static QList<ProbeCheck> evaluate(const ProbeRequest &request,
                                      const ProbeObservations &observations, const QDateTime &now);

    static ProbeCheck startTlsCheck(const ProbeRequest &request, const ProbeObservations &o);
    static ProbeCheck tlsCheck(const ProbeRequest &request, const ProbeObservations &o);
    static ProbeCheck trustCheck(const ProbeObservations &o);
    static ProbeCheck nameCheck(const ProbeRequest &request, const ProbeObservations &o);
    static ProbeCheck datesCheck(const ProbeObservations &o, const QDateTime &now);
};
