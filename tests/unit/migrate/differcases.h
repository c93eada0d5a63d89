#pragma once
// The differ test's base model and its by-id edit cases: each edit with the changes it
// must produce, as describeChange() lines worked out by hand. Used by tst_differ.cpp.

#include "migrate/differ.h"

#include <QStringList>
#include <functional>

namespace schemata::migrate::differtest {

using namespace Qt::StringLiterals;
using model::LogicalType;

inline core::Id id(const char* text)
{
    return core::Id(QString::fromLatin1(text));
}

inline model::Column makeColumn(const char* columnId, const char* name, const char* type,
                                bool nullable)
{
    model::Column column;
    column.id = id(columnId);
    column.name = QString::fromLatin1(name);
    column.type = LogicalType::parse(QString::fromLatin1(type)).value_or(LogicalType{});
    column.nullable = nullable;
    return column;
}

inline model::ColumnDefault literal(const char* value)
{
    return {model::ColumnDefault::Kind::Literal, QString::fromLatin1(value)};
}

// public.customer and public."order" (FK, check, index), an enum, an empty second schema
// and a view: one of everything the differ compares.
inline model::Model baseModel()
{
    model::Model m;
    m.schemas = {{id("sch_public"), u"public"_s, {}},
                 {id("sch_sales"), u"sales"_s, u"Sales data"_s}};
    m.enums = {{id("enm_status"), id("sch_public"), u"status"_s, {u"new"_s, u"paid"_s}, {}}};

    model::Table customer;
    customer.id = id("tbl_customer");
    customer.schemaId = id("sch_public");
    customer.name = u"customer"_s;
    customer.columns = {makeColumn("col_c_id", "id", "bigint", false),
                        makeColumn("col_c_name", "name", "varchar(100)", false),
                        makeColumn("col_c_email", "email", "varchar(320)", true)};
    customer.columns[0].identity = model::Identity::Always;
    customer.columns[2].pii = model::PiiCategory::Email;
    customer.primaryKey =
        model::KeyConstraint{id("pk_customer"), u"customer_pkey"_s, {id("col_c_id")}};
    customer.uniques = {{id("uq_customer_email"), u"customer_email_key"_s, {id("col_c_email")}}};

    model::Table order;
    order.id = id("tbl_order");
    order.schemaId = id("sch_public");
    order.name = u"order"_s;
    order.columns = {makeColumn("col_o_id", "id", "bigint", false),
                     makeColumn("col_o_customer", "customer_id", "bigint", false),
                     makeColumn("col_o_status", "status", "text", false),
                     makeColumn("col_o_total", "total", "numeric(10,2)", false),
                     makeColumn("col_o_note", "note", "text", true)};
    order.columns[2].type.kind = LogicalType::Kind::Enum;
    order.columns[2].type.enumId = id("enm_status");
    order.columns[2].defaultValue = literal("new");
    order.columns[3].defaultValue = literal("0");
    order.primaryKey = model::KeyConstraint{id("pk_order"), u"order_pkey"_s, {id("col_o_id")}};
    order.checks = {{id("chk_order_total"), u"order_total_check"_s, u"total >= 0"_s}};
    model::ForeignKey fk;
    fk.id = id("fk_order_customer");
    fk.name = u"order_customer_fkey"_s;
    fk.columnIds = {id("col_o_customer")};
    fk.referencedTableId = id("tbl_customer");
    fk.referencedColumnIds = {id("col_c_id")};
    fk.onDelete = model::ReferentialAction::Cascade;
    order.foreignKeys = {fk};
    model::Index index;
    index.id = id("idx_order_customer");
    index.name = u"order_customer_idx"_s;
    index.keys = {model::IndexKey{
        id("col_o_customer"), {}, model::IndexKey::Sort::Asc, model::IndexKey::Nulls::Default}};
    order.indexes = {index};

    m.tables = {customer, order};
    m.views = {{id("viw_big"),
                id("sch_public"),
                u"big_orders"_s,
                u"SELECT * FROM \"order\" WHERE total > 100"_s,
                {}}};
    return m;
}

inline model::Table& table(model::Model& m, const char* tableId)
{
    model::Table* t = m.table(id(tableId));
    if (!t)
        qFatal("no table %s", tableId);
    return *t;
}

inline model::Column& column(model::Model& m, const char* tableId, const char* columnId)
{
    model::Column* c = table(m, tableId).column(id(columnId));
    if (!c)
        qFatal("no column %s", columnId);
    return *c;
}

inline model::Table& order(model::Model& m)
{
    return table(m, "tbl_order");
}
inline model::Table& customer(model::Model& m)
{
    return table(m, "tbl_customer");
}
inline model::Column& note(model::Model& m)
{
    return column(m, "tbl_order", "col_o_note");
}

// public.short_text: a domain over text with one named check (the domain cases add it to
// one side or both).
inline model::DomainType shortText()
{
    model::DomainType d;
    d.id = id("dom_short");
    d.schemaId = id("sch_public");
    d.name = u"short_text"_s;
    d.baseType = LogicalType::parse(u"text"_s).value_or(LogicalType{});
    d.checks = {{id("chk_short_len"), u"short_text_length"_s, u"length(VALUE) < 1000"_s}};
    return d;
}

inline QStringList describe(const migrate::ChangeSet& changes)
{
    QStringList lines;
    for (const migrate::Change& change : changes.changes)
        lines.append(migrate::describeChange(change));
    return lines;
}

inline QStringList describe(const QList<migrate::RenameCandidate>& candidates)
{
    QStringList lines;
    for (const migrate::RenameCandidate& c : candidates)
        lines.append(QStringLiteral("%1 %2 -> %3 (%4)")
                         .arg(migrate::objectKindName(c.kind), c.fromPath, c.toPath)
                         .arg(c.score));
    return lines;
}

// One edit: it changes the old model (`from`, rarely) and the new one (`to`), both
// starting as baseModel().
struct EditCase
{
    const char* name;
    std::function<void(model::Model& from, model::Model& to)> edit;
    QStringList expected;
};

inline QList<EditCase> byIdCases()
{
    using M = model::Model;
    return {
        {"identical", [](M&, M&) {}, {}},
        // schemas
        {"schema add",
         [](M&, M& to) { to.schemas.append({id("sch_audit"), u"audit"_s, {}}); },
         {u"add schema audit"_s}},
        {"schema drop", [](M&, M& to) { to.schemas.removeAt(1); }, {u"drop schema sales"_s}},
        {"schema rename",
         [](M&, M& to) { to.schemas[1].name = u"shop"_s; },
         {u"rename schema shop"_s}},
        {"schema comment",
         [](M&, M& to) { to.schemas[1].comment.clear(); },
         {u"alter schema sales (comment)"_s}},
        // enums
        {"enum add",
         [](M&, M& to) {
             to.enums.append({id("enm_level"), id("sch_public"), u"level"_s, {u"low"_s}, {}});
         },
         {u"add enum public.level"_s}},
        {"enum drop (its column becomes text)",
         [](M&, M& to) {
             to.enums.clear();
             column(to, "tbl_order", "col_o_status").type = LogicalType{};
         },
         {u"drop enum public.status"_s, u"alter column public.order.status (type)"_s}},
        {"enum rename",
         [](M&, M& to) { to.enums[0].name = u"order_status"_s; },
         {u"rename enum public.order_status"_s}},
        {"enum value appended",
         [](M&, M& to) { to.enums[0].values.append(u"shipped"_s); },
         {u"alter enum public.status (values)"_s}},
        {"enum values reordered",
         [](M&, M& to) { to.enums[0].values = {u"paid"_s, u"new"_s}; },
         {u"alter enum public.status (values)"_s}},
        {"enum comment",
         [](M&, M& to) { to.enums[0].comment = u"Order states"_s; },
         {u"alter enum public.status (comment)"_s}},
        {"enum moved to another schema",
         [](M&, M& to) { to.enums[0].schemaId = id("sch_sales"); },
         {u"alter enum sales.status (schema)"_s}},
        // tables
        {"table add",
         [](M&, M& to) {
             model::Table t;
             t.id = id("tbl_note");
             t.schemaId = id("sch_public");
             t.name = u"note"_s;
             t.columns = {makeColumn("col_n_id", "id", "bigint", false)};
             t.primaryKey = model::KeyConstraint{id("pk_note"), {}, {id("col_n_id")}};
             to.tables.append(t);
         },
         {u"add table public.note"_s}},
        {"table drop (with the FK referencing it)",
         [](M&, M& to) {
             to.tables.removeAt(0);
             order(to).foreignKeys.clear();
         },
         {u"drop foreign key public.order.order_customer_fkey"_s, u"drop table public.customer"_s}},
        {"table rename",
         [](M&, M& to) { customer(to).name = u"client"_s; },
         {u"rename table public.client"_s}},
        {"table comment",
         [](M&, M& to) { customer(to).comment = u"Who buys"_s; },
         {u"alter table public.customer (comment)"_s}},
        {"table moved to another schema",
         [](M&, M& to) { customer(to).schemaId = id("sch_sales"); },
         {u"alter table sales.customer (schema)"_s}},
        {"table renamed and moved",
         [](M&, M& to) {
             customer(to).schemaId = id("sch_sales");
             customer(to).name = u"client"_s;
         },
         {u"rename table sales.client"_s, u"alter table sales.client (schema)"_s}},
        {"table renamed and a column altered",
         [](M&, M& to) {
             customer(to).name = u"client"_s;
             column(to, "tbl_customer", "col_c_name").type.length = 200;
         },
         {u"rename table public.client"_s, u"alter column public.client.name (type)"_s}},
        // columns: operations
        {"column add",
         [](M&, M& to) {
             order(to).columns.append(makeColumn("col_o_ref", "ref", "varchar(20)", true));
         },
         {u"add column public.order.ref"_s}},
        {"column add in the middle (no other column moves)",
         [](M&, M& to) {
             order(to).columns.insert(1, makeColumn("col_o_ref", "ref", "varchar(20)", true));
         },
         {u"add column public.order.ref"_s}},
        {"column drop",
         [](M&, M& to) { order(to).columns.removeLast(); },
         {u"drop column public.order.note"_s}},
        {"column drop in the middle (no other column moves)",
         [](M&, M& to) { order(to).columns.removeAt(3); },
         {u"drop column public.order.total"_s}},
        {"column rename",
         [](M&, M& to) { note(to).name = u"remark"_s; },
         {u"rename column public.order.remark"_s}},
        {"column renamed and retyped",
         [](M&, M& to) {
             note(to).name = u"remark"_s;
             note(to).type = LogicalType::parse(u"varchar(200)").value_or(LogicalType{});
         },
         {u"rename column public.order.remark"_s, u"alter column public.order.remark (type)"_s}},
        {"column id moved to another table",
         [](M&, M& to) { customer(to).columns.append(order(to).columns.takeLast()); },
         {u"add column public.customer.note"_s, u"drop column public.order.note"_s}},
        // columns: every attribute
        {"type kind",
         [](M&, M& to) { note(to).type.kind = LogicalType::Kind::Json; },
         {u"alter column public.order.note (type)"_s}},
        {"type length",
         [](M&, M& to) { column(to, "tbl_customer", "col_c_name").type.length = 200; },
         {u"alter column public.customer.name (type)"_s}},
        {"type precision",
         [](M&, M& to) { column(to, "tbl_order", "col_o_total").type.precision = 12; },
         {u"alter column public.order.total (type)"_s}},
        {"type scale",
         [](M&, M& to) { column(to, "tbl_order", "col_o_total").type.scale = 4; },
         {u"alter column public.order.total (type)"_s}},
        {"type override",
         [](M&, M& to) { note(to).type.overrides.insert(u"postgres"_s, u"citext"_s); },
         {u"alter column public.order.note (type)"_s}},
        {"type enum",
         [](M& from, M& to) {
             const model::EnumType level{
                 id("enm_level"), id("sch_public"), u"level"_s, {u"new"_s}, {}};
             from.enums.append(level);
             to.enums.append(level);
             column(to, "tbl_order", "col_o_status").type.enumId = id("enm_level");
         },
         {u"alter column public.order.status (type)"_s}},
        {"nullable",
         [](M&, M& to) { note(to).nullable = false; },
         {u"alter column public.order.note (nullable)"_s}},
        {"default value",
         [](M&, M& to) { column(to, "tbl_order", "col_o_total").defaultValue = literal("1"); },
         {u"alter column public.order.total (default)"_s}},
        {"default kind",
         [](M&, M& to) {
             column(to, "tbl_order", "col_o_total").defaultValue.kind =
                 model::ColumnDefault::Kind::Expression;
         },
         {u"alter column public.order.total (default)"_s}},
        {"default removed",
         [](M&, M& to) { column(to, "tbl_order", "col_o_total").defaultValue = {}; },
         {u"alter column public.order.total (default)"_s}},
        {"identity",
         [](M&, M& to) {
             column(to, "tbl_customer", "col_c_id").identity = model::Identity::ByDefault;
         },
         {u"alter column public.customer.id (identity)"_s}},
        {"generated expression",
         [](M&, M& to) { note(to).generatedExpression = u"'n/a'"_s; },
         {u"alter column public.order.note (generated)"_s}},
        {"generated stored → virtual",
         [](M& from, M& to) {
             note(from).generatedExpression = u"'n/a'"_s;
             note(to).generatedExpression = u"'n/a'"_s;
             note(to).generatedStored = false;
         },
         {u"alter column public.order.note (generated)"_s}},
        {"stored flag of a plain column is no change",
         [](M&, M& to) { note(to).generatedStored = false; },
         {}},
        {"collation",
         [](M&, M& to) { note(to).collation = u"C"_s; },
         {u"alter column public.order.note (collation)"_s}},
        {"column comment",
         [](M&, M& to) { note(to).comment = u"Free text"_s; },
         {u"alter column public.order.note (comment)"_s}},
        {"pii",
         [](M&, M& to) {
             column(to, "tbl_customer", "col_c_email").pii = model::PiiCategory::Phone;
         },
         {u"alter column public.customer.email (metadata)"_s}},
        {"retention",
         [](M&, M& to) { column(to, "tbl_customer", "col_c_email").retention = u"P90D"_s; },
         {u"alter column public.customer.email (metadata)"_s}},
        {"position: last column moved first",
         [](M&, M& to) { order(to).columns.move(4, 0); },
         {u"alter column public.order.note (position)"_s}},
        {"position: two neighbours swapped",
         [](M&, M& to) { order(to).columns.swapItemsAt(0, 1); },
         {u"alter column public.order.customer_id (position)"_s}},
        {"several attributes at once",
         [](M&, M& to) {
             note(to).type.kind = LogicalType::Kind::Varchar;
             note(to).type.length = 200;
             note(to).nullable = false;
             note(to).defaultValue = literal("");
             note(to).comment = u"Free text"_s;
         },
         {u"alter column public.order.note (type, nullable, default, comment)"_s}},
        // primary keys
        {"primary key add",
         [](M& from, M&) { order(from).primaryKey.reset(); },
         {u"add primary key public.order.order_pkey"_s}},
        {"primary key drop",
         [](M&, M& to) { order(to).primaryKey.reset(); },
         {u"drop primary key public.order.order_pkey"_s}},
        {"primary key rename",
         [](M&, M& to) { order(to).primaryKey->name = u"order_pk"_s; },
         {u"rename primary key public.order.order_pk"_s}},
        {"primary key columns",
         [](M&, M& to) { order(to).primaryKey->columnIds.append(id("col_o_customer")); },
         {u"alter primary key public.order.order_pkey (columns)"_s}},
        {"primary key with a new id is drop + add",
         [](M&, M& to) { order(to).primaryKey->id = id("pk_order_2"); },
         {u"add primary key public.order.order_pkey"_s,
          u"drop primary key public.order.order_pkey"_s}},
        // unique constraints
        {"unique add",
         [](M&, M& to) {
             customer(to).uniques.append(
                 {id("uq_customer_name"), u"customer_name_key"_s, {id("col_c_name")}});
         },
         {u"add unique constraint public.customer.customer_name_key"_s}},
        {"unique add (unnamed)",
         [](M&, M& to) {
             customer(to).uniques.append({id("uq_customer_name"), {}, {id("col_c_name")}});
         },
         {u"add unique constraint public.customer.unique(name)"_s}},
        {"unique drop",
         [](M&, M& to) { customer(to).uniques.clear(); },
         {u"drop unique constraint public.customer.customer_email_key"_s}},
        {"unique rename",
         [](M&, M& to) { customer(to).uniques[0].name = u"customer_email_uq"_s; },
         {u"rename unique constraint public.customer.customer_email_uq"_s}},
        {"unique columns",
         [](M&, M& to) { customer(to).uniques[0].columnIds.append(id("col_c_name")); },
         {u"alter unique constraint public.customer.customer_email_key (columns)"_s}},
        // checks
        {"check add",
         [](M&, M& to) {
             order(to).checks.append({id("chk_note"), u"order_note_check"_s, u"note <> ''"_s});
         },
         {u"add check constraint public.order.order_note_check"_s}},
        {"check drop",
         [](M&, M& to) { order(to).checks.clear(); },
         {u"drop check constraint public.order.order_total_check"_s}},
        {"check rename",
         [](M&, M& to) { order(to).checks[0].name = u"total_positive"_s; },
         {u"rename check constraint public.order.total_positive"_s}},
        {"check expression",
         [](M&, M& to) { order(to).checks[0].expression = u"total > 0"_s; },
         {u"alter check constraint public.order.order_total_check (expression)"_s}},
        // foreign keys
        {"foreign key add",
         [](M& from, M&) { order(from).foreignKeys.clear(); },
         {u"add foreign key public.order.order_customer_fkey"_s}},
        {"foreign key drop",
         [](M&, M& to) { order(to).foreignKeys.clear(); },
         {u"drop foreign key public.order.order_customer_fkey"_s}},
        {"foreign key rename",
         [](M&, M& to) { order(to).foreignKeys[0].name = u"order_customer_fk"_s; },
         {u"rename foreign key public.order.order_customer_fk"_s}},
        {"foreign key columns",
         [](M&, M& to) { order(to).foreignKeys[0].columnIds = {id("col_o_id")}; },
         {u"alter foreign key public.order.order_customer_fkey (columns)"_s}},
        {"foreign key referenced table",
         [](M&, M& to) {
             order(to).foreignKeys[0].referencedTableId = id("tbl_order");
             order(to).foreignKeys[0].referencedColumnIds = {id("col_o_id")};
         },
         {u"alter foreign key public.order.order_customer_fkey (reference)"_s}},
        {"foreign key on delete",
         [](M&, M& to) { order(to).foreignKeys[0].onDelete = model::ReferentialAction::Restrict; },
         {u"alter foreign key public.order.order_customer_fkey (on delete)"_s}},
        {"foreign key on update",
         [](M&, M& to) { order(to).foreignKeys[0].onUpdate = model::ReferentialAction::Cascade; },
         {u"alter foreign key public.order.order_customer_fkey (on update)"_s}},
        {"foreign key deferrable",
         [](M&, M& to) { order(to).foreignKeys[0].deferrable = true; },
         {u"alter foreign key public.order.order_customer_fkey (deferrable)"_s}},
        {"foreign key initially deferred",
         [](M&, M& to) { order(to).foreignKeys[0].initiallyDeferred = true; },
         {u"alter foreign key public.order.order_customer_fkey (deferrable)"_s}},
        {"foreign key whose column is dropped",
         [](M&, M& to) {
             order(to).columns.removeAt(1);
             order(to).foreignKeys[0].columnIds = {id("col_o_id")};
             order(to).indexes.clear();
         },
         {u"drop column public.order.customer_id"_s,
          u"alter foreign key public.order.order_customer_fkey (columns)"_s,
          u"drop index public.order.order_customer_idx"_s}},
        // indexes
        {"index add",
         [](M&, M& to) {
             model::Index index;
             index.id = id("idx_order_status");
             index.name = u"order_status_idx"_s;
             index.keys = {model::IndexKey{id("col_o_status"), {}, {}, {}}};
             order(to).indexes.append(index);
         },
         {u"add index public.order.order_status_idx"_s}},
        {"index drop",
         [](M&, M& to) { order(to).indexes.clear(); },
         {u"drop index public.order.order_customer_idx"_s}},
        {"index rename",
         [](M&, M& to) { order(to).indexes[0].name = u"order_customer_id_idx"_s; },
         {u"rename index public.order.order_customer_id_idx"_s}},
        {"index renamed and made partial",
         [](M&, M& to) {
             order(to).indexes[0].name = u"order_customer_id_idx"_s;
             order(to).indexes[0].where = u"note IS NULL"_s;
         },
         {u"rename index public.order.order_customer_id_idx"_s,
          u"alter index public.order.order_customer_id_idx (where)"_s}},
        {"index unique",
         [](M&, M& to) { order(to).indexes[0].unique = true; },
         {u"alter index public.order.order_customer_idx (unique)"_s}},
        {"index column added",
         [](M&, M& to) {
             order(to).indexes[0].keys.append(model::IndexKey{id("col_o_status"), {}, {}, {}});
         },
         {u"alter index public.order.order_customer_idx (columns)"_s}},
        {"index column replaced",
         [](M&, M& to) { order(to).indexes[0].keys[0].columnId = id("col_o_status"); },
         {u"alter index public.order.order_customer_idx (columns)"_s}},
        {"index key sort",
         [](M&, M& to) { order(to).indexes[0].keys[0].sort = model::IndexKey::Sort::Desc; },
         {u"alter index public.order.order_customer_idx (keys)"_s}},
        {"index key nulls",
         [](M&, M& to) { order(to).indexes[0].keys[0].nulls = model::IndexKey::Nulls::Last; },
         {u"alter index public.order.order_customer_idx (keys)"_s}},
        {"index expression key added",
         [](M&, M& to) {
             order(to).indexes[0].keys.append(model::IndexKey{{}, u"lower(note)"_s, {}, {}});
         },
         {u"alter index public.order.order_customer_idx (keys)"_s}},
        {"index where",
         [](M&, M& to) { order(to).indexes[0].where = u"note IS NULL"_s; },
         {u"alter index public.order.order_customer_idx (where)"_s}},
        {"index include",
         [](M&, M& to) { order(to).indexes[0].includeColumnIds = {id("col_o_total")}; },
         {u"alter index public.order.order_customer_idx (include)"_s}},
        {"index method",
         [](M&, M& to) { order(to).indexes[0].method = u"hash"_s; },
         {u"alter index public.order.order_customer_idx (method)"_s}},
        // domains and their checks
        {"domain add",
         [](M&, M& to) { to.domains.append(shortText()); },
         {u"add domain public.short_text"_s}},
        {"domain drop",
         [](M& from, M&) { from.domains.append(shortText()); },
         {u"drop domain public.short_text"_s}},
        {"domain rename",
         [](M& from, M& to) {
             from.domains.append(shortText());
             to.domains.append(shortText());
             to.domains[0].name = u"brief_text"_s;
         },
         {u"rename domain public.brief_text"_s}},
        {"domain moved to another schema",
         [](M& from, M& to) {
             from.domains.append(shortText());
             to.domains.append(shortText());
             to.domains[0].schemaId = id("sch_sales");
         },
         {u"alter domain sales.short_text (schema)"_s}},
        {"domain attributes",
         [](M& from, M& to) {
             from.domains.append(shortText());
             to.domains.append(shortText());
             to.domains[0].notNull = true;
             to.domains[0].defaultExpression = u"''"_s;
             to.domains[0].collation = u"C"_s;
             to.domains[0].comment = u"Short text"_s;
         },
         {u"alter domain public.short_text (nullable, default, collation, comment)"_s}},
        {"domain base type",
         [](M& from, M& to) {
             from.domains.append(shortText());
             to.domains.append(shortText());
             to.domains[0].baseType = LogicalType::parse(u"varchar(200)"_s).value_or(LogicalType{});
         },
         {u"alter domain public.short_text (type)"_s}},
        {"domain check add",
         [](M& from, M& to) {
             from.domains.append(shortText());
             to.domains.append(shortText());
             to.domains[0].checks.append({id("chk_short_trim"), {}, u"VALUE = trim(VALUE)"_s});
         },
         {u"add domain check constraint public.short_text.check(VALUE = trim(VALUE))"_s}},
        {"domain check drop",
         [](M& from, M& to) {
             from.domains.append(shortText());
             to.domains.append(shortText());
             to.domains[0].checks.clear();
         },
         {u"drop domain check constraint public.short_text.short_text_length"_s}},
        {"domain check rename and expression",
         [](M& from, M& to) {
             from.domains.append(shortText());
             to.domains.append(shortText());
             to.domains[0].checks[0].name = u"short_text_max"_s;
             to.domains[0].checks[0].expression = u"length(VALUE) < 500"_s;
         },
         {u"rename domain check constraint public.short_text.short_text_max"_s,
          u"alter domain check constraint public.short_text.short_text_max (expression)"_s}},
        {"column gains a domain",
         [](M& from, M& to) {
             from.domains.append(shortText());
             to.domains.append(shortText());
             note(to).type.domainId = id("dom_short");
         },
         {u"alter column public.order.note (type)"_s}},
        {"column loses a domain",
         [](M& from, M& to) {
             from.domains.append(shortText());
             to.domains.append(shortText());
             note(from).type.domainId = id("dom_short");
         },
         {u"alter column public.order.note (type)"_s}},
        {"domain edits leave its columns alone",
         [](M& from, M& to) {
             from.domains.append(shortText());
             to.domains.append(shortText());
             note(from).type.domainId = id("dom_short");
             note(to).type.domainId = id("dom_short");
             to.domains[0].notNull = true;
         },
         {u"alter domain public.short_text (nullable)"_s}},
        // views
        {"view add",
         [](M&, M& to) {
             to.views.append(
                 {id("viw_small"), id("sch_public"), u"small_orders"_s, u"SELECT 1"_s, {}});
         },
         {u"add view public.small_orders"_s}},
        {"view drop", [](M&, M& to) { to.views.clear(); }, {u"drop view public.big_orders"_s}},
        {"view rename",
         [](M&, M& to) { to.views[0].name = u"large_orders"_s; },
         {u"rename view public.large_orders"_s}},
        {"view sql",
         [](M&, M& to) { to.views[0].sql = u"SELECT * FROM \"order\" WHERE total > 500"_s; },
         {u"alter view public.big_orders (sql)"_s}},
        {"view comment",
         [](M&, M& to) { to.views[0].comment = u"Orders over 100"_s; },
         {u"alter view public.big_orders (comment)"_s}},
        {"view moved to another schema",
         [](M&, M& to) { to.views[0].schemaId = id("sch_sales"); },
         {u"alter view sales.big_orders (schema)"_s}},
    };
}

} // namespace schemata::migrate::differtest
