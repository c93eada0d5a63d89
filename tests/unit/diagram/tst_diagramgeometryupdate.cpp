// DiagramGeometry::update(): after each edit of a series (moves, drags, renames, columns,
// foreign keys, tables added and removed, undo), the updated geometry must equal a fresh
// compute() of the same document field by field and bit for bit, and it must have measured
// only the tables the edit changed (else it silently fell back to the full compute).
#include "diagram/diagramgeometry.h"
#include "diagram/diagrampainter.h"
#include "diagramtestdata.h"

#include <QTest>

using namespace schemata;
using namespace schemata::diagram;
using testing::column;

namespace {

QString str(const QRectF& r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// Exact: QRectF's == is fuzzy, and "identical to compute()" means the same bits.
bool same(const QRectF& a, const QRectF& b)
{
    return a.x() == b.x() && a.y() == b.y() && a.width() == b.width() && a.height() == b.height();
}

bool same(const QPolygonF& a, const QPolygonF& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].x() != b[i].x() || a[i].y() != b[i].y())
            return false;
    }
    return true;
}

// The first difference between two geometries, or an empty string.
QString difference(const DiagramGeometry& got, const DiagramGeometry& want)
{
    if (got.tables().size() != want.tables().size())
        return QStringLiteral("%1 tables, want %2")
            .arg(got.tables().size())
            .arg(want.tables().size());
    for (qsizetype i = 0; i < want.tables().size(); ++i) {
        const TableBox& a = got.tables()[i];
        const TableBox& b = want.tables()[i];
        const QString where = QStringLiteral("table %1 (%2): ").arg(i).arg(b.tableId.toString());
        if (a.tableId != b.tableId || a.name != b.name || a.schemaName != b.schemaName ||
            a.color != b.color || a.indexCount != b.indexCount || a.joinTable != b.joinTable ||
            a.placed != b.placed)
            return where + QStringLiteral("name, schema, colour or flags differ (%1 vs %2)")
                               .arg(a.name, b.name);
        if (!same(a.rect, b.rect) || !same(a.headerRect, b.headerRect))
            return where + QStringLiteral("rect %1 want %2").arg(str(a.rect), str(b.rect));
        if (a.rows.size() != b.rows.size())
            return where + QStringLiteral("%1 rows, want %2").arg(a.rows.size()).arg(b.rows.size());
        for (qsizetype r = 0; r < b.rows.size(); ++r) {
            const ColumnRow& x = a.rows[r];
            const ColumnRow& y = b.rows[r];
            if (x.columnId != y.columnId || x.name != y.name || x.type != y.type ||
                !same(x.rect, y.rect) || x.primaryKey != y.primaryKey ||
                x.foreignKey != y.foreignKey || x.unique != y.unique || x.notNull != y.notNull ||
                x.pii != y.pii || x.indexed != y.indexed)
                return where + QStringLiteral("row %1 (%2) differs").arg(r).arg(y.name);
        }
        if (got.edgeIndicesOf(b.tableId) != want.edgeIndicesOf(b.tableId))
            return where + QStringLiteral("edge indices differ");
        if (got.areaIndicesOf(b.tableId) != want.areaIndicesOf(b.tableId))
            return where + QStringLiteral("area indices differ");
    }
    if (got.edges().size() != want.edges().size())
        return QStringLiteral("%1 edges, want %2").arg(got.edges().size()).arg(want.edges().size());
    for (qsizetype i = 0; i < want.edges().size(); ++i) {
        const Edge& a = got.edges()[i];
        const Edge& b = want.edges()[i];
        if (a.foreignKeyId != b.foreignKeyId || a.childTableId != b.childTableId ||
            a.parentTableId != b.parentTableId || a.name != b.name ||
            a.foreignKeyColumn != b.foreignKeyColumn || a.referencedColumn != b.referencedColumn ||
            a.selfReference != b.selfReference || a.childEnd != b.childEnd ||
            a.parentEnd != b.parentEnd)
            return QStringLiteral("edge %1 (%2): fields differ")
                .arg(i)
                .arg(b.foreignKeyId.toString());
        if (!same(a.points, b.points))
            return QStringLiteral("edge %1 (%2): path differs")
                .arg(i)
                .arg(b.foreignKeyId.toString());
    }
    if (got.areas().size() != want.areas().size())
        return QStringLiteral("%1 areas, want %2").arg(got.areas().size()).arg(want.areas().size());
    for (qsizetype i = 0; i < want.areas().size(); ++i) {
        const AreaBox& a = got.areas()[i];
        const AreaBox& b = want.areas()[i];
        if (a.areaId != b.areaId || a.name != b.name || a.color != b.color ||
            a.memberIds != b.memberIds || !same(a.rect, b.rect))
            return QStringLiteral("area %1: %2 want %3").arg(i).arg(str(a.rect), str(b.rect));
    }
    if (got.notes().size() != want.notes().size())
        return QStringLiteral("%1 notes, want %2").arg(got.notes().size()).arg(want.notes().size());
    for (qsizetype i = 0; i < want.notes().size(); ++i) {
        const NoteBox& a = got.notes()[i];
        const NoteBox& b = want.notes()[i];
        if (a.noteId != b.noteId || a.text != b.text || !same(a.rect, b.rect))
            return QStringLiteral("note %1 differs").arg(i);
    }
    if (!same(got.bounds(), want.bounds()))
        return QStringLiteral("bounds %1 want %2").arg(str(got.bounds()), str(want.bounds()));
    return {};
}

