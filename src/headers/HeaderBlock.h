#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One header field, unfolded, in the order of the paste.
struct HeaderField
{
    int index = 0; // 0-based position among all fields
    QString name;  // as written ("Message-Id", "x-mclm-sbr-processed")
    QString value; // unfolded, leading whitespace removed, not decoded

    bool is(QStringView fieldName) const
    {
        return name.compare(fieldName, Qt::CaseInsensitive) == 0;
    }
};

// The header section of a message: every field, in order, names compared in any case.
struct HeaderBlock
{
    QList<HeaderField> fields;

    QString value(QStringView name) const; // the first field with this name, or empty
    QStringList values(QStringView name) const;
    bool contains(QStringView name) const;
};
