#include "connect/catalogreader.h"
#include "connect/liveimport.h"
#include "dialect/dialect.h"
#include "expectedmodel.h"
#include "mariadbserver.h"
#include "modeltext.h"
#include "postgresserver.h"
#include "roundtripcompare.h"
#include "serverprocess.h"
#include "sqlimport/scriptimport.h"
#include "sqlitedatabase.h"
#include "sqlscript.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#ifndef SCHEMATA_CORPUS_DIALECT
#error "SCHEMATA_CORPUS_DIALECT must name the dialect under test"
#endif

using namespace schemata;
using namespace Qt::StringLiterals;

namespace {

struct CorpusCase
{
    QString name;
    QString file;     // relative to the corpus folder
    QString database; // where the script leaves its objects ("" = the fresh database)
    // The script's domains and the columns declared with them ("table.column:domain"),
    // which the import must model (PostgreSQL).
    QStringList domains = {};
    QStringList domainColumns = {};
};

QList<CorpusCase> corpusCases(const QString& dialect)
{
    if (dialect == u"postgres")
        return {{u"sakila"_s,
                 u"sakila/postgres-schema.sql"_s,
                 {},
                 {u"public.year"_s},
                 {u"film.release_year:year"_s}},
                {u"chinook"_s, u"chinook/chinook-postgresql.sql"_s, u"chinook"_s},
                {u"pagila"_s,
                 u"pagila/pagila-schema.sql"_s,
                 {},
                 {u"public.bıgınt"_s, u"public.year"_s},
                 {u"film.release_year:year"_s}}};
    if (dialect == u"mariadb")
        return {{u"sakila"_s, u"sakila/mysql-schema.sql"_s, u"sakila"_s},
                {u"chinook"_s, u"chinook/chinook-mysql.sql"_s, u"Chinook"_s}};
    return {{u"sakila"_s, u"sakila/sqlite-schema.sql"_s, {}},
            {u"chinook"_s, u"chinook/chinook-sqlite.sql"_s, {}}};
}

// "schema.name" of every domain and "table.column:domain" of every column declared with
// one, in model order.
QStringList domainNames(const model::Model& m)
{
    QStringList out;
    for (const model::DomainType& d : m.domains) {
        const model::Schema* s = m.schema(d.schemaId);
        out << (s ? s->name : u"?"_s) + u'.' + d.name;
    }
    return out;
}
QStringList columnsWithDomains(const model::Model& m)
{
    QStringList out;
    for (const model::Table& t : m.tables) {
        for (const model::Column& c : t.columns) {
            if (c.type.domainId.isNull())
                continue;
            const model::DomainType* d = m.domainType(c.type.domainId);
            out << t.name + u'.' + c.name + u':' + (d ? d->name : u"?"_s);
        }
    }
    return out;
}

// Domains as text for comparing two imports, check and default expressions loosely (the
// server re-renders them; a script import keeps the script's spelling).
QStringList domainLines(const model::Model& m)
{
    QStringList lines;
    for (const model::DomainType& d : m.domains) {
        const model::Schema* s = m.schema(d.schemaId);
        QStringList checks;
        for (const model::CheckConstraint& c : d.checks)
            checks << c.id.toString() + u'=' + enginetest::looseSql(c.expression);
        lines << u"%1 %2.%3 base=%4%5 notnull=%6 default=%7 collation=%8 comment=%9 checks=%10"_s
                     .arg(d.id.toString(), s ? s->name : u"?"_s, d.name, d.baseType.toString(),
                          d.baseType.overrides.value(u"postgres"_s))
                     .arg(d.notNull)
                     .arg(enginetest::looseSql(d.defaultExpression), d.collation, d.comment,
                          checks.join(u", "_s));
    }
    return lines + columnsWithDomains(m);
}

} // namespace

// The fidelity check on public schemas written by other people: corpus script →
// real engine → import → DDL → fresh database → import again gives the same model, and
// the second catalog matches the first object by object. The script import (sqlimport)
// of the same file is compared with the live import and its differences are printed.
class TestCorpusRoundTrip : public QObject
{
    Q_OBJECT
    const QString m_dialect = QStringLiteral(SCHEMATA_CORPUS_DIALECT);
    const QDir m_corpus{QStringLiteral(SCHEMATA_SHARED_DIR "/corpus")};
    std::unique_ptr<enginetest::PostgresServer> m_postgres;
    std::unique_ptr<enginetest::MariaDbServer> m_mariadb;
    std::unique_ptr<enginetest::SqliteDatabase> m_sqlite;
    QTemporaryDir m_logs{QDir::tempPath() + u"/schemata-corpus-XXXXXX"_s};

