#include "dialect/postgres/postgresdialect.h"
#include "dialect/postgres/postgresdomainsql.h"
#include "model/modelindex.h"
#include "testmodels.h"

#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;
using dialect::postgres::PostgresDialect;

Q_DECLARE_METATYPE(schemata::model::DomainType)

// CREATE DOMAIN and its check clauses as the DDL builder and the migration planner
// write them: names qualified outside "public", the base type through the PostgreSQL
// type mapper (enums by name, the "postgres" override), clauses in PostgreSQL's order.
class TstPostgresDomainSql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createDomain_data();
    void createDomain();
    void domainNameQuoting();
    void checkClause_data();
    void checkClause();
};

namespace {

model::DomainType makeDomain(const core::Id& schemaId, const QString& name, const QString& type)
{
    model::DomainType d;
    d.id = core::Id(u"dom_"_s + name);
    d.schemaId = schemaId;
    d.name = name;
    d.baseType = model::LogicalType::parse(type).value_or(model::LogicalType{});
    return d;
}

} // namespace

void TstPostgresDomainSql::createDomain_data()
{
    QTest::addColumn<model::DomainType>("domain");
    QTest::addColumn<QString>("expected");

    const core::Id pub(u"sch_public"_s);
    const core::Id sales(u"sch_sales"_s);

    QTest::newRow("plain") << makeDomain(pub, u"amount"_s, u"numeric(10,2)"_s)
                           << u"CREATE DOMAIN amount AS numeric(10,2)"_s;

    model::DomainType year = makeDomain(pub, u"year"_s, u"integer"_s);
    year.checks.append(
        {core::Id(u"chk_year"_s), u"year_check"_s, u"VALUE >= 1901 AND VALUE <= 2155"_s});
    QTest::newRow("sakila year") << year
                                 << u"CREATE DOMAIN year AS integer CONSTRAINT year_check CHECK "
                                    "(VALUE >= 1901 AND VALUE <= 2155)"_s;

    model::DomainType mood = makeDomain(sales, u"Mood"_s, u"enum"_s);
    mood.baseType.enumId = core::Id(u"enm_mood"_s);
    mood.notNull = true;
    mood.defaultExpression = u"'ok'"_s;
    QTest::newRow("over enum, qualified")
        << mood << uR"(CREATE DOMAIN sales."Mood" AS sales.mood DEFAULT 'ok' NOT NULL)"_s;

    model::DomainType missingEnum = makeDomain(pub, u"lost"_s, u"enum"_s);
    missingEnum.baseType.enumId = core::Id(u"enm_gone"_s);
    QTest::newRow("enum missing falls back to text")
        << missingEnum << u"CREATE DOMAIN lost AS text"_s;

    model::DomainType all = makeDomain(sales, u"code"_s, u"varchar(10)"_s);
    all.collation = u"C"_s;
    all.defaultExpression = u"  lower('X') || 'y'  "_s;
    all.notNull = true;
    all.checks.append({core::Id(u"c1"_s), u"code_len"_s, u" length(VALUE) > 2 "_s});
    all.checks.append({core::Id(u"c2"_s), QString(), u"VALUE <> 'select'"_s});
    QTest::newRow("every clause, in order")
        << all
        << uR"(CREATE DOMAIN sales.code AS varchar(10) COLLATE "C" DEFAULT (lower('X') || 'y') NOT NULL CONSTRAINT code_len CHECK (length(VALUE) > 2) CHECK (VALUE <> 'select'))"_s;

    model::DomainType overridden = makeDomain(pub, u"email"_s, u"text"_s);
    overridden.baseType.overrides.insert(u"postgres"_s, u"citext"_s);
    overridden.baseType.overrides.insert(u"mysql"_s, u"VARCHAR(320)"_s);
    QTest::newRow("postgres override") << overridden << u"CREATE DOMAIN email AS citext"_s;

    model::DomainType simpleDefault = makeDomain(pub, u"stamp"_s, u"timestamptz(3)"_s);
    simpleDefault.defaultExpression = u"now()"_s;
    QTest::newRow("simple default unparenthesized")
        << simpleDefault << u"CREATE DOMAIN stamp AS timestamptz(3) DEFAULT now()"_s;
}

void TstPostgresDomainSql::createDomain()
{
    QFETCH(model::DomainType, domain);
    QFETCH(QString, expected);

    dialect::test::ModelBuilder b;
    b.schema(u"public"_s);
    const core::Id sales = b.schema(u"sales"_s);
    b.enumType(sales, u"mood"_s, {u"ok"_s, u"bad"_s});
    b.model.domains.append(domain);
    const model::ModelIndex index(b.model);
    const PostgresDialect pg;

    QCOMPARE(dialect::postgres::createDomainSql(pg, index, domain), expected);
}

void TstPostgresDomainSql::domainNameQuoting()
{
    dialect::test::ModelBuilder b;
    const core::Id odd = b.schema(u"Odd Schema"_s);
    const model::DomainType d = makeDomain(odd, u"select"_s, u"integer"_s);
    b.model.domains.append(d);
    const model::ModelIndex index(b.model);
    const PostgresDialect pg;
    QCOMPARE(dialect::postgres::domainName(pg, index, d), uR"("Odd Schema"."select")"_s);

    // A domain whose schema is missing is named without one (validation reports it).
    const model::DomainType orphan = makeDomain(core::Id(u"sch_gone"_s), u"d"_s, u"integer"_s);
    QCOMPARE(dialect::postgres::domainName(pg, index, orphan), u"d"_s);
}

void TstPostgresDomainSql::checkClause_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");

    QTest::newRow("named") << u"positive"_s << u"VALUE > 0"_s
                           << u"CONSTRAINT positive CHECK (VALUE > 0)"_s;
    QTest::newRow("name needs quotes")
        << u"Check Me"_s << u"VALUE > 0"_s << uR"(CONSTRAINT "Check Me" CHECK (VALUE > 0))"_s;
    QTest::newRow("unnamed, trimmed")
        << QString() << u"\n VALUE IS NOT NULL \n"_s << u"CHECK (VALUE IS NOT NULL)"_s;
}

void TstPostgresDomainSql::checkClause()
{
    QFETCH(QString, name);
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    const PostgresDialect pg;
    QCOMPARE(dialect::postgres::domainCheckSql(pg, {core::Id(u"c"_s), name, expression}), expected);
}

QTEST_GUILESS_MAIN(TstPostgresDomainSql)
#include "tst_postgresdomainsql.moc"
