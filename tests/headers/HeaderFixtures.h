#pragma once

#include "HeaderAnalyzer.h"

#include <QFile>
#include <QString>
#include <QTest>
#include <optional>

// Reads tests/data/headers/<name>.txt, optionally with its line endings replaced.
inline QString headerFixture(const QString &name, const QString &newline = QString())
{
    QFile file(QStringLiteral(SMARTHOST_TEST_DATA_DIR "/headers/") + name + QStringLiteral(".txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("missing fixture %s", qPrintable(name));
        return QString();
    }
    QString text = QString::fromUtf8(file.readAll());
    if (!newline.isEmpty())
        text.replace(QChar(u'\n'), newline);
    return text;
}

inline HeaderReport analyseFixture(const QString &name, const QString &smartHost = QString(),
                                   const QString &newline = QString())
{
    RelayConnector connector;
    connector.smartHost = smartHost;
    return HeaderAnalyzer::analyse(headerFixture(name, newline), connector);
}

inline QStringList flagNames(const ReceivedHop &hop)
{
    QStringList names;
    for (const HopFlag flag : hop.flags)
        names.append(HopFlags::machineName(flag));
    names.sort();
    return names;
}

inline const RouteEvidence *findEvidence(const RouteVerdict &verdict, EvidenceStrength strength,
                                         std::optional<int> hop = std::nullopt)
{
    for (const auto &item : verdict.evidence) {
        if (item.strength == strength && (!hop || item.hop == hop))
            return &item;
    }
    return nullptr;
}
