#include "diagram/diagramgeometry.h"

#include "diagram/edgerouter.h"

#include <QFontMetricsF>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace schemata::diagram {

namespace {

constexpr double kGridGap = 60;    // between auto-placed boxes of tables without a layout node
constexpr double kAreaMargin = 24; // subject area around its members

QString typeText(const model::Column& column, const model::Model& model)
{
    // A column declared with a domain shows the domain, as an enum column shows the enum.
    if (const model::DomainType* d = model.domainType(column.type.domainId))
        return d->name;
    if (column.type.kind == model::LogicalType::Kind::Enum) {
        if (const model::EnumType* e = model.enumType(column.type.enumId))
            return e->name;
    }
    return column.type.toString();
}

bool containsColumn(const QList<core::Id>& ids, const core::Id& id)
{
    return ids.contains(id);
}

} // namespace

BoxMetrics::BoxMetrics(const QFont& f) : font(f), headerFont(f)
{
    headerFont.setBold(true);
    const QFontMetricsF fm(font);
    const QFontMetricsF hm(headerFont);
    rowHeight = std::ceil(fm.height() * 1.3);
    headerHeight = std::ceil(hm.height() * 2.1);
    padding = std::ceil(fm.height() * 0.6);
    markerWidth = std::ceil(fm.horizontalAdvance(QStringLiteral("PK")) + padding);
    minWidth = std::ceil(fm.averageCharWidth() * 22);
    maxWidth = std::ceil(fm.averageCharWidth() * 60);
}

bool DiagramGeometry::columnsAreUnique(const model::Table& table, const QList<core::Id>& columnIds)
{
    if (columnIds.isEmpty())
        return false;
    const QSet<core::Id> wanted(columnIds.cbegin(), columnIds.cend());
    // A key is unique for these columns when all its columns are among them.
    const auto covers = [&](const QList<core::Id>& key) {
        return !key.isEmpty() && std::all_of(key.cbegin(), key.cend(),
                                             [&](const core::Id& c) { return wanted.contains(c); });
    };
    if (table.primaryKey && covers(table.primaryKey->columnIds))
        return true;
    for (const model::KeyConstraint& u : table.uniques) {
        if (covers(u.columnIds))
            return true;
    }
    for (const model::Index& index : table.indexes) {
        if (!index.unique || !index.where.isEmpty())
            continue;
        QList<core::Id> keyColumns;
        bool columnsOnly = true;
        for (const model::IndexKey& key : index.keys) {
            columnsOnly = columnsOnly && !key.columnId.isNull();
            keyColumns.append(key.columnId);
        }
        if (columnsOnly && covers(keyColumns))
            return true;
    }
    return false;
}

bool DiagramGeometry::isJoinTable(const model::Table& table)
{
    if (!table.primaryKey || table.primaryKey->columnIds.size() < 2)
        return false;
    // Exactly two foreign keys whose columns together make up the whole primary key.
    const QSet<core::Id> pk(table.primaryKey->columnIds.cbegin(),
                            table.primaryKey->columnIds.cend());
    int covering = 0;
    QSet<core::Id> covered;
    for (const model::ForeignKey& fk : table.foreignKeys) {
        const bool inPk = !fk.columnIds.isEmpty() &&
                          std::all_of(fk.columnIds.cbegin(), fk.columnIds.cend(),
                                      [&](const core::Id& c) { return pk.contains(c); });
        if (inPk) {
            ++covering;
            for (const core::Id& c : fk.columnIds)
                covered.insert(c);
        }
    }
    return covering == 2 && covered == pk;
}

EndStyle DiagramGeometry::childEndStyle(const model::Table& child, const model::ForeignKey& fk)
{
    return EndStyle{!columnsAreUnique(child, fk.columnIds), true};
}

EndStyle DiagramGeometry::parentEndStyle(const model::Table& child, const model::ForeignKey& fk)
{
    bool optional = false;
    for (const core::Id& c : fk.columnIds) {
        const model::Column* column = child.column(c);
        optional = optional || (column && column->nullable);
    }
    return EndStyle{false, optional};
}

