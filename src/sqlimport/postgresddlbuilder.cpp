#include "sqlimport/postgresddlbuilder.h"

#include "connect/catalogid.h"
#include "connect/postgrescatalogreader.h"
#include "connect/sqltext.h"
#include "sqlimport/postgresparsetree.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace schemata::sqlimport {

using connect::catalogId;
namespace sqltext = connect::sqltext;
using namespace pgtree;

void PostgresDdlBuilder::note(const QString& path, const QString& message, const core::Id& id)
{
    m_notes.append(
        {model::Diagnostic::Severity::Info, QStringLiteral("script-import"), path, message, id});
}

QString PostgresDdlBuilder::resolveSchema(const QString& schema) const
{
    if (!schema.isEmpty())
        return schema;
    return m_searchPath.isEmpty() ? QStringLiteral("public") : m_searchPath.constFirst();
}

core::Id PostgresDdlBuilder::ensureSchema(const QString& name)
{
    const core::Id id = catalogId(u"sch", {name});
    if (!m_model.schema(id))
        m_model.schemas.append({id, name, {}});
    return id;
}

model::Table* PostgresDdlBuilder::findTable(const QString& schema, const QString& name)
{
    const auto it = m_tableIndex.constFind(resolveSchema(schema) + u'.' + name);
    return it == m_tableIndex.cend() ? nullptr : &m_model.tables[*it];
}

PostgresDdlBuilder::Outcome PostgresDdlBuilder::apply(const QJsonObject& node,
                                                      const QByteArray& sql, QString* message)
{
    QString type;
    const QJsonObject stmt = inner(node, &type);
    if (type == u"CreateSchemaStmt") {
        ensureSchema(stmt.value(u"schemaname").toString());
        if (!stmt.value(u"schemaElts").toArray().isEmpty()) {
            *message = QStringLiteral("elements inside CREATE SCHEMA are not read; the schema is");
            return Outcome::NotModelled;
        }
        return Outcome::Modelled;
    }
    if (type == u"CreateStmt")
        return createTable(stmt, sql, message);
    if (type == u"AlterTableStmt")
        return alterTable(stmt, sql, message);
    if (type == u"IndexStmt")
        return createIndex(stmt, sql, message);
    if (type == u"CreateEnumStmt")
        return createEnum(stmt, message);
    if (type == u"CreateDomainStmt")
        return createDomain(stmt, sql, message);
    if (type == u"AlterDomainStmt")
        return alterDomain(stmt, sql, message);
    if (type == u"RenameStmt" && (stmt.value(u"renameType").toString() == u"OBJECT_DOMAIN" ||
                                  stmt.value(u"renameType").toString() == u"OBJECT_DOMCONSTRAINT"))
        return renameDomain(stmt, message);
    if (type == u"AlterObjectSchemaStmt" &&
        stmt.value(u"objectType").toString() == u"OBJECT_DOMAIN")
        return moveDomain(stmt, message);
    if (type == u"DropStmt" && stmt.value(u"removeType").toString() == u"OBJECT_DOMAIN")
        return dropDomains(stmt, message);
    if (type == u"ViewStmt")
        return createView(stmt, sql, message);
    if (type == u"CommentStmt")
        return comment(stmt, message);
    if (type == u"VariableSetStmt")
        return setVariable(stmt, message);
    if (type == u"AlterSeqStmt") {
        // pg_dump's serial: CREATE SEQUENCE, ALTER SEQUENCE … OWNED BY t.c, SET DEFAULT nextval.
        const QJsonObject seq = stmt.value(u"sequence").toObject();
        for (const QJsonValue& option : stmt.value(u"options").toArray()) {
            const QJsonObject def = inner(option.toObject());
            if (def.value(u"defname").toString() != u"owned_by")
                continue;
            const QStringList owner =
                strings(inner(def.value(u"arg").toObject()).value(u"items").toArray());
            if (owner.size() >= 2)
                m_ownedSequences.insert(
                    resolveSchema(seq.value(u"schemaname").toString()) + u'.' +
                        seq.value(u"relname").toString(),
                    resolveSchema(owner.size() >= 3 ? owner.at(owner.size() - 3) : QString()) +
                        u'.' + owner.at(owner.size() - 2) + u'.' + owner.constLast());
        }
        *message = QStringLiteral(
            "sequences are not modelled (a sequence owned by a column makes it an identity)");
        return Outcome::NotModelled;
    }
    // Statement kinds a schema script commonly carries, said the way a user knows them.
    static const QHash<QString, QString> known{
        {QStringLiteral("AlterOwnerStmt"), QStringLiteral("ownership (OWNER TO) is not modelled")},
        {QStringLiteral("CreateFunctionStmt"),
         QStringLiteral("functions and procedures are not modelled; the SQL is kept")},
        {QStringLiteral("CreateTrigStmt"),
         QStringLiteral("triggers are not modelled; the SQL is kept")},
        {QStringLiteral("CreateSeqStmt"),
         QStringLiteral("sequences are not modelled (serial/identity columns are)")},
        {QStringLiteral("AlterSeqStmt"), QStringLiteral("sequences are not modelled")},
        {QStringLiteral("GrantStmt"), QStringLiteral("privileges are not modelled")},
        {QStringLiteral("GrantRoleStmt"), QStringLiteral("privileges are not modelled")},
        {QStringLiteral("SelectStmt"),
         QStringLiteral("a query (e.g. set_config) changes no schema")},
        {QStringLiteral("CopyStmt"), QStringLiteral("data is not modelled")},
        {QStringLiteral("InsertStmt"), QStringLiteral("data is not modelled")},
        {QStringLiteral("CreateTableAsStmt"),
         QStringLiteral("materialized views / CREATE TABLE AS are not modelled")},
        {QStringLiteral("DefineStmt"),
         QStringLiteral("aggregates, operators and other definitions are not modelled")},
        {QStringLiteral("CreatePolicyStmt"),
         QStringLiteral("row-level security policies are not modelled")},
        {QStringLiteral("CreateExtensionStmt"), QStringLiteral("extensions are not modelled")},
        {QStringLiteral("RuleStmt"), QStringLiteral("rules are not modelled")},
        {QStringLiteral("CompositeTypeStmt"), QStringLiteral("composite types are not modelled")},
        {QStringLiteral("TransactionStmt"), QStringLiteral("transaction control")},
    };
    *message = known.value(
        type,
        QStringLiteral("%1 is not modelled").arg(type.chopped(type.endsWith(u"Stmt") ? 4 : 0)));
    return Outcome::NotModelled;
}

