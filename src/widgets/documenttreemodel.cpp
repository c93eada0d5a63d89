#include "widgets/documenttreemodel.h"

#include "model/domainedits.h"
#include "model/model.h"
#include "widgets/svgicon.h"
#include "widgets/tableeditor/typesuggestions.h"

namespace schemata::widgets {

namespace {

QString columnNames(const model::Table& table, const QList<core::Id>& ids)
{
    QStringList names;
    for (const auto& id : ids) {
        const auto* column = table.column(id);
        names << (column ? column->name : QStringLiteral("?"));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

DocumentTreeModel::DocumentTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

DocumentTreeModel::Node DocumentTreeModel::makeNode(Kind kind, core::Id id, core::Id tableId,
                                                    QString name, QString detail, QString toolTip)
{
    Node node;
    node.kind = kind;
    node.id = std::move(id);
    node.tableId = std::move(tableId);
    node.name = std::move(name);
    node.detail = std::move(detail);
    node.toolTip = std::move(toolTip);
    return node;
}

QList<DocumentTreeModel::Node>
DocumentTreeModel::buildTableNodes(const document::Document& document, const model::Table& table,
                                   const QStringList& targetNames)
{
    QList<Node> nodes;
    const auto add = [&](Node node) {
        node.parent = 0;
        node.row = int(nodes.size()) - 1;
        nodes[0].children.append(int(nodes.size()));
        nodes.append(std::move(node));
    };
    nodes.append(makeNode(Kind::Table, table.id, table.id, table.name,
                          tr("%n column(s)", nullptr, int(table.columns.size())), table.comment));
    for (const auto& column : table.columns) {
        // The type as the table editor shows it: the pinned type of the project's dialect
        // when there is one, an enum by name — not the portable fallback.
        QString detail = typeEditText(document, column.type);
        if (!column.nullable)
            detail += QStringLiteral(" not null");
        if (table.isPrimaryKeyColumn(column.id))
            detail += QStringLiteral(" · PK");
        add(makeNode(Kind::Column, column.id, table.id, column.name, detail, column.comment));
    }
    if (table.primaryKey) {
        const auto& pk = *table.primaryKey;
        add(makeNode(Kind::PrimaryKey, pk.id, table.id,
                     pk.name.isEmpty() ? tr("primary key") : pk.name,
                     QStringLiteral("(%1)").arg(columnNames(table, pk.columnIds)), {}));
    }
    for (const auto& key : table.uniques)
        add(makeNode(Kind::Unique, key.id, table.id, key.name.isEmpty() ? tr("unique") : key.name,
                     QStringLiteral("unique (%1)").arg(columnNames(table, key.columnIds)), {}));
    for (const auto& check : table.checks)
        add(makeNode(Kind::Check, check.id, table.id,
                     check.name.isEmpty() ? tr("check") : check.name, check.expression,
                     check.expression));
    for (const auto& index : table.indexes) {
        QStringList parts;
        for (const auto& key : index.keys) {
            const auto* column = table.column(key.columnId);
            parts << (key.columnId.isNull() ? key.expression
                                            : (column ? column->name : QStringLiteral("?")));
        }
        add(makeNode(Kind::Index, index.id, table.id, index.name,
                     (index.unique ? QStringLiteral("unique (%1)") : QStringLiteral("(%1)"))
                         .arg(parts.join(QStringLiteral(", "))),
                     {}));
    }
    for (qsizetype i = 0; i < table.foreignKeys.size(); ++i) {
        const auto& fk = table.foreignKeys[i];
        const QString detail =
            QStringLiteral("(%1) → %2").arg(columnNames(table, fk.columnIds), targetNames.value(i));
        add(makeNode(Kind::ForeignKey, fk.id, table.id,
                     fk.name.isEmpty() ? tr("foreign key") : fk.name, detail, {}));
    }
    return nodes;
}

QList<DocumentTreeModel::Node> DocumentTreeModel::buildNodes(const document::Document& document)
{
    const model::Model& m = document.model;
    QList<Node> nodes;
    const auto add = [&](int parent, Node node) {
        node.parent = parent;
        const int index = int(nodes.size());
        if (parent >= 0) {
            node.row = int(nodes[parent].children.size());
            nodes[parent].children.append(index);
        }
        nodes.append(std::move(node));
        return index;
    };

    // Objects whose schema id is dangling still appear (under no schema) so that
    // nothing in the document is invisible; validation reports the dangling reference.
    QList<core::Id> schemaIds;
    for (const auto& schema : m.schemas)
        schemaIds << schema.id;

    int rootRow = 0;
    const auto addRoot = [&](Node node) {
        node.row = rootRow++;
        return add(-1, std::move(node));
    };

    // A foreign key row names its target: a lookup per key, not a scan of all tables.
    QHash<core::Id, QString> tableNames;
    tableNames.reserve(m.tables.size());
    for (const auto& table : m.tables) {
        if (!tableNames.contains(table.id)) // the first of duplicate ids, as Model::table()
            tableNames.insert(table.id, table.name);
    }
    // Rows of tables that did not change are copied from the last build (their strings
    // shared); the others are built. Only this build's tables are kept for the next one.
    const Context context{document.dialect, m.schemas, m.enums, m.domains};
    QHash<core::Id, TableRows> previous;
    if (context == m_context)
        previous = std::move(m_tableRows);
    m_tableRows.clear();
    m_tableRows.reserve(m.tables.size());
    m_context = context;
    ++m_stats.builds;
    m_stats.tablesBuilt = 0;
    m_stats.tablesReused = 0;

    const auto addTable = [&](int parent, const model::Table& table) {
        QStringList targetNames;
        targetNames.reserve(table.foreignKeys.size());
        for (const auto& fk : table.foreignKeys)
            targetNames << tableNames.value(fk.referencedTableId, QStringLiteral("?"));
        const auto cached = previous.constFind(table.id);
        const bool reuse = cached != previous.cend() && cached->table == table &&
                           cached->targetNames == targetNames;
        const QList<Node> rows =
            reuse ? cached->nodes : buildTableNodes(document, table, targetNames);
        ++(reuse ? m_stats.tablesReused : m_stats.tablesBuilt);
        const int base = int(nodes.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            Node node = rows[i];
            if (i == 0) {
                for (int& child : node.children)
                    child += base;
                add(parent, std::move(node));
            } else {
                node.parent = base;
                nodes.append(std::move(node));
            }
        }
        m_tableRows.insert(table.id, TableRows{table, std::move(targetNames), rows});
    };

    const auto addSchemaMembers = [&](int parent, const core::Id& schemaId, bool orphans) {
        const auto belongs = [&](const core::Id& id) {
            return orphans ? !schemaIds.contains(id) : id == schemaId;
        };
        for (const auto& table : m.tables) {
            if (belongs(table.schemaId))
                addTable(parent, table);
        }
        for (const auto& e : m.enums) {
            if (belongs(e.schemaId))
                add(parent, makeNode(Kind::Enum, e.id, {}, e.name,
                                     e.values.join(QStringLiteral(", ")), e.comment));
        }
        QList<const model::DomainType*> domains;
        for (const auto& d : m.domains) {
            if (belongs(d.schemaId))
                domains.append(&d);
        }
        if (!domains.isEmpty()) {
            const int folder =
                add(parent,
                    makeNode(Kind::DomainFolder,
                             core::Id(domainFolderKey(orphans ? core::Id() : schemaId)), {},
                             tr("Domains"), tr("%n domain(s)", nullptr, int(domains.size())), {}));
            nodes[folder].schemaId = schemaId;
            for (const model::DomainType* d : std::as_const(domains)) {
                // What pgModeler's tree shows: the base type and NOT NULL; the rest in
                // the tooltip and the property panel.
                QString detail = typeEditText(document, d->baseType);
                if (d->notNull)
                    detail += QStringLiteral(" not null");
                QStringList tip;
                if (!d->comment.isEmpty())
                    tip << d->comment;
                if (!d->defaultExpression.isEmpty())
                    tip << QStringLiteral("DEFAULT %1").arg(d->defaultExpression);
                for (const auto& check : d->checks)
                    tip << QStringLiteral("CHECK (%1)").arg(check.expression);
                tip << tr("Used by %n column(s)", nullptr, int(model::domainUses(m, d->id).size()));
                const int node = add(folder, makeNode(Kind::Domain, d->id, {}, d->name, detail,
                                                      tip.join(QLatin1Char('\n'))));
                nodes[node].schemaId = d->schemaId;
            }
        }
        for (const auto& view : m.views) {
            if (belongs(view.schemaId))
                add(parent, makeNode(Kind::View, view.id, {}, view.name, tr("view"), view.sql));
        }
    };

    for (const auto& schema : m.schemas) {
        int tables = 0;
        for (const auto& table : m.tables)
            tables += table.schemaId == schema.id ? 1 : 0;
        const int s = addRoot(makeNode(Kind::Schema, schema.id, {}, schema.name,
                                       tr("%n table(s)", nullptr, tables), schema.comment));
        nodes[s].schemaId = schema.id;
        addSchemaMembers(s, schema.id, false);
    }
    bool hasOrphans = false;
    for (const auto& table : m.tables)
        hasOrphans = hasOrphans || !schemaIds.contains(table.schemaId);
    for (const auto& d : m.domains)
        hasOrphans = hasOrphans || !schemaIds.contains(d.schemaId);
    if (hasOrphans) {
        const int s = addRoot(makeNode(Kind::Schema, {}, {}, tr("(no schema)"), {}, {}));
        addSchemaMembers(s, {}, true);
    }
    return nodes;
}

void DocumentTreeModel::setDocument(const document::Document& document)
{
    // A layout-only edit leaves the model's lists shared with m_model: nothing to do, in O(1).
    // After a model edit the comparison stops at the first difference.
    if (m_hasDocument && document.dialect == m_dialect && document.model == m_model)
        return;
    m_hasDocument = true;
    m_dialect = document.dialect;
    m_model = document.model;
    QList<Node> nodes = buildNodes(document);
    bool sameShape = nodes.size() == m_nodes.size();
    for (qsizetype i = 0; sameShape && i < nodes.size(); ++i) {
        sameShape = nodes[i].id == m_nodes[i].id && nodes[i].kind == m_nodes[i].kind &&
                    nodes[i].parent == m_nodes[i].parent;
    }
    if (sameShape) {
        // Only rows whose text changed: a keystroke in a 2,000-table model touches one.
        for (int i = 0; i < nodes.size(); ++i) {
            Node& node = m_nodes[i];
            if (node.name == nodes[i].name && node.detail == nodes[i].detail &&
                node.toolTip == nodes[i].toolTip)
                continue;
            node = std::move(nodes[i]);
            Q_EMIT dataChanged(createIndex(node.row, NameColumn, quintptr(i)),
                               createIndex(node.row, DetailColumn, quintptr(i)));
        }
        return;
    }
    // Objects added or removed. While most rows stay (an added table or column, a deleted
    // key), the views keep their expanded rows, selection and scroll position: the rows move
    // as a layout change and every persistent index is mapped by its node key. A new project
    // (little in common) is a reset, which is cheaper for the view.
    QHash<core::Id, int> newIndex;
    newIndex.reserve(nodes.size());
    for (int i = 0; i < nodes.size(); ++i) {
        if (!newIndex.contains(nodes[i].id)) // the first of duplicate keys, as indexOfObject()
            newIndex.insert(nodes[i].id, i);
    }
    qsizetype kept = 0;
    for (const Node& node : std::as_const(m_nodes))
        kept += newIndex.contains(node.id) ? 1 : 0;
    if (m_nodes.isEmpty() || kept * 2 < m_nodes.size()) {
        beginResetModel();
        m_nodes = std::move(nodes);
        rebuildRoots();
        endResetModel();
        return;
    }
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex& index : from) {
        const int moved = newIndex.value(m_nodes.at(int(index.internalId())).id, -1);
        to.append(moved < 0 ? QModelIndex()
                            : createIndex(nodes.at(moved).row, index.column(), quintptr(moved)));
    }
    m_nodes = std::move(nodes);
    rebuildRoots();
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged();
}

void DocumentTreeModel::rebuildRoots()
{
    m_roots.clear();
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].parent < 0)
            m_roots.append(i);
    }
}