core::Id id(const char* text)
{
    return core::Id(QString::fromLatin1(text));
}

model::Table& tableOf(document::Document& doc, const char* tableId)
{
    model::Table* t = doc.model.table(id(tableId));
    if (!t)
        qFatal("no table %s in the test document", tableId);
    return *t;
}

// The shop (with a second self-reference on employee: loop slots), 30 synthetic tables,
// every table placed, one node sized and coloured, a subject area (with a view's id in it)
// and a note.
document::Document startDocument()
{
    document::Document doc = testing::shopDocument();
    const document::Document synthetic = testing::syntheticDocument(30);
    doc.model.tables.append(synthetic.model.tables);
    model::Table& employee = tableOf(doc, "t_employee");
    employee.columns.append(column(QStringLiteral("c_ementor"), QStringLiteral("mentor_id"), true));
    employee.foreignKeys.append(
        testing::foreignKey(QStringLiteral("fk_employee_mentor"), QStringLiteral("c_ementor"),
                            QStringLiteral("t_employee"), QStringLiteral("c_eid")));
    for (qsizetype i = 0; i < doc.model.tables.size(); ++i) {
        document::NodeLayout node;
        node.x = double((i % 6) * 320);
        node.y = double((i / 6) * 260);
        doc.layout.nodes.insert(doc.model.tables[i].id, node);
    }
    doc.layout.nodes[id("t_tag")].width = 300;
    doc.layout.nodes[id("t_tag")].height = 50; // shorter than its rows
    doc.layout.nodes[id("t0003")].color = QStringLiteral("#336699");
    doc.layout.subjectAreas.append(
        document::SubjectArea{id("area_sales"),
                              QStringLiteral("Sales"),
                              QStringLiteral("#aa8800"),
                              {id("t_customer"), id("t_orders"), id("v_none"), id("t0004")}});
    doc.layout.notes.append(
        document::Note{id("note_1"), QStringLiteral("read me"), 40, -200, 200, 80});
    return doc;
}

} // namespace

class TestDiagramGeometryUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsGiveWhatComputeGives();
    void fallsBackWhenEverythingChanged();
    void duplicateForeignKeyIds();
};

