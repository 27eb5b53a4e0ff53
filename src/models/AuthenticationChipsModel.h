#pragma once

#include "AuthenticationReport.h"
#include "HeaderRoles.h"

#include <QAbstractListModel>
#include <QStringList>

// The authentication results of a header as chips: SPF, DKIM and DMARC always (a grey "—"
// when no header states them), then any other method the headers mention (ARC, compauth…).
// Each chip says the result; its tooltip says who stated it and why.
class AuthenticationChipsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Tone { Neutral, Pass, Fail };

    explicit AuthenticationChipsModel(QObject *parent = nullptr);

    void setReport(const AuthenticationReport &report);
    void clear();

    static Tone toneOf(const QString &result);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Chip
    {
        QString method;
        QString result;
        QString details; // plain text, one line per statement
    };

    Chip chipFor(const QString &method) const;
    static QString methodName(const QString &method);

    AuthenticationReport m_report;
    QList<Chip> m_chips;
};
