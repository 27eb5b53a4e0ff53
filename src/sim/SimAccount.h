#pragma once

#include "Account.h"

#include <QDateTime>
#include <QJsonObject>

// An Exchange account as the simulator stores it: the core Account plus the fields the real
// API returns that Smarthost does not model, so answers look like OVHcloud's.
struct SimAccount
{
    Account account;
    QString firstName;
    QString lastName;
    QString company;
    bool hiddenFromGAL = false;
    QString sbrDestination;
    int quotaGb = 50;
    qint64 currentUsageMb = 0;
    QDateTime creationDate;
    // spamAndVirusConfiguration besides deleteVirus (which lives in account.deleteVirus).
    bool checkDKIM = false;
    bool checkSPF = true;
    bool deleteSpam = false;
    bool putInJunk = true;
    bool tagSpam = true;
    bool tagVirus = true;

    QJsonObject spamAndVirusConfiguration() const;
    QJsonObject toJson() const;
};