QModelIndex DocumentTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int>& siblings =
        parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_roots;
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex DocumentTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes.at(int(child.internalId())).parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes.at(parentNode).row, NameColumn, quintptr(parentNode));
}

int DocumentTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != NameColumn)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int DocumentTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant DocumentTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node& node = m_nodes.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? node.name : node.detail;
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(iconFor(node.kind)) : QVariant();
    case Qt::ToolTipRole:
        return node.toolTip.isEmpty() ? QVariant() : QVariant(node.toolTip);
    case ObjectIdRole:
        return node.kind == Kind::DomainFolder ? QString() : node.id.toString();
    case NodeKeyRole:
        return node.id.toString();
    case SchemaIdRole:
        return node.schemaId.toString();
    case KindRole:
        return int(node.kind);
    case TableIdRole:
        return node.tableId.toString();
    default:
        return {};
    }
}

QVariant DocumentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Details");
}

QModelIndex DocumentTreeModel::indexOfObject(const core::Id& objectId) const
{
    if (objectId.isNull())
        return {};
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].id == objectId)
            return createIndex(m_nodes[i].row, NameColumn, quintptr(i));
    }
    return {};
}

QString DocumentTreeModel::domainFolderKey(const core::Id& schemaId)
{
    return QStringLiteral("domains:") + schemaId.toString();
}

