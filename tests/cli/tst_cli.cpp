// Runs the real `schemata` binary as a user or CI job would and checks exit codes,
// output and files. Documents are written here as JSON text so the tests exercise
// the reader exactly as a hand-edited file would.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using schemata::clitest::CliRun;
using schemata::clitest::runCli;

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// A small valid project with a reserved-word table name and an FK.
const char* kSmallProject = R"json({
  "format": "schemata",
  "version": 1,
  "name": "cli test",
  "dialect": "postgres",
  "model": {
    "schemas": [
      {"id": "sch_public", "name": "public"}
    ],
    "tables": [
      {
        "id": "tbl_user", "schema": "sch_public", "name": "user",
        "columns": [
          {"id": "col_user_id", "name": "id", "type": "bigint", "nullable": false, "identity": "always"},
          {"id": "col_user_email", "name": "email", "type": "varchar(320)", "nullable": false, "pii": "email", "retention": "P2Y"}
        ],
        "primaryKey": {"id": "pk_user", "name": "user_pkey", "columns": ["col_user_id"]}
      },
      {
        "id": "tbl_order", "schema": "sch_public", "name": "order",
        "columns": [
          {"id": "col_order_id", "name": "id", "type": "bigint", "nullable": false},
          {"id": "col_order_user", "name": "user_id", "type": "bigint", "nullable": false}
        ],
        "primaryKey": {"id": "pk_order", "name": "order_pkey", "columns": ["col_order_id"]},
        "foreignKeys": [
          {"id": "fk_order_user", "name": "order_user_fkey", "columns": ["col_order_user"],
           "references": {"table": "tbl_user", "columns": ["col_user_id"]}, "onDelete": "cascade"}
        ]
      }
    ]
  }
}
)json";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_small;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_small = path(QStringLiteral("small.schemata"));
        writeFile(m_small, kSmallProject);
    }

    void version()
    {
        const CliRun r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("schemata ")), qPrintable(r.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no args") << QStringList() << QStringLiteral("usage:");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("validate"), QStringLiteral("--bogus"),
                           QStringLiteral("x")}
            << QStringLiteral("unknown option --bogus");
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("ddl"), QStringLiteral("x"), QStringLiteral("--dialect")}
            << QStringLiteral("needs a value");
        QTest::newRow("two files")
            << QStringList{QStringLiteral("fmt"), QStringLiteral("a"), QStringLiteral("b")}
            << QStringLiteral("usage: schemata fmt");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("bad-empty.schemata");
        QTest::newRow("not json") << QByteArray("CREATE TABLE x (id int);")
                                  << QStringLiteral("bad-not-json.schemata:1:");
        QTest::newRow("wrong format")
            << QByteArray(R"({"format": "pgmodeler", "version": 1})") << QStringLiteral("$.format");
        QTest::newRow("future version")
            << QByteArray(R"({"format": "schemata", "version": 999})") << QStringLiteral("newer");
    }
    void badFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString file = path(QStringLiteral("bad-%1.schemata")
                                      .arg(QString::fromLatin1(QTest::currentDataTag())
                                               .replace(QLatin1Char(' '), QLatin1Char('-'))));
        writeFile(file, content);
        for (const QString& command :
             {QStringLiteral("validate"), QStringLiteral("ddl"), QStringLiteral("fmt")}) {
            const CliRun r = runCli({command, file});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(expected), qPrintable(command + QStringLiteral(": ") + r.err));
        }
        QCOMPARE(readFile(file), content); // a failed fmt never touches the file
    }

    void missingFileNamesThePath()
    {
        const QString missing = path(QStringLiteral("does-not-exist.schemata"));
        const CliRun r = runCli({QStringLiteral("validate"), missing});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(missing), qPrintable(r.err));
    }

    void validateClean()
    {
        const CliRun r = runCli({QStringLiteral("validate"), m_small});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("0 error(s)")), qPrintable(r.out));
    }

    void validateFindingsAndJson()
    {
        // Two tables with the same name in one schema: a model error, not a file error.
        QByteArray doc(kSmallProject);
        doc.replace("\"name\": \"order\"", "\"name\": \"user\"");
        const QString file = path(QStringLiteral("dup.schemata"));
        writeFile(file, doc);
        const CliRun text = runCli({QStringLiteral("validate"), file});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains(QLatin1String("error[")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("user")), qPrintable(text.out));

        const CliRun json = runCli(
            {QStringLiteral("validate"), file, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 1);
        QJsonParseError error{};
        const QJsonDocument parsed = QJsonDocument::fromJson(json.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(parsed.isArray());
        bool sawError = false;
        for (const auto& v : parsed.array())
            sawError |=
                v.toObject().value(QStringLiteral("severity")).toString() == QLatin1String("error");
        QVERIFY(sawError);

        const CliRun ddl = runCli({QStringLiteral("ddl"), file});
        QCOMPARE(ddl.exitCode, 1);
        QVERIFY(ddl.out.isEmpty());
    }

    void ddlPerDialect_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("quotedOrder");
        QTest::newRow("postgres") << QStringLiteral("postgres") << QStringLiteral("\"order\"");
        QTest::newRow("mysql") << QStringLiteral("mysql") << QStringLiteral("`order`");
        QTest::newRow("mariadb") << QStringLiteral("mariadb") << QStringLiteral("`order`");
        QTest::newRow("sqlite") << QStringLiteral("sqlite") << QStringLiteral("\"order\"");
    }
    void ddlPerDialect()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, quotedOrder);
        const CliRun r =
            runCli({QStringLiteral("ddl"), m_small, QStringLiteral("--dialect"), dialect});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("CREATE TABLE")), qPrintable(r.out));
        QVERIFY2(r.out.contains(quotedOrder), qPrintable(r.out));
        // Deterministic: a second run gives the same bytes, and -o writes exactly them.
        const QString outFile = path(QStringLiteral("out-%1.sql").arg(dialect));
        const CliRun again =
            runCli({QStringLiteral("ddl"), m_small, QStringLiteral("--dialect=") + dialect,
                    QStringLiteral("-o"), outFile});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(QString::fromUtf8(readFile(outFile)), r.out);
    }

    void ddlUnknownDialect()
    {
        const CliRun r = runCli({QStringLiteral("ddl"), m_small, QStringLiteral("--dialect"),
                                 QStringLiteral("oracle")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("oracle")) &&
                     r.err.contains(QLatin1String("postgres")),
                 qPrintable(r.err));
    }

    void fmtCanonicalises()
    {
        const QString file = path(QStringLiteral("fmt.schemata"));
        writeFile(file, kSmallProject); // hand-written: not canonical
        CliRun check = runCli({QStringLiteral("fmt"), file, QStringLiteral("--check")});
        QCOMPARE(check.exitCode, 1);
        QCOMPARE(readFile(file), QByteArray(kSmallProject)); // --check never writes

        const CliRun fmt = runCli({QStringLiteral("fmt"), file});
        QCOMPARE(fmt.exitCode, 0);
        const QByteArray canonical = readFile(file);
        QVERIFY(canonical != QByteArray(kSmallProject));
        QVERIFY(canonical.endsWith('\n'));
        check = runCli({QStringLiteral("fmt"), file, QStringLiteral("--check")});
        QCOMPARE(check.exitCode, 0);

        // Same model before and after: the DDL does not change.
        const QString original = path(QStringLiteral("small.schemata"));
        QCOMPARE(runCli({QStringLiteral("ddl"), file}).out,
                 runCli({QStringLiteral("ddl"), original}).out);
        // Idempotent: formatting again changes nothing.
        QCOMPARE(runCli({QStringLiteral("fmt"), file}).exitCode, 0);
        QCOMPARE(readFile(file), canonical);
    }

    void samplesValidateAndFormat()
    {
        const QDir samples(QStringLiteral(SCHEMATA_SOURCE_DIR "/resources/samples"));
        const QStringList files =
            samples.entryList({QStringLiteral("*.schemata")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), "resources/samples has no *.schemata");
        for (const QString& name : files) {
            const QString file = samples.filePath(name);
            const CliRun v = runCli({QStringLiteral("validate"), file});
            QVERIFY2(v.exitCode == 0, qPrintable(name + QStringLiteral(": ") + v.out + v.err));
            const CliRun f = runCli({QStringLiteral("fmt"), file, QStringLiteral("--check")});
            QVERIFY2(f.exitCode == 0, qPrintable(name + QStringLiteral(": ") + f.out + f.err));
            for (const QString& dialect : {QStringLiteral("postgres"), QStringLiteral("mysql"),
                                           QStringLiteral("mariadb"), QStringLiteral("sqlite")}) {
                const CliRun d =
                    runCli({QStringLiteral("ddl"), file, QStringLiteral("--dialect"), dialect});
                QVERIFY2(d.exitCode == 0, qPrintable(name + QLatin1Char(' ') + dialect +
                                                     QStringLiteral(": ") + d.err));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
