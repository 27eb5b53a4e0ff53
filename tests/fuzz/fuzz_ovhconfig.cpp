// libFuzzer target: the python-ovh style ovh.conf reader on arbitrary bytes.
#include "OvhConfig.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto config = OvhConfigFile::parse(text, u"fuzz.conf"_s, &error);
    if (!config)
        return error.isEmpty() ? -1 : 0;
    const QString endpoint = config->value(u"default"_s, u"endpoint"_s);
    for (const QString &key : {u"application_key"_s, u"application_secret"_s, u"consumer_key"_s,
                               u"client_id"_s, u"client_secret"_s})
        (void)config->value(endpoint, key).size();
    return 0;
}
