#pragma once

#include "HeaderBlock.h"
#include "HeaderRoles.h"

#include <QAbstractTableModel>
#include <QHash>

// Every header field of the paste, in order: name and value (unfolded, not decoded).
// Received headers carry the number of their hop.
class AllHeadersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Name, Value };
    static constexpr int ColumnCount = 2;

    explicit AllHeadersModel(QObject *parent = nullptr);

    // hopOfHeader: header index → hop number, for the Received headers.
    void setHeaders(const HeaderBlock &headers, const QHash<int, int> &hopOfHeader = {});
    void clear();
    int rowOfHeader(int headerIndex) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<HeaderField> m_fields;
    QHash<int, int> m_hopOfHeader;
};
