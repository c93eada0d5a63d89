#include "dialect/dialect.h"
#include "testmodels.h"

#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;

// The SQL type of each logical type per dialect, and which ones warn. The warning is
// checked through createScript() on a one-column table, the way users meet it.
class TstTypeMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapping_data();
    void mapping();
    void overrides();
    void sqliteAffinityNames();
};

void TstTypeMapping::mapping_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("warning"); // expected warning code, empty = none

    struct Row
    {
        const char* type;
        const char* pg;
        const char* mysql;
        const char* mariadb;
        const char* sqlite;
    };
    // "!code" after the type marks the warning.
    const Row rows[] = {
        {"smallint", "smallint", "SMALLINT", "SMALLINT", "SMALLINT"},
        {"integer", "integer", "INT", "INT", "INTEGER"},
        {"bigint", "bigint", "BIGINT", "BIGINT", "BIGINT"},
        {"numeric(10,2)", "numeric(10,2)", "DECIMAL(10,2)", "DECIMAL(10,2)", "NUMERIC(10,2)"},
        {"numeric(10)", "numeric(10)", "DECIMAL(10)", "DECIMAL(10)", "NUMERIC(10)"},
        {"numeric", "numeric", "DECIMAL(65,30)!type-emulated", "DECIMAL(65,30)!type-emulated",
         "NUMERIC"},
        {"real", "real", "FLOAT", "FLOAT", "REAL"},
        {"double", "double precision", "DOUBLE", "DOUBLE", "DOUBLE"},
        {"varchar(40)", "varchar(40)", "VARCHAR(40)", "VARCHAR(40)", "VARCHAR(40)"},
        {"varchar", "varchar", "VARCHAR(255)!varchar-length-required",
         "VARCHAR(255)!varchar-length-required", "VARCHAR"},
        {"char(2)", "char(2)", "CHAR(2)", "CHAR(2)", "CHAR(2)"},
        {"text", "text", "LONGTEXT", "LONGTEXT", "TEXT"},
        {"boolean", "boolean", "BOOLEAN", "BOOLEAN", "BOOLEAN"},
        {"date", "date", "DATE", "DATE", "DATE"},
        {"time(3)", "time(3)", "TIME(3)", "TIME(3)", "TIME"},
        {"timestamp", "timestamp", "DATETIME", "DATETIME", "TIMESTAMP"},
        {"timestamp(3)", "timestamp(3)", "DATETIME(3)", "DATETIME(3)", "TIMESTAMP"},
        {"timestamptz(3)", "timestamptz(3)", "DATETIME(3)!type-emulated",
         "DATETIME(3)!type-emulated", "TEXT!type-emulated"},
        {"interval", "interval", "VARCHAR(64)!type-emulated", "VARCHAR(64)!type-emulated",
         "TEXT!type-emulated"},
        {"uuid", "uuid", "CHAR(36)!type-emulated", "UUID", "TEXT!type-emulated"},
        {"json", "json", "JSON", "JSON", "TEXT!type-emulated"},
        {"jsonb", "jsonb", "JSON", "JSON", "TEXT!type-emulated"},
        {"bytes", "bytea", "LONGBLOB", "LONGBLOB", "BLOB"},
        {"bytes(16)", "bytea!type-length-dropped", "VARBINARY(16)", "VARBINARY(16)", "BLOB"},
        {"enum", "mood", "ENUM('sad', 'it''s ok')", "ENUM('sad', 'it''s ok')",
         "TEXT!type-emulated"},
    };
    for (const Row& r : rows) {
        const std::pair<const char*, const char*> perDialect[] = {
            {"postgres", r.pg}, {"mysql", r.mysql}, {"mariadb", r.mariadb}, {"sqlite", r.sqlite}};
        for (const auto& [dialect, spec] : perDialect) {
            const QStringList parts = QString::fromUtf8(spec).split(u'!');
            QTest::addRow("%s/%s", dialect, r.type)
                << QString::fromLatin1(dialect) << QString::fromLatin1(r.type) << parts.value(0)
                << parts.value(1);
        }
    }
}