QSizeF DiagramGeometry::fitSize(const model::Table& table, const model::Model& model,
                                const BoxMetrics& metrics)
{
    const QFontMetricsF fm(metrics.font);
    const QFontMetricsF hm(metrics.headerFont);
    double nameWidth = 0;
    double typeWidth = 0;
    for (const model::Column& column : table.columns) {
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(column.name));
        typeWidth = std::max(typeWidth, fm.horizontalAdvance(typeText(column, model)));
    }
    // Badges right of the type: "PII" and "NN"/"U" need room in the worst case.
    const double badges = fm.horizontalAdvance(QStringLiteral("PII NN U")) + metrics.padding;
    double width = metrics.padding + metrics.markerWidth + nameWidth + metrics.padding * 2 +
                   typeWidth + badges + metrics.padding;
    width =
        std::max(width, hm.horizontalAdvance(table.name) + metrics.padding * 4 + fm.height() * 2);
    width = std::clamp(std::ceil(width), metrics.minWidth, metrics.maxWidth);
    const double height = metrics.headerHeight + table.columns.size() * metrics.rowHeight +
                          (table.columns.isEmpty() ? metrics.rowHeight : metrics.padding / 2);
    return {width, std::ceil(height)};
}

TableBox DiagramGeometry::makeBox(const model::Table& table, const model::Model& model)
{
    TableBox box;
    box.tableId = table.id;
    box.name = table.name;
    if (const model::Schema* s = model.schema(table.schemaId))
        box.schemaName = s->name;
    box.indexCount = int(table.indexes.size());
    box.joinTable = isJoinTable(table);
    QSet<core::Id> fkColumns;
    for (const model::ForeignKey& fk : table.foreignKeys)
        fkColumns.unite(QSet<core::Id>(fk.columnIds.cbegin(), fk.columnIds.cend()));
    QSet<core::Id> uniqueColumns;
    for (const model::KeyConstraint& u : table.uniques)
        uniqueColumns.unite(QSet<core::Id>(u.columnIds.cbegin(), u.columnIds.cend()));
    QSet<core::Id> indexedColumns;
    for (const model::Index& index : table.indexes) {
        for (const model::IndexKey& key : index.keys) {
            if (!key.columnId.isNull()) {
                indexedColumns.insert(key.columnId);
                if (index.unique && index.keys.size() == 1)
                    uniqueColumns.insert(key.columnId);
            }
        }
    }
    box.rows.reserve(table.columns.size());
    for (const model::Column& column : table.columns) {
        ColumnRow row;
        row.columnId = column.id;
        row.name = column.name;
        row.type = typeText(column, model);
        row.primaryKey = table.primaryKey && containsColumn(table.primaryKey->columnIds, column.id);
        row.foreignKey = fkColumns.contains(column.id);
        row.unique = uniqueColumns.contains(column.id);
        row.notNull = !column.nullable;
        row.pii = column.pii != model::PiiCategory::None;
        row.indexed = indexedColumns.contains(column.id);
        box.rows.append(row);
    }
    return box;
}

Edge DiagramGeometry::makeEdge(const model::Table& table, const model::ForeignKey& fk)
{
    Edge edge;
    edge.foreignKeyId = fk.id;
    edge.childTableId = table.id;
    edge.parentTableId = fk.referencedTableId;
    edge.name = fk.name;
    edge.selfReference = table.id == fk.referencedTableId;
    edge.childEnd = childEndStyle(table, fk);
    edge.parentEnd = parentEndStyle(table, fk);
    if (!fk.columnIds.isEmpty())
        edge.foreignKeyColumn = fk.columnIds.constFirst();
    if (!fk.referencedColumnIds.isEmpty())
        edge.referencedColumn = fk.referencedColumnIds.constFirst();
    return edge;
}

void DiagramGeometry::placeRows(TableBox& box) const
{
    box.headerRect = QRectF(box.rect.topLeft(), QSizeF(box.rect.width(), m_headerHeight));
    for (int i = 0; i < box.rows.size(); ++i)
        box.rows[i].rect =
            QRectF(box.rect.left(), box.rect.top() + m_headerHeight + i * m_rowHeight,
                   box.rect.width(), m_rowHeight);
}

