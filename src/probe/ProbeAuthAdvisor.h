#pragma once

#include "ProbeCheck.h"

#include <QCoreApplication>
#include <QList>

struct ProbeObservations;
struct ProbeRequest;

// The AUTH offer and login checks (see ProbeAdvisor).
class ProbeAuthAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(ProbeAuthAdvisor)

public:
    static QList<ProbeCheck> evaluate(const ProbeRequest &request,
                                      const ProbeObservations &observations);

    static ProbeCheck authCheck(const ProbeRequest &request, const ProbeObservations &o);
    static ProbeCheck loginCheck(const ProbeRequest &request, const ProbeObservations &o);
};