PostgresDdlBuilder::Outcome PostgresDdlBuilder::setVariable(const QJsonObject& stmt,
                                                            QString* message)
{
    if (stmt.value(u"name").toString() == u"search_path") {
        m_searchPath.clear();
        for (const QJsonValue& arg : stmt.value(u"args").toArray()) {
            const QJsonObject constant = inner(arg.toObject());
            const QString value = constant.value(u"sval").toObject().value(u"sval").toString();
            if (!value.isEmpty() && value != u"$user")
                m_searchPath << value;
        }
        *message = QStringLiteral("search_path followed for the names that come after it");
    } else {
        *message = QStringLiteral("session setting");
    }
    return Outcome::NotModelled;
}

PostgresDdlBuilder::Outcome PostgresDdlBuilder::createTable(const QJsonObject& stmt,
                                                            const QByteArray& sql, QString* message)
{
    const QJsonObject relation = stmt.value(u"relation").toObject();
    const QString schema = resolveSchema(relation.value(u"schemaname").toString());
    const QString name = relation.value(u"relname").toString();
    if (stmt.contains(u"partbound")) {
        *message = QStringLiteral("a partition of another table; partitions are not modelled");
        return Outcome::NotModelled;
    }
    if (relation.value(u"relpersistence").toString() == u"t") {
        *message = QStringLiteral("temporary table");
        return Outcome::NotModelled;
    }
    if (findTable(schema, name)) {
        *message =
            stmt.value(u"if_not_exists").toBool()
                ? QStringLiteral("table exists already (IF NOT EXISTS)")
                : QStringLiteral("table %1.%2 is created twice; the first wins").arg(schema, name);
        return Outcome::NotModelled;
    }
    model::Table table;
    table.schemaId = ensureSchema(schema);
    table.name = name;
    table.id = catalogId(u"tbl", {schema, name});
    m_tableIndex.insert(schema + u'.' + name, m_model.tables.size());
    m_model.tables.append(table);
    model::Table& t = m_model.tables.last();
    // INHERITS: the parents' columns come first, as the server merges them.
    for (const QJsonValue& parent : stmt.value(u"inhRelations").toArray()) {
        const QJsonObject rv = inner(parent.toObject());
        const model::Table* from =
            findTable(rv.value(u"schemaname").toString(), rv.value(u"relname").toString());
        if (!from)
            continue;
        for (model::Column c : from->columns) {
            if (t.columnByName(c.name))
                continue;
            c.id = catalogId(u"col", {schema, name, c.name});
            c.identity = model::Identity::None; // identity is not inherited
            c.comment.clear();
            t.columns.append(c);
        }
    }

    const Text text(sql);
    const qsizetype listOpen =
        text.text.indexOf(u'(', text.at(relation.value(u"location").toInteger()));
    const qsizetype listClose = listOpen < 0 ? -1 : sqltext::matchingParen(text.text, listOpen);
    const QJsonArray elements = stmt.value(u"tableElts").toArray();
    QStringList problems;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        QString kind;
        const QJsonObject element = inner(elements.at(i).toObject(), &kind);
        qsizetype end = listClose < 0 ? text.text.size() : listClose;
        if (i + 1 < elements.size())
            end = text.at(inner(elements.at(i + 1).toObject()).value(u"location").toInteger());
        QString problem;
        if (kind == u"ColumnDef") {
            if (!addColumn(t, schema, element, sql, end, &problem))
                problems << problem;
        } else if (kind == u"Constraint") {
            if (!addConstraint(t, schema, element, sql, QString(), &problem))
                problems << problem;
        } else {
            problems << QStringLiteral("%1 (LIKE …) is not read").arg(kind);
        }
    }
    if (stmt.contains(u"partspec"))
        problems << QStringLiteral("the table's PARTITION BY is not modelled");
    if (!stmt.value(u"inhRelations").toArray().isEmpty())
        problems << QStringLiteral("INHERITS is not modelled");
    if (!problems.isEmpty()) {
        *message = QStringLiteral("table imported, but: ") + problems.join(QStringLiteral("; "));
        return Outcome::NotModelled;
    }
    return Outcome::Modelled;
}