DiagramGeometry DiagramGeometry::compute(const document::Document& document, const QFont& font,
                                         Routing routing)
{
    DiagramGeometry g;
    g.m_routing = routing;
    const BoxMetrics metrics(font);
    g.m_rowHeight = metrics.rowHeight;
    g.m_headerHeight = metrics.headerHeight;
    g.m_computed = true;
    g.m_font = font;
    g.m_model = document.model;
    const model::Model& model = document.model;

    QList<qsizetype> unplaced;
    g.m_tables.reserve(model.tables.size());
    g.m_fitSizes.reserve(model.tables.size());
    for (const model::Table& table : model.tables) {
        TableBox box = makeBox(table, model);
        const QSizeF fit = fitSize(table, model, metrics);
        const auto node = document.layout.nodes.constFind(table.id);
        QSizeF size = fit;
        if (node != document.layout.nodes.cend()) {
            box.placed = true;
            box.color = node->color;
            if (node->width > 0)
                size.setWidth(node->width);
            if (node->height > 0)
                size.setHeight(node->height);
            box.rect = QRectF(QPointF(node->x, node->y), size);
        } else {
            box.rect = QRectF(QPointF(0, 0), size);
            unplaced.append(g.m_tables.size());
        }
        g.m_tableIndex.insert(table.id, g.m_tables.size());
        g.m_tables.append(box);
        g.m_fitSizes.append(fit);
    }
    g.m_measured = g.m_tables.size();

    // Tables without a layout node go into a grid below everything placed, in model
    // order, so a document without layout still draws (and does so deterministically).
    if (!unplaced.isEmpty()) {
        QRectF placedBounds;
        for (const TableBox& box : std::as_const(g.m_tables)) {
            if (box.placed)
                placedBounds = placedBounds.united(box.rect);
        }
        const int perRow = std::max(1, int(std::ceil(std::sqrt(double(unplaced.size())))));
        double cellWidth = 0;
        for (qsizetype i : std::as_const(unplaced))
            cellWidth = std::max(cellWidth, g.m_tables[i].rect.width());
        const double left = placedBounds.isNull() ? 0 : placedBounds.left();
        double y = placedBounds.isNull() ? 0 : placedBounds.bottom() + kGridGap * 2;
        double rowHeight = 0;
        for (int k = 0; k < unplaced.size(); ++k) {
            if (k > 0 && k % perRow == 0) {
                y += rowHeight + kGridGap;
                rowHeight = 0;
            }
            TableBox& box = g.m_tables[unplaced[k]];
            box.rect.moveTopLeft(QPointF(left + (k % perRow) * (cellWidth + kGridGap), y));
            rowHeight = std::max(rowHeight, box.rect.height());
        }
    }

    for (TableBox& box : g.m_tables)
        g.placeRows(box);

    for (const model::Table& table : model.tables) {
        for (const model::ForeignKey& fk : table.foreignKeys) {
            if (!g.m_tableIndex.contains(fk.referencedTableId))
                continue; // a dangling reference: the validator reports it, the diagram skips it
            Edge edge = makeEdge(table, fk);
            g.routeEdge(edge);
            g.m_edges.append(edge);
        }
    }
    g.indexEdges();
    g.buildAnnotations(document.layout);
    return g;
}

void DiagramGeometry::indexEdges()
{
    m_edgesByTable.clear();
    for (qsizetype i = 0; i < m_edges.size(); ++i) {
        const Edge& edge = m_edges.at(i);
        m_edgesByTable[edge.childTableId].append(i);
        if (edge.parentTableId != edge.childTableId)
            m_edgesByTable[edge.parentTableId].append(i);
    }
}

void DiagramGeometry::buildAnnotations(const document::DiagramLayout& layout)
{
    m_areas.clear();
    m_areaMembers.clear();
    m_areasByTable.clear();
    m_notes.clear();
    for (const document::SubjectArea& area : layout.subjectAreas) {
        AreaBox a;
        a.areaId = area.id;
        a.name = area.name;
        a.color = area.color;
        a.memberIds = area.memberIds;
        QList<qsizetype> members;
        for (const core::Id& member : std::as_const(a.memberIds)) {
            const auto at = m_tableIndex.constFind(member);
            if (at == m_tableIndex.cend())
                continue; // a view or a dangling id: nothing drawn to frame
            members.append(*at);
            QList<qsizetype>& areas = m_areasByTable[member];
            if (!areas.contains(m_areas.size()))
                areas.append(m_areas.size());
        }
        m_areaMembers.append(members);
        m_areas.append(a);
    }
    for (qsizetype i = 0; i < m_areas.size(); ++i)
        fitArea(i);
    for (const document::Note& note : layout.notes)
        m_notes.append(
            NoteBox{note.id, note.text, QRectF(note.x, note.y, note.width, note.height)});
}

