#include "randomedits.h"

#include <QRegularExpression>

namespace schemata::enginetest {

using model::Column;
using model::ColumnDefault;
using model::LogicalType;
using model::Model;
using model::Table;

namespace {

bool mentions(const QString& sql, const QString& name)
{
    return QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name)))
        .match(sql)
        .hasMatch();
}

bool isInteger(const Column& c)
{
    return c.type.kind == LogicalType::Kind::Integer || c.type.kind == LogicalType::Kind::BigInt;
}

} // namespace

RandomEdits::RandomEdits(quint64 seed, QString dialect)
    : m_random(seed), m_ids(seed), m_dialect(std::move(dialect))
{}

Model RandomEdits::initialModel()
{
    Model m;
    m_schema = m_ids.next(u"sch");
    m.schemas.append({m_schema, QStringLiteral("public"), {}});
    return m;
}

QString RandomEdits::apply(Model& m)
{
    // Weighted: more additions than removals so the model grows to a useful size.
    using Edit = QString (RandomEdits::*)(Model&);
    static const QList<QPair<Edit, int>> edits = {
        {&RandomEdits::addTable, 6},      {&RandomEdits::dropTable, 1},
        {&RandomEdits::renameTable, 2},   {&RandomEdits::addColumn, 8},
        {&RandomEdits::dropColumn, 3},    {&RandomEdits::renameColumn, 3},
        {&RandomEdits::widenType, 3},     {&RandomEdits::changeNullability, 3},
        {&RandomEdits::changeDefault, 3}, {&RandomEdits::addIndex, 3},
        {&RandomEdits::dropIndex, 2},     {&RandomEdits::renameIndex, 2},
        {&RandomEdits::addForeignKey, 3}, {&RandomEdits::dropForeignKey, 2},
        {&RandomEdits::addCheck, 2},      {&RandomEdits::dropCheck, 1},
        {&RandomEdits::addUnique, 2},     {&RandomEdits::dropUnique, 1},
        {&RandomEdits::addEnumColumn, 2}, {&RandomEdits::appendEnumValue, 2},
        {&RandomEdits::addView, 2},       {&RandomEdits::dropView, 1},
    };
    int total = 0;
    for (const auto& e : edits)
        total += e.second;
    int roll = pick(total);
    for (const auto& e : edits) {
        if (roll < e.second)
            return (this->*e.first)(m);
        roll -= e.second;
    }
    return {};
}

Column RandomEdits::newColumn(const QString& type, bool nullable)
{
    Column c;
    c.id = m_ids.next(u"col");
    c.name = name("c");
    c.type = LogicalType::parse(type).value_or(LogicalType{});
    c.nullable = nullable;
    return c;
}

Table* RandomEdits::pickTable(Model& m, const std::function<bool(const Table&)>& ok)
{
    QList<Table*> candidates;
    for (Table& t : m.tables) {
        if (ok(t))
            candidates.append(&t);
    }
    return candidates.isEmpty() ? nullptr : candidates.at(pick(int(candidates.size())));
}

Column* RandomEdits::pickColumn(Model& m, Table** table,
                                const std::function<bool(const Table&, const Column&)>& ok)
{
    QList<QPair<Table*, Column*>> candidates;
    for (Table& t : m.tables) {
        for (Column& c : t.columns) {
            if (ok(t, c))
                candidates.append({&t, &c});
        }
    }
    if (candidates.isEmpty())
        return nullptr;
    const auto chosen = candidates.at(pick(int(candidates.size())));
    *table = chosen.first;
    return chosen.second;
}

