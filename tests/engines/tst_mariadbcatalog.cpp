#include "connect/mariadbcatalogreader.h"
#include "mariadbserver.h"
#include "sqlscript.h"

#include <QTest>

using namespace schemata;
using connect::MariaDbCatalogReader;
using model::LogicalType;
using namespace Qt::StringLiterals;

namespace {

QString err(const core::Error& e)
{
    return e.toString();
}

// Hand-written so that the reader is tested independently of the DDL generators.
const char* const kSchemaSql = R"SQL(
CREATE TABLE `Customer` (
  id bigint NOT NULL AUTO_INCREMENT,
  email varchar(320) COLLATE utf8mb4_bin NOT NULL,
  name text DEFAULT 'it''s',
  created timestamp(3) NOT NULL DEFAULT current_timestamp(3),
  `Straße` varchar(10),
  CONSTRAINT PRIMARY KEY (id),
  CONSTRAINT customer_email_key UNIQUE (email, `Straße`)
) COMMENT 'People';
CREATE TABLE `order` (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer_id bigint NOT NULL,
  status enum('pending','paid','it''s') NOT NULL DEFAULT 'pending',
  total decimal(10,2) DEFAULT 0 COMMENT 'Gross total',
  qty smallint DEFAULT -3,
  price decimal(10,2),
  amount decimal(20,2) AS (qty * price) VIRTUAL,
  stored_amount decimal(20,2) AS (qty * price) STORED,
  flag boolean DEFAULT true,
  tiny tinyint,
  uns int unsigned,
  day date DEFAULT '2020-01-01',
  at time(2),
  ts datetime(6),
  uid uuid DEFAULT uuid(),
  doc json,
  raw longblob,
  r float,
  d double,
  `select` text,
  parent int,
  CONSTRAINT order_total_check CHECK (total >= 0),
  CONSTRAINT order_customer_fk FOREIGN KEY (customer_id) REFERENCES `Customer` (id)
    ON DELETE CASCADE ON UPDATE RESTRICT,
  CONSTRAINT order_parent_fk FOREIGN KEY (parent) REFERENCES `order` (id) ON DELETE SET NULL
);
CREATE INDEX order_status_idx ON `order` (status DESC, ts);
CREATE UNIQUE INDEX order_ts_uq ON `order` (ts, day);
CREATE INDEX order_select_prefix ON `order` (`select`(10));
CREATE VIEW big_orders AS SELECT id, total FROM `order` WHERE total > 100;
)SQL";

} // namespace

