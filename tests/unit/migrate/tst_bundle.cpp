// Migration bundles read by each tool's own rules: a hand-built 3-migration history
// (real-looking SQL: a transactional create, a CONCURRENTLY index that must run outside a
// transaction, an irreversible drop with a dollar-quoted comment) exported in every
// format. Alembic files are imported by Python with a stand-in alembic.op that records
// execute() calls; the zip is read back by unzip and Python's zipfile; SHA256SUMS is
// checked by sha256sum -c.
#include "migrate/bundle.h"
#include "migrate/bundlescript.h"
#include "migrate/zipwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;
using migrate::BundleFile;
using migrate::BundleFormat;

namespace {

const QString kCreateUp = u"-- Schemata migration (postgres)\n"
                          u"SET lock_timeout = '5s';\n"
                          u"BEGIN;\n"
                          u"-- create table public.customer\n"
                          u"CREATE TABLE \"customer\" (\n"
                          u"  \"id\" bigint NOT NULL,\n"
                          u"  \"note\" text DEFAULT 'it''s; fine'\n"
                          u");\n"
                          u"COMMIT;\n"_s;
const QString kCreateDown = u"BEGIN;\nDROP TABLE \"customer\";\nCOMMIT;\n"_s;
const QString kIndexUp = u"-- create index ix (outside a transaction)\n"
                         u"CREATE INDEX CONCURRENTLY \"ix\" ON \"customer\" (\"note\");\n"_s;
const QString kIndexDown = u"DROP INDEX CONCURRENTLY \"ix\";\n"_s;
const QString kDropUp = u"BEGIN;\n"
                        u"ALTER TABLE \"customer\" DROP COLUMN \"note\";\n"
                        u"COMMENT ON TABLE \"customer\" IS $$Kunden; ä \\ 'x'$$;\n"
                        u"COMMIT;\n"_s;
const QString kDropDown = u"-- IRREVERSIBLE: the dropped values are lost\n"
                          u"BEGIN;\n"
                          u"ALTER TABLE \"customer\" ADD COLUMN \"note\" text;\n"
                          u"COMMIT;\n"_s;

document::Migration migration(const char* id, const char* name, const QString& up,
                              const QString& down, bool irreversible = false)
{
    document::Migration m;
    m.id = QString::fromLatin1(id);
    m.name = QString::fromLatin1(name);
    m.irreversible = irreversible;
    m.scripts.insert(u"postgres"_s, {up, down});
    m.scripts.insert(u"sqlite"_s, {u"CREATE TABLE \"t_%1\" (\"x\" integer);\n"_s.arg(m.name),
                                   u"DROP TABLE \"t_%1\";\n"_s.arg(m.name)});
    m.checksum = document::migrationChecksum(m);
    return m;
}

document::MigrationHistory history()
{
    document::MigrationHistory h;
    h.migrations.append(migration("20261101090000", "create_customer", kCreateUp, kCreateDown));
    h.migrations.append(migration("20261102090000", "index_customer_note", kIndexUp, kIndexDown));
    h.migrations.append(migration("20261110120000", "drop_note", kDropUp, kDropDown, true));
    h.snapshot = model::Model();
    return h;
}

QList<BundleFile> build(BundleFormat format, const QString& dialect = u"postgres"_s)
{
    const auto files = migrate::buildBundle(history(), dialect, format, u"Shop Ünïcødé"_s);
    if (!files)
        qFatal("buildBundle failed: %s", qPrintable(files.error().toString()));
    return files.value();
}

QByteArray content(const QList<BundleFile>& files, const QString& path)
{
    for (const BundleFile& f : files) {
        if (f.path == path)
            return f.content;
    }
    qFatal("no file %s in the bundle", qPrintable(path));
}

QStringList paths(const QList<BundleFile>& files)
{
    QStringList out;
    for (const BundleFile& f : files)
        out << f.path;
    return out;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& args, const QString& workDir = {})
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForStarted())
        return {-1, {}, "cannot start " + program.toUtf8()};
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestBundle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatNames()
    {
        QCOMPARE(migrate::bundleFormatNames(),
                 QStringList({u"plain"_s, u"golang-migrate"_s, u"dbmate"_s, u"flyway"_s,
                              u"liquibase"_s, u"alembic"_s, u"prisma"_s, u"sqitch"_s}));
        for (const QString& name : migrate::bundleFormatNames())
            QVERIFY(migrate::bundleFormatFromName(name).has_value());
        QVERIFY(!migrate::bundleFormatFromName(u"Flyway").has_value());
    }

    void fileList_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QStringList>("expected");
        const QString a = u"20261101090000_create_customer"_s;
        const QString b = u"20261102090000_index_customer_note"_s;
        const QString c = u"20261110120000_drop_note"_s;
        QTest::newRow("plain") << int(BundleFormat::Plain)
                               << QStringList{u"0001_create_customer.down.sql"_s,
                                              u"0001_create_customer.up.sql"_s,
                                              u"0002_index_customer_note.down.sql"_s,
                                              u"0002_index_customer_note.up.sql"_s,
                                              u"0003_drop_note.down.sql"_s,
                                              u"0003_drop_note.up.sql"_s,
                                              u"SHA256SUMS"_s};
        QTest::newRow("golang-migrate")
            << int(BundleFormat::GolangMigrate)
            << QStringList{a + u".down.sql"_s, a + u".up.sql"_s,   b + u".down.sql"_s,
                           b + u".up.sql"_s,   c + u".down.sql"_s, c + u".up.sql"_s,
                           u"SHA256SUMS"_s};
        QTest::newRow("dbmate") << int(BundleFormat::Dbmate)
                                << QStringList{u"db/migrations/"_s + a + u".sql"_s,
                                               u"db/migrations/"_s + b + u".sql"_s,
                                               u"db/migrations/"_s + c + u".sql"_s,
                                               u"SHA256SUMS"_s};
        QTest::newRow("flyway") << int(BundleFormat::Flyway)
                                << QStringList{u"U20261101090000__create_customer.sql"_s,
                                               u"U20261102090000__index_customer_note.sql"_s,
                                               u"U20261102090000__index_customer_note.sql.conf"_s,
                                               u"U20261110120000__drop_note.sql"_s,
                                               u"V20261101090000__create_customer.sql"_s,
                                               u"V20261102090000__index_customer_note.sql"_s,
                                               u"V20261102090000__index_customer_note.sql.conf"_s,
                                               u"V20261110120000__drop_note.sql"_s,
                                               u"SHA256SUMS"_s};
        QTest::newRow("liquibase")
            << int(BundleFormat::Liquibase) << QStringList{u"changelog.sql"_s, u"SHA256SUMS"_s};
        QTest::newRow("alembic") << int(BundleFormat::Alembic)
                                 << QStringList{u"versions/"_s + a + u".py"_s,
                                                u"versions/"_s + b + u".py"_s,
                                                u"versions/"_s + c + u".py"_s, u"SHA256SUMS"_s};
        QTest::newRow("prisma") << int(BundleFormat::Prisma)
                                << QStringList{u"migrations/"_s + a + u"/down.sql"_s,
                                               u"migrations/"_s + a + u"/migration.sql"_s,
                                               u"migrations/"_s + b + u"/down.sql"_s,
                                               u"migrations/"_s + b + u"/migration.sql"_s,
                                               u"migrations/"_s + c + u"/down.sql"_s,
                                               u"migrations/"_s + c + u"/migration.sql"_s,
                                               u"migrations/migration_lock.toml"_s,
                                               u"SHA256SUMS"_s};
        QTest::newRow("sqitch") << int(BundleFormat::Sqitch)
                                << QStringList{u"deploy/create_customer.sql"_s,
                                               u"deploy/drop_note.sql"_s,
                                               u"deploy/index_customer_note.sql"_s,
                                               u"revert/create_customer.sql"_s,
                                               u"revert/drop_note.sql"_s,
                                               u"revert/index_customer_note.sql"_s,
                                               u"sqitch.plan"_s,
                                               u"verify/create_customer.sql"_s,
                                               u"verify/drop_note.sql"_s,
                                               u"verify/index_customer_note.sql"_s,
                                               u"SHA256SUMS"_s};
    }
    void fileList()
    {
        QFETCH(int, format);
        QFETCH(QStringList, expected);
        const QList<BundleFile> files = build(BundleFormat(format));
        QCOMPARE(paths(files), expected);
        // Deterministic: the same history gives the same bytes.
        const QList<BundleFile> again = build(BundleFormat(format));
        for (qsizetype i = 0; i < files.size(); ++i)
            QCOMPARE(again[i].content, files[i].content);
    }

    void plainAndGolangKeepTheScripts()
    {
        const auto plain = build(BundleFormat::Plain);
        QCOMPARE(content(plain, u"0001_create_customer.up.sql"_s), kCreateUp.toUtf8());
        QCOMPARE(content(plain, u"0003_drop_note.down.sql"_s), kDropDown.toUtf8());
        const auto golang = build(BundleFormat::GolangMigrate);
        QCOMPARE(content(golang, u"20261102090000_index_customer_note.up.sql"_s),
                 kIndexUp.toUtf8());
    }

    void dbmateTransactions()
    {
        const auto files = build(BundleFormat::Dbmate);
        // Wrappable: dbmate's transaction replaces BEGIN/COMMIT.
        QCOMPARE(QString::fromUtf8(
                     content(files, u"db/migrations/20261101090000_create_customer.sql"_s)),
                 u"-- migrate:up\n"
                 u"-- Schemata migration (postgres)\n"
                 u"SET lock_timeout = '5s';\n"
                 u"-- create table public.customer\n"
                 u"CREATE TABLE \"customer\" (\n"
                 u"  \"id\" bigint NOT NULL,\n"
                 u"  \"note\" text DEFAULT 'it''s; fine'\n"
                 u");\n"
                 u"\n"
                 u"-- migrate:down\n"
                 u"DROP TABLE \"customer\";\n"_s);
        // CONCURRENTLY cannot run in a transaction: both sections say so.
        QCOMPARE(QString::fromUtf8(
                     content(files, u"db/migrations/20261102090000_index_customer_note.sql"_s)),
                 u"-- migrate:up transaction:false\n"_s + kIndexUp + u"\n"_s +
                     u"-- migrate:down transaction:false\n"_s + kIndexDown);
        const QString irreversible =
            QString::fromUtf8(content(files, u"db/migrations/20261110120000_drop_note.sql"_s));
        QVERIFY2(irreversible.contains(u"-- IRREVERSIBLE: migration 20261110120000_drop_note"_s),
                 qPrintable(irreversible));
        QVERIFY(!irreversible.contains(u"BEGIN;"_s));
    }

    void flywayNamesSortAndConf()
    {
        const auto files = build(BundleFormat::Flyway);
        // Flyway orders versions numerically part by part; the ids are one part each.
        QList<qulonglong> versions;
        QStringList versioned;
        for (const BundleFile& f : files) {
            if (f.path.startsWith(u'V') && f.path.endsWith(u".sql"_s)) {
                versioned << f.path;
                bool ok = false;
                versions << f.path.mid(1, f.path.indexOf(u"__"_s) - 1).toULongLong(&ok);
                QVERIFY(ok);
            }
        }
        QCOMPARE(versioned.size(), 3);
        QVERIFY(std::is_sorted(versions.begin(), versions.end()));
        QVERIFY(std::adjacent_find(versions.begin(), versions.end()) == versions.end());
        QCOMPARE(versioned, QStringList({u"V20261101090000__create_customer.sql"_s,
                                         u"V20261102090000__index_customer_note.sql"_s,
                                         u"V20261110120000__drop_note.sql"_s}));
        QCOMPARE(content(files, u"V20261102090000__index_customer_note.sql.conf"_s),
                 QByteArray("executeInTransaction=false\n"));
        QCOMPARE(content(files, u"V20261102090000__index_customer_note.sql"_s), kIndexUp.toUtf8());
        QVERIFY(!content(files, u"V20261101090000__create_customer.sql"_s).contains("BEGIN;"));
        QVERIFY(!content(files, u"V20261101090000__create_customer.sql"_s).contains("COMMIT;"));
    }

    void liquibaseChangelog()
    {
        const QString text =
            QString::fromUtf8(content(build(BundleFormat::Liquibase), u"changelog.sql"_s));
        QVERIFY(
            text.startsWith(u"--liquibase formatted sql\n\n--changeset schemata:20261101090000\n"
                            u"--comment: create_customer\n"_s));
        QVERIFY(text.contains(u"\n--changeset schemata:20261102090000 runInTransaction:false\n"_s));
        QVERIFY(text.contains(u"--rollback DROP TABLE \"customer\";\n"_s));
        QVERIFY(text.contains(u"--rollback DROP INDEX CONCURRENTLY \"ix\";\n"_s));
        QVERIFY(
            text.contains(u"--rollback ALTER TABLE \"customer\" ADD COLUMN \"note\" text;\n"_s));
        QCOMPARE(text.count(u"--changeset "_s), 3);
        // The wrapped changesets lost BEGIN/COMMIT; the self-managed one has none to lose.
        QVERIFY(!text.contains(u"BEGIN;"_s));
        QVERIFY(!text.contains(u"--rollback BEGIN;"_s));
    }

    void prismaLayout()
    {
        const auto files = build(BundleFormat::Prisma);
        QVERIFY(content(files, u"migrations/migration_lock.toml"_s)
                    .endsWith("provider = \"postgresql\"\n"));
        QCOMPARE(content(files, u"migrations/20261101090000_create_customer/migration.sql"_s),
                 kCreateUp.toUtf8());
        QCOMPARE(content(files, u"migrations/20261101090000_create_customer/down.sql"_s),
                 kCreateDown.toUtf8());
        QVERIFY(
            content(build(BundleFormat::Prisma, u"sqlite"_s), u"migrations/migration_lock.toml"_s)
                .endsWith("provider = \"sqlite\"\n"));
    }

    void sqitchPlan()
    {
        const auto files = build(BundleFormat::Sqitch);
        QCOMPARE(QString::fromUtf8(content(files, u"sqitch.plan"_s)),
                 u"%syntax-version=1.0.0\n"
                 u"%project=Shop_Ünïcødé\n"
                 u"\n"
                 u"create_customer 2026-11-01T09:00:00Z Schemata <schemata@localhost> # "
                 u"create_customer (20261101090000)\n"
                 u"index_customer_note [create_customer] 2026-11-02T09:00:00Z Schemata "
                 u"<schemata@localhost> # index_customer_note (20261102090000)\n"
                 u"drop_note [index_customer_note] 2026-11-10T12:00:00Z Schemata "
                 u"<schemata@localhost> # drop_note (20261110120000), irreversible\n"_s);
        QCOMPARE(content(files, u"deploy/index_customer_note.sql"_s), kIndexUp.toUtf8());
        QCOMPARE(content(files, u"revert/create_customer.sql"_s), kCreateDown.toUtf8());
    }

    void sqitchRepeatedNames()
    {
        document::MigrationHistory h = history();
        h.migrations[2] = migration("20261110120000", "create_customer", kDropUp, kDropDown);
        const auto files = migrate::buildBundle(h, u"postgres", BundleFormat::Sqitch, u"shop"_s);
        if (!files)
            QFAIL(qPrintable(files.error().toString()));
        const QString plan = QString::fromUtf8(content(files.value(), u"sqitch.plan"_s));
        QVERIFY2(plan.contains(u"\ncreate_customer_20261110120000 [index_customer_note] "_s),
                 qPrintable(plan));
    }

    void alembicChainUnderPython()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bundle = dir.filePath(u"bundle"_s);
        QVERIFY(migrate::writeBundleDirectory(build(BundleFormat::Alembic), bundle).ok());
        // A stand-in for alembic.op that records what the revisions execute.
        QVERIFY(writeFile(dir.filePath(u"fake/alembic/__init__.py"_s), ""));
        QVERIFY(writeFile(dir.filePath(u"fake/alembic/op.py"_s),
                          "import contextlib\n"
                          "calls = []\n"
                          "_autocommit = [False]\n"
                          "def execute(sql):\n"
                          "    assert isinstance(sql, str)\n"
                          "    calls.append({'sql': sql, 'autocommit': _autocommit[0]})\n"
                          "class _Context:\n"
                          "    @contextlib.contextmanager\n"
                          "    def autocommit_block(self):\n"
                          "        _autocommit[0] = True\n"
                          "        try:\n"
                          "            yield\n"
                          "        finally:\n"
                          "            _autocommit[0] = False\n"
                          "def get_context():\n"
                          "    return _Context()\n"));
        QVERIFY(writeFile(
            dir.filePath(u"run.py"_s),
            "import glob, importlib.util, json, os, sys\n"
            "sys.path.insert(0, sys.argv[1])\n"
            "from alembic import op\n"
            "mods = {}\n"
            "for path in sorted(glob.glob(os.path.join(sys.argv[2], 'versions', '*.py'))):\n"
            "    spec = importlib.util.spec_from_file_location('r' + str(len(mods)), path)\n"
            "    m = importlib.util.module_from_spec(spec)\n"
            "    spec.loader.exec_module(m)\n"
            "    assert m.revision not in mods, 'duplicate revision'\n"
            "    mods[m.revision] = m\n"
            "bases = [r for r, m in mods.items() if m.down_revision is None]\n"
            "assert len(bases) == 1, 'bases: %r' % bases\n"
            "children = {}\n"
            "for r, m in mods.items():\n"
            "    if m.down_revision is not None:\n"
            "        assert m.down_revision in mods, 'dangling down_revision'\n"
            "        assert m.down_revision not in children, 'branch'\n"
            "        children[m.down_revision] = r\n"
            "chain = [bases[0]]\n"
            "while chain[-1] in children:\n"
            "    chain.append(children[chain[-1]])\n"
            "assert len(chain) == len(mods), 'not one chain'\n"
            "out = {'chain': chain, 'upgrade': [], 'downgrade': []}\n"
            "for r in chain:\n"
            "    op.calls.clear(); mods[r].upgrade(); out['upgrade'].append(list(op.calls))\n"
            "for r in reversed(chain):\n"
            "    op.calls.clear(); mods[r].downgrade(); out['downgrade'].append(list(op.calls))\n"
            "print(json.dumps(out))\n"));
        const Run r = run(u"python3"_s,
                          {u"-B"_s, dir.filePath(u"run.py"_s), dir.filePath(u"fake"_s), bundle});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(out.value("chain"_L1).toArray(),
                 QJsonArray({u"20261101090000"_s, u"20261102090000"_s, u"20261110120000"_s}));

        const auto calls = [](const QJsonValue& v) {
            QStringList list;
            for (const QJsonValue& c : v.toArray())
                list << (c.toObject().value("autocommit"_L1).toBool() ? u"[autocommit] "_s
                                                                      : QString()) +
                            c.toObject().value("sql"_L1).toString();
            return list;
        };
        const QJsonArray up = out.value("upgrade"_L1).toArray();
        const QJsonArray down = out.value("downgrade"_L1).toArray();
        QCOMPARE(up.size(), 3);
        QCOMPARE(down.size(), 3);
        QCOMPARE(calls(up[0]), QStringList({u"SET lock_timeout = '5s';"_s,
                                            u"CREATE TABLE \"customer\" (\n"
                                            u"  \"id\" bigint NOT NULL,\n"
                                            u"  \"note\" text DEFAULT 'it''s; fine'\n"
                                            u");"_s}));
        QCOMPARE(calls(up[1]),
                 QStringList({u"[autocommit] CREATE INDEX CONCURRENTLY \"ix\" ON \"customer\" "
                              u"(\"note\");"_s}));
        QCOMPARE(calls(up[2]),
                 QStringList({u"ALTER TABLE \"customer\" DROP COLUMN \"note\";"_s,
                              u"COMMENT ON TABLE \"customer\" IS $$Kunden; ä \\ 'x'$$;"_s}));
        QCOMPARE(calls(down[0]),
                 QStringList({u"ALTER TABLE \"customer\" ADD COLUMN \"note\" text;"_s}));
        QCOMPARE(calls(down[1]), QStringList({u"[autocommit] DROP INDEX CONCURRENTLY \"ix\";"_s}));
        QCOMPARE(calls(down[2]), QStringList({u"DROP TABLE \"customer\";"_s}));
    }

    void manifestVerifiesWithSha256sum_data()
    {
        QTest::addColumn<int>("format");
        for (const QString& name : migrate::bundleFormatNames())
            QTest::newRow(qPrintable(name)) << int(*migrate::bundleFormatFromName(name));
    }
    void manifestVerifiesWithSha256sum()
    {
        QFETCH(int, format);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QList<BundleFile> files = build(BundleFormat(format));
        QVERIFY(migrate::writeBundleDirectory(files, dir.path()).ok());
        const Run r = run(u"sha256sum"_s, {u"--strict"_s, u"-c"_s, u"SHA256SUMS"_s}, dir.path());
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QCOMPARE(r.out.count(": OK\n"), files.size() - 1);
    }

    void zipReadsBack()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QList<BundleFile> files = build(BundleFormat::Prisma);
        const QString zip = dir.filePath(u"bundle.zip"_s);
        QVERIFY(migrate::writeBundleZip(files, zip).ok());
        const Run test = run(u"unzip"_s, {u"-t"_s, zip});
        QVERIFY2(test.exitCode == 0, (test.out + test.err).constData());
        QVERIFY(test.out.contains("No errors detected"));
        // Python's zipfile checks every CRC (testzip) and gives back the same bytes.
        const Run py =
            run(u"python3"_s, {u"-c"_s,
                               u"import json, sys, zipfile\n"
                               u"z = zipfile.ZipFile(sys.argv[1])\n"
                               u"assert z.testzip() is None\n"
                               u"print(json.dumps({i.filename: z.read(i).decode('utf-8') "
                               u"for i in z.infolist()}))\n"_s,
                               zip});
        QVERIFY2(py.exitCode == 0, py.err.constData());
        const QJsonObject entries = QJsonDocument::fromJson(py.out).object();
        QCOMPARE(entries.size(), files.size());
        for (const BundleFile& f : files)
            QCOMPARE(entries.value(f.path).toString().toUtf8(), f.content);
        // Extracted files are checked by their own manifest.
        const Run unzip = run(u"unzip"_s, {u"-q"_s, zip, u"-d"_s, dir.filePath(u"x"_s)});
        QVERIFY2(unzip.exitCode == 0, unzip.err.constData());
        const Run sums = run(u"sha256sum"_s, {u"-c"_s, u"SHA256SUMS"_s}, dir.filePath(u"x"_s));
        QVERIFY2(sums.exitCode == 0, (sums.out + sums.err).constData());
        // Deterministic bytes.
        const QString again = dir.filePath(u"again.zip"_s);
        QVERIFY(migrate::writeBundleZip(files, again).ok());
        QFile a(zip), b(again);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    void crc32KnownValue()
    {
        // The check value of CRC-32/ISO-HDLC (the zip CRC) for "123456789".
        QCOMPARE(migrate::ZipWriter::crc32("123456789"), 0xCBF43926u);
        QCOMPARE(migrate::ZipWriter::crc32(QByteArray()), 0u);
    }

    void directoryRules()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(u"out"_s);
        const QList<BundleFile> flyway = build(BundleFormat::Flyway);
        QVERIFY(migrate::writeBundleDirectory(flyway, target).ok());
        // The same export again over its own earlier output is fine.
        QVERIFY(migrate::writeBundleDirectory(flyway, target).ok());
        // Another format into the same directory is refused.
        const core::Status other =
            migrate::writeBundleDirectory(build(BundleFormat::Plain), target);
        QVERIFY(!other.ok());
        if (!other.ok())
            QVERIFY2(other.error().message.contains(u"different bundle"_s),
                     qPrintable(other.error().toString()));
        // A hand-edited file is never overwritten.
        QVERIFY(writeFile(target + u"/V20261101090000__create_customer.sql"_s, "-- mine\n"));
        const core::Status edited = migrate::writeBundleDirectory(flyway, target);
        QVERIFY(!edited.ok());
        if (!edited.ok())
            QVERIFY2(edited.error().message.contains(u"changed since it was exported"_s),
                     qPrintable(edited.error().toString()));
        // A directory that is not a bundle is refused.
        const QString foreign = dir.filePath(u"foreign"_s);
        QVERIFY(writeFile(foreign + u"/notes.txt"_s, "x"));
        const core::Status refused = migrate::writeBundleDirectory(flyway, foreign);
        QVERIFY(!refused.ok());
        if (!refused.ok())
            QVERIFY2(refused.error().message.contains(u"not a bundle written by Schemata"_s),
                     qPrintable(refused.error().toString()));
    }

    void refusesInvalidHistory()
    {
        document::MigrationHistory h = history();
        h.migrations[1].scripts[u"postgres"_s].up += u"DROP TABLE \"customer\";\n"_s;
        const auto files = migrate::buildBundle(h, u"postgres", BundleFormat::Plain, u"shop"_s);
        if (files)
            QFAIL("an edited history was exported");
        QVERIFY2(files.error().message.contains(
                     u"migrations[1] (20261102090000_index_customer_note): checksum mismatch"_s),
                 qPrintable(files.error().toString()));
    }

    void refusesMissingDialect()
    {
        const auto files =
            migrate::buildBundle(history(), u"mysql", BundleFormat::Plain, u"shop"_s);
        if (files)
            QFAIL("a bundle without scripts was built");
        QVERIFY2(files.error().message.contains(
                     u"migration 20261101090000_create_customer has no script for dialect "
                     u"\"mysql\" (it has: postgres, sqlite)"_s),
                 qPrintable(files.error().toString()));
    }

    void transactionControlRemoved_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lines alone")
            << u"SET a = 1;\nBEGIN;\nSELECT 1;\nCOMMIT;\n"_s << u"SET a = 1;\nSELECT 1;\n"_s;
        QTest::newRow("blank lines around collapse to one")
            << u"-- h\n\nSET a = 1;\n\nBEGIN;\n\n-- s\nSELECT 1;\n\nCOMMIT;\n"_s
            << u"-- h\n\nSET a = 1;\n\n-- s\nSELECT 1;\n\n"_s;
        QTest::newRow("at the very start") << u"BEGIN;\nSELECT 1;\nCOMMIT;"_s << u"SELECT 1;\n"_s;
        QTest::newRow("sharing a line keeps the rest")
            << u"BEGIN; SELECT 1; COMMIT;\n"_s << u" SELECT 1; \n"_s;
        QTest::newRow("lower case and START TRANSACTION")
            << u"start transaction;\nSELECT 1;\ncommit;\n"_s << u"SELECT 1;\n"_s;
    }
    void transactionControlRemoved()
    {
        QFETCH(QString, script);
        QFETCH(QString, expected);
        const migrate::BundleScript parsed(script, false);
        QVERIFY(parsed.wrappable());
        QCOMPARE(parsed.withoutTransactionControl(), expected);
    }

    void scriptClassification_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<bool>("mysql");
        QTest::addColumn<bool>("wrappable");
        QTest::addColumn<int>("statements");
        QTest::newRow("empty") << u"-- nothing to do\n"_s << false << true << 0;
        QTest::newRow("one block with SET") << kCreateUp << false << true << 4;
        QTest::newRow("no block") << kIndexUp << false << false << 1;
        QTest::newRow("two blocks")
            << u"BEGIN;\nSELECT 1;\nCOMMIT;\nCREATE INDEX CONCURRENTLY i ON t (c);\nBEGIN;\n"
               u"SELECT 2;\nCOMMIT;\n"_s
            << false << false << 7;
        QTest::newRow("sqlite rebuild pragmas")
            << u"PRAGMA foreign_keys=OFF;\nBEGIN;\nSELECT 1;\nCOMMIT;\nPRAGMA foreign_keys=ON;\n"_s
            << false << false << 5;
        QTest::newRow("semicolons in quotes and comments")
            << u"BEGIN;\nSELECT ';', \";\", $f$;$f$, E'\\';' /* ; */; -- ;\nCOMMIT;\n"_s << false
            << true << 3;
        QTest::newRow("mysql backslash string")
            << u"BEGIN;\nSELECT 'a\\';b', `x;y`;\nCOMMIT;\n"_s << true << true << 3;
    }
    void scriptClassification()
    {
        QFETCH(QString, script);
        QFETCH(bool, mysql);
        QFETCH(bool, wrappable);
        QFETCH(int, statements);
        const migrate::BundleScript parsed(script, mysql);
        QCOMPARE(parsed.wrappable(), wrappable);
        QCOMPARE(parsed.statements().size(), statements);
    }
};

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
