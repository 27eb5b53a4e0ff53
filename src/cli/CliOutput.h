#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

// Everything the CLI prints: aligned tables or JSON on stdout, messages on stderr.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    CliOutput();

    void table(const QStringList &header, const QList<QStringList> &rows);
    void json(const QJsonValue &value);
    void line(const QString &text);
    void error(const QString &text);
    // An API error on stderr: message, OVH code or class, HTTP status and query id.
    void apiError(const ApiError &error);
    void progress(const QString &text);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

private:
    QTextStream m_out;
    QTextStream m_err;
};
