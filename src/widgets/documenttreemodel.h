#pragma once

#include "core/id.h"
#include "document/document.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QList>

namespace schemata::widgets {

// The model tree over a document: schemas → tables → columns / keys / indexes /
// foreign keys, then the schema's enums, a "Domains" folder (when it has any) and views. Rebuilt
// from the document value on every change; when the structure (the same objects in the same places)
// is unchanged only dataChanged() is emitted, so typing a name in the property panel keeps the
// tree's selection and expansion.
class DocumentTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Schema,
        Table,
        Column,
        PrimaryKey,
        Unique,
        Check,
        ForeignKey,
        Index,
        Enum,
        View,
        DomainFolder, // groups a schema's domains; no object of its own (ObjectIdRole empty)
        Domain,
    };
    // NodeKeyRole: a key that finds the row again after a rebuild (the object id, or
    // "domains:<schema id>" for a folder); SchemaIdRole: the schema a row belongs to.
    enum Role
    {
        ObjectIdRole = Qt::UserRole + 1,
        KindRole,
        TableIdRole,
        NodeKeyRole,
        SchemaIdRole
    };
    enum ColumnNumber
    {
        NameColumn,
        DetailColumn,
        ColumnCount
    };

    explicit DocumentTreeModel(QObject* parent = nullptr);

    void setDocument(const document::Document& document);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The row of an object id or a NodeKeyRole key.
    QModelIndex indexOfObject(const core::Id& objectId) const;
    static QString domainFolderKey(const core::Id& schemaId);

private:
    struct Node
    {
        Kind kind = Kind::Schema;
        core::Id id;
        core::Id tableId; // owning table for members, the table itself for tables
        core::Id schemaId;
        QString name;
        QString detail;
        QString toolTip;
        int parent = -1; // node index, -1 = root
        int row = 0;
        QList<int> children;
    };

    static Node makeNode(Kind kind, core::Id id, core::Id tableId, QString name, QString detail,
                         QString toolTip);
    QList<Node> buildNodes(const document::Document& document) const;
    static QIcon loadIcon(Kind kind);
    QIcon iconFor(Kind kind) const;

    QList<Node> m_nodes;
    QList<int> m_roots;
    mutable QHash<int, QIcon> m_iconCache; // rendering SVG per data() call would be slow
};

} // namespace schemata::widgets
