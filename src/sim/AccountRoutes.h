#pragma once

#include "SimReply.h"
#include "SimService.h"

#include <QJsonObject>

struct SimRequest;

// …/account routes of one service:
//   GET account[?primaryEmailAddress=%news%]   addresses (filters: SQL LIKE with %, also on
//                                              id, accountLicense and company)
//   GET account/{email}                         the account (the address may be %-encoded)
//   PUT account/{email}                         partial or full object → null
// PUT validates everything before changing anything: sendConnectorId N attaches (0 or null
// detaches; unknown → 404; connector not "ok" → 409); spamAndVirusConfiguration with
// deleteVirus false → 400 (the guide's warning); read-only fields of a full object are
// ignored; unknown fields → 400.
class AccountRoutes
{
public:
    explicit AccountRoutes(SimService &service);

    SimReply list(const SimRequest &request) const;
    QList<QJsonObject> objects() const;
    SimReply get(const QString &email) const;
    SimReply update(const QString &email, const SimRequest &request);

    // SQL LIKE: % any run, _ any one character; case-insensitive.
    static bool like(const QString &text, const QString &pattern);

private:
    SimService &m_service;
};
