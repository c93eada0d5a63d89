#include "migrate/safetyrulecontext.h"

#include <algorithm>

namespace schemata::migrate {

QString maskSql(QStringView sql, bool backslashEscapes)
{
    QString out;
    out.reserve(sql.size());
    const qsizetype n = sql.size();
    qsizetype i = 0;
    // A quoted run ends at its closing quote; a doubled quote is an escaped quote.
    const auto skipQuoted = [&](QChar close, bool backslash) {
        ++i;
        while (i < n) {
            if (backslash && sql[i] == u'\\' && i + 1 < n) {
                i += 2;
                continue;
            }
            if (sql[i] == close) {
                if (i + 1 < n && sql[i + 1] == close && close != u']') {
                    i += 2;
                    continue;
                }
                ++i;
                return;
            }
            ++i;
        }
    };
    while (i < n) {
        const QChar c = sql[i];
        if (c == u'\'') {
            skipQuoted(c, backslashEscapes);
            out += u" _ ";
        } else if (c == u'"' || c == u'`') {
            skipQuoted(c, false);
            out += u" _ ";
        } else if (c == u'[') {
            skipQuoted(u']', false);
            out += u" _ ";
        } else if (c == u'-' && i + 1 < n && sql[i + 1] == u'-') {
            while (i < n && sql[i] != u'\n')
                ++i;
            out += u' ';
        } else if (c == u'/' && i + 1 < n && sql[i + 1] == u'*') {
            const qsizetype end = sql.indexOf(u"*/", i + 2);
            i = end < 0 ? n : end + 2;
            out += u' ';
        } else if (c == u'$') {
            // PostgreSQL dollar quoting: $$…$$ or $tag$…$tag$.
            qsizetype j = i + 1;
            while (j < n && (sql[j].isLetterOrNumber() || sql[j] == u'_'))
                ++j;
            if (j < n && sql[j] == u'$' && !(j > i + 1 && sql[i + 1].isDigit())) {
                const QStringView tag = sql.mid(i, j - i + 1);
                const qsizetype end = sql.indexOf(tag, j + 1);
                i = end < 0 ? n : end + tag.size();
                out += u" _ ";
            } else {
                out += c;
                ++i;
            }
        } else {
            out += c;
            ++i;
        }
    }
    return out.simplified().toUpper();
}

namespace {

// Every table and table member id → its table, for the lookups the rules make per step.
QHash<core::Id, const model::Table*> ownersOf(const model::Model& model)
{
    QHash<core::Id, const model::Table*> owners;
    for (const model::Table& table : model.tables) {
        owners.insert(table.id, &table);
        for (const model::Column& c : table.columns)
            owners.insert(c.id, &table);
        if (table.primaryKey)
            owners.insert(table.primaryKey->id, &table);
        for (const auto& k : table.uniques)
            owners.insert(k.id, &table);
        for (const auto& c : table.checks)
            owners.insert(c.id, &table);
        for (const auto& f : table.foreignKeys)
            owners.insert(f.id, &table);
        for (const auto& i : table.indexes)
            owners.insert(i.id, &table);
    }
    return owners;
}

} // namespace

SafetyContext::SafetyContext(const ChangeSet& changes, const Plan& plan, const model::Model& from,
                             const model::Model& to, QList<SafetyRule> catalogue)
    : m_changes(changes), m_plan(plan), m_from(from), m_to(to)
{
    for (SafetyRule& rule : catalogue)
        m_rules.insert(rule.code, std::move(rule));
    m_fromOwners = ownersOf(from);
    m_toOwners = ownersOf(to);
    const QList<Change>& all = changes.changes;
    for (int c = 0; c < all.size(); ++c) {
        for (const core::Id& id : {all[c].toId, all[c].fromId}) {
            if (!id.isNull() && !m_changeOfObject.contains(id))
                m_changeOfObject.insert(id, c);
        }
        if (all[c].op == ChangeOp::Drop && all[c].kind == ObjectKind::Table)
            m_droppedTables.insert(all[c].fromId);
    }
    for (int s = 0; s < plan.steps.size(); ++s) {
        const PlanStep& step = plan.steps[s];
        m_stepsOfChange[step.changeIndex].append(s);
        QList<core::Id> objects{step.objectId};
        if (step.changeIndex >= 0 && step.changeIndex < all.size())
            objects << all[step.changeIndex].toId << all[step.changeIndex].fromId;
        for (const core::Id& id : objects) {
            QList<int>& list = m_stepsOfObject[id];
            if (!id.isNull() && (list.isEmpty() || list.constLast() != s))
                list.append(s);
        }
    }
    const bool backslash = isMySqlFamily();
    m_masked.reserve(plan.steps.size());
    for (const PlanStep& step : plan.steps) {
        QStringList masked;
        masked.reserve(step.up.size());
        for (const QString& statement : step.up)
            masked.append(maskSql(statement, backslash));
        m_masked.append(masked);
    }
}

bool SafetyContext::isPostgres() const
{
    return m_plan.dialect == u"postgres" || m_plan.dialect == u"postgresql" ||
           m_plan.dialect == u"pg";
}

bool SafetyContext::isMySqlFamily() const
{
    return m_plan.dialect == u"mysql" || m_plan.dialect == u"mariadb";
}

bool SafetyContext::isSqlite() const
{
    return m_plan.dialect == u"sqlite" || m_plan.dialect == u"sqlite3";
}

QList<int> SafetyContext::stepsFor(int changeIndex) const
{
    QList<int> steps = m_stepsOfChange.value(changeIndex);
    if (!steps.isEmpty() || !isSqlite() || changeIndex < 0 ||
        changeIndex >= m_changes.changes.size())
        return steps;
    // Folded into another change's step (the SQLite rebuild): the step about the same table.
    const Change& change = m_changes.changes[changeIndex];
    if (change.kind == ObjectKind::Table || change.kind == ObjectKind::Schema ||
        change.kind == ObjectKind::Enum || change.kind == ObjectKind::View ||
        change.kind == ObjectKind::Domain || change.kind == ObjectKind::DomainCheck)
        return steps;
    const core::Id tableId = change.toTableId.isNull() ? change.fromTableId : change.toTableId;
    for (int s = 0; s < m_plan.steps.size(); ++s) {
        const PlanStep& step = m_plan.steps[s];
        if (step.objectId.isNull())
            continue;
        if (step.objectId == tableId || step.objectId == change.fromTableId) {
            steps.append(s);
            continue;
        }
        const int other = step.changeIndex;
        if (other >= 0 && other < m_changes.changes.size()) {
            const Change& c = m_changes.changes[other];
            if (c.kind != ObjectKind::Table && !tableId.isNull() &&
                (c.toTableId == tableId || c.fromTableId == change.fromTableId))
                steps.append(s);
        }
    }
    return steps;
}

QList<int> SafetyContext::stepsAbout(const core::Id& objectId) const
{
    return objectId.isNull() ? QList<int>() : m_stepsOfObject.value(objectId);
}

int SafetyContext::firstStepFor(int changeIndex) const
{
    const QList<int> steps = stepsFor(changeIndex);
    return steps.isEmpty() ? -1 : steps.constFirst();
}

const QStringList& SafetyContext::maskedUp(int step) const
{
    static const QStringList kNone;
    return step >= 0 && step < m_masked.size() ? m_masked[step] : kNone;
}

bool SafetyContext::stepMatches(int step, const QRegularExpression& pattern) const
{
    const QStringList& statements = maskedUp(step);
    return std::any_of(statements.cbegin(), statements.cend(),
                       [&](const QString& s) { return pattern.match(s).hasMatch(); });
}

int SafetyContext::firstMatching(const QList<int>& steps, const QRegularExpression& pattern) const
{
    for (int step : steps) {
        if (stepMatches(step, pattern))
            return step;
    }
    return -1;
}

bool SafetyContext::anyMatches(const QList<int>& steps, const QRegularExpression& pattern) const
{
    return firstMatching(steps, pattern) >= 0;
}

const model::Table* SafetyContext::fromTable(const Change& change) const
{
    const core::Id& id = change.kind == ObjectKind::Table ? change.fromId : change.fromTableId;
    return tableIn(m_fromOwners, id);
}

const model::Table* SafetyContext::toTable(const Change& change) const
{
    const core::Id& id = change.kind == ObjectKind::Table ? change.toId : change.toTableId;
    return tableIn(m_toOwners, id);
}

const model::Column* SafetyContext::fromColumn(const Change& change) const
{
    const model::Table* table = fromTable(change);
    return table && change.kind == ObjectKind::Column ? table->column(change.fromId) : nullptr;
}

const model::Column* SafetyContext::toColumn(const Change& change) const
{
    const model::Table* table = toTable(change);
    return table && change.kind == ObjectKind::Column ? table->column(change.toId) : nullptr;
}

bool SafetyContext::tableExisted(const Change& change) const
{
    if (fromTable(change))
        return true;
    // A member added to a table the differ matched by ID: the same id on both sides.
    return change.kind != ObjectKind::Table && !change.toTableId.isNull() &&
           tableIn(m_fromOwners, change.toTableId) != nullptr;
}

bool SafetyContext::tableDropped(const Change& change) const
{
    return !change.fromTableId.isNull() && m_droppedTables.contains(change.fromTableId);
}

const model::Table* SafetyContext::tableIn(const QHash<core::Id, const model::Table*>& owners,
                                           const core::Id& tableId)
{
    const model::Table* table = tableId.isNull() ? nullptr : owners.value(tableId);
    return table && table->id == tableId ? table : nullptr;
}

bool SafetyContext::stepOnExistingTable(int step) const
{
    if (step < 0 || step >= m_plan.steps.size())
        return false;
    const PlanStep& planStep = m_plan.steps[step];
    if (planStep.changeIndex >= 0 && planStep.changeIndex < m_changes.changes.size())
        return tableExisted(m_changes.changes[planStep.changeIndex]);
    // A planner-made step: its object on the old side (or, matched by ID, the same id).
    if (!planStep.objectId.isNull() && m_fromOwners.contains(planStep.objectId))
        return true;
    const model::Table* table = m_toOwners.value(planStep.objectId);
    return table && tableIn(m_fromOwners, table->id);
}

QString SafetyContext::stepPath(int step) const
{
    if (step < 0 || step >= m_plan.steps.size())
        return {};
    const PlanStep& planStep = m_plan.steps[step];
    const QList<Change>& changes = m_changes.changes;
    if (planStep.changeIndex >= 0 && planStep.changeIndex < changes.size())
        return changes[planStep.changeIndex].path;
    if (!planStep.objectId.isNull()) {
        const auto change = m_changeOfObject.constFind(planStep.objectId);
        if (change != m_changeOfObject.cend())
            return changes[*change].path;
        // A planner-made step about a whole table (a SQLite rebuild for an enum change).
        for (const model::Model* model : {&m_to, &m_from}) {
            const auto& owners = model == &m_to ? m_toOwners : m_fromOwners;
            if (const model::Table* table = tableIn(owners, planStep.objectId)) {
                const model::Schema* schema = model->schema(table->schemaId);
                return schema ? schema->name + u'.' + table->name : table->name;
            }
        }
    }
    return planStep.summary;
}

Finding SafetyContext::finding(const QString& code, const QString& path, const QString& message,
                               int step, const core::Id& objectId) const
{
    Finding f;
    const auto rule = m_rules.constFind(code);
    if (rule != m_rules.cend()) {
        f.severity = rule->severity;
        f.category = rule->category;
        f.why = rule->why;
    } else {
        // Every rule is in the catalogue (tst_safetyanalysis checks it); keep the finding
        // rather than drop it if one is not.
        f.category = code.section(u'/', 0, 0);
    }
    f.code = code;
    f.path = path;
    f.message = message;
    f.stepIndex = step;
    f.objectId = objectId;
    return f;
}

} // namespace schemata::migrate