bool PostgresDdlBuilder::addColumn(model::Table& table, const QString& schema,
                                   const QJsonObject& def, const QByteArray& sql,
                                   qsizetype elementEnd, QString* message)
{
    const Text text(sql);
    model::Column column;
    column.name = def.value(u"colname").toString();
    column.id = catalogId(u"col", {schema, table.name, column.name});
    if (table.columnByName(column.name)) {
        *message = QStringLiteral("column %1 appears twice").arg(column.name);
        return false;
    }
    const QString path = schema + u'.' + table.name + u'.' + column.name;
    bool serial = false;
    QString serialType;
    const QJsonObject typeName = def.value(u"typeName").toObject();
    const QString formatType = typeText(typeName, &serial, &serialType);
    column.type = columnType(typeName, formatType, path, column.id);
    if (serial) {
        // What the live import reads for serial (postgrescatalogreader): an identity.
        column.nullable = false;
        column.identity = model::Identity::ByDefault;
        note(path, QStringLiteral("serial column read as GENERATED BY DEFAULT AS IDENTITY"),
             column.id);
    }
    if (const QJsonObject coll = def.value(u"collClause").toObject(); !coll.isEmpty())
        column.collation = strings(coll.value(u"collname").toArray()).join(u'.');
    table.columns.append(column);

    const QJsonArray constraints = def.value(u"constraints").toArray();
    QStringList problems;
    for (qsizetype i = 0; i < constraints.size(); ++i) {
        const QJsonObject c = inner(constraints.at(i).toObject());
        const QString type = c.value(u"contype").toString();
        model::Column& col = table.columns.last();
        const qsizetype start = text.at(c.value(u"location").toInteger());
        const qsizetype end =
            i + 1 < constraints.size()
                ? text.at(inner(constraints.at(i + 1).toObject()).value(u"location").toInteger())
                : elementEnd;
        if (type == u"CONSTR_NOTNULL") {
            col.nullable = false;
        } else if (type == u"CONSTR_NULL") {
            col.nullable = true;
        } else if (type == u"CONSTR_DEFAULT") {
            const qsizetype keyword = sqltext::findTopLevelKeyword(text.text, u"default", start);
            const qsizetype from = keyword < 0 ? start : keyword + 7;
            col.defaultValue = defaultFromText(cleanExpression(text.text.mid(from, end - from)));
        } else if (type == u"CONSTR_IDENTITY") {
            col.identity = c.value(u"generated_when").toString() == u"a"
                               ? model::Identity::Always
                               : model::Identity::ByDefault;
            col.nullable = false;
        } else if (type == u"CONSTR_GENERATED") {
            col.generatedExpression =
                parenthesised(text.text, sqltext::findTopLevelKeyword(text.text, u"as", start));
            col.generatedStored = true;
        } else if (type == u"CONSTR_ATTR_DEFERRABLE" || type == u"CONSTR_ATTR_DEFERRED" ||
                   type == u"CONSTR_ATTR_NOT_DEFERRABLE" || type == u"CONSTR_ATTR_IMMEDIATE") {
            // applies to the foreign key just before it
            if (!m_foreignKeys.isEmpty() && m_foreignKeys.last().tableId == table.id) {
                if (type == u"CONSTR_ATTR_DEFERRABLE")
                    m_foreignKeys.last().deferrable = true;
                if (type == u"CONSTR_ATTR_DEFERRED")
                    m_foreignKeys.last().initiallyDeferred = true;
            }
        } else {
            QString problem;
            if (!addConstraint(table, schema, c, sql, column.name, &problem))
                problems << problem;
        }
    }
    if (!problems.isEmpty()) {
        *message = problems.join(QStringLiteral("; "));
        return false;
    }
    return true;
}

