#include "document/documentformat.h"
#include "document/formatupgrade.h"
#include "document/jsonwriter.h"
#include "rejecteddocument.h"
#include "testdocuments.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <limits>
#include <unistd.h>

using namespace schemata;
using namespace Qt::StringLiterals;
using document::Document;

namespace {

const QString kSource = QStringLiteral("test.schemata");

QString goldenPath(const QString& name)
{
    return QStringLiteral(SCHEMATA_SOURCE_DIR "/tests/unit/document/golden/") + name;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The canonical small file, the starting point of every corrupted input below.
QByteArray smallText()
{
    return document::writeDocument(testdocs::smallDocument());
}

// Replaces `from` by `to` in the small file; `from` must occur exactly once, so a
// case can never silently test the unmodified file.
QByteArray smallWith(const char* from, const char* to)
{
    QByteArray text = smallText();
    const QByteArray needle(from);
    if (text.count(needle) != 1)
        qFatal("test input: snippet %s occurs %lld times", from, qlonglong(text.count(needle)));
    return text.replace(needle, QByteArray(to));
}

// Runs a piece of code with an unprivileged effective user when the tests run as root
// (as they do in the build root), since root writes into read-only directories.
class Unprivileged
{
public:
    Unprivileged()
    {
        if (geteuid() == 0)
            m_switched = seteuid(65534) == 0; // nobody
    }
    ~Unprivileged()
    {
        if (m_switched && seteuid(0) != 0)
            qFatal("cannot restore the effective user id");
    }
    Unprivileged(const Unprivileged&) = delete;
    Unprivileged& operator=(const Unprivileged&) = delete;

    bool effective() const { return geteuid() != 0; }

private:
    bool m_switched = false;
};

} // namespace

class TestDocumentFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void richRoundTrip()
    {
        const Document doc = testdocs::richDocument();
        const QByteArray bytes = document::writeDocument(doc);
        const auto read = document::readDocument(bytes, kSource);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        if (!(read.value() == doc)) {
            // Equal text but unequal values would point at a member the writer drops.
            QCOMPARE(QString::fromUtf8(document::writeDocument(read.value())),
                     QString::fromUtf8(bytes));
            QFAIL("read document differs from the written one");
        }
        QCOMPARE(document::writeDocument(read.value()), bytes);
        QCOMPARE(document::writeDocument(doc), bytes); // deterministic
    }

    void richTextEncoding()
    {
        const QByteArray bytes = document::writeDocument(testdocs::richDocument());
        QVERIFY(bytes.endsWith("}\n"));
        QVERIFY(!bytes.endsWith("\n\n"));
        // Non-ASCII as UTF-8, never as \u escapes; control characters escaped.
        QVERIFY(bytes.contains("\"name\": \"Boutique Ünïcødé \\\"Shop\\\" 🛒\""));
        QVERIFY(bytes.contains("\"payé\""));
        QVERIFY(bytes.contains("\"comment\": \"People who buy.\\r\\nControl char: \\u0001 end\""));
        QVERIFY(bytes.contains("\"comment\": \"Lifecycle\\tof an order\""));
        QVERIFY(bytes.contains(
            "\"Default schema.\\nSecond line with \\\"quotes\\\" and \\\\ backslash\""));
        QVERIFY(!bytes.contains("\\u00e9"));
        QVERIFY(!QString::fromUtf8(bytes).contains(QChar::ReplacementCharacter));
        // Two-space indentation, fixed key order (not alphabetical), defaults omitted.
        QVERIFY(
            bytes.startsWith("{\n  \"format\": \"schemata\",\n  \"version\": 1,\n  \"name\": "));
        QVERIFY(bytes.contains("      {\n        \"id\": \"tbl_bare\"\n      }"));
        QVERIFY(bytes.contains("\"tbl_bare\": {}"));
        QVERIFY(!bytes.contains("\"nullable\": true"));
        QVERIFY(!bytes.contains("\"sort\": \"asc\""));
        QVERIFY(!bytes.contains("\"stored\": true"));
        QVERIFY(bytes.contains("\"stored\": false"));
        QVERIFY(bytes.contains("\"x\": -120.25"));
        QVERIFY(bytes.contains("\"y\": 1000000"));
        // Layout nodes sorted by id.
        const qsizetype bare = bytes.indexOf("\"tbl_bare\": {");
        const qsizetype customer = bytes.indexOf("\"tbl_customer\": {");
        const qsizetype order = bytes.indexOf("\"tbl_order\": {");
        const qsizetype view = bytes.indexOf("\"viw_recent\": {");
        QVERIFY(bare > 0 && bare < customer && customer < order && order < view);
        // Overrides sorted by dialect name.
        QVERIFY(bytes.indexOf("\"mysql\": \"varchar(320)\"") <
                bytes.indexOf("\"postgres\": \"citext\""));
    }

