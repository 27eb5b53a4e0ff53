#include "AllHeadersModel.h"

#include "HeaderDisplayText.h"

using namespace Qt::StringLiterals;

AllHeadersModel::AllHeadersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AllHeadersModel::setHeaders(const HeaderBlock &headers, const QHash<int, int> &hopOfHeader)
{
    beginResetModel();
    m_fields = headers.fields;
    m_hopOfHeader = hopOfHeader;
    endResetModel();
}

void AllHeadersModel::clear()
{
    setHeaders({});
}

int AllHeadersModel::rowOfHeader(int headerIndex) const
{
    for (int row = 0; row < m_fields.size(); ++row) {
        if (m_fields.at(row).index == headerIndex)
            return row;
    }
    return -1;
}

int AllHeadersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int AllHeadersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllHeadersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HeaderField &field = m_fields.at(index.row());
    const auto column = Column(index.column());
    const auto hop = m_hopOfHeader.constFind(field.index);
    switch (role) {
    case Qt::DisplayRole:
        return HeaderDisplayText::cell(column == Column::Name ? field.name : field.value);
    case Qt::ToolTipRole: {
        QString text = field.name + u": "_s + field.value;
        if (hop != m_hopOfHeader.cend())
            //: %1 is the full header; %2 the hop number
            text = tr("%1\n\nHop %2 in the hop table").arg(text).arg(*hop);
        return HeaderDisplayText::toolTip(text);
    }
    default:
        break;
    }
    switch (HeaderRole(role)) {
    case HeaderRole::HeaderIndex:
        return field.index;
    case HeaderRole::HopNumber:
        return hop != m_hopOfHeader.cend() ? QVariant(*hop) : QVariant();
    default:
        return {};
    }
}

QVariant AllHeadersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    //: Columns of the "All headers" table
    return Column(section) == Column::Name ? tr("Name") : tr("Value");
}
