#include "connect/sqlitecatalogreader.h"
#include "connect/sqlitecreateparser.h"
#include "sqlitedatabase.h"
#include "sqlscript.h"

#include <QTest>

using namespace schemata;
using connect::SqliteCatalogReader;
using model::LogicalType;
using namespace Qt::StringLiterals;

namespace {

QString err(const core::Error& e)
{
    return e.toString();
}

// Hand-written so that the reader is tested independently of the DDL generators.
const char* const kSchemaSql = R"SQL(
CREATE TABLE "Customer" (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email VARCHAR(320) NOT NULL COLLATE NOCASE,
  name TEXT DEFAULT 'it''s',
  created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "Straße" TEXT,
  CONSTRAINT customer_email_key UNIQUE (email, name)
);
CREATE TABLE "order" (
  id INTEGER NOT NULL,
  customer_id BIGINT NOT NULL CONSTRAINT order_customer_fk REFERENCES "Customer" (id)
    ON DELETE CASCADE ON UPDATE RESTRICT DEFERRABLE INITIALLY DEFERRED,
  status TEXT NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'paid')),
  total NUMERIC(10,2) DEFAULT 0,
  qty SMALLINT DEFAULT -3,
  price NUMERIC(10,2),
  amount NUMERIC GENERATED ALWAYS AS (qty * price) VIRTUAL,
  stored_amount NUMERIC AS (qty * price) STORED,
  flag BOOLEAN DEFAULT TRUE,
  day DATE,
  ts DATETIME,
  raw BLOB,
  weird MONEYBAGS,
  "select" TEXT DEFAULT (lower('X')),
  parent INTEGER,
  other INTEGER,
  CONSTRAINT order_pkey PRIMARY KEY (id),
  CONSTRAINT order_total_check CHECK (total >= 0),
  CONSTRAINT "order parent" FOREIGN KEY (parent) REFERENCES "order" (id) ON DELETE SET NULL,
  FOREIGN KEY (other) REFERENCES "Customer"
);
CREATE INDEX order_status_idx ON "order" (status DESC, lower("select")) WHERE total > 0;
CREATE UNIQUE INDEX order_ts_uq ON "order" (ts, day);
CREATE VIEW big_orders AS
-- orders over 100
SELECT id, total FROM "order" WHERE total > 100;
)SQL";

} // namespace

class TestSqliteCatalog : public QObject
{
    Q_OBJECT
    enginetest::SqliteDatabase m_sqlite;

private Q_SLOTS:
    void declaredType_data()
    {
        QTest::addColumn<QString>("declared");
        QTest::addColumn<QString>("logical");
        QTest::addColumn<bool>("exact");
        const QList<std::tuple<const char*, const char*, bool>> rows = {
            {"INTEGER", "integer", true},
            {"VARCHAR(40)", "varchar(40)", true},
            {"NUMERIC(10,2)", "numeric(10,2)", true},
            {"BLOB", "bytes", true},
            {"DOUBLE", "double", true},
            {"REAL", "real", true},
            {"BOOLEAN", "boolean", true},
            {"DATETIME", "timestamp", true},
            {"TIMESTAMP", "timestamp", true},
            {"TEXT", "text", true},
            {"", "text", false},
            {"MONEYBAGS", "text", false},
            {"enum", "text", false},
        };
        for (const auto& [in, out, exact] : rows)
            QTest::newRow(*in ? in : "(none)")
                << QString::fromLatin1(in) << QString::fromLatin1(out) << exact;
    }
    void declaredType()
    {
        QFETCH(QString, declared);
        QFETCH(QString, logical);
        QFETCH(bool, exact);
        bool isExact = false;
        const LogicalType type = SqliteCatalogReader::typeFromDeclaredType(declared, &isExact);
        QCOMPARE(type.toString(), logical);
        QCOMPARE(isExact, exact);
    }

    void createIndexParser()
    {
        const auto parsed = connect::parseSqliteCreateIndex(
            u"CREATE INDEX \"i\" ON \"t\" (a DESC, (lower(\"b, c\")) COLLATE NOCASE, c ASC) WHERE x IN (1, 2)"_s);
        QCOMPARE(parsed.keys, QStringList({u"a"_s, u"lower(\"b, c\")"_s, u"c"_s}));
        QCOMPARE(parsed.where, u"x IN (1, 2)"_s);
    }

