#include "dialect/dialect.h"
#include "dialect/knowntypes.h"
#include "testmodels.h"

#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;

// The per-dialect catalogue of built-in type names (dialect::KnownTypes) and the
// validator's unknown-type warning for pinned types built on it.
class TstKnownTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data();
    void read();
    void suggestions_data();
    void suggestions();
    void catalogueHasNoDuplicates();
    void warning_data();
    void warning();
    void warningMessage();
    void projectEnumsAreNotFlagged();
};

void TstKnownTypes::read_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("name");

    const auto row = [](const char* d, const char* text, bool known, const char* name) {
        QTest::addRow("%s: %s", d, text) << QString::fromLatin1(d) << QString::fromUtf8(text)
                                         << known << QString::fromUtf8(name);
    };
    // PostgreSQL: SQL names, aliases, parameters anywhere in the name, arrays, fields.
    row("postgres", "int4", true, "int4");
    row("postgres", "INT8", true, "int8");
    row("postgres", "float8", true, "float8");
    row("postgres", "timestamptz", true, "timestamptz");
    row("postgres", "timestamp(3) with time zone", true, "timestamp with time zone");
    row("postgres", "time  without   time zone", true, "time without time zone");
    row("postgres", "character varying(20)", true, "character varying");
    row("postgres", "character varying(20)[]", true, "character varying");
    row("postgres", "double precision", true, "double precision");
    row("postgres", "integer[]", true, "integer");
    row("postgres", "integer[3][3]", true, "integer");
    row("postgres", "integer array", true, "integer");
    row("postgres", "int4range", true, "int4range");
    row("postgres", "tstzmultirange", true, "tstzmultirange");
    row("postgres", "point", true, "point");
    row("postgres", "polygon", true, "polygon");
    row("postgres", "inet", true, "inet");
    row("postgres", "macaddr8", true, "macaddr8");
    row("postgres", "tsvector", true, "tsvector");
    row("postgres", "tsquery", true, "tsquery");
    row("postgres", "jsonb", true, "jsonb");
    row("postgres", "jsonpath", true, "jsonpath");
    row("postgres", "uuid", true, "uuid");
    row("postgres", "xml", true, "xml");
    row("postgres", "bit varying(8)", true, "bit varying");
    row("postgres", "varbit", true, "varbit");
    row("postgres", "money", true, "money");
    row("postgres", "interval year to month", true, "interval year to month");
    row("postgres", "interval day to second(3)", true, "interval day to second");
    row("postgres", "bigserial", true, "bigserial");
    row("postgres", "\"char\"", true, "\"char\"");
    row("postgres", "pg_catalog.int4", true, "pg_catalog.int4");
    row("postgres", "\"int4\"", true, "\"int4\"");
    row("postgres", "\"integer\"", false, "\"integer\""); // a keyword, not a pg_type name
    row("postgres", "integr", false, "integr");
    row("postgres", "citext", false, "citext");
    row("postgres", "public.citext", false, "public.citext");
    row("postgres", "interval week", false, "interval week");
    row("postgres", "varchar(10) not null", false, "varchar not null");
    row("postgres", "int unsigned", false, "int unsigned");
    row("postgres", "tinyint", false, "tinyint");
    row("postgres", "text-array", false, "text-array");
    // MySQL: attributes, national types, enum/set literals, spatial, no arrays.
    row("mysql", "int(10) unsigned zerofill", true, "int");
    row("mysql", "bigint unsigned", true, "bigint");
    row("mysql", "decimal(10,2) unsigned", true, "decimal");
    row("mysql", "tinyint(1)", true, "tinyint");
    row("mysql", "national char(10)", true, "national char");
    row("mysql", "nvarchar(20)", true, "nvarchar");
    row("mysql", "varchar(20) character set latin1 collate latin1_bin", true, "varchar");
    row("mysql", "text charset utf8mb4", true, "text");
    row("mysql", "varchar(10) binary", true, "varchar");
    row("mysql", "enum('a','b''c')", true, "enum");
    row("mysql", "set(\"x\", 'y')", true, "set");
    row("mysql", "enum(a,b)", false, "enum");
    row("mysql", "enum", false, "enum");
    row("mysql", "geometry", true, "geometry");
    row("mysql", "multipolygon", true, "multipolygon");
    row("mysql", "geomcollection", true, "geomcollection");
    row("mysql", "json", true, "json");
    row("mysql", "year", true, "year");
    row("mysql", "double precision", true, "double precision");
    row("mysql", "uuid", false, "uuid"); // MariaDB has it, MySQL 8 does not
    row("mysql", "int[]", false, "int[]");
    row("mysql", "timestamptz", false, "timestamptz");
    row("mysql", "`int`", false, "\"int\"");
    row("mariadb", "uuid", true, "uuid");
    row("mariadb", "inet6", true, "inet6");
    row("mariadb", "vector(3)", true, "vector");
    row("mariadb", "mediumint unsigned", true, "mediumint");
    row("mariadb", "mediumnt", false, "mediumnt");
    // SQLite: the declared type is free text.
    row("sqlite", "integr", true, "integr");
    row("sqlite", "anything goes here", true, "anything goes here");
}

