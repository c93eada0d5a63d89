#include "randomedits.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

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
        {&RandomEdits::addTable, 6},
        {&RandomEdits::dropTable, 1},
        {&RandomEdits::renameTable, 2},
        {&RandomEdits::addColumn, 8},
        {&RandomEdits::dropColumn, 3},
        {&RandomEdits::renameColumn, 3},
        {&RandomEdits::widenType, 3},
        {&RandomEdits::changeNullability, 3},
        {&RandomEdits::changeDefault, 3},
        {&RandomEdits::addIndex, 3},
        {&RandomEdits::dropIndex, 2},
        {&RandomEdits::renameIndex, 2},
        {&RandomEdits::addForeignKey, 3},
        {&RandomEdits::dropForeignKey, 2},
        {&RandomEdits::addCheck, 2},
        {&RandomEdits::dropCheck, 1},
        {&RandomEdits::addUnique, 2},
        {&RandomEdits::dropUnique, 1},
        {&RandomEdits::addEnumColumn, 2},
        {&RandomEdits::appendEnumValue, 2},
        {&RandomEdits::addView, 2},
        {&RandomEdits::dropView, 1},
        {&RandomEdits::addDomain, 2},
        {&RandomEdits::dropDomain, 1},
        {&RandomEdits::renameDomain, 1},
        {&RandomEdits::changeDomainDefault, 1},
        {&RandomEdits::changeDomainNotNull, 1},
        {&RandomEdits::addDomainCheck, 1},
        {&RandomEdits::dropDomainCheck, 1},
        {&RandomEdits::addDomainColumn, 2},
        {&RandomEdits::columnToDomain, 1},
        {&RandomEdits::columnFromDomain, 1},
        {&RandomEdits::widenDomain, 1},
        // Swaps and names taken over from a dropped object: each rarer than any plain
        // edit, together about one edit in six (the enum and domain kinds PostgreSQL only).
        {&RandomEdits::swapTables, 1},
        {&RandomEdits::rotateTables, 1},
        {&RandomEdits::swapColumns, 1},
        {&RandomEdits::swapIndexes, 1},
        {&RandomEdits::swapViews, 1},
        {&RandomEdits::swapEnums, 1},
        {&RandomEdits::swapDomains, 1},
        {&RandomEdits::replaceTable, 1},
        {&RandomEdits::replaceColumn, 1},
        {&RandomEdits::replaceIndex, 1},
        {&RandomEdits::replaceView, 1},
        {&RandomEdits::replaceEnum, 1},
        {&RandomEdits::replaceDomain, 1},
    };
    m_reusedDataNames = false;
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