    void readsHandwrittenSchema()
    {
        auto db = m_sqlite.createDatabase(u"handwritten"_s);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : err(db.error())));
        const auto applied = enginetest::executeScript(db.value(), QString::fromUtf8(kSchemaSql));
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : err(applied.error())));

        model::Diagnostics notes;
        const auto read = SqliteCatalogReader().read(db.value(), {}, &notes);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : err(read.error())));
        const model::Model& m = read.value();
        QCOMPARE(m.schemas.size(), 1);
        QCOMPARE(m.schemas.at(0).name, u"main"_s);
        QCOMPARE(m.tables.size(), 2);
        const model::Table& customer = m.tables.at(0);
        QCOMPARE(customer.name, u"Customer"_s);
        QCOMPARE(customer.columns.size(), 5);
        // AUTOINCREMENT is the identity (what the DDL builder writes for one).
        QCOMPARE(customer.columns.at(0).identity, model::Identity::ByDefault);
        QVERIFY(!customer.columns.at(0).nullable);
        QCOMPARE(customer.columns.at(1).collation, u"NOCASE"_s);
        QVERIFY(!customer.columns.at(1).nullable);
        QCOMPARE(customer.columns.at(2).defaultValue,
                 (model::ColumnDefault{model::ColumnDefault::Kind::Literal, u"it's"_s}));
        QCOMPARE(customer.columns.at(3).defaultValue.kind,
                 model::ColumnDefault::Kind::CurrentTimestamp);
        QCOMPARE(customer.columns.at(4).name, u"Straße"_s);
        QVERIFY(customer.primaryKey.has_value());
        QCOMPARE(customer.uniques.size(), 1);
        QCOMPARE(customer.uniques.at(0).name, u"customer_email_key"_s);
        QCOMPARE(customer.uniques.at(0).columnIds,
                 QList<core::Id>({customer.columns.at(1).id, customer.columns.at(2).id}));
        QVERIFY(customer.indexes.isEmpty());

        const model::Table& order = m.tables.at(1);
        auto col = [&](const char* name) { return order.columnByName(QString::fromUtf8(name)); };
        QVERIFY(col("id") && col("amount") && col("weird") && col("select"));
        QCOMPARE(order.primaryKey->name, u"order_pkey"_s);
        // A single-column INTEGER primary key is the rowid alias even when declared as a
        // table constraint: never NULL, but without AUTOINCREMENT it is no identity (a
        // fresh build of an identity would add AUTOINCREMENT the table never had).
        QCOMPARE(col("id")->identity, model::Identity::None);
        QVERIFY(!col("id")->nullable);
        QCOMPARE(col("parent")->identity, model::Identity::None);
        QCOMPARE(col("status")->defaultValue.value, u"pending"_s);
        QCOMPARE(col("qty")->defaultValue.value, u"-3"_s);
        QCOMPARE(col("amount")->generatedExpression, u"qty * price"_s);
        QVERIFY(!col("amount")->generatedStored);
        QCOMPARE(col("stored_amount")->generatedExpression, u"qty * price"_s);
        QVERIFY(col("stored_amount")->generatedStored);
        QCOMPARE(col("flag")->defaultValue.value, u"true"_s);
        QCOMPARE(col("ts")->type.toString(), u"timestamp"_s);
        QCOMPARE(col("weird")->type.overrides.value(u"sqlite"_s), u"MONEYBAGS"_s);
        QCOMPARE(col("select")->defaultValue,
                 (model::ColumnDefault{model::ColumnDefault::Kind::Expression, u"lower('X')"_s}));

        QCOMPARE(order.checks.size(), 2);
        QCOMPARE(order.checks.at(0).name, QString());
        QCOMPARE(order.checks.at(0).expression, u"\"status\" IN ('pending', 'paid')"_s);
        QCOMPARE(order.checks.at(1).name, u"order_total_check"_s);
        QCOMPARE(order.checks.at(1).expression, u"total >= 0"_s);

        QCOMPARE(order.foreignKeys.size(), 3); // declaration order
        const model::ForeignKey& fk = order.foreignKeys.at(0);
        QCOMPARE(fk.name, u"order_customer_fk"_s);
        QCOMPARE(fk.referencedTableId, customer.id);
        QCOMPARE(fk.referencedColumnIds, QList<core::Id>({customer.columns.at(0).id}));
        QCOMPARE(fk.onDelete, model::ReferentialAction::Cascade);
        QCOMPARE(fk.onUpdate, model::ReferentialAction::Restrict);
        QVERIFY(fk.deferrable && fk.initiallyDeferred);
        QCOMPARE(order.foreignKeys.at(1).name, u"order parent"_s);
        QCOMPARE(order.foreignKeys.at(1).referencedTableId, order.id);
        QCOMPARE(order.foreignKeys.at(1).onDelete, model::ReferentialAction::SetNull);
        QVERIFY(!order.foreignKeys.at(1).deferrable);
        QCOMPARE(order.foreignKeys.at(2).name, QString());
        QCOMPARE(order.foreignKeys.at(2).referencedColumnIds,
                 QList<core::Id>({customer.columns.at(0).id}));

        QCOMPARE(order.indexes.size(), 2);
        const model::Index& partial = order.indexes.at(0);
        QCOMPARE(partial.name, u"order_status_idx"_s);
        QCOMPARE(partial.keys.size(), 2);
        QCOMPARE(partial.keys.at(0).columnId, col("status")->id);
        QCOMPARE(partial.keys.at(0).sort, model::IndexKey::Sort::Desc);
        QCOMPARE(partial.keys.at(1).expression, u"lower(\"select\")"_s);
        QCOMPARE(partial.where, u"total > 0"_s);
        QVERIFY(order.indexes.at(1).unique);
        QCOMPARE(order.indexes.at(1).keys.size(), 2);

        QCOMPARE(m.views.size(), 1);
        QCOMPARE(m.views.at(0).sql, u"SELECT id, total FROM \"order\" WHERE total > 100"_s);

        const auto again = SqliteCatalogReader().read(db.value(), {});
        QVERIFY(again.ok());
        QVERIFY(again.value() == m);
        QVERIFY(!SqliteCatalogReader().read(db.value(), {{u"nope"_s}, {}}).ok());
    }
};

QTEST_GUILESS_MAIN(TestSqliteCatalog)
#include "tst_sqlitecatalog.moc"
