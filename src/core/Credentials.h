#pragma once

#include <QString>

// What a signed (or OAuth2) call needs. The secrets here never go to settings or logs.
struct Credentials
{
    QString endpoint; // name or URL, resolved by Endpoint::resolve
    QString applicationKey;
    QString applicationSecret;
    QString consumerKey;
    QString clientId;     // OAuth2 service account
    QString clientSecret; // OAuth2 service account

    bool hasSignedKeys() const
    {
        return !applicationKey.isEmpty() && !applicationSecret.isEmpty() && !consumerKey.isEmpty();
    }
    bool hasOAuth2() const { return !clientId.isEmpty() && !clientSecret.isEmpty(); }

    // These credentials with every non-empty value of `overrides` put in their place, key by
    // key: how OVH_* variables and ovh.conf win over a saved profile, as in python-ovh.
    Credentials overriddenBy(const Credentials &overrides) const
    {
        Credentials merged = *this;
        const auto prefer = [](QString &target, const QString &value) {
            if (!value.isEmpty())
                target = value;
        };
        prefer(merged.endpoint, overrides.endpoint);
        prefer(merged.applicationKey, overrides.applicationKey);
        prefer(merged.applicationSecret, overrides.applicationSecret);
        prefer(merged.consumerKey, overrides.consumerKey);
        prefer(merged.clientId, overrides.clientId);
        prefer(merged.clientSecret, overrides.clientSecret);
        return merged;
    }

    friend bool operator==(const Credentials &, const Credentials &) = default;
};
