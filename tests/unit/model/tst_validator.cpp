#include "model/validator.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <functional>

using namespace schemata;
using namespace Qt::StringLiterals;
using model::Diagnostic;
using model::Model;
using Mutation = std::function<void(Model&)>;
using Severity = Diagnostic::Severity;

Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(Severity)

namespace {

core::Id id(const char* text)
{
    return core::Id(QString::fromLatin1(text));
}

model::Column column(const char* columnId, const char* name, const char* type, bool nullable)
{
    model::Column c;
    c.id = id(columnId);
    c.name = QString::fromLatin1(name);
    c.type = *model::LogicalType::parse(QString::fromLatin1(type));
    c.nullable = nullable;
    return c;
}

// A small, clean model touching every rule's subject: enum column with a default,
// identity, PII with retention, collation, generated column, FK, CHECK, indexes
// with INCLUDE and an expression, a view. Each test row breaks exactly one thing.
Model baseModel()
{
    Model m;
    m.schemas.append({id("sch_public"), QStringLiteral("public"), {}});

    model::EnumType status;
    status.id = id("enm_status");
    status.schemaId = id("sch_public");
    status.name = QStringLiteral("customer_status");
    status.values = {QStringLiteral("active"), QStringLiteral("blocked")};
    m.enums.append(status);

    model::Table customer;
    customer.id = id("tbl_customer");
    customer.schemaId = id("sch_public");
    customer.name = QStringLiteral("customer");
    auto customerId = column("col_customer_id", "id", "bigint", false);
    customerId.identity = model::Identity::Always;
    auto email = column("col_customer_email", "email", "varchar(320)", false);
    email.pii = model::PiiCategory::Email;
    email.retention = QStringLiteral("P2Y");
    auto statusColumn = column("col_customer_status", "status", "enum", false);
    statusColumn.type.enumId = id("enm_status");
    statusColumn.defaultValue = {model::ColumnDefault::Kind::Literal, QStringLiteral("active")};
    auto name = column("col_customer_name", "name", "text", true);
    name.collation = QStringLiteral("C");
    customer.columns = {customerId, email, statusColumn, name};
    customer.primaryKey =
        model::KeyConstraint{id("pk_customer"), QStringLiteral("customer_pkey"), {customerId.id}};
    customer.uniques.append(
        {id("uq_customer_email"), QStringLiteral("customer_email_key"), {email.id}});
    m.tables.append(customer);

    model::Table order;
    order.id = id("tbl_order");
    order.schemaId = id("sch_public");
    order.name = QStringLiteral("order");
    auto total = column("col_order_total", "total", "numeric(10,2)", false);
    total.defaultValue = {model::ColumnDefault::Kind::Literal, QStringLiteral("0")};
    auto withTax = column("col_order_total_tax", "total_with_tax", "numeric(10,2)", true);
    withTax.generatedExpression = QStringLiteral("total * 1.2");
    auto created = column("col_order_created", "created_at", "timestamptz", false);
    created.defaultValue = {model::ColumnDefault::Kind::CurrentTimestamp, {}};
    order.columns = {column("col_order_id", "id", "bigint", false),
                     column("col_order_customer", "customer_id", "bigint", false), total, withTax,
                     created};
    order.primaryKey =
        model::KeyConstraint{id("pk_order"), QStringLiteral("order_pkey"), {id("col_order_id")}};
    order.checks.append(
        {id("ck_order_total"), QStringLiteral("order_total_check"), QStringLiteral("total >= 0")});
    model::ForeignKey fk;
    fk.id = id("fk_order_customer");
    fk.name = QStringLiteral("order_customer_id_fkey");
    fk.columnIds = {id("col_order_customer")};
    fk.referencedTableId = id("tbl_customer");
    fk.referencedColumnIds = {id("col_customer_id")};
    fk.onDelete = model::ReferentialAction::Cascade;
    order.foreignKeys.append(fk);
    model::Index byCustomer;
    byCustomer.id = id("idx_order_customer");
    byCustomer.name = QStringLiteral("order_customer_idx");
    byCustomer.keys = {model::IndexKey{id("col_order_customer"), {}, {}, {}}};
    byCustomer.includeColumnIds = {id("col_order_total")};
    model::Index recent;
    recent.id = id("idx_order_recent");
    recent.name = QStringLiteral("order_recent_idx");
    recent.keys = {model::IndexKey{id("col_order_created"), {}, model::IndexKey::Sort::Desc, {}},
                   model::IndexKey{{}, QStringLiteral("abs(total)"), {}, {}}};
    recent.where = QStringLiteral("total > 0");
    order.indexes = {byCustomer, recent};
    m.tables.append(order);

    m.views.append({id("viw_big"),
                    id("sch_public"),
                    QStringLiteral("big_orders"),
                    QStringLiteral("SELECT id FROM \"order\" WHERE total > 100"),
                    {}});
    return m;
}

model::Table& table(Model& m, const char* tableId)
{
    return *m.table(id(tableId));
}

// Two domains as PostgreSQL's Sakila has them, and columns declared with them (the
// columns repeat the base type): "year" over integer with a CHECK, "customer_state"
// over the enum with NOT NULL and a DEFAULT.
void addDomains(Model& m)
{
    model::DomainType year;
    year.id = id("dom_year");
    year.schemaId = id("sch_public");
    year.name = QStringLiteral("year");
    year.baseType = *model::LogicalType::parse(u"integer");
    year.checks.append({id("ck_year"), QStringLiteral("year_check"),
                        QStringLiteral("VALUE >= 1901 AND VALUE <= 2155")});
    m.domains.append(year);
    model::DomainType state;
    state.id = id("dom_state");
    state.schemaId = id("sch_public");
    state.name = QStringLiteral("customer_state");
    state.baseType = *model::LogicalType::parse(u"enum");
    state.baseType.enumId = id("enm_status");
    state.notNull = true;
    state.defaultExpression = QStringLiteral("'active'");
    m.domains.append(state);
    auto since = column("col_order_year", "year", "integer", true);
    since.type.domainId = year.id;
    m.tables[1].columns.append(since);
    m.tables[0].columns[2].type.domainId = state.id;
}

model::DomainType& domain(Model& m, const char* domainId)
{
    for (model::DomainType& d : m.domains) {
        if (d.id == id(domainId))
            return d;
    }
    qFatal("test input: no domain %s", domainId);
}

model::Column& col(Model& m, const char* tableId, const char* columnId)
{
    return *table(m, tableId).column(id(columnId));
}

QStringList codes(const model::Diagnostics& diagnostics)
{
    QStringList result;
    for (const Diagnostic& d : diagnostics)
        result.append(d.code);
    return result;
}

QString dump(const model::Diagnostics& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QStringList>("expectedCodes"); // all codes, in report order
        QTest::addColumn<Severity>("severity");         // of the first
        QTest::addColumn<QString>("path");              // of the first

        const auto E = Severity::Error;
        const auto W = Severity::Warning;
        const auto I = Severity::Info;
        auto row = [](const char* name, Mutation m, QStringList expected, Severity s,
                      const char* path) {
            QTest::newRow(name) << m << expected << s << QString::fromUtf8(path);
        };
        using L = QStringList;
        const QString dupPkey = QStringLiteral("duplicate-constraint-name");

        // Names
        row(
            "empty schema name", [](Model& m) { m.schemas[0].name.clear(); }, L{u"empty-name"_s}, E,
            "<sch_public>");
        row(
            "blank table name", [](Model& m) { table(m, "tbl_order").name = QStringLiteral(" "); },
            L{u"empty-name"_s}, E, "public. ");
        row(
            "empty column name",
            [](Model& m) { col(m, "tbl_order", "col_order_total").name.clear(); },
            L{u"empty-name"_s}, E, "public.order.<col_order_total>");
        row(
            "empty enum name", [](Model& m) { m.enums[0].name.clear(); }, L{u"empty-name"_s}, E,
            "public.<enm_status>");
        row(
            "empty view name", [](Model& m) { m.views[0].name.clear(); }, L{u"empty-name"_s}, E,
            "public.<viw_big>");
        row(
            "duplicate schema name",
            [](Model& m) { m.schemas.append({id("sch_2"), QStringLiteral("public"), {}}); },
            L{u"duplicate-schema-name"_s}, E, "public");
        row(
            "duplicate table name",
            [](Model& m) { table(m, "tbl_customer").name = QStringLiteral("order"); },
            L{u"duplicate-relation-name"_s}, E, "public.order");
        row(
            "view named like a table",
            [](Model& m) { m.views[0].name = QStringLiteral("customer"); },
            L{u"duplicate-relation-name"_s}, E, "public.customer");
        row(
            "case-only table/view clash",
            [](Model& m) { m.views[0].name = QStringLiteral("Customer"); },
            L{u"name-differs-only-in-case"_s}, W, "public.Customer");
        row(
            "enum named like a table",
            [](Model& m) { m.enums[0].name = QStringLiteral("customer"); },
            L{u"duplicate-type-name"_s}, E, "public.customer");
        row(
            "duplicate enum name",
            [](Model& m) {
                m.enums.append({id("enm_2"),
                                id("sch_public"),
                                QStringLiteral("customer_status"),
                                {QStringLiteral("x")},
                                {}});
            },
            L{u"duplicate-type-name"_s}, E, "public.customer_status");
        row(
            "same table name in two schemas is fine",
            [](Model& m) {
                m.schemas.append({id("sch_billing"), QStringLiteral("billing"), {}});
                m.views[0].schemaId = id("sch_billing");
                m.views[0].name = QStringLiteral("customer");
            },
            L{}, E, "");
        row(
            "duplicate column name",
            [](Model& m) { col(m, "tbl_order", "col_order_total_tax").name = u"total"_s; },
            L{u"duplicate-column-name"_s}, E, "public.order.total");
        row(
            "case-only column clash",
            [](Model& m) { col(m, "tbl_order", "col_order_total_tax").name = u"Total"_s; },
            L{u"name-differs-only-in-case"_s}, W, "public.order.Total");
        row(
            "index named like a table",
            [](Model& m) { table(m, "tbl_order").indexes[0].name = u"customer"_s; }, L{dupPkey}, E,
            "public.order.customer");
        row(
            "index named like another table's key",
            [](Model& m) { table(m, "tbl_order").indexes[1].name = u"customer_pkey"_s; },
            L{dupPkey}, E, "public.order.customer_pkey");
        row(
            "two indexes with one name",
            [](Model& m) { table(m, "tbl_order").indexes[1].name = u"order_customer_idx"_s; },
            L{dupPkey}, E, "public.order.order_customer_idx");
        row(
            "fk and check share a name",
            [](Model& m) { table(m, "tbl_order").checks[0].name = u"order_customer_id_fkey"_s; },
            L{dupPkey}, E, "public.order.order_customer_id_fkey");
        row(
            "check name reused in another table",
            [](Model& m) {
                table(m, "tbl_customer")
                    .checks.append({id("ck_2"), u"order_total_check"_s, u"id > 0"_s});
            },
            L{u"constraint-name-reused"_s}, W, "public.order.order_total_check");

        // Ids and references
        row(
            "duplicate id", [](Model& m) { m.views[0].id = id("tbl_order"); }, L{u"duplicate-id"_s},
            E, "public.big_orders");
        row(
            "missing id", [](Model& m) { table(m, "tbl_order").checks[0].id = core::Id(); },
            L{u"missing-id"_s}, E, "public.order.order_total_check");
        row(
            "unknown schema", [](Model& m) { table(m, "tbl_order").schemaId = id("sch_nope"); },
            L{u"unknown-schema"_s}, E, "order");
        row(
            "unknown enum",
            [](Model& m) { col(m, "tbl_customer", "col_customer_status").type.enumId = id("x"); },
            L{u"unknown-enum"_s}, E, "public.customer.status");
        row(
            "enum column without enum",
            [](Model& m) {
                col(m, "tbl_customer", "col_customer_status").type.enumId = core::Id();
            },
            L{u"enum-column-without-enum"_s}, E, "public.customer.status");
        row(
            "default not in enum",
            [](Model& m) {
                col(m, "tbl_customer", "col_customer_status").defaultValue.value = u"gone"_s;
            },
            L{u"default-not-in-enum"_s}, E, "public.customer.status");
        row(
            "unknown primary key column",
            [](Model& m) { table(m, "tbl_order").primaryKey->columnIds = {id("col_nope")}; },
            L{u"unknown-column"_s}, E, "public.order.order_pkey");
        row(
            "index on another table's column",
            [](Model& m) {
                table(m, "tbl_order").indexes[0].keys[0].columnId = id("col_customer_email");
            },
            L{u"unknown-column"_s}, E, "public.order.order_customer_idx");
        row(
            "unknown include column",
            [](Model& m) { table(m, "tbl_order").indexes[0].includeColumnIds = {id("nope")}; },
            L{u"unknown-column"_s}, E, "public.order.order_customer_idx");
        row(
            "repeated key column",
            [](Model& m) {
                table(m, "tbl_customer").uniques[0].columnIds.append(id("col_customer_email"));
            },
            L{u"duplicate-key-column"_s}, E, "public.customer.customer_email_key");
        row(
            "unique without columns",
            [](Model& m) { table(m, "tbl_customer").uniques[0].columnIds.clear(); },
            L{u"key-without-columns"_s}, E, "public.customer.customer_email_key");

        // Foreign keys
        row(
            "fk to unknown table",
            [](Model& m) { table(m, "tbl_order").foreignKeys[0].referencedTableId = id("t"); },
            L{u"unknown-referenced-table"_s}, E, "public.order.order_customer_id_fkey");
        row(
            "fk to unknown column",
            [](Model& m) {
                table(m, "tbl_order").foreignKeys[0].referencedColumnIds = {id("col_order_id")};
            },
            L{u"unknown-referenced-column"_s}, E, "public.order.order_customer_id_fkey");
        row(
            "fk column count mismatch",
            [](Model& m) {
                table(m, "tbl_order")
                    .foreignKeys[0]
                    .referencedColumnIds.append(id("col_customer_email"));
            },
            L{u"fk-column-count-mismatch"_s}, E, "public.order.order_customer_id_fkey");
        row(
            "fk without columns",
            [](Model& m) {
                auto& fk = table(m, "tbl_order").foreignKeys[0];
                fk.columnIds.clear();
                fk.referencedColumnIds.clear();
            },
            L{u"fk-without-columns"_s}, E, "public.order.order_customer_id_fkey");
        row(
            "fk integer to bigint",
            [](Model& m) {
                col(m, "tbl_order", "col_order_customer").type.kind =
                    model::LogicalType::Kind::Integer;
            },
            L{u"fk-type-widen"_s}, W, "public.order.customer_id");
        row(
            "fk text to bigint",
            [](Model& m) {
                col(m, "tbl_order", "col_order_customer").type.kind =
                    model::LogicalType::Kind::Text;
            },
            L{u"fk-type-mismatch"_s}, E, "public.order.customer_id");
        row(
            "fk to non-unique columns",
            [](Model& m) {
                col(m, "tbl_order", "col_order_customer").type = model::LogicalType{};
                table(m, "tbl_order").foreignKeys[0].referencedColumnIds = {
                    id("col_customer_name")};
            },
            L{u"fk-target-not-unique"_s}, E, "public.order.order_customer_id_fkey");
        row(
            "fk to partial unique index",
            [](Model& m) {
                col(m, "tbl_order", "col_order_customer").type = model::LogicalType{};
                auto& fk = table(m, "tbl_order").foreignKeys[0];
                fk.referencedColumnIds = {id("col_customer_name")};
                model::Index unique;
                unique.id = id("idx_u");
                unique.unique = true;
                unique.keys = {model::IndexKey{id("col_customer_name"), {}, {}, {}}};
                unique.where = u"name <> ''"_s;
                table(m, "tbl_customer").indexes.append(unique);
            },
            L{u"fk-target-not-unique"_s}, E, "public.order.order_customer_id_fkey");
        row(
            "initially deferred, not deferrable",
            [](Model& m) { table(m, "tbl_order").foreignKeys[0].initiallyDeferred = true; },
            L{u"initially-deferred-not-deferrable"_s}, E, "public.order.order_customer_id_fkey");
        row(
            "set null on not-null column",
            [](Model& m) {
                table(m, "tbl_order").foreignKeys[0].onDelete = model::ReferentialAction::SetNull;
            },
            L{u"fk-set-null-not-nullable"_s}, W, "public.order.customer_id");

        // Enums
        row(
            "enum without values", [](Model& m) { m.enums[0].values.clear(); },
            L{u"enum-without-values"_s, u"default-not-in-enum"_s}, E, "public.customer_status");
        row(
            "duplicate enum value", [](Model& m) { m.enums[0].values.append(u"active"_s); },
            L{u"duplicate-enum-value"_s}, E, "public.customer_status");

        // Columns
        row(
            "nullable primary key column",
            [](Model& m) { col(m, "tbl_order", "col_order_id").nullable = true; },
            L{u"pk-nullable-column"_s}, W, "public.order.id");
        row(
            "identity on varchar",
            [](Model& m) {
                col(m, "tbl_customer", "col_customer_email").identity = model::Identity::ByDefault;
            },
            L{u"identity-non-integer"_s}, E, "public.customer.email");
        row(
            "identity with default",
            [](Model& m) {
                col(m, "tbl_customer", "col_customer_id").defaultValue = {
                    model::ColumnDefault::Kind::Literal, u"1"_s};
            },
            L{u"identity-with-default"_s}, E, "public.customer.id");
        row(
            "nullable identity",
            [](Model& m) { col(m, "tbl_customer", "col_customer_id").nullable = true; },
            L{u"identity-nullable"_s, u"pk-nullable-column"_s}, W, "public.customer.id");
        row(
            "generated with default",
            [](Model& m) {
                col(m, "tbl_order", "col_order_total_tax").defaultValue = {
                    model::ColumnDefault::Kind::Literal, u"0"_s};
            },
            L{u"generated-with-default"_s}, E, "public.order.total_with_tax");
        row(
            "generated identity",
            [](Model& m) {
                auto& c = col(m, "tbl_order", "col_order_total_tax");
                c.type = *model::LogicalType::parse(u"bigint");
                c.nullable = false;
                c.identity = model::Identity::Always;
            },
            L{u"generated-with-identity"_s}, E, "public.order.total_with_tax");
        row(
            "collation on numeric",
            [](Model& m) { col(m, "tbl_order", "col_order_total").collation = u"C"_s; },
            L{u"collation-non-text"_s}, E, "public.order.total");
        row(
            "varchar(0)",
            [](Model& m) { col(m, "tbl_customer", "col_customer_email").type.length = 0; },
            L{u"invalid-type-parameters"_s}, E, "public.customer.email");
        row(
            "numeric scale above precision",
            [](Model& m) { col(m, "tbl_order", "col_order_total").type.scale = 12; },
            L{u"invalid-type-parameters"_s}, E, "public.order.total");
        row(
            "timestamp(9)",
            [](Model& m) { col(m, "tbl_order", "col_order_created").type.precision = 9; },
            L{u"invalid-type-parameters"_s}, E, "public.order.created_at");
        row(
            "empty default expression",
            [](Model& m) {
                col(m, "tbl_order", "col_order_total").defaultValue = {
                    model::ColumnDefault::Kind::Expression, u" "_s};
            },
            L{u"empty-default-expression"_s}, E, "public.order.total");
        row(
            "pii without retention",
            [](Model& m) { col(m, "tbl_customer", "col_customer_email").retention.clear(); },
            L{u"pii-without-retention"_s}, I, "public.customer.email");

        // Tables, constraints, indexes, views
        row(
            "table without primary key", [](Model& m) { table(m, "tbl_order").primaryKey.reset(); },
            L{u"table-without-primary-key"_s}, W, "public.order");
        row(
            "fk target loses its key",
            [](Model& m) { table(m, "tbl_customer").primaryKey.reset(); },
            L{u"table-without-primary-key"_s, u"fk-target-not-unique"_s}, W, "public.customer");
        row(
            "table without columns",
            [](Model& m) {
                model::Table t;
                t.id = id("tbl_empty");
                t.schemaId = id("sch_public");
                t.name = u"empty"_s;
                m.tables.append(t);
            },
            L{u"table-without-columns"_s, u"table-without-primary-key"_s}, E, "public.empty");
        row(
            "empty check", [](Model& m) { table(m, "tbl_order").checks[0].expression.clear(); },
            L{u"empty-check-expression"_s}, E, "public.order.order_total_check");
        row(
            "index without keys", [](Model& m) { table(m, "tbl_order").indexes[0].keys.clear(); },
            L{u"index-without-keys"_s}, E, "public.order.order_customer_idx");
        row(
            "index key with neither column nor expression",
            [](Model& m) { table(m, "tbl_order").indexes[1].keys[0].columnId = core::Id(); },
            L{u"invalid-index-key"_s}, E, "public.order.order_recent_idx");
        row(
            "index key with both",
            [](Model& m) { table(m, "tbl_order").indexes[1].keys[0].expression = u"1"_s; },
            L{u"invalid-index-key"_s}, E, "public.order.order_recent_idx");
        row(
            "empty view sql", [](Model& m) { m.views[0].sql = u"  "_s; }, L{u"empty-view-sql"_s}, E,
            "public.big_orders");

        // Domains (addDomains() alone is clean: see accepted()).
        row(
            "domain named like an enum",
            [](Model& m) {
                addDomains(m);
                domain(m, "dom_year").name = u"customer_status"_s;
            },
            L{u"duplicate-type-name"_s}, E, "public.customer_status");
        row(
            "two domains of one name",
            [](Model& m) {
                addDomains(m);
                domain(m, "dom_state").name = u"year"_s;
            },
            L{u"duplicate-type-name"_s}, E, "public.year");
        row(
            "same domain name in two schemas is fine",
            [](Model& m) {
                addDomains(m);
                m.schemas.append({id("sch_billing"), QStringLiteral("billing"), {}});
                domain(m, "dom_state").name = u"year"_s;
                domain(m, "dom_state").schemaId = id("sch_billing");
            },
            L{}, E, "");
        row(
            "table named like a domain",
            [](Model& m) {
                addDomains(m);
                table(m, "tbl_customer").name = u"year"_s;
            },
            L{u"duplicate-type-name"_s}, E, "public.year");
        row(
            "domain without name",
            [](Model& m) {
                addDomains(m);
                domain(m, "dom_year").name.clear();
            },
            L{u"empty-name"_s}, E, "public.<dom_year>");
        row(
            "domain in a missing schema",
            [](Model& m) {
                addDomains(m);
                domain(m, "dom_year").schemaId = id("sch_gone");
            },
            L{u"unknown-schema"_s}, E, "year");
        row(
            "domain over a domain",
            [](Model& m) {
                addDomains(m);
                domain(m, "dom_year").baseType.domainId = id("dom_state");
            },
            L{u"domain-over-domain"_s}, E, "public.year");
        row(
            "domain over a missing enum",
            [](Model& m) {
                addDomains(m);
                domain(m, "dom_state").baseType.enumId = id("enm_gone");
                col(m, "tbl_customer", "col_customer_status").type.enumId = id("enm_gone");
            },
            L{u"unknown-enum"_s, u"unknown-enum"_s}, E, "public.customer_state");
        row(
            "domain with invalid base type",
            [](Model& m) {
                addDomains(m);
                domain(m, "dom_year").baseType = *model::LogicalType::parse(u"varchar(1)");
                domain(m, "dom_year").baseType.length = 0;
            },
            L{u"invalid-type-parameters"_s, u"domain-type-mismatch"_s}, E, "public.year");
        row(
            "domain collation on integer",
            [](Model& m) {
                addDomains(m);
                domain(m, "dom_year").collation = u"C"_s;
            },
            L{u"collation-non-text"_s}, E, "public.year");
        row(
            "empty domain check",
            [](Model& m) {
                addDomains(m);
                domain(m, "dom_year").checks[0].expression = u" "_s;
            },
            L{u"empty-check-expression"_s}, E, "public.year.year_check");
        row(
            "two domain checks of one name",
            [](Model& m) {
                addDomains(m);
                domain(m, "dom_year")
                    .checks.append({id("ck_year_2"), u"year_check"_s, u"VALUE > 0"_s});
            },
            L{u"duplicate-constraint-name"_s}, E, "public.year.year_check");
        row(
            "domain check id reused",
            [](Model& m) {
                addDomains(m);
                domain(m, "dom_year").checks[0].id = id("dom_state");
            },
            L{u"duplicate-id"_s}, E, "public.customer_state");
        row(
            "column of a missing domain",
            [](Model& m) {
                addDomains(m);
                col(m, "tbl_order", "col_order_year").type.domainId = id("dom_gone");
            },
            L{u"unknown-domain"_s}, E, "public.order.year");
        row(
            "column of an enum id as domain",
            [](Model& m) {
                addDomains(m);
                col(m, "tbl_order", "col_order_year").type.domainId = id("enm_status");
            },
            L{u"unknown-domain"_s}, E, "public.order.year");
        row(
            "column type differs from its domain",
            [](Model& m) {
                addDomains(m);
                col(m, "tbl_order", "col_order_year").type.kind = model::LogicalType::Kind::BigInt;
            },
            L{u"domain-type-mismatch"_s}, W, "public.order.year");
        row(
            "column override differs from its domain",
            [](Model& m) {
                addDomains(m);
                col(m, "tbl_order", "col_order_year").type.overrides.insert(u"mysql"_s, u"YEAR"_s);
            },
            L{u"domain-type-mismatch"_s}, W, "public.order.year");
    }

