#include "roundtripmodels.h"

namespace schemata::enginetest {

namespace {

using model::ColumnDefault;
using model::IndexKey;
using model::LogicalType;

// Small builder: IDs are "<kind>_<case>_<n>", unique within a model.
class Builder
{
public:
    explicit Builder(QString prefix) : m_prefix(std::move(prefix)) {}

    model::Model m;

    core::Id id(const char* kind)
    {
        return core::Id(QStringLiteral("%1_%2_%3").arg(QLatin1String(kind), m_prefix).arg(++m_n));
    }

    core::Id schema(const QString& name, const QString& comment = {})
    {
        m.schemas.append({id("sch"), name, comment});
        return m.schemas.last().id;
    }
    core::Id enumType(const core::Id& schemaId, const QString& name, const QStringList& values,
                      const QString& comment = {})
    {
        m.enums.append({id("enm"), schemaId, name, values, comment});
        return m.enums.last().id;
    }
    qsizetype table(const core::Id& schemaId, const QString& name, const QString& comment = {})
    {
        model::Table t;
        t.id = id("tbl");
        t.schemaId = schemaId;
        t.name = name;
        t.comment = comment;
        m.tables.append(t);
        return m.tables.size() - 1;
    }
    model::Column& column(qsizetype table, const QString& name, const QString& type,
                          bool nullable = true)
    {
        model::Column c;
        c.id = id("col");
        c.name = name;
        const auto parsed = LogicalType::parse(type);
        Q_ASSERT_X(parsed.has_value(), "roundtripmodels", qPrintable(type));
        c.type = parsed.value_or(LogicalType{});
        c.nullable = nullable;
        m.tables[table].columns.append(c);
        return m.tables[table].columns.last();
    }
    core::Id col(qsizetype table, const QString& name) const
    {
        const model::Column* c = m.tables.at(table).columnByName(name);
        Q_ASSERT(c);
        return c ? c->id : core::Id();
    }
    model::Column& enumColumn(qsizetype table, const QString& name, const core::Id& enumId,
                              bool nullable = true)
    {
        model::Column& c = column(table, name, QStringLiteral("text"), nullable);
        c.type.kind = LogicalType::Kind::Enum;
        c.type.enumId = enumId;
        return c;
    }
    void primaryKey(qsizetype table, const QList<core::Id>& columns, const QString& name = {})
    {
        m.tables[table].primaryKey = model::KeyConstraint{id("pk"), name, columns};
    }
    void unique(qsizetype table, const QList<core::Id>& columns, const QString& name = {})
    {
        m.tables[table].uniques.append({id("uq"), name, columns});
    }
    void check(qsizetype table, const QString& expression, const QString& name = {})
    {
        m.tables[table].checks.append({id("ck"), name, expression});
    }
    model::ForeignKey& foreignKey(qsizetype table, const QList<core::Id>& columns, qsizetype target,
                                  const QList<core::Id>& targetColumns, const QString& name = {})
    {
        model::ForeignKey fk;
        fk.id = id("fk");
        fk.name = name;
        fk.columnIds = columns;
        fk.referencedTableId = m.tables.at(target).id;
        fk.referencedColumnIds = targetColumns;
        m.tables[table].foreignKeys.append(fk);
        return m.tables[table].foreignKeys.last();
    }
    model::Index& index(qsizetype table, const QList<IndexKey>& keys, const QString& name = {})
    {
        model::Index i;
        i.id = id("idx");
        i.name = name;
        i.keys = keys;
        m.tables[table].indexes.append(i);
        return m.tables[table].indexes.last();
    }
    core::Id domain(const core::Id& schemaId, const QString& name, const QString& baseType,
                    bool notNull = false, const QString& defaultSql = {})
    {
        model::DomainType d;
        d.id = id("dom");
        d.schemaId = schemaId;
        d.name = name;
        const auto parsed = LogicalType::parse(baseType);
        Q_ASSERT_X(parsed.has_value(), "roundtripmodels", qPrintable(baseType));
        d.baseType = parsed.value_or(LogicalType{});
        d.notNull = notNull;
        d.defaultExpression = defaultSql;
        m.domains.append(d);
        return d.id;
    }
    model::DomainType& domainRef(const core::Id& domainId)
    {
        for (model::DomainType& d : m.domains) {
            if (d.id == domainId)
                return d;
        }
        Q_ASSERT_X(false, "roundtripmodels", "unknown domain");
        return m.domains.first();
    }
    void domainCheck(const core::Id& domainId, const QString& expression, const QString& name = {})
    {
        domainRef(domainId).checks.append({id("dck"), name, expression});
    }
    // A column declared with a domain: the domain's base type, and the domain named.
    model::Column& domainColumn(qsizetype table, const QString& name, const core::Id& domainId,
                                bool nullable = true)
    {
        model::Column& c = column(table, name, QStringLiteral("text"), nullable);
        c.type = domainRef(domainId).baseType;
        c.type.domainId = domainId;
        return c;
    }
    void view(const core::Id& schemaId, const QString& name, const QString& sql,
              const QString& comment = {})
    {
        m.views.append({id("viw"), schemaId, name, sql, comment});
    }
    static IndexKey key(const core::Id& column, IndexKey::Sort sort = IndexKey::Sort::Asc,
                        IndexKey::Nulls nulls = IndexKey::Nulls::Default)
    {
        IndexKey k;
        k.columnId = column;
        k.sort = sort;
        k.nulls = nulls;
        return k;
    }
    static IndexKey expr(const QString& expression)
    {
        IndexKey k;
        k.expression = expression;
        return k;
    }

private:
    QString m_prefix;
    int m_n = 0;
};

ColumnDefault literal(const QString& v)
{
    return {ColumnDefault::Kind::Literal, v};
}
ColumnDefault expression(const QString& v)
{
    return {ColumnDefault::Kind::Expression, v};
}
ColumnDefault now()
{
    return {ColumnDefault::Kind::CurrentTimestamp, {}};
}

RoundTripCase typesCase()
{
    Builder b(QStringLiteral("types"));
    const core::Id s = b.schema(QStringLiteral("public"));
    const core::Id mood =
        b.enumType(s, QStringLiteral("mood"),
                   {QStringLiteral("happy"), QStringLiteral("it's fine"), QStringLiteral("sad")});
    const qsizetype t = b.table(s, QStringLiteral("all_types"));
    b.column(t, QStringLiteral("id"), QStringLiteral("bigint"), false).identity =
        model::Identity::Always;
    b.column(t, QStringLiteral("small"), QStringLiteral("smallint")).defaultValue =
        literal(QStringLiteral("-3"));
    b.column(t, QStringLiteral("medium"), QStringLiteral("integer"), false).defaultValue =
        literal(QStringLiteral("42"));
    b.column(t, QStringLiteral("big"), QStringLiteral("bigint"));
    b.column(t, QStringLiteral("amount"), QStringLiteral("numeric(12,2)")).defaultValue =
        literal(QStringLiteral("0"));
    b.column(t, QStringLiteral("ratio"), QStringLiteral("real"));
    b.column(t, QStringLiteral("precise"), QStringLiteral("double"));
    b.column(t, QStringLiteral("label"), QStringLiteral("varchar(80)"), false).defaultValue =
        literal(QStringLiteral("it's"));
    b.column(t, QStringLiteral("code"), QStringLiteral("char(3)"));
    b.column(t, QStringLiteral("body"), QStringLiteral("text"));
    b.column(t, QStringLiteral("active"), QStringLiteral("boolean"), false).defaultValue =
        literal(QStringLiteral("true"));
    b.column(t, QStringLiteral("born"), QStringLiteral("date")).defaultValue =
        literal(QStringLiteral("2000-01-31"));
    b.column(t, QStringLiteral("today"), QStringLiteral("date"), false).defaultValue = now();
    b.column(t, QStringLiteral("alarm"), QStringLiteral("time"));
    b.column(t, QStringLiteral("seen"), QStringLiteral("timestamp(3)"));
    b.column(t, QStringLiteral("created"), QStringLiteral("timestamptz"), false).defaultValue =
        now();
    b.column(t, QStringLiteral("span"), QStringLiteral("interval"));
    b.column(t, QStringLiteral("token"), QStringLiteral("uuid"));
    b.column(t, QStringLiteral("doc"), QStringLiteral("json"));
    b.column(t, QStringLiteral("docb"), QStringLiteral("jsonb"));
    b.column(t, QStringLiteral("blob"), QStringLiteral("bytes"));
    b.column(t, QStringLiteral("short_blob"), QStringLiteral("bytes(16)"));
    b.enumColumn(t, QStringLiteral("feeling"), mood, false).defaultValue =
        literal(QStringLiteral("it's fine"));
    b.column(t, QStringLiteral("lowered"), QStringLiteral("varchar(20)")).defaultValue =
        expression(QStringLiteral("lower('ABC')"));
    model::Column& total = b.column(t, QStringLiteral("total"), QStringLiteral("numeric(20,2)"));
    total.generatedExpression = QStringLiteral("amount * 2");
    total.generatedStored = true;
    model::Column& twice = b.column(t, QStringLiteral("twice"), QStringLiteral("bigint"));
    twice.generatedExpression = QStringLiteral("medium * 2");
    twice.generatedStored = false;
    b.column(t, QStringLiteral("sorted"), QStringLiteral("varchar(40)")).collation =
        QStringLiteral("C");
    b.primaryKey(t, {b.col(t, QStringLiteral("id"))}, QStringLiteral("all_types_pkey"));
    return {QStringLiteral("types"), b.m};
}

RoundTripCase constraintsCase()
{
    Builder b(QStringLiteral("constraints"));
    const core::Id s = b.schema(QStringLiteral("public"), QStringLiteral("Main schema"));
    const core::Id status = b.enumType(s, QStringLiteral("order_status"),
                                       {QStringLiteral("pending"), QStringLiteral("paid")},
                                       QStringLiteral("Lifecycle"));
    const qsizetype customer =
        b.table(s, QStringLiteral("customer"), QStringLiteral("People who buy"));
    b.column(customer, QStringLiteral("id"), QStringLiteral("integer"), false);
    b.column(customer, QStringLiteral("email"), QStringLiteral("varchar(320)"), false).comment =
        QStringLiteral("Login, unique");
    b.column(customer, QStringLiteral("tenant"), QStringLiteral("integer"), false);
    b.column(customer, QStringLiteral("favourite_order"), QStringLiteral("integer"));
    b.primaryKey(customer, {b.col(customer, QStringLiteral("id"))},
                 QStringLiteral("customer_pkey"));
    b.unique(customer,
             {b.col(customer, QStringLiteral("tenant")), b.col(customer, QStringLiteral("email"))},
             QStringLiteral("customer_tenant_email_key"));
    b.unique(customer, {b.col(customer, QStringLiteral("email"))});
    b.check(customer, QStringLiteral("length(email) > 3"), QStringLiteral("customer_email_check"));

    const qsizetype order = b.table(s, QStringLiteral("purchase"));
    b.column(order, QStringLiteral("id"), QStringLiteral("integer"), false);
    b.column(order, QStringLiteral("customer_id"), QStringLiteral("integer"), false);
    b.column(order, QStringLiteral("parent_id"), QStringLiteral("integer"));
    b.enumColumn(order, QStringLiteral("status"), status, false).defaultValue =
        literal(QStringLiteral("pending"));
    b.column(order, QStringLiteral("total"), QStringLiteral("numeric(10,2)"), false);
    b.primaryKey(order, {b.col(order, QStringLiteral("id"))});
    b.check(order, QStringLiteral("total >= 0"), QStringLiteral("purchase_total_check"));
    b.check(order, QStringLiteral("total < 1000000"));
    model::ForeignKey& toCustomer = b.foreignKey(
        order, {b.col(order, QStringLiteral("customer_id"))}, customer,
        {b.col(customer, QStringLiteral("id"))}, QStringLiteral("purchase_customer_fk"));
    toCustomer.onDelete = model::ReferentialAction::Cascade;
    toCustomer.onUpdate = model::ReferentialAction::Restrict;
    toCustomer.deferrable = true;
    toCustomer.initiallyDeferred = true;
    model::ForeignKey& self =
        b.foreignKey(order, {b.col(order, QStringLiteral("parent_id"))}, order,
                     {b.col(order, QStringLiteral("id"))}, QStringLiteral("purchase_parent_fk"));
    self.onDelete = model::ReferentialAction::SetNull;
    // The cycle: customer.favourite_order → purchase, purchase.customer_id → customer.
    model::ForeignKey& back =
        b.foreignKey(customer, {b.col(customer, QStringLiteral("favourite_order"))}, order,
                     {b.col(order, QStringLiteral("id"))}, QStringLiteral("customer_favourite_fk"));
    back.deferrable = true;

    const qsizetype line = b.table(s, QStringLiteral("purchase_line"));
    b.column(line, QStringLiteral("purchase_id"), QStringLiteral("integer"), false);
    b.column(line, QStringLiteral("line_no"), QStringLiteral("smallint"), false);
    b.column(line, QStringLiteral("qty"), QStringLiteral("integer"), false).defaultValue =
        literal(QStringLiteral("1"));
    b.primaryKey(
        line, {b.col(line, QStringLiteral("purchase_id")), b.col(line, QStringLiteral("line_no"))},
        QStringLiteral("purchase_line_pkey"));
    model::ForeignKey& toOrder = b.foreignKey(line, {b.col(line, QStringLiteral("purchase_id"))},
                                              order, {b.col(order, QStringLiteral("id"))});
    toOrder.onDelete = model::ReferentialAction::Cascade;
    toOrder.onUpdate = model::ReferentialAction::Cascade;

    b.view(s, QStringLiteral("big_purchases"),
           QStringLiteral("SELECT id, total FROM purchase WHERE total > 100"),
           QStringLiteral("Purchases over 100"));
    return {QStringLiteral("constraints"), b.m};
}

RoundTripCase indexesCase()
{
    Builder b(QStringLiteral("indexes"));
    const core::Id s = b.schema(QStringLiteral("public"));
    const qsizetype t = b.table(s, QStringLiteral("event"));
    b.column(t, QStringLiteral("id"), QStringLiteral("bigint"), false);
    b.column(t, QStringLiteral("kind"), QStringLiteral("varchar(30)"), false);
    b.column(t, QStringLiteral("email"), QStringLiteral("varchar(320)"));
    b.column(t, QStringLiteral("happened"), QStringLiteral("timestamp"), false);
    b.column(t, QStringLiteral("deleted"), QStringLiteral("timestamp"));
    b.column(t, QStringLiteral("score"), QStringLiteral("integer"));
    b.column(t, QStringLiteral("payload"), QStringLiteral("jsonb"));
    b.primaryKey(t, {b.col(t, QStringLiteral("id"))});
    b.index(t,
            {Builder::key(b.col(t, QStringLiteral("kind"))),
             Builder::key(b.col(t, QStringLiteral("happened")), IndexKey::Sort::Desc)},
            QStringLiteral("event_kind_happened_idx"));
    b.index(t,
            {Builder::key(b.col(t, QStringLiteral("score")), IndexKey::Sort::Asc,
                          IndexKey::Nulls::First)},
            QStringLiteral("event_score_nulls_first_idx"));
    b.index(t,
            {Builder::key(b.col(t, QStringLiteral("score")), IndexKey::Sort::Desc,
                          IndexKey::Nulls::Last)},
            QStringLiteral("event_score_desc_nulls_last_idx"));
    model::Index& partial = b.index(t, {Builder::key(b.col(t, QStringLiteral("happened")))},
                                    QStringLiteral("event_live_idx"));
    partial.where = QStringLiteral("deleted IS NULL");
    model::Index& uniqueEmail = b.index(t, {Builder::expr(QStringLiteral("lower(email)"))},
                                        QStringLiteral("event_email_lower_uq"));
    uniqueEmail.unique = true;
    model::Index& covering = b.index(t, {Builder::key(b.col(t, QStringLiteral("kind")))},
                                     QStringLiteral("event_kind_covering_idx"));
    covering.includeColumnIds = {b.col(t, QStringLiteral("score"))};
    model::Index& plainUnique = b.index(t,
                                        {Builder::key(b.col(t, QStringLiteral("kind"))),
                                         Builder::key(b.col(t, QStringLiteral("happened")))},
                                        QStringLiteral("event_kind_happened_uq"));
    plainUnique.unique = true;
    model::Index& gin = b.index(t, {Builder::key(b.col(t, QStringLiteral("payload")))},
                                QStringLiteral("event_payload_gin"));
    gin.method = QStringLiteral("gin");
    model::Index& hash = b.index(t, {Builder::key(b.col(t, QStringLiteral("kind")))},
                                 QStringLiteral("event_kind_hash"));
    hash.method = QStringLiteral("hash");
    return {QStringLiteral("indexes"), b.m};
}

RoundTripCase identifiersCase()
{
    Builder b(QStringLiteral("identifiers"));
    const core::Id s =
        b.schema(QStringLiteral("Mixed Case Schema"), QStringLiteral("Schema with \"quotes\""));
    const core::Id e = b.enumType(s, QStringLiteral("Sélection"),
                                  {QStringLiteral("a 'quoted' value"), QStringLiteral("Zürich"),
                                   QStringLiteral("back\\slash")});
    const qsizetype order =
        b.table(s, QStringLiteral("order"), QStringLiteral("Reserved word, it's a table"));
    b.column(order, QStringLiteral("user"), QStringLiteral("integer"), false);
    b.column(order, QStringLiteral("select"), QStringLiteral("varchar(10)")).comment =
        QStringLiteral("ünïcödé comment");
    b.column(order, QStringLiteral("Mixed Case"), QStringLiteral("integer"));
    b.column(order, QStringLiteral("with \"quote\""), QStringLiteral("integer"));
    b.column(order, QStringLiteral("straße"), QStringLiteral("varchar(10)")).defaultValue =
        literal(QStringLiteral("süß"));
    b.enumColumn(order, QStringLiteral("größe"), e);
    b.column(order, QStringLiteral("path"), QStringLiteral("varchar(40)")).defaultValue =
        literal(QStringLiteral("C:\\temp\\it's"));
    b.primaryKey(order, {b.col(order, QStringLiteral("user"))}, QStringLiteral("order pkey"));
    b.unique(order, {b.col(order, QStringLiteral("Mixed Case"))},
             QStringLiteral("Unique \"Mixed\""));
    b.check(order, QStringLiteral("\"Mixed Case\" > 0"), QStringLiteral("check me"));
    const qsizetype user = b.table(s, QStringLiteral("User Table"));
    b.column(user, QStringLiteral("ID"), QStringLiteral("integer"), false);
    b.column(user, QStringLiteral("order"), QStringLiteral("integer"));
    b.primaryKey(user, {b.col(user, QStringLiteral("ID"))});
    b.foreignKey(user, {b.col(user, QStringLiteral("order"))}, order,
                 {b.col(order, QStringLiteral("user"))}, QStringLiteral("fk to \"order\""));
    b.index(user, {Builder::key(b.col(user, QStringLiteral("order")), IndexKey::Sort::Desc)},
            QStringLiteral("Index Ä"));
    // View SQL is verbatim and dialect-specific; this one is portable (the name is the test).
    b.view(s, QStringLiteral("select"), QStringLiteral("SELECT 1 AS one"));
    return {QStringLiteral("identifiers"), b.m};
}

// A CHECK over a column whose foreign key has ON DELETE SET NULL: valid SQL
// everywhere, but MariaDB refuses the combination (error 1901), so the generator has
// to do something about it.
RoundTripCase checkOnReferentialActionColumnCase()
{
    Builder b(QStringLiteral("checkfk"));
    const core::Id s = b.schema(QStringLiteral("public"));
    const qsizetype node = b.table(s, QStringLiteral("node"));
    b.column(node, QStringLiteral("id"), QStringLiteral("integer"), false);
    b.column(node, QStringLiteral("parent_id"), QStringLiteral("integer"));
    b.primaryKey(node, {b.col(node, QStringLiteral("id"))});
    b.check(node, QStringLiteral("parent_id <> id"), QStringLiteral("node_not_own_parent"));
    b.foreignKey(node, {b.col(node, QStringLiteral("parent_id"))}, node,
                 {b.col(node, QStringLiteral("id"))}, QStringLiteral("node_parent_fk"))
        .onDelete = model::ReferentialAction::SetNull;
    return {QStringLiteral("check on referential-action column"), b.m};
}

// Domains (PostgreSQL; the other dialects carry NOT NULL, DEFAULT, collation and checks
// onto the columns): over integer with a named check, over varchar with COLLATE "C" and
// NOT NULL, over an enum with a DEFAULT, over numeric with an unnamed check (the engine
// names it), a commented one; one domain used by two columns, a column's own DEFAULT
// over its domain's.
RoundTripCase domainsCase()
{
    Builder b(QStringLiteral("domains"));
    const core::Id s = b.schema(QStringLiteral("public"));
    const core::Id mood =
        b.enumType(s, QStringLiteral("mood"), {QStringLiteral("sad"), QStringLiteral("ok")});
    const core::Id year = b.domain(s, QStringLiteral("year"), QStringLiteral("integer"));
    b.domainCheck(year, QStringLiteral("VALUE >= 1901 AND VALUE <= 2155"),
                  QStringLiteral("year_check"));
    b.domainRef(year).comment = QStringLiteral("A year as MySQL's YEAR holds it");
    const core::Id code = b.domain(s, QStringLiteral("code"), QStringLiteral("varchar(20)"), true);
    b.domainRef(code).collation = QStringLiteral("C");
    const core::Id feeling = b.domain(s, QStringLiteral("feeling"), QStringLiteral("text"), false,
                                      QStringLiteral("'ok'"));
    b.domainRef(feeling).baseType = {};
    b.domainRef(feeling).baseType.kind = LogicalType::Kind::Enum;
    b.domainRef(feeling).baseType.enumId = mood;
    const core::Id price = b.domain(s, QStringLiteral("price"), QStringLiteral("numeric(10,2)"),
                                    false, QStringLiteral("0"));
    b.domainCheck(price, QStringLiteral("VALUE >= 0"));
    const qsizetype film = b.table(s, QStringLiteral("film"));
    b.column(film, QStringLiteral("id"), QStringLiteral("integer"), false).identity =
        model::Identity::ByDefault;
    b.domainColumn(film, QStringLiteral("release_year"), year);
    b.domainColumn(film, QStringLiteral("original_year"), year, false).defaultValue =
        literal(QStringLiteral("2000"));
    b.domainColumn(film, QStringLiteral("code"), code);
    b.domainColumn(film, QStringLiteral("feeling"), feeling);
    b.domainColumn(film, QStringLiteral("price"), price);
    b.column(film, QStringLiteral("title"), QStringLiteral("text"));
    b.primaryKey(film, {b.col(film, QStringLiteral("id"))}, QStringLiteral("film_pkey"));
    return {QStringLiteral("domains"), b.m};
}

} // namespace

QList<RoundTripCase> roundTripModels()
{
    return {typesCase(),
            constraintsCase(),
            indexesCase(),
            identifiersCase(),
            checkOnReferentialActionColumnCase(),
            domainsCase()};
}

} // namespace schemata::enginetest
