#include "connect/catalogreader.h"
#include "dialect/dialect.h"
#include "document/documentformat.h"
#include "mariadbserver.h"
#include "postgresserver.h"
#include "roundtripcompare.h"
#include "roundtripmodels.h"
#include "sqlitedatabase.h"
#include "sqlscript.h"

#include <QDir>
#include <QTest>
#include <memory>
#include <optional>

#ifndef SCHEMATA_ROUNDTRIP_DIALECT
#error "SCHEMATA_ROUNDTRIP_DIALECT must name the dialect under test"
#endif

using namespace schemata;
using namespace Qt::StringLiterals;

// Model → dialect DDL → real engine → catalog reader → model, compared object by
// object. Built once per dialect (tst_roundtrip_postgres, _mariadb, _sqlite) so that
// each executable starts its server once.
class TestRoundTrip : public QObject
{
    Q_OBJECT
    const QString m_dialectName = QStringLiteral(SCHEMATA_ROUNDTRIP_DIALECT);
    std::unique_ptr<enginetest::PostgresServer> m_postgres;
    std::unique_ptr<enginetest::MariaDbServer> m_mariadb;
    std::unique_ptr<enginetest::SqliteDatabase> m_sqlite;
    QList<enginetest::RoundTripCase> m_cases;
    QStringList m_loadErrors;
    std::optional<model::Model> m_mutationBase; // the "constraints" case as read back once

