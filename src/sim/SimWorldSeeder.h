#pragma once

#include "SimOptions.h"

class SimWorld;

// Fills a SimWorld with the send-connector guide's platform (organization and service
// private-zz111111-1, domain mydomain.ovh, connector 29 "testconnector", accounts
// newsletter@ attached to it and contact@ not attached) plus what the options ask for:
// generated accounts (deterministic from the seed) and a hosted platform.
class SimWorldSeeder
{
public:
    static void seed(SimWorld &world, const SimOptions &options);

private:
    static void seedGuidePlatform(SimWorld &world);
    static void seedExtraAccounts(SimWorld &world, int count, quint32 seed);
    static void seedHostedPlatform(SimWorld &world);
};
