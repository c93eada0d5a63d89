// Backward-incompatible changes: the database is fine, but the application version still
// running during and after the deploy (old pods, replicas, reports) breaks on them.
#include "migrate/safetyrulecontext.h"
#include "migrate/safetyrules.h"

namespace schemata::migrate {

using namespace Qt::StringLiterals;
using Severity = model::Diagnostic::Severity;

QList<SafetyRule> backwardIncompatibleRules()
{
    const QString category = u"backward-incompatible"_s;
    return {
        {u"backward-incompatible/rename-table"_s, category, Severity::Warning,
         u"Running code that still uses the old table name fails from the moment the rename "
         u"commits."_s},
        {u"backward-incompatible/rename-column"_s, category, Severity::Warning,
         u"Running code that still uses the old column name fails from the moment the rename "
         u"commits."_s},
        {u"backward-incompatible/rename-view"_s, category, Severity::Warning,
         u"Queries and reports that still use the old view name fail from the moment the rename "
         u"commits."_s},
        {u"backward-incompatible/move-schema"_s, category, Severity::Warning,
         u"Queries that qualify the object with its old schema, or rely on the search path, stop "
         u"finding it."_s},
        {u"backward-incompatible/drop-view"_s, category, Severity::Warning,
         u"Queries and reports that read the view fail once it is gone."_s},
        {u"backward-incompatible/drop-foreign-key"_s, category, Severity::Warning,
         u"The database stops enforcing the relationship: rows written meanwhile may point at "
         u"missing parents, and adding the key back later fails on them."_s},
        {u"backward-incompatible/drop-not-null"_s, category, Severity::Warning,
         u"Code that reads the column may not expect NULL, and once NULLs are written the down "
         u"migration's SET NOT NULL fails."_s},
    };
}

void checkBackwardIncompatible(const SafetyContext& ctx, Findings& out)
{
    const QList<Change>& changes = ctx.changes().changes;
    for (int i = 0; i < changes.size(); ++i) {
        const Change& change = changes[i];
        const int step = ctx.firstStepFor(i);
        const core::Id id = change.toId.isNull() ? change.fromId : change.toId;
        const auto add = [&](const QString& code, const QString& message) {
            out.append(ctx.finding(code, change.path, message, step, id));
        };
        if (change.op == ChangeOp::Rename) {
            if (change.kind == ObjectKind::Table)
                add(u"backward-incompatible/rename-table"_s,
                    u"renames table to %1; deploy code that works with both names first (e.g. "
                    u"through a view with the old name), or add, copy and drop in steps"_s.arg(
                        change.path));
            else if (change.kind == ObjectKind::Column)
                add(u"backward-incompatible/rename-column"_s,
                    u"renames column to %1; add the new column, write both, backfill, switch "
                    u"reads, then drop the old one"_s.arg(change.path));
            else if (change.kind == ObjectKind::View)
                add(u"backward-incompatible/rename-view"_s,
                    u"renames view to %1; keep a view with the old name until nothing reads it"_s
                        .arg(change.path));
            continue;
        }
        if (change.op == ChangeOp::Alter && change.changed.testFlag(Attribute::Schema) &&
            (change.kind == ObjectKind::Table || change.kind == ObjectKind::View ||
             change.kind == ObjectKind::Enum)) {
            add(u"backward-incompatible/move-schema"_s,
                u"moves %1 to another schema; update every query that names the old schema "
                u"first"_s.arg(change.path));
        }
        if (change.op == ChangeOp::Drop && change.kind == ObjectKind::View)
            add(u"backward-incompatible/drop-view"_s,
                u"drops view %1; make sure no query or report still reads it"_s.arg(change.path));
        if (change.op == ChangeOp::Drop && change.kind == ObjectKind::ForeignKey &&
            !ctx.tableDropped(change))
            add(u"backward-incompatible/drop-foreign-key"_s,
                u"drops foreign key %1 while its table stays; make sure the application enforces "
                u"the relationship, or keep the key"_s.arg(change.path));
        if (change.op == ChangeOp::Alter && change.kind == ObjectKind::Column &&
            change.changed.testFlag(Attribute::Nullable)) {
            const model::Column* before = ctx.fromColumn(change);
            const model::Column* after = ctx.toColumn(change);
            if (before && after && !before->nullable && after->nullable)
                add(u"backward-incompatible/drop-not-null"_s,
                    u"makes %1 nullable; make sure every reader handles NULL before any writer "
                    u"stores one"_s.arg(change.path));
        }
    }
}

} // namespace schemata::migrate
