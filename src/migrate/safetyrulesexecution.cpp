// How the plan runs on the engine: transactions and retries, lock timeouts, MySQL's table
// copies and SQLite's table rebuilds.
#include "migrate/safetyrulecontext.h"
#include "migrate/safetyrules.h"
#include "migrate/safetyruletypechange.h"

namespace schemata::migrate {

using namespace Qt::StringLiterals;
using Severity = model::Diagnostic::Severity;

QList<SafetyRule> executionRules()
{
    const QString category = u"locking"_s;
    return {
        {u"locking/concurrent-in-transaction"_s, category, Severity::Error,
         u"PostgreSQL refuses CREATE/DROP INDEX CONCURRENTLY inside a transaction block, so the "
         u"migration fails."_s},
        {u"locking/transaction-nesting"_s, category, Severity::Error,
         u"The migration already runs in a transaction; a BEGIN/COMMIT inside it ends that "
         u"transaction early and leaves the rest unprotected."_s},
        {u"locking/not-retry-safe"_s, category, Severity::Warning,
         u"A statement outside a transaction that fails halfway leaves its work done; without IF "
         u"[NOT] EXISTS the retry fails on it."_s},
        {u"locking/lock-timeout-missing"_s, category, Severity::Warning,
         u"A DDL statement waiting for its lock queues every later query on the table behind it; "
         u"a lock_timeout makes it give up instead of causing an outage."_s},
        {u"locking/non-transactional-ddl"_s, category, Severity::Info,
         u"MySQL and MariaDB commit each DDL statement on its own: a failure midway leaves the "
         u"schema half-migrated, to be finished or undone by hand."_s},
        {u"locking/table-copy"_s, category, Severity::Warning,
         u"MySQL/MariaDB copy the whole table for this change, blocking writes (and using disk "
         u"space for a second copy) for the duration."_s},
        {u"locking/table-rebuild"_s, category, Severity::Info,
         u"SQLite cannot alter this in place: the table is rebuilt (new table, copy rows, drop, "
         u"rename), holding the write lock for the whole copy."_s},
    };
}

namespace {

struct Patterns
{
    QRegularExpression concurrently{u"\\bCONCURRENTLY\\b"_s};
    QRegularExpression transactionControl{
        u"^(BEGIN|COMMIT|ROLLBACK|END|START TRANSACTION|SAVEPOINT|RELEASE)\\b"_s};
    QRegularExpression lockTimeout{u"\\bLOCK_TIMEOUT\\b"_s};
    QRegularExpression algorithmSafe{u"\\bALGORITHM ?= ?(INSTANT|INPLACE|NOCOPY)\\b"_s};
    QRegularExpression algorithmCopy{u"\\bALGORITHM ?= ?COPY\\b"_s};
    QRegularExpression createTable{u"^CREATE (TEMPORARY )?TABLE\\b"_s};
    QRegularExpression copyRows{u"^INSERT INTO\\b.*\\bSELECT\\b"_s};
    QRegularExpression addsOrModifies{u"\\b(ADD|MODIFY|CHANGE)\\b"_s};
    QRegularExpression ifExists{u"\\bIF (NOT )?EXISTS\\b"_s};
};

// Statements that can carry IF [NOT] EXISTS in the dialect, as patterns.
QList<QRegularExpression> guardable(const SafetyContext& ctx)
{
    QList<QRegularExpression> list{QRegularExpression(u"^CREATE TABLE\\b"_s),
                                   QRegularExpression(u"^DROP (TABLE|VIEW)\\b"_s)};
    if (ctx.isPostgres() || ctx.plan().dialect == u"mariadb") {
        list.append(QRegularExpression(u"^CREATE (UNIQUE )?INDEX\\b"_s));
        list.append(QRegularExpression(u"^DROP INDEX\\b"_s));
        list.append(QRegularExpression(u"^ALTER TABLE\\b.*\\b(ADD|DROP) COLUMN\\b"_s));
    }
    return list;
}

bool runsOutsideTransaction(const SafetyContext& ctx, int step)
{
    if (ctx.isMySqlFamily())
        return true; // DDL commits implicitly
    return !ctx.plan().transactional || ctx.plan().steps[step].outsideTransaction;
}

const Change* changeOf(const SafetyContext& ctx, int step)
{
    const int index = ctx.plan().steps[step].changeIndex;
    return index >= 0 && index < ctx.changes().changes.size() ? &ctx.changes().changes[index]
                                                              : nullptr;
}

// Why MySQL copies the table for this step's change; empty when it does not.
QString mysqlCopyReason(const SafetyContext& ctx, int step)
{
    const Change* change = changeOf(ctx, step);
    if (!change)
        return {};
    if (change->kind == ObjectKind::Column && change->op == ChangeOp::Alter) {
        const model::Column* before = ctx.fromColumn(*change);
        const model::Column* after = ctx.toColumn(*change);
        if (before && after && change->changed.testFlag(Attribute::Type) &&
            mysqlCopiesTable(before->type, after->type))
            return u"a column type change from %1 to %2"_s.arg(before->type.toString(),
                                                               after->type.toString());
        if (change->changed.testFlag(Attribute::Collation))
            return u"a collation change"_s;
    }
    if (change->kind == ObjectKind::Column && change->op == ChangeOp::Add) {
        const model::Column* after = ctx.toColumn(*change);
        if (after && !after->generatedExpression.isEmpty() && after->generatedStored)
            return u"a stored generated column"_s;
    }
    if (change->kind == ObjectKind::PrimaryKey && change->op == ChangeOp::Drop)
        return u"dropping the primary key"_s;
    if (change->kind == ObjectKind::ForeignKey && change->op == ChangeOp::Add)
        return u"a foreign key added while foreign_key_checks is on"_s;
    if (change->kind == ObjectKind::Check && change->op == ChangeOp::Add)
        return u"a CHECK constraint, which is validated by copying"_s;
    return {};
}

void checkTableCopy(const SafetyContext& ctx, int s, const Patterns& p, Findings& out)
{
    const PlanStep& step = ctx.plan().steps[s];
    QString reason;
    if (ctx.stepMatches(s, p.algorithmCopy)) {
        reason = u"ALGORITHM=COPY"_s;
    } else if (!ctx.stepMatches(s, p.algorithmSafe)) {
        reason = mysqlCopyReason(ctx, s);
        // The planner's own note that the engine copies the table for this object, on the
        // step that adds or modifies it (not the one that drops the old definition).
        if (reason.isEmpty() && !step.objectId.isNull() && ctx.stepMatches(s, p.addsOrModifies)) {
            for (const model::Diagnostic& w : ctx.plan().warnings) {
                if (w.objectId == step.objectId &&
                    w.message.contains(u"cop"_s, Qt::CaseInsensitive)) {
                    out.append(ctx.finding(u"locking/table-copy"_s, ctx.stepPath(s), w.message, s,
                                           step.objectId));
                    return;
                }
            }
        }
    }
    if (reason.isEmpty())
        return;
    out.append(ctx.finding(
        u"locking/table-copy"_s, ctx.stepPath(s),
        u"copies the table for %1 (step \"%2\"); run it in a quiet period or with an "
        u"online schema-change tool (gh-ost, pt-online-schema-change)"_s.arg(reason, step.summary),
        s, step.objectId));
}

void checkRebuild(const SafetyContext& ctx, int s, const Patterns& p, Findings& out)
{
    const Change* change = changeOf(ctx, s);
    if (change && change->kind == ObjectKind::Table && change->op != ChangeOp::Alter)
        return;
    if (!ctx.stepMatches(s, p.createTable) || !ctx.stepMatches(s, p.copyRows))
        return;
    const PlanStep& step = ctx.plan().steps[s];
    out.append(ctx.finding(u"locking/table-rebuild"_s, ctx.stepPath(s),
                           u"rebuilds the table and copies its rows (step \"%1\"); the time "
                           u"grows with the table's size"_s.arg(step.summary),
                           s, step.objectId));
}

} // namespace

void checkExecution(const SafetyContext& ctx, Findings& out)
{
    const Patterns p;
    const Plan& plan = ctx.plan();
    const QList<QRegularExpression> guards = guardable(ctx);
    bool touchesExisting = false;
    bool hasTimeout = false;
    for (const QString& sql : plan.upPrologue)
        hasTimeout = hasTimeout || p.lockTimeout.match(maskSql(sql, false)).hasMatch();
    for (int s = 0; s < plan.steps.size(); ++s) {
        const PlanStep& step = plan.steps[s];
        const QString path = ctx.stepPath(s);
        const bool inTransaction = plan.transactional && !step.outsideTransaction;
        if (inTransaction && ctx.stepMatches(s, p.concurrently))
            out.append(ctx.finding(u"locking/concurrent-in-transaction"_s, path,
                                   u"uses CONCURRENTLY inside the migration's transaction (step "
                                   u"\"%1\"); the step must run outside it"_s.arg(step.summary),
                                   s, step.objectId));
        if (inTransaction && ctx.stepMatches(s, p.transactionControl))
            out.append(ctx.finding(u"locking/transaction-nesting"_s, path,
                                   u"has its own transaction control inside the migration's "
                                   u"transaction (step \"%1\"); remove it"_s.arg(step.summary),
                                   s, step.objectId));
        hasTimeout = hasTimeout || ctx.stepMatches(s, p.lockTimeout);
        const bool existing = ctx.stepOnExistingTable(s);
        touchesExisting = touchesExisting || existing;
        if (runsOutsideTransaction(ctx, s) && !ctx.isSqlite()) {
            for (const QString& sql : ctx.maskedUp(s)) {
                const bool unguarded = std::any_of(guards.cbegin(), guards.cend(),
                                                   [&](const QRegularExpression& g) {
                                                       return g.match(sql).hasMatch();
                                                   }) &&
                                       !p.ifExists.match(sql).hasMatch();
                if (unguarded) {
                    out.append(ctx.finding(
                        u"locking/not-retry-safe"_s, path,
                        u"runs outside a transaction without IF [NOT] EXISTS (step \"%1\"); a "
                        u"retry after a failure stops at it"_s.arg(step.summary),
                        s, step.objectId));
                    break;
                }
            }
        }
        if (ctx.isMySqlFamily() && existing)
            checkTableCopy(ctx, s, p, out);
        if (ctx.isSqlite() && existing)
            checkRebuild(ctx, s, p, out);
    }
    if (ctx.isPostgres() && touchesExisting && !hasTimeout)
        out.append(ctx.finding(u"locking/lock-timeout-missing"_s, QString(),
                               u"the migration alters existing tables without SET lock_timeout; "
                               u"start it with SET lock_timeout = '5s' (and retry on timeout)"_s,
                               -1, core::Id()));
    if (ctx.isMySqlFamily() && plan.steps.size() > 1)
        out.append(ctx.finding(
            u"locking/non-transactional-ddl"_s, QString(),
            u"the migration's %1 steps are committed one by one; keep the down "
            u"migration at hand to finish or undo a partial run"_s.arg(plan.steps.size()),
            -1, core::Id()));
}

} // namespace schemata::migrate
