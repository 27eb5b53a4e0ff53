#pragma once

#include "ModelTypes.h"
#include "StrongId.h"

#include <QString>
#include <memory>
#include <vector>

class ServiceStore;

// One row of the service tree. A node owns its children; it names what it shows by
// identity (organization name, connector id, email, domain name) and reads the values from
// the ServiceStore when asked, so that the store stays the only copy of the data.
class ServiceTreeNode
{
public:
    ServiceTreeNode(NodeKind kind, ServiceStore *store = nullptr, QString key = {},
                    ConnectorId connectorId = {});
    ~ServiceTreeNode();
    ServiceTreeNode(const ServiceTreeNode &) = delete;
    ServiceTreeNode &operator=(const ServiceTreeNode &) = delete;

    NodeKind kind() const { return m_kind; }
    // The service this node belongs to (null above services).
    ServiceStore *store() const { return m_store; }
    // Organization name, email or domain name, depending on the kind.
    const QString &key() const { return m_key; }
    ConnectorId connectorId() const { return m_connectorId; }

    ServiceTreeNode *parent() const { return m_parent; }
    int row() const;
    int childCount() const { return int(m_children.size()); }
    ServiceTreeNode *child(int row) const;
    int indexOf(const ServiceTreeNode *child) const;
    ServiceTreeNode *findChild(NodeKind kind, const QString &key = {},
                               ConnectorId connectorId = {}) const;

    ServiceTreeNode *appendChild(std::unique_ptr<ServiceTreeNode> child);
    ServiceTreeNode *insertChild(int row, std::unique_ptr<ServiceTreeNode> child);
    std::unique_ptr<ServiceTreeNode> takeChild(int row);
    void clearChildren() { m_children.clear(); }

private:
    NodeKind m_kind;
    ServiceStore *m_store;
    QString m_key;
    ConnectorId m_connectorId;
    ServiceTreeNode *m_parent = nullptr;
    std::vector<std::unique_ptr<ServiceTreeNode>> m_children;
};
