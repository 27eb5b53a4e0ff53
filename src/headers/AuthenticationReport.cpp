#include "AuthenticationReport.h"

using namespace Qt::StringLiterals;

QString AuthResult::property(QStringView key) const
{
    for (const auto &[name, value] : properties) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QString();
}

QList<AuthResult> AuthenticationReport::resultsFor(QStringView method) const
{
    QList<AuthResult> list;
    for (const auto &result : results) {
        if (result.method.compare(method, Qt::CaseInsensitive) == 0)
            list.append(result);
    }
    return list;
}

QString AuthenticationReport::summaryResult(QStringView method) const
{
    const QList<AuthResult> list = resultsFor(method);
    for (const auto source :
         {AuthResult::Source::AuthenticationResults, AuthResult::Source::ReceivedSpf}) {
        int header = -1;
        QString verdict;
        for (const auto &result : list) {
            if (result.source != source)
                continue;
            if (header < 0)
                header = result.headerIndex;
            if (result.headerIndex != header)
                break;
            if (verdict.isEmpty() || result.result == u"pass"_s)
                verdict = result.result;
        }
        if (!verdict.isEmpty())
            return verdict;
    }
    return QString();
}
