#pragma once

// Private helpers of validator.cpp: object paths and SQL name spaces.

#include "core/id.h"

#include <QHash>
#include <QString>

namespace schemata::model::validatorsupport {

// `name` in double quotes, for messages.
QString quoted(const QString& name);

// A name for paths: the object's name, or its id in angle brackets when the name is
// empty (so the path still points somewhere).
QString displayName(const QString& name, const core::Id& id);

// "prefix.name", or just "name" without a prefix.
QString joinPath(const QString& prefix, const QString& name);

// An object path built only when a finding needs it. Most objects have no finding,
// and joining strings for every column, key and index would dominate the run time;
// the two parts are implicitly shared copies, so making a Path allocates nothing.
class Path
{
public:
    Path() = default;
    Path(const QString& parent, const QString& leaf) : m_parent(parent), m_leaf(leaf) {}
    QString toString() const { return joinPath(m_parent, m_leaf); }
    bool isNull() const { return m_leaf.isNull(); } // a default-constructed Path

private:
    QString m_parent;
    QString m_leaf;
};

// One SQL namespace (columns of a table, relations of a schema, …). Remembers the first
// spelling of each case-folded name: an exact repeat is a hard duplicate, a repeat that
// differs only in case collides on engines that fold identifiers (SQLite, MySQL columns).
class NameSpace
{
public:
    enum class Clash { None, Exact, CaseOnly };

    // Registers `name`; when it clashes, `*first` receives the earlier spelling.
    Clash add(const QString& name, QString* first)
    {
        QString& slot = m_names[name.toLower()]; // one hash lookup, inserting if new
        if (slot.isNull()) {
            slot = name;
            return Clash::None;
        }
        *first = slot;
        return slot == name ? Clash::Exact : Clash::CaseOnly;
    }
    // Looks up without registering.
    Clash find(const QString& name, QString* first) const
    {
        const auto it = m_names.constFind(name.toLower());
        if (it == m_names.cend())
            return Clash::None;
        *first = *it;
        return *it == name ? Clash::Exact : Clash::CaseOnly;
    }
    void clear() { m_names.clear(); }

private:
    QHash<QString, QString> m_names;
};

} // namespace schemata::model::validatorsupport