void TstKnownTypes::read()
{
    QFETCH(QString, dialect);
    QFETCH(QString, text);
    QFETCH(bool, known);
    QFETCH(QString, name);
    const dialect::KnownTypes types(dialect);
    const dialect::KnownTypes::Reading r = types.read(text);
    QCOMPARE(r.known, known);
    if (r.known || !r.name.isEmpty())
        QCOMPARE(r.name, name);
}

void TstKnownTypes::suggestions_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("suggestion");

    const auto row = [](const char* d, const char* text, const char* suggestion) {
        QTest::addRow("%s: %s", d, text) << QString::fromLatin1(d) << QString::fromLatin1(text)
                                         << QString::fromLatin1(suggestion);
    };
    row("postgres", "integr", "integer");
    row("postgres", "intger", "integer");
    row("postgres", "varchr(20)", "varchar");
    row("postgres", "timestmap", "timestamp"); // a swap is one edit
    row("postgres", "jsnob", "jsonb");
    row("postgres", "duble precision", "double precision");
    row("postgres", "txt", "text");
    row("postgres", "uudi", "uuid");
    row("postgres", "citext", "");        // an extension type, nothing near it
    row("postgres", "foo", "");           // short names get one edit at most
    row("postgres", "public.integr", ""); // qualified: a user type, not a typo of a built-in
    row("mysql", "mediumnt", "mediumint");
    row("mysql", "datetme(6)", "datetime");
    row("mysql", "longtxt", "longtext");
    row("mysql", "enum(a,b)", "");
    row("mariadb", "inet7", "inet4"); // first in catalogue order among equals
}

void TstKnownTypes::suggestions()
{
    QFETCH(QString, dialect);
    QFETCH(QString, text);
    QFETCH(QString, suggestion);
    const dialect::KnownTypes::Reading r = dialect::KnownTypes(dialect).read(text);
    QVERIFY(!r.known);
    QCOMPARE(r.suggestion, suggestion);
}

void TstKnownTypes::catalogueHasNoDuplicates()
{
    for (const QString& d : {u"postgres"_s, u"mysql"_s, u"mariadb"_s}) {
        const dialect::KnownTypes types(d);
        QStringList names = types.names();
        QVERIFY2(names.size() > 40, qPrintable(d));
        names.removeDuplicates();
        QCOMPARE(names.size(), types.names().size());
        for (const QString& n : std::as_const(names)) {
            QVERIFY2(types.contains(n), qPrintable(d + u": "_s + n));
            // enum and set are only types with their values: enum('a').
            const bool needsValues = d != u"postgres" && (n == u"enum" || n == u"set");
            QVERIFY2(types.read(n).known != needsValues, qPrintable(d + u": "_s + n));
            QCOMPARE(n, n.toLower().simplified());
        }
    }
    QVERIFY(dialect::KnownTypes(u"sqlite").acceptsAnyName());
    QVERIFY(dialect::KnownTypes(u"sqlite").names().isEmpty());
}

void TstKnownTypes::warning_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("pinDialect");
    QTest::addColumn<QString>("pinned");
    QTest::addColumn<bool>("warns");

    const auto row = [](const char* d, const char* pinDialect, const char* pinned, bool warns) {
        QTest::addRow("%s: %s=%s", d, pinDialect, pinned)
            << QString::fromLatin1(d) << QString::fromLatin1(pinDialect)
            << QString::fromLatin1(pinned) << warns;
    };
    row("postgres", "postgres", "integr", true);
    row("postgres", "postgres", "citext", true);
    row("postgres", "postgres", "int4range", false);
    row("postgres", "postgres", "text[]", false);
    row("postgres", "mysql", "integr", false); // not this dialect's pin
    row("mysql", "mysql", "int unsigned", false);
    row("mysql", "mysql", "integr", true);
    row("mysql", "mysql", "uuid", true);
    row("mariadb", "mysql", "uuid", false);    // MariaDB reads the mysql pin…
    row("mariadb", "mysql", "mediumnt", true); // …and checks it against its own list
    row("mariadb", "mariadb", "inet6", false);
    row("sqlite", "sqlite", "integr", false);
    row("sqlite", "sqlite", "whatever you like", false);
}

