#pragma once

#include "document/document.h"

#include <QRandomGenerator>

namespace schemata::testing {

// Small builders for diagram tests: documents are assembled here so every test states
// exactly the nullability, keys and layout it depends on.
inline model::Column column(const QString& id, const QString& name, bool nullable = true,
                            model::LogicalType::Kind kind = model::LogicalType::Kind::BigInt)
{
    model::Column c;
    c.id = core::Id(id);
    c.name = name;
    c.nullable = nullable;
    c.type.kind = kind;
    return c;
}

inline model::Table table(const QString& id, const QString& name, QList<model::Column> columns,
                          QList<QString> pkColumns = {})
{
    model::Table t;
    t.id = core::Id(id);
    t.schemaId = core::Id(QStringLiteral("sch_public"));
    t.name = name;
    t.columns = std::move(columns);
    if (!pkColumns.isEmpty()) {
        model::KeyConstraint pk;
        pk.id = core::Id(id + QStringLiteral("_pk"));
        for (const QString& c : pkColumns)
            pk.columnIds.append(core::Id(c));
        t.primaryKey = pk;
    }
    return t;
}

inline model::ForeignKey foreignKey(const QString& id, const QString& column, const QString& parentTable,
                                    const QString& parentColumn)
{
    model::ForeignKey fk;
    fk.id = core::Id(id);
    fk.name = id;
    fk.columnIds = {core::Id(column)};
    fk.referencedTableId = core::Id(parentTable);
    fk.referencedColumnIds = {core::Id(parentColumn)};
    return fk;
}

inline document::Document emptyDocument()
{
    document::Document doc;
    doc.name = QStringLiteral("diagram test");
    doc.dialect = QStringLiteral("postgres");
    doc.model.schemas.append(model::Schema{core::Id(QStringLiteral("sch_public")), QStringLiteral("public"), {}});
    return doc;
}

// customer 1—N orders (mandatory parent), employee self-reference (optional), and an
// M:N join table order_tags between orders and tag.
inline document::Document shopDocument()
{
    document::Document doc = emptyDocument();
    doc.model.tables.append(table(QStringLiteral("t_customer"), QStringLiteral("customer"),
                                  {column(QStringLiteral("c_cid"), QStringLiteral("id"), false),
                                   column(QStringLiteral("c_cname"), QStringLiteral("name"), false,
                                          model::LogicalType::Kind::Text)},
                                  {QStringLiteral("c_cid")}));
    model::Table orders = table(QStringLiteral("t_orders"), QStringLiteral("orders"),
                                {column(QStringLiteral("c_oid"), QStringLiteral("id"), false),
                                 column(QStringLiteral("c_ocust"), QStringLiteral("customer_id"), false)},
                                {QStringLiteral("c_oid")});
    orders.foreignKeys.append(foreignKey(QStringLiteral("fk_orders_customer"), QStringLiteral("c_ocust"),
                                         QStringLiteral("t_customer"), QStringLiteral("c_cid")));
    doc.model.tables.append(orders);
    model::Table employee = table(QStringLiteral("t_employee"), QStringLiteral("employee"),
                                  {column(QStringLiteral("c_eid"), QStringLiteral("id"), false),
                                   column(QStringLiteral("c_emgr"), QStringLiteral("manager_id"), true)},
                                  {QStringLiteral("c_eid")});
    employee.foreignKeys.append(foreignKey(QStringLiteral("fk_employee_manager"), QStringLiteral("c_emgr"),
                                           QStringLiteral("t_employee"), QStringLiteral("c_eid")));
    doc.model.tables.append(employee);
    doc.model.tables.append(table(QStringLiteral("t_tag"), QStringLiteral("tag"),
                                  {column(QStringLiteral("c_tid"), QStringLiteral("id"), false)},
                                  {QStringLiteral("c_tid")}));
    model::Table join = table(QStringLiteral("t_order_tags"), QStringLiteral("order_tags"),
                              {column(QStringLiteral("c_jo"), QStringLiteral("order_id"), false),
                               column(QStringLiteral("c_jt"), QStringLiteral("tag_id"), false)},
                              {QStringLiteral("c_jo"), QStringLiteral("c_jt")});
    join.foreignKeys.append(foreignKey(QStringLiteral("fk_ot_order"), QStringLiteral("c_jo"),
                                       QStringLiteral("t_orders"), QStringLiteral("c_oid")));
    join.foreignKeys.append(foreignKey(QStringLiteral("fk_ot_tag"), QStringLiteral("c_jt"),
                                       QStringLiteral("t_tag"), QStringLiteral("c_tid")));
    doc.model.tables.append(join);
    return doc;
}

// `count` tables of 2–9 columns, each (after the first) referencing one or two earlier
// tables; fixed seed, so every run sees the same project.
inline document::Document syntheticDocument(int count, quint32 seed = 7)
{
    QRandomGenerator rng(seed);
    document::Document doc = emptyDocument();
    for (int i = 0; i < count; ++i) {
        const QString tid = QStringLiteral("t%1").arg(i, 4, 10, QLatin1Char('0'));
        QList<model::Column> columns{column(tid + QStringLiteral("_id"), QStringLiteral("id"), false)};
        const int extra = 1 + int(rng.bounded(8));
        for (int c = 0; c < extra; ++c)
            columns.append(column(tid + QStringLiteral("_c%1").arg(c), QStringLiteral("attribute_%1").arg(c), true,
                                  model::LogicalType::Kind::Text));
        model::Table t = table(tid, QStringLiteral("table_%1").arg(i), columns, {tid + QStringLiteral("_id")});
        const int refs = i == 0 ? 0 : 1 + int(rng.bounded(2));
        for (int r = 0; r < refs; ++r) {
            const int parent = int(rng.bounded(i));
            const QString pid = QStringLiteral("t%1").arg(parent, 4, 10, QLatin1Char('0'));
            const QString fkCol = tid + QStringLiteral("_fk%1").arg(r);
            t.columns.append(column(fkCol, QStringLiteral("ref_%1").arg(r), false));
            t.foreignKeys.append(foreignKey(tid + QStringLiteral("_fkc%1").arg(r), fkCol, pid, pid + QStringLiteral("_id")));
        }
        doc.model.tables.append(t);
    }
    return doc;
}

} // namespace schemata::testing
