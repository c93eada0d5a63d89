#include "connect/catalogid.h"
#include "sqlimport/scriptimport.h"

#include <QTest>

using namespace schemata;
using namespace schemata::sqlimport;
using namespace Qt::StringLiterals;

namespace {

core::Result<connect::ImportResult> run(const QByteArray& sql, const QString& dialect)
{
    ScriptImportOptions options;
    options.dialect = dialect;
    return importScript(sql, u"script.sql"_s, options);
}

const model::Table* table(const model::Model& m, const QString& schema, const QString& name)
{
    return m.tableByName(schema, name);
}

QStringList locations(const connect::ImportReport& report, connect::ImportReportItem::Kind kind)
{
    QStringList out;
    for (const auto& item : report.items) {
        if (item.kind == kind)
            out << item.location + u' ' + item.objectType;
    }
    return out;
}

} // namespace

class TestScriptImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void postgresTables()
    {
        const QByteArray sql = R"(CREATE SCHEMA shop;
CREATE TYPE shop.mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE shop.customer (
    id serial PRIMARY KEY,
    email varchar(200) NOT NULL UNIQUE,
    mood shop.mood DEFAULT 'ok',
    balance numeric(10,2) DEFAULT 0 CHECK (balance >= 0),
    created timestamp with time zone NOT NULL DEFAULT now(),
    note text COLLATE "C"
);
CREATE TABLE shop."order" (
    id bigint GENERATED ALWAYS AS IDENTITY,
    customer_id integer NOT NULL REFERENCES shop.customer ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    total numeric(12,2),
    CONSTRAINT order_pk PRIMARY KEY (id),
    CHECK (total > 0 AND total < 1000000)
);
ALTER TABLE shop."order" ADD CONSTRAINT order_customer_total UNIQUE (customer_id, total);
CREATE UNIQUE INDEX customer_lower_email ON shop.customer USING btree (lower(email) DESC NULLS LAST) INCLUDE (mood) WHERE note IS NOT NULL;
CREATE INDEX ON shop."order" (total);
CREATE VIEW shop.rich AS SELECT id, email FROM shop.customer WHERE balance > 100;
COMMENT ON TABLE shop.customer IS 'people who buy';
COMMENT ON COLUMN shop.customer.email IS 'login';
)";
        const auto result = run(sql, u"postgres"_s);
        if (!result)
            QFAIL(qPrintable(result.error().toString()));
        const model::Model& m = result.value().model;
        QCOMPARE(m.enums.size(), 1);
        QCOMPARE(m.enums.constFirst().values, QStringList({u"sad"_s, u"ok"_s, u"happy"_s}));
        const model::Table* customer = table(m, u"shop"_s, u"customer"_s);
        const model::Table* order = table(m, u"shop"_s, u"order"_s);
        if (!customer || !order)
            QFAIL("tables missing");
        QCOMPARE(customer->id, connect::catalogId(u"tbl", {u"shop"_s, u"customer"_s}));
        QCOMPARE(customer->comment, u"people who buy"_s);
        const model::Column* id = customer->columnByName(u"id");
        const model::Column* email = customer->columnByName(u"email");
        const model::Column* mood = customer->columnByName(u"mood");
        const model::Column* balance = customer->columnByName(u"balance");
        const model::Column* created = customer->columnByName(u"created");
        const model::Column* note = customer->columnByName(u"note");
        if (!id || !email || !mood || !balance || !created || !note)
            QFAIL("columns missing");
        // serial: read as the live import reads it (an identity)
        QCOMPARE(id->type.kind, model::LogicalType::Kind::Integer);
        QVERIFY(!id->nullable);
        QCOMPARE(id->identity, model::Identity::ByDefault);
        QCOMPARE(id->defaultValue.kind, model::ColumnDefault::Kind::None);
        QCOMPARE(email->type.kind, model::LogicalType::Kind::Varchar);
        QCOMPARE(email->type.length, 200);
        QCOMPARE(email->comment, u"login"_s);
        QCOMPARE(mood->type.kind, model::LogicalType::Kind::Enum);
        QCOMPARE(mood->defaultValue.kind, model::ColumnDefault::Kind::Literal);
        QCOMPARE(mood->defaultValue.value, u"ok"_s);
        QCOMPARE(balance->type.kind, model::LogicalType::Kind::Decimal);
        QCOMPARE(balance->type.precision, 10);
        QCOMPARE(balance->type.scale, 2);
        QCOMPARE(created->defaultValue.kind, model::ColumnDefault::Kind::CurrentTimestamp);
        QVERIFY(!created->nullable);
        QCOMPARE(note->collation, u"C"_s);
        // generated constraint names, as PostgreSQL chooses them
        if (!customer->primaryKey)
            QFAIL("no primary key");
        QCOMPARE(customer->primaryKey->name, u"customer_pkey"_s);
        QCOMPARE(customer->uniques.size(), 1);
        QCOMPARE(customer->uniques.constFirst().name, u"customer_email_key"_s);
        QCOMPARE(customer->checks.size(), 1);
        QCOMPARE(customer->checks.constFirst().name, u"customer_balance_check"_s);
        QCOMPARE(customer->checks.constFirst().expression, u"balance >= 0"_s);
        // index: expression, sort, nulls, include, partial
        QCOMPARE(customer->indexes.size(), 1);
        const model::Index& index = customer->indexes.constFirst();
        QVERIFY(index.unique);
        QCOMPARE(index.method, QString());
        QCOMPARE(index.keys.size(), 1);
        QCOMPARE(index.keys.constFirst().expression, u"lower(email)"_s);
        QCOMPARE(index.keys.constFirst().sort, model::IndexKey::Sort::Desc);
        QCOMPARE(index.keys.constFirst().nulls, model::IndexKey::Nulls::Last);
        QCOMPARE(index.includeColumnIds, QList<core::Id>{mood->id});
        QCOMPARE(index.where, u"note IS NOT NULL"_s);

        const model::Column* orderId = order->columnByName(u"id");
        if (!orderId || !order->primaryKey)
            QFAIL("order id / pk missing");
        QCOMPARE(orderId->identity, model::Identity::Always);
        QCOMPARE(order->primaryKey->name, u"order_pk"_s);
        QCOMPARE(order->checks.constFirst().name, u"order_total_check"_s);
        QCOMPARE(order->checks.constFirst().expression, u"total > 0 AND total < 1000000"_s);
        QCOMPARE(order->uniques.constFirst().name, u"order_customer_total"_s);
        QCOMPARE(order->foreignKeys.size(), 1);
        const model::ForeignKey& fk = order->foreignKeys.constFirst();
        QCOMPARE(fk.name, u"order_customer_id_fkey"_s);
        QCOMPARE(fk.referencedTableId, customer->id);
        QCOMPARE(fk.referencedColumnIds, QList<core::Id>{id->id}); // the referenced primary key
        QCOMPARE(fk.onDelete, model::ReferentialAction::Cascade);
        QVERIFY(fk.deferrable);
        QVERIFY(fk.initiallyDeferred);
        QCOMPARE(order->indexes.constFirst().name, u"order_total_idx"_s);
        QCOMPARE(m.views.size(), 1);
        QCOMPARE(m.views.constFirst().sql,
                 u"SELECT id, email FROM shop.customer WHERE balance > 100"_s);
        QVERIFY(result.value().report.items.isEmpty());
    }

    // The rest is kept in the report with file:line; errors do not stop the import.
    void postgresReportAndErrors()
    {
        const QByteArray sql = "SET search_path = app;\n"              // 1
                               "CREATE SCHEMA app;\n"                  // 2
                               "CREATE TABLE t (a int PRIMARY KEY);\n" // 3
                               "CREATE FUNCTION f() RETURNS int\n"     // 4
                               "  LANGUAGE sql AS $$ SELECT 1; $$;\n"  // 5
                               "CREATE TABLE broken (a int,,);\n"      // 6
                               "COPY t (a) FROM stdin;\n"              // 7
                               "1\n2\n\\.\n"                           // 8-10
                               "CREATE TABLE u (\n"                    // 11
                               "  a int REFERENCES t\n"                // 12
                               ");\n"                                  // 13
                               "GRANT SELECT ON t TO PUBLIC;\n";       // 14
        const auto result = run(sql, u"postgres"_s);
        if (!result)
            QFAIL(qPrintable(result.error().toString()));
        const connect::ImportResult& r = result.value();
        QVERIFY(table(r.model, u"app"_s, u"t"_s));
        QVERIFY(table(r.model, u"app"_s, u"u"_s));
        QVERIFY(!table(r.model, u"app"_s, u"broken"_s));
        QCOMPARE(locations(r.report, connect::ImportReportItem::Kind::Failed),
                 QStringList({u"script.sql:6 CREATE TABLE"_s}));
        QCOMPARE(locations(r.report, connect::ImportReportItem::Kind::NotModelled),
                 QStringList({u"script.sql:7 COPY data"_s, u"script.sql:1 SET"_s,
                              u"script.sql:4 CREATE FUNCTION"_s, u"script.sql:7 COPY"_s,
                              u"script.sql:14 GRANT"_s}));
        // the function's SQL is carried through verbatim
        bool found = false;
        for (const auto& item : r.report.items)
            found = found || item.sql.contains(u"$$ SELECT 1; $$"_s);
        QVERIFY(found);
        QVERIFY(r.report.toText().contains(u"script.sql:6: failed CREATE TABLE"_s));
    }

    // pg_dump spells serial as a sequence owned by the column plus a nextval() default.
    void postgresDumpSerial()
    {
        const QByteArray sql = "CREATE TABLE public.a (id integer NOT NULL, x integer DEFAULT "
                               "nextval('public.free_seq'::regclass));\n"
                               "CREATE SEQUENCE public.a_id_seq AS integer START WITH 1;\n"
                               "ALTER SEQUENCE public.a_id_seq OWNED BY public.a.id;\n"
                               "ALTER TABLE ONLY public.a ALTER COLUMN id SET DEFAULT "
                               "nextval('public.a_id_seq'::regclass);\n";
        const auto result = run(sql, u"postgres"_s);
        if (!result)
            QFAIL(qPrintable(result.error().toString()));
        const model::Table* a = table(result.value().model, u"public"_s, u"a"_s);
        if (!a || a->columns.size() != 2)
            QFAIL("table a missing");
        QCOMPARE(a->columns.at(0).identity, model::Identity::ByDefault);
        QCOMPARE(a->columns.at(0).defaultValue.kind, model::ColumnDefault::Kind::None);
        // a sequence nobody owns stays an expression default
        QCOMPARE(a->columns.at(1).identity, model::Identity::None);
        QCOMPARE(a->columns.at(1).defaultValue.value, u"nextval('public.free_seq'::regclass)"_s);
    }

    // Domains as the server would hold them after the same statements.
    void postgresDomains()
    {
        const QByteArray sql =
            "SET search_path = app, public;\n"                                            // 1
            "CREATE SCHEMA app;\n"                                                        // 2
            "CREATE DOMAIN public.year AS integer CHECK (VALUE > 1900);\n"                // 3
            "CREATE TABLE app.t (c int, CONSTRAINT t_c_check CHECK (c > 0));\n"           // 4
            "CREATE DOMAIN app.qty AS int CHECK (VALUE > 0) CHECK (VALUE < 100);\n"       // 5
            "CREATE DOMAIN app.t_c AS int CHECK (VALUE <> 5);\n"                          // 6
            "ALTER DOMAIN qty ADD CONSTRAINT big CHECK (VALUE < 1000) NOT VALID;\n"       // 7
            "ALTER DOMAIN qty DROP CONSTRAINT qty_check1;\n"                              // 8
            "ALTER DOMAIN qty RENAME CONSTRAINT big TO qty_big;\n"                        // 9
            "ALTER DOMAIN qty SET DEFAULT 1;\n"                                           // 10
            "ALTER DOMAIN qty SET NOT NULL;\n"                                            // 11
            "ALTER DOMAIN qty OWNER TO someone;\n"                                        // 12
            "COMMENT ON DOMAIN qty IS 'Quantity';\n"                                      // 13
            "CREATE DOMAIN app.old AS varchar(10) COLLATE \"C\" DEFAULT 'x' NOT NULL;\n"  // 14
            "ALTER DOMAIN app.old RENAME TO label;\n"                                     // 15
            "CREATE DOMAIN app.date AS int;\n"                                            // 16
            "CREATE TABLE app.line (n qty, y year, l label, d date, y2 public.year,\n"    // 17
            "  l2 label COLLATE \"C\");\n"                                                // 18
            "CREATE DOMAIN app.gone AS text;\n"                                           // 19
            "DROP DOMAIN app.gone;\n"                                                     // 20
            "DROP DOMAIN app.label;\n"                                                    // 21
            "CREATE DOMAIN app.movable AS text;\n"                                        // 22
            "ALTER DOMAIN app.movable SET SCHEMA public;\n"                               // 23
            "CREATE DOMAIN app.year2 AS public.year DEFAULT 2000 CHECK (VALUE < 3000);\n" // 24
            "ALTER DOMAIN app.year2 DROP DEFAULT;\n";                                     // 25
        const auto result = run(sql, u"postgres"_s);
        if (!result)
            QFAIL(qPrintable(result.error().toString()));
        const model::Model& m = result.value().model;
        QStringList names;
        for (const model::DomainType& d : m.domains)
            names << d.id.toString();
        QCOMPARE(names, QStringList({u"dom_app.date"_s, u"dom_app.label"_s, u"dom_app.qty"_s,
                                     u"dom_app.t_c"_s, u"dom_app.year2"_s, u"dom_public.movable"_s,
                                     u"dom_public.year"_s}));
        const auto domain = [&](const char* schema, const char* name) {
            return m.domainType(connect::catalogId(
                u"dom", {QString::fromLatin1(schema), QString::fromLatin1(name)}));
        };
        const auto checks = [](const model::DomainType* d) {
            QStringList out;
            for (const model::CheckConstraint& c : d->checks)
                out << c.id.toString() + u' ' + c.name + u' ' + c.expression;
            return out;
        };
        const model::DomainType* qty = domain("app", "qty");
        const model::DomainType* tc = domain("app", "t_c");
        const model::DomainType* label = domain("app", "label");
        const model::DomainType* year = domain("public", "year");
        const model::DomainType* year2 = domain("app", "year2");
        if (!qty || !tc || !label || !year || !year2)
            QFAIL("a domain is missing");
        // Unnamed checks are named as the server names them; the table's t_c_check is taken.
        QCOMPARE(checks(qty), QStringList({u"dck_app.qty.qty_big qty_big VALUE < 1000"_s,
                                           u"dck_app.qty.qty_check qty_check VALUE > 0"_s}));
        QCOMPARE(checks(tc), QStringList({u"dck_app.t_c.t_c_check1 t_c_check1 VALUE <> 5"_s}));
        QCOMPARE(qty->baseType.toString(), u"integer"_s);
        QCOMPARE(qty->defaultExpression, u"1"_s);
        QVERIFY(qty->notNull);
        QCOMPARE(qty->comment, u"Quantity"_s);
        QCOMPARE(label->name, u"label"_s);
        QCOMPARE(label->baseType.toString(), u"varchar(10)"_s);
        QCOMPARE(label->collation, u"C"_s);
        QCOMPARE(label->defaultExpression, u"'x'"_s);
        QVERIFY(label->notNull);
        // Over a domain: flattened, the inner check carried, the own default dropped.
        QCOMPARE(year2->baseType.toString(), u"integer"_s);
        QVERIFY(year2->baseType.domainId.isNull());
        QCOMPARE(checks(year2),
                 QStringList({u"dck_app.year2.year2_check year2_check VALUE < 3000"_s,
                              u"dck_app.year2.year_check year_check VALUE > 1900"_s}));
        QCOMPARE(year2->defaultExpression, QString());

        const model::Table* line = table(m, u"app"_s, u"line"_s);
        if (!line || line->columns.size() != 6)
            QFAIL("table app.line missing");
        QCOMPARE(line->columns.at(0).type.domainId, qty->id);
        QCOMPARE(line->columns.at(0).type.toString(), u"integer"_s);
        QCOMPARE(line->columns.at(1).type.domainId, year->id);  // through the search_path
        QCOMPARE(line->columns.at(2).type.domainId, label->id); // renamed before use
        QCOMPARE(line->columns.at(2).type.toString(), u"varchar(10)"_s);
        QVERIFY(line->columns.at(3).type.domainId.isNull()); // pg_catalog.date comes first
        QCOMPARE(line->columns.at(3).type.kind, model::LogicalType::Kind::Date);
        QCOMPARE(line->columns.at(4).type.domainId, year->id);
        QCOMPARE(line->columns.at(5).collation, QString()); // the domain's own collation

        QCOMPARE(locations(result.value().report, connect::ImportReportItem::Kind::NotModelled),
                 QStringList({u"script.sql:1 SET"_s, u"script.sql:12 ALTER DOMAIN"_s,
                              u"script.sql:21 DROP DOMAIN"_s}));
        const auto& items = result.value().report.items;
        QVERIFY(std::any_of(items.cbegin(), items.cend(), [](const connect::ImportReportItem& i) {
            return i.message.contains(u"used by column line.l"_s);
        }));
        const auto& notes = result.value().report.notes;
        QVERIFY(std::any_of(notes.cbegin(), notes.cend(), [](const model::Diagnostic& d) {
            return d.path == u"app.year2"_s && d.message.contains(u"public.year"_s);
        }));

        // The schema filter: a column of a domain left out keeps a type override.
        ScriptImportOptions options;
        options.dialect = u"postgres"_s;
        options.filter.schemas = QStringList{u"app"_s};
        const auto filtered = importScript(sql, u"script.sql"_s, options);
        if (!filtered)
            QFAIL(qPrintable(filtered.error().toString()));
        QCOMPARE(filtered.value().model.domains.size(), 5);
        const model::Table* fline = table(filtered.value().model, u"app"_s, u"line"_s);
        if (!fline)
            QFAIL("table app.line missing after filtering");
        QVERIFY(fline->columns.at(1).type.domainId.isNull());
        QCOMPARE(fline->columns.at(1).type.overrides.value(u"postgres"_s), u"year"_s);
        QCOMPARE(fline->columns.at(0).type.domainId, qty->id);
    }

    void sqliteScript()
    {
        const QByteArray sql = "PRAGMA foreign_keys = ON;\n"
                               "CREATE TABLE artist (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
                               "CREATE TABLE album (\n"
                               "  id INTEGER PRIMARY KEY,\n"
                               "  artist_id INTEGER REFERENCES artist(id) ON DELETE CASCADE,\n"
                               "  title TEXT DEFAULT 'untitled;'\n"
                               ");\n"
                               "CREATE TABLE oops (a int,,);\n"
                               "INSERT INTO artist VALUES (1, 'x;y');\n"
                               "CREATE TRIGGER t AFTER INSERT ON album BEGIN\n"
                               "  UPDATE artist SET name = name WHERE id = NEW.artist_id;\n"
                               "END;\n"
                               "CREATE INDEX album_title ON album (title);\n";
        const auto result = run(sql, u"sqlite"_s);
        if (!result)
            QFAIL(qPrintable(result.error().toString()));
        const connect::ImportResult& r = result.value();
        const model::Table* album = table(r.model, u"main"_s, u"album"_s);
        if (!album)
            QFAIL("album missing");
        QCOMPARE(album->foreignKeys.size(), 1);
        QCOMPARE(album->indexes.size(), 1);
        QCOMPARE(r.model.tables.size(), 2);
        QCOMPARE(locations(r.report, connect::ImportReportItem::Kind::Failed),
                 QStringList({u"script.sql:8 CREATE TABLE"_s}));
        QCOMPARE(locations(r.report, connect::ImportReportItem::Kind::NotModelled),
                 QStringList({u"script.sql:1 PRAGMA"_s, u"script.sql:10 CREATE TRIGGER"_s,
                              u"script.sql:9-9 data"_s}));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("expected");
        QTest::newRow("binary pg")
            << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"postgres"_s << u"binary file"_s;
        QTest::newRow("binary sqlite")
            << QByteArray("SQLite format 3\0", 16) << u"sqlite"_s << u"binary file"_s;
        QTest::newRow("latin-1") << QByteArray("CREATE TABLE caf\xe9 (a int);") << u"postgres"_s
                                 << u"not UTF-8"_s;
        QTest::newRow("unknown dialect")
            << QByteArray("SELECT 1;") << u"oracle"_s << u"unknown dialect"_s;
    }
    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, dialect);
        QFETCH(QString, expected);
        const auto result = run(bytes, dialect);
        QVERIFY(!result);
        QVERIFY2(result.error().toString().contains(expected),
                 qPrintable(result.error().toString()));
    }

    void emptyScriptIsAnHonestEmptyModel()
    {
        for (const QString& dialect : {u"postgres"_s, u"sqlite"_s}) {
            const auto result = run("-- nothing here\n", dialect);
            if (!result)
                QFAIL(qPrintable(result.error().toString()));
            QVERIFY(result.value().model.tables.isEmpty());
            QVERIFY(result.value().report.items.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestScriptImport)
#include "tst_scriptimport.moc"