void DiagramGeometry::routeEdge(Edge& edge) const
{
    const TableBox* child = table(edge.childTableId);
    const TableBox* parent = table(edge.parentTableId);
    if (!child || !parent)
        return;
    // Anchor on the first FK column row and the first referenced row when they are drawn.
    const auto rowY = [](const TableBox& box, const core::Id& columnId) {
        for (const ColumnRow& row : box.rows) {
            if (row.columnId == columnId && row.rect.bottom() <= box.rect.bottom())
                return row.rect.center().y();
        }
        return box.headerRect.center().y();
    };
    const double fromY = rowY(*child, edge.foreignKeyColumn);
    const double toY = rowY(*parent, edge.referencedColumn);
    if (edge.selfReference) {
        // The loops of the same table before this one: compute() routes an edge before
        // appending it, so a re-route (a move, update()) must count only those too.
        int slot = 0;
        for (const Edge& other : m_edges) {
            if (other.foreignKeyId == edge.foreignKeyId && other.childTableId == edge.childTableId)
                break;
            if (other.selfReference && other.childTableId == edge.childTableId)
                ++slot;
        }
        edge.points = EdgeRouter::selfLoop(child->rect, fromY, toY, slot);
    } else if (m_routing == Routing::Straight) {
        edge.points = EdgeRouter::straight(child->rect, parent->rect);
    } else {
        edge.points = EdgeRouter::orthogonal(child->rect, fromY, parent->rect, toY);
    }
}

const TableBox* DiagramGeometry::table(const core::Id& tableId) const
{
    const auto it = m_tableIndex.constFind(tableId);
    return it == m_tableIndex.cend() ? nullptr : &m_tables[*it];
}

void DiagramGeometry::moveTable(const core::Id& tableId, const QPointF& topLeft)
{
    if (!tableId.isNull()) {
        const auto it = m_tableIndex.constFind(tableId);
        if (it == m_tableIndex.cend())
            return;
        TableBox& box = m_tables[*it];
        box.rect.moveTopLeft(topLeft);
        placeRows(box);
        for (const qsizetype i : m_edgesByTable.value(tableId))
            routeEdge(m_edges[i]);
    }
    if (!tableId.isNull()) {
        for (const qsizetype i : m_areasByTable.value(tableId))
            fitArea(i);
        return;
    }
    for (qsizetype i = 0; i < m_areas.size(); ++i)
        fitArea(i);
}

void DiagramGeometry::fitArea(qsizetype areaIndex)
{
    QRectF r;
    for (const qsizetype member : std::as_const(m_areaMembers[areaIndex]))
        r = r.united(m_tables[member].rect);
    // Room above the members for the area's name.
    m_areas[areaIndex].rect =
        r.isNull() ? QRectF()
                   : r.adjusted(-kAreaMargin, -kAreaMargin * 2, kAreaMargin, kAreaMargin);
}

QRectF DiagramGeometry::bounds() const
{
    QRectF r;
    for (const AreaBox& area : m_areas)
        r = r.united(area.rect);
    for (const TableBox& box : m_tables)
        r = r.united(box.rect);
    for (const Edge& edge : m_edges)
        r = r.united(edge.points.boundingRect());
    for (const NoteBox& note : m_notes)
        r = r.united(note.rect);
    return r;
}

QRectF DiagramGeometry::bounds(const QList<core::Id>& tableIds) const
{
    const QSet<core::Id> wanted(tableIds.cbegin(), tableIds.cend());
    QRectF r;
    for (const TableBox& box : m_tables) {
        if (wanted.contains(box.tableId))
            r = r.united(box.rect);
    }
    for (const Edge& edge : m_edges) {
        if (wanted.contains(edge.childTableId) && wanted.contains(edge.parentTableId))
            r = r.united(edge.points.boundingRect());
    }
    return r;
}

} // namespace schemata::diagram