void TstKnownTypes::warning()
{
    QFETCH(QString, dialect);
    QFETCH(QString, pinDialect);
    QFETCH(QString, pinned);
    QFETCH(bool, warns);

    dialect::test::ModelBuilder b;
    const qsizetype t = b.table(b.schema(u"public"_s), u"t"_s);
    const core::Id id = b.column(t, u"id"_s, u"integer"_s, false);
    b.primaryKey(t, {id});
    b.column(t, u"c"_s, u"integer"_s);
    b.lastColumn(t).type.overrides.insert(pinDialect, pinned);

    const auto d = dialect::createDialect(dialect);
    if (!d)
        QFAIL("no dialect");
    model::Diagnostics found;
    for (const model::Diagnostic& diag : d->validate(b.model)) {
        if (diag.code == u"unknown-type")
            found << diag;
    }
    QCOMPARE(found.size(), warns ? 1 : 0);
    if (warns) {
        QCOMPARE(found.first().severity, model::Diagnostic::Severity::Warning);
        QCOMPARE(found.first().path, u"public.t.c"_s);
        QCOMPARE(found.first().objectId, b.lastColumn(t).id);
        QVERIFY2(found.first().message.contains(u"'"_s + pinned + u"'"_s),
                 qPrintable(found.first().message));
    }
    // Deterministic: the same model gives the same findings.
    QCOMPARE(d->validate(b.model), d->validate(b.model));
}

void TstKnownTypes::warningMessage()
{
    dialect::test::ModelBuilder b;
    const qsizetype t = b.table(b.schema(u"public"_s), u"t"_s);
    b.column(t, u"c"_s, u"integer"_s);
    b.lastColumn(t).type.overrides.insert(u"postgres"_s, u"integr"_s);
    b.column(t, u"d"_s, u"integer"_s);
    b.lastColumn(t).type.overrides.insert(u"postgres"_s, u"citext"_s);
    b.column(t, u"e"_s, u"text"_s);
    b.lastColumn(t).type.overrides.insert(u"mysql"_s, u"enum(a,b)"_s);

    QStringList lines;
    for (const char* name : {"postgres", "mysql"}) {
        const auto d = dialect::createDialect(QString::fromLatin1(name));
        if (!d)
            QFAIL("no dialect");
        for (const model::Diagnostic& diag : d->validate(b.model)) {
            if (diag.code == u"unknown-type")
                lines << diag.toString();
        }
    }
    QCOMPARE(lines,
             QStringList({
                 u"warning[unknown-type] public.t.c: Type 'integr' is not a built-in PostgreSQL "
                 "type (an extension or domain type? check the spelling); did you mean "
                 "'integer'?"_s,
                 u"warning[unknown-type] public.t.d: Type 'citext' is not a built-in PostgreSQL "
                 "type (an extension or domain type? check the spelling)."_s,
                 u"warning[unknown-type] public.t.e: Type 'enum(a,b)': enum needs its values as "
                 "quoted literals, e.g. enum('a','b')."_s,
             }));
}

void TstKnownTypes::projectEnumsAreNotFlagged()
{
    dialect::test::ModelBuilder b;
    const core::Id pub = b.schema(u"public"_s);
    b.enumType(pub, u"mood"_s, {u"happy"_s, u"sad"_s});
    const qsizetype t = b.table(pub, u"t"_s);
    for (const QString& pinned : {u"mood"_s, u"public.mood"_s, u"mood[]"_s, u"Public.Mood"_s}) {
        b.column(t, pinned, u"text"_s);
        b.lastColumn(t).type.overrides.insert(u"postgres"_s, pinned);
    }
    b.column(t, u"other"_s, u"text"_s);
    b.lastColumn(t).type.overrides.insert(u"postgres"_s, u"other.mood"_s);

    const auto d = dialect::createDialect(u"postgres");
    if (!d)
        QFAIL("no dialect");
    QStringList paths;
    for (const model::Diagnostic& diag : d->validate(b.model)) {
        if (diag.code == u"unknown-type")
            paths << diag.path;
    }
    QCOMPARE(paths, QStringList{u"public.t.other"_s});
}

QTEST_GUILESS_MAIN(TstKnownTypes)
#include "tst_knowntypes.moc"
