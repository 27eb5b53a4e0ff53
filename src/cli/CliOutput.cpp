#include "CliOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace Qt::StringLiterals;

CliOutput::CliOutput()
    : m_out(stdout)
    , m_err(stderr)
{}

void CliOutput::table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &title : header)
        widths << title.size();
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    const auto print = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            text += last ? cells.at(i) : cells.at(i).leftJustified(widths.value(i) + 2);
        }
        m_out << text << '\n';
    };
    print(header);
    for (const QStringList &row : rows)
        print(row);
    m_out.flush();
}

void CliOutput::json(const QJsonValue &value)
{
    QJsonDocument document;
    if (value.isArray())
        document = QJsonDocument(value.toArray());
    else if (value.isObject())
        document = QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliOutput::line(const QString &text)
{
    m_out << text << '\n';
    m_out.flush();
}

void CliOutput::error(const QString &text)
{
    m_err << text << '\n';
    m_err.flush();
}

void CliOutput::apiError(const ApiError &e)
{
    m_err << tr("Error: %1").arg(e.message) << '\n';
    if (!e.errorCode.isEmpty())
        m_err << tr("  OVHcloud error code: %1").arg(e.errorCode) << '\n';
    if (!e.errorClass.isEmpty())
        m_err << tr("  OVHcloud error class: %1").arg(e.errorClass) << '\n';
    if (e.httpStatus)
        m_err << tr("  HTTP status: %1").arg(e.httpStatus) << '\n';
    if (!e.queryId.isEmpty())
        m_err << tr("  Query id (for OVHcloud support): %1").arg(e.queryId) << '\n';
    m_err.flush();
}

void CliOutput::progress(const QString &text)
{
    m_err << text << '\n';
    m_err.flush();
}
