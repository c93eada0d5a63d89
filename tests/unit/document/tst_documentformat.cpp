#include "document/documentformat.h"
#include "document/formatupgrade.h"
#include "document/jsonwriter.h"
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
[[maybe_unused]] QByteArray smallWith(const char* from, const char* to)
{
    QByteArray text = smallText();
    const QByteArray needle(from);
    if (text.count(needle) != 1)
        qFatal("test input: snippet %s occurs %lld times", from, qlonglong(text.count(needle)));
    return text.replace(needle, QByteArray(to));
}

// Runs a piece of code with an unprivileged effective user when the tests run as root
// (as they do in the build root), since root writes into read-only directories.
class [[maybe_unused]] Unprivileged
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
            QCOMPARE(QString::fromUtf8(document::writeDocument(read.value())), QString::fromUtf8(bytes));
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
        QVERIFY(bytes.contains("\"Default schema.\\nSecond line with \\\"quotes\\\" and \\\\ backslash\""));
        QVERIFY(!bytes.contains("\\u00e9"));
        QVERIFY(!QString::fromUtf8(bytes).contains(QChar::ReplacementCharacter));
        // Two-space indentation, fixed key order (not alphabetical), defaults omitted.
        QVERIFY(bytes.startsWith("{\n  \"format\": \"schemata\",\n  \"version\": 1,\n  \"name\": "));
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
        QVERIFY(bytes.indexOf("\"mysql\": \"varchar(320)\"") < bytes.indexOf("\"postgres\": \"citext\""));
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
        QVERIFY2(!expected.isEmpty(), qPrintable(path + QStringLiteral(" is missing (run with UPDATE_GOLDEN=1)")));
        QCOMPARE(QString::fromUtf8(bytes), QString::fromUtf8(expected));
        // And the golden file itself reads back to the document it was made from.
        const auto read = document::readDocument(expected, path);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QVERIFY(read.value() == testdocs::smallDocument());
    }
};

QTEST_GUILESS_MAIN(TestDocumentFormat)
#include "tst_documentformat.moc"
