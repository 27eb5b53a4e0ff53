#pragma once

#include "ModelTypes.h"
#include "ServiceRef.h"
#include "StrongId.h"

#include <QCoreApplication>
#include <QVariant>

class ServiceCatalog;
class ServiceTreeNode;

// What each cell of the service tree shows: text, icon, tooltip and the custom roles. Kept
// apart from ServiceTreeModel, which only manages the structure of the tree.
class ServiceTreeFormatter
{
    Q_DECLARE_TR_FUNCTIONS(ServiceTreeFormatter)

public:
    enum class Column { Name, Details, Tls, Auth, State, Accounts };
    static constexpr int ColumnCount = 6;

    explicit ServiceTreeFormatter(const ServiceCatalog *catalog);

    void setIconProvider(IconProvider provider) { m_icons = std::move(provider); }

    QVariant data(const ServiceTreeNode *node, int column, int role) const;
    QVariant headerData(int section, int role) const;

    // A stable name for a node, for views that remember expanded rows across restarts.
    static QString nodeKey(const ServiceTreeNode *node);
    static QString nodeKey(NodeKind kind, const ServiceRef &ref, const QString &name = {},
                           ConnectorId id = {});

private:
    QVariant display(const ServiceTreeNode *node, Column column) const;
    QVariant decoration(const ServiceTreeNode *node, Column column) const;
    QVariant toolTip(const ServiceTreeNode *node, Column column) const;
    QVariant custom(const ServiceTreeNode *node, Role role) const;
    QString iconName(const ServiceTreeNode *node) const;
    QIcon icon(const QString &name) const;
    QString errorText(const ServiceTreeNode *node) const;
    static bool isPending(const ServiceTreeNode *node);

    const ServiceCatalog *m_catalog;
    IconProvider m_icons;
};
