#include "widgets/tableeditor/indexkeystablemodel.h"

#include "app/documentcontroller.h"
#include "model/tableedits.h"
#include "widgets/tableeditor/indexkeytext.h"
#include "widgets/tableeditor/membertablemodel.h"

#include <QFont>
#include <algorithm>

namespace schemata::widgets {

namespace {

const QStringList& sortChoices()
{
    static const QStringList choices{QStringLiteral("asc"), QStringLiteral("desc")};
    return choices;
}

const QStringList& nullsChoices()
{
    // "default" is the engine's order: last for asc, first for desc (PostgreSQL).
    static const QStringList choices{QStringLiteral("default"), QStringLiteral("nulls first"),
                                     QStringLiteral("nulls last")};
    return choices;
}

} // namespace

IndexKeysTableModel::IndexKeysTableModel(app::DocumentController* controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller)
{}

const model::Table* IndexKeysTableModel::table() const
{
    return m_controller->document().model.table(m_tableId);
}

const model::Index* IndexKeysTableModel::shownIndex() const
{
    const model::Table* t = table();
    if (!t || m_indexId.isNull())
        return nullptr;
    const auto it = std::find_if(t->indexes.cbegin(), t->indexes.cend(),
                                 [&](const model::Index& i) { return i.id == m_indexId; });
    return it == t->indexes.cend() ? nullptr : &*it;
}

void IndexKeysTableModel::setIndex(const core::Id& tableId, const core::Id& indexId)
{
    if (tableId == m_tableId && indexId == m_indexId)
        return;
    beginResetModel();
    m_tableId = tableId;
    m_indexId = indexId;
    const model::Index* shown = shownIndex();
    m_rows = shown ? int(shown->keys.size()) : 0;
    endResetModel();
}

void IndexKeysTableModel::refresh()
{
    const model::Index* shown = shownIndex();
    const int rows = shown ? int(shown->keys.size()) : 0;
    if (rows == m_rows) {
        // Same rows: repaint in place so the current cell and an open editor stay.
        if (rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int IndexKeysTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int IndexKeysTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags IndexKeysTableModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                           : Qt::NoItemFlags;
}

QVariant IndexKeysTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Key:
        return tr("Key");
    case Sort:
        return tr("Sort");
    case Nulls:
        return tr("Nulls");
    default:
        return {};
    }
}

QVariant IndexKeysTableModel::data(const QModelIndex& index, int role) const
{
    const model::Index* shown = shownIndex();
    const model::Table* t = table();
    if (!shown || !t || index.row() < 0 || index.row() >= shown->keys.size())
        return {};
    const model::IndexKey& key = shown->keys[index.row()];
    switch (role) {
    case MemberTableModel::EditorRole:
        return int(index.column() == Key ? MemberTableModel::Editor::Text
                                         : MemberTableModel::Editor::Choice);
    case MemberTableModel::ChoicesRole:
        return index.column() == Sort    ? sortChoices()
               : index.column() == Nulls ? nullsChoices()
                                         : QStringList{};
    case Qt::FontRole:
        if (index.column() == Key && key.columnId.isNull()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Key)
            return key.columnId.isNull()
                       ? tr("An expression key (SQL, used verbatim); a column name makes it a "
                            "column key")
                       : tr("A column key; an expression in parentheses makes it an expression "
                            "key");
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Key: {
            model::IndexKey bare = key;
            bare.sort = model::IndexKey::Sort::Asc;
            bare.nulls = model::IndexKey::Nulls::Default;
            return indexKeyText(*t, bare);
        }
        case Sort:
            return sortText(key.sort);
        case Nulls:
            return key.nulls == model::IndexKey::Nulls::Default
                       ? (role == Qt::DisplayRole ? QString() : nullsChoices().first())
                       : nullsText(key.nulls);
        default:
            return {};
        }
    default:
        return {};
    }
}