bool RandomEdits::columnUsed(const Model& m, const Table& t, const Column& c) const
{
    if (c.name == u"id" || t.isPrimaryKeyColumn(c.id))
        return true;
    for (const auto& u : t.uniques) {
        if (u.columnIds.contains(c.id))
            return true;
    }
    for (const auto& check : t.checks) {
        if (mentions(check.expression, c.name))
            return true;
    }
    for (const auto& index : t.indexes) {
        for (const auto& key : index.keys) {
            if (key.columnId == c.id)
                return true;
        }
    }
    for (const Table& other : m.tables) {
        for (const auto& fk : other.foreignKeys) {
            if (fk.columnIds.contains(c.id) || fk.referencedColumnIds.contains(c.id))
                return true;
        }
    }
    return false;
}

bool RandomEdits::tableHasView(const Model& m, const Table& t) const
{
    for (const auto& v : m.views) {
        if (mentions(v.sql, t.name))
            return true;
    }
    return false;
}

bool RandomEdits::tableReferenced(const Model& m, const Table& t) const
{
    for (const Table& other : m.tables) {
        if (other.id == t.id)
            continue;
        for (const auto& fk : other.foreignKeys) {
            if (fk.referencedTableId == t.id)
                return true;
        }
    }
    return false;
}

// Integer and short varchar columns: indexable on every engine (MariaDB cannot index
// TEXT without a prefix length).
bool RandomEdits::indexable(const Column& c) const
{
    return isInteger(c) ||
           (c.type.kind == LogicalType::Kind::Varchar && c.type.length > 0 && c.type.length <= 200);
}

QString RandomEdits::addTable(Model& m)
{
    Table t;
    t.id = m_ids.next(u"tbl");
    t.schemaId = m_schema;
    t.name = name("t");
    Column id = newColumn(QStringLiteral("integer"), false);
    id.name = QStringLiteral("id");
    t.columns.append(id);
    t.primaryKey =
        model::KeyConstraint{m_ids.next(u"pk"), t.name + QStringLiteral("_pkey"), {id.id}};
    static const QStringList types = {QStringLiteral("varchar(40)"),  QStringLiteral("integer"),
                                      QStringLiteral("text"),         QStringLiteral("bigint"),
                                      QStringLiteral("boolean"),      QStringLiteral("date"),
                                      QStringLiteral("numeric(10,2)")};
    const int extra = 1 + pick(3);
    for (int i = 0; i < extra; ++i)
        t.columns.append(newColumn(types.at(pick(int(types.size()))), pick(2) == 0));
    QStringList described;
    for (const Column& c : std::as_const(t.columns))
        described.append(c.name + u' ' + c.type.toString() +
                         (c.nullable ? QString() : QStringLiteral(" not null")));
    m.tables.append(t);
    return QStringLiteral("add table %1 (%2)").arg(t.name, described.join(QStringLiteral(", ")));
}

QString RandomEdits::dropTable(Model& m)
{
    Table* t =
        pickTable(m, [&](const Table& c) { return !tableReferenced(m, c) && !tableHasView(m, c); });
    if (!t)
        return {};
    const QString n = t->name;
    m.tables.removeIf([&](const Table& x) { return x.id == t->id; });
    return QStringLiteral("drop table %1").arg(n);
}

QString RandomEdits::renameTable(Model& m)
{
    Table* t = pickTable(m, [&](const Table& c) { return !tableHasView(m, c); });
    if (!t)
        return {};
    const QString old = t->name;
    t->name = name("t");
    return QStringLiteral("rename table %1 to %2").arg(old, t->name);
}

QString RandomEdits::addColumn(Model& m)
{
    Table* t = pickTable(m, [](const Table&) { return true; });
    if (!t)
        return {};
    static const QStringList types = {QStringLiteral("varchar(40)"), QStringLiteral("integer"),
                                      QStringLiteral("text"),        QStringLiteral("bigint"),
                                      QStringLiteral("boolean"),     QStringLiteral("date")};
    const QString type = types.at(pick(int(types.size())));
    Column c = newColumn(type, true);
    QString extra;
    const bool withDefault =
        (c.type.kind == LogicalType::Kind::Integer || c.type.kind == LogicalType::Kind::Varchar) &&
        pick(2) == 0;
    if (withDefault) {
        c.defaultValue = {ColumnDefault::Kind::Literal, c.type.kind == LogicalType::Kind::Integer
                                                            ? QStringLiteral("7")
                                                            : QStringLiteral("x")};
        c.nullable = pick(2) == 0; // NOT NULL with a default: existing rows get it
        m_sameValue.insert(c.id);
        extra =
            QStringLiteral(" default %1%2")
                .arg(c.defaultValue.value, c.nullable ? QString() : QStringLiteral(" not null"));
    } else {
        m_mayBeNull.insert(c.id);
    }
    t->columns.append(c);
    return QStringLiteral("add column %1.%2 %3%4").arg(t->name, c.name, type, extra);
}

