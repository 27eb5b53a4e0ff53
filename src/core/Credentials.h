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

    friend bool operator==(const Credentials &, const Credentials &) = default;
};
