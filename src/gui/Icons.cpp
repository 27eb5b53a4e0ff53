#include "Icons.h"

#include <QHash>

using namespace Qt::StringLiterals;

// Outside any namespace, as Q_INIT_RESOURCE requires.
static void loadResources()
{
    // The icons live in this static library: make sure its resources are registered.
    static const bool loaded = [] {
        Q_INIT_RESOURCE(smarthost);
        return true;
    }();
    Q_UNUSED(loaded);
}

QIcon Icons::get(const QString &name)
{
    loadResources();
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(u":/icons/"_s + name + u".svg"_s));
    return *it;
}

IconProvider Icons::provider()
{
    return [](const QString &name) {
        return get(name);
    };
}
