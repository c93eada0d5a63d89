// Destructive changes: data that the migration deletes and no down migration restores.
#include "migrate/safetyrulecontext.h"
#include "migrate/safetyrules.h"

namespace schemata::migrate {

using namespace Qt::StringLiterals;
using Severity = model::Diagnostic::Severity;

QList<SafetyRule> destructiveRules()
{
    return {
        {u"destructive/drop-schema"_s, u"destructive"_s, Severity::Error,
         u"Every table, view and row in the schema is deleted; only a backup brings them back."_s},
        {u"destructive/drop-table"_s, u"destructive"_s, Severity::Error,
         u"The table's rows are deleted; the down migration recreates an empty table, not the data."_s},
        {u"destructive/drop-column"_s, u"destructive"_s, Severity::Error,
         u"The column's values are deleted from every row, and running code that still reads or "
         u"writes the column fails."_s},
    };
}

void checkDestructive(const SafetyContext& ctx, Findings& out)
{
    const QList<Change>& changes = ctx.changes().changes;
    for (int i = 0; i < changes.size(); ++i) {
        const Change& change = changes[i];
        if (change.op != ChangeOp::Drop)
            continue;
        const int step = ctx.firstStepFor(i);
        switch (change.kind) {
        case ObjectKind::Schema:
            out.append(ctx.finding(
                u"destructive/drop-schema"_s, change.path,
                u"drops schema %1 with everything in it; move what must survive to another schema "
                u"and take a backup before running this"_s.arg(change.path),
                step, change.fromId));
            break;
        case ObjectKind::Table:
            out.append(ctx.finding(
                u"destructive/drop-table"_s, change.path,
                u"drops table %1 with all its rows; once no code reads it, rename it aside in one "
                u"release and drop it in a later one, after a backup"_s.arg(change.path),
                step, change.fromId));
            break;
        case ObjectKind::Column: {
            if (ctx.tableDropped(change))
                break; // reported once, as the table
            // A virtual generated column stores nothing (Atlas DS103 skips it too).
            const model::Column* column = ctx.fromColumn(change);
            if (column && !column->generatedExpression.isEmpty() && !column->generatedStored)
                break;
            out.append(ctx.finding(
                u"destructive/drop-column"_s, change.path,
                u"drops column %1 and its data; stop reading and writing it in the application "
                u"first, then drop it in a later release"_s.arg(change.path),
                step, change.fromId));
            break;
        }
        default:
            break;
        }
    }
}

} // namespace schemata::migrate