QString RandomEdits::dropColumn(Model& m)
{
    Table* t = nullptr;
    Column* c = pickColumn(m, &t, [&](const Table& tt, const Column& cc) {
        return !columnUsed(m, tt, cc) && tt.columns.size() > 1;
    });
    if (!c || !t)
        return {};
    const QString d = QStringLiteral("drop column %1.%2").arg(t->name, c->name);
    const core::Id id = c->id;
    t->columns.removeIf([&](const Column& x) { return x.id == id; });
    return d;
}

QString RandomEdits::renameColumn(Model& m)
{
    Table* t = nullptr;
    Column* c = pickColumn(m, &t, [&](const Table& tt, const Column& cc) {
        if (cc.name == u"id")
            return false;
        for (const auto& check : tt.checks) {
            if (mentions(check.expression, cc.name))
                return false;
        }
        return true;
    });
    if (!c || !t)
        return {};
    const QString old = c->name;
    c->name = name("c");
    return QStringLiteral("rename column %1.%2 to %3").arg(t->name, old, c->name);
}

QString RandomEdits::widenType(Model& m)
{
    Table* t = nullptr;
    Column* c = pickColumn(m, &t, [&](const Table& tt, const Column& cc) {
        if (cc.name == u"id")
            return false;
        for (const Table& other : m.tables) {
            for (const auto& fk : other.foreignKeys) {
                if (fk.columnIds.contains(cc.id) || fk.referencedColumnIds.contains(cc.id))
                    return false; // both sides of an FK must keep the same type
            }
        }
        Q_UNUSED(tt);
        return cc.type.kind == LogicalType::Kind::Integer ||
               (cc.type.kind == LogicalType::Kind::Varchar && cc.type.length > 0);
    });
    if (!c || !t)
        return {};
    const QString old = c->type.toString();
    if (c->type.kind == LogicalType::Kind::Integer) {
        c->type = LogicalType::parse(u"bigint").value_or(LogicalType{});
    } else if (!columnUsed(m, *t, *c) && pick(3) == 0) {
        c->type = LogicalType::parse(u"text").value_or(LogicalType{});
    } else {
        c->type.length += 20;
    }
    return QStringLiteral("widen %1.%2 from %3 to %4")
        .arg(t->name, c->name, old, c->type.toString());
}

QString RandomEdits::changeNullability(Model& m)
{
    Table* t = nullptr;
    Column* c = pickColumn(m, &t, [&](const Table& tt, const Column& cc) {
        if (tt.isPrimaryKeyColumn(cc.id) || !cc.generatedExpression.isEmpty())
            return false;
        return cc.nullable ? !m_mayBeNull.contains(cc.id) : true;
    });
    if (!c || !t)
        return {};
    c->nullable = !c->nullable;
    return QStringLiteral("make %1.%2 %3")
        .arg(t->name, c->name,
             c->nullable ? QStringLiteral("nullable") : QStringLiteral("not null"));
}