class TestMariaDbCatalog : public QObject
{
    Q_OBJECT
    enginetest::MariaDbServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        const auto started = m_server.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : err(started.error())));
    }
    void cleanupTestCase() { m_server.stop(); }

    void columnType_data()
    {
        QTest::addColumn<QString>("columnType");
        QTest::addColumn<QString>("logical");
        QTest::addColumn<bool>("exact");
        const QList<std::tuple<const char*, const char*, bool>> rows = {
            {"tinyint(1)", "boolean", true},
            {"tinyint(4)", "smallint", false},
            {"smallint(6)", "smallint", true},
            {"int(11)", "integer", true},
            {"int(10) unsigned", "integer", false},
            {"bigint(20)", "bigint", true},
            {"decimal(10,2)", "numeric(10,2)", true},
            {"float", "real", true},
            {"double", "double", true},
            {"varchar(40)", "varchar(40)", true},
            {"char(36)", "char(36)", true},
            {"text", "text", false},
            {"longtext", "text", true},
            {"date", "date", true},
            {"time(2)", "time(2)", true},
            {"datetime(6)", "timestamp(6)", true},
            {"datetime", "timestamp", true},
            {"timestamp(3)", "timestamptz(3)", false},
            {"uuid", "uuid", true},
            {"varbinary(16)", "bytes(16)", true},
            {"blob", "bytes", false},
            {"longblob", "bytes", true},
            {"year(4)", "text", false},
            {"set('a','b')", "text", false},
        };
        for (const auto& [in, out, exact] : rows)
            QTest::newRow(in) << QString::fromLatin1(in) << QString::fromLatin1(out) << exact;
    }
    void columnType()
    {
        QFETCH(QString, columnType);
        QFETCH(QString, logical);
        QFETCH(bool, exact);
        bool isExact = false;
        const LogicalType type =
            MariaDbCatalogReader::typeFromColumnType(columnType, u"mariadb", &isExact);
        QCOMPARE(type.toString(), logical);
        QCOMPARE(isExact, exact);
        QCOMPARE(type.overrides.value(u"mariadb"_s), exact ? QString() : columnType);
    }

    void defaults_data()
    {
        QTest::addColumn<QVariant>("columnDefault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        using K = model::ColumnDefault::Kind;
        QTest::newRow("sql null") << QVariant() << int(K::None) << QString();
        QTest::newRow("NULL text") << QVariant(u"NULL"_s) << int(K::None) << QString();
        QTest::newRow("quoted") << QVariant(u"'pending'"_s) << int(K::Literal) << u"pending"_s;
        QTest::newRow("quote inside") << QVariant(u"'it''s'"_s) << int(K::Literal) << u"it's"_s;
        QTest::newRow("number") << QVariant(u"-3"_s) << int(K::Literal) << u"-3"_s;
        QTest::newRow("now") << QVariant(u"current_timestamp()"_s) << int(K::CurrentTimestamp)
                             << QString();
        QTest::newRow("now(3)") << QVariant(u"current_timestamp(3)"_s) << int(K::CurrentTimestamp)
                                << QString();
        QTest::newRow("curdate()")
            << QVariant(u"curdate()"_s) << int(K::CurrentTimestamp) << QString();
        QTest::newRow("backslash")
            << QVariant(u"'C:\\\\temp'"_s) << int(K::Literal) << u"C:\\temp"_s;
        QTest::newRow("uuid()") << QVariant(u"uuid()"_s) << int(K::Expression) << u"uuid()"_s;
    }
    void defaults()
    {
        QFETCH(QVariant, columnDefault);
        QFETCH(int, kind);
        QFETCH(QString, value);
        const auto d = MariaDbCatalogReader::defaultFromColumnDefault(columnDefault);
        QCOMPARE(int(d.kind), kind);
        QCOMPARE(d.value, value);
    }

    void readsHandwrittenSchema()
    {
        auto db = m_server.createDatabase(u"hand written"_s);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : err(db.error())));
        const auto applied = enginetest::executeScript(db.value(), QString::fromUtf8(kSchemaSql));
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : err(applied.error())));

        model::Diagnostics notes;
        const auto read = MariaDbCatalogReader().read(db.value(), {}, &notes);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : err(read.error())));
        const model::Model& m = read.value();
        QCOMPARE(m.schemas.size(), 1);
        QCOMPARE(m.schemas.at(0).name, u"hand written"_s);
        QCOMPARE(m.tables.size(), 2);
        const model::Table& customer = m.tables.at(0);
        QCOMPARE(customer.name, u"Customer"_s);
        QCOMPARE(customer.comment, u"People"_s);
        QCOMPARE(customer.columns.at(0).identity, model::Identity::ByDefault);
        QCOMPARE(customer.columns.at(1).collation, u"utf8mb4_bin"_s);
        QCOMPARE(customer.columns.at(2).collation, QString());
        QCOMPARE(customer.columns.at(2).defaultValue,
                 (model::ColumnDefault{model::ColumnDefault::Kind::Literal, u"it's"_s}));
        QCOMPARE(customer.columns.at(3).type.toString(), u"timestamptz(3)"_s);
        QCOMPARE(customer.columns.at(3).defaultValue.kind,
                 model::ColumnDefault::Kind::CurrentTimestamp);
        QCOMPARE(customer.columns.at(4).name, u"Straße"_s);
        QVERIFY(customer.primaryKey.has_value());
        QCOMPARE(customer.primaryKey->name, QString());
        QCOMPARE(customer.primaryKey->columnIds, QList<core::Id>({customer.columns.at(0).id}));
        QCOMPARE(customer.uniques.size(), 1);
        QCOMPARE(customer.uniques.at(0).name, u"customer_email_key"_s);
        QCOMPARE(customer.uniques.at(0).columnIds,
                 QList<core::Id>({customer.columns.at(1).id, customer.columns.at(4).id}));
        QVERIFY(customer.indexes.isEmpty());

        const model::Table& order = m.tables.at(1);
        auto col = [&](const char* name) { return order.columnByName(QString::fromUtf8(name)); };
        QVERIFY(col("status") && col("amount") && col("doc") && col("select") && col("uns"));
        QCOMPARE(col("status")->type.kind, LogicalType::Kind::Enum);
        const model::EnumType* status = m.enumType(col("status")->type.enumId);
        QVERIFY(status);
        QCOMPARE(status->name, u"order_status"_s);
        QCOMPARE(status->values, QStringList({u"pending"_s, u"paid"_s, u"it's"_s}));
        QCOMPARE(col("status")->defaultValue.value, u"pending"_s);
        QVERIFY(!col("status")->nullable);
        QCOMPARE(col("total")->comment, u"Gross total"_s);
        QCOMPARE(col("total")->defaultValue.value, u"0.00"_s);
        QCOMPARE(col("qty")->defaultValue.value, u"-3"_s);
        QCOMPARE(col("amount")->generatedExpression, u"`qty` * `price`"_s);
        QVERIFY(!col("amount")->generatedStored);
        QVERIFY(col("stored_amount")->generatedStored);
        QCOMPARE(col("flag")->type.kind, LogicalType::Kind::Boolean);
        QCOMPARE(col("flag")->defaultValue.value, u"true"_s);
        QCOMPARE(col("tiny")->type.overrides.value(u"mariadb"_s), u"tinyint(4)"_s);
        QCOMPARE(col("uns")->type.overrides.value(u"mariadb"_s), u"int(10) unsigned"_s);
        QCOMPARE(col("day")->defaultValue.value, u"2020-01-01"_s);
        QCOMPARE(col("ts")->type.toString(), u"timestamp(6)"_s);
        QCOMPARE(col("uid")->type.kind, LogicalType::Kind::Uuid);
        QCOMPARE(col("uid")->defaultValue,
                 (model::ColumnDefault{model::ColumnDefault::Kind::Expression, u"uuid()"_s}));
        QCOMPARE(col("doc")->type.toString(), u"json"_s);
        QVERIFY(col("doc")->type.overrides.isEmpty());
        QCOMPARE(col("raw")->type.kind, LogicalType::Kind::Bytes);
        QCOMPARE(col("d")->type.toString(), u"double"_s);

        QCOMPARE(order.checks.size(), 1); // the json_valid check is folded into the json type
        QCOMPARE(order.checks.at(0).name, u"order_total_check"_s);
        QCOMPARE(order.checks.at(0).expression, u"`total` >= 0"_s);
        QCOMPARE(order.foreignKeys.size(), 2);
        const model::ForeignKey& fk = order.foreignKeys.at(0);
        QCOMPARE(fk.name, u"order_customer_fk"_s);
        QCOMPARE(fk.referencedTableId, customer.id);
        QCOMPARE(fk.referencedColumnIds, QList<core::Id>({customer.columns.at(0).id}));
        QCOMPARE(fk.onDelete, model::ReferentialAction::Cascade);
        QCOMPARE(fk.onUpdate, model::ReferentialAction::Restrict);
        QCOMPARE(order.foreignKeys.at(1).referencedTableId, order.id);
        QCOMPARE(order.foreignKeys.at(1).onDelete, model::ReferentialAction::SetNull);

        // The FK's implicit indexes are not reported; the unique index reads as a UNIQUE.
        QCOMPARE(order.uniques.size(), 1);
        QCOMPARE(order.uniques.at(0).name, u"order_ts_uq"_s);
        QCOMPARE(order.indexes.size(), 2);
        QCOMPARE(order.indexes.at(0).name, u"order_select_prefix"_s);
        QCOMPARE(order.indexes.at(1).name, u"order_status_idx"_s);
        QCOMPARE(order.indexes.at(1).keys.size(), 2);
        QCOMPARE(order.indexes.at(1).keys.at(0).sort, model::IndexKey::Sort::Desc);
        QCOMPARE(order.indexes.at(1).keys.at(0).columnId, col("status")->id);
        QCOMPARE(order.indexes.at(1).keys.at(1).sort, model::IndexKey::Sort::Asc);
        const bool prefixNoted =
            std::any_of(notes.cbegin(), notes.cend(), [](const model::Diagnostic& d) {
                return d.path.endsWith(u"order.order_select_prefix"_s) &&
                       d.message.contains(u"prefix"_s);
            });
        QVERIFY(prefixNoted);
        const bool jsonNoted =
            std::any_of(notes.cbegin(), notes.cend(),
                        [&](const model::Diagnostic& d) { return d.objectId == col("doc")->id; });
        QVERIFY2(!jsonNoted, "a json column must not be reported as a longtext override");
        const bool unsignedNoted =
            std::any_of(notes.cbegin(), notes.cend(), [&](const model::Diagnostic& d) {
                return d.objectId == col("uns")->id && d.message.contains(u"int(10) unsigned"_s);
            });
        QVERIFY(unsignedNoted);

        QCOMPARE(m.views.size(), 1);
        QCOMPARE(m.views.at(0).name, u"big_orders"_s);
        QVERIFY(m.views.at(0).sql.startsWith(u"select"_s, Qt::CaseInsensitive));
        QVERIFY2(!m.views.at(0).sql.contains(u"hand written"_s), qPrintable(m.views.at(0).sql));
        QVERIFY(m.views.at(0).sql.contains(u"`order`"_s));

        const auto again = MariaDbCatalogReader().read(db.value(), {});
        QVERIFY(again.ok());
        QVERIFY(again.value() == m);
        const auto missing = MariaDbCatalogReader().read(db.value(), {{u"nope"_s}, {}});
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"\"nope\""_s));
    }
};

QTEST_GUILESS_MAIN(TestMariaDbCatalog)
#include "tst_mariadbcatalog.moc"
