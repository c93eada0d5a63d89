#include "widgets/tableeditor/indexestablemodel.h"

#include "app/documentcontroller.h"
#include "model/tableedits.h"

#include <algorithm>

namespace schemata::widgets {

namespace {

const model::Index* findIndex(const model::Table& t, const core::Id& id)
{
    const auto it = std::find_if(t.indexes.cbegin(), t.indexes.cend(),
                                 [&](const model::Index& i) { return i.id == id; });
    return it == t.indexes.cend() ? nullptr : &*it;
}

// Column keys by name, expression keys in parentheses: "customer_id, (lower(email))".
QString keysText(const model::Table& t, const model::Index& index)
{
    QStringList parts;
    for (const model::IndexKey& key : index.keys) {
        if (!key.columnId.isNull())
            parts << model::columnNames(t, {key.columnId});
        else
            parts << QLatin1Char('(') + key.expression + QLatin1Char(')');
        if (key.sort == model::IndexKey::Sort::Desc)
            parts.last() += QLatin1String(" desc");
    }
    return parts.join(QLatin1String(", "));
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
        return tr("Columns");
    case Unique:
        return tr("Unique");
    case Method:
        return tr("Method");
    case Where:
        return tr("Where");
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
    case ChoicesRole:
        return QStringList{QString(),
                           QStringLiteral("btree"),
                           QStringLiteral("hash"),
                           QStringLiteral("gin"),
                           QStringLiteral("gist"),
                           QStringLiteral("brin")};
    case Qt::CheckStateRole:
        return index.column() == Unique ? QVariant(int(i->unique ? Qt::Checked : Qt::Unchecked))
                                        : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Columns)
            return tr("Key columns in order, separated by commas; add \"desc\" for descending");
        if (index.column() == Where)
            return tr("A predicate for a partial index; empty indexes every row");
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Name:
            return i->name;
        case Columns:
            return keysText(*t, *i);
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
        if (value.toString() == keysText(*t, *current))
            return true;
        // Each part is a column name with an optional "asc"/"desc".
        next.keys.clear();
        for (const QString& part : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QStringList words = part.simplified().split(QLatin1Char(' '));
            model::IndexKey key;
            if (words.size() == 2 &&
                (words[1].compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0 ||
                 words[1].compare(QLatin1String("asc"), Qt::CaseInsensitive) == 0)) {
                if (words[1].compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0)
                    key.sort = model::IndexKey::Sort::Desc;
                words.removeLast();
            }
            const auto ids = model::columnIdsFromNames(*t, words.join(QLatin1Char(' ')));
            if (!ids)
                return report(ids.error());
            key.columnId = ids.value().first();
            // Keep the nulls order a key had before.
            for (const model::IndexKey& old : current->keys) {
                if (old.columnId == key.columnId)
                    key.nulls = old.nulls;
            }
            next.keys << key;
        }
        text = tr("Change Index Columns");
    } else if (index.column() == Method) {
        next.method = value.toString().trimmed();
    } else if (index.column() == Where) {
        next.where = value.toString().trimmed();
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