bool PostgresDdlBuilder::addConstraint(model::Table& table, const QString& schema,
                                       const QJsonObject& c, const QByteArray& sql,
                                       const QString& column, QString* message)
{
    const Text text(sql);
    const QString type = c.value(u"contype").toString();
    QString name = c.value(u"conname").toString();
    QStringList keys = strings(c.value(u"keys").toArray());
    if (keys.isEmpty() && !column.isEmpty())
        keys << column;
    const QSet<QString> taken = namesTaken(m_model, schema, TakenNames::ConstraintsAndRelations);
    const auto columnIds = [&](const QStringList& columnNames, bool* ok) {
        QList<core::Id> ids;
        for (const QString& n : columnNames) {
            const model::Column* col = table.columnByName(n);
            if (!col) {
                *ok = false;
                *message = QStringLiteral("constraint refers to unknown column %1").arg(n);
                return ids;
            }
            ids << col->id;
        }
        return ids;
    };
    bool ok = true;
    if (type == u"CONSTR_PRIMARY") {
        if (name.isEmpty())
            name = chooseName(table.name, {}, QStringLiteral("pkey"), taken);
        const QList<core::Id> ids = columnIds(keys, &ok);
        if (!ok)
            return false;
        table.primaryKey = model::KeyConstraint{catalogId(u"pk", {schema, table.name}), name, ids};
        for (const core::Id& id : ids)
            table.column(id)->nullable = false;
        return true;
    }
    if (type == u"CONSTR_UNIQUE") {
        if (name.isEmpty())
            name = chooseName(table.name, keys, QStringLiteral("key"), taken);
        const QList<core::Id> ids = columnIds(keys, &ok);
        if (!ok)
            return false;
        table.uniques.append({catalogId(u"uq", {schema, table.name, name}), name, ids});
        return true;
    }
    if (type == u"CONSTR_CHECK") {
        QStringList refs;
        collectColumnRefs(c.value(u"raw_expr"), refs);
        if (name.isEmpty())
            name = chooseName(table.name,
                              !column.isEmpty() ? QStringList{column}
                                                : (refs.size() == 1 ? refs : QStringList{}),
                              QStringLiteral("check"), taken);
        const qsizetype keyword = sqltext::findTopLevelKeyword(
            text.text, u"check", text.at(c.value(u"location").toInteger()));
        const QString expression = parenthesised(text.text, keyword < 0 ? 0 : keyword);
        table.checks.append({catalogId(u"ck", {schema, table.name, name}), name, expression});
        return true;
    }
    if (type == u"CONSTR_FOREIGN") {
        QStringList fkColumns = strings(c.value(u"fk_attrs").toArray());
        if (fkColumns.isEmpty() && !column.isEmpty())
            fkColumns << column;
        if (name.isEmpty())
            name = chooseName(table.name, fkColumns, QStringLiteral("fkey"), taken);
        const QJsonObject pk = c.value(u"pktable").toObject();
        PendingForeignKey fk;
        fk.tableId = table.id;
        fk.schema = schema;
        fk.table = table.name;
        fk.name = name;
        fk.columns = fkColumns;
        fk.refSchema = resolveSchema(pk.value(u"schemaname").toString());
        fk.refTable = pk.value(u"relname").toString();
        fk.refColumns = strings(c.value(u"pk_attrs").toArray());
        fk.onDelete = c.value(u"fk_del_action").toString();
        fk.onUpdate = c.value(u"fk_upd_action").toString();
        fk.deferrable = c.value(u"deferrable").toBool();
        fk.initiallyDeferred = c.value(u"initdeferred").toBool();
        // Reserve the name now so a second unnamed FK on the same columns gets "…_fkey1".
        model::ForeignKey placeholder;
        placeholder.name = name;
        placeholder.id = catalogId(u"fk", {schema, table.name, name});
        table.foreignKeys.append(placeholder);
        m_foreignKeys.append(fk);
        return true;
    }
    if (type == u"CONSTR_EXCLUSION") {
        *message = QStringLiteral("EXCLUDE constraints are not modelled");
        return false;
    }
    *message = QStringLiteral("constraint %1 is not modelled").arg(type);
    return false;
}

