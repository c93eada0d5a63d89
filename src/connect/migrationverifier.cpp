#include "connect/migrationverifier.h"

#include "connect/catalogreader.h"
#include "connect/samplerows.h"
#include "connect/scratchdatabases.h"
#include "connect/sqlstatementsplitter.h"
#include "dialect/dialect.h"
#include "migrate/differ.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace schemata::connect {

namespace {

// One verification run: the state the four phases share.
class Run
{
public:
    Run(const MigrationVerifier::Options& options, const MigrationVerifier::Progress& progress,
        const std::atomic_bool* cancel, const document::Document& document,
        const dialect::Dialect& dialect)
        : m_options(options), m_progress(progress), m_cancel(cancel), m_document(document),
          m_dialect(dialect), m_reader(createCatalogReader(dialect.name())),
          m_splitter(SqlStatementSplitter::optionsForDialect(dialect.name())),
          m_rows(dialect.name())
    {}

    core::Result<VerificationReport> run()
    {
        QElapsedTimer total;
        total.start();
        m_report.dialect = m_dialect.name();
        const QList<document::Migration>& migrations = m_document.history.migrations;
        const int n = int(migrations.size());
        m_report.migrationCount = n;
        m_total = 1 + n * (m_options.reapply ? 3 : 2); // data checks ride along with their up

        auto scratch =
            ScratchDatabases::open(m_dialect.name(), m_options.server, m_options.password);
        if (!scratch)
            return scratch.error();
        m_scratch = std::move(scratch).value();
        {
            // Scoped: no copy of the connection may outlive dropAll() below.
            auto replay = m_scratch->create(QStringLiteral("replay"));
            if (!replay)
                return replay.error();
            m_db = replay.value();
        }
        m_report.serverVersion = m_scratch->serverVersion();

        if (m_document.history.snapshot && *m_document.history.snapshot != m_document.model)
            m_report.notes.append(QStringLiteral(
                "the model has changes that are not in the history yet (schemata migrate new); "
                "verified against the model the history leads to"));

        // Phase 1: every up from empty, remembering each catalog.
        QList<model::Model> catalogs;
        {
            auto empty = readCatalog();
            if (!empty)
                return empty.error();
            catalogs.append(empty.value());
        }
        bool upsOk = true;
        for (int i = 0; i < n && upsOk && !cancelled(); ++i) {
            const document::Migration& m = migrations.at(i);
            const bool withRows = m_options.sampleRows && !m.irreversible &&
                                  !m_options.migrationsWithoutRows.contains(i + 1);
            if (withRows)
                m_report.notes += m_rows.insert(m_db, catalogs.constLast(),
                                                QStringLiteral("before migration %1").arg(i + 1));
            VerificationStep& step = begin(VerificationStep::Kind::Up, i + 1, label(i, u"up"));
            upsOk = execute(script(m).up, step) && readInto(step, catalogs);
            finish(step);
            if (upsOk && withRows && m_rows.rowCount() > 0) {
                VerificationStep& data =
                    begin(VerificationStep::Kind::Data, i + 1,
                          QStringLiteral("migration %1: %2 sample row(s) survive the up")
                              .arg(i + 1)
                              .arg(m_rows.rowCount()));
                data.messages = m_rows.check(m_db, catalogs.at(i), catalogs.at(i + 1));
                data.ok = data.messages.isEmpty();
                finish(data, false);
            }
        }

        // Phase 2: the replayed catalog against a fresh build of the snapshot.
        if (upsOk && !cancelled())
            compareWithFreshBuild(catalogs.constLast());

        // Phase 3: every down in reverse, back to each earlier catalog.
        bool downsOk = upsOk;
        if (downsOk && m_options.emptyBeforeDowns) {
            for (const QString& error : m_rows.clear(m_db, catalogs.constLast()))
                m_report.notes.append(QStringLiteral("emptying the tables before the downs: ") +
                                      error);
        }
        for (int i = n - 1; i >= 0 && downsOk && !cancelled(); --i) {
            VerificationStep& step = begin(VerificationStep::Kind::Down, i + 1, label(i, u"down"));
            downsOk = execute(script(migrations.at(i)).down, step) &&
                      compare(step, catalogs.at(i),
                              i == 0 ? QStringLiteral("the empty database")
                                     : QStringLiteral("the catalog after migration %1 up").arg(i));
            finish(step);
        }

        // Phase 4: up again from empty; the catalogs must match the first replay's.
        bool reapplyOk = downsOk && m_options.reapply;
        for (int i = 0; i < n && reapplyOk && !cancelled(); ++i) {
            VerificationStep& step =
                begin(VerificationStep::Kind::Reapply, i + 1, label(i, u"up again"));
            reapplyOk =
                execute(script(migrations.at(i)).up, step) &&
                compare(step, catalogs.at(i + 1), QStringLiteral("the catalog after its first up"));
            finish(step);
        }

        m_report.cancelled = cancelled();
        m_db = QSqlDatabase();
        for (const QString& error : m_scratch->dropAll())
            m_report.notes.append(QStringLiteral("cleanup: ") + error);
        m_report.elapsedMs = total.elapsed();
        return m_report;
    }

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    QString label(int index, QStringView what) const
    {
        const document::Migration& m = m_document.history.migrations.at(index);
        return QStringLiteral("migration %1 (%2_%3) %4").arg(index + 1).arg(m.id, m.name, what);
    }