    core::Result<QSqlDatabase> freshDatabase(const QString& name)
    {
        if (m_postgres)
            return m_postgres->createDatabase(name);
        if (m_mariadb)
            return m_mariadb->createDatabase(name);
        return m_sqlite->createDatabase(name);
    }

    // Loads the corpus file with the engine's own client, as the corpus README says.
    core::Status load(const QString& file, const QString& database, const QString& sqliteFile)
    {
        QFile script(file);
        if (!script.open(QIODevice::ReadOnly))
            return core::Error{file, u"cannot read"_s};
        const QByteArray sql = script.readAll();
        // A log of this run's own: the three dialect variants of this test run in parallel under
        // ctest -j, and a shared fixed path let one engine's client read another's script.
        const QString log = m_logs.filePath(sqliteFile + u".log"_s);
        if (m_postgres)
            return enginetest::runTool(
                QString::fromLatin1(enginetest::PostgresServer::kBinDir) + u"/psql"_s,
                {u"-h"_s, m_postgres->socketDirectory(), u"-p"_s, u"5432"_s, u"-U"_s, u"postgres"_s,
                 u"-d"_s, database, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-f"_s, file},
                QDir::tempPath(), log, std::chrono::minutes(3));
        if (m_mariadb) {
            QStringList args{u"--socket="_s + m_mariadb->socketPath(), u"-uroot"_s};
            if (!database.isEmpty())
                args << u"--database="_s + database;
            return enginetest::runTool(u"/usr/bin/mariadb"_s, args, QDir::tempPath(), log,
                                       std::chrono::minutes(3), sql);
        }
        return enginetest::runTool(u"/usr/bin/sqlite3"_s, {u"-bail"_s, sqliteFile},
                                   QDir::tempPath(), log, std::chrono::minutes(3), sql);
    }

    connect::ConnectionProfile profile(const QString& database) const
    {
        connect::ConnectionProfile p;
        p.dialect = m_dialect;
        p.database = database;
        if (m_postgres) {
            p.socket = m_postgres->socketDirectory();
            p.port = 5432;
            p.user = u"postgres"_s;
        } else if (m_mariadb) {
            p.socket = m_mariadb->socketPath();
            p.user = u"root"_s;
        }
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_corpus.exists())
            QSKIP(qPrintable(u"the corpus is absent ("_s + m_corpus.path() +
                             u"); these round trips need it"_s));
        if (m_dialect == u"postgres") {
            m_postgres = std::make_unique<enginetest::PostgresServer>();
            if (const core::Status s = m_postgres->start(); !s)
                QFAIL(qPrintable(s.error().toString()));
        } else if (m_dialect == u"mariadb") {
            m_mariadb = std::make_unique<enginetest::MariaDbServer>();
            if (const core::Status s = m_mariadb->start(); !s)
                QFAIL(qPrintable(s.error().toString()));
        } else {
            m_sqlite = std::make_unique<enginetest::SqliteDatabase>();
        }
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QStringList>("domains");
        QTest::addColumn<QStringList>("domainColumns");
        for (const CorpusCase& c : corpusCases(m_dialect))
            QTest::newRow(qPrintable(c.name))
                << c.file << c.database << c.domains << c.domainColumns;
    }