PostgresDdlBuilder::Outcome PostgresDdlBuilder::alterTable(const QJsonObject& stmt,
                                                           const QByteArray& sql, QString* message)
{
    const QJsonObject relation = stmt.value(u"relation").toObject();
    const QString schema = resolveSchema(relation.value(u"schemaname").toString());
    model::Table* table = findTable(schema, relation.value(u"relname").toString());
    const QJsonArray allCmds = stmt.value(u"cmds").toArray();
    if (std::all_of(allCmds.begin(), allCmds.end(), [](const QJsonValue& v) {
            return inner(v.toObject()).value(u"subtype").toString() == u"AT_ChangeOwner";
        })) {
        *message = QStringLiteral("ownership (OWNER TO) is not modelled");
        return Outcome::NotModelled;
    }
    if (stmt.value(u"objtype").toString() != u"OBJECT_TABLE" || !table) {
        *message = table ? QStringLiteral("ALTER of something other than a table")
                         : QStringLiteral("table %1.%2 is not defined by this script")
                               .arg(schema, relation.value(u"relname").toString());
        return Outcome::NotModelled;
    }
    const Text text(sql);
    QStringList problems;
    const QJsonArray cmds = stmt.value(u"cmds").toArray();
    for (const QJsonValue& value : cmds) {
        const QJsonObject cmd = inner(value.toObject());
        const QString subtype = cmd.value(u"subtype").toString();
        const QString columnName = cmd.value(u"name").toString();
        model::Column* column = nullptr;
        if (const model::Column* c = table->columnByName(columnName))
            column = table->column(c->id);
        QString problem;
        if (subtype == u"AT_AddConstraint") {
            if (!addConstraint(*table, schema, inner(cmd.value(u"def").toObject()), sql, QString(),
                               &problem))
                problems << problem;
        } else if (subtype == u"AT_AddColumn") {
            if (!addColumn(*table, schema, inner(cmd.value(u"def").toObject()), sql,
                           cmds.size() == 1 ? text.text.size() : -1, &problem))
                problems << problem;
        } else if (subtype == u"AT_ColumnDefault" && column && cmds.size() == 1) {
            if (!cmd.contains(u"def")) {
                column->defaultValue = {};
            } else {
                const qsizetype keyword = sqltext::findTopLevelKeyword(text.text, u"default");
                column->defaultValue = defaultFromText(cleanExpression(text.text.mid(keyword + 7)));
            }
        } else if (subtype == u"AT_SetNotNull" && column) {
            column->nullable = false;
        } else if (subtype == u"AT_DropNotNull" && column) {
            column->nullable = true;
        } else if (subtype == u"AT_AttachPartition") {
            // The live reader leaves partitions out (they are rows of the parent's
            // partitioning); so does the script import.
            const QJsonObject part = inner(cmd.value(u"def").toObject()).value(u"name").toObject();
            const QString key = resolveSchema(part.value(u"schemaname").toString()) + u'.' +
                                part.value(u"relname").toString();
            m_partitions.insert(key);
            problems
                << QStringLiteral("partition %1 attached; partitions are not modelled").arg(key);
        } else if (subtype == u"AT_AddIdentity" && column) {
            const QJsonObject c = inner(cmd.value(u"def").toObject());
            column->identity = c.value(u"generated_when").toString() == u"a"
                                   ? model::Identity::Always
                                   : model::Identity::ByDefault;
        } else {
            problems << QStringLiteral("%1 is not modelled").arg(subtype.mid(3));
        }
    }
    if (!problems.isEmpty()) {
        *message = problems.join(QStringLiteral("; "));
        return Outcome::NotModelled;
    }
    return Outcome::Modelled;
}