void TestDiagramGeometryUpdate::editsGiveWhatComputeGives()
{
    const QFont font = DiagramPainter::defaultFont();
    QList<document::Document> history{startDocument()};
    DiagramGeometry g = DiagramGeometry::compute(history.last(), font);
    QCOMPARE(g.measuredCount(), history.last().model.tables.size());

    // Each step: what the edit does, the document after it, how many boxes it may measure.
    const auto check = [&](const QString& step, const document::Document& doc, qsizetype measured) {
        g.update(doc, font);
        const QString diff = difference(g, DiagramGeometry::compute(doc, font));
        QVERIFY2(diff.isEmpty(), qPrintable(step + QStringLiteral(": ") + diff));
        QVERIFY2(g.measuredCount() == measured,
                 qPrintable(step + QStringLiteral(": measured %1 boxes, want %2")
                                       .arg(g.measuredCount())
                                       .arg(measured)));
    };
    const auto edit = [&](const QString& step, qsizetype measured, const auto& change) {
        document::Document doc = history.last();
        change(doc);
        history.append(doc);
        check(step, doc, measured);
    };

    check(QStringLiteral("no change"), history.last(), 0);
    edit(QStringLiteral("move a table"), 0,
         [](document::Document& d) { d.layout.nodes[id("t_orders")].x += 37.5; });
    edit(QStringLiteral("move the self-referencing table"), 0,
         [](document::Document& d) { d.layout.nodes[id("t_employee")].y -= 111; });
    if (QTest::currentTestFailed())
        return;

    // A drag moves boxes in the geometry before the document knows: a refused drop puts them
    // back, a committed one leaves them where the layout now says.
    g.moveTable(id("t_tag"), QPointF(1234.25, 987.5));
    g.moveTable(id("t_employee"), QPointF(-300, 40));
    check(QStringLiteral("drop refused"), history.last(), 0);
    g.moveTable(id("t_tag"), QPointF(1234.25, 987.5));
    g.moveTable(id("t0010"), QPointF(17, 2000));
    edit(QStringLiteral("drop committed"), 0, [](document::Document& d) {
        d.layout.nodes[id("t_tag")].x = 1234.25;
        d.layout.nodes[id("t_tag")].y = 987.5;
        d.layout.nodes[id("t0010")].x = 17;
        d.layout.nodes[id("t0010")].y = 2000;
    });
    const qsizetype afterDrop = history.size() - 1;

    edit(QStringLiteral("rename a parent table"), 1, [](document::Document& d) {
        tableOf(d, "t_customer").name =
            QStringLiteral("customer_with_a_much_longer_name_than_before");
    });
    edit(QStringLiteral("add a column"), 1, [](document::Document& d) {
        tableOf(d, "t_orders")
            .columns.append(column(QStringLiteral("c_onote"), QStringLiteral("delivery_note"), true,
                                   model::LogicalType::Kind::Text));
    });
    edit(QStringLiteral("rename a column"), 1, [](document::Document& d) {
        tableOf(d, "t_tag").columns[0].name = QStringLiteral("tag_identifier");
    });
    edit(QStringLiteral("remove a column"), 1, [](document::Document& d) {
        model::Table& t = tableOf(d, "t0005");
        t.columns.removeIf([](const model::Column& c) { return c.id == id("t0005_c0"); });
    });
    edit(QStringLiteral("add a foreign key"), 1, [](document::Document& d) {
        model::Table& t = tableOf(d, "t_tag");
        t.columns.append(column(QStringLiteral("c_tcust"), QStringLiteral("customer_id"), false));
        t.foreignKeys.append(
            testing::foreignKey(QStringLiteral("fk_tag_customer"), QStringLiteral("c_tcust"),
                                QStringLiteral("t_customer"), QStringLiteral("c_cid")));
    });
    edit(QStringLiteral("remove a foreign key"), 1,
         [](document::Document& d) { tableOf(d, "t_orders").foreignKeys.clear(); });
    edit(QStringLiteral("remove a self-reference"), 1, [](document::Document& d) {
        tableOf(d, "t_employee").foreignKeys.removeFirst(); // the mentor loop takes slot 0
    });
    edit(QStringLiteral("add a table"), 1, [](document::Document& d) {
        model::Table t =
            testing::table(QStringLiteral("t_invoice"), QStringLiteral("invoice"),
                           {column(QStringLiteral("c_iid"), QStringLiteral("id"), false),
                            column(QStringLiteral("c_iord"), QStringLiteral("order_id"), false)},
                           {QStringLiteral("c_iid")});
        t.foreignKeys.append(
            testing::foreignKey(QStringLiteral("fk_invoice_order"), QStringLiteral("c_iord"),
                                QStringLiteral("t_orders"), QStringLiteral("c_oid")));
        d.model.tables.insert(2, t);
        d.layout.nodes.insert(t.id, document::NodeLayout{700, -300, 0, 0, {}});
    });
    // Tables referencing the removed one keep their FKs: dangling, not drawn.
    const qsizetype beforeRemove = history.size() - 1;
    edit(QStringLiteral("remove a referenced table"), 0, [](document::Document& d) {
        d.model.tables.removeIf([](const model::Table& t) { return t.id == id("t0001"); });
        d.layout.nodes.remove(id("t0001"));
    });
    check(QStringLiteral("undo the removal"), history.at(beforeRemove), 1);
    check(QStringLiteral("redo the removal"), history.last(), 0);
    // Back past every model edit: the tables they touched come back, measured again.
    check(QStringLiteral("undo to the drop"), history.at(afterDrop), 6);
    check(QStringLiteral("redo all"), history.last(), 6);
    edit(QStringLiteral("resize and colour a box"), 0, [](document::Document& d) {
        d.layout.nodes[id("t_orders")].width = 500;
        d.layout.nodes[id("t_orders")].color = QStringLiteral("#112233");
        d.layout.nodes[id("t_tag")].height = 0; // fit again
    });
    edit(QStringLiteral("area members and note"), 0, [](document::Document& d) {
        d.layout.subjectAreas[0].memberIds.append(id("t_tag"));
        d.layout.notes[0].x = 900;
    });
    const qsizetype count = history.last().model.tables.size();
    edit(QStringLiteral("rename the schema (every type text context)"), count,
         [](document::Document& d) { d.model.schemas[0].name = QStringLiteral("shop"); });
    edit(QStringLiteral("a table without a node (grid)"), count,
         [](document::Document& d) { d.layout.nodes.remove(id("t0002")); });
    // From a geometry with a grid box to one without: every table equal, nothing measured.
    edit(QStringLiteral("placed again"), 0, [](document::Document& d) {
        d.layout.nodes.insert(id("t0002"), document::NodeLayout{5, 5, 0, 0, {}});
    });

    QFont bigger = font;
    if (font.pixelSize() > 0)
        bigger.setPixelSize(font.pixelSize() * 3 / 2);
    else
        bigger.setPointSizeF(font.pointSizeF() * 1.5);
    g.update(history.last(), bigger);
    QCOMPARE(g.measuredCount(), count);
    const QString diff = difference(g, DiagramGeometry::compute(history.last(), bigger));
    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("another font: ") + diff));
    g.update(history.last(), bigger, Routing::Straight);
    QCOMPARE(g.measuredCount(), count);
    const QString straight =
        difference(g, DiagramGeometry::compute(history.last(), bigger, Routing::Straight));
    QVERIFY2(straight.isEmpty(), qPrintable(QStringLiteral("straight routing: ") + straight));
}