QIcon DocumentTreeModel::iconFor(Kind kind) const
{
    auto it = m_iconCache.find(int(kind));
    if (it == m_iconCache.end())
        it = m_iconCache.insert(int(kind), loadIcon(kind));
    return *it;
}

QIcon DocumentTreeModel::loadIcon(Kind kind)
{
    switch (kind) {
    case Kind::Schema:
        return svgIcon(QStringLiteral(":/icons/schema.svg"));
    case Kind::Table:
        return svgIcon(QStringLiteral(":/icons/table.svg"));
    case Kind::Column:
        return svgIcon(QStringLiteral(":/icons/column.svg"));
    case Kind::PrimaryKey:
    case Kind::Unique:
        return svgIcon(QStringLiteral(":/icons/key.svg"));
    case Kind::Check:
    case Kind::Index:
        return svgIcon(QStringLiteral(":/icons/index.svg"));
    case Kind::ForeignKey:
        return svgIcon(QStringLiteral(":/icons/foreignkey.svg"));
    case Kind::Enum:
        return svgIcon(QStringLiteral(":/icons/enum.svg"));
    case Kind::View:
        return svgIcon(QStringLiteral(":/icons/view.svg"));
    case Kind::DomainFolder:
    case Kind::Domain:
        return svgIcon(QStringLiteral(":/icons/domain.svg"));
    }
    return {};
}

} // namespace schemata::widgets
