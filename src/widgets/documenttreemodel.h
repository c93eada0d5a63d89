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
// tree's selection and expansion. Added or removed objects are a layout change with the
// persistent indexes mapped by node key (expansion, selection and scroll position stay); a
// document with little in common with the last (a new project) is a model reset.
//
// Built for thousands of tables (issue #3, "fluid"): a change that leaves the model's lists
// shared with the last one (a layout-only edit, such as the drop after a drag) is recognised in
// O(1) and touches nothing, and a table's rows are reused from the last build when neither the
// table nor what its rows show of other objects (foreign key targets' names, the dialect, enums,
// domains, schemas) changed — a rename rebuilds one table's rows, not 20,000 columns.
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

    // What setDocument() did, for tests and the benchmark: how many times the rows were built
    // (a document with an unchanged model builds nothing), and in the last build how many
    // tables' rows were built and how many reused.
    struct BuildStats
    {
        quint64 builds = 0;
        int tablesBuilt = 0;
        int tablesReused = 0;
    };
    const BuildStats& buildStats() const { return m_stats; }

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
    // A table's rows from the last build, reused while `table` and `targetNames` are equal
    // (and the context in m_context is): the table node first, its members after it, parent
    // and children relative to the table node (index 0).
    struct TableRows
    {
        model::Table table;
        QStringList targetNames; // the referenced table of each foreign key, in order
        QList<Node> nodes;
    };
    // What every table's rows depend on besides the table: type texts name enums, domains and
    // schemas and follow the dialect.
    struct Context
    {
        QString dialect;
        QList<model::Schema> schemas;
        QList<model::EnumType> enums;
        QList<model::DomainType> domains;
        friend bool operator==(const Context&, const Context&) = default;
    };

    QList<Node> buildNodes(const document::Document& document);
    static QList<Node> buildTableNodes(const document::Document& document,
                                       const model::Table& table, const QStringList& targetNames);
    void rebuildRoots();
    static QIcon loadIcon(Kind kind);
    QIcon iconFor(Kind kind) const;

    QList<Node> m_nodes;
    QList<int> m_roots;
    bool m_hasDocument = false;
    QString m_dialect;
    model::Model m_model; // shares its lists with the document shown: O(1) "unchanged"
    Context m_context;
    BuildStats m_stats;
    QHash<core::Id, TableRows> m_tableRows; // looked up by id only, never iterated
    mutable QHash<int, QIcon> m_iconCache;  // rendering SVG per data() call would be slow
};

} // namespace schemata::widgets
