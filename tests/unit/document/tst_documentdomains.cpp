#include "document/documentformat.h"
#include "rejecteddocument.h"
#include "testdocuments.h"

#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;
using document::Document;

// PostgreSQL domains in the file format: "$.model.domains" (like "enums") and a column's
// "domain" reference. Optional keys, so documents without domains keep their bytes.

namespace {

const QString kSource = QStringLiteral("film.schemata");

Document domainsDocument()
{
    using testdocs::column;
    using testdocs::id;
    Document doc;
    doc.dialect = QStringLiteral("postgres");
    doc.model.schemas.append({id("sch_public"), QStringLiteral("public"), QString()});
    doc.model.enums.append({id("enm_mood"),
                            id("sch_public"),
                            QStringLiteral("mood"),
                            {QStringLiteral("sad"), QStringLiteral("ok")},
                            QString()});
    model::DomainType year;
    year.id = id("dom_year");
    year.schemaId = id("sch_public");
    year.name = QStringLiteral("year");
    year.baseType = testdocs::type("integer");
    year.notNull = true;
    year.defaultExpression = QStringLiteral("1901");
    year.checks.append(
        {id("ck_year"), QStringLiteral("year_check"), QStringLiteral("VALUE >= 1901")});
    year.comment = QStringLiteral("A year");
    doc.model.domains.append(year);
    model::DomainType mood;
    mood.id = id("dom_mood");
    mood.schemaId = id("sch_public");
    mood.name = QStringLiteral("feeling");
    mood.baseType = testdocs::type("enum");
    mood.baseType.enumId = id("enm_mood");
    mood.baseType.overrides.insert(QStringLiteral("sqlite"), QStringLiteral("TEXT"));
    mood.defaultExpression = QStringLiteral("'ok'");
    mood.collation = QStringLiteral("C");
    doc.model.domains.append(mood);

    model::Table film;
    film.id = id("tbl_film");
    film.schemaId = id("sch_public");
    film.name = QStringLiteral("film");
    film.columns.append(column("col_film_id", QStringLiteral("id"), "bigint", false));
    model::Column released = column("col_film_year", QStringLiteral("released"), "integer");
    released.type.domainId = id("dom_year");
    film.columns.append(released);
    model::Column feeling = column("col_film_mood", QStringLiteral("feeling"), "enum");
    feeling.type.enumId = id("enm_mood");
    feeling.type.overrides.insert(QStringLiteral("sqlite"), QStringLiteral("TEXT"));
    feeling.type.domainId = id("dom_mood");
    film.columns.append(feeling);
    doc.model.tables.append(film);
    return doc;
}

// Written out by hand from docs/file-format.md: key order id, schema, name, type, enum,
// overrides, notNull, default, collation, checks, comment; a column's "domain" follows
// its "overrides".
const char* const kExpected = R"({
  "format": "schemata",
  "version": 1,
  "dialect": "postgres",
  "model": {
    "schemas": [
      {
        "id": "sch_public",
        "name": "public"
      }
    ],
    "enums": [
      {
        "id": "enm_mood",
        "schema": "sch_public",
        "name": "mood",
        "values": ["sad", "ok"]
      }
    ],
    "domains": [
      {
        "id": "dom_year",
        "schema": "sch_public",
        "name": "year",
        "type": "integer",
        "notNull": true,
        "default": "1901",
        "checks": [
          {
            "id": "ck_year",
            "name": "year_check",
            "expression": "VALUE >= 1901"
          }
        ],
        "comment": "A year"
      },
      {
        "id": "dom_mood",
        "schema": "sch_public",
        "name": "feeling",
        "type": "enum",
        "enum": "enm_mood",
        "overrides": {
          "sqlite": "TEXT"
        },
        "default": "'ok'",
        "collation": "C"
      }
    ],
    "tables": [
      {
        "id": "tbl_film",
        "schema": "sch_public",
        "name": "film",
        "columns": [
          {
            "id": "col_film_id",
            "name": "id",
            "type": "bigint",
            "nullable": false
          },
          {
            "id": "col_film_year",
            "name": "released",
            "type": "integer",
            "domain": "dom_year"
          },
          {
            "id": "col_film_mood",
            "name": "feeling",
            "type": "enum",
            "enum": "enm_mood",
            "overrides": {
              "sqlite": "TEXT"
            },
            "domain": "dom_mood"
          }
        ]
      }
    ]
  }
}
)";

QByteArray textWith(const char* from, const char* to)
{
    QByteArray text = document::writeDocument(domainsDocument());
    const QByteArray needle(from);
    if (text.count(needle) != 1)
        qFatal("test input: snippet %s occurs %lld times", from, qlonglong(text.count(needle)));
    return text.replace(needle, QByteArray(to));
}

} // namespace