    void findings()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QStringList, expectedCodes);
        QFETCH(Severity, severity);
        QFETCH(QString, path);

        Model m = baseModel();
        mutate(m);
        const model::Diagnostics diagnostics = model::validateModel(m);
        QVERIFY2(codes(diagnostics) == expectedCodes, qPrintable(dump(diagnostics)));
        if (expectedCodes.isEmpty())
            return;
        const Diagnostic& first = diagnostics.first();
        QCOMPARE(first.severity, severity);
        QCOMPARE(first.path, path);
        QVERIFY(!first.message.isEmpty());
        QVERIFY2(first.message.endsWith(QLatin1Char('.')), qPrintable(first.message));
    }

    void accepted_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::newRow("base model") << Mutation([](Model&) {});
        QTest::newRow("domains") << Mutation(addDomains);
        QTest::newRow("domain over text with collation, unnamed checks") << Mutation([](Model& m) {
            addDomains(m);
            model::DomainType& year = domain(m, "dom_year");
            year.baseType = *model::LogicalType::parse(u"varchar(4)");
            year.collation = u"C"_s;
            year.checks.append({id("ck_year_2"), QString(), u"VALUE <> ''"_s});
            year.checks.append({id("ck_year_3"), QString(), u"VALUE <> '0000'"_s});
            col(m, "tbl_order", "col_order_year").type = year.baseType;
            col(m, "tbl_order", "col_order_year").type.domainId = year.id;
        });
        QTest::newRow("fk onto a unique constraint") << Mutation([](Model& m) {
            col(m, "tbl_order", "col_order_customer").type =
                *model::LogicalType::parse(u"varchar(320)");
            table(m, "tbl_order").foreignKeys[0].referencedColumnIds = {id("col_customer_email")};
        });
        QTest::newRow("fk onto a full unique index") << Mutation([](Model& m) {
            col(m, "tbl_order", "col_order_customer").type = model::LogicalType{};
            table(m, "tbl_order").foreignKeys[0].referencedColumnIds = {id("col_customer_name")};
            model::Index unique;
            unique.id = id("idx_u");
            unique.name = u"customer_name_key"_s;
            unique.unique = true;
            unique.keys = {model::IndexKey{id("col_customer_name"), {}, {}, {}}};
            table(m, "tbl_customer").indexes.append(unique);
        });
        QTest::newRow("composite fk in other column order") << Mutation([](Model& m) {
            auto& customer = table(m, "tbl_customer");
            customer.uniques[0].columnIds = {id("col_customer_email"), id("col_customer_id")};
            auto& order = table(m, "tbl_order");
            auto extra = column("col_order_email", "customer_email", "varchar(320)", false);
            order.columns.append(extra);
            order.foreignKeys[0].columnIds = {id("col_order_customer"), extra.id};
            order.foreignKeys[0].referencedColumnIds = {id("col_customer_id"),
                                                        id("col_customer_email")};
        });
        QTest::newRow("self reference") << Mutation([](Model& m) {
            auto& order = table(m, "tbl_order");
            order.columns.append(column("col_order_parent", "parent_id", "bigint", true));
            model::ForeignKey fk;
            fk.id = id("fk_parent");
            fk.name = u"order_parent_fkey"_s;
            fk.columnIds = {id("col_order_parent")};
            fk.referencedTableId = order.id;
            fk.referencedColumnIds = {id("col_order_id")};
            fk.onDelete = model::ReferentialAction::SetNull;
            fk.deferrable = true;
            fk.initiallyDeferred = true;
            order.foreignKeys.append(fk);
        });
        QTest::newRow("unnamed constraints") << Mutation([](Model& m) {
            auto& order = table(m, "tbl_order");
            order.primaryKey->name.clear();
            order.checks[0].name.clear();
            order.foreignKeys[0].name.clear();
            order.indexes[0].name.clear();
            order.indexes[1].name.clear();
        });
        for (const char* retention :
             {"P90D", "P2Y", "P1Y6M", "P4W", "PT36H", "P1Y2M10DT2H30M", "PT0.5S", "P0D"}) {
            QTest::newRow(retention) << Mutation([retention](Model& m) {
                col(m, "tbl_customer", "col_customer_email").retention =
                    QString::fromLatin1(retention);
            });
        }
    }

    void accepted()
    {
        QFETCH(Mutation, mutate);
        Model m = baseModel();
        mutate(m);
        const model::Diagnostics diagnostics = model::validateModel(m);
        QVERIFY2(diagnostics.isEmpty(), qPrintable(dump(diagnostics)));
    }

    void invalidRetention_data()
    {
        QTest::addColumn<QString>("retention");
        for (const char* text : {"2 years", "P", "PT", "P1H", "p2y", "P1.5Y", "P2W3D", "P1DT",
                                 "90 days", "PT1M2H", "-P1D"})
            QTest::newRow(text) << QString::fromLatin1(text);
    }

    void invalidRetention()
    {
        QFETCH(QString, retention);
        Model m = baseModel();
        col(m, "tbl_customer", "col_customer_email").retention = retention;
        const model::Diagnostics diagnostics = model::validateModel(m);
        QCOMPARE(codes(diagnostics), QStringList{u"invalid-retention"_s});
        QCOMPARE(diagnostics.first().objectId, id("col_customer_email"));
        QVERIFY(diagnostics.first().message.contains(retention));
    }

    // Findings come in model order (schemas, enums, tables, views; within a table its
    // columns, then keys, checks, FKs, indexes), and two runs give identical output.
    void modelOrderAndDeterminism()
    {
        Model m = baseModel();
        m.views[0].sql.clear();
        table(m, "tbl_order").indexes[0].keys.clear();
        col(m, "tbl_order", "col_order_total").name.clear();
        table(m, "tbl_customer").primaryKey.reset();
        m.enums[0].values.append(u"blocked"_s);
        const model::Diagnostics first = model::validateModel(m);
        QCOMPARE(
            codes(first),
            (QStringList{u"duplicate-enum-value"_s, u"table-without-primary-key"_s, u"empty-name"_s,
                         u"fk-target-not-unique"_s, u"index-without-keys"_s, u"empty-view-sql"_s}));
        QCOMPARE(model::validateModel(m), first);
    }

    void diagnosticText()
    {
        Model m = baseModel();
        col(m, "tbl_order", "col_order_customer").type.kind = model::LogicalType::Kind::Text;
        const model::Diagnostics diagnostics = model::validateModel(m);
        QCOMPARE(diagnostics.size(), 1);
        const QString text = diagnostics.first().toString();
        QVERIFY2(text.startsWith(u"error[fk-type-mismatch] public.order.customer_id: "_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"\"customer\".\"id\" (bigint)"_s), qPrintable(text));
        QCOMPARE(diagnostics.first().objectId, id("col_order_customer"));
    }

    void domainMismatchNamesBothTypes()
    {
        Model m = baseModel();
        addDomains(m);
        col(m, "tbl_order", "col_order_year").type.kind = model::LogicalType::Kind::BigInt;
        model::Diagnostics diagnostics = model::validateModel(m);
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().toString(),
                 u"warning[domain-type-mismatch] public.order.year: The column's type bigint "
                 "differs from the base type integer of its domain \"year\"; set the column's "
                 "type to the domain's base type."_s);
        QCOMPARE(diagnostics.first().objectId, id("col_order_year"));

        // Same text, different enum: said so, since both types read "enum".
        m = baseModel();
        addDomains(m);
        m.enums.append({id("enm_other"), id("sch_public"), u"other"_s, {u"active"_s}, {}});
        col(m, "tbl_customer", "col_customer_status").type.enumId = id("enm_other");
        diagnostics = model::validateModel(m);
        QCOMPARE(diagnostics.size(), 1);
        QVERIFY2(diagnostics.first().message.contains(
                     u"type enum differs from the base type enum of its domain \"customer_state\" "
                     "(their enum or dialect overrides differ)"_s),
                 qPrintable(diagnostics.first().message));
    }

    void objectPaths()
    {
        const Model m = baseModel();
        QCOMPARE(model::objectPath(m, *m.table(id("tbl_order"))), u"public.order"_s);
        QCOMPARE(model::objectPath(m, *m.table(id("tbl_order")), u"customer_id"),
                 u"public.order.customer_id"_s);
        model::Table orphan;
        orphan.id = id("tbl_x");
        QCOMPARE(model::objectPath(m, orphan), u"<tbl_x>"_s);
    }

    // Models broken in several ways at once (shared ids across kinds, dangling and
    // cross-table references, emptied lists): the validator must not crash, must stay
    // deterministic, and must report at least one error for the damage done.
    void randomDamage()
    {
        QRandomGenerator random(20261122);
        const QList<Mutation> damage = {
            [](Model& m) { m.tables[1].id = m.tables[0].id; },
            [](Model& m) { m.tables[0].columns[1].id = m.tables[1].columns[0].id; },
            [](Model& m) { m.tables[1].columns.removeFirst(); },
            [](Model& m) { m.tables[0].columns.clear(); },
            [](Model& m) { m.schemas.clear(); },
            [](Model& m) { m.enums.clear(); },
            [](Model& m) { m.tables[1].foreignKeys[0].referencedTableId = m.tables[1].id; },
            [](Model& m) { m.tables[1].foreignKeys[0].referencedColumnIds.clear(); },
            [](Model& m) { m.tables[1].indexes[0].keys[0] = model::IndexKey{}; },
            [](Model& m) { m.views[0].id = m.tables[1].columns[2].id; },
            [](Model& m) { m.tables[1].primaryKey->columnIds = m.tables[0].primaryKey->columnIds; },
            [](Model& m) { m.enums[0].values.clear(); },
            [](Model& m) { m.tables.swapItemsAt(0, 1); }, // harmless on its own: keep last
        };
        const qsizetype harmless = damage.size() - 1;
        for (int round = 0; round < 300; ++round) {
            Model m = baseModel();
            const int steps = 1 + int(random.bounded(4));
            bool damaged = false;
            for (int s = 0; s < steps; ++s) {
                if (m.tables.size() < 2 || m.tables[0].columns.isEmpty() ||
                    m.tables[1].columns.size() < 3 || m.tables[1].foreignKeys.isEmpty() ||
                    m.tables[1].indexes.isEmpty() || m.enums.isEmpty() || !m.tables[1].primaryKey ||
                    !m.tables[0].primaryKey)
                    break;
                const qsizetype pick = random.bounded(int(damage.size()));
                damage[pick](m);
                damaged |= pick != harmless;
            }
            const model::Diagnostics first = model::validateModel(m);
            QCOMPARE(model::validateModel(m), first);
            if (damaged)
                QVERIFY2(model::hasErrors(first), qPrintable(dump(first)));
        }
    }

    // 2,000 tables / 20,000 columns / 3,000 FKs (the benchmark's size): every table
    // clean, so the result must be empty; the time is printed (bench/ tracks it).
    void largeModel()
    {
        Model m;
        m.schemas.append({id("sch"), u"public"_s, {}});
        for (int t = 0; t < 2000; ++t) {
            model::Table table;
            table.id = core::Id(u"tbl_%1"_s.arg(t));
            table.schemaId = id("sch");
            table.name = u"table_%1"_s.arg(t);
            for (int c = 0; c < 10; ++c) {
                model::Column column;
                column.id = core::Id(u"col_%1_%2"_s.arg(t).arg(c));
                column.name = u"column_%1"_s.arg(c);
                column.type.kind = model::LogicalType::Kind::BigInt;
                column.nullable = c != 0;
                table.columns.append(column);
            }
            table.primaryKey = model::KeyConstraint{
                core::Id(u"pk_%1"_s.arg(t)), u"table_%1_pkey"_s.arg(t), {table.columns[0].id}};
            for (int f = 0; f < (t % 2 == 0 ? 2 : 1) && t > 0; ++f) {
                const int target = (t * 7 + f * 13) % t;
                model::ForeignKey fk;
                fk.id = core::Id(u"fk_%1_%2"_s.arg(t).arg(f));
                fk.name = u"table_%1_fk_%2"_s.arg(t).arg(f);
                fk.columnIds = {table.columns[1 + f].id};
                fk.referencedTableId = core::Id(u"tbl_%1"_s.arg(target));
                fk.referencedColumnIds = {core::Id(u"col_%1_0"_s.arg(target))};
                table.foreignKeys.append(fk);
            }
            m.tables.append(table);
        }
        QElapsedTimer timer;
        timer.start();
        const model::Diagnostics diagnostics = model::validateModel(m);
        qInfo("validateModel on 2000 tables / 20000 columns: %lld ms", timer.elapsed());
        QVERIFY2(diagnostics.isEmpty(), qPrintable(dump(diagnostics.mid(0, 5))));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