void TestDiagramGeometryUpdate::fallsBackWhenEverythingChanged()
{
    const QFont font = DiagramPainter::defaultFont();
    const document::Document start = startDocument();
    DiagramGeometry g;
    g.update(start, font); // nothing to update from: a compute
    QCOMPARE(g.measuredCount(), start.model.tables.size());
    document::Document renamed = start;
    for (model::Table& t : renamed.model.tables)
        t.name += QStringLiteral("_x");
    g.update(renamed, font);
    QCOMPARE(g.measuredCount(), renamed.model.tables.size());
    const QString diff = difference(g, DiagramGeometry::compute(renamed, font));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

// An invalid model with one foreign key id twice in a table: still what compute() draws.
void TestDiagramGeometryUpdate::duplicateForeignKeyIds()
{
    const QFont font = DiagramPainter::defaultFont();
    document::Document doc = startDocument();
    model::Table& t = tableOf(doc, "t0006");
    t.foreignKeys.append(testing::foreignKey(QStringLiteral("fk_dup"), QStringLiteral("t0006_id"),
                                             QStringLiteral("t_customer"),
                                             QStringLiteral("c_cid")));
    t.foreignKeys.append(testing::foreignKey(QStringLiteral("fk_dup"), QStringLiteral("t0006_c0"),
                                             QStringLiteral("t_tag"), QStringLiteral("c_tid")));
    DiagramGeometry g = DiagramGeometry::compute(doc, font);
    tableOf(doc, "t0007").name = QStringLiteral("renamed");
    g.update(doc, font);
    QCOMPARE(g.measuredCount(), 1);
    const QString diff = difference(g, DiagramGeometry::compute(doc, font));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QTEST_MAIN(TestDiagramGeometryUpdate)
#include "tst_diagramgeometryupdate.moc"
