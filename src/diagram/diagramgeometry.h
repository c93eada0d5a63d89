#pragma once

#include "core/id.h"
#include "document/document.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace schemata::diagram {

// How one end of a relationship line is drawn (crow's-foot notation).
//  many:     a crow's foot (the end can hold several rows), else a single bar
//  optional: a circle (zero allowed), else a second bar (at least one)
struct EndStyle
{
    bool many = false;
    bool optional = false;

    friend bool operator==(const EndStyle&, const EndStyle&) = default;
};

struct ColumnRow
{
    core::Id columnId;
    QString name;
    QString type;
    QRectF rect; // in scene coordinates
    bool primaryKey = false;
    bool foreignKey = false;
    bool unique = false;
    bool notNull = false;
    bool pii = false;
    bool indexed = false;
};

struct TableBox
{
    core::Id tableId;
    QString name;
    QString schemaName;
    QString color;     // "#rrggbb" from the layout node, or empty for the theme default
    QRectF rect;       // the whole box, scene coordinates
    QRectF headerRect; // name + schema band at the top
    QList<ColumnRow> rows;
    int indexCount = 0;
    bool joinTable = false; // M:N join table: its primary key is exactly two foreign keys
    bool placed = false;    // true when the layout has a node for it (else auto-placed in a grid)
};

enum class Routing
{
    Orthogonal,
    Straight
};

// One foreign key drawn from the child (referencing) table to the parent.
struct Edge
{
    core::Id foreignKeyId;
    core::Id childTableId;
    core::Id parentTableId;
    QString name;
    core::Id foreignKeyColumn; // first FK column (the child end's anchor row)
    core::Id referencedColumn; // first referenced column (the parent end's anchor row)
    QPolygonF points;          // child border → parent border; a loop for a self-reference
    bool selfReference = false;
    EndStyle childEnd;
    EndStyle parentEnd;
};

struct AreaBox
{
    core::Id areaId;
    QString name;
    QString color;
    QList<core::Id> memberIds;
    QRectF rect; // around its members, with a margin; empty when it has no placed member
};

struct NoteBox
{
    core::Id noteId;
    QString text;
    QRectF rect;
};

// Sizes of the parts of a table box, derived from one font so the painter, the scene
// and the exporter agree to the pixel.
struct BoxMetrics
{
    explicit BoxMetrics(const QFont& font);

    QFont font;
    QFont headerFont;
    double rowHeight = 0;
    double headerHeight = 0;
    double padding = 8;
    double markerWidth = 0; // column of PK/FK markers left of the name
    double minWidth = 160;
    double maxWidth = 420;
};

// The diagram's geometry computed from a document: boxes, rows, edges, subject areas
// and notes in scene coordinates. A value; the scene, the exporter and the layout
// engine all read it, and none of them needs a QGraphicsView.
class DiagramGeometry
{
public:
    DiagramGeometry() = default;

    static DiagramGeometry compute(const document::Document& document, const QFont& font,
                                   Routing routing = Routing::Orthogonal);

    // Makes this the geometry compute(document, font, routing) returns — identical, field by
    // field — doing only the work the change since the last compute()/update() asks for: a
    // table whose value is unchanged keeps its measured box (measuring the text of 20,000
    // columns was most of an edit's cost on a 2,000-table project), boxes take their place
    // from the layout, and only edges touching a moved or changed box are routed again.
    // A layout-only edit leaves the model's lists shared, so finding "nothing changed in the
    // model" is O(1). Falls back to compute() when the font, the routing or what type texts
    // show (schemas, enums, domains) changed, when a table has no layout node (the grid of
    // unplaced tables depends on everything placed), or when most tables changed.
    // Boxes moved by moveTable() since are fine: every box is put where the layout says.
    void update(const document::Document& document, const QFont& font,
                Routing routing = Routing::Orthogonal);
    // How many boxes the last compute() or update() measured (all of them for compute()).
    qsizetype measuredCount() const { return m_measured; }

    const QList<TableBox>& tables() const { return m_tables; }
    const QList<Edge>& edges() const { return m_edges; }
    const QList<AreaBox>& areas() const { return m_areas; }
    const QList<NoteBox>& notes() const { return m_notes; }
    const TableBox* table(const core::Id& tableId) const;
    // Indices into edges() of the edges that start or end at a table: moving a table
    // re-routes only these (a scan of all edges per move made dragging 50 tables slow).
    QList<qsizetype> edgeIndicesOf(const core::Id& tableId) const
    {
        return m_edgesByTable.value(tableId);
    }
    // Indices into areas() of the subject areas a table belongs to: moving a table refits only
    // those frames (a scan of every area's member list per moved table was most of the
    // geometry work of a drag).
    QList<qsizetype> areaIndicesOf(const core::Id& tableId) const
    {
        return m_areasByTable.value(tableId);
    }
    // Everything drawn, including areas and notes.
    QRectF bounds() const;
    // The union of the given tables' boxes and the edges between them.
    QRectF bounds(const QList<core::Id>& tableIds) const;
    Routing routing() const { return m_routing; }

    // Moves one table box (and its rows) to a new top-left corner and re-routes only the
    // edges that touch it. Used while dragging, before the move becomes a command.
    void moveTable(const core::Id& tableId, const QPointF& topLeft);

    // --- The rules, public so that tests and other views can use them directly.
    static QSizeF fitSize(const model::Table& table, const model::Model& model,
                          const BoxMetrics& metrics);
    static bool isJoinTable(const model::Table& table);
    // The child end: "many" unless the FK columns are unique (then 1:1); always optional,
    // since a parent row may have no children.
    static EndStyle childEndStyle(const model::Table& child, const model::ForeignKey& fk);
    // The parent end: exactly one; optional when any FK column is nullable.
    static EndStyle parentEndStyle(const model::Table& child, const model::ForeignKey& fk);
    static bool columnsAreUnique(const model::Table& table, const QList<core::Id>& columnIds);

private:
    // A table's box without its place: name, schema, rows and their markers.
    static TableBox makeBox(const model::Table& table, const model::Model& model);
    static Edge makeEdge(const model::Table& table, const model::ForeignKey& fk);
    // Header and row rects from box.rect, computed (not translated) so that a moved box is
    // exactly the box compute() would give.
    void placeRows(TableBox& box) const;
    // The edge index, the subject areas and the notes: cheap, so update() rebuilds them too.
    void indexEdges();
    void buildAnnotations(const document::DiagramLayout& layout);
    void routeEdge(Edge& edge) const;
    // Fits one area's rect around its members again.
    void fitArea(qsizetype areaIndex);

    QList<TableBox> m_tables;
    QList<QSizeF> m_fitSizes; // per box: its content's size before the layout's overrides
    QHash<core::Id, qsizetype> m_tableIndex;
    QList<Edge> m_edges;
    QHash<core::Id, QList<qsizetype>> m_edgesByTable;
    QHash<core::Id, QList<qsizetype>> m_areasByTable;
    QList<QList<qsizetype>> m_areaMembers; // per area: indices into m_tables of its drawn members
    QList<AreaBox> m_areas;
    QList<NoteBox> m_notes;
    Routing m_routing = Routing::Orthogonal;
    double m_rowHeight = 0;
    double m_headerHeight = 0;
    // What the geometry was made from, for update(): the model is an implicitly shared copy.
    bool m_computed = false;
    QFont m_font;
    model::Model m_model;
    qsizetype m_measured = 0;
};

} // namespace schemata::diagram
