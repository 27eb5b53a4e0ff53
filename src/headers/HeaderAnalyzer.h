#pragma once

#include "HeaderReport.h"
#include "RelayConnector.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The header analysis engine: reads a pasted header section (or a whole message) and returns
// its summary, hops, authentication results and, when a connector is given, whether the
// message went through the connector's relay. Pure computation: no network, no widgets;
// safe to call from any thread.
class HeaderAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(HeaderAnalyzer)

public:
    static constexpr qsizetype MaxInputSize = 1024 * 1024; // characters (text) or bytes

    static HeaderReport analyse(const QString &pasted, const RelayConnector &connector = {});

    // Bytes as read from a file or stdin: UTF-8, or windows-1252 when not valid UTF-8.
    static HeaderReport analyse(const QByteArray &bytes, const RelayConnector &connector = {});
};