void TstTypeMapping::mapping()
{
    QFETCH(QString, dialect);
    QFETCH(QString, type);
    QFETCH(QString, expected);
    QFETCH(QString, warning);

    dialect::test::ModelBuilder b;
    const core::Id pub = b.schema(u"public"_s);
    const core::Id mood = b.enumType(pub, u"mood"_s, {u"sad"_s, u"it's ok"_s});
    const qsizetype t = b.table(pub, u"t"_s);
    b.column(t, u"c"_s, type);
    b.lastColumn(t).type.enumId = mood;

    const auto d = dialect::createDialect(dialect);
    QCOMPARE(d->typeSql(b.lastColumn(t).type, b.model), expected);

    const dialect::DdlScript script = d->createScript(b.model);
    QStringList codes;
    for (const model::Diagnostic& w : script.warnings) {
        codes.append(w.code);
        QCOMPARE(w.severity, model::Diagnostic::Severity::Warning);
        QCOMPARE(w.path, u"public.t.c"_s);
        QVERIFY(!w.message.isEmpty());
    }
    QCOMPARE(codes, warning.isEmpty() ? QStringList() : QStringList{warning});
    // The mapped type is what CREATE TABLE uses.
    const QString sql = script.toSql();
    QVERIFY2(sql.contains(u' ' + expected), qPrintable(sql));
    if (dialect == u"sqlite" && type == u"enum")
        QVERIFY2(sql.contains(u"CHECK (c IN ('sad', 'it''s ok'))"_s), qPrintable(sql));
}

void TstTypeMapping::overrides()
{
    model::Model m;
    model::LogicalType t;
    t.kind = model::LogicalType::Kind::Text;
    t.overrides.insert(u"postgres"_s, u"citext"_s);
    t.overrides.insert(u"mysql"_s, u"TINYTEXT"_s);
    QCOMPARE(dialect::createDialect(u"postgres")->typeSql(t, m), u"citext"_s);
    QCOMPARE(dialect::createDialect(u"mysql")->typeSql(t, m), u"TINYTEXT"_s);
    // MariaDB falls back to the MySQL override, and prefers its own.
    QCOMPARE(dialect::createDialect(u"mariadb")->typeSql(t, m), u"TINYTEXT"_s);
    t.overrides.insert(u"mariadb"_s, u"MEDIUMTEXT"_s);
    QCOMPARE(dialect::createDialect(u"mariadb")->typeSql(t, m), u"MEDIUMTEXT"_s);
    QCOMPARE(dialect::createDialect(u"sqlite")->typeSql(t, m), u"TEXT"_s);
}

// SQLite derives affinity from substrings of the type name; every name we emit must get
// the affinity its logical type needs (https://sqlite.org/datatype3.html §3.1).
void TstTypeMapping::sqliteAffinityNames()
{
    auto affinity = [](const QString& declared) {
        const QString u = declared.toUpper();
        if (u.contains(u"INT"_s))
            return u"INTEGER"_s;
        if (u.contains(u"CHAR"_s) || u.contains(u"CLOB"_s) || u.contains(u"TEXT"_s))
            return u"TEXT"_s;
        if (u.contains(u"BLOB"_s) || u.isEmpty())
            return u"BLOB"_s;
        if (u.contains(u"REAL"_s) || u.contains(u"FLOA"_s) || u.contains(u"DOUB"_s))
            return u"REAL"_s;
        return u"NUMERIC"_s;
    };
    const auto d = dialect::createDialect(u"sqlite");
    const model::Model m;
    using K = model::LogicalType::Kind;
    const std::pair<K, const char*> expected[] = {
        {K::SmallInt, "INTEGER"},  {K::Integer, "INTEGER"},  {K::BigInt, "INTEGER"},
        {K::Decimal, "NUMERIC"},   {K::Real, "REAL"},        {K::Double, "REAL"},
        {K::Varchar, "TEXT"},      {K::Char, "TEXT"},        {K::Text, "TEXT"},
        {K::Boolean, "NUMERIC"},   {K::Date, "NUMERIC"},     {K::Time, "NUMERIC"},
        {K::Timestamp, "NUMERIC"}, {K::TimestampTz, "TEXT"}, {K::Interval, "TEXT"},
        {K::Uuid, "TEXT"},         {K::Json, "TEXT"},        {K::Jsonb, "TEXT"},
        {K::Bytes, "BLOB"},        {K::Enum, "TEXT"},
    };
    for (const auto& [kind, aff] : expected) {
        model::LogicalType t;
        t.kind = kind;
        const QString sql = d->typeSql(t, m);
        QVERIFY2(affinity(sql) == QString::fromLatin1(aff),
                 qPrintable(model::LogicalType::kindName(kind) + u" → "_s + sql));
    }
}

QTEST_GUILESS_MAIN(TstTypeMapping)
#include "tst_typemapping.moc"
