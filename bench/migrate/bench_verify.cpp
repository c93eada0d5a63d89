// bench_verify: verifying a migration history on embedded SQLite (issue 4 target: a
// 50-migration history in ≤ 5 s). The history is fixed: a shop that grows one step per
// migration (new tables with foreign keys to the previous ones, added columns, indexes,
// widened types, renames), each step planned by the real differ + planner through
// migrate::appendMigration. Then MigrationVerifier replays it: every up, the comparison
// with a fresh build, every down with its comparison, every up again, with sample rows.
// Prints the median with the target; never fails on time (DESIGN.md §5). Exits 1 when
// the work is wrong: a migration that cannot be created or a history that does not verify.
//   bench_verify [--migrations N] [--runs N]
#include "common/benchtiming.h"
#include "connect/migrationverifier.h"
#include "core/idgenerator.h"
#include "migrate/migrationauthor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimeZone>
#include <cstdio>

using namespace schemata;

namespace {

model::Column column(core::IdGenerator& ids, const QString& name, const QString& type,
                     bool nullable)
{
    model::Column c;
    c.id = ids.next(u"col");
    c.name = name;
    c.type = model::LogicalType::parse(type).value_or(model::LogicalType{});
    c.nullable = nullable;
    return c;
}

// Step k of the fixed history, applied to `m`.
void edit(model::Model& m, core::IdGenerator& ids, int k)
{
    const core::Id schema = m.schemas.constFirst().id;
    const int kind = m.tables.isEmpty() ? 0 : k % 5;
    if (kind == 0) {
        model::Table t;
        t.id = ids.next(u"tbl");
        t.schemaId = schema;
        t.name = QStringLiteral("table_%1").arg(k);
        t.columns = {column(ids, QStringLiteral("id"), QStringLiteral("integer"), false),
                     column(ids, QStringLiteral("label"), QStringLiteral("varchar(40)"), false),
                     column(ids, QStringLiteral("amount"), QStringLiteral("numeric(10,2)"), true),
                     column(ids, QStringLiteral("created"), QStringLiteral("date"), true)};
        t.primaryKey = model::KeyConstraint{
            ids.next(u"pk"), t.name + QStringLiteral("_pkey"), {t.columns.constFirst().id}};
        if (!m.tables.isEmpty()) {
            const model::Table& parent = m.tables.constLast();
            t.columns.append(
                column(ids, QStringLiteral("parent_id"), QStringLiteral("integer"), true));
            model::ForeignKey fk;
            fk.id = ids.next(u"fk");
            fk.name = t.name + QStringLiteral("_parent_fk");
            fk.columnIds = {t.columns.constLast().id};
            fk.referencedTableId = parent.id;
            fk.referencedColumnIds = {parent.columns.constFirst().id};
            t.foreignKeys.append(fk);
        }
        m.tables.append(t);
        return;
    }
    model::Table& t = m.tables.last();
    if (kind == 1) {
        t.columns.append(
            column(ids, QStringLiteral("note_%1").arg(k), QStringLiteral("varchar(60)"), true));
    } else if (kind == 2) {
        model::Index index;
        index.id = ids.next(u"idx");
        index.name = t.name + QStringLiteral("_label_idx");
        index.keys = {model::IndexKey{t.columns.at(1).id, {}, {}, {}}};
        t.indexes.append(index);
    } else if (kind == 3) {
        t.columns[1].type.length += 20; // label varchar(40) → varchar(60)
    } else {
        t.columns[2].name = QStringLiteral("total"); // rename amount
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("migrations"), QStringLiteral("History length."),
                      QStringLiteral("n"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs."), QStringLiteral("n"),
                      QStringLiteral("3")});
    parser.process(app);
    const int migrations = qMax(1, parser.value(QStringLiteral("migrations")).toInt());
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());

    core::IdGenerator ids(4242);
    document::Document doc;
    doc.dialect = QStringLiteral("sqlite");
    doc.model.schemas.append({ids.next(u"sch"), QStringLiteral("main"), {}});
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC);
    QElapsedTimer planning;
    planning.start();
    for (int k = 0; k < migrations; ++k) {
        edit(doc.model, ids, k);
        auto next = migrate::appendMigration(doc, QStringLiteral("step_%1").arg(k + 1),
                                             start.addSecs(k + 1));
        if (!next) {
            std::fprintf(stderr, "migration %d: %s\n", k + 1, qPrintable(next.error().toString()));
            return 1;
        }
        doc = std::move(next).value();
    }
    std::printf("history: %d migrations planned in %lld ms\n", migrations, planning.elapsed());

    connect::MigrationVerifier::Options options;
    options.dialect = QStringLiteral("sqlite");
    connect::MigrationVerifier verifier(options);
    bool verified = true;
    QString failure;
    int checks = 0;
    const bench::Timing timing = bench::medianMs(runs, [&] {
        const auto report = verifier.verify(doc);
        if (!report || !report.value().ok()) {
            verified = false;
            failure = report ? report.value().toText() : report.error().toString();
        } else {
            checks = int(report.value().steps.size());
        }
    });
    if (!verified) {
        std::fprintf(stderr, "the history does not verify:\n%s\n", qPrintable(failure));
        return 1;
    }
    std::printf("%-30s %10.2f s    (cpu %7.2f s)  target <= 5 s; %d checks\n",
                qPrintable(QStringLiteral("verify %1 migrations").arg(migrations)),
                timing.wallMs / 1000, timing.cpuMs / 1000, checks);
    return 0;
}
