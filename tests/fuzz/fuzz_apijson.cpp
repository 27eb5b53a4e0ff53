// libFuzzer target: every API type's decoder on whatever QJsonDocument makes of arbitrary
// bytes (an object, or each object of an array). What decodes must encode and decode again
// to an equal value; what is refused must say why.
#include "Account.h"
#include "Domain.h"
#include "ExchangeService.h"
#include "SendConnector.h"
#include "Task.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_apijson: %s\n", what);
        std::abort();
    }
}

template<typename Decode> void roundTrip(const QJsonObject &object, Decode decode)
{
    QString error;
    const auto decoded = decode(object, &error);
    if (!decoded) {
        check(!error.isEmpty(), "a refusal without a reason");
        return;
    }
    const QByteArray encoded = QJsonDocument(decoded->toJson()).toJson(QJsonDocument::Compact);
    const auto again = decode(QJsonDocument::fromJson(encoded).object(), &error);
    check(again.has_value(), "an encoded value does not decode");
    check(*again == *decoded, "an encoded value decodes to a different value");
}

void decodeEveryType(const QJsonObject &object)
{
    roundTrip(object, &SendConnector::fromJson);
    roundTrip(object, &Account::fromJson);
    roundTrip(object, &Domain::fromJson);
    roundTrip(object, &Task::fromJson);
    roundTrip(object, [](const QJsonObject &o, QString *error) {
        return ExchangeService::fromJson({u"hosted-ab12345-1"_s, u"hosted-ab12345-1"_s}, o, error);
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (document.isObject()) {
        decodeEveryType(document.object());
    } else if (document.isArray()) {
        const QJsonArray array = document.array();
        for (const QJsonValue &value : array) {
            if (value.isObject())
                decodeEveryType(value.toObject());
        }
    }
    return 0;
}