QString RandomEdits::changeDefault(Model& m)
{
    Table* t = nullptr;
    Column* c = pickColumn(m, &t, [&](const Table& tt, const Column& cc) {
        return !tt.isPrimaryKeyColumn(cc.id) && (cc.type.kind == LogicalType::Kind::Integer ||
                                                 cc.type.kind == LogicalType::Kind::BigInt ||
                                                 cc.type.kind == LogicalType::Kind::Varchar);
    });
    if (!c || !t)
        return {};
    if (c->defaultValue.kind != ColumnDefault::Kind::None && pick(2) == 0) {
        c->defaultValue = {};
        return QStringLiteral("drop default of %1.%2").arg(t->name, c->name);
    }
    const int v = 1 + pick(99);
    c->defaultValue = {ColumnDefault::Kind::Literal,
                       c->type.isInteger() ? QString::number(v) : QStringLiteral("d%1").arg(v)};
    return QStringLiteral("set default of %1.%2 to %3")
        .arg(t->name, c->name, c->defaultValue.value);
}

QString RandomEdits::addIndex(Model& m)
{
    Table* t = nullptr;
    Column* c = pickColumn(m, &t, [&](const Table& tt, const Column& cc) {
        if (!indexable(cc) || cc.name == u"id")
            return false;
        for (const auto& fk : tt.foreignKeys) {
            if (fk.columnIds.contains(cc.id))
                return false; // MariaDB ties an FK to an index; keep them apart
        }
        return true;
    });
    if (!c || !t)
        return {};
    model::Index index;
    index.id = m_ids.next(u"idx");
    index.name = name("ix");
    index.keys = {model::IndexKey{c->id, {}, {}, {}}};
    t->indexes.append(index);
    return QStringLiteral("add index %1 on %2 (%3)").arg(index.name, t->name, c->name);
}

QString RandomEdits::dropIndex(Model& m)
{
    Table* t = pickTable(m, [](const Table& c) { return !c.indexes.isEmpty(); });
    if (!t)
        return {};
    const model::Index index = t->indexes.takeAt(pick(int(t->indexes.size())));
    return QStringLiteral("drop index %1 on %2").arg(index.name, t->name);
}

QString RandomEdits::renameIndex(Model& m)
{
    Table* t = pickTable(m, [](const Table& c) { return !c.indexes.isEmpty(); });
    if (!t)
        return {};
    model::Index& index = t->indexes[pick(int(t->indexes.size()))];
    const QString old = index.name;
    index.name = name("ix");
    return QStringLiteral("rename index %1 on %2 to %3").arg(old, t->name, index.name);
}

QString RandomEdits::addForeignKey(Model& m)
{
    if (m.tables.size() < 2)
        return {};
    Table* from = &m.tables[pick(int(m.tables.size()))];
    const Table* to = &m.tables.at(pick(int(m.tables.size())));
    if (from->id == to->id || !to->primaryKey || to->primaryKey->columnIds.size() != 1)
        return {};
    const Column* target = to->column(to->primaryKey->columnIds.constFirst());
    if (!target)
        return {};
    Column c = newColumn(target->type.toString(), true);
    m_mayBeNull.insert(c.id);
    model::ForeignKey fk;
    fk.id = m_ids.next(u"fk");
    fk.name = name("fk");
    fk.columnIds = {c.id};
    fk.referencedTableId = to->id;
    fk.referencedColumnIds = {target->id};
    if (pick(3) == 0)
        fk.onDelete = model::ReferentialAction::Cascade;
    from->columns.append(c);
    from->foreignKeys.append(fk);
    return QStringLiteral("add column %1.%2 with foreign key %3 to %4(id)")
        .arg(from->name, c.name, fk.name, to->name);
}

QString RandomEdits::dropForeignKey(Model& m)
{
    Table* t = pickTable(m, [](const Table& c) { return !c.foreignKeys.isEmpty(); });
    if (!t)
        return {};
    const model::ForeignKey fk = t->foreignKeys.takeAt(pick(int(t->foreignKeys.size())));
    return QStringLiteral("drop foreign key %1 on %2").arg(fk.name, t->name);
}

