#include "HeaderBlock.h"

QString HeaderBlock::value(QStringView name) const
{
    for (const auto &field : fields) {
        if (field.is(name))
            return field.value;
    }
    return QString();
}

QStringList HeaderBlock::values(QStringView name) const
{
    QStringList result;
    for (const auto &field : fields) {
        if (field.is(name))
            result.append(field.value);
    }
    return result;
}

bool HeaderBlock::contains(QStringView name) const
{
    for (const auto &field : fields) {
        if (field.is(name))
            return true;
    }
    return false;
}