    void golden()
    {
        const QByteArray bytes = smallText();
        const QString path = goldenPath(QStringLiteral("small.schemata"));
        if (qEnvironmentVariableIsSet("UPDATE_GOLDEN")) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QVERIFY(writeFile(path, bytes));
            qInfo("updated %s", qPrintable(path));
        }
        const QByteArray expected = readFile(path);
        QVERIFY2(!expected.isEmpty(),
                 qPrintable(path + QStringLiteral(" is missing (run with UPDATE_GOLDEN=1)")));
        QCOMPARE(QString::fromUtf8(bytes), QString::fromUtf8(expected));
        // And the golden file itself reads back to the document it was made from.
        const auto read = document::readDocument(expected, path);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QVERIFY(read.value() == testdocs::smallDocument());
    }

    void numbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("whole") << 12.0 << QByteArray("12");
        QTest::newRow("negative whole") << -40.0 << QByteArray("-40");
        QTest::newRow("one decimal") << 12.5 << QByteArray("12.5");
        QTest::newRow("trailing zero dropped") << 1.10 << QByteArray("1.1");
        QTest::newRow("two decimals") << -120.25 << QByteArray("-120.25");
        QTest::newRow("rounded up") << 12.346 << QByteArray("12.35");
        QTest::newRow("rounded to whole") << 99.999 << QByteArray("100");
        QTest::newRow("small negative") << -0.004 << QByteArray("0");
        QTest::newRow("negative fraction") << -0.5 << QByteArray("-0.5");
        QTest::newRow("negative zero") << -0.0 << QByteArray("0");
        QTest::newRow("hundredth") << 0.01 << QByteArray("0.01");
        QTest::newRow("million") << 1e6 << QByteArray("1000000");
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QByteArray("0");
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QByteArray("0");
    }
    void numbers()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(document::JsonWriter::formatNumber(value), text);
    }

    void readerRoundsLayoutNumbers()
    {
        // More than two decimals in a hand-edited file are kept as the writer will write
        // them, so load → save → load gives the same document.
        const auto read =
            document::readDocument(smallWith("\"y\": 40.5,", "\"y\": 40.456,"), kSource);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QCOMPARE(read.value().layout.nodes.value(testdocs::id("tbl_customer")).y, 40.46);
        const QByteArray again = document::writeDocument(read.value());
        QVERIFY(again.contains("\"y\": 40.46,"));
        const auto reread = document::readDocument(again, kSource);
        QVERIFY(reread.ok() && reread.value() == read.value());
    }

    void minimalDocument()
    {
        const auto read =
            document::readDocument("{\"format\": \"schemata\", \"version\": 1}", kSource);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QVERIFY(read.value() == Document());
        QCOMPARE(read.value().dialect, QStringLiteral("sqlite"));
        QCOMPARE(document::writeDocument(Document()),
                 QByteArray("{\n  \"format\": \"schemata\",\n  \"version\": 1\n}\n"));
    }

    void lenientButCanonical()
    {
        // Explicit defaults, type aliases, a BOM and other key orders are accepted; the
        // writer then puts the file in canonical form (what `schemata fmt` relies on).
        QByteArray text =
            smallWith("\"type\": \"numeric(10,2)\"",
                      "\"type\": \"DECIMAL( 10, 2 )\", \"nullable\": true, \"pii\": \"none\"");
        text.replace("\"format\": \"schemata\",\n  \"version\": 1,",
                     "\"version\": 1, \"format\": \"schemata\",");
        text.prepend("\xEF\xBB\xBF");
        const auto read = document::readDocument(text, kSource);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QCOMPARE(QString::fromUtf8(document::writeDocument(read.value())),
                 QString::fromUtf8(smallText()));
    }

    void corrupted_data()
    {
        testdocs::addRejectedInputColumns();

        const QByteArray valid = smallText();
        QTest::newRow("empty") << QByteArray() << u"test.schemata: empty file"_s;
        QTest::newRow("whitespace only")
            << QByteArray(" \n\t\r\n ") << u"test.schemata: empty file"_s;
        QTest::newRow("truncated") << valid.left(valid.indexOf("\"tables\"") + 12)
                                   << u"test.schemata:22:1: unterminated array"_s;
        QTest::newRow("truncated in string")
            << valid.left(valid.indexOf("order_status") + 5) << u"test.schemata:17:"_s;
        QTest::newRow("non-JSON") << QByteArray("schemata project\nversion 1\n")
                                  << u"test.schemata:1:2: illegal value"_s;
        QTest::newRow("syntax error position")
            << QByteArray("{\n  \"format\": \"schemata\",\n  \"version\": 1,,\n}")
            << u"test.schemata:3:17: unterminated object"_s;
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", 18)
                                << u"test.schemata:1:1: "_s;
        QTest::newRow("invalid UTF-8 in string")
            << smallWith("\"Shop\"", "\"Sh\xC3\x28op\"") << u"test.schemata:4:"_s;
        QTest::newRow("garbage after object") << valid + "{}" << u"test.schemata:"_s;
        QTest::newRow("deeply nested") << QByteArray(100000, '[') << u"test.schemata:1:"_s;
        QTest::newRow("duplicate key")
            << smallWith("\"name\": \"total\",",
                         "\"name\": \"total\",\n            \"name\": \"sum\",")
            << u"test.schemata:86:13: duplicate key \"name\""_s;
        QTest::newRow("duplicate key written with an escape")
            << smallWith("\"name\": \"Shop\",", "\"name\": \"Shop\", \"n\\u0061me\": \"Shop\",")
            << u"test.schemata:4:19: duplicate key \"name\""_s;
        QTest::newRow("duplicate layout node")
            << smallWith("\"tbl_order\": {", "\"tbl_order\": {}, \"tbl_customer\": {")
            << u"duplicate key \"tbl_customer\""_s;
        QTest::newRow("array at top")
            << QByteArray("[1, 2]")
            << u"test.schemata: $: expected a JSON object, found an array"_s;
        QTest::newRow("nested garbage in model")
            << smallWith("\"schemas\": [\n      {\n        \"id\": \"sch_public\",\n        "
                         "\"name\": \"public\"\n      }\n    ],",
                         "\"schemas\": [[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]],")
            << u"test.schemata: $.model.schemas[0]: expected an object, found an array"_s;
        QTest::newRow("missing format") << smallWith("\"format\": \"schemata\",", "")
                                        << u"test.schemata: $.format: missing required key"_s;
        QTest::newRow("wrong format name")
            << smallWith("\"format\": \"schemata\"", "\"format\": \"schemata-x\"")
            << u"test.schemata: $.format: expected \"schemata\", found \"schemata-x\""_s;
        QTest::newRow("format not a string")
            << smallWith("\"format\": \"schemata\"", "\"format\": 1")
            << u"$.format: expected a string, found a number"_s;
        QTest::newRow("missing version") << smallWith("\"version\": 1,", "")
                                         << u"test.schemata: $.version: missing required key"_s;
        QTest::newRow("version as string") << smallWith("\"version\": 1,", "\"version\": \"1\",")
                                           << u"$.version: expected an integer, found a string"_s;
        QTest::newRow("fractional version") << smallWith("\"version\": 1,", "\"version\": 1.5,")
                                            << u"$.version: expected an integer, found 1.5"_s;
        QTest::newRow("huge version") << smallWith("\"version\": 1,", "\"version\": 1e300,")
                                      << u"$.version: expected an integer, found 1e+300"_s;
        QTest::newRow("version zero")
            << smallWith("\"version\": 1,", "\"version\": 0,")
            << u"$.version: unsupported format version 0 (the first format is 1)"_s;
        QTest::newRow("future version")
            << smallWith("\"version\": 1,", "\"version\": 7, \"futureKey\": true,")
            << u"test.schemata: $.version: saved by a newer Schemata (format 7, this build reads up to 1)"_s;
        QTest::newRow("string where number expected")
            << smallWith("\"x\": 320,", "\"x\": \"320\",")
            << u"$.layout.nodes.tbl_order.x: expected a number, found a string"_s;
        QTest::newRow("null where string expected")
            << smallWith("\"name\": \"Shop\"", "\"name\": null")
            << u"test.schemata: $.name: expected a string, found null"_s;
        QTest::newRow("object where array expected")
            << smallWith("\"values\": [\"pending\", \"paid\"]\n      }\n    ],",
                         "\"values\": [\"pending\", \"paid\"]\n      }\n    },")
                   .replace("\"enums\": [", "\"enums\": {\"x\": ")
            << u"$.model.enums: expected an array, found an object"_s;
        QTest::newRow("boolean as string")
            << smallWith("\"type\": \"bigint\",\n            \"nullable\": false,\n            "
                         "\"identity\"",
                         "\"type\": \"bigint\",\n            \"nullable\": \"no\",\n            "
                         "\"identity\"")
            << u"$.model.tables[1].columns[0].nullable: expected a boolean, found a string"_s;
        QTest::newRow("unknown key")
            << smallWith("\"type\": \"numeric(10,2)\"",
                         "\"type\": \"numeric(10,2)\", \"nulable\": false")
            << u"test.schemata: $.model.tables[1].columns[3].nulable: unknown key"_s;
        QTest::newRow("unknown top-level key")
            << smallWith("\"name\": \"Shop\",", "\"name\": \"Shop\", \"extra\": 1,")
            << u"test.schemata: $.extra: unknown key"_s;
        QTest::newRow("unknown key needing brackets")
            << smallWith("\"name\": \"Shop\",", "\"name\": \"Shop\", \"a b\": 1,")
            << u"test.schemata: $[\"a b\"]: unknown key"_s;
        QTest::newRow("unknown type")
            << smallWith("\"numeric(10,2)\"", "\"varchr(10)\"")
            << u"$.model.tables[1].columns[3].type: unknown type \"varchr(10)\""_s;
        QTest::newRow("type missing")
            << smallWith("\"name\": \"total\",\n            \"type\": \"numeric(10,2)\"",
                         "\"name\": \"total\"")
            << u"$.model.tables[1].columns[3].type: missing required key"_s;
        QTest::newRow("unknown dialect")
            << smallWith("\"dialect\": \"postgres\"", "\"dialect\": \"oracle\"")
            << u"$.dialect: unknown dialect \"oracle\" (expected one of: postgres, mysql, mariadb, sqlite)"_s;
        QTest::newRow("unknown override dialect")
            << smallWith("\"type\": \"numeric(10,2)\"",
                         "\"type\": \"numeric(10,2)\", \"overrides\": {\"oracle\": \"NUMBER\"}")
            << u"$.model.tables[1].columns[3].overrides.oracle: unknown dialect \"oracle\""_s;
        QTest::newRow("override not a string")
            << smallWith("\"type\": \"numeric(10,2)\"",
                         "\"type\": \"numeric(10,2)\", \"overrides\": {\"mysql\": 3}")
            << u"$.model.tables[1].columns[3].overrides.mysql: expected a string, found a number"_s;
        QTest::newRow("invalid identity")
            << smallWith("\"by-default\"", "\"sometimes\"")
            << u"$.model.tables[1].columns[0].identity: invalid value \"sometimes\" (expected one of: always, by-default)"_s;
        QTest::newRow("invalid pii")
            << smallWith("\"pii\": \"email\"", "\"pii\": \"ssn\"")
            << u"$.model.tables[0].columns[1].pii: invalid value \"ssn\""_s;
        QTest::newRow("invalid action")
            << smallWith("\"onDelete\": \"cascade\"", "\"onDelete\": \"CASCADE\"")
            << u"$.model.tables[1].foreignKeys[0].onDelete: invalid value \"CASCADE\" (expected one of: no action, restrict, cascade, set null, set default)"_s;
        QTest::newRow("invalid sort")
            << smallWith("\"column\": \"col_order_customer\"",
                         "\"column\": \"col_order_customer\", \"sort\": \"up\"")
            << u"$.model.tables[1].indexes[0].keys[0].sort: invalid value \"up\" (expected one of: asc, desc)"_s;
        QTest::newRow("invalid nulls")
            << smallWith("\"column\": \"col_order_customer\"",
                         "\"column\": \"col_order_customer\", \"nulls\": \"middle\"")
            << u"$.model.tables[1].indexes[0].keys[0].nulls: invalid value \"middle\" (expected one of: default, first, last)"_s;
        QTest::newRow("invalid default kind")
            << smallWith("\"kind\": \"literal\"", "\"kind\": \"none\"")
            << u"$.model.tables[1].columns[2].default.kind: invalid value \"none\""_s;
        QTest::newRow("default without kind")
            << smallWith("\"kind\": \"literal\",", "")
            << u"$.model.tables[1].columns[2].default.kind: missing required key"_s;
        QTest::newRow("index key with column and expression")
            << smallWith("\"column\": \"col_order_customer\"",
                         "\"column\": \"col_order_customer\", \"expression\": \"x\"")
            << u"$.model.tables[1].indexes[0].keys[0]: has both \"column\" and \"expression\""_s;
        QTest::newRow("index key with neither")
            << smallWith("\"column\": \"col_order_customer\"", "\"sort\": \"desc\"")
            << u"$.model.tables[1].indexes[0].keys[0]: needs either \"column\" or \"expression\""_s;
        QTest::newRow("generated without expression")
            << smallWith("\"type\": \"numeric(10,2)\"",
                         "\"type\": \"numeric(10,2)\", \"generated\": {\"stored\": false}")
            << u"$.model.tables[1].columns[3].generated.expression: missing required key"_s;
        QTest::newRow("enum type without enum")
            << smallWith("\"enum\": \"enm_status\",", "")
            << u"$.model.tables[1].columns[2].enum: missing required key"_s;
        QTest::newRow("dangling enum")
            << smallWith("\"enum\": \"enm_status\",", "\"enum\": \"enm_gone\",")
            << u"$.model.tables[1].columns[2].enum: unknown enum id \"enm_gone\""_s;
        QTest::newRow("enum on a non-enum type")
            << smallWith("\"type\": \"numeric(10,2)\"",
                         "\"type\": \"numeric(10,2)\", \"enum\": \"enm_status\"")
            << u"$.model.tables[1].columns[3].enum: only allowed when \"type\" is \"enum\""_s;
        QTest::newRow("dangling schema")
            << smallWith("\"schema\": \"sch_public\",\n        \"name\": \"order\"",
                         "\"schema\": \"sch_x\",\n        \"name\": \"order\"")
            << u"$.model.tables[1].schema: unknown schema id \"sch_x\""_s;
        QTest::newRow("reference to the wrong kind")
            << smallWith("\"schema\": \"sch_public\",\n        \"name\": \"order\"",
                         "\"schema\": \"tbl_customer\",\n        \"name\": \"order\"")
            << u"$.model.tables[1].schema: unknown schema id \"tbl_customer\""_s;
        QTest::newRow("dangling column id in a key")
            << smallWith("\"columns\": [\"col_order_id\"]",
                         "\"columns\": [\"col_order_id\", \"col_zzz\"]")
            << u"test.schemata: $.model.tables[1].primaryKey.columns[1]: unknown column id \"col_zzz\" (not a column of table \"order\")"_s;
        QTest::newRow("column of another table in a unique")
            << smallWith("\"columns\": [\"col_customer_email\"]",
                         "\"columns\": [\"col_order_total\"]")
            << u"$.model.tables[0].uniques[0].columns[0]: unknown column id \"col_order_total\" (not a column of table \"customer\")"_s;
        QTest::newRow("column of another table in an index")
            << smallWith("\"column\": \"col_order_customer\"", "\"column\": \"col_customer_id\"")
            << u"$.model.tables[1].indexes[0].keys[0].column: unknown column id \"col_customer_id\" (not a column of table \"order\")"_s;
        QTest::newRow("dangling FK column")
            << smallWith("\"columns\": [\"col_order_customer\"]",
                         "\"columns\": [\"col_customer_id\"]")
            << u"$.model.tables[1].foreignKeys[0].columns[0]: unknown column id \"col_customer_id\" (not a column of table \"order\")"_s;
        QTest::newRow("dangling FK table")
            << smallWith("\"table\": \"tbl_customer\"", "\"table\": \"tbl_zzz\"")
            << u"test.schemata: $.model.tables[1].foreignKeys[0].references.table: unknown table id \"tbl_zzz\""_s;
        QTest::newRow("FK to a view-like id")
            << smallWith("\"table\": \"tbl_customer\"", "\"table\": \"enm_status\"")
            << u"$.model.tables[1].foreignKeys[0].references.table: unknown table id \"enm_status\""_s;
        QTest::newRow("FK referenced column of another table")
            << smallWith("\"tbl_customer\",\n              \"columns\": [\"col_customer_id\"]",
                         "\"tbl_customer\",\n              \"columns\": [\"col_order_id\"]")
            << u"$.model.tables[1].foreignKeys[0].references.columns[0]: unknown column id \"col_order_id\" (not a column of table \"customer\")"_s;
        QTest::newRow("FK column count mismatch")
            << smallWith("\"tbl_customer\",\n              \"columns\": [\"col_customer_id\"]",
                         "\"tbl_customer\",\n              \"columns\": [\"col_customer_id\", "
                         "\"col_customer_email\"]")
            << u"$.model.tables[1].foreignKeys[0].references.columns: 2 referenced column(s) for 1 column(s)"_s;
        QTest::newRow("FK without references")
            << smallWith("\"references\": {\n              \"table\": \"tbl_customer\",\n          "
                         "    \"columns\": [\"col_customer_id\"]\n            },",
                         "")
            << u"$.model.tables[1].foreignKeys[0].references: missing required key"_s;
        QTest::newRow("duplicate id")
            << smallWith("\"id\": \"col_order_customer\"", "\"id\": \"col_order_id\"")
            << u"$.model.tables[1].columns[1].id: duplicate id \"col_order_id\" (first used at $.model.tables[1].columns[0].id)"_s;
        QTest::newRow("duplicate id across kinds")
            << smallWith("\"id\": \"note_1\"", "\"id\": \"tbl_order\"")
            << u"$.layout.notes[0].id: duplicate id \"tbl_order\" (first used at $.model.tables[1].id)"_s;
        QTest::newRow("empty id") << smallWith("\"id\": \"ck_order_total\"", "\"id\": \"\"")
                                  << u"$.model.tables[1].checks[0].id: must not be empty"_s;
        QTest::newRow("id not a string")
            << smallWith("\"id\": \"ck_order_total\"", "\"id\": 7")
            << u"$.model.tables[1].checks[0].id: expected a string, found a number"_s;
        QTest::newRow("missing id") << smallWith("\"id\": \"ck_order_total\",", "")
                                    << u"$.model.tables[1].checks[0].id: missing required key"_s;
        QTest::newRow("layout node for missing table")
            << smallWith("\"tbl_order\": {", "\"tbl_gone\": {")
            << u"test.schemata: $.layout.nodes.tbl_gone: unknown table or view id \"tbl_gone\""_s;
        QTest::newRow("layout node for a column")
            << smallWith("\"tbl_order\": {", "\"col_order_id\": {")
            << u"$.layout.nodes.col_order_id: unknown table or view id \"col_order_id\""_s;
        QTest::newRow("subject area member missing")
            << smallWith("\"members\": [\"tbl_customer\", \"tbl_order\"]",
                         "\"members\": [\"tbl_customer\", \"tbl_nope\"]")
            << u"$.layout.subjectAreas[0].members[1]: unknown table or view id \"tbl_nope\""_s;
        QTest::newRow("negative width")
            << smallWith("\"width\": 220", "\"width\": -220")
            << u"$.layout.nodes.tbl_customer.width: must not be negative"_s;
        QTest::newRow("huge coordinate") << smallWith("\"x\": 320", "\"x\": 1e300")
                                         << u"$.layout.nodes.tbl_order.x: number out of range"_s;
        QTest::newRow("number overflowing double")
            << smallWith("\"x\": 320", "\"x\": 1e999") << u"test.schemata"_s;
        QTest::newRow("long value is shortened")
            << smallWith("\"numeric(10,2)\"", ("\"" + QByteArray(5000, 'x') + "\"").constData())
            << u"unknown type \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…\""_s;
    }
    void corrupted() { testdocs::rejectedInput(kSource); }

    void anonymousSource()
    {
        // Without a source name the location is just the path or the position.
        auto read = document::readDocument(smallWith("\"x\": 320", "\"x\": true"), QString());
        QVERIFY(!read.ok());
        QCOMPARE(read.error().where, u"$.layout.nodes.tbl_order.x"_s);
        read = document::readDocument("{,}", QString());
        QVERIFY(!read.ok());
        QVERIFY2(QRegularExpression(u"^1:\\d+$"_s).match(read.error().where).hasMatch(),
                 qPrintable(read.error().where));
    }

    void everyPrefixFails()
    {
        // Every truncation of a valid file is an error, never a crash and never a
        // document; only the whole JSON text reads. (The final newline is not JSON:
        // dropping it still leaves a valid file, so the loop stops before it.)
        const QByteArray text = smallText().trimmed();
        for (qsizetype n = 0; n < text.size(); ++n) {
            const auto read = document::readDocument(text.left(n), kSource);
            if (read.ok())
                QFAIL(qPrintable(QStringLiteral("prefix of %1 bytes was accepted").arg(n)));
            if (!read.error().where.startsWith(kSource))
                QFAIL(qPrintable(read.error().toString()));
        }
        QVERIFY(document::readDocument(text, kSource).ok());
    }

    void syntaxErrorColumnCountsCharacters()
    {
        // Columns count characters, not bytes: "é" is two bytes of UTF-8 and must give
        // the same column as "e". (The offset itself is Qt's: it usually points just
        // past the character that broke the syntax.)
        const auto ascii = document::readDocument("{\"name\": \"e\" x}", kSource);
        const auto accented = document::readDocument("{\"name\": \"é\" x}", kSource);
        QVERIFY(!ascii.ok() && !accented.ok());
        QCOMPARE(accented.error().where, ascii.error().where);
        const auto multiline = document::readDocument("{\n\"name\":\n\"é\" x}", kSource);
        QVERIFY(!multiline.ok());
        QCOMPARE(multiline.error().where.section(u':', 0, 1), u"test.schemata:3"_s);
    }

    void upgradeChain()
    {
        // Today's chain takes every supported version to the current one.
        const QList<document::UpgradeStep> steps = document::FormatUpgrade::steps();
        QJsonObject root{{u"version"_s, 1}};
        QVERIFY(document::FormatUpgrade::upgrade(root, 1, Document::kFormatVersion, steps).ok());
        QCOMPARE(root.value(u"version"_s).toInt(), Document::kFormatVersion);

        // The mechanism, with made-up steps: applied in order, version bumped after each.
        const QList<document::UpgradeStep> fake = {
            {2,
             [](QJsonObject& r) -> core::Status {
                 r.insert(u"trail"_s, r.value(u"trail"_s).toString() + u"b"_s);
                 return {};
             }},
            {1,
             [](QJsonObject& r) -> core::Status {
                 r.insert(u"trail"_s, r.value(u"trail"_s).toString() + u"a"_s);
                 return {};
             }},
        };
        QJsonObject old{{u"version"_s, 1}};
        QVERIFY(document::FormatUpgrade::upgrade(old, 1, 3, fake).ok());
        QCOMPARE(old.value(u"trail"_s).toString(), u"ab"_s);
        QCOMPARE(old.value(u"version"_s).toInt(), 3);

        QJsonObject gap{{u"version"_s, 1}};
        const core::Status missing = document::FormatUpgrade::upgrade(gap, 1, 4, fake);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().message, u"cannot upgrade format 3 to 4: no upgrade step"_s);

        const QList<document::UpgradeStep> failing = {
            {1, [](QJsonObject&) -> core::Status { return core::Error{u"$.model"_s, u"bad"_s}; }}};
        QJsonObject broken{{u"version"_s, 1}};
        const core::Status failed = document::FormatUpgrade::upgrade(broken, 1, 2, failing);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().message, u"cannot upgrade format 1 to 2: $.model: bad"_s);
    }

    void saveAndLoad()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"shop.schemata"_s);
        const Document doc = testdocs::richDocument();
        const core::Status saved = document::saveDocument(doc, path);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QCOMPARE(readFile(path), document::writeDocument(doc));
        const auto loaded = document::loadDocument(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        QVERIFY(loaded.value() == doc);

        // Saving over an existing file replaces it completely.
        QVERIFY(document::saveDocument(testdocs::smallDocument(), path).ok());
        QCOMPARE(readFile(path), smallText());
    }

    void loadErrorsNameThePath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(u"missing.schemata"_s);
        auto read = document::loadDocument(missing);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().where, missing);
        QCOMPARE(read.error().message, u"no such file"_s);

        read = document::loadDocument(dir.path());
        QVERIFY(!read.ok());
        QCOMPARE(read.error().where, dir.path());

        const QString broken = dir.filePath(u"broken.schemata"_s);
        QVERIFY(
            writeFile(broken, smallWith("\"table\": \"tbl_customer\"", "\"table\": \"tbl_zzz\"")));
        read = document::loadDocument(broken);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().where,
                 broken + u": $.model.tables[1].foreignKeys[0].references.table"_s);
    }

    void loadRefusesHugeFiles()
    {
        // A sparse file: 257 MiB long, no disk used. Refused by size, before reading.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"huge.schemata"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(257) * 1024 * 1024));
        file.close();
        const auto read = document::loadDocument(path);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().where, path);
        QVERIFY2(read.error().message.startsWith(u"file too large"_s),
                 qPrintable(read.error().message));
    }

    void loadUnreadableFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"secret.schemata"_s);
        QVERIFY(writeFile(path, smallText()));
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ExeOwner |
                                                      QFileDevice::ExeOther));
        core::Result<Document> read = Document();
        {
            const Unprivileged unprivileged;
            if (!unprivileged.effective())
                QSKIP("running as root and cannot drop privileges: every file is readable");
            read = document::loadDocument(path);
        }
        QVERIFY(!read.ok());
        QCOMPARE(read.error().where, path);
        QVERIFY2(read.error().message.startsWith(u"cannot open"_s),
                 qPrintable(read.error().message));
    }

    void saveIntoReadOnlyDirectoryKeepsOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QFile::setPermissions(
            dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                            QFileDevice::ReadOther | QFileDevice::ExeOther));
        const QString sub = dir.filePath(u"ro"_s);
        QVERIFY(QDir().mkdir(sub));
        const QString path = sub + u"/shop.schemata"_s;
        const QByteArray old = smallText();
        QVERIFY(writeFile(path, old));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther));
        QVERIFY(QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                               QFileDevice::ReadOther | QFileDevice::ExeOther));
        core::Status saved;
        {
            const Unprivileged unprivileged;
            if (!unprivileged.effective()) {
                QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner);
                QSKIP("running as root and cannot drop privileges: a read-only directory is "
                      "writable");
            }
            saved = document::saveDocument(testdocs::richDocument(), path);
        }
        QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().where, path);
        QCOMPARE(readFile(path), old);
        QCOMPARE(QDir(sub).entryList(QDir::Files | QDir::Hidden), QStringList{u"shop.schemata"_s});
    }

    void saveFailureNamesThePath()
    {
        // A parent that is a file fails for every user, root included.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"plain"_s);
        QVERIFY(writeFile(file, "x"));
        const QString path = file + u"/shop.schemata"_s;
        const core::Status saved = document::saveDocument(testdocs::smallDocument(), path);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().where, path);
        QCOMPARE(readFile(file), QByteArray("x"));
    }

    void largeDocument()
    {
        // The sizes named by the performance target (2,000 tables, 20,000 columns,
        // 3,000 foreign keys). Timings are printed, not asserted: the test machine's
        // speed is not the code's property. See the bench numbers in the report.
        const Document doc = testdocs::largeDocument(2000);
        qsizetype fks = 0;
        for (const auto& t : doc.model.tables)
            fks += t.foreignKeys.size();
        QCOMPARE(fks, 2998);

        QElapsedTimer timer;
        timer.start();
        const QByteArray bytes = document::writeDocument(doc);
        const qint64 writeMs = timer.elapsed();
        timer.restart();
        const auto read = document::readDocument(bytes, kSource);
        const qint64 readMs = timer.elapsed();
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QVERIFY(read.value() == doc);
        qInfo("large document: %lld bytes, write %lld ms, read %lld ms", qlonglong(bytes.size()),
              qlonglong(writeMs), qlonglong(readMs));
    }
};

QTEST_GUILESS_MAIN(TestDocumentFormat)
#include "tst_documentformat.moc"