QString RandomEdits::addCheck(Model& m)
{
    Table* t = nullptr;
    Column* c = pickColumn(
        m, &t, [](const Table&, const Column& cc) { return isInteger(cc) && cc.name != u"id"; });
    if (!c || !t)
        return {};
    // Every sample value and default is positive, so existing rows satisfy it.
    model::CheckConstraint check{m_ids.next(u"chk"), name("ck"), c->name + QStringLiteral(" >= 0")};
    t->checks.append(check);
    return QStringLiteral("add check %1 on %2 (%3)").arg(check.name, t->name, check.expression);
}

QString RandomEdits::dropCheck(Model& m)
{
    Table* t = pickTable(m, [](const Table& c) { return !c.checks.isEmpty(); });
    if (!t)
        return {};
    const model::CheckConstraint check = t->checks.takeAt(pick(int(t->checks.size())));
    return QStringLiteral("drop check %1 on %2").arg(check.name, t->name);
}

QString RandomEdits::addUnique(Model& m)
{
    Table* t = nullptr;
    Column* c = pickColumn(m, &t, [&](const Table& tt, const Column& cc) {
        if (!indexable(cc) || cc.name == u"id" || m_sameValue.contains(cc.id) ||
            cc.defaultValue.kind != ColumnDefault::Kind::None)
            return false;
        for (const auto& fk : tt.foreignKeys) {
            if (fk.columnIds.contains(cc.id))
                return false;
        }
        for (const auto& u : tt.uniques) {
            if (u.columnIds.contains(cc.id))
                return false;
        }
        return true;
    });
    if (!c || !t)
        return {};
    model::KeyConstraint unique{m_ids.next(u"uq"), name("uq"), {c->id}};
    t->uniques.append(unique);
    return QStringLiteral("add unique %1 on %2 (%3)").arg(unique.name, t->name, c->name);
}

QString RandomEdits::dropUnique(Model& m)
{
    Table* t = pickTable(m, [](const Table& c) { return !c.uniques.isEmpty(); });
    if (!t)
        return {};
    const model::KeyConstraint unique = t->uniques.takeAt(pick(int(t->uniques.size())));
    return QStringLiteral("drop unique %1 on %2").arg(unique.name, t->name);
}

QString RandomEdits::addEnumColumn(Model& m)
{
    Table* t = pickTable(m, [](const Table&) { return true; });
    if (!t)
        return {};
    model::EnumType e{
        m_ids.next(u"enm"), m_schema, name("e"), {QStringLiteral("a"), QStringLiteral("b")}, {}};
    m.enums.append(e);
    Column c = newColumn(QStringLiteral("text"), true);
    c.type.kind = LogicalType::Kind::Enum;
    c.type.enumId = e.id;
    m_mayBeNull.insert(c.id);
    t->columns.append(c);
    return QStringLiteral("add enum %1 ('a', 'b') and column %2.%3 of it")
        .arg(e.name, t->name, c.name);
}

QString RandomEdits::appendEnumValue(Model& m)
{
    if (m.enums.isEmpty())
        return {};
    model::EnumType& e = m.enums[pick(int(m.enums.size()))];
    const QString value = QStringLiteral("v%1").arg(++m_names);
    e.values.append(value);
    return QStringLiteral("append value '%1' to enum %2").arg(value, e.name);
}

QString RandomEdits::addView(Model& m)
{
    Table* t = pickTable(m, [](const Table&) { return true; });
    if (!t)
        return {};
    model::View v{m_ids.next(u"viw"),
                  m_schema,
                  name("v"),
                  QStringLiteral("SELECT id FROM %1").arg(t->name),
                  {}};
    m.views.append(v);
    return QStringLiteral("add view %1 as %2").arg(v.name, v.sql);
}

QString RandomEdits::dropView(Model& m)
{
    if (m.views.isEmpty())
        return {};
    const model::View v = m.views.takeAt(pick(int(m.views.size())));
    return QStringLiteral("drop view %1").arg(v.name);
}

} // namespace schemata::enginetest