    core::Result<QSqlDatabase> freshDatabase(const QString& name)
    {
        if (m_postgres)
            return m_postgres->createDatabase(name);
        if (m_mariadb)
            return m_mariadb->createDatabase(name);
        return m_sqlite->createDatabase(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cases = enginetest::roundTripModels();
        const QDir samples(QStringLiteral(SCHEMATA_SOURCE_DIR "/resources/samples"));
        const QStringList files =
            samples.entryList({QStringLiteral("*.schemata")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable(u"no sample projects in "_s + samples.path()));
        for (const QString& file : files) {
            const auto loaded = document::loadDocument(samples.filePath(file));
            if (!loaded.ok()) {
                m_loadErrors.append(loaded.error().toString());
                continue;
            }
            m_cases.append(
                {u"sample "_s + QFileInfo(file).completeBaseName(), loaded.value().model});
        }

        if (m_dialectName == u"postgres") {
            m_postgres = std::make_unique<enginetest::PostgresServer>();
            const auto started = m_postgres->start();
            QVERIFY2(started.ok(),
                     qPrintable(started.ok() ? QString() : started.error().toString()));
        } else if (m_dialectName == u"mariadb") {
            m_mariadb = std::make_unique<enginetest::MariaDbServer>();
            const auto started = m_mariadb->start();
            QVERIFY2(started.ok(),
                     qPrintable(started.ok() ? QString() : started.error().toString()));
        } else {
            m_sqlite = std::make_unique<enginetest::SqliteDatabase>();
        }
    }

    void cleanupTestCase()
    {
        m_postgres.reset();
        m_mariadb.reset();
        m_sqlite.reset();
    }

    void samplesLoad() { QVERIFY2(m_loadErrors.isEmpty(), qPrintable(m_loadErrors.join(u'\n'))); }

    void roundTrip_data()
    {
        QTest::addColumn<int>("caseIndex");
        for (qsizetype i = 0; i < m_cases.size(); ++i)
            QTest::newRow(qPrintable(m_cases.at(i).name)) << int(i);
    }

    void roundTrip()
    {
        QFETCH(int, caseIndex);
        const enginetest::RoundTripCase& c = m_cases.at(caseIndex);
        const auto dialect = dialect::createDialect(m_dialectName);
        QVERIFY2(dialect, qPrintable(u"no dialect named "_s + m_dialectName));
        const dialect::DdlScript script = dialect->createScript(c.model);
        QVERIFY2(!script.statements.isEmpty(), "the generator produced no statements");

        QString databaseName = u"rt_"_s + c.name;
        databaseName.replace(u' ', u'_');
        auto db = freshDatabase(databaseName);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        QStringList statements;
        for (const dialect::DdlStatement& s : script.statements)
            statements.append(s.sql);
        const core::Status applied = enginetest::executeStatements(db.value(), statements);
        QVERIFY2(applied.ok(),
                 qPrintable(applied.ok() ? QString()
                                         : u"%1 DDL for case \"%2\" does not apply: %3"_s.arg(
                                               m_dialectName, c.name, applied.error().toString())));

        const auto reader = connect::createCatalogReader(m_dialectName);
        QVERIFY(reader);
        model::Diagnostics notes;
        const auto read = reader->read(db.value(), {}, &notes);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));

        const model::Model expected =
            enginetest::expectedAfterApply(c.model, script, dialect->capabilities());
        const QStringList diffs =
            enginetest::compareRoundTrip(expected, read.value(), *dialect, script);
        if (!diffs.isEmpty()) {
            QStringList warnings;
            for (const model::Diagnostic& w : script.warnings)
                warnings.append(w.toString());
            QFAIL(qPrintable(
                u"%1 round trip of \"%2\": %3 difference(s):\n  %4\n-- generator warnings:\n  %5\n-- DDL:\n%6"_s
                    .arg(m_dialectName, c.name)
                    .arg(diffs.size())
                    .arg(diffs.join(u"\n  "_s), warnings.join(u"\n  "_s), script.toSql())));
        }

        // Reading is deterministic: the same database gives the same model.
        const auto again = reader->read(db.value(), {});
        QVERIFY(again.ok());
        QVERIFY(again.value() == read.value());

        // import → DDL → apply → import gives the same model (IDs come from names, so
        // the comparison is plain equality).
        const dialect::DdlScript rescript = dialect->createScript(read.value());
        auto db2 = freshDatabase(databaseName + u"_again"_s);
        QVERIFY2(db2.ok(), qPrintable(db2.ok() ? QString() : db2.error().toString()));
        QStringList restatements;
        for (const dialect::DdlStatement& s : rescript.statements)
            restatements.append(s.sql);
        const core::Status reapplied = enginetest::executeStatements(db2.value(), restatements);
        QVERIFY2(reapplied.ok(),
                 qPrintable(reapplied.ok() ? QString()
                                           : u"DDL of the imported model does not apply: "_s +
                                                 reapplied.error().toString()));
        auto reread = reader->read(db2.value(), {});
        QVERIFY2(reread.ok(), qPrintable(reread.ok() ? QString() : reread.error().toString()));
        // An unnamed constraint of the first import ("let the dialect name it") may come
        // back named by the generator; that is its right, not a difference.
        model::Model second = reread.value();
        for (model::Table& t : second.tables) {
            const model::Table* before = read.value().tableByName({}, t.name);
            if (!before)
                continue;
            for (qsizetype i = 0; i < t.checks.size() && i < before->checks.size(); ++i) {
                if (before->checks.at(i).name.isEmpty() &&
                    before->checks.at(i).expression == t.checks.at(i).expression)
                    t.checks[i].name.clear();
            }
        }
        // Schema names are compared only where the dialect has schemas: on MariaDB the
        // schema is the database, which differs by construction.
        const bool schemas = dialect->capabilities().schemas;
        const QStringList reDiffs =
            enginetest::lineDiff(enginetest::describeModel(read.value(), schemas),
                                 enginetest::describeModel(second, schemas));
        if (!reDiffs.isEmpty())
            QFAIL(qPrintable(
                u"re-import of \"%1\" differs from the first import (- first, + second):\n  %2\n-- DDL:\n%3"_s
                    .arg(c.name, reDiffs.join(u"\n  "_s), rescript.toSql())));
    }

