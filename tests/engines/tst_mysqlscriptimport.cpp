#include "connect/catalogid.h"
#include "connect/scratchmariadbserver.h"
#include "mariadbserver.h"
#include "serverprocess.h"
#include "sqlimport/mysqlscriptsplitter.h"
#include "sqlimport/mysqltokenizer.h"
#include "sqlimport/scriptimport.h"
#include "sqlscript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace schemata;
using namespace Qt::StringLiterals;
using Kind = connect::ImportReportItem::Kind;

namespace {

core::Result<connect::ImportResult>
importMySql(const QByteArray& sql, const QString& file,
            const std::optional<connect::ConnectionProfile>& server = std::nullopt,
            const connect::CatalogFilter& filter = {})
{
    sqlimport::ScriptImportOptions options;
    options.dialect = u"mariadb"_s;
    options.filter = filter;
    options.mysqlEngine.server = server;
    return sqlimport::importScript(sql, file, options);
}

// "file:line type" of every item of `kind`, in report order.
QStringList items(const connect::ImportReport& report, Kind kind)
{
    QStringList out;
    for (const connect::ImportReportItem& item : report.items) {
        if (item.kind == kind)
            out << item.location + u' ' + item.objectType +
                       (item.name.isEmpty() ? QString() : u' ' + item.name);
    }
    return out;
}

QStringList tableNames(const model::Model& m)
{
    QStringList out;
    for (const model::Table& t : m.tables)
        out << t.name;
    return out;
}

QStringList databases(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    QStringList out;
    if (!query.exec(u"SELECT SCHEMA_NAME FROM information_schema.SCHEMATA ORDER BY 1"_s))
        return {u"query failed"_s};
    while (query.next())
        out << query.value(0).toString();
    return out;
}

QStringList scratchDirectories()
{
    QStringList out;
    // TMPDIR is this test's own directory (initTestCase), so a parallel test's servers
    // do not show up here.
    return QDir(QDir::tempPath()).entryList({u"schemata-mariadb-*"_s}, QDir::Dirs);
}

// Everything a script could change about database `name` on the server: its options, its
// tables' definitions and rows, in a fixed order (equal snapshots = untouched).
QStringList snapshot(const QSqlDatabase& db, const QString& name)
{
    QStringList out;
    QSqlQuery query(db);
    const auto all = [&](const QString& sql) {
        if (!query.exec(sql)) {
            out << u"failed: "_s + sql + u": "_s + query.lastError().text();
            return;
        }
        while (query.next()) {
            QStringList row;
            for (int c = 0; c < query.record().count(); ++c)
                row << query.value(c).toString();
            out << row.join(u'|');
        }
    };
    const QString q = u'`' + name + u'`';
    all(u"SHOW CREATE DATABASE "_s + q);
    all(u"SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"_s +
        name + u"' ORDER BY 1"_s);
    all(u"SHOW CREATE TABLE "_s + q + u".t"_s);
    all(u"SELECT COUNT(*) FROM "_s + q + u".t"_s);
    all(u"SELECT * FROM "_s + q + u".t ORDER BY 1"_s);
    return out;
}

// The server's database `shop` with a table t holding one row: the user's data that a
// --url script import must not touch.
core::Result<QSqlDatabase> userShop(enginetest::MariaDbServer& server)
{
    auto shop = server.createDatabase(u"shop"_s);
    if (!shop)
        return shop.error();
    if (const core::Status s = enginetest::executeStatements(
            shop.value(), {u"CREATE TABLE t (id int PRIMARY KEY, name varchar(20))"_s,
                           u"INSERT INTO t VALUES (1, 'precious')"_s});
        !s)
        return s.error();
    return shop;
}

} // namespace

// MySQL/MariaDB script import (sqlimport::importMySqlScript) on real MariaDB: a private
// mariadbd started by the importer, and scratch databases on a server of the user's
// (the MariaDbServer fixture stands in for it).
class TestMySqlScriptImport : public QObject
{
    Q_OBJECT
    enginetest::MariaDbServer m_server;
    QTemporaryDir m_tmp{u"/tmp/schemata-mstest-XXXXXX"_s};

    connect::ConnectionProfile serverProfile() const
    {
        connect::ConnectionProfile p;
        p.dialect = u"mariadb"_s;
        p.socket = m_server.socketPath();
        p.user = u"root"_s;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (connect::ScratchMariaDbServer::findServerExecutable().isEmpty())
            QFAIL("mariadbd is not installed: these engine tests need mariadb-server");
        if (const core::Status s = m_server.start(); !s)
            QFAIL(qPrintable(s.error().toString()));
        QVERIFY(m_tmp.isValid());
        qputenv("TMPDIR", m_tmp.path().toLocal8Bit()); // the importer's servers go here
        QCOMPARE(QDir::tempPath(), m_tmp.path());
    }