PostgresDdlBuilder::Outcome PostgresDdlBuilder::createIndex(const QJsonObject& stmt,
                                                            const QByteArray& sql, QString* message)
{
    const QJsonObject relation = stmt.value(u"relation").toObject();
    const QString schema = resolveSchema(relation.value(u"schemaname").toString());
    model::Table* table = findTable(schema, relation.value(u"relname").toString());
    if (!table) {
        *message = QStringLiteral("index on %1.%2, which this script does not define")
                       .arg(schema, relation.value(u"relname").toString());
        return Outcome::NotModelled;
    }
    const Text text(sql);
    model::Index index;
    index.unique = stmt.value(u"unique").toBool();
    const QString method = stmt.value(u"accessMethod").toString();
    index.method = method == u"btree" ? QString() : method;
    // Key texts: the parenthesised list after the table (and USING method).
    const qsizetype afterRelation = text.at(relation.value(u"location").toInteger());
    qsizetype listEnd = 0;
    const QStringList keyTexts =
        sqltext::splitTopLevel(parenthesised(text.text, afterRelation, &listEnd), u',');
    const QJsonArray params = stmt.value(u"indexParams").toArray();
    QStringList nameParts;
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QJsonObject elem = inner(params.at(i).toObject());
        model::IndexKey key;
        if (elem.contains(u"name")) {
            const model::Column* column = table->columnByName(elem.value(u"name").toString());
            if (!column) {
                *message = QStringLiteral("index refers to unknown column %1")
                               .arg(elem.value(u"name").toString());
                return Outcome::NotModelled;
            }
            key.columnId = column->id;
            nameParts << column->name;
        } else {
            // The expression's own text, without what follows it (opclass, COLLATE, order).
            QString expression = keyTexts.value(i);
            static const QStringList tails{QStringLiteral("nulls"), QStringLiteral("asc"),
                                           QStringLiteral("desc"), QStringLiteral("collate")};
            for (const QString& tail : tails) {
                const qsizetype at = sqltext::findTopLevelKeyword(expression, tail);
                if (at > 0)
                    expression = expression.left(at).trimmed();
            }
            key.expression = sqltext::stripOuterParens(expression);
            const QJsonObject funcCall =
                elem.value(u"expr").toObject().value(u"FuncCall").toObject();
            nameParts << (funcCall.isEmpty()
                              ? QStringLiteral("expr")
                              : strings(funcCall.value(u"funcname").toArray()).constLast());
        }
        if (elem.value(u"ordering").toString() == u"SORTBY_DESC")
            key.sort = model::IndexKey::Sort::Desc;
        const QString nulls = elem.value(u"nulls_ordering").toString();
        const bool desc = key.sort == model::IndexKey::Sort::Desc;
        if (nulls == u"SORTBY_NULLS_FIRST" && !desc)
            key.nulls = model::IndexKey::Nulls::First;
        else if (nulls == u"SORTBY_NULLS_LAST" && desc)
            key.nulls = model::IndexKey::Nulls::Last;
        if (!elem.value(u"opclass").toArray().isEmpty())
            note(schema + u'.' + table->name,
                 QStringLiteral("operator class of an index key is not modelled"));
        index.keys.append(key);
    }
    for (const QJsonValue& v : stmt.value(u"indexIncludingParams").toArray()) {
        const model::Column* column =
            table->columnByName(inner(v.toObject()).value(u"name").toString());
        if (column)
            index.includeColumnIds << column->id;
    }
    if (stmt.contains(u"whereClause")) {
        const qsizetype where = sqltext::findTopLevelKeyword(text.text, u"where", listEnd);
        if (where >= 0)
            index.where = cleanExpression(text.text.mid(where + 5));
    }
    index.name = stmt.value(u"idxname").toString();
    if (index.name.isEmpty())
        index.name = chooseName(table->name, nameParts,
                                index.unique ? QStringLiteral("key") : QStringLiteral("idx"),
                                namesTaken(m_model, schema, TakenNames::ConstraintsAndRelations));
    index.id = catalogId(u"idx", {schema, table->name, index.name});
    table->indexes.append(index);
    return Outcome::Modelled;
}

PostgresDdlBuilder::Outcome PostgresDdlBuilder::createView(const QJsonObject& stmt,
                                                           const QByteArray& sql, QString* message)
{
    const QJsonObject relation = stmt.value(u"view").toObject();
    const QString schema = resolveSchema(relation.value(u"schemaname").toString());
    const Text text(sql);
    const qsizetype as = sqltext::findTopLevelKeyword(
        text.text, u"as", text.at(relation.value(u"location").toInteger()));
    if (as < 0) {
        *message = QStringLiteral("cannot find the view's AS");
        return Outcome::NotModelled;
    }
    QString body = cleanExpression(text.text.mid(as + 2));
    const bool checkOption = stmt.value(u"withCheckOption").toString() != u"NO_CHECK_OPTION" &&
                             stmt.contains(u"withCheckOption");
    if (checkOption) {
        const qsizetype with = body.lastIndexOf(QLatin1String("with"), -1, Qt::CaseInsensitive);
        if (with > 0)
            body = body.left(with).trimmed();
    }
    model::View view;
    view.schemaId = ensureSchema(schema);
    view.name = relation.value(u"relname").toString();
    view.id = catalogId(u"viw", {schema, view.name});
    view.sql = body;
    const auto existing = std::find_if(m_model.views.begin(), m_model.views.end(),
                                       [&](const model::View& v) { return v.id == view.id; });
    if (existing != m_model.views.end())
        *existing = view; // CREATE OR REPLACE
    else
        m_model.views.append(view);
    if (checkOption || !stmt.value(u"aliases").toArray().isEmpty()) {
        *message =
            QStringLiteral("view imported; its column aliases / CHECK OPTION are not modelled");
        return Outcome::NotModelled;
    }
    return Outcome::Modelled;
}