    void roundTrip()
    {
        QFETCH(QString, file);
        QFETCH(QString, database);
        QFETCH(QStringList, domains);
        QFETCH(QStringList, domainColumns);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString path = m_corpus.filePath(file);
        QVERIFY2(QFile::exists(path), qPrintable(path + u" is missing from the corpus"_s));

        // 1. the corpus into a real engine, with the engine's own client
        auto first = freshDatabase(u"corpus_"_s + tag);
        if (!first)
            QFAIL(qPrintable(first.error().toString()));
        const QString loadDatabase = database.isEmpty() ? first.value().databaseName()
                                                        : (m_postgres ? u"postgres"_s : QString());
        if (const core::Status s = load(path, loadDatabase, first.value().databaseName()); !s)
            QFAIL(qPrintable(s.error().toString()));
        const QString importDatabase = database.isEmpty() ? first.value().databaseName() : database;

        // 2. import it the way users do (session + readers + report)
        const auto imported = connect::importDatabase(profile(importDatabase), {}, {});
        if (!imported)
            QFAIL(qPrintable(imported.error().toString()));
        model::Model model = imported.value().model;
        QVERIFY2(!model.tables.isEmpty(), "the corpus imported no tables");
        qInfo().noquote() << tag << ":" << model.tables.size() << "tables," << model.views.size()
                          << "views," << model.enums.size() << "enums," << model.domains.size()
                          << "domains;" << imported.value().report.items.size()
                          << "objects not modelled," << imported.value().report.notes.size()
                          << "notes";

        // The corpus's domains are modelled, with the columns that use them, not kept as SQL.
        QCOMPARE(domainNames(model), domains);
        QCOMPARE(columnsWithDomains(model), domainColumns);
        for (const connect::ImportReportItem& item : imported.value().report.items)
            QVERIFY2(item.objectType != u"domain"_s, qPrintable(item.name));

        // 3. DDL of the imported model into a fresh database
        const auto dialect = dialect::createDialect(m_dialect);
        QVERIFY(dialect);
        const dialect::DdlScript script = dialect->createScript(model);
        auto second = freshDatabase(u"corpus_"_s + tag + u"_again"_s);
        if (!second)
            QFAIL(qPrintable(second.error().toString()));
        // What the model cannot hold but the tables need is carried through from the
        // import report, as a user would: extensions and composite types used as column
        // types, free-standing sequences behind nextval() defaults. (Domains are modelled:
        // the DDL creates them.)
        // Functions and aggregates go in before the tables (views may call them) with body
        // checks off, as pg_dump does, since a function body may name tables not yet there.
        QStringList statements;
        QStringList routines;
        if (m_postgres)
            statements << u"SET check_function_bodies = off"_s;
        for (const connect::ImportReportItem& item : imported.value().report.items) {
            if (item.objectType == u"extension" || item.objectType == u"composite type" ||
                item.objectType == u"sequence")
                statements << item.sql;
            else if (item.objectType == u"function" || item.objectType == u"aggregate")
                routines << item.sql;
        }
        // Routines after the tables (they may return a table's row type), before the views.
        bool routinesPlaced = false;
        for (const dialect::DdlStatement& s : script.statements) {
            if (!routinesPlaced && s.sql.startsWith(u"CREATE VIEW"_s)) {
                statements << routines;
                routinesPlaced = true;
            }
            statements << s.sql;
        }
        if (!routinesPlaced)
            statements << routines;
        if (const core::Status s = enginetest::executeStatements(second.value(), statements); !s)
            QFAIL(qPrintable(
                u"DDL of the imported %1 does not apply: %2"_s.arg(tag, s.error().toString())));

        // 4. import again: the same model, and the catalogs match object by object
        const auto reader = connect::createCatalogReader(m_dialect);
        const auto reread = reader->read(second.value(), {});
        if (!reread)
            QFAIL(qPrintable(reread.error().toString()));
        // As in tst_roundtrip: a constraint the first import read without a name (SQLite
        // keeps unnamed ones unnamed) comes back named by the generator — the dialect's
        // right under "let the dialect name it", not a fidelity loss.
        model::Model again = reread.value();
        for (model::Table& t : again.tables) {
            const model::Table* before = model.tableByName({}, t.name);
            if (!before)
                continue;
            if (t.primaryKey && before->primaryKey && before->primaryKey->name.isEmpty())
                t.primaryKey->name.clear();
            for (qsizetype i = 0; i < t.foreignKeys.size() && i < before->foreignKeys.size(); ++i) {
                if (before->foreignKeys.at(i).name.isEmpty())
                    t.foreignKeys[i].name.clear();
            }
            for (qsizetype i = 0; i < t.uniques.size() && i < before->uniques.size(); ++i) {
                if (before->uniques.at(i).name.isEmpty())
                    t.uniques[i].name.clear();
            }
            for (qsizetype i = 0; i < t.checks.size() && i < before->checks.size(); ++i) {
                if (before->checks.at(i).name.isEmpty())
                    t.checks[i].name.clear();
            }
        }
        // MariaDB: a foreign key without an action is stored as RESTRICT, one with an
        // explicit NO ACTION as NO ACTION; the generator leaves NO ACTION out. InnoDB treats
        // the two alike, so they compare alike here (and only here).
        if (m_mariadb) {
            for (model::Model* m : {&model, &again}) {
                for (model::Table& t : m->tables) {
                    for (model::ForeignKey& fk : t.foreignKeys) {
                        for (model::ReferentialAction* a : {&fk.onDelete, &fk.onUpdate}) {
                            if (*a == model::ReferentialAction::NoAction)
                                *a = model::ReferentialAction::Restrict;
                        }
                    }
                }
            }
        }
        const bool schemas = dialect->capabilities().schemas;
        const QStringList modelDiff = enginetest::lineDiff(
            enginetest::describeModel(model, schemas), enginetest::describeModel(again, schemas));
        const QStringList catalogDiff = enginetest::compareRoundTrip(
            enginetest::expectedAfterApply(model, script, dialect->capabilities()), reread.value(),
            *dialect, script);
        if (!modelDiff.isEmpty() || !catalogDiff.isEmpty())
            QFAIL(qPrintable(
                u"%1: re-import differs (- first, + second):\n  %2\nobject by object:\n  %3"_s.arg(
                    tag, modelDiff.join(u"\n  "_s), catalogDiff.join(u"\n  "_s))));
    }

