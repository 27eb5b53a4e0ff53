#pragma once

#include "HeaderRoles.h"
#include "ModelTypes.h"
#include "ReceivedHop.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

// The hops of an analysed header, oldest first: one row per Received header. The hop that
// proves the route through the send connector is highlighted (background and bold). Delays
// come with their share of the total positive delay for DelayBarDelegate; a negative delay
// (clock skew) is shown red and has no share.
class HopTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Microsoft's Message Header Analyzer order: the protocol last, as it matters least in a
    // narrow dock.
    enum class Column { Hop, From, By, Time, Delay, With };
    static constexpr int ColumnCount = 6;

    explicit HopTableModel(QObject *parent = nullptr);

    // hops as HeaderReport::hops gives them (oldest first, numbered from 1).
    void setHops(const QList<ReceivedHop> &hops, std::optional<int> proofHop = std::nullopt);
    void clear();
    void setIconProvider(IconProvider provider) { m_icons = std::move(provider); }

    const QList<ReceivedHop> &hops() const { return m_hops; }
    std::optional<int> proofHop() const { return m_proofHop; }
    int rowOfHop(int number) const; // -1 when there is no such hop
    qint64 totalPositiveDelay() const { return m_totalDelay; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ReceivedHop &hop, int row, Column column) const;
    QString toolTip(const ReceivedHop &hop, Column column) const;
    QString flagsText(const ReceivedHop &hop) const;
    QVariant delayShare(const ReceivedHop &hop) const;
    QVariant decoration(const ReceivedHop &hop, Column column) const;
    bool showsDate(int row) const;
    bool isProof(const ReceivedHop &hop) const { return m_proofHop == hop.number; }

    QList<ReceivedHop> m_hops;
    std::optional<int> m_proofHop;
    qint64 m_totalDelay = 0;
    IconProvider m_icons;
};