    // The comparison must be able to fail: a changed expectation against the same
    // catalog is reported at the right object.
    void comparisonDetectsDifferences_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("reported");
        QTest::newRow("column type") << u"type"_s << u"customer.email: type"_s;
        QTest::newRow("column renamed") << u"rename"_s << u"customer: columns"_s;
        QTest::newRow("nullability") << u"nullable"_s << u"purchase.total: nullable"_s;
        QTest::newRow("default") << u"default"_s << u"purchase_line.qty: default"_s;
        QTest::newRow("fk action") << u"fk"_s << u"purchase_customer_fk: on delete"_s;
        QTest::newRow("check dropped") << u"check"_s << u"check constraints in the catalog"_s;
        QTest::newRow("unique dropped") << u"unique"_s << u"unexpected unique constraint"_s;
        QTest::newRow("table dropped") << u"table"_s << u"purchase_line: unexpected table"_s;
        QTest::newRow("view dropped") << u"view"_s << u"views: 1 in the catalog, 0 expected"_s;
    }
    void comparisonDetectsDifferences()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, reported);
        const auto found = std::find_if(m_cases.cbegin(), m_cases.cend(),
                                        [](const auto& c) { return c.name == u"constraints"_s; });
        QVERIFY(found != m_cases.cend());
        const auto dialect = dialect::createDialect(m_dialectName);
        QVERIFY(dialect);
        const dialect::DdlScript script = dialect->createScript(found->model);
        if (!m_mutationBase) {
            // One database for all rows: only the expectation changes between them.
            auto db = freshDatabase(u"rt_mutations"_s);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
            QStringList statements;
            for (const dialect::DdlStatement& s : script.statements)
                statements.append(s.sql);
            const core::Status applied = enginetest::executeStatements(db.value(), statements);
            QVERIFY2(applied.ok(),
                     qPrintable(applied.ok() ? QString() : applied.error().toString()));
            auto read = connect::createCatalogReader(m_dialectName)->read(db.value(), {});
            QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
            m_mutationBase = read.value();
        }
        const model::Model& actual = *m_mutationBase;

        model::Model expected =
            enginetest::expectedAfterApply(found->model, script, dialect->capabilities());
        QVERIFY2(enginetest::compareRoundTrip(expected, actual, *dialect, script).isEmpty(),
                 "the unmutated model must compare equal");
        auto table = [&](const char* name) {
            for (model::Table& t : expected.tables) {
                if (t.name == QLatin1String(name))
                    return &t;
            }
            return static_cast<model::Table*>(nullptr);
        };
        auto column = [&](const char* tableName, const char* name) {
            return table(tableName)->column(
                table(tableName)->columnByName(QString::fromLatin1(name))->id);
        };
        if (mutation == u"type")
            column("customer", "email")->type.length = 100;
        else if (mutation == u"rename")
            column("customer", "email")->name = u"e_mail"_s;
        else if (mutation == u"nullable")
            column("purchase", "total")->nullable = true;
        else if (mutation == u"default")
            column("purchase_line", "qty")->defaultValue.value = u"2"_s;
        else if (mutation == u"fk")
            table("purchase")->foreignKeys.first().onDelete = model::ReferentialAction::SetNull;
        else if (mutation == u"check")
            table("purchase")->checks.removeFirst();
        else if (mutation == u"unique")
            table("customer")->uniques.removeFirst();
        else if (mutation == u"table")
            expected.tables.removeIf(
                [](const model::Table& t) { return t.name == u"purchase_line"_s; });
        else if (mutation == u"view")
            expected.views.clear();
        const QStringList diffs = enginetest::compareRoundTrip(expected, actual, *dialect, script);
        const bool reportedThere = std::any_of(
            diffs.cbegin(), diffs.cend(), [&](const QString& d) { return d.contains(reported); });
        QVERIFY2(reportedThere,
                 qPrintable(u"expected a difference mentioning \"%1\", got:\n  %2"_s.arg(
                     reported, diffs.join(u"\n  "_s))));
    }

    // Domains are compared object by object where the dialect has them: a changed
    // expectation against the catalog of the "domains" case is reported at the domain or
    // the column. (MariaDB and SQLite carry a domain's rules onto the columns; those are
    // compared as the columns' own by the rows above.)
    void domainComparisonDetectsDifferences_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("reported");
        QTest::newRow("base type") << u"base"_s << u"public.code: domain base type"_s;
        QTest::newRow("not null") << u"notnull"_s << u"public.code: domain not null"_s;
        QTest::newRow("default") << u"default"_s << u"public.feeling: domain default"_s;
        QTest::newRow("collation") << u"collation"_s << u"public.code: domain collation"_s;
        QTest::newRow("comment") << u"comment"_s << u"public.year: domain comment"_s;
        QTest::newRow("check text") << u"check"_s << u"public.year.year_check: domain check"_s;
        QTest::newRow("check dropped") << u"dropcheck"_s << u"unexpected domain check"_s;
        QTest::newRow("domain dropped") << u"drop"_s << u"public.price: unexpected domain"_s;
        QTest::newRow("column's domain") << u"column"_s << u"film.title: domain"_s;
    }
    void domainComparisonDetectsDifferences()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, reported);
        const auto dialect = dialect::createDialect(m_dialectName);
        QVERIFY(dialect);
        if (!dialect->capabilities().domains)
            QSKIP("this dialect has no domains: their rules are compared as the columns' own");
        const auto found = std::find_if(m_cases.cbegin(), m_cases.cend(),
                                        [](const auto& c) { return c.name == u"domains"_s; });
        QVERIFY(found != m_cases.cend());
        const dialect::DdlScript script = dialect->createScript(found->model);
        auto db = freshDatabase(u"rt_domain_mutation_"_s + mutation);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        QStringList statements;
        for (const dialect::DdlStatement& st : script.statements)
            statements.append(st.sql);
        const core::Status applied = enginetest::executeStatements(db.value(), statements);
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().toString()));
        const auto read = connect::createCatalogReader(m_dialectName)->read(db.value(), {});
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));

        model::Model expected =
            enginetest::expectedAfterApply(found->model, script, dialect->capabilities());
        QVERIFY2(enginetest::compareRoundTrip(expected, read.value(), *dialect, script).isEmpty(),
                 "the unmutated model must compare equal");
        const auto domain = [&](const char* name) -> model::DomainType& {
            for (model::DomainType& d : expected.domains) {
                if (d.name == QLatin1String(name))
                    return d;
            }
            qFatal("no domain %s in the domains case", name);
        };
        model::Table& film = expected.tables.first();
        if (mutation == u"base")
            domain("code").baseType.length = 30;
        else if (mutation == u"notnull")
            domain("code").notNull = false;
        else if (mutation == u"default")
            domain("feeling").defaultExpression = u"'sad'"_s;
        else if (mutation == u"collation")
            domain("code").collation.clear();
        else if (mutation == u"comment")
            domain("year").comment = u"other"_s;
        else if (mutation == u"check")
            domain("year").checks.first().expression = u"VALUE >= 1900"_s;
        else if (mutation == u"dropcheck")
            domain("year").checks.clear();
        else if (mutation == u"drop")
            expected.domains.removeIf(
                [](const model::DomainType& d) { return d.name == u"price"_s; });
        else if (mutation == u"column") {
            const model::Column* title = film.columnByName(u"title"_s);
            if (!title)
                QFAIL("the domains case has no film.title");
            film.column(title->id)->type.domainId = domain("year").id;
        }
        const QStringList diffs =
            enginetest::compareRoundTrip(expected, read.value(), *dialect, script);
        const bool reportedThere = std::any_of(
            diffs.cbegin(), diffs.cend(), [&](const QString& d) { return d.contains(reported); });
        QVERIFY2(reportedThere,
                 qPrintable(u"expected a difference mentioning \"%1\", got:\n  %2"_s.arg(
                     reported, diffs.join(u"\n  "_s))));
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
