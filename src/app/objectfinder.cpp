#include "app/objectfinder.h"

#include <algorithm>

namespace schemata::app {

ObjectFinder::ObjectFinder(const model::Model& model)
{
    for (const model::Table& table : model.tables) {
        const model::Schema* schema = model.schema(table.schemaId);
        const QString label = schema ? schema->name + u'.' + table.name : table.name;
        m_entries.append(Entry{FindMatch{table.id, {}, label}, table.name});
    }
    // Columns after all tables, so completions list the tables first.
    for (const model::Table& table : model.tables) {
        for (const model::Column& column : table.columns) {
            const QString label = table.name + u'.' + column.name;
            m_entries.append(Entry{FindMatch{table.id, column.id, label}, column.name});
        }
    }
}

QList<FindMatch> ObjectFinder::find(const QString& query) const
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        return {};
    const bool qualified = q.contains(u'.');
    // 0 exact, 1 prefix, 2 substring, 3 no match.
    const auto rank = [&](const QString& text) {
        if (text.compare(q, Qt::CaseInsensitive) == 0)
            return 0;
        if (text.startsWith(q, Qt::CaseInsensitive))
            return 1;
        if (text.contains(q, Qt::CaseInsensitive))
            return 2;
        return 3;
    };
    struct Ranked
    {
        int rank;
        bool column;
        qsizetype order;
    };
    QList<Ranked> hits;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry& e = m_entries[i];
        // A dotted query names "schema.table" or "table.column"; a plain one a bare
        // name (else "order" would list every column of the order table).
        const int r = qualified ? rank(e.match.label) : rank(e.name);
        if (r < 3)
            hits.append(Ranked{r, !e.match.columnId.isNull(), i});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Ranked& a, const Ranked& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.column != b.column)
            return !a.column;
        return a.order < b.order;
    });
    QList<FindMatch> out;
    out.reserve(hits.size());
    for (const Ranked& h : std::as_const(hits))
        out.append(m_entries[h.order].match);
    return out;
}

QStringList ObjectFinder::completions() const
{
    QStringList out;
    out.reserve(m_entries.size());
    for (const Entry& e : m_entries)
        out.append(e.match.label);
    return out;
}

} // namespace schemata::app
