#pragma once

#include "ModelTypes.h"

#include <QIcon>
#include <QString>

// Smarthost's own icons (resources/icons/*.svg), by name: "connector", "tls-on", "delete"…
class Icons
{
public:
    static QIcon get(const QString &name);
    // For the models: they name icons, this turns names into icons.
    static IconProvider provider();
};
