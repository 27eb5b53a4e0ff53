#include "ServiceTreeNode.h"

#include <algorithm>

ServiceTreeNode::ServiceTreeNode(NodeKind kind, ServiceStore *store, QString key,
                                 ConnectorId connectorId)
    : m_kind(kind)
    , m_store(store)
    , m_key(std::move(key))
    , m_connectorId(connectorId)
{}

ServiceTreeNode::~ServiceTreeNode() = default;

int ServiceTreeNode::row() const
{
    return m_parent ? m_parent->indexOf(this) : 0;
}

ServiceTreeNode *ServiceTreeNode::child(int row) const
{
    if (row < 0 || row >= childCount())
        return nullptr;
    return m_children[size_t(row)].get();
}

int ServiceTreeNode::indexOf(const ServiceTreeNode *child) const
{
    const auto it = std::find_if(m_children.begin(), m_children.end(),
                                 [child](const auto &c) { return c.get() == child; });
    return it == m_children.end() ? -1 : int(it - m_children.begin());
}

ServiceTreeNode *ServiceTreeNode::findChild(NodeKind kind, const QString &key,
                                            ConnectorId connectorId) const
{
    for (const auto &c : m_children)
        if (c->m_kind == kind && c->m_key == key && c->m_connectorId == connectorId)
            return c.get();
    return nullptr;
}

ServiceTreeNode *ServiceTreeNode::appendChild(std::unique_ptr<ServiceTreeNode> child)
{
    return insertChild(childCount(), std::move(child));
}

ServiceTreeNode *ServiceTreeNode::insertChild(int row, std::unique_ptr<ServiceTreeNode> child)
{
    child->m_parent = this;
    ServiceTreeNode *raw = child.get();
    m_children.insert(m_children.begin() + row, std::move(child));
    return raw;
}

std::unique_ptr<ServiceTreeNode> ServiceTreeNode::takeChild(int row)
{
    std::unique_ptr<ServiceTreeNode> taken = std::move(m_children[size_t(row)]);
    m_children.erase(m_children.begin() + row);
    taken->m_parent = nullptr;
    return taken;
}
