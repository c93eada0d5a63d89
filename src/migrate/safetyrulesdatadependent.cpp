// Data-dependent changes: whether they succeed, or what they do, depends on the rows
// already in the table. No rewrite of the statements makes them safe; only knowing the
// data (or cleaning it first) does.
#include "migrate/safetyrulecontext.h"
#include "migrate/safetyrules.h"
#include "migrate/safetyruletypechange.h"

namespace schemata::migrate {

using namespace Qt::StringLiterals;
using Severity = model::Diagnostic::Severity;

QList<SafetyRule> dataDependentRules()
{
    const QString category = u"data-dependent"_s;
    return {
        {u"data-dependent/add-required-column"_s, category, Severity::Error,
         u"A NOT NULL column without a default has no value for the rows already there."_s},
        {u"data-dependent/backfill-value"_s, category, Severity::Warning,
         u"The plan's backfill writes one value into every existing row; a placeholder becomes "
         u"real data unless it is replaced with the value the rows should hold."_s},
        {u"data-dependent/set-not-null"_s, category, Severity::Warning,
         u"The change fails if any existing row holds NULL in the column."_s},
        {u"data-dependent/add-unique"_s, category, Severity::Warning,
         u"The change fails if existing rows already hold duplicate values."_s},
        {u"data-dependent/add-check"_s, category, Severity::Warning,
         u"The change fails if existing rows violate the new condition."_s},
        {u"data-dependent/add-foreign-key"_s, category, Severity::Warning,
         u"The change fails if existing rows reference parent rows that do not exist."_s},
        {u"data-dependent/type-narrowing"_s, category, Severity::Warning,
         u"Existing values that do not fit the narrower type make the change fail, or are "
         u"truncated or rounded, and the down migration cannot bring them back."_s},
        {u"data-dependent/type-cast"_s, category, Severity::Warning,
         u"Converting between type families fails on values without a valid conversion and "
         u"can change what the values mean."_s},
        {u"data-dependent/enum-value-removed"_s, category, Severity::Warning,
         u"Rows holding a removed enum value make the change fail (or, in MySQL's non-strict "
         u"mode, become empty strings)."_s},
    };
}

namespace {

const QRegularExpression& updateStatement()
{
    static const QRegularExpression re(u"^UPDATE\\b"_s);
    return re;
}

template <typename List> const auto* findById(const List& list, const core::Id& id)
{
    for (const auto& item : list) {
        if (item.id == id)
            return &item;
    }
    return static_cast<const typename List::value_type*>(nullptr);
}

void checkColumn(const SafetyContext& ctx, int index, const Change& change, Findings& out)
{
    const int step = ctx.firstStepFor(index);
    const model::Column* after = ctx.toColumn(change);
    if (!after || !ctx.tableExisted(change))
        return;
    const bool backfilled = ctx.anyMatches(ctx.stepsFor(index), updateStatement());
    if (change.op == ChangeOp::Add) {
        const bool required =
            !after->nullable && after->defaultValue.kind == model::ColumnDefault::Kind::None &&
            after->identity == model::Identity::None && after->generatedExpression.isEmpty();
        if (!required)
            return;
        if (backfilled) {
            out.append(ctx.finding(
                u"data-dependent/backfill-value"_s, change.path,
                u"adds NOT NULL column %1 and fills the existing rows with the "
                u"plan's backfill value; review the UPDATE before running it"_s.arg(change.path),
                ctx.firstMatching(ctx.stepsFor(index), updateStatement()), change.toId));
            return;
        }
        const QString effect =
            ctx.isMySqlFamily()
                ? u"MySQL fills the existing rows with the type's implicit default (0, '', a zero "
                  u"date) without telling anyone"_s
                : u"the statement fails on any table that has rows"_s;
        out.append(ctx.finding(
            u"data-dependent/add-required-column"_s, change.path,
            u"adds NOT NULL column %1 without a default: %2; add it with a "
            u"default, or nullable, backfill it, then set NOT NULL"_s.arg(change.path, effect),
            step, change.toId));
        return;
    }
    if (change.op != ChangeOp::Alter)
        return;
    const model::Column* before = ctx.fromColumn(change);
    if (!before)
        return;
    if (change.changed.testFlag(Attribute::Nullable) && before->nullable && !after->nullable) {
        if (backfilled)
            out.append(ctx.finding(
                u"data-dependent/backfill-value"_s, change.path,
                u"makes %1 NOT NULL after filling its NULLs with the plan's "
                u"backfill value; review the UPDATE before running it"_s.arg(change.path),
                ctx.firstMatching(ctx.stepsFor(index), updateStatement()), change.toId));
        else
            out.append(ctx.finding(u"data-dependent/set-not-null"_s, change.path,
                                   u"makes %1 NOT NULL; update the rows where it is NULL first (or "
                                   u"give the migration a backfill)"_s.arg(change.path),
                                   step, change.toId));
    }
    if (!change.changed.testFlag(Attribute::Type))
        return;
    // SQLite stores any value in any column and ignores lengths: only conversions of
    // affinity matter there.
    if (ctx.isSqlite() && before->type.isText() && after->type.isText())
        return;
    const TypeChange kind = classifyTypeChange(before->type, after->type);
    if (kind == TypeChange::Narrowing) {
        out.append(ctx.finding(
            u"data-dependent/type-narrowing"_s, change.path,
            u"narrows %1 from %2 to %3; check the longest/largest stored "
            u"value first"_s.arg(change.path, before->type.toString(), after->type.toString()),
            step, change.toId));
    } else if (kind == TypeChange::Cast) {
        out.append(ctx.finding(u"data-dependent/type-cast"_s, change.path,
                               u"converts %1 from %2 to %3; consider a new column filled by the "
                               u"application, then switch over"_s.arg(
                                   change.path, before->type.toString(), after->type.toString()),
                               step, change.toId));
    }
}

void checkKey(const SafetyContext& ctx, int index, const Change& change, Findings& out)
{
    const model::Table* table = ctx.toTable(change);
    if (!table || !ctx.tableExisted(change))
        return;
    bool unique = false;
    if (change.kind == ObjectKind::Index) {
        const model::Index* after = findById(table->indexes, change.toId);
        if (!after || !after->unique)
            return;
        unique = change.op == ChangeOp::Add ||
                 (change.op == ChangeOp::Alter &&
                  (change.changed &
                   (Attribute::Unique | Attribute::Columns | Attribute::Keys | Attribute::Where)));
    } else {
        unique = change.op == ChangeOp::Add ||
                 (change.op == ChangeOp::Alter && change.changed.testFlag(Attribute::Columns));
    }
    if (!unique)
        return;
    const QString what = change.kind == ObjectKind::PrimaryKey ? u"primary key"_s
                         : change.kind == ObjectKind::Index    ? u"unique index"_s
                                                               : u"unique constraint"_s;
    out.append(
        ctx.finding(u"data-dependent/add-unique"_s, change.path,
                    u"adds %1 %2 to a table that may hold rows; look for duplicates (GROUP "
                    u"BY … HAVING count(*) > 1) and resolve them first"_s.arg(what, change.path),
                    ctx.firstStepFor(index), change.toId));
}

void checkConstraint(const SafetyContext& ctx, int index, const Change& change, Findings& out)
{
    if (!ctx.tableExisted(change))
        return;
    if (change.kind == ObjectKind::Check &&
        (change.op == ChangeOp::Add ||
         (change.op == ChangeOp::Alter && change.changed.testFlag(Attribute::Expression)))) {
        out.append(ctx.finding(u"data-dependent/add-check"_s, change.path,
                               u"adds check %1 to a table that may hold rows; count the rows that "
                               u"violate it first"_s.arg(change.path),
                               ctx.firstStepFor(index), change.toId));
    }
    if (change.kind == ObjectKind::ForeignKey &&
        (change.op == ChangeOp::Add ||
         (change.op == ChangeOp::Alter &&
          (change.changed & (Attribute::Columns | Attribute::Reference))))) {
        out.append(ctx.finding(
            u"data-dependent/add-foreign-key"_s, change.path,
            u"adds foreign key %1 to a table that may hold rows; find orphaned "
            u"rows (LEFT JOIN the parent, WHERE parent IS NULL) first"_s.arg(change.path),
            ctx.firstStepFor(index), change.toId));
    }
}

void checkEnum(const SafetyContext& ctx, int index, const Change& change, Findings& out)
{
    if (change.op != ChangeOp::Alter || !change.changed.testFlag(Attribute::Values))
        return;
    const model::EnumType* before = ctx.from().enumType(change.fromId);
    const model::EnumType* after = ctx.to().enumType(change.toId);
    if (!before || !after)
        return;
    QStringList removed;
    for (const QString& value : before->values) {
        if (!after->values.contains(value))
            removed.append(value);
    }
    if (removed.isEmpty())
        return;
    out.append(ctx.finding(u"data-dependent/enum-value-removed"_s, change.path,
                           u"removes value(s) %1 from enum %2; update the rows that hold them "
                           u"first"_s.arg(removed.join(u", "_s), change.path),
                           ctx.firstStepFor(index), change.toId));
}

} // namespace

void checkDataDependent(const SafetyContext& ctx, Findings& out)
{
    const QList<Change>& changes = ctx.changes().changes;
    for (int i = 0; i < changes.size(); ++i) {
        const Change& change = changes[i];
        switch (change.kind) {
        case ObjectKind::Column:
            checkColumn(ctx, i, change, out);
            break;
        case ObjectKind::PrimaryKey:
        case ObjectKind::Unique:
        case ObjectKind::Index:
            checkKey(ctx, i, change, out);
            break;
        case ObjectKind::Check:
        case ObjectKind::ForeignKey:
            checkConstraint(ctx, i, change, out);
            break;
        case ObjectKind::Enum:
            checkEnum(ctx, i, change, out);
            break;
        default:
            break;
        }
    }
}

} // namespace schemata::migrate