bool IndexKeysTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const model::Index* shown = shownIndex();
    const model::Table* t = table();
    if (role != Qt::EditRole || !shown || !t || index.row() < 0 ||
        index.row() >= shown->keys.size())
        return false;
    QList<model::IndexKey> keys = shown->keys;
    model::IndexKey& key = keys[index.row()];
    const QString text = value.toString().trimmed();
    QString command;
    switch (index.column()) {
    case Key: {
        const auto parsed = indexKeyFromText(*t, text);
        if (!parsed)
            return report(parsed.error());
        // The order columns set it; a key typed with "desc" in it sets it too.
        const bool typedOrder = parsed.value().sort != model::IndexKey::Sort::Asc ||
                                parsed.value().nulls != model::IndexKey::Nulls::Default;
        key.columnId = parsed.value().columnId;
        key.expression = parsed.value().expression;
        if (typedOrder) {
            key.sort = parsed.value().sort;
            key.nulls = parsed.value().nulls;
        }
        command = tr("Edit Index Key");
        break;
    }
    case Sort:
        if (!sortChoices().contains(text))
            return report(core::Error{text, tr("the sort order is asc or desc")});
        key.sort = text == u"desc" ? model::IndexKey::Sort::Desc : model::IndexKey::Sort::Asc;
        command = tr("Change Index Key Order");
        break;
    case Nulls: {
        const int choice = int(nullsChoices().indexOf(text));
        if (choice < 0)
            return report(core::Error{text, tr("the nulls order is default, first or last")});
        key.nulls = model::IndexKey::Nulls(choice);
        command = tr("Change Index Nulls Order");
        break;
    }
    default:
        return false;
    }
    if (keys == shown->keys)
        return true;
    // Typing one key's text merges into one step; any other edit is a step of its own.
    return apply(command,
                 index.column() == Key ? QStringLiteral("index.key.%1").arg(index.row())
                                       : QString(),
                 keys)
        .ok();
}

core::Result<int> IndexKeysTableModel::addColumnKey()
{
    const model::Index* shown = shownIndex();
    const model::Table* t = table();
    if (!shown || !t || t->columns.isEmpty())
        return core::Error{{}, tr("select an index first")};
    QList<model::IndexKey> keys = shown->keys;
    core::Id column;
    for (const model::Column& c : t->columns) {
        const bool used = std::any_of(keys.cbegin(), keys.cend(),
                                      [&](const model::IndexKey& k) { return k.columnId == c.id; });
        if (column.isNull() && !used)
            column = c.id;
    }
    if (column.isNull()) {
        const core::Error error{shown->name, tr("every column is a key already")};
        report(error);
        return error;
    }
    model::IndexKey key;
    key.columnId = column;
    keys << key;
    if (const core::Status status = apply(tr("Add Index Key"), {}, keys); !status)
        return status.error();
    return int(keys.size()) - 1;
}

core::Result<int> IndexKeysTableModel::addExpressionKey()
{
    const model::Index* shown = shownIndex();
    const model::Table* t = table();
    if (!shown || !t || t->columns.isEmpty())
        return core::Error{{}, tr("select an index first")};
    // A valid expression to start from: the usual case-insensitive lookup on the first
    // text column, else the first column itself.
    const auto text = std::find_if(t->columns.cbegin(), t->columns.cend(),
                                   [](const model::Column& c) { return c.type.isText(); });
    model::IndexKey key;
    key.expression = text != t->columns.cend() ? QStringLiteral("lower(%1)").arg(text->name)
                                               : t->columns.first().name;
    QList<model::IndexKey> keys = shown->keys;
    keys << key;
    if (const core::Status status = apply(tr("Add Index Expression Key"), {}, keys); !status)
        return status.error();
    return int(keys.size()) - 1;
}

core::Status IndexKeysTableModel::removeKey(int row)
{
    const model::Index* shown = shownIndex();
    if (!shown || row < 0 || row >= shown->keys.size())
        return core::Error{{}, tr("no key selected")};
    QList<model::IndexKey> keys = shown->keys;
    keys.removeAt(row);
    // model::updateIndex refuses an index without keys and says so.
    return apply(tr("Delete Index Key"), {}, keys);
}

core::Status IndexKeysTableModel::moveKey(int row, int delta)
{
    const model::Index* shown = shownIndex();
    const int to = row + delta;
    if (!shown || row < 0 || row >= shown->keys.size() || to < 0 || to >= shown->keys.size())
        return core::Error{{}, tr("the key cannot move there")};
    QList<model::IndexKey> keys = shown->keys;
    keys.move(row, to);
    return apply(tr("Move Index Key"), {}, keys);
}

core::Status IndexKeysTableModel::apply(const QString& text, const QString& property,
                                        const QList<model::IndexKey>& keys)
{
    const model::Index* shown = shownIndex();
    if (!shown)
        return core::Error{{}, tr("no index")};
    model::Index next = *shown;
    next.keys = keys;
    const core::Status status =
        m_controller->applyEdit(text, m_indexId, property, [&](document::Document& doc) {
            return model::updateIndex(doc.model, next);
        });
    report(status);
    return status;
}

bool IndexKeysTableModel::report(const core::Status& status)
{
    if (!status)
        Q_EMIT editFailed(status.error().toString());
    return status.ok();
}

} // namespace schemata::widgets
