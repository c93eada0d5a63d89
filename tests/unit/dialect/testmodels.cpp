#include "testmodels.h"

#include <QStringList>

namespace schemata::dialect::test {

using model::IndexKey;

core::Id ModelBuilder::schema(const QString& name, const QString& comment)
{
    model::Schema s;
    s.id = core::Id(QStringLiteral("sch_") + name);
    s.name = name;
    s.comment = comment;
    model.schemas.append(s);
    return s.id;
}

core::Id ModelBuilder::enumType(const core::Id& schemaId, const QString& name,
                                const QStringList& values, const QString& comment)
{
    model::EnumType e;
    e.id = core::Id(QStringLiteral("enm_") + name);
    e.schemaId = schemaId;
    e.name = name;
    e.values = values;
    e.comment = comment;
    model.enums.append(e);
    return e.id;
}

model::DomainType& ModelBuilder::domainType(const core::Id& schemaId, const QString& name,
                                            const QString& type, const core::Id& enumId)
{
    model::DomainType d;
    d.id = core::Id(QStringLiteral("dom_") + name);
    d.schemaId = schemaId;
    d.name = name;
    const auto parsed = model::LogicalType::parse(type);
    Q_ASSERT_X(parsed, "ModelBuilder::domainType", qPrintable(type));
    d.baseType = parsed.value_or(model::LogicalType{});
    d.baseType.enumId = enumId;
    model.domains.append(d);
    return model.domains.last();
}

core::Id ModelBuilder::domainColumn(qsizetype table, const QString& name, const core::Id& domainId,
                                    bool nullable)
{
    model::Column c;
    c.id = core::Id(QStringLiteral("col_%1_%2").arg(++m_counter).arg(name));
    c.name = name;
    if (const model::DomainType* d = model.domainType(domainId))
        c.type = d->baseType;
    c.type.domainId = domainId;
    c.nullable = nullable;
    model.tables[table].columns.append(c);
    return c.id;
}

qsizetype ModelBuilder::table(const core::Id& schemaId, const QString& name, const QString& comment)
{
    model::Table t;
    t.id = core::Id(QStringLiteral("tbl_%1_%2").arg(++m_counter).arg(name));
    t.schemaId = schemaId;
    t.name = name;
    t.comment = comment;
    model.tables.append(t);
    return model.tables.size() - 1;
}

core::Id ModelBuilder::column(qsizetype table, const QString& name, const QString& type,
                              bool nullable)
{
    model::Column c;
    c.id = core::Id(QStringLiteral("col_%1_%2").arg(++m_counter).arg(name));
    c.name = name;
    const auto parsed = model::LogicalType::parse(type);
    Q_ASSERT_X(parsed, "ModelBuilder::column", qPrintable(type));
    c.type = parsed.value_or(model::LogicalType{});
    c.nullable = nullable;
    model.tables[table].columns.append(c);
    return c.id;
}

void ModelBuilder::primaryKey(qsizetype table, const QList<core::Id>& columns, const QString& name)
{
    model.tables[table].primaryKey =
        model::KeyConstraint{core::Id(QStringLiteral("pk_%1").arg(++m_counter)), name, columns};
}

void ModelBuilder::unique(qsizetype table, const QList<core::Id>& columns, const QString& name)
{
    model.tables[table].uniques.append(
        {core::Id(QStringLiteral("uq_%1").arg(++m_counter)), name, columns});
}

void ModelBuilder::check(qsizetype table, const QString& expression, const QString& name)
{
    model.tables[table].checks.append(
        {core::Id(QStringLiteral("ck_%1").arg(++m_counter)), name, expression});
}

model::ForeignKey& ModelBuilder::foreignKey(qsizetype table, const QList<core::Id>& columns,
                                            qsizetype target, const QList<core::Id>& targetColumns,
                                            const QString& name)
{
    model::ForeignKey fk;
    fk.id = core::Id(QStringLiteral("fk_%1").arg(++m_counter));
    fk.name = name;
    fk.columnIds = columns;
    fk.referencedTableId = model.tables[target].id;
    fk.referencedColumnIds = targetColumns;
    model.tables[table].foreignKeys.append(fk);
    return model.tables[table].foreignKeys.last();
}

model::Index& ModelBuilder::index(qsizetype table, const QList<IndexKey>& keys, const QString& name)
{
    model::Index i;
    i.id = core::Id(QStringLiteral("idx_%1").arg(++m_counter));
    i.name = name;
    i.keys = keys;
    model.tables[table].indexes.append(i);
    return model.tables[table].indexes.last();
}

void ModelBuilder::view(const core::Id& schemaId, const QString& name, const QString& sql,
                        const QString& comment)
{
    model::View v;
    v.id = core::Id(QStringLiteral("viw_") + name);
    v.schemaId = schemaId;
    v.name = name;
    v.sql = sql;
    v.comment = comment;
    model.views.append(v);
}

IndexKey ModelBuilder::key(const core::Id& column, IndexKey::Sort sort, IndexKey::Nulls nulls)
{
    IndexKey k;
    k.columnId = column;
    k.sort = sort;
    k.nulls = nulls;
    return k;
}

IndexKey ModelBuilder::expr(const QString& expression)
{
    IndexKey k;
    k.expression = expression;
    return k;
}

model::Model shopModel()
{
    using Kind = model::ColumnDefault::Kind;
    ModelBuilder b;
    const core::Id pub = b.schema(QStringLiteral("public"));
    const core::Id sales =
        b.schema(QStringLiteral("sales"), QStringLiteral("Orders and their lines"));
    const core::Id status =
        b.enumType(sales, QStringLiteral("order_status"),
                   {QStringLiteral("pending"), QStringLiteral("paid"), QStringLiteral("shipped"),
                    QStringLiteral("it's cancelled")},
                   QStringLiteral("Life cycle of an order"));

    // customer ------------------------------------------------------------------
    const qsizetype customer =
        b.table(pub, QStringLiteral("customer"),
                QStringLiteral("Customers of the shop.\nOne row per account."));
    const core::Id cId = b.column(customer, QStringLiteral("id"), QStringLiteral("bigint"), false);
    b.lastColumn(customer).identity = model::Identity::Always;
    const core::Id cEmail =
        b.column(customer, QStringLiteral("email"), QStringLiteral("varchar(320)"), false);
    b.lastColumn(customer).comment = QStringLiteral("Login, stored lower-case");
    b.column(customer, QStringLiteral("DisplayName"), QStringLiteral("varchar(100)"));
    b.lastColumn(customer).collation = QStringLiteral("C");
    const core::Id cCreated =
        b.column(customer, QStringLiteral("created_at"), QStringLiteral("timestamptz(3)"), false);
    b.lastColumn(customer).defaultValue = {Kind::CurrentTimestamp, {}};
    const core::Id cActive =
        b.column(customer, QStringLiteral("is_active"), QStringLiteral("boolean"), false);
    b.lastColumn(customer).defaultValue = {Kind::Literal, QStringLiteral("true")};
    b.column(customer, QStringLiteral("note"), QStringLiteral("text"));
    b.lastColumn(customer).defaultValue = {Kind::Literal, QStringLiteral("it's a C:\\path")};
    b.primaryKey(customer, {cId});
    b.unique(customer, {cEmail});
    b.check(customer, QStringLiteral("email LIKE '%@%'"), QStringLiteral("customer_email_check"));
    b.index(customer, {ModelBuilder::expr(QStringLiteral("lower(email)"))}).unique = true;
    {
        model::Index& recent = b.index(
            customer, {ModelBuilder::key(cCreated, IndexKey::Sort::Desc, IndexKey::Nulls::Last)},
            QStringLiteral("customer_recent_idx"));
        recent.where = QStringLiteral("is_active");
        recent.method = QStringLiteral("btree");
    }
    Q_UNUSED(cActive);

    // category (self-reference) -------------------------------------------------
    const qsizetype category = b.table(pub, QStringLiteral("category"));
    const core::Id catId =
        b.column(category, QStringLiteral("id"), QStringLiteral("integer"), false);
    b.lastColumn(category).identity = model::Identity::ByDefault;
    b.column(category, QStringLiteral("name"), QStringLiteral("text"), false);
    const core::Id catParent =
        b.column(category, QStringLiteral("parent_id"), QStringLiteral("integer"));
    b.primaryKey(category, {catId});
    b.foreignKey(category, {catParent}, category, {catId}).onDelete =
        model::ReferentialAction::SetNull;

    // product -------------------------------------------------------------------
    const qsizetype product = b.table(pub, QStringLiteral("product"));
    const core::Id pId = b.column(product, QStringLiteral("id"), QStringLiteral("integer"), false);
    b.lastColumn(product).identity = model::Identity::ByDefault;
    const core::Id pSku =
        b.column(product, QStringLiteral("sku"), QStringLiteral("char(12)"), false);
    b.column(product, QStringLiteral("name"), QStringLiteral("varchar(200)"), false);
    b.column(product, QStringLiteral("tags"), QStringLiteral("jsonb"));
    b.column(product, QStringLiteral("public_id"), QStringLiteral("uuid"), false);
    const core::Id pCat =
        b.column(product, QStringLiteral("category_id"), QStringLiteral("integer"));
    b.primaryKey(product, {pId});
    b.unique(product, {pSku}, QStringLiteral("product_sku_unique"));
    b.foreignKey(product, {pCat}, category, {catId}, QStringLiteral("product_category_fk"));

    // sales.order (reserved word) --------------------------------------------------
    const qsizetype order = b.table(sales, QStringLiteral("order"), QStringLiteral("One checkout"));
    const core::Id oId = b.column(order, QStringLiteral("id"), QStringLiteral("bigint"), false);
    b.lastColumn(order).identity = model::Identity::ByDefault;
    const core::Id oCustomer =
        b.column(order, QStringLiteral("customer_id"), QStringLiteral("bigint"), false);
    const core::Id oStatus =
        b.column(order, QStringLiteral("status"), QStringLiteral("enum"), false);
    b.lastColumn(order).type.enumId = status;
    b.lastColumn(order).defaultValue = {Kind::Literal, QStringLiteral("pending")};
    const core::Id oTotal =
        b.column(order, QStringLiteral("total"), QStringLiteral("numeric(12,2)"), false);
    b.lastColumn(order).defaultValue = {Kind::Literal, QStringLiteral("0")};
    const core::Id oPlaced =
        b.column(order, QStringLiteral("placed_at"), QStringLiteral("timestamp"));
    b.lastColumn(order).defaultValue = {Kind::CurrentTimestamp, {}};
    b.primaryKey(order, {oId});
    b.check(order, QStringLiteral("total >= 0"));
    b.foreignKey(order, {oCustomer}, customer, {cId}).onDelete = model::ReferentialAction::Cascade;
    b.index(order, {ModelBuilder::key(oCustomer), ModelBuilder::key(oPlaced, IndexKey::Sort::Desc)},
            QStringLiteral("order_customer_placed_idx"));
    {
        model::Index& pending = b.index(order, {ModelBuilder::key(oCustomer)});
        pending.unique = true;
        pending.where = QStringLiteral("status = 'pending'");
        model::Index& covering = b.index(order, {ModelBuilder::key(oStatus)});
        covering.includeColumnIds = {oTotal};
    }

    // sales.order_item: composite PK, deferrable FK, generated column ----------
    const qsizetype item = b.table(sales, QStringLiteral("order_item"));
    const core::Id iOrder =
        b.column(item, QStringLiteral("order_id"), QStringLiteral("bigint"), false);
    const core::Id iLine =
        b.column(item, QStringLiteral("line_no"), QStringLiteral("integer"), false);
    const core::Id iProduct =
        b.column(item, QStringLiteral("product_id"), QStringLiteral("integer"), false);
    b.column(item, QStringLiteral("quantity"), QStringLiteral("integer"), false);
    b.lastColumn(item).defaultValue = {Kind::Literal, QStringLiteral("1")};
    b.column(item, QStringLiteral("price"), QStringLiteral("numeric(10,2)"), false);
    b.column(item, QStringLiteral("line_total"), QStringLiteral("numeric(12,2)"));
    b.lastColumn(item).generatedExpression = QStringLiteral("quantity * price");
    b.lastColumn(item).generatedStored = false;
    b.primaryKey(item, {iOrder, iLine}, QStringLiteral("order_item_pk"));
    b.check(item, QStringLiteral("quantity > 0"));
    {
        model::ForeignKey& fk = b.foreignKey(item, {iOrder}, order, {oId});
        fk.onDelete = model::ReferentialAction::Cascade;
        fk.deferrable = true;
        fk.initiallyDeferred = true;
    }
    b.foreignKey(item, {iProduct}, product, {pId}).onUpdate = model::ReferentialAction::Restrict;

    // FK cycle: employee ↔ department -------------------------------------------
    const qsizetype employee = b.table(pub, QStringLiteral("employee"));
    const core::Id eId = b.column(employee, QStringLiteral("id"), QStringLiteral("integer"), false);
    const core::Id eDept =
        b.column(employee, QStringLiteral("department_id"), QStringLiteral("integer"));
    b.primaryKey(employee, {eId});
    const qsizetype department = b.table(pub, QStringLiteral("department"));
    const core::Id dId =
        b.column(department, QStringLiteral("id"), QStringLiteral("integer"), false);
    const core::Id dManager =
        b.column(department, QStringLiteral("manager_id"), QStringLiteral("integer"));
    b.primaryKey(department, {dId});
    b.foreignKey(employee, {eDept}, department, {dId});
    b.foreignKey(department, {dManager}, employee, {eId}).onDelete =
        model::ReferentialAction::SetNull;

    b.view(pub, QStringLiteral("active_customer"),
           QStringLiteral("SELECT id, email FROM customer WHERE is_active"),
           QStringLiteral("Customers who can log in"));
    return b.model;
}

model::Model namesModel()
{
    ModelBuilder b;
    const core::Id pub = b.schema(QStringLiteral("public"));
    const core::Id mixed = b.schema(QStringLiteral("Reporting"));
    const qsizetype user = b.table(pub, QStringLiteral("user"));
    const core::Id uId = b.column(user, QStringLiteral("id"), QStringLiteral("integer"), false);
    b.column(user, QStringLiteral("select"), QStringLiteral("text"));
    b.column(user, QStringLiteral("group"), QStringLiteral("text"));
    b.column(user, QStringLiteral("key"), QStringLiteral("varchar(40)"));
    b.column(user, QStringLiteral("First Name"), QStringLiteral("varchar(40)"));
    b.column(user, QStringLiteral("say \"hi\""), QStringLiteral("text"));
    b.column(user, QStringLiteral("tick`tock"), QStringLiteral("text"));
    b.column(user, QStringLiteral("Bestellungen_größe"), QStringLiteral("integer"));
    b.primaryKey(user, {uId});
    const qsizetype longTable =
        b.table(mixed, QStringLiteral("a_table_with_a_rather_long_name_for_reporting_purposes"));
    const core::Id lA =
        b.column(longTable, QStringLiteral("a_column_with_an_equally_long_name_here"),
                 QStringLiteral("integer"), false);
    const core::Id lB = b.column(longTable, QStringLiteral("another_column_with_a_long_name_too"),
                                 QStringLiteral("integer"), false);
    const core::Id lUser =
        b.column(longTable, QStringLiteral("user_id"), QStringLiteral("integer"));
    b.unique(longTable, {lA, lB});
    b.index(longTable, {ModelBuilder::key(lA), ModelBuilder::key(lB)});
    b.index(longTable, {ModelBuilder::key(lA), ModelBuilder::key(lB, model::IndexKey::Sort::Desc)});
    b.foreignKey(longTable, {lUser}, user, {uId});
    const qsizetype order = b.table(mixed, QStringLiteral("Order Lines"));
    const core::Id olId =
        b.column(order, QStringLiteral("index"), QStringLiteral("integer"), false);
    b.column(order, QStringLiteral("table"), QStringLiteral("text"), false);
    b.lastColumn(order).comment = QStringLiteral("multi\nline -- comment with 'quotes'");
    b.primaryKey(order, {olId});
    b.check(order, QStringLiteral("\"index\" >= 0"));
    return b.model;
}

model::Model domainsModel()
{
    ModelBuilder b;
    const core::Id pub = b.schema(QStringLiteral("public"));
    const core::Id sales = b.schema(QStringLiteral("sales"));
    const core::Id mpaa =
        b.enumType(pub, QStringLiteral("mpaa_rating"),
                   {QStringLiteral("G"), QStringLiteral("PG"), QStringLiteral("PG-13"),
                    QStringLiteral("R"), QStringLiteral("NC-17")});

    model::DomainType& year = b.domainType(pub, QStringLiteral("year"), QStringLiteral("integer"));
    year.checks.append({core::Id(QStringLiteral("chk_year")), QStringLiteral("year_check"),
                        QStringLiteral("VALUE >= 1901 AND VALUE <= 2155")});
    year.comment = QStringLiteral("A year as MySQL's YEAR type holds it");
    const core::Id yearId = year.id;

    model::DomainType& rating =
        b.domainType(pub, QStringLiteral("rating"), QStringLiteral("enum"), mpaa);
    rating.notNull = true;
    rating.defaultExpression = QStringLiteral("'G'");
    const core::Id ratingId = rating.id;

    model::DomainType& code =
        b.domainType(sales, QStringLiteral("code"), QStringLiteral("varchar(10)"));
    code.collation = QStringLiteral("C");
    code.checks.append({core::Id(QStringLiteral("chk_code_upper")), QStringLiteral("code_upper"),
                        QStringLiteral("upper(VALUE) = VALUE AND VALUE <> 'VALUE'")});
    code.checks.append({core::Id(QStringLiteral("chk_code_len")), QString(),
                        QStringLiteral("length(value) >= 2")});
    const core::Id codeId = code.id;

    const qsizetype film = b.table(pub, QStringLiteral("film"));
    const core::Id filmId =
        b.column(film, QStringLiteral("film_id"), QStringLiteral("integer"), false);
    b.lastColumn(film).identity = model::Identity::ByDefault;
    b.column(film, QStringLiteral("title"), QStringLiteral("varchar(255)"), false);
    b.domainColumn(film, QStringLiteral("release_year"), yearId);
    // The column's own default wins over the domain's; a second column of the same
    // domain gets checks of its own.
    b.domainColumn(film, QStringLiteral("original_year"), yearId, false);
    b.lastColumn(film).defaultValue = {model::ColumnDefault::Kind::Literal, QStringLiteral("2000")};
    b.domainColumn(film, QStringLiteral("rating"), ratingId);
    b.primaryKey(film, {filmId});

    const qsizetype product = b.table(sales, QStringLiteral("product"));
    const core::Id productCode = b.domainColumn(product, QStringLiteral("code"), codeId, false);
    b.column(product, QStringLiteral("name"), QStringLiteral("text"));
    b.primaryKey(product, {productCode});
    return b.model;
}

model::Model typesModel()
{
    using Kind = model::ColumnDefault::Kind;
    ModelBuilder b;
    const core::Id pub = b.schema(QStringLiteral("public"));
    const core::Id mood =
        b.enumType(pub, QStringLiteral("mood"),
                   {QStringLiteral("sad"), QStringLiteral("ok"), QStringLiteral("happy")});
    const qsizetype t = b.table(pub, QStringLiteral("all_types"));
    const core::Id id = b.column(t, QStringLiteral("id"), QStringLiteral("bigint"), false);
    b.primaryKey(t, {id});
    struct Col
    {
        const char* name;
        const char* type;
        Kind kind;
        const char* value;
    };
    const Col cols[] = {
        {"c_smallint", "smallint", Kind::Literal, "-3"},
        {"c_integer", "integer", Kind::Literal, "42"},
        {"c_numeric", "numeric(10,2)", Kind::Literal, "1.5e3"},
        {"c_numeric_free", "numeric", Kind::None, ""},
        {"c_real", "real", Kind::Literal, "-1.25E-3"},
        {"c_double", "double", Kind::Literal, ".5"},
        {"c_varchar", "varchar(20)", Kind::Literal, "007"},
        {"c_varchar_free", "varchar", Kind::None, ""},
        {"c_char", "char(2)", Kind::Literal, "DE"},
        {"c_text", "text", Kind::Literal, "back\\slash"},
        {"c_boolean", "boolean", Kind::Literal, "f"},
        {"c_date", "date", Kind::CurrentTimestamp, ""},
        {"c_time", "time(0)", Kind::None, ""},
        {"c_timestamp", "timestamp(6)", Kind::CurrentTimestamp, ""},
        {"c_timestamptz", "timestamptz", Kind::Expression, "CURRENT_TIMESTAMP"},
        {"c_interval", "interval", Kind::None, ""},
        {"c_uuid", "uuid", Kind::None, ""},
        {"c_json", "json", Kind::None, ""},
        {"c_jsonb", "jsonb", Kind::None, ""},
        {"c_bytes", "bytes", Kind::None, ""},
        {"c_bytes16", "bytes(16)", Kind::None, ""},
        {"c_enum", "enum", Kind::Literal, "ok"},
        {"c_override", "text", Kind::None, ""},
        {"c_expr", "integer", Kind::Expression, "1 + 1"},
    };
    for (const Col& c : cols) {
        b.column(t, QString::fromLatin1(c.name), QString::fromLatin1(c.type));
        b.lastColumn(t).defaultValue = {c.kind, QString::fromLatin1(c.value)};
    }
    for (model::Column& c : b.model.tables[t].columns) {
        if (c.name == u"c_enum")
            c.type.enumId = mood;
        if (c.name == u"c_override") {
            c.type.overrides.insert(QStringLiteral("postgres"), QStringLiteral("citext"));
            c.type.overrides.insert(QStringLiteral("mysql"), QStringLiteral("TINYTEXT"));
            c.type.overrides.insert(QStringLiteral("sqlite"), QStringLiteral("TEXT"));
        }
    }
    return b.model;
}

model::Model largeModel(int tables, int columnsPerTable, int foreignKeys)
{
    ModelBuilder b;
    const core::Id pub = b.schema(QStringLiteral("public"));
    QList<core::Id> pks;
    QList<QList<core::Id>> fkColumns;
    for (int i = 0; i < tables; ++i) {
        const qsizetype t = b.table(pub, QStringLiteral("table_%1").arg(i));
        const core::Id id = b.column(t, QStringLiteral("id"), QStringLiteral("bigint"), false);
        b.primaryKey(t, {id});
        pks.append(id);
        fkColumns.append(QList<core::Id>());
        for (int c = 1; c < columnsPerTable; ++c) {
            const bool ref = c <= 3;
            const core::Id col =
                b.column(t, QStringLiteral("column_%1").arg(c),
                         ref ? QStringLiteral("bigint") : QStringLiteral("varchar(80)"));
            if (ref)
                fkColumns.last().append(col);
        }
    }
    // Keys point "backwards" and "forwards" (creating cycles) in a fixed pattern.
    for (int k = 0; k < foreignKeys && tables > 1; ++k) {
        const int from = k % tables;
        const int slot = (k / tables) % 3;
        const int to = (from * 7 + k * 13 + 1) % tables;
        b.foreignKey(from, {fkColumns[from][slot]}, to, {pks[to]});
        if (k % 2 == 0)
            b.index(from, {ModelBuilder::key(fkColumns[from][slot])});
    }
    return b.model;
}

} // namespace schemata::dialect::test