class TestDocumentDomains : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writtenText()
    {
        QCOMPARE(QString::fromUtf8(document::writeDocument(domainsDocument())),
                 QString::fromUtf8(kExpected));
    }

    void roundTrip()
    {
        const Document doc = domainsDocument();
        const auto read = document::readDocument(kExpected, kSource);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QVERIFY(read.value().model.domains == doc.model.domains);
        QVERIFY(read.value() == doc);
        QCOMPARE(read.value().model.tables[0].columns[2].type.domainId, testdocs::id("dom_mood"));
        QCOMPARE(document::writeDocument(read.value()), QByteArray(kExpected));
    }

    // The history's snapshot is read by the same reader: domains survive there too.
    void snapshotKeepsDomains()
    {
        Document doc = domainsDocument();
        document::Migration m;
        m.id = QStringLiteral("20261123010000");
        m.name = QStringLiteral("domains");
        m.scripts.insert(QStringLiteral("postgres"), {QStringLiteral("SELECT 1;\n"), {}});
        m.checksum = document::migrationChecksum(m);
        doc.history.migrations.append(m);
        doc.history.snapshot = doc.model;
        const auto read = document::readDocument(document::writeDocument(doc), kSource);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        if (!read.value().history.snapshot)
            QFAIL("snapshot lost");
        QVERIFY(read.value().history.snapshot->domains == doc.model.domains);
    }

    void noDomainsNoKeys()
    {
        const QByteArray bytes = document::writeDocument(testdocs::smallDocument());
        QVERIFY(!bytes.contains("\"domains\""));
        QVERIFY(!bytes.contains("\"domain\""));
        // A model holding only a domain is still written.
        Document onlyDomain;
        onlyDomain.model.domains.append(domainsDocument().model.domains.first());
        onlyDomain.model.domains.first().schemaId = {};
        const QByteArray text = document::writeDocument(onlyDomain);
        QVERIFY(text.contains("\"domains\""));
        const auto read = document::readDocument(text, kSource);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QVERIFY(read.value() == onlyDomain);
    }

    void corrupted_data()
    {
        testdocs::addRejectedInputColumns();

        QTest::newRow("domains not an array")
            << textWith("\"domains\": [", "\"domains\": {\"x\": [") + "}"
            << u"$.model.domains: expected an array"_s;
        QTest::newRow("unknown domain key") << textWith("\"notNull\": true,", "\"notnull\": true,")
                                            << u"$.model.domains[0].notnull: unknown key"_s;
        QTest::newRow("notNull not a boolean")
            << textWith("\"notNull\": true,", "\"notNull\": \"yes\",")
            << u"film.schemata: $.model.domains[0].notNull: expected a boolean, found a string"_s;
        QTest::newRow("default not a string")
            << textWith("\"default\": \"1901\",", "\"default\": 1901,")
            << u"$.model.domains[0].default: expected a string, found a number"_s;
        QTest::newRow("check expression not a string")
            << textWith("\"expression\": \"VALUE >= 1901\"", "\"expression\": 1901")
            << u"$.model.domains[0].checks[0].expression: expected a string, found a number"_s;
        QTest::newRow("check without id")
            << textWith("\"id\": \"ck_year\",", "")
            << u"$.model.domains[0].checks[0].id: missing required key"_s;
        QTest::newRow("missing base type")
            << textWith("\"type\": \"integer\",\n        \"notNull\"", "\"notNull\"")
            << u"$.model.domains[0].type: missing required key"_s;
        QTest::newRow("unknown base type")
            << textWith("\"type\": \"integer\",\n        \"notNull\"",
                        "\"type\": \"integr\",\n        \"notNull\"")
            << u"$.model.domains[0].type: unknown type \"integr\""_s;
        QTest::newRow("enum of a non-enum base")
            << textWith("\"type\": \"integer\",\n        \"notNull\"",
                        "\"type\": \"integer\", \"enum\": \"enm_mood\",\n        \"notNull\"")
            << u"$.model.domains[0].enum: only allowed when \"type\" is \"enum\""_s;
        QTest::newRow("unknown base enum")
            << textWith("\"enum\": \"enm_mood\",\n        \"overrides\"",
                        "\"enum\": \"enm_gone\",\n        \"overrides\"")
            << u"$.model.domains[1].enum: unknown enum id \"enm_gone\""_s;
        QTest::newRow("override for an unknown dialect")
            << textWith("\"sqlite\": \"TEXT\"\n        }", "\"oracle\": \"TEXT\"\n        }")
            << u"$.model.domains[1].overrides.oracle: unknown dialect \"oracle\""_s;
        QTest::newRow("unknown schema")
            << textWith("\"id\": \"dom_year\",\n        \"schema\": \"sch_public\"",
                        "\"id\": \"dom_year\",\n        \"schema\": \"sch_gone\"")
            << u"$.model.domains[0].schema: unknown schema id \"sch_gone\""_s;
        QTest::newRow("duplicate id across domain and check")
            << textWith("\"id\": \"ck_year\"", "\"id\": \"dom_year\"")
            << u"$.model.domains[0].checks[0].id: duplicate id \"dom_year\""_s;
        QTest::newRow("column id repeats a domain check id")
            << textWith("\"id\": \"col_film_id\"", "\"id\": \"ck_year\"")
            << u"$.model.domains[0].checks[0].id"_s;
        QTest::newRow("unknown column domain")
            << textWith("\"domain\": \"dom_year\"", "\"domain\": \"dom_gone\"")
            << u"film.schemata: $.model.tables[0].columns[1].domain: unknown domain id \"dom_gone\""_s;
        QTest::newRow("column domain names an enum")
            << textWith("\"domain\": \"dom_year\"", "\"domain\": \"enm_mood\"")
            << u"$.model.tables[0].columns[1].domain: unknown domain id \"enm_mood\""_s;
        QTest::newRow("column domain not a string")
            << textWith("\"domain\": \"dom_year\"", "\"domain\": 7")
            << u"$.model.tables[0].columns[1].domain: expected a string"_s;
    }
    void corrupted() { testdocs::rejectedInput(kSource); }
};

QTEST_GUILESS_MAIN(TestDocumentDomains)
#include "tst_documentdomains.moc"
