#include "widgets/tableeditor/indexestablemodel.h"

#include "app/documentcontroller.h"
#include "model/tableedits.h"
#include "widgets/tableeditor/indexkeytext.h"
#include "widgets/tableeditor/typesuggestions.h"

#include <algorithm>

namespace schemata::widgets {

namespace {

const model::Index* findIndex(const model::Table& t, const core::Id& id)
{
    const auto it = std::find_if(t.indexes.cbegin(), t.indexes.cend(),
                                 [&](const model::Index& i) { return i.id == id; });
    return it == t.indexes.cend() ? nullptr : &*it;
}

} // namespace

IndexesTableModel::IndexesTableModel(app::DocumentController* controller, QObject* parent)
    : MemberTableModel(controller, parent)
{}

QList<core::Id> IndexesTableModel::idsOf(const model::Table& table) const
{
    QList<core::Id> ids;
    for (const model::Index& i : table.indexes)
        ids << i.id;
    return ids;
}

QString IndexesTableModel::removeText() const
{
    return tr("Delete Index");
}

bool IndexesTableModel::isCheckColumn(int column) const
{
    return column == Unique;
}

int IndexesTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndexesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Columns:
        return tr("Keys");
    case Unique:
        return tr("Unique");
    case Method:
        return tr("Method");
    case Where:
        return tr("Where");
    case Include:
        return tr("Include");
    default:
        return {};
    }
}

QVariant IndexesTableModel::data(const QModelIndex& index, int role) const
{
    const model::Table* t = table();
    const model::Index* i = t ? findIndex(*t, idAt(index.row())) : nullptr;
    if (!i)
        return {};
    switch (role) {
    case IdRole:
        return i->id.toString();
    case EditorRole:
        return int(index.column() == Method ? Editor::Choice : Editor::Text);
    case ChoicesRole: {
        // The access methods of the document's dialect; the index's own method stays
        // offered (an imported "ivfflat"), so opening the cell never changes it.
        const QString dialect = overrideDialect(m_controller->document());
        QStringList methods{QString()};
        if (dialect == u"postgres")
            methods << QStringLiteral("btree") << QStringLiteral("hash") << QStringLiteral("gin")
                    << QStringLiteral("gist") << QStringLiteral("brin") << QStringLiteral("spgist");
        else if (dialect == u"mysql" || dialect == u"mariadb")
            methods << QStringLiteral("btree") << QStringLiteral("hash");
        if (!methods.contains(i->method))
            methods << i->method;
        return methods;
    }
    case Qt::CheckStateRole:
        return index.column() == Unique ? QVariant(int(i->unique ? Qt::Checked : Qt::Unchecked))
                                        : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Columns)
            return tr("Keys in order, separated by commas: a column name or an expression in "
                      "parentheses, then \"desc\" and \"nulls first\" / \"nulls last\" if wanted");
        if (index.column() == Include)
            return tr("Covering columns stored in the index (INCLUDE), separated by commas");
        if (index.column() == Where)
            return tr("A predicate for a partial index; empty indexes every row");
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Name:
            return i->name;
        case Columns:
            return indexKeysText(*t, i->keys);
        case Include:
            return model::columnNames(*t, i->includeColumnIds);
        case Method:
            return i->method;
        case Where:
            return i->where;
        default:
            return {};
        }
    default:
        return {};
    }
}

bool IndexesTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const model::Table* t = table();
    const model::Index* current = t ? findIndex(*t, idAt(index.row())) : nullptr;
    if (!current)
        return false;
    model::Index next = *current;
    QString text = tr("Edit Index");
    QString property;
    if (role == Qt::CheckStateRole && index.column() == Unique) {
        next.unique = value.toInt() == Qt::Checked;
        text = next.unique ? tr("Make Index Unique") : tr("Make Index Non-unique");
    } else if (role != Qt::EditRole) {
        return false;
    } else if (index.column() == Name) {
        next.name = value.toString().trimmed();
        text = tr("Rename Index");
        property = QStringLiteral("index.name");
    } else if (index.column() == Columns) {
        if (value.toString() == indexKeysText(*t, current->keys))
            return true;
        const auto keys = indexKeysFromText(*t, value.toString());
        if (!keys)
            return report(keys.error());
        next.keys = keys.value();
        text = tr("Change Index Keys");
    } else if (index.column() == Include) {
        next.includeColumnIds.clear();
        if (!value.toString().trimmed().isEmpty()) {
            const auto ids = model::columnIdsFromNames(*t, value.toString());
            if (!ids)
                return report(ids.error());
            next.includeColumnIds = ids.value();
        }
        text = tr("Change Index Include Columns");
    } else if (index.column() == Method) {
        next.method = value.toString().trimmed();
        text = tr("Change Index Method");
    } else if (index.column() == Where) {
        next.where = value.toString().trimmed();
        text = tr("Edit Index Predicate");
        property = QStringLiteral("index.where");
    }
    if (next == *current)
        return true;
    const core::Id id = current->id;
    return edit(text, id, property, [&](model::Model& m) { return model::updateIndex(m, next); })
        .ok();
}

core::Result<core::Id> IndexesTableModel::addMember()
{
    const model::Table* t = table();
    if (!t || t->columns.isEmpty()) {
        const core::Error error{t ? t->name : QString(), tr("add a column before an index")};
        report(error);
        return error;
    }
    // The column being worked on, else the first one outside the primary key.
    core::Id column = t->column(m_preferredColumn) ? m_preferredColumn : core::Id();
    for (const model::Column& c : t->columns) {
        if (column.isNull() && !t->isPrimaryKeyColumn(c.id))
            column = c.id;
    }
    if (column.isNull())
        column = t->columns.first().id;
    const core::Id id = m_controller->newId(u"idx");
    const core::Status status = edit(tr("Add Index"), id, {}, [&](model::Model& m) {
        return model::addIndex(m, m_tableId, id, {column});
    });
    if (!status)
        return status.error();
    return id;
}

} // namespace schemata::widgets