    // The same file through the script importer (no engine for PostgreSQL): compared
    // with the live import. Tables and their columns must agree; the remaining
    // differences (expression spelling: the server normalises defaults, checks and
    // view bodies) are printed so they can be read, not hidden.
    void scriptImportAgreesWithLiveImport_data() { roundTrip_data(); }
    void scriptImportAgreesWithLiveImport()
    {
        QFETCH(QString, file);
        QFETCH(QString, database);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString path = m_corpus.filePath(file);
        auto live = freshDatabase(u"corpus_script_"_s + tag);
        if (!live)
            QFAIL(qPrintable(live.error().toString()));
        const QString loadDatabase = database.isEmpty() ? live.value().databaseName()
                                                        : (m_postgres ? u"postgres"_s : QString());
        if (const core::Status s = load(path, loadDatabase, live.value().databaseName()); !s)
            QFAIL(qPrintable(s.error().toString()));
        const auto fromLive = connect::importDatabase(
            profile(database.isEmpty() ? live.value().databaseName() : database), {}, {});
        if (!fromLive)
            QFAIL(qPrintable(fromLive.error().toString()));
        sqlimport::ScriptImportOptions options;
        options.dialect = m_dialect;
        const auto fromScript = sqlimport::importScriptFile(path, options);
        if (!fromScript)
            QFAIL(qPrintable(fromScript.error().toString()));
        QCOMPARE(fromScript.value().report.count(connect::ImportReportItem::Kind::Failed), 0);

        const auto shape = [](const model::Model& m) {
            QStringList lines;
            for (const model::Table& t : m.tables) {
                QStringList columns;
                for (const model::Column& c : t.columns)
                    columns << c.name;
                lines << t.name + u": "_s + columns.join(u", "_s);
            }
            return lines;
        };
        QCOMPARE(shape(fromScript.value().model), shape(fromLive.value().model));
        // Domains (PostgreSQL): the same objects, ids, attributes and columns using them.
        QCOMPARE(domainLines(fromScript.value().model), domainLines(fromLive.value().model));
        const QStringList diff =
            enginetest::lineDiff(enginetest::describeModel(fromLive.value().model, true),
                                 enginetest::describeModel(fromScript.value().model, true));
        qInfo().noquote() << tag << ": script import vs live import:" << diff.size()
                          << "differing lines (- live, + script)";
        for (const QString& line : diff)
            qInfo().noquote() << "  " << line;
        // MySQL/MariaDB scripts run in a real MariaDB and are read back by the live
        // reader: nothing may differ, object by object, nor in what the report keeps.
        if (m_mariadb) {
            QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
            // The `mariadb` client that loaded the live database strips comments from
            // what it sends (its default), the script import keeps them in routine
            // bodies: compare the routines' SQL without comments and blank lines.
            const auto withoutComments = [](QString sql) {
                static const QRegularExpression comment(u"/\\*[^!][\\s\\S]*?\\*/|(#|-- )[^\n]*"_s);
                QStringList lines;
                for (const QString& line : sql.remove(comment).split(u'\n')) {
                    if (!line.trimmed().isEmpty())
                        lines << line.trimmed();
                }
                return lines.join(u'\n');
            };
            const auto extras = [&](const connect::ImportResult& r) {
                QStringList lines;
                for (const connect::ImportReportItem& item : r.report.items) {
                    if (item.objectType != u"data")
                        lines << item.objectType + u' ' + item.name + u'\n' +
                                     withoutComments(item.sql);
                }
                return lines;
            };
            QCOMPARE(extras(fromScript.value()), extras(fromLive.value()));
            QCOMPARE(fromScript.value().report.notes, fromLive.value().report.notes);
        }
    }
};

QTEST_GUILESS_MAIN(TestCorpusRoundTrip)
#include "tst_corpusroundtrip.moc"
