// PostgreSQL locking and rewrites: statements that hold a lock blocking reads or writes of
// an existing table for as long as the table takes to scan, index or rewrite. Decided from
// the plan's statements, so the safe forms the planner generates (CONCURRENTLY, NOT VALID
// then VALIDATE, USING INDEX, SET NOT NULL after a validated CHECK) do not fire.
#include "migrate/safetyrulecontext.h"
#include "migrate/safetyrules.h"
#include "migrate/safetyruletypechange.h"

namespace schemata::migrate {

using namespace Qt::StringLiterals;
using Severity = model::Diagnostic::Severity;

QList<SafetyRule> lockingRules()
{
    const QString category = u"locking"_s;
    return {
        {u"locking/index-not-concurrent"_s, category, Severity::Warning,
         u"CREATE INDEX without CONCURRENTLY blocks every write to the table until the index is "
         u"built."_s},
        {u"locking/drop-index-not-concurrent"_s, category, Severity::Warning,
         u"DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock that queues every query "
         u"on the table behind it."_s},
        {u"locking/foreign-key-not-valid"_s, category, Severity::Warning,
         u"Adding a validated foreign key scans the whole table while blocking writes on it and on "
         u"the referenced table."_s},
        {u"locking/check-not-valid"_s, category, Severity::Warning,
         u"Adding a validated CHECK scans the whole table under an ACCESS EXCLUSIVE lock."_s},
        {u"locking/add-primary-key"_s, category, Severity::Warning,
         u"Adding a primary key builds its index under an ACCESS EXCLUSIVE lock, blocking reads "
         u"and writes for the whole build."_s},
        {u"locking/add-unique-constraint"_s, category, Severity::Warning,
         u"Adding a UNIQUE constraint builds its index under an ACCESS EXCLUSIVE lock, blocking "
         u"reads and writes for the whole build."_s},
        {u"locking/set-not-null-scan"_s, category, Severity::Warning,
         u"SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock unless a validated "
         u"CHECK (… IS NOT NULL) already proves it."_s},
        {u"locking/column-type-rewrite"_s, category, Severity::Warning,
         u"Changing a column's type rewrites the table and its indexes under an ACCESS EXCLUSIVE "
         u"lock."_s},
        {u"locking/add-column-rewrite"_s, category, Severity::Warning,
         u"A column with a volatile default, a stored generated expression or an identity "
         u"rewrites the whole table under an ACCESS EXCLUSIVE lock."_s},
        {u"locking/domain-set-not-null-scan"_s, category, Severity::Warning,
         u"ALTER DOMAIN … SET NOT NULL scans every column of the domain in every table using it, "
         u"blocking writes to each table while it does; no CHECK can prove it beforehand."_s},
        {u"locking/domain-rebuild"_s, category, Severity::Warning,
         u"A domain's base type or collation has no ALTER: every column using it is converted "
         u"to the base type and back, rewriting each of those tables under an ACCESS EXCLUSIVE "
         u"lock."_s},
    };
}

namespace {

QRegularExpression re(const QString& pattern)
{
    return QRegularExpression(pattern);
}

struct Patterns
{
    QRegularExpression createIndex = re(u"^CREATE (UNIQUE )?INDEX\\b"_s);
    QRegularExpression dropIndex = re(u"^DROP INDEX\\b"_s);
    QRegularExpression concurrently = re(u"\\bCONCURRENTLY\\b"_s);
    QRegularExpression addForeignKey = re(u"\\bADD (CONSTRAINT \\S+ )?FOREIGN KEY\\b"_s);
    QRegularExpression addCheck = re(u"\\bADD (CONSTRAINT \\S+ )?CHECK\\b"_s);
    QRegularExpression addPrimaryKey = re(u"\\bADD (CONSTRAINT \\S+ )?PRIMARY KEY\\b"_s);
    QRegularExpression addUnique = re(u"\\bADD (CONSTRAINT \\S+ )?UNIQUE\\b"_s);
    QRegularExpression notValid = re(u"\\bNOT VALID\\b"_s);
    QRegularExpression usingIndex = re(u"\\bUSING INDEX\\b"_s);
    QRegularExpression setNotNull = re(u"\\bALTER (COLUMN )?\\S+ SET NOT NULL\\b"_s);
    QRegularExpression notNullCheck = re(u"\\bCHECK \\(.*\\bIS NOT NULL\\b.*\\bNOT VALID\\b"_s);
    QRegularExpression validate = re(u"\\bVALIDATE CONSTRAINT\\b"_s);
    QRegularExpression alterType = re(u"\\bALTER (COLUMN )?\\S+ (SET DATA )?TYPE\\b"_s);
    QRegularExpression addColumn = re(u"\\bADD (COLUMN )?(?!CONSTRAINT\\b)"_s);
    QRegularExpression volatileDefault =
        re(u"\\bDEFAULT\\b.*\\b(RANDOM|GEN_RANDOM_UUID|UUIDV?[47]?|UUID_GENERATE_V[14]|"
           u"CLOCK_TIMESTAMP|TIMEOFDAY|NEXTVAL|TXID_CURRENT|STATEMENT_TIMESTAMP)\\s*\\("_s);
    QRegularExpression storedGenerated = re(u"\\bGENERATED ALWAYS AS \\(.*\\bSTORED\\b"_s);
    QRegularExpression identity =
        re(u"\\bGENERATED (ALWAYS|BY DEFAULT) AS IDENTITY\\b|\\b(SMALL|BIG)?SERIAL\\b"_s);
};

// The steps about the same change or object: the planner splits a safe pattern over a
// step and planner-made follow-ups (changeIndex -1) that run after the transaction.
QList<int> siblingSteps(const SafetyContext& ctx, int step)
{
    const PlanStep& planStep = ctx.plan().steps[step];
    QList<int> steps =
        planStep.changeIndex >= 0 ? ctx.stepsFor(planStep.changeIndex) : QList<int>{step};
    for (int s : ctx.stepsAbout(planStep.objectId)) {
        if (!steps.contains(s))
            steps.append(s);
    }
    return steps;
}

bool typeChangeRewrites(const SafetyContext& ctx, int step)
{
    const int index = ctx.plan().steps[step].changeIndex;
    if (index < 0 || index >= ctx.changes().changes.size())
        return true;
    const Change& change = ctx.changes().changes[index];
    const model::Column* before = ctx.fromColumn(change);
    const model::Column* after = ctx.toColumn(change);
    if (!before || !after)
        return true;
    return postgresRewritesTable(before->type, after->type);
}

// Domain statements touch every table with a column of the domain, whether or not the
// step's own object is a table.
void checkDomainLocking(const SafetyContext& ctx, Findings& out)
{
    const QRegularExpression setNotNull = re(u"^ALTER DOMAIN \\S+ SET NOT NULL$"_s);
    const QList<PlanStep>& steps = ctx.plan().steps;
    for (int s = 0; s < steps.size(); ++s) {
        bool drops = false;
        bool creates = false;
        bool converts = false;
        for (const QString& sql : steps[s].up) {
            if (setNotNull.match(sql).hasMatch())
                out.append(ctx.finding(u"locking/domain-set-not-null-scan"_s, ctx.stepPath(s),
                                       u"sets domain %1 NOT NULL, which checks every column of "
                                       u"the domain under lock; make sure no row holds NULL "
                                       u"there and run it in a quiet window"_s.arg(ctx.stepPath(s)),
                                       s, steps[s].objectId));
            drops = drops || sql.startsWith(u"DROP DOMAIN "_s);
            creates = creates || sql.startsWith(u"CREATE DOMAIN "_s);
            converts = converts || (sql.startsWith(u"ALTER TABLE "_s) && sql.contains(u" TYPE "_s));
        }
        if (drops && creates && converts)
            out.append(ctx.finding(u"locking/domain-rebuild"_s, ctx.stepPath(s),
                                   u"rebuilds domain %1 and converts every column using it, "
                                   u"rewriting those tables; on large tables add a new column, "
                                   u"backfill it in batches and switch over"_s.arg(ctx.stepPath(s)),
                                   s, steps[s].objectId));
    }
}

} // namespace

void checkLocking(const SafetyContext& ctx, Findings& out)
{
    if (!ctx.isPostgres())
        return;
    checkDomainLocking(ctx, out);
    const Patterns p;
    const QList<PlanStep>& steps = ctx.plan().steps;
    for (int s = 0; s < steps.size(); ++s) {
        if (!ctx.stepOnExistingTable(s))
            continue; // a new table is empty: nothing to wait for
        const QString path = ctx.stepPath(s);
        const core::Id& id = steps[s].objectId;
        const auto add = [&](const QString& code, const QString& message) {
            out.append(ctx.finding(code, path, message, s, id));
        };
        for (const QString& sql : ctx.maskedUp(s)) {
            const bool concurrent = p.concurrently.match(sql).hasMatch();
            if (p.createIndex.match(sql).hasMatch() && !concurrent)
                add(u"locking/index-not-concurrent"_s,
                    u"creates index %1 on an existing table without CONCURRENTLY; use CREATE "
                    u"INDEX CONCURRENTLY outside the transaction"_s.arg(path));
            if (p.dropIndex.match(sql).hasMatch() && !concurrent)
                add(u"locking/drop-index-not-concurrent"_s,
                    u"drops index %1 without CONCURRENTLY; use DROP INDEX CONCURRENTLY outside "
                    u"the transaction"_s.arg(path));
            const bool notValid = p.notValid.match(sql).hasMatch();
            if (p.addForeignKey.match(sql).hasMatch() && !notValid)
                add(u"locking/foreign-key-not-valid"_s,
                    u"adds foreign key %1 validated in one statement; add it NOT VALID, then "
                    u"VALIDATE CONSTRAINT in a separate statement"_s.arg(path));
            if (p.addCheck.match(sql).hasMatch() && !notValid)
                add(u"locking/check-not-valid"_s,
                    u"adds check %1 validated in one statement; add it NOT VALID, then VALIDATE "
                    u"CONSTRAINT in a separate statement"_s.arg(path));
            const bool usingIndex = p.usingIndex.match(sql).hasMatch();
            if (p.addPrimaryKey.match(sql).hasMatch() && !usingIndex)
                add(u"locking/add-primary-key"_s,
                    u"adds primary key %1 by building its index under lock; build a unique index "
                    u"CONCURRENTLY, then ADD PRIMARY KEY USING INDEX"_s.arg(path));
            if (p.addUnique.match(sql).hasMatch() && !usingIndex)
                add(u"locking/add-unique-constraint"_s,
                    u"adds unique constraint %1 by building its index under lock; build a unique "
                    u"index CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX"_s.arg(path));
            if (p.setNotNull.match(sql).hasMatch()) {
                const QList<int> siblings = siblingSteps(ctx, s);
                const bool proven = ctx.anyMatches(siblings, p.notNullCheck) &&
                                    ctx.anyMatches(siblings, p.validate);
                if (!proven)
                    add(u"locking/set-not-null-scan"_s,
                        u"sets %1 NOT NULL with a full scan under lock; add CHECK (… IS NOT NULL) "
                        u"NOT VALID, VALIDATE it, then SET NOT NULL"_s.arg(path));
            }
            if (p.alterType.match(sql).hasMatch() && typeChangeRewrites(ctx, s))
                add(u"locking/column-type-rewrite"_s,
                    u"changes the type of %1, which rewrites the table; on a large table add a new "
                    u"column, backfill it in batches and switch over"_s.arg(path));
            if (p.addColumn.match(sql).hasMatch() && sql.startsWith(u"ALTER TABLE"_s)) {
                QString cause;
                if (p.volatileDefault.match(sql).hasMatch())
                    cause = u"a volatile default"_s;
                else if (p.storedGenerated.match(sql).hasMatch())
                    cause = u"a stored generated expression"_s;
                else if (p.identity.match(sql).hasMatch())
                    cause = u"an identity (or serial)"_s;
                if (!cause.isEmpty())
                    add(u"locking/add-column-rewrite"_s,
                        u"adds %1 with %2, which rewrites the table; add it plain, then fill it in "
                        u"batches"_s.arg(path, cause));
            }
        }
    }
}

} // namespace schemata::migrate