    const document::MigrationScript& script(const document::Migration& m) const
    {
        return m.scripts.find(m_dialect.name()).value(); // checked before the run
    }

    VerificationStep& begin(VerificationStep::Kind kind, int migration, const QString& label)
    {
        if (m_progress && kind != VerificationStep::Kind::Data)
            m_progress(m_done, m_total, label);
        m_timer.start();
        m_report.steps.append({kind, migration, label, true, {}, 0});
        return m_report.steps.last();
    }

    void finish(VerificationStep& step, bool counts = true)
    {
        step.elapsedMs = m_timer.elapsed();
        if (counts)
            ++m_done;
    }

    // Runs `sql` statement by statement; the first failure names the statement and its
    // line within the script, with the server's error and the statement's text.
    bool execute(const QString& sql, VerificationStep& step)
    {
        const QList<SqlStatement> statements = m_splitter.split(sql);
        for (qsizetype k = 0; k < statements.size(); ++k) {
            if (cancelled()) {
                step.ok = false;
                step.messages.append(QStringLiteral("cancelled before statement %1").arg(k + 1));
                return false;
            }
            const SqlStatement& s = statements.at(k);
            QSqlQuery query(m_db);
            if (!query.exec(s.sql)) {
                step.ok = false;
                QString message = QStringLiteral("%1, statement %2 (line %3): %4")
                                      .arg(step.label)
                                      .arg(k + 1)
                                      .arg(s.line)
                                      .arg(query.lastError().text().trimmed());
                if (!s.problem.isEmpty())
                    message += QStringLiteral(" [") + s.problem + u']';
                step.messages.append(message);
                step.messages.append(s.sql);
                // A failed script may leave an open transaction behind; roll it back
                // so the cleanup can drop the database.
                QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
                return false;
            }
            // SQLite's foreign_key_check reports dangling rows as a result set instead
            // of failing: any row means the script broke a foreign key.
            if (isForeignKeyCheck(s.sql) && query.next()) {
                step.ok = false;
                step.messages.append(
                    QStringLiteral("%1, statement %2 (line %3): PRAGMA foreign_key_check found "
                                   "rows of table %4 (rowid %5) without a row in %6")
                        .arg(step.label)
                        .arg(k + 1)
                        .arg(s.line)
                        .arg(query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString()));
                step.messages.append(s.sql);
                QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
        return true;
    }

    static bool isForeignKeyCheck(const QString& sql)
    {
        const QString text = sql.trimmed();
        return text.startsWith(QLatin1String("PRAGMA"), Qt::CaseInsensitive) &&
               text.contains(QLatin1String("foreign_key_check"), Qt::CaseInsensitive);
    }

    core::Result<model::Model> readCatalog() { return readCatalog(m_db); }

    core::Result<model::Model> readCatalog(const QSqlDatabase& db)
    {
        if (!m_reader)
            return core::Error{QStringLiteral("verify"),
                               QStringLiteral("no catalog reader for %1").arg(m_dialect.name())};
        auto model = m_reader->read(db, CatalogFilter{});
        // On MySQL/MariaDB the reader names the schema after the database, and the
        // replay and the fresh build necessarily live in two databases: compare them
        // as the one unnamed namespace they are to the migration scripts.
        if (model && !m_dialect.capabilities().schemas && model.value().schemas.size() == 1)
            model.value().schemas.first().name = QStringLiteral("database");
        return model;
    }

    bool readInto(VerificationStep& step, QList<model::Model>& catalogs)
    {
        auto catalog = readCatalog();
        if (!catalog) {
            step.ok = false;
            step.messages.append(QStringLiteral("reading the catalog failed: ") +
                                 catalog.error().toString());
            return false;
        }
        catalogs.append(std::move(catalog).value());
        return true;
    }

    // Reads the catalog now and compares it with `expected`, by name: any change the
    // differ finds is a difference, one message each.
    bool compare(VerificationStep& step, const model::Model& expected, const QString& what)
    {
        auto actual = readCatalog();
        if (!actual) {
            step.ok = false;
            step.messages.append(QStringLiteral("reading the catalog failed: ") +
                                 actual.error().toString());
            return false;
        }
        return compareModels(step, expected, actual.value(), what);
    }

    bool compareModels(VerificationStep& step, const model::Model& expected,
                       const model::Model& actual, const QString& what)
    {
        migrate::ChangeSet diff =
            migrate::diffModels(expected, actual, {migrate::DiffOptions::Matching::ByName});
        // PostgreSQL can only append a column, so the down of a column drop brings it
        // back last: an order difference there is a note, not a failure (MariaDB has
        // AFTER and SQLite rebuilds, so on those it is a real difference).
        if (m_dialect.name() == u"postgres") {
            diff.changes.removeIf([&](const migrate::Change& c) {
                const bool orderOnly =
                    c.op == migrate::ChangeOp::Alter && c.kind == migrate::ObjectKind::Column &&
                    c.changed == migrate::Attributes(migrate::Attribute::Position);
                if (orderOnly)
                    m_report.notes.append(
                        QStringLiteral("%1: column order differs from %2 (%3); "
                                       "PostgreSQL cannot add a column at a position")
                            .arg(step.label, what, c.path));
                return orderOnly;
            });
        }
        if (diff.isEmpty())
            return true;
        step.ok = false;
        step.messages.append(
            QStringLiteral("the catalog differs from %1 (what would turn that into this):")
                .arg(what));
        for (const migrate::Change& change : diff.changes)
            step.messages.append(QStringLiteral("  ") + migrate::describeChange(change));
        return false;
    }

    void compareWithFreshBuild(const model::Model& replayed)
    {
        VerificationStep& step =
            begin(VerificationStep::Kind::Compare, 0,
                  QStringLiteral("history compared with a fresh build of the model"));
        const model::Model& target =
            m_document.history.snapshot ? *m_document.history.snapshot : m_document.model;
        auto fresh = m_scratch->create(QStringLiteral("fresh"));
        if (!fresh) {
            step.ok = false;
            step.messages.append(QStringLiteral("creating the second database failed: ") +
                                 fresh.error().toString());
            finish(step);
            return;
        }
        const QSqlDatabase replayDb = m_db;
        m_db = fresh.value();
        const QString label = step.label;
        step.label = QStringLiteral("fresh build");
        const bool built = execute(m_dialect.createScript(target).toSql(), step);
        step.label = label;
        if (built) {
            auto catalog = readCatalog();
            if (!catalog) {
                step.ok = false;
                step.messages.append(QStringLiteral("reading the catalog failed: ") +
                                     catalog.error().toString());
            } else {
                compareModels(step, catalog.value(), replayed, QStringLiteral("the fresh build"));
            }
        }
        m_db = replayDb;
        finish(step);
    }

    const MigrationVerifier::Options& m_options;
    const MigrationVerifier::Progress& m_progress;
    const std::atomic_bool* m_cancel;
    const document::Document& m_document;
    const dialect::Dialect& m_dialect;
    std::unique_ptr<CatalogReader> m_reader;
    SqlStatementSplitter m_splitter;
    SampleRows m_rows;
    std::unique_ptr<ScratchDatabases> m_scratch;
    QSqlDatabase m_db;
    VerificationReport m_report;
    QElapsedTimer m_timer;
    int m_done = 0;
    int m_total = 0;
};

} // namespace

MigrationVerifier::MigrationVerifier(Options options) : m_options(std::move(options)) {}

core::Result<VerificationReport> MigrationVerifier::verify(const document::Document& document) const
{
    const auto dialect = dialect::createDialect(m_options.dialect);
    if (!dialect)
        return core::Error{
            QStringLiteral("verify"),
            QStringLiteral("unknown dialect \"%1\" (expected one of: %2)")
                .arg(m_options.dialect, dialect::dialectNames().join(QStringLiteral(", ")))};
    const document::MigrationHistory& history = document.history;
    if (history.isEmpty())
        return core::Error{QStringLiteral("$.history"),
                           QStringLiteral("the history has no migrations to verify "
                                          "(create one with schemata migrate new)")};
    if (const QStringList problems = document::validateHistory(history); !problems.isEmpty())
        return core::Error{QStringLiteral("$.history"), problems.join(u'\n')};
    for (qsizetype i = 0; i < history.migrations.size(); ++i) {
        const document::Migration& m = history.migrations.at(i);
        if (!m.scripts.contains(dialect->name()))
            return core::Error{QStringLiteral("$.history.migrations[%1]").arg(i),
                               QStringLiteral("migration %1_%2 has no %3 script (it has: %4)")
                                   .arg(m.id, m.name, dialect->name(),
                                        m.scripts.keys().join(QStringLiteral(", ")))};
    }
    return Run(m_options, m_progress, m_cancel, document, *dialect).run();
}

} // namespace schemata::connect
