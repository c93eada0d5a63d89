#pragma once

// Documents built in code for the document tests: a rich one that sets every field the
// format knows at least once, a small one for the golden file, and a large generated
// one for timing. Header-only so each test binary stays a single source file.

#include "core/idgenerator.h"
#include "document/document.h"

#include <QStringList>

namespace schemata::testdocs {

using namespace schemata;
using core::Id;
using model::LogicalType;

inline Id id(const char* text)
{
    return Id(QString::fromUtf8(text));
}

inline LogicalType type(const char* text)
{
    return *LogicalType::parse(QString::fromLatin1(text));
}

inline model::Column column(const char* colId, const QString& name, const char* typeText,
                            bool nullable = true)
{
    model::Column c;
    c.id = id(colId);
    c.name = name;
    c.type = type(typeText);
    c.nullable = nullable;
    return c;
}

// Every member of every struct is set somewhere below, with awkward text: quotes,
// backslashes, newlines, tabs, a control character, non-ASCII and a non-BMP emoji.
inline document::Document richDocument()
{
    using model::ColumnDefault;
    using model::Identity;
    using model::PiiCategory;
    using model::ReferentialAction;
    document::Document doc;
    doc.name = QStringLiteral("Boutique Ünïcødé \"Shop\" 🛒");
    doc.dialect = QStringLiteral("postgres");

    model::Model& m = doc.model;
    m.schemas.append(
        {id("sch_public"), QStringLiteral("public"),
         QStringLiteral("Default schema.\nSecond line with \"quotes\" and \\ backslash")});
    m.schemas.append({id("sch_billing"), QStringLiteral("billing"), QString()});
    m.enums.append({id("enm_status"),
                    id("sch_public"),
                    QStringLiteral("order_status"),
                    {QStringLiteral("pending"), QStringLiteral("payé"),
                     QStringLiteral("it's \"done\""), QString()},
                    QStringLiteral("Lifecycle\tof an order")});
    m.enums.append({id("enm_empty"), Id(), QStringLiteral("nothing"), {}, QString()});
    {
        model::DomainType year;
        year.id = id("dom_year");
        year.schemaId = id("sch_public");
        year.name = QStringLiteral("year");
        year.baseType = type("integer");
        year.baseType.overrides.insert(QStringLiteral("postgres"), QStringLiteral("int4"));
        year.notNull = true;
        year.defaultExpression = QStringLiteral("1901");
        year.checks.append({id("ck_dom_year"), QStringLiteral("year_check"),
                            QStringLiteral("VALUE >= 1901 AND VALUE <= 2155")});
        year.checks.append({id("ck_dom_year_unnamed"), QString(), QStringLiteral("VALUE <> 0")});
        year.comment = QStringLiteral("MySQL's \"YEAR\"\nrange");
        m.domains.append(year);
        model::DomainType code;
        code.id = id("dom_code");
        code.name = QStringLiteral("code");
        code.baseType = type("varchar(10)");
        code.collation = QStringLiteral("C");
        m.domains.append(code);
        model::DomainType status;
        status.id = id("dom_status");
        status.schemaId = id("sch_billing");
        status.name = QStringLiteral("status");
        status.baseType = type("enum");
        status.baseType.enumId = id("enm_status");
        status.defaultExpression = QStringLiteral("'pending'::order_status");
        m.domains.append(status);
    }

    model::Table customer;
    customer.id = id("tbl_customer");
    customer.schemaId = id("sch_public");
    customer.name = QStringLiteral("customer");
    customer.comment = QStringLiteral("People who buy.\r\nControl char: \x01 end");
    {
        model::Column c = column("col_c_id", QStringLiteral("id"), "bigint", false);
        c.identity = Identity::Always;
        customer.columns.append(c);
        c = column("col_c_email", QStringLiteral("email"), "varchar(320)", false);
        c.type.overrides.insert(QStringLiteral("postgres"), QStringLiteral("citext"));
        c.type.overrides.insert(QStringLiteral("mysql"), QStringLiteral("varchar(320)"));
        c.collation = QStringLiteral("C");
        c.pii = PiiCategory::Email;
        c.retention = QStringLiteral("P2Y");
        customer.columns.append(c);
        c = column("col_c_name", QStringLiteral("nom complet"), "text");
        c.pii = PiiCategory::Name;
        c.comment = QStringLiteral("Full name — as typed");
        customer.columns.append(c);
        c = column("col_c_created", QStringLiteral("created_at"), "timestamptz(3)", false);
        c.defaultValue = {ColumnDefault::Kind::CurrentTimestamp, QString()};
        customer.columns.append(c);
        c = column("col_c_code", QStringLiteral("code"), "char(2)");
        c.defaultValue = {ColumnDefault::Kind::Literal, QStringLiteral("it's")};
        c.pii = PiiCategory::Location;
        customer.columns.append(c);
        c = column("col_c_seq", QStringLiteral("seq"), "integer", false);
        c.identity = Identity::ByDefault;
        customer.columns.append(c);
        c = column("col_c_lower", QStringLiteral("email_lower"), "text");
        c.generatedExpression = QStringLiteral("lower(email)");
        c.generatedStored = false;
        customer.columns.append(c);
        c = column("col_c_upper", QStringLiteral("email_upper"), "text");
        c.generatedExpression = QStringLiteral("upper(email)");
        customer.columns.append(c);
        // Declared with domains: the type fields repeat the base type.
        c = column("col_c_year", QStringLiteral("since"), "integer", false);
        c.type.overrides.insert(QStringLiteral("postgres"), QStringLiteral("int4"));
        c.type.domainId = id("dom_year");
        customer.columns.append(c);
        c = column("col_c_state", QStringLiteral("state"), "enum");
        c.type.enumId = id("enm_status");
        c.type.domainId = id("dom_status");
        customer.columns.append(c);
        // One column per remaining PII category and per remaining logical type.
        const PiiCategory pii[] = {
            PiiCategory::Phone,        PiiCategory::Address,   PiiCategory::DateOfBirth,
            PiiCategory::GovernmentId, PiiCategory::Financial, PiiCategory::Health,
            PiiCategory::Credentials,  PiiCategory::Network,   PiiCategory::Other};
        const char* types[] = {
            "smallint", "numeric(10,2)", "numeric(5)",   "real",     "double", "boolean",
            "date",     "time(3)",       "timestamp(6)", "interval", "uuid",   "json",
            "jsonb",    "bytes(16)",     "numeric",      "varchar",  "bytes"};
        int n = 0;
        for (const char* t : types) {
            const QByteArray colId = "col_c_t" + QByteArray::number(n);
            c = column(colId.constData(), QStringLiteral("t%1").arg(n), t);
            if (n < int(std::size(pii)))
                c.pii = pii[n];
            customer.columns.append(c);
            ++n;
        }
    }
    customer.primaryKey =
        model::KeyConstraint{id("pk_customer"), QStringLiteral("customer_pkey"), {id("col_c_id")}};
    customer.uniques.append({id("uq_customer_email"),
                             QStringLiteral("customer_email_key"),
                             {id("col_c_email"), id("col_c_code")}});
    customer.uniques.append({id("uq_customer_seq"), QString(), {id("col_c_seq")}});
    customer.checks.append(
        {id("ck_code"), QStringLiteral("code_len"), QStringLiteral("length(code) = 2")});
    customer.checks.append({id("ck_unnamed"), QString(), QStringLiteral("seq > 0")});
    {
        model::Index ix;
        ix.id = id("idx_customer_email");
        ix.name = QStringLiteral("customer_email_idx");
        ix.unique = true;
        model::IndexKey k1;
        k1.columnId = id("col_c_email");
        k1.sort = model::IndexKey::Sort::Desc;
        k1.nulls = model::IndexKey::Nulls::Last;
        model::IndexKey k2;
        k2.expression = QStringLiteral("lower(\"nom complet\")");
        k2.nulls = model::IndexKey::Nulls::First;
        ix.keys = {k1, k2};
        ix.where = QStringLiteral("created_at IS NOT NULL");
        ix.includeColumnIds = {id("col_c_name")};
        ix.method = QStringLiteral("btree");
        customer.indexes.append(ix);
        model::Index plain;
        plain.id = id("idx_customer_seq");
        model::IndexKey k3;
        k3.columnId = id("col_c_seq");
        plain.keys = {k3};
        customer.indexes.append(plain);
    }
    m.tables.append(customer);

    model::Table order;
    order.id = id("tbl_order");
    order.schemaId = id("sch_billing");
    order.name = QStringLiteral("order");
    order.columns.append(column("col_o_id", QStringLiteral("id"), "uuid", false));
    order.columns.append(column("col_o_customer", QStringLiteral("customer_id"), "bigint", false));
    {
        model::Column status = column("col_o_status", QStringLiteral("status"), "enum", false);
        status.type.enumId = id("enm_status");
        status.defaultValue = {ColumnDefault::Kind::Literal, QStringLiteral("pending")};
        order.columns.append(status);
        model::Column total = column("col_o_total", QStringLiteral("total"), "numeric(12,2)");
        total.defaultValue = {ColumnDefault::Kind::Expression, QStringLiteral("0.00 + 0")};
        total.type.overrides.insert(QStringLiteral("sqlite"), QStringLiteral("REAL"));
        order.columns.append(total);
        model::Column customerCode =
            column("col_o_ccode", QStringLiteral("customer_code"), "char(2)");
        customerCode.defaultValue = {ColumnDefault::Kind::Literal, QString()};
        order.columns.append(customerCode);
    }
    order.primaryKey = model::KeyConstraint{id("pk_order"), QString(), {id("col_o_id")}};
    {
        model::ForeignKey fk;
        fk.id = id("fk_order_customer");
        fk.name = QStringLiteral("order_customer_fkey");
        fk.columnIds = {id("col_o_customer")};
        fk.referencedTableId = id("tbl_customer");
        fk.referencedColumnIds = {id("col_c_id")};
        fk.onDelete = ReferentialAction::Cascade;
        fk.onUpdate = ReferentialAction::SetNull;
        fk.deferrable = true;
        fk.initiallyDeferred = true;
        order.foreignKeys.append(fk);
        model::ForeignKey fk2;
        fk2.id = id("fk_order_customer_code");
        fk2.columnIds = {id("col_o_customer"), id("col_o_ccode")};
        fk2.referencedTableId = id("tbl_customer");
        fk2.referencedColumnIds = {id("col_c_seq"), id("col_c_code")};
        fk2.onDelete = ReferentialAction::Restrict;
        fk2.onUpdate = ReferentialAction::SetDefault;
        fk2.deferrable = true;
        order.foreignKeys.append(fk2);
    }
    m.tables.append(order);

    // A table with nothing but its id: every member at its default.
    model::Table bare;
    bare.id = id("tbl_bare");
    m.tables.append(bare);

    m.views.append({id("viw_recent"), id("sch_billing"), QStringLiteral("recent_orders"),
                    QStringLiteral("SELECT *\nFROM \"billing\".\"order\"\nWHERE total > 0"),
                    QStringLiteral("Orders, newest first")});
    m.views.append({id("viw_bare"), Id(), QString(), QString(), QString()});

    document::DiagramLayout& l = doc.layout;
    l.nodes.insert(id("tbl_order"), {420, 40.5, 220, 180, QStringLiteral("#4a90d9")});
    l.nodes.insert(id("tbl_customer"), {-120.25, 0, 0, 0, QString()});
    l.nodes.insert(id("viw_recent"), {12.75, 1e6, 300.5, 0.25, QStringLiteral("#f5a623")});
    l.nodes.insert(id("tbl_bare"), {});
    l.subjectAreas.append({id("area_billing"),
                           QStringLiteral("Facturation"),
                           QStringLiteral("#f5a623"),
                           {id("tbl_order"), id("viw_recent")}});
    l.subjectAreas.append({id("area_empty"), QString(), QString(), {}});
    l.notes.append({id("note_1"), QStringLiteral("Remember:\n- \"orders\" are immutable\n- ✓"), 10,
                    -20.5, 250, 90.75});
    l.notes.append({id("note_default"), QString(), 0, 0, 200, 80});

    // The history: the snapshot is the model without the bare table and views (an
    // earlier state sharing IDs with $.model), scripts with awkward text.
    document::MigrationHistory& h = doc.history;
    document::Migration first;
    first.id = QStringLiteral("20261122193000");
    first.name = QStringLiteral("create_billing");
    first.scripts.insert(
        QStringLiteral("postgres"),
        {QStringLiteral("BEGIN;\nCREATE TABLE \"billing\".\"order\" (\"note\" text DEFAULT "
                        "'it''s \\ \"odd\"\t✓');\nCOMMIT;\n"),
         QStringLiteral("BEGIN;\nDROP TABLE \"billing\".\"order\";\nCOMMIT;\n")});
    first.scripts.insert(QStringLiteral("sqlite"),
                         {QStringLiteral("CREATE TABLE \"order\" (\"note\" text);\n"),
                          QStringLiteral("DROP TABLE \"order\";\n")});
    first.checksum = document::migrationChecksum(first);
    h.migrations.append(first);
    document::Migration second;
    second.id = QStringLiteral("20261122193501");
    second.name = QStringLiteral("drop_legacy_2");
    second.irreversible = true;
    second.scripts.insert(QStringLiteral("mariadb"),
                          {QStringLiteral("ALTER TABLE `order` DROP COLUMN `legacy`;\n"),
                           QStringLiteral("-- IRREVERSIBLE: data is lost\nALTER TABLE `order` "
                                          "ADD COLUMN `legacy` text;\n")});
    second.checksum = document::migrationChecksum(second);
    h.migrations.append(second);
    model::Model snapshot = m;
    snapshot.tables.removeLast();
    snapshot.views.clear();
    h.snapshot = snapshot;
    return doc;
}

// A small document for the golden file: one of most things, readable at a glance.
inline document::Document smallDocument()
{
    document::Document doc;
    doc.name = QStringLiteral("Shop");
    doc.dialect = QStringLiteral("postgres");
    doc.model.schemas.append({id("sch_public"), QStringLiteral("public"), QString()});
    doc.model.enums.append({id("enm_status"),
                            id("sch_public"),
                            QStringLiteral("order_status"),
                            {QStringLiteral("pending"), QStringLiteral("paid")},
                            QString()});
    model::Table customer;
    customer.id = id("tbl_customer");
    customer.schemaId = id("sch_public");
    customer.name = QStringLiteral("customer");
    customer.columns.append(column("col_customer_id", QStringLiteral("id"), "bigint", false));
    model::Column email =
        column("col_customer_email", QStringLiteral("email"), "varchar(320)", false);
    email.pii = model::PiiCategory::Email;
    email.comment = QStringLiteral("Login name, \"unique\"");
    customer.columns.append(email);
    customer.primaryKey = model::KeyConstraint{
        id("pk_customer"), QStringLiteral("customer_pkey"), {id("col_customer_id")}};
    customer.uniques.append({id("uq_customer_email"), QString(), {id("col_customer_email")}});
    doc.model.tables.append(customer);

    model::Table order;
    order.id = id("tbl_order");
    order.schemaId = id("sch_public");
    order.name = QStringLiteral("order");
    order.columns.append(column("col_order_id", QStringLiteral("id"), "bigint", false));
    order.columns.back().identity = model::Identity::ByDefault;
    order.columns.append(
        column("col_order_customer", QStringLiteral("customer_id"), "bigint", false));
    model::Column status = column("col_order_status", QStringLiteral("status"), "enum", false);
    status.type.enumId = id("enm_status");
    status.defaultValue = {model::ColumnDefault::Kind::Literal, QStringLiteral("pending")};
    order.columns.append(status);
    order.columns.append(column("col_order_total", QStringLiteral("total"), "numeric(10,2)"));
    order.primaryKey = model::KeyConstraint{id("pk_order"), QString(), {id("col_order_id")}};
    order.checks.append({id("ck_order_total"), QString(), QStringLiteral("total >= 0")});
    model::ForeignKey fk;
    fk.id = id("fk_order_customer");
    fk.columnIds = {id("col_order_customer")};
    fk.referencedTableId = id("tbl_customer");
    fk.referencedColumnIds = {id("col_customer_id")};
    fk.onDelete = model::ReferentialAction::Cascade;
    order.foreignKeys.append(fk);
    model::Index ix;
    ix.id = id("idx_order_customer");
    model::IndexKey key;
    key.columnId = id("col_order_customer");
    ix.keys.append(key);
    order.indexes.append(ix);
    doc.model.tables.append(order);

    doc.layout.nodes.insert(id("tbl_order"), {320, 40, 0, 0, QString()});
    doc.layout.nodes.insert(id("tbl_customer"), {20, 40.5, 220, 0, QStringLiteral("#4a90d9")});
    doc.layout.subjectAreas.append({id("area_sales"),
                                    QStringLiteral("Sales"),
                                    QString(),
                                    {id("tbl_customer"), id("tbl_order")}});
    doc.layout.notes.append(
        {id("note_1"), QStringLiteral("Orders are never deleted."), 20, 300, 200, 80});
    return doc;
}

// A generated document of the size the performance targets name: `tables` tables of
// ten columns each, a primary key and an index per table, and 1.5 foreign keys per
// table on average, with a layout node per table. Seeded, so it is the same every run.
inline document::Document largeDocument(int tables)
{
    core::IdGenerator ids(42);
    document::Document doc;
    doc.name = QStringLiteral("Large");
    doc.model.schemas.append({ids.next(u"sch"), QStringLiteral("public"), QString()});
    const char* types[] = {"bigint",  "varchar(120)", "text", "numeric(12,2)", "timestamptz",
                           "boolean", "integer",      "uuid", "date",          "jsonb"};
    for (int t = 0; t < tables; ++t) {
        model::Table table;
        table.id = ids.next(u"tbl");
        table.schemaId = doc.model.schemas[0].id;
        table.name = QStringLiteral("table_%1").arg(t);
        table.comment = QStringLiteral("Generated table number %1").arg(t);
        for (int c = 0; c < 10; ++c) {
            model::Column col;
            col.id = ids.next(u"col");
            col.name = QStringLiteral("column_%1").arg(c);
            col.type = type(types[c]);
            col.nullable = c > 1;
            if (c == 4)
                col.defaultValue = {model::ColumnDefault::Kind::CurrentTimestamp, QString()};
            table.columns.append(col);
        }
        table.primaryKey = model::KeyConstraint{ids.next(u"pk"), QString(), {table.columns[0].id}};
        model::Index ix;
        ix.id = ids.next(u"idx");
        model::IndexKey key;
        key.columnId = table.columns[1].id;
        ix.keys.append(key);
        table.indexes.append(ix);
        doc.model.tables.append(table);
        doc.layout.nodes.insert(table.id,
                                {double(t % 50) * 260.5, double(t / 50) * 220, 220, 0, QString()});
    }
    // 3 foreign keys for every 2 tables, each to an earlier table's primary key.
    for (int t = 1; t < tables; ++t) {
        const int count = (t % 2 == 0) ? 2 : 1;
        for (int k = 0; k < count; ++k) {
            model::Table& from = doc.model.tables[t];
            const model::Table& to = doc.model.tables[(t * 7 + k * 13) % t];
            model::ForeignKey fk;
            fk.id = ids.next(u"fk");
            fk.columnIds = {from.columns[6 + k].id};
            fk.referencedTableId = to.id;
            fk.referencedColumnIds = {to.columns[0].id};
            fk.onDelete = model::ReferentialAction::Cascade;
            from.foreignKeys.append(fk);
        }
    }
    return doc;
}

} // namespace schemata::testdocs
