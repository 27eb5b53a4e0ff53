#pragma once

#include <QString>
#include <QStringView>
#include <optional>

// Verdict of one check. Only Fail makes a probe fail (see ProbeReport::hasFailure()):
// Warn is advice, Skipped means the check could not run (not reached, nothing to compare).
enum class ProbeStatus { Pass, Warn, Fail, Skipped };

// Stable machine ids ("pass", "warn", "fail", "skipped") for JSON and scripts.
QString probeStatusToId(ProbeStatus status);
std::optional<ProbeStatus> probeStatusFromId(QStringView id);

// Stable machine ids of the checks, in the order a report lists them.
namespace ProbeCheckId {
inline constexpr QStringView Connect = u"connect";
inline constexpr QStringView Port = u"port";
inline constexpr QStringView Banner = u"banner";
inline constexpr QStringView Ehlo = u"ehlo";
inline constexpr QStringView StartTls = u"starttls";
inline constexpr QStringView Tls = u"tls";
inline constexpr QStringView CertificateTrust = u"certificate-trust";
inline constexpr QStringView CertificateName = u"certificate-name";
inline constexpr QStringView CertificateDates = u"certificate-dates";
inline constexpr QStringView Size = u"size";
inline constexpr QStringView Auth = u"auth";
inline constexpr QStringView Login = u"login";
} // namespace ProbeCheckId

struct ProbeCheck
{
    QString id;    // one of ProbeCheckId
    QString title; // translated
    ProbeStatus status = ProbeStatus::Skipped;
    QString detail;     // translated: what was observed
    QString suggestion; // translated: what to change; may be empty

    friend bool operator==(const ProbeCheck &, const ProbeCheck &) = default;
};
