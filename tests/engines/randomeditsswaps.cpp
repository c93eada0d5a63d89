// RandomEdits: swaps of two names, a 3-cycle of table names, and a name taken over from an
// object the same edit drops. The planner must send a swap or cycle through a temporary
// name (orderRenames) and free a name before another object takes it, so these edits
// reuse names on purpose; every other edit takes a fresh one. Apart from randomedits.cpp
// so that file stays readable; same class.
#include "randomedits.h"

using namespace Qt::StringLiterals;

namespace schemata::enginetest {

using model::Column;
using model::Model;
using model::Table;

QList<int> RandomEdits::pickDistinct(int size, int count)
{
    if (size < count)
        return {};
    QList<int> all;
    for (int i = 0; i < size; ++i)
        all.append(i);
    QList<int> out;
    for (int i = 0; i < count; ++i)
        out.append(all.takeAt(pick(int(all.size()))));
    return out;
}

namespace {

// Tables a rename may touch: no view names them (a view's SQL says the name verbatim).
QList<Table*> renamableTables(Model& m, const std::function<bool(const Table&)>& hasView)
{
    QList<Table*> out;
    for (Table& t : m.tables) {
        if (!hasView(t))
            out.append(&t);
    }
    return out;
}

} // namespace

QString RandomEdits::swapTables(Model& m)
{
    const QList<Table*> tables =
        renamableTables(m, [&](const Table& t) { return tableHasView(m, t); });
    const QList<int> two = pickDistinct(int(tables.size()), 2);
    if (two.isEmpty())
        return {};
    Table* a = tables.at(two.at(0));
    Table* b = tables.at(two.at(1));
    std::swap(a->name, b->name);
    m_reusedDataNames = true;
    return QStringLiteral("swap table names %1 and %2").arg(b->name, a->name);
}

QString RandomEdits::rotateTables(Model& m)
{
    const QList<Table*> tables =
        renamableTables(m, [&](const Table& t) { return tableHasView(m, t); });
    const QList<int> three = pickDistinct(int(tables.size()), 3);
    if (three.isEmpty())
        return {};
    Table* a = tables.at(three.at(0));
    Table* b = tables.at(three.at(1));
    Table* c = tables.at(three.at(2));
    const QString an = a->name;
    const QString bn = b->name;
    const QString cn = c->name;
    a->name = bn;
    b->name = cn;
    c->name = an;
    m_reusedDataNames = true;
    return QStringLiteral("rotate table names %1 -> %2 -> %3 -> %1").arg(an, bn, cn);
}

QString RandomEdits::swapColumns(Model& m)
{
    Table* t = pickTable(m, [&](const Table& x) {
        int renamable = 0;
        for (const Column& c : x.columns)
            renamable += renamableColumn(x, c) ? 1 : 0;
        return renamable >= 2;
    });
    if (!t)
        return {};
    QList<Column*> columns;
    for (Column& c : t->columns) {
        if (renamableColumn(*t, c))
            columns.append(&c);
    }
    const QList<int> two = pickDistinct(int(columns.size()), 2);
    if (two.isEmpty())
        return {};
    Column* a = columns.at(two.at(0));
    Column* b = columns.at(two.at(1));
    std::swap(a->name, b->name);
    m_reusedDataNames = true;
    return QStringLiteral("swap column names %1.%2 and %1.%3").arg(t->name, b->name, a->name);
}

QString RandomEdits::swapIndexes(Model& m)
{
    Table* t = pickTable(m, [](const Table& x) { return x.indexes.size() >= 2; });
    if (!t)
        return {};
    const QList<int> two = pickDistinct(int(t->indexes.size()), 2);
    model::Index& a = t->indexes[two.at(0)];
    model::Index& b = t->indexes[two.at(1)];
    std::swap(a.name, b.name);
    return QStringLiteral("swap index names %1 and %2 on %3").arg(b.name, a.name, t->name);
}

QString RandomEdits::swapViews(Model& m)
{
    const QList<int> two = pickDistinct(int(m.views.size()), 2);
    if (two.isEmpty())
        return {};
    model::View& a = m.views[two.at(0)];
    model::View& b = m.views[two.at(1)];
    std::swap(a.name, b.name);
    return QStringLiteral("swap view names %1 and %2").arg(b.name, a.name);
}

QString RandomEdits::swapEnums(Model& m)
{
    // PostgreSQL only: elsewhere an enum is a column's inline type and has no name.
    if (m_dialect != u"postgres")
        return {};
    const QList<int> two = pickDistinct(int(m.enums.size()), 2);
    if (two.isEmpty())
        return {};
    model::EnumType& a = m.enums[two.at(0)];
    model::EnumType& b = m.enums[two.at(1)];
    std::swap(a.name, b.name);
    return QStringLiteral("swap enum names %1 and %2").arg(b.name, a.name);
}

QString RandomEdits::swapDomains(Model& m)
{
    if (m_dialect != u"postgres")
        return {};
    const QList<int> two = pickDistinct(int(m.domains.size()), 2);
    if (two.isEmpty())
        return {};
    model::DomainType& a = m.domains[two.at(0)];
    model::DomainType& b = m.domains[two.at(1)];
    std::swap(a.name, b.name);
    return QStringLiteral("swap domain names %1 and %2").arg(b.name, a.name);
}

// ---- a name taken over from a dropped object ----------------------------------------

QString RandomEdits::replaceTable(Model& m)
{
    const QList<Table*> tables =
        renamableTables(m, [&](const Table& t) { return tableHasView(m, t); });
    QList<Table*> droppable;
    for (Table* t : tables) {
        if (!tableReferenced(m, *t))
            droppable.append(t);
    }
    if (droppable.isEmpty() || tables.size() < 2)
        return {};
    const Table* gone = droppable.at(pick(int(droppable.size())));
    Table* heir = tables.at(pick(int(tables.size())));
    if (heir->id == gone->id)
        return {};
    const QString old = heir->name;
    const QString name = gone->name;
    const core::Id goneId = gone->id;
    m.tables.removeIf([&](const Table& x) { return x.id == goneId; });
    for (Table& t : m.tables) { // `heir` may have moved in the list
        if (t.name == old)
            t.name = name;
    }
    m_reusedDataNames = true;
    return QStringLiteral("drop table %1 and rename table %2 to %1").arg(name, old);
}

QString RandomEdits::replaceColumn(Model& m)
{
    // The dropped column is one dropColumn could drop; the heir one renameColumn could rename.
    Table* t = pickTable(m, [&](const Table& x) {
        if (x.columns.size() < 3)
            return false;
        for (const Column& c : x.columns) {
            if (!columnUsed(m, x, c))
                return true;
        }
        return false;
    });
    if (!t)
        return {};
    QList<core::Id> droppable;
    QList<core::Id> renamable;
    for (const Column& c : std::as_const(t->columns)) {
        if (!columnUsed(m, *t, c))
            droppable.append(c.id);
        if (renamableColumn(*t, c))
            renamable.append(c.id);
    }
    if (droppable.isEmpty() || renamable.isEmpty())
        return {};
    const core::Id goneId = droppable.at(pick(int(droppable.size())));
    const core::Id heirId = renamable.at(pick(int(renamable.size())));
    if (goneId == heirId)
        return {};
    const Column* goneColumn = t->column(goneId);
    if (!goneColumn)
        return {};
    const QString name = goneColumn->name;
    t->columns.removeIf([&](const Column& x) { return x.id == goneId; });
    Column* heir = nullptr;
    for (Column& c : t->columns) {
        if (c.id == heirId)
            heir = &c;
    }
    if (!heir)
        return {};
    const QString old = heir->name;
    heir->name = name;
    m_reusedDataNames = true;
    return QStringLiteral("drop column %1.%2 and rename column %1.%3 to %2")
        .arg(t->name, name, old);
}

QString RandomEdits::replaceIndex(Model& m)
{
    Table* t = pickTable(m, [](const Table& x) { return x.indexes.size() >= 2; });
    if (!t)
        return {};
    const QList<int> two = pickDistinct(int(t->indexes.size()), 2);
    const QString name = t->indexes.at(two.at(0)).name;
    const QString old = t->indexes.at(two.at(1)).name;
    t->indexes[two.at(1)].name = name;
    t->indexes.removeAt(two.at(0));
    return QStringLiteral("drop index %1 and rename index %2 to %1 on %3").arg(name, old, t->name);
}

QString RandomEdits::replaceView(Model& m)
{
    const QList<int> two = pickDistinct(int(m.views.size()), 2);
    if (two.isEmpty())
        return {};
    const QString name = m.views.at(two.at(0)).name;
    const QString old = m.views.at(two.at(1)).name;
    m.views[two.at(1)].name = name;
    m.views.removeAt(two.at(0));
    return QStringLiteral("drop view %1 and rename view %2 to %1").arg(name, old);
}

QString RandomEdits::replaceEnum(Model& m)
{
    if (m_dialect != u"postgres")
        return {};
    // Only an enum no column uses is dropped (the generator's domains are never over one).
    QList<int> unused;
    for (int i = 0; i < m.enums.size(); ++i) {
        bool used = false;
        for (const Table& t : std::as_const(m.tables)) {
            for (const Column& c : t.columns)
                used = used || (c.type.kind == model::LogicalType::Kind::Enum &&
                                c.type.enumId == m.enums.at(i).id);
        }
        if (!used)
            unused.append(i);
    }
    if (unused.isEmpty() || m.enums.size() < 2)
        return {};
    const int gone = unused.at(pick(int(unused.size())));
    const int heir = pick(int(m.enums.size()));
    if (gone == heir)
        return {};
    const QString name = m.enums.at(gone).name;
    const QString old = m.enums.at(heir).name;
    m.enums[heir].name = name;
    m.enums.removeAt(gone);
    return QStringLiteral("drop enum %1 and rename enum %2 to %1").arg(name, old);
}

QString RandomEdits::replaceDomain(Model& m)
{
    if (m_dialect != u"postgres")
        return {};
    QList<int> unused;
    for (int i = 0; i < m.domains.size(); ++i) {
        if (!domainUsed(m, m.domains.at(i).id))
            unused.append(i);
    }
    if (unused.isEmpty() || m.domains.size() < 2)
        return {};
    const int gone = unused.at(pick(int(unused.size())));
    const int heir = pick(int(m.domains.size()));
    if (gone == heir)
        return {};
    const QString name = m.domains.at(gone).name;
    const QString old = m.domains.at(heir).name;
    m.domains[heir].name = name;
    m.domains.removeAt(gone);
    return QStringLiteral("drop domain %1 and rename domain %2 to %1").arg(name, old);
}

} // namespace schemata::enginetest