PostgresDdlBuilder::Outcome PostgresDdlBuilder::comment(const QJsonObject& stmt, QString* message)
{
    const QString objtype = stmt.value(u"objtype").toString();
    const QString text = stmt.value(u"comment").toString();
    const QJsonObject object = stmt.value(u"object").toObject();
    const QStringList items =
        object.contains(u"List")
            ? strings(object.value(u"List").toObject().value(u"items").toArray())
            : QStringList{inner(object).value(u"sval").toString()};
    if (objtype == u"OBJECT_DOMAIN") {
        if (model::DomainType* d = findDomain(strings(inner(object).value(u"names").toArray()))) {
            d->comment = text;
            return Outcome::Modelled;
        }
    } else if (objtype == u"OBJECT_SCHEMA") {
        for (model::Schema& s : m_model.schemas) {
            if (s.name == items.value(0)) {
                s.comment = text;
                return Outcome::Modelled;
            }
        }
    } else if (objtype == u"OBJECT_TABLE" || objtype == u"OBJECT_COLUMN") {
        const bool isColumn = objtype == u"OBJECT_COLUMN";
        const qsizetype n = items.size() - (isColumn ? 1 : 0);
        model::Table* table = findTable(n >= 2 ? items.at(n - 2) : QString(), items.value(n - 1));
        if (table && !isColumn) {
            table->comment = text;
            return Outcome::Modelled;
        }
        if (table) {
            if (const model::Column* c = table->columnByName(items.constLast())) {
                table->column(c->id)->comment = text;
                return Outcome::Modelled;
            }
        }
    } else if (objtype == u"OBJECT_VIEW") {
        const QString schema =
            resolveSchema(items.size() >= 2 ? items.at(items.size() - 2) : QString());
        for (model::View& v : m_model.views) {
            if (v.id == catalogId(u"viw", {schema, items.constLast()})) {
                v.comment = text;
                return Outcome::Modelled;
            }
        }
    }
    *message = QStringLiteral("comment on an object the model does not hold (%1)")
                   .arg(objtype.mid(7).toLower());
    return Outcome::NotModelled;
}

