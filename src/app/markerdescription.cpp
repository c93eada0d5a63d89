#include "app/markerdescription.h"

#include <QCoreApplication>

namespace schemata::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MarkerDescription", text);
}

QString columnList(const model::Table& table, const QList<core::Id>& ids)
{
    QStringList names;
    for (const core::Id& id : ids) {
        const model::Column* c = table.column(id);
        names.append(c ? c->name : id.toString());
    }
    return names.join(QStringLiteral(", "));
}

QString indexKeys(const model::Table& table, const model::Index& index)
{
    QStringList keys;
    for (const model::IndexKey& key : index.keys) {
        QString text;
        if (!key.columnId.isNull()) {
            const model::Column* c = table.column(key.columnId);
            text = c ? c->name : key.columnId.toString();
        } else {
            text = key.expression;
        }
        if (key.sort == model::IndexKey::Sort::Desc)
            text += QStringLiteral(" DESC");
        keys.append(text);
    }
    return keys.join(QStringLiteral(", "));
}

QString describeIndex(const model::Table& table, const model::Index& index)
{
    QString line = (index.unique ? tr("UNIQUE INDEX %1 (%2)") : tr("INDEX %1 (%2)"))
                       .arg(index.name.isEmpty() ? tr("(unnamed)") : index.name,
                            indexKeys(table, index));
    if (!index.method.isEmpty())
        line += QStringLiteral(" USING ") + index.method;
    if (!index.where.isEmpty())
        line += QStringLiteral(" WHERE ") + index.where;
    return line;
}

bool indexCovers(const model::Index& index, const core::Id& columnId)
{
    for (const model::IndexKey& key : index.keys) {
        if (key.columnId == columnId)
            return true;
    }
    return index.includeColumnIds.contains(columnId);
}

} // namespace

QStringList describeColumnMarkers(const model::Model& model, const model::Table& table,
                                  const core::Id& columnId)
{
    QStringList lines;
    const model::Column* column = table.column(columnId);
    if (!column)
        return lines;
    if (table.primaryKey && table.primaryKey->columnIds.contains(columnId)) {
        const QString name =
            table.primaryKey->name.isEmpty() ? tr("primary key") : table.primaryKey->name;
        lines.append(
            tr("PK %1 (%2)").arg(name, columnList(table, table.primaryKey->columnIds)));
    }
    for (const model::ForeignKey& fk : table.foreignKeys) {
        if (!fk.columnIds.contains(columnId))
            continue;
        const model::Table* parent = model.table(fk.referencedTableId);
        const QString target =
            parent ? parent->name + u'(' + columnList(*parent, fk.referencedColumnIds) + u')'
                   : fk.referencedTableId.toString();
        lines.append(tr("FK %1 → %2")
                         .arg(fk.name.isEmpty() ? tr("foreign key") : fk.name, target));
    }
    for (const model::KeyConstraint& key : table.uniques) {
        if (key.columnIds.contains(columnId))
            lines.append(tr("UNIQUE %1 (%2)")
                             .arg(key.name.isEmpty() ? tr("unique constraint") : key.name,
                                  columnList(table, key.columnIds)));
    }
    if (!column->nullable)
        lines.append(tr("NOT NULL"));
    if (column->pii != model::PiiCategory::None)
        lines.append(tr("PII: %1").arg(model::piiCategoryName(column->pii)));
    for (const model::Index& index : table.indexes) {
        if (indexCovers(index, columnId))
            lines.append(describeIndex(table, index));
    }
    return lines;
}

QStringList describeTableIndexes(const model::Table& table)
{
    QStringList lines;
    for (const model::Index& index : table.indexes)
        lines.append(describeIndex(table, index));
    return lines;
}

} // namespace schemata::app
