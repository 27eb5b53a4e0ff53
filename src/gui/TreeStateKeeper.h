#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QModelIndex;
class QTreeView;

// Remembers which rows of a lazily loaded tree are expanded, by their Role::NodeKey, and
// expands them again as they appear (after a restart, after a reload). Can also select a row
// as soon as it appears (the last selected service, a connector just created).
class TreeStateKeeper : public QObject
{
    Q_OBJECT

public:
    explicit TreeStateKeeper(QTreeView *view, QObject *parent = nullptr);

    QStringList expandedKeys() const;
    void setExpandedKeys(const QStringList &keys);
    // Selects the row now if it exists, otherwise when it appears.
    void selectWhenAvailable(const QString &key);
    QString pendingSelection() const { return m_pendingSelection; }

private:
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void visit(const QModelIndex &index);
    bool select(const QModelIndex &index);
    QModelIndex find(const QModelIndex &parent, const QString &key) const;

    QTreeView *m_view;
    QSet<QString> m_expanded;
    QString m_pendingSelection;
};
