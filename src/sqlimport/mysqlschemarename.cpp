#include "sqlimport/mysqlschemarename.h"

#include "connect/catalogid.h"

namespace schemata::sqlimport {

namespace {

// catalogId(prefix, {schema, …}) = "<prefix>_<escaped schema>.<escaped rest>".
class IdRenamer
{
public:
    explicit IdRenamer(const QHash<QString, QString>& names)
    {
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            m_escaped.append({escaped(it.key()), escaped(it.value())});
    }

    void operator()(core::Id& id) const
    {
        const QString& text = id.toString();
        const qsizetype underscore = text.indexOf(u'_');
        if (underscore < 0)
            return;
        const QStringView rest = QStringView(text).sliced(underscore + 1);
        for (const auto& [from, to] : m_escaped) {
            if (rest == from || (rest.startsWith(from) && rest.size() > from.size() &&
                                 rest.at(from.size()) == u'.')) {
                id = core::Id(text.left(underscore + 1) + to + rest.sliced(from.size()).toString());
                return;
            }
        }
    }

private:
    static QString escaped(const QString& name)
    {
        return connect::catalogId(u"x", {name}).toString().mid(2);
    }

    QList<std::pair<QString, QString>> m_escaped;
};

} // namespace

void renameCatalogSchemas(model::Model& model, const QHash<QString, QString>& names)
{
    if (names.isEmpty())
        return;
    const IdRenamer rename(names);
    for (model::Schema& s : model.schemas) {
        rename(s.id);
        s.name = names.value(s.name, s.name);
    }
    for (model::EnumType& e : model.enums) {
        rename(e.id);
        rename(e.schemaId);
    }
    for (model::View& v : model.views) {
        rename(v.id);
        rename(v.schemaId);
        // MariaDB qualifies every table in a stored view with its database; the reader
        // strips the view's own, a view over another renamed database keeps the name.
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            v.sql.replace(u'`' + QString(it.key()).replace(u'`', QStringLiteral("``")) +
                              QStringLiteral("`."),
                          u'`' + QString(it.value()).replace(u'`', QStringLiteral("``")) +
                              QStringLiteral("`."));
    }
    const auto renameKey = [&](model::KeyConstraint& k) {
        rename(k.id);
        for (core::Id& c : k.columnIds)
            rename(c);
    };
    for (model::Table& t : model.tables) {
        rename(t.id);
        rename(t.schemaId);
        for (model::Column& c : t.columns) {
            rename(c.id);
            rename(c.type.enumId);
        }
        if (t.primaryKey)
            renameKey(*t.primaryKey);
        for (model::KeyConstraint& k : t.uniques)
            renameKey(k);
        for (model::CheckConstraint& c : t.checks)
            rename(c.id);
        for (model::ForeignKey& fk : t.foreignKeys) {
            rename(fk.id);
            rename(fk.referencedTableId);
            for (core::Id& c : fk.columnIds)
                rename(c);
            for (core::Id& c : fk.referencedColumnIds)
                rename(c);
        }
        for (model::Index& index : t.indexes) {
            rename(index.id);
            for (model::IndexKey& key : index.keys)
                rename(key.columnId);
            for (core::Id& c : index.includeColumnIds)
                rename(c);
        }
    }
}

void renameCatalogSchemas(model::Diagnostics& notes, const QHash<QString, QString>& names)
{
    if (names.isEmpty())
        return;
    const IdRenamer rename(names);
    for (model::Diagnostic& note : notes) {
        rename(note.objectId);
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            if (note.path == it.key() || note.path.startsWith(it.key() + u'.')) {
                note.path = it.value() + note.path.mid(it.key().size());
                break;
            }
        }
    }
}

} // namespace schemata::sqlimport