    // The client's rules, without an engine: where statements end and on which line
    // each starts.
    void splitter_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QStringList>("statements"); // "line: text"
        QTest::newRow("semicolons in strings, comments, backticks")
            << QByteArray("SELECT 'a;b', \"c;d\", `e;f` -- g;h\n"
                          "FROM t; # i;j\n"
                          "/* k; */ SELECT 'it''s;', 'x\\';y';\n")
            << QStringList{u"1: SELECT 'a;b', \"c;d\", `e;f` -- g;h\nFROM t"_s,
                           u"3: SELECT 'it''s;', 'x\\';y'"_s};
        QTest::newRow("DELIMITER blocks")
            << QByteArray("CREATE TABLE t (a int);\n"
                          "DELIMITER $$\n"
                          "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END$$\n"
                          "delimiter ;\n"
                          "SELECT 3;")
            << QStringList{u"1: CREATE TABLE t (a int)"_s,
                           u"3: CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END"_s,
                           u"5: SELECT 3"_s};
        QTest::newRow("conditional comments are code")
            << QByteArray("/*!40101 SET NAMES utf8mb4 */;\n/*M!100100 SET @a = 1 */;\n")
            << QStringList{u"1: /*!40101 SET NAMES utf8mb4 */"_s, u"2: /*M!100100 SET @a = 1 */"_s};
        QTest::newRow("-- needs a space, last statement without ;")
            << QByteArray("SELECT 1--1;\n\n  SELECT 2")
            << QStringList{u"1: SELECT 1--1"_s, u"3: SELECT 2"_s};
        QTest::newRow("client commands are line-wise")
            << QByteArray("USE shop\nCREATE TABLE t (a int);\n  source other.sql;\n"
                          "SELECT 1; use `x`;\nuser_table;\n")
            << QStringList{u"1: USE shop"_s,         u"2: CREATE TABLE t (a int)"_s,
                           u"3: source other.sql"_s, u"4: SELECT 1"_s,
                           u"4: use `x`"_s,          u"5: user_table"_s};
        QTest::newRow("only comments")
            << QByteArray("-- nothing\n# at all\n/* here */ ;\n") << QStringList{};
    }
    void splitter()
    {
        QFETCH(QByteArray, script);
        QFETCH(QStringList, statements);
        QStringList got;
        for (const auto& s : sqlimport::MySqlScriptSplitter::split(script))
            got << QString::number(s.statement.line) + u": "_s +
                       QString::fromUtf8(s.statement.text);
        QCOMPARE(got, statements);
        QCOMPARE(sqlimport::MySqlScriptSplitter::verb("/*!40101 SET NAMES utf8 */"), u"SET"_s);
    }

    // DELIMITER, routines, triggers, views, enums and ';' in odd places, in a private
    // server; the default database is named after the file.
    void privateServer()
    {
        const QStringList before = scratchDirectories();
        const QByteArray sql = "-- a shop; with comments\n"
                               "/*!40101 SET NAMES utf8mb4 */;\n"
                               "SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='TRADITIONAL';\n"
                               "CREATE TABLE customer (\n"
                               "  id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,\n"
                               "  email varchar(200) NOT NULL UNIQUE COMMENT 'login; café ✓',\n"
                               "  mood ENUM('sad','ok') DEFAULT 'ok'\n"
                               ") ENGINE=InnoDB;\n"
                               "CREATE TABLE `order` (id int PRIMARY KEY, customer_id int "
                               "unsigned NOT NULL,\n"
                               "  FOREIGN KEY (customer_id) REFERENCES customer (id));\n"
                               "INSERT INTO customer (email) VALUES ('a;b@example.com');\n"
                               "DELIMITER //\n"
                               "CREATE TRIGGER order_check BEFORE INSERT ON `order` FOR EACH ROW\n"
                               "BEGIN\n"
                               "  IF NEW.id < 0 THEN SET NEW.id = 0; END IF;\n"
                               "END//\n"
                               "CREATE PROCEDURE count_orders() BEGIN SELECT COUNT(*) FROM "
                               "`order`; END//\n"
                               "DELIMITER ;\n"
                               "CREATE VIEW emails AS SELECT email FROM customer;\n"
                               "SET NAMES latin1;\n"
                               "GRANT SELECT ON *.* TO 'nobody'@'localhost';\n";
        const auto result = importMySql(sql, u"shop.sql"_s);
        if (!result)
            QFAIL(qPrintable(result.error().toString()));
        const connect::ImportResult& r = result.value();
        QCOMPARE(items(r.report, Kind::Failed), QStringList());
        QCOMPARE(items(r.report, Kind::NotModelled),
                 QStringList({u"shop.sql:21 GRANT"_s, u"shop.sql:11-11 data"_s,
                              u" procedure shop.count_orders"_s, u" trigger shop.order_check"_s}));
        QCOMPARE(r.databaseName, u"shop"_s);
        // The engine's name for the database appears nowhere: notes speak of "shop".
        QVERIFY(!r.report.notes.isEmpty());
        QVERIFY2(!r.report.toText().contains(u"schemata_script"_s), qPrintable(r.report.toText()));
        for (const model::Diagnostic& note : r.report.notes)
            QVERIFY2(note.path.startsWith(u"shop."_s) &&
                         note.objectId.toString().contains(u"_shop."_s),
                     qPrintable(note.toString() + u' ' + note.objectId.toString()));
        QCOMPARE(r.model.schemas.size(), 1);
        QCOMPARE(r.model.schemas.constFirst().name, u"shop"_s);
        QCOMPARE(tableNames(r.model), QStringList({u"customer"_s, u"order"_s}));
        QCOMPARE(r.model.views.size(), 1);
        QCOMPARE(r.model.enums.size(), 1);
        const model::Table* customer = r.model.tableByName({}, u"customer");
        if (!customer)
            QFAIL("customer missing");
        QCOMPARE(customer->id, connect::catalogId(u"tbl", {u"shop"_s, u"customer"_s}));
        const model::Column* email = customer->columnByName(u"email");
        if (!email)
            QFAIL("email missing");
        QCOMPARE(email->comment, u"login; café ✓"_s);
        const model::Table* order = r.model.tableByName({}, u"order");
        if (!order)
            QFAIL("order missing");
        QCOMPARE(order->foreignKeys.size(), 1);
        // The server is gone with its directory.
        QCOMPARE(scratchDirectories(), before);
    }

    // The script creates a database of the file's own name (as `mariadb < shop.sql`
    // allows) and also leaves a table in the database it started in: both import, the
    // latter as "<file>_script", with IDs from those names.
    void databaseNamedLikeTheFile()
    {
        const QByteArray sql = "CREATE TABLE loose (id int);\n"
                               "CREATE DATABASE shop;\n"
                               "USE shop;\n"
                               "CREATE TABLE item (id int PRIMARY KEY);\n"
                               "CREATE TRIGGER item_guard BEFORE INSERT ON item FOR EACH ROW "
                               "SET NEW.id = NEW.id;\n";
        const auto result = importMySql(sql, u"shop.sql"_s);
        if (!result)
            QFAIL(qPrintable(result.error().toString()));
        const connect::ImportResult& r = result.value();
        QCOMPARE(items(r.report, Kind::Failed), QStringList());
        QStringList schemas;
        for (const model::Schema& s : r.model.schemas)
            schemas << s.name + u' ' + s.id.toString();
        schemas.sort();
        QCOMPARE(schemas, QStringList({u"shop sch_shop"_s, u"shop_script sch_shop_script"_s}));
        const model::Table* loose = r.model.tableByName(u"shop_script"_s, u"loose");
        if (!loose)
            QFAIL("loose missing");
        QCOMPARE(loose->id, connect::catalogId(u"tbl", {u"shop_script"_s, u"loose"_s}));
        QCOMPARE(items(r.report, Kind::NotModelled), QStringList({u" trigger shop.item_guard"_s}));
    }

    // The studio runs imports on a plain std::thread (ImportJob): the private server's
    // QProcess and the Qt Sql session must work there, without warnings.
    void onAWorkerThread()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        std::optional<core::Result<connect::ImportResult>> result;
        std::thread worker([&] {
            result = importMySql("CREATE TABLE a (id int PRIMARY KEY);\n", u"worker.sql"_s);
        });
        worker.join();
        if (!result || !*result)
            QFAIL(result ? qPrintable(result->error().toString()) : "no result");
        QCOMPARE(tableNames(result->value().model), QStringList({u"a"_s}));
    }

    // The client's own commands: USE without ';' works, SOURCE is reported (not SQL), QUIT
    // ends the script as it ends the client's reading, and says what it cut off.
    void clientCommands()
    {
        const QByteArray sql = "CREATE DATABASE a;\n"
                               "use a\n"
                               "CREATE TABLE t (id int);\n"
                               "source other.sql\n"
                               "quit\n"
                               "CREATE TABLE after_quit (id int);\n";
        const auto result = importMySql(sql, u"cmds.sql"_s);
        if (!result)
            QFAIL(qPrintable(result.error().toString()));
        const connect::ImportResult& r = result.value();
        QCOMPARE(items(r.report, Kind::Failed), QStringList());
        QCOMPARE(items(r.report, Kind::NotModelled),
                 QStringList({u"cmds.sql:4 SOURCE"_s, u"cmds.sql:5 QUIT"_s}));
        QVERIFY2(r.report.items.at(1).message.contains(u"the 1 statements after it"_s),
                 qPrintable(r.report.items.at(1).message));
        QCOMPARE(r.model.schemas.size(), 1);
        QCOMPARE(r.model.schemas.constFirst().name, u"a"_s);
        QCOMPARE(tableNames(r.model), QStringList({u"t"_s}));
    }

    // A failing statement is reported at its line (syntax errors at the line inside the
    // statement the server names) and the rest still runs, like `mariadb --force`.
    void failingStatements()
    {
        const QByteArray sql = "CREATE TABLE a (id int PRIMARY KEY);\n"
                               "\n"
                               "CREATE TABLE b (\n"
                               "  id int PRIMARY KEY,\n"
                               "  a_id int REFERENCES missing (id),\n"
                               "  FOREIGN KEY (a_id) REFERENCES missing (id)\n"
                               ");\n"
                               "CREATE TABLE c (\n"
                               "  id int PRIMARY KEY,\n"
                               "  name varchar(10) NOT NULL DEFALT 'x'\n"
                               ");\n"
                               "CREATE TABLE a (id int);\n"
                               "CREATE TABLE d (id int PRIMARY KEY, a_id int REFERENCES a (id));\n";
        const auto result = importMySql(sql, u"broken.sql"_s);
        if (!result)
            QFAIL(qPrintable(result.error().toString()));
        const connect::ImportResult& r = result.value();
        QCOMPARE(items(r.report, Kind::Failed),
                 QStringList({u"broken.sql:3 CREATE TABLE"_s, u"broken.sql:10 CREATE TABLE"_s,
                              u"broken.sql:12 CREATE TABLE"_s}));
        for (const connect::ImportReportItem& item : r.report.items) {
            if (item.kind == Kind::Failed)
                QVERIFY2(!item.message.isEmpty() && item.sql.startsWith(u"CREATE TABLE"_s),
                         qPrintable(item.message));
        }
        QVERIFY2(r.report.items.at(2).message.contains(u"already exists"_s),
                 qPrintable(r.report.items.at(2).message));
        QCOMPARE(tableNames(r.model), QStringList({u"a"_s, u"d"_s}));
        QCOMPARE(r.report.toText().contains(u"broken.sql:10: failed CREATE TABLE: "_s), true);
    }

    // A file that is not SQL at all: every statement fails with its line, nothing
    // crashes, the model is empty.
    void syntaxErrorFile()
    {
        const QByteArray sql = "this is not sql;\nneither\nis this;\n";
        const auto result = importMySql(sql, u"prose.sql"_s);
        if (!result)
            QFAIL(qPrintable(result.error().toString()));
        QCOMPARE(items(result.value().report, Kind::Failed),
                 QStringList({u"prose.sql:1 THIS"_s, u"prose.sql:2 NEITHER"_s}));
        QCOMPARE(result.value().model.tables.size(), 0);
    }

    void binaryFile()
    {
        QByteArray sql("CREATE TABLE a (id int);\n\x01\x02");
        sql.append('\0');
        sql.append("\xff\xfe");
        const auto result = importMySql(sql, u"image.sql"_s);
        QVERIFY(!result);
        QVERIFY2(result.error().toString().contains(u"image.sql:2"_s),
                 qPrintable(result.error().toString()));
        QVERIFY2(result.error().toString().contains(u"binary"_s),
                 qPrintable(result.error().toString()));
    }

    // An empty script: an honest empty result (one empty schema named after the file).
    void emptyScript_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("comments only") << QByteArray("-- nothing here\n/* or here */\n");
    }
    void emptyScript()
    {
        QFETCH(QByteArray, script);
        const auto result = importMySql(script, u"empty.sql"_s);
        if (!result)
            QFAIL(qPrintable(result.error().toString()));
        QCOMPARE(result.value().report.items.size(), 0);
        QCOMPARE(result.value().model.tables.size(), 0);
        QCOMPARE(result.value().model.schemas.size(), 1);
        QCOMPARE(result.value().model.schemas.constFirst().name, u"empty"_s);
    }

    // With a server of the user's: the script's CREATE/DROP DATABASE and USE go to
    // scratch databases, the model carries the script's names and IDs, the server's own
    // database of the same name is untouched and nothing is left behind.
    void userServer()
    {
        auto existing = m_server.createDatabase(u"shop"_s);
        if (!existing)
            QFAIL(qPrintable(existing.error().toString()));
        if (const core::Status s = enginetest::executeStatements(
                existing.value(), {u"CREATE TABLE precious (id int PRIMARY KEY)"_s});
            !s)
            QFAIL(qPrintable(s.error().toString()));
        const auto admin = m_server.connect({});
        if (!admin)
            QFAIL(qPrintable(admin.error().toString()));
        const QStringList before = databases(admin.value());

        const QByteArray sql = "DROP DATABASE IF EXISTS shop;\n"
                               "CREATE DATABASE shop /*!40100 DEFAULT CHARACTER SET utf8mb4 */;\n"
                               "USE shop;\n"
                               "CREATE TABLE item (id int PRIMARY KEY, parent int,\n"
                               "  FOREIGN KEY (parent) REFERENCES item (id));\n"
                               "CREATE VIEW roots AS SELECT id FROM item WHERE parent IS NULL;\n"
                               "CREATE DATABASE scratchpad;\n"
                               "DROP DATABASE scratchpad;\n"
                               "DROP DATABASE mysql;\n"
                               "USE information_schema;\n";
        const auto result = importMySql(sql, u"shop-schema.sql"_s, serverProfile());
        if (!result)
            QFAIL(qPrintable(result.error().toString()));
        const connect::ImportResult& r = result.value();
        const QStringList expectedFailures{u"shop-schema.sql:9 DROP DATABASE"_s,
                                           u"shop-schema.sql:10 USE"_s};
        QVERIFY2(items(r.report, Kind::Failed) == expectedFailures, qPrintable(r.report.toText()));
        QCOMPARE(r.model.schemas.size(), 1);
        QCOMPARE(r.model.schemas.constFirst().name, u"shop"_s);
        QCOMPARE(r.model.schemas.constFirst().id, connect::catalogId(u"sch", {u"shop"_s}));
        QCOMPARE(tableNames(r.model), QStringList({u"item"_s}));
        const model::Table& item = r.model.tables.constFirst();
        QCOMPARE(item.id, connect::catalogId(u"tbl", {u"shop"_s, u"item"_s}));
        QCOMPARE(item.columns.constFirst().id,
                 connect::catalogId(u"col", {u"shop"_s, u"item"_s, u"id"_s}));
        QCOMPARE(item.foreignKeys.size(), 1);
        QCOMPARE(item.foreignKeys.constFirst().referencedTableId, item.id);
        QCOMPARE(r.model.views.size(), 1);
        QVERIFY2(!r.model.views.constFirst().sql.contains(u"schemata_verify"_s),
                 qPrintable(r.model.views.constFirst().sql));

        QCOMPARE(databases(admin.value()), before);
        QSqlQuery query(existing.value());
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM information_schema.TABLES WHERE "
                           "TABLE_SCHEMA = 'shop' AND TABLE_NAME = 'precious'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    // Which names a statement qualifies with a database: only the first part of a
    // dotted name, outside strings and comments, inside conditional comments.
    void qualifiers_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("two- and three-part, quoted, spaced")
            << u"SELECT shop.t.id, `shop`.`t`.c, x FROM shop . t JOIN `a``b`.u JOIN c/**/.v"_s
            << QStringList{u"shop"_s, u"shop"_s, u"shop"_s, u"a`b"_s, u"c"_s};
        QTest::newRow("column references look the same")
            << u"SELECT t.c FROM t WHERE t.id = 1"_s << QStringList{u"t"_s, u"t"_s};
        QTest::newRow("strings, comments, variables, numbers are not names")
            << u"SELECT 'shop.t', 'it''s shop.t', 1.5, .5, @shop.t, @@session.sql_mode "
               "-- shop.t\n# shop.t\n/* shop.t */ FROM `shop.t`"_s
            << QStringList{};
        QTest::newRow("conditional comments are code")
            << u"/*!50001 CREATE VIEW v AS SELECT * FROM shop.t */ /*M!100100 x.y */"_s
            << QStringList{u"shop"_s, u"x"_s};
        QTest::newRow("double quotes (ANSI_QUOTES)")
            << u"DELETE FROM \"shop\".t"_s << QStringList{u"shop"_s};
    }
    void qualifiers()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, names);
        const QList<sqlimport::MySqlToken> tokens = sqlimport::MySqlTokenizer::tokenize(sql, true);
        QStringList got;
        for (const qsizetype k : sqlimport::MySqlTokenizer::qualifiers(tokens))
            got << tokens.at(k).text;
        QCOMPARE(got, names);
    }
    // A backslash escapes in strings or not as the session's sql_mode says: the two
    // readings see different names.
    void qualifiersBackslash()
    {
        const QString sql = u"SELECT 'a\\' FROM shop.t WHERE '' = ''"_s;
        const auto names = [&](bool escapes) {
            const QList<sqlimport::MySqlToken> tokens =
                sqlimport::MySqlTokenizer::tokenize(sql, escapes);
            QStringList got;
            for (const qsizetype k : sqlimport::MySqlTokenizer::qualifiers(tokens))
                got << tokens.at(k).text;
            return got;
        };
        QCOMPARE(names(true), QStringList());
        QCOMPARE(names(false), QStringList{u"shop"_s});
    }

    // --url: a statement naming a database of the server (qualified names, database
    // statements in any spelling, dynamic SQL) is not run and is reported at the line of
    // the name; the server's `shop` stays exactly as it was. Strings and column
    // references that only look like names run.
    void userServerQualifiedNames()
    {
        const auto shop = userShop(m_server);
        if (!shop)
            QFAIL(qPrintable(shop.error().toString()));
        const auto admin = m_server.connect({});
        if (!admin)
            QFAIL(qPrintable(admin.error().toString()));
        const QStringList before = snapshot(admin.value(), u"shop"_s);
        const QStringList databasesBefore = databases(admin.value());
        QCOMPARE(before.size(), 5); // options, t's row in TABLES, definition, count, 1 row
        const QByteArray sql =
            "CREATE TABLE t (id int PRIMARY KEY, name varchar(20));\n"
            "INSERT INTO shop.t VALUES (2, 'x');\n"
            "DELETE FROM `shop`.`t`;\n"
            "UPDATE shop.t SET name = 'gone';\n"
            "TRUNCATE shop.t;\n"
            "TRUNCATE TABLE `shop` . `t`;\n"
            "ALTER TABLE shop.t ADD COLUMN extra int;\n"
            "RENAME TABLE shop.t TO stolen;\n"
            "ALTER TABLE t RENAME TO shop.moved;\n"
            "CREATE TABLE copy LIKE shop.t;\n"
            "CREATE VIEW peek AS SELECT id FROM shop.t;\n"
            "INSERT INTO t SELECT * FROM shop.t;\n"
            "DROP TABLE /* really */ shop.t;\n"
            "DROP TABLE SHOP.t;\n"
            "/*!40000 DROP DATABASE IF EXISTS `shop`*/;\n"
            "DROP /* x */ DATABASE shop;\n"
            "ALTER DATABASE shop CHARACTER SET latin1;\n"
            "USE shop -- the real one\n"
            "PREPARE s FROM 'DROP TABLE shop.t';\n"
            "UPDATE t\n"
            "  JOIN shop.t AS s ON s.id = t.id SET t.name = s.name;\n"
            "CREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW DELETE FROM "
            "shop.t;\n"
            "INSERT INTO t VALUES (1, 'shop.t'), (2, \"shop.t\");\n"
            "CREATE VIEW local_view AS SELECT t.id, t.name FROM t;\n"
            "SET sql_mode = 'ANSI_QUOTES';\n"
            "DELETE FROM \"shop\".t;\n"
            "SET sql_mode = 'NO_BACKSLASH_ESCAPES';\n"
            "DELETE FROM t WHERE name = 'a\\' OR id IN (SELECT id FROM shop.t) # '\n"
            "  OR name = 'b';\n"
            "CREATE OR REPLACE DATABASE sys;\n"
            "SET STATEMENT max_statement_time = 100 FOR DROP DATABASE shop;\n"
            "CREATE PROCEDURE wipe() DROP DATABASE shop;\n"
            "SHOW CREATE DATABASE sys;\n"
            "SHOW TABLES FROM shop;\n"
            "DELIMITER //\n"
            "CREATE TABLE u (id int); USE shop; DROP TABLE t//\n"
            "DELIMITER ;\n"
            "CREATE TABLE fed (id int) ENGINE=FEDERATED\n"
            "  CONNECTION='mysql://root@localhost/shop/t';\n"
            "CREATE TABLE con (id int) ENGINE = CONNECT TABLE_TYPE=MYSQL DBNAME='shop';\n"
            "SELECT id FROM t USE INDEX (PRIMARY);\n"
            "DELIMITER //\n"
            "CREATE DATABASE x CHARACTER SET utf8mb4; DROP TABLE shop.t//\n"
            "DELIMITER ;\n"
            "SELECT 1 INTO OUTFILE '/tmp/schemata-outfile-attack';\n"
            "SELECT 1 INTO DUMPFILE '/tmp/schemata-dumpfile-attack';\n";
        QFile::remove(u"/tmp/schemata-outfile-attack"_s); // a failed earlier run's
        QFile::remove(u"/tmp/schemata-dumpfile-attack"_s);
        const auto result = importMySql(sql, u"attack.sql"_s, serverProfile());
        if (!result)
            QFAIL(qPrintable(result.error().toString()));
        const connect::ImportResult& r = result.value();
        QStringList failed;
        for (const connect::ImportReportItem& item : r.report.items) {
            if (item.kind != Kind::Failed)
                continue;
            failed << item.location;
            QVERIFY2(item.message.startsWith(u"not run: "_s) &&
                         item.message.contains(u"script import never touches existing databases"_s),
                     qPrintable(item.location + u' ' + item.message));
        }
        QStringList expected;
        for (const int line : {2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14, 16, 17,
                               18, 19, 21, 22, 26, 28, 31, 32, 34, 36, 38, 40, 43, 45, 46})
            expected << u"attack.sql:%1"_s.arg(line);
        QVERIFY2(failed == expected, qPrintable(failed.join(u' ') + u'\n' + r.report.toText()));
        // The qualified ones say which database.
        QVERIFY2(r.report.items.constFirst().message ==
                     u"not run: refers to database `shop` on the server; script import never "
                     "touches existing databases"_s,
                 qPrintable(r.report.items.constFirst().message));
        // CREATE OR REPLACE of a server database goes to a scratch one like CREATE.
        QCOMPARE(tableNames(r.model), QStringList({u"t"_s}));
        QCOMPARE(r.model.views.size(), 1);
        QCOMPARE(r.model.views.constFirst().name, u"local_view"_s);

        QCOMPARE(snapshot(admin.value(), u"shop"_s), before);
        QCOMPARE(databases(admin.value()), databasesBefore);
        // The server (on this machine) wrote no file either.
        QVERIFY(!QFile::exists(u"/tmp/schemata-outfile-attack"_s));
        QVERIFY(!QFile::exists(u"/tmp/schemata-dumpfile-attack"_s));
    }

    // --url: the script's own databases may be named with a dot too; they are rewritten
    // to the scratch databases and import as the script names them — also when the
    // server has a database of that name (CREATE OR REPLACE DATABASE shop), whose data
    // stays untouched.
    void userServerScriptDatabasesQualified()
    {
        const auto shop = userShop(m_server);
        if (!shop)
            QFAIL(qPrintable(shop.error().toString()));
        const auto admin = m_server.connect({});
        if (!admin)
            QFAIL(qPrintable(admin.error().toString()));
        const QStringList before = snapshot(admin.value(), u"shop"_s);
        const QStringList databasesBefore = databases(admin.value());
        const QByteArray sql = "CREATE DATABASE app;\n"
                               "CREATE TABLE app.t (id int PRIMARY KEY, note varchar(20));\n"
                               "INSERT INTO `app`.`t` VALUES (1, 'app.t');\n"
                               "CREATE TABLE app.child (id int PRIMARY KEY, t_id int,\n"
                               "  FOREIGN KEY (t_id) REFERENCES app.t (id));\n"
                               "CREATE VIEW app.notes AS SELECT app.t.note FROM app.t;\n"
                               "UPDATE app.t SET note = 'x' WHERE app.t.id = 1;\n"
                               "CREATE OR REPLACE DATABASE shop;\n"
                               "CREATE TABLE shop.t (id int);\n"
                               "INSERT INTO shop.t VALUES (42);\n"
                               "ALTER DATABASE shop CHARACTER SET latin1;\n"
                               "CREATE TABLE shop.copy LIKE app.t;\n";
        const auto result = importMySql(sql, u"app.sql"_s, serverProfile());
        if (!result)
            QFAIL(qPrintable(result.error().toString()));
        const connect::ImportResult& r = result.value();
        QVERIFY2(items(r.report, Kind::Failed).isEmpty(), qPrintable(r.report.toText()));
        QCOMPARE(items(r.report, Kind::NotModelled), QStringList({u"app.sql:3-10 data"_s}));
        QStringList schemas;
        for (const model::Schema& s : r.model.schemas)
            schemas << s.name;
        schemas.sort();
        QCOMPARE(schemas, QStringList({u"app"_s, u"shop"_s}));
        const model::Table* t = r.model.tableByName(u"app"_s, u"t");
        const model::Table* child = r.model.tableByName(u"app"_s, u"child");
        if (!t || !child)
            QFAIL("app.t or app.child missing");
        QCOMPARE(child->foreignKeys.size(), 1);
        QCOMPARE(child->foreignKeys.constFirst().referencedTableId, t->id);
        QVERIFY(r.model.tableByName(u"shop"_s, u"t") != nullptr);
        const model::Table* copy = r.model.tableByName(u"shop"_s, u"copy");
        if (!copy)
            QFAIL("shop.copy missing");
        QCOMPARE(copy->columns.size(), 2);
        QCOMPARE(r.model.views.size(), 1);
        QVERIFY2(!r.model.views.constFirst().sql.contains(u"schemata_verify"_s),
                 qPrintable(r.model.views.constFirst().sql));
        QVERIFY2(!r.report.toText().contains(u"schemata_verify"_s), qPrintable(r.report.toText()));

        QCOMPARE(snapshot(admin.value(), u"shop"_s), before);
        QCOMPARE(databases(admin.value()), databasesBefore);
    }

    // Cancelled before it starts: an error, and the private server is gone.
    void cancelled()
    {
        const QStringList before = scratchDirectories();
        auto flag = std::make_shared<std::atomic<bool>>(true);
        connect::CatalogFilter filter;
        filter.cancelled = flag;
        const auto result =
            importMySql("CREATE TABLE a (id int);", u"a.sql"_s, std::nullopt, filter);
        QVERIFY(!result);
        QVERIFY2(result.error().toString().contains(u"cancelled"_s),
                 qPrintable(result.error().toString()));
        QCOMPARE(scratchDirectories(), before);
    }

    // mariadb-dump's output (conditional comments everywhere, DELIMITER ;; around
    // routines and triggers, LOCK TABLES, SET of saved session variables) imports to the
    // same model and report as the script it was dumped from.
    void dumpOfSakila()
    {
        const QString corpus =
            QStringLiteral(SCHEMATA_SHARED_DIR "/corpus/sakila/mysql-schema.sql");
        if (!QFileInfo::exists(corpus))
            QSKIP(qPrintable(u"the corpus is absent ("_s + corpus + u"); this test needs it"_s));
        QFile file(corpus);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray script = file.readAll();
        const QString socket = u"--socket="_s + m_server.socketPath();
        const QString log = m_tmp.filePath(u"dump.log"_s);
        if (const core::Status s =
                enginetest::runTool(u"/usr/bin/mariadb"_s, {socket, u"-uroot"_s}, m_tmp.path(), log,
                                    std::chrono::minutes(3), script);
            !s)
            QFAIL(qPrintable(s.error().toString()));
        const QString dumpPath = m_tmp.filePath(u"sakila-dump.sql"_s);
        if (const core::Status s = enginetest::runTool(
                u"/usr/bin/mariadb-dump"_s,
                {socket, u"-uroot"_s, u"--routines"_s, u"--triggers"_s, u"--events"_s,
                 u"--databases"_s, u"sakila"_s, u"--result-file="_s + dumpPath},
                m_tmp.path(), log, std::chrono::minutes(3));
            !s)
            QFAIL(qPrintable(s.error().toString()));
        QFile dumpFile(dumpPath);
        QVERIFY(dumpFile.open(QIODevice::ReadOnly));
        const QByteArray dump = dumpFile.readAll();
        QVERIFY2(dump.contains("DELIMITER ;;") && dump.contains("/*!50003 CREATE*/"),
                 "not the mysqldump dialect this test is about");

        const auto fromScript = importMySql(script, u"sakila.sql"_s);
        const auto fromDump = importMySql(dump, u"sakila.sql"_s);
        if (!fromScript || !fromDump)
            QFAIL(qPrintable((fromScript ? fromDump : fromScript).error().toString()));
        QCOMPARE(items(fromDump.value().report, Kind::Failed), QStringList());
        QCOMPARE(fromDump.value().model.tables.size(), 16);
        QVERIFY(fromDump.value().model == fromScript.value().model);
        QCOMPARE(items(fromDump.value().report, Kind::NotModelled),
                 items(fromScript.value().report, Kind::NotModelled));
        QCOMPARE(fromDump.value().report.notes, fromScript.value().report.notes);

        // Through --url on this server, which now has a real `sakila`: the script's
        // CREATE DATABASE/USE and its `sakila.film` in views go to scratch databases, so
        // both import as in the private server (no false refusals), and the server's
        // sakila is left exactly as it was.
        const auto admin = m_server.connect({});
        if (!admin)
            QFAIL(qPrintable(admin.error().toString()));
        const auto definitions = [&] {
            QStringList out = databases(admin.value());
            QSqlQuery query(admin.value());
            if (!query.exec(u"SELECT TABLE_NAME FROM information_schema.TABLES WHERE "
                            "TABLE_SCHEMA = 'sakila' ORDER BY 1"_s))
                return QStringList{query.lastError().text()};
            QStringList tables;
            while (query.next())
                tables << query.value(0).toString();
            for (const QString& table : std::as_const(tables)) {
                if (!query.exec(u"SHOW CREATE TABLE sakila.`"_s + table + u'`') || !query.next())
                    return QStringList{query.lastError().text()};
                out << query.value(1).toString();
            }
            return out;
        };
        const QStringList before = definitions();
        QVERIFY(before.size() > 16);
        for (const auto& [name, text] :
             {std::pair{u"script"_s, script}, std::pair{u"dump"_s, dump}}) {
            const auto onServer = importMySql(text, u"sakila.sql"_s, serverProfile());
            if (!onServer)
                QFAIL(qPrintable(onServer.error().toString()));
            QVERIFY2(items(onServer.value().report, Kind::Failed).isEmpty(),
                     qPrintable(name + u": "_s + onServer.value().report.toText()));
            QVERIFY2(onServer.value().model == fromScript.value().model, qPrintable(name));
            QCOMPARE(items(onServer.value().report, Kind::NotModelled),
                     items(fromScript.value().report, Kind::NotModelled));
        }
        QCOMPARE(definitions(), before);
    }

    // Cancelled while a statement runs for long: the private server is killed, the
    // import gives up at once (without this the SLEEP would hold it for ten minutes, past
    // the test's time limit) and the server's directory is gone.
    void cancelledDuringStatement()
    {
        const QStringList before = scratchDirectories();
        auto flag = std::make_shared<std::atomic<bool>>(false);
        connect::CatalogFilter filter;
        filter.cancelled = flag;
        // The flag is set once the script's first table exists, i.e. while SLEEP runs.
        std::thread canceller([&] {
            for (int i = 0; i < 6000 && !flag->load(); ++i) {
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                // first.frm in whichever database the script runs in
                for (const QString& dir : scratchDirectories()) {
                    const QDir data(QDir::tempPath() + u'/' + dir + u"/data"_s);
                    for (const QString& db : data.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                        if (QFileInfo::exists(data.filePath(db + u"/first.frm"_s)))
                            flag->store(true);
                    }
                }
            }
        });
        const auto result = importMySql("CREATE TABLE first (id int);\n"
                                        "SELECT SLEEP(600);\n"
                                        "CREATE TABLE second (id int);\n",
                                        u"slow.sql"_s, std::nullopt, filter);
        flag->store(true);
        canceller.join();
        QVERIFY(!result);
        QVERIFY2(result.error().toString().contains(u"cancelled"_s),
                 qPrintable(result.error().toString()));
        QCOMPARE(scratchDirectories(), before);
    }
};

QTEST_GUILESS_MAIN(TestMySqlScriptImport)
#include "tst_mysqlscriptimport.moc"
