// DiagramGeometry::update(): the geometry after an edit, proportional to what changed.
// Kept apart from diagramgeometry.cpp (the rules and the full compute) because it is only
// bookkeeping over them: every box and edge it makes comes from the same makeBox(),
// fitSize(), placeRows(), makeEdge() and routeEdge() that compute() uses.

#include "diagram/diagramgeometry.h"

#include <algorithm>

namespace schemata::diagram {

namespace {

// Exact, not QRectF's fuzzy ==: a box that moved by less than the fuzz must still get
// its rows and edges placed again, or the result would differ from compute()'s.
bool sameRect(const QRectF& a, const QRectF& b)
{
    return a.x() == b.x() && a.y() == b.y() && a.width() == b.width() && a.height() == b.height();
}

// What a row's type text and a box's schema name read besides the table itself.
bool sameContext(const model::Model& a, const model::Model& b)
{
    return a.schemas == b.schemas && a.enums == b.enums && a.domains == b.domains;
}

} // namespace

void DiagramGeometry::update(const document::Document& document, const QFont& font, Routing routing)
{
    const model::Model& model = document.model;
    if (!m_computed || routing != m_routing || font != m_font || !sameContext(m_model, model)) {
        *this = compute(document, font, routing);
        return;
    }
    // A layout-only edit leaves the table list shared with the last one: no table to compare.
    const bool sameTables = m_model.tables.constData() == model.tables.constData() &&
                            m_model.tables.size() == model.tables.size();
    const qsizetype count = model.tables.size();
    // Past this many changed tables the lookups cost more than they save.
    const qsizetype measureLimit = std::max<qsizetype>(64, count / 2);
    const BoxMetrics metrics(font);

    QList<TableBox> tables;
    QList<QSizeF> fits;
    QHash<core::Id, qsizetype> tableIndex;
    QList<bool> dirty;  // per new box: its rect or rows changed, so its edges route again
    QList<bool> remade; // per new box: measured again (its content may differ)
    tables.reserve(count);
    fits.reserve(count);
    if (!sameTables)
        tableIndex.reserve(count);
    dirty.reserve(count);
    remade.reserve(count);
    qsizetype measured = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const model::Table& table = model.tables.at(i);
        const auto node = document.layout.nodes.constFind(table.id);
        if (node == document.layout.nodes.cend()) {
            *this = compute(document, font, routing); // the unplaced grid depends on every box
            return;
        }
        // A box depends on the table's value and the context only (checked above), so an
        // equal table — wherever it was — has the same box.
        qsizetype previous = -1;
        if (sameTables) {
            previous = i;
        } else {
            const auto at = m_tableIndex.constFind(table.id);
            if (at != m_tableIndex.cend() && m_model.tables.at(*at) == table)
                previous = *at;
        }
        TableBox box;
        QSizeF fit;
        if (previous >= 0) {
            box = m_tables.at(previous);
            fit = m_fitSizes.at(previous);
        } else {
            if (++measured > measureLimit) {
                *this = compute(document, font, routing);
                return;
            }
            box = makeBox(table, model);
            fit = fitSize(table, model, metrics);
        }
        box.placed = true;
        box.color = node->color;
        QSizeF size = fit;
        if (node->width > 0)
            size.setWidth(node->width);
        if (node->height > 0)
            size.setHeight(node->height);
        const QRectF rect(QPointF(node->x, node->y), size);
        const bool moved = previous < 0 || !sameRect(rect, box.rect);
        if (moved) {
            box.rect = rect;
            placeRows(box);
        }
        if (!sameTables) // else the index is the one there is
            tableIndex.insert(table.id, tables.size());
        tables.append(box);
        fits.append(fit);
        dirty.append(moved);
        remade.append(previous < 0);
    }

    // The previous edges by foreign key, to reuse those whose child table is unchanged.
    QHash<core::Id, qsizetype> previousEdges;
    if (!sameTables) {
        previousEdges.reserve(m_edges.size());
        for (qsizetype i = 0; i < m_edges.size(); ++i) {
            // An id used twice (an invalid model) is not reused: which edge it was is unknown.
            const core::Id& fkId = m_edges.at(i).foreignKeyId;
            previousEdges.insert(fkId, previousEdges.contains(fkId) ? -1 : i);
        }
    }
    QList<Edge> edges;
    QList<qsizetype> toRoute;
    if (sameTables) {
        edges = m_edges; // same tables, same foreign keys, same targets: same edges
    } else {
        edges.reserve(m_edges.size());
        for (qsizetype t = 0; t < count; ++t) {
            const model::Table& table = model.tables.at(t);
            for (const model::ForeignKey& fk : table.foreignKeys) {
                if (!tableIndex.contains(fk.referencedTableId))
                    continue; // dangling, as in compute()
                const auto was = previousEdges.constFind(fk.id);
                if (!remade.at(t) && was != previousEdges.cend() && *was >= 0 &&
                    m_edges.at(*was).childTableId == table.id) {
                    edges.append(m_edges.at(*was));
                } else {
                    toRoute.append(edges.size());
                    edges.append(makeEdge(table, fk));
                }
            }
        }
    }

    m_tables = std::move(tables);
    m_fitSizes = std::move(fits);
    if (!sameTables)
        m_tableIndex = std::move(tableIndex);
    m_edges = std::move(edges);
    m_model = model;
    m_measured = measured;

    // Route in edge order (a self-reference's loop slot counts the loops before it), only
    // the new edges (toRoute is in edge order) and those touching a box that moved or changed.
    qsizetype next = 0;
    for (qsizetype i = 0; i < m_edges.size(); ++i) {
        Edge& edge = m_edges[i];
        bool route = next < toRoute.size() && toRoute.at(next) == i;
        if (route)
            ++next;
        route = route || dirty.at(m_tableIndex.value(edge.childTableId)) ||
                dirty.at(m_tableIndex.value(edge.parentTableId));
        if (route)
            routeEdge(edge);
    }
    if (!sameTables)
        indexEdges();
    buildAnnotations(document.layout);
}

} // namespace schemata::diagram