// Not "id" (the views select it) and not named in a check's expression (which says the
// name verbatim).
bool RandomEdits::renamableColumn(const Table& t, const Column& c) const
{
    if (c.name == u"id")
        return false;
    for (const auto& check : t.checks) {
        if (mentions(check.expression, c.name))
            return false;
    }
    return true;
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
    Column* c = pickColumn(
        m, &t, [&](const Table& tt, const Column& cc) { return renamableColumn(tt, cc); });
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
        if (!cc.type.domainId.isNull())
            return false; // its type is the domain's
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
        if (!cc.type.domainId.isNull())
            return false; // a NOT NULL domain keeps its columns NOT NULL
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

// ---- domains ------------------------------------------------------------------------
// A domain is over integer or varchar(40) (both carry a DEFAULT on every engine); its checks
// hold for every value the sample rows can hold, so an edit never fails on data.

bool RandomEdits::domainUsed(const Model& m, const core::Id& domainId) const
{
    for (const Table& t : m.tables) {
        for (const Column& c : t.columns) {
            if (c.type.domainId == domainId)
                return true;
        }
    }
    return false;
}

model::DomainType* RandomEdits::pickDomain(Model& m,
                                           const std::function<bool(const model::DomainType&)>& ok)
{
    QList<model::DomainType*> candidates;
    for (model::DomainType& d : m.domains) {
        if (ok(d))
            candidates.append(&d);
    }
    return candidates.isEmpty() ? nullptr : candidates.at(pick(int(candidates.size())));
}

QString RandomEdits::addDomain(Model& m)
{
    model::DomainType d;
    d.id = m_ids.next(u"dom");
    d.schemaId = m_schema;
    d.name = name("d");
    const bool integer = pick(2) == 0;
    d.baseType = LogicalType::parse(integer ? u"integer" : u"varchar(40)").value_or(LogicalType{});
    if (pick(2) == 0)
        d.defaultExpression = integer ? QStringLiteral("7") : QStringLiteral("'x'");
    if (pick(2) == 0)
        d.checks.append(
            {m_ids.next(u"dck"), pick(2) == 0 ? QString() : name("dck"),
             integer ? QStringLiteral("VALUE * 0 = 0") : QStringLiteral("length(VALUE) >= 0")});
    m.domains.append(d);
    return QStringLiteral("add domain %1 %2%3%4")
        .arg(d.name, d.baseType.toString(),
             d.defaultExpression.isEmpty() ? QString() : u" default "_s + d.defaultExpression,
             d.checks.isEmpty() ? QString() : u" check "_s + d.checks.first().expression);
}

QString RandomEdits::dropDomain(Model& m)
{
    model::DomainType* d =
        pickDomain(m, [&](const model::DomainType& x) { return !domainUsed(m, x.id); });
    if (!d)
        return {};
    const QString n = d->name;
    const core::Id id = d->id;
    m.domains.removeIf([&](const model::DomainType& x) { return x.id == id; });
    return QStringLiteral("drop domain %1").arg(n);
}

QString RandomEdits::renameDomain(Model& m)
{
    model::DomainType* d = pickDomain(m, [](const model::DomainType&) { return true; });
    if (!d)
        return {};
    const QString old = d->name;
    d->name = name("d");
    return QStringLiteral("rename domain %1 to %2").arg(old, d->name);
}

QString RandomEdits::changeDomainDefault(Model& m)
{
    model::DomainType* d = pickDomain(m, [](const model::DomainType&) { return true; });
    if (!d)
        return {};
    const bool integer = d->baseType.isInteger();
    if (!d->defaultExpression.isEmpty() && pick(2) == 0)
        d->defaultExpression.clear();
    else
        d->defaultExpression = integer ? QString::number(pick(100)) : QStringLiteral("'y'");
    return QStringLiteral("domain %1 default %2")
        .arg(d->name, d->defaultExpression.isEmpty() ? u"none"_s : d->defaultExpression);
}

QString RandomEdits::widenDomain(Model& m)
{
    // integer → bigint, varchar(n) → varchar(n + 20): every value still fits. Its columns
    // repeat the base type; none is in a foreign key (both sides must keep one type).
    model::DomainType* d = pickDomain(m, [&](const model::DomainType& x) {
        if (x.baseType.kind == LogicalType::Kind::BigInt)
            return false;
        for (const Table& t : m.tables) {
            for (const auto& fk : t.foreignKeys) {
                for (const Table& other : m.tables) {
                    for (const Column& c : other.columns) {
                        if (c.type.domainId == x.id &&
                            (fk.columnIds.contains(c.id) || fk.referencedColumnIds.contains(c.id)))
                            return false;
                    }
                }
            }
        }
        return true;
    });
    if (!d)
        return {};
    const QString old = d->baseType.toString();
    if (d->baseType.kind == LogicalType::Kind::Integer)
        d->baseType = LogicalType::parse(u"bigint").value_or(LogicalType{});
    else
        d->baseType.length += 20;
    for (Table& t : m.tables) {
        for (Column& c : t.columns) {
            if (c.type.domainId == d->id) {
                c.type = d->baseType;
                c.type.domainId = d->id;
            }
        }
    }
    return QStringLiteral("widen domain %1 from %2 to %3")
        .arg(d->name, old, d->baseType.toString());
}

QString RandomEdits::changeDomainNotNull(Model& m)
{
    // NOT NULL only over columns that are NOT NULL themselves (no row holds NULL there).
    model::DomainType* d = pickDomain(m, [&](const model::DomainType& x) {
        if (x.notNull)
            return true;
        for (const Table& t : m.tables) {
            for (const Column& c : t.columns) {
                if (c.type.domainId == x.id && (c.nullable || m_mayBeNull.contains(c.id)))
                    return false;
            }
        }
        return true;
    });
    if (!d)
        return {};
    d->notNull = !d->notNull;
    return QStringLiteral("domain %1 %2").arg(d->name, d->notNull ? u"not null"_s : u"null"_s);
}

QString RandomEdits::addDomainCheck(Model& m)
{
    model::DomainType* d =
        pickDomain(m, [](const model::DomainType& x) { return x.checks.size() < 2; });
    if (!d)
        return {};
    const bool integer = d->baseType.isInteger();
    model::CheckConstraint check{m_ids.next(u"dck"), name("dck"),
                                 integer ? QStringLiteral("VALUE >= 0 OR VALUE < 0")
                                         : QStringLiteral("VALUE = VALUE")};
    d->checks.append(check);
    return QStringLiteral("add check %1 (%2) to domain %3")
        .arg(check.name, check.expression, d->name);
}

QString RandomEdits::dropDomainCheck(Model& m)
{
    model::DomainType* d =
        pickDomain(m, [](const model::DomainType& x) { return !x.checks.isEmpty(); });
    if (!d)
        return {};
    const model::CheckConstraint check = d->checks.takeAt(pick(int(d->checks.size())));
    return QStringLiteral("drop check %1 of domain %2")
        .arg(check.name.isEmpty() ? check.expression : check.name, d->name);
}

QString RandomEdits::addDomainColumn(Model& m)
{
    Table* t = pickTable(m, [](const Table&) { return true; });
    model::DomainType* d = pickDomain(
        m, [](const model::DomainType& x) { return !x.notNull || !x.defaultExpression.isEmpty(); });
    if (!t || !d)
        return {};
    // Said NOT NULL on the column too when the domain is (the sample rows follow the column).
    Column c = newColumn(d->baseType.toString(), !d->notNull);
    c.type.domainId = d->id;
    // Existing rows get the domain's default, else NULL.
    if (d->defaultExpression.isEmpty())
        m_mayBeNull.insert(c.id);
    else
        m_sameValue.insert(c.id);
    t->columns.append(c);
    return QStringLiteral("add column %1.%2 of domain %3").arg(t->name, c.name, d->name);
}

QString RandomEdits::columnToDomain(Model& m)
{
    Table* t = nullptr;
    model::DomainType* d = nullptr;
    Column* c = pickColumn(m, &t, [&](const Table& tt, const Column& cc) {
        if (!cc.type.domainId.isNull() || columnUsed(m, tt, cc) ||
            !cc.generatedExpression.isEmpty())
            return false;
        for (const model::DomainType& x : m.domains) {
            if (x.baseType == cc.type &&
                (!x.notNull || (!cc.nullable && !m_mayBeNull.contains(cc.id))))
                return true;
        }
        return false;
    });
    if (!c || !t)
        return {};
    d = pickDomain(m, [&](const model::DomainType& x) {
        return x.baseType == c->type &&
               (!x.notNull || (!c->nullable && !m_mayBeNull.contains(c->id)));
    });
    if (!d)
        return {};
    c->type.domainId = d->id;
    return QStringLiteral("column %1.%2 onto domain %3").arg(t->name, c->name, d->name);
}

QString RandomEdits::columnFromDomain(Model& m)
{
    Table* t = nullptr;
    Column* c = pickColumn(m, &t, [&](const Table& tt, const Column& cc) {
        return !cc.type.domainId.isNull() && !columnUsed(m, tt, cc);
    });
    if (!c || !t)
        return {};
    // The plain base type holds every value the domain held.
    const model::DomainType* d = m.domainType(c->type.domainId);
    const QString from = d ? d->name : c->type.domainId.toString();
    c->type.domainId = {};
    return QStringLiteral("column %1.%2 off domain %3").arg(t->name, c->name, from);
}

} // namespace schemata::enginetest