model::Model PostgresDdlBuilder::finish(const QStringList& schemaFilter, model::Diagnostics* notes)
{
    using model::ReferentialAction;
    const auto action = [](const QString& code) {
        if (code == u"r")
            return ReferentialAction::Restrict;
        if (code == u"c")
            return ReferentialAction::Cascade;
        if (code == u"n")
            return ReferentialAction::SetNull;
        if (code == u"d")
            return ReferentialAction::SetDefault;
        return ReferentialAction::NoAction;
    };
    for (const PendingForeignKey& p : m_foreignKeys) {
        model::Table* table = findTable(p.schema, p.table);
        const model::Table* target = findTable(p.refSchema, p.refTable);
        const QString path = p.schema + u'.' + p.table + u'.' + p.name;
        if (!table)
            continue;
        const core::Id id = catalogId(u"fk", {p.schema, p.table, p.name});
        const auto slot = std::find_if(table->foreignKeys.begin(), table->foreignKeys.end(),
                                       [&](const model::ForeignKey& f) { return f.id == id; });
        if (slot == table->foreignKeys.end())
            continue;
        model::ForeignKey fk;
        fk.id = id;
        fk.name = p.name;
        bool ok = target != nullptr;
        for (const QString& c : p.columns) {
            const model::Column* col = table->columnByName(c);
            ok = ok && col;
            if (col)
                fk.columnIds << col->id;
        }
        if (ok) {
            fk.referencedTableId = target->id;
            if (p.refColumns.isEmpty() && target->primaryKey) {
                fk.referencedColumnIds = target->primaryKey->columnIds;
            } else {
                for (const QString& c : p.refColumns) {
                    const model::Column* col = target->columnByName(c);
                    ok = ok && col;
                    if (col)
                        fk.referencedColumnIds << col->id;
                }
            }
            ok = ok && fk.referencedColumnIds.size() == fk.columnIds.size();
        }
        if (!ok) {
            note(path,
                 QStringLiteral(
                     "foreign key to %1.%2 cannot be resolved (unknown table or columns); skipped")
                     .arg(p.refSchema, p.refTable));
            table->foreignKeys.erase(slot);
            continue;
        }
        fk.onDelete = action(p.onDelete);
        fk.onUpdate = action(p.onUpdate);
        fk.deferrable = p.deferrable;
        fk.initiallyDeferred = p.initiallyDeferred;
        *slot = fk;
    }
    m_foreignKeys.clear();
    finishDomains(schemaFilter);

    static const QRegularExpression nextvalRe(
        QStringLiteral(R"(^nextval\('([^']+)'::regclass\)$)"));
    for (model::Table& t : m_model.tables) {
        const model::Schema* s = m_model.schema(t.schemaId);
        for (model::Column& c : t.columns) {
            const auto m = nextvalRe.match(c.defaultValue.value);
            if (!s || c.defaultValue.kind != model::ColumnDefault::Kind::Expression ||
                !m.hasMatch())
                continue;
            const QStringList parts = sqltext::splitTopLevel(m.captured(1), u'.');
            const QString sequence =
                resolveSchema(parts.size() > 1 ? sqltext::unquoteIdentifier(parts.at(0))
                                               : QString()) +
                u'.' + sqltext::unquoteIdentifier(parts.constLast());
            if (m_ownedSequences.value(sequence) == s->name + u'.' + t.name + u'.' + c.name) {
                c.defaultValue = {};
                c.identity = model::Identity::ByDefault;
                note(s->name + u'.' + t.name + u'.' + c.name,
                     QStringLiteral("serial column (sequence %1 owned by it) read as GENERATED BY "
                                    "DEFAULT AS IDENTITY")
                         .arg(sequence),
                     c.id);
            }
        }
    }
    model::Model out = m_model;
    out.tables.removeIf([&](const model::Table& t) {
        const model::Schema* s = m_model.schema(t.schemaId);
        return s && m_partitions.contains(s->name + u'.' + t.name);
    });
    // The server always has "public"; the live import lists it, so does this one.
    if (!out.schema(catalogId(u"sch", {QStringLiteral("public")})))
        out.schemas.append(
            {catalogId(u"sch", {QStringLiteral("public")}), QStringLiteral("public"), {}});
    const auto keep = [&](const core::Id& schemaId) {
        if (schemaFilter.isEmpty())
            return true;
        const model::Schema* s = out.schema(schemaId);
        return s && schemaFilter.contains(s->name);
    };
    out.tables.removeIf([&](const model::Table& t) { return !keep(t.schemaId); });
    out.enums.removeIf([&](const model::EnumType& e) { return !keep(e.schemaId); });
    out.domains.removeIf([&](const model::DomainType& d) { return !keep(d.schemaId); });
    out.schemas.removeIf([&](const model::Schema& s) { return !keep(s.id); });
    // Catalog order (catalogreader.h): by name in byte order, members too.
    const auto byName = [](const auto& a, const auto& b) {
        return a.name.toUtf8() < b.name.toUtf8();
    };
    const auto schemaName = [&](const core::Id& id) {
        const model::Schema* s = out.schema(id);
        return s ? s->name.toUtf8() : QByteArray();
    };
    std::sort(out.schemas.begin(), out.schemas.end(), byName);
    const auto bySchemaThenName = [&](const auto& a, const auto& b) {
        return std::pair(schemaName(a.schemaId), a.name.toUtf8()) <
               std::pair(schemaName(b.schemaId), b.name.toUtf8());
    };
    std::sort(out.enums.begin(), out.enums.end(), bySchemaThenName);
    std::sort(out.domains.begin(), out.domains.end(), bySchemaThenName);
    std::sort(out.tables.begin(), out.tables.end(), bySchemaThenName);
    std::sort(out.views.begin(), out.views.end(), bySchemaThenName);
    for (model::Table& t : out.tables) {
        std::sort(t.uniques.begin(), t.uniques.end(), byName);
        std::sort(t.checks.begin(), t.checks.end(), byName);
        std::sort(t.foreignKeys.begin(), t.foreignKeys.end(), byName);
        std::sort(t.indexes.begin(), t.indexes.end(), byName);
    }
    if (notes)
        *notes += m_notes;
    return out;
}

} // namespace schemata::sqlimport
