#include "dialect/mysql/mysqldialect.h"

#include "dialect/dialectvalidator.h"
#include "dialect/mysql/mysqlddlbuilder.h"
#include "dialect/mysql/mysqlkeywords.h"
#include "dialect/mysql/mysqltypemapper.h"
#include "dialect/sqltext.h"

#include <QHash>

namespace schemata::dialect::mysql {

MysqlDialect::MysqlDialect(Flavor flavor) : m_flavor(flavor) {}

QString MysqlDialect::name() const
{
    return isMariaDb() ? QStringLiteral("mariadb") : QStringLiteral("mysql");
}

QString MysqlDialect::displayName() const
{
    return isMariaDb() ? QStringLiteral("MariaDB 11") : QStringLiteral("MySQL 8");
}

QString MysqlDialect::highlightingDefinition() const
{
    return QStringLiteral("SQL (MySQL)");
}

Capabilities MysqlDialect::capabilities() const
{
    Capabilities c;
    c.schemas = false;     // a MySQL "schema" is a database; we emit unqualified names
    c.nativeEnums = false; // no named enum types; ENUM(…) is inline in each column
    c.partialIndexes = false;
    c.expressionIndexes = !isMariaDb(); // MySQL 8.0.13 functional key parts
    c.includeColumns = false;
    c.nullsOrder = false;
    c.deferrableConstraints = false;
    c.alterAddForeignKey = true;
    c.transactionalDdl = false; // every DDL statement commits implicitly
    c.comments = true;
    c.maxIdentifierChars = 64;
    return c;
}

QString MysqlDialect::quoteIdentifier(QStringView identifier) const
{
    if (isPlainIdentifier(identifier) && !containsKeyword(mysqlKeywords(), identifier))
        return identifier.toString();
    return quoteDelimited(identifier, u'`');
}

QString MysqlDialect::quoteLiteral(QStringView text) const
{
    // NO_BACKSLASH_ESCAPES is off by default, so a lone backslash would escape the next
    // character; NUL is written as \0.
    return quoteStringLiteral(text, true, QLatin1StringView("char"));
}

QString MysqlDialect::typeSql(const model::LogicalType& type, const model::Model& model) const
{
    return MysqlTypeMapper::map(type, isMariaDb(), model.enumType(type.enumId),
                                [this](const QString& v) { return quoteLiteral(v); })
        .sql;
}

DdlScript MysqlDialect::createScript(const model::Model& model) const
{
    return MysqlDdlBuilder(*this, model).build();
}

model::Diagnostics MysqlDialect::validate(const model::Model& model) const
{
    model::Diagnostics out = DialectValidator(*this, model).run();
    // Foreign key and CHECK constraint names are unique per database in MySQL/MariaDB
    // (not per table as in PostgreSQL).
    QHash<QString, QString> constraintNames;
    auto claim = [&](const model::Table& t, const QString& name, const core::Id& id) {
        if (name.isEmpty())
            return;
        const model::Schema* s = model.schema(t.schemaId);
        const QString path = (s ? s->name + u'.' : QString()) + t.name + u'.' + name;
        const QString key = name.toCaseFolded();
        const auto it = constraintNames.constFind(key);
        if (it == constraintNames.cend()) {
            constraintNames.insert(key, path);
            return;
        }
        model::Diagnostic d;
        d.code = QStringLiteral("constraint-name-clash");
        d.path = path;
        d.message = QStringLiteral("Foreign key and check names must be unique in a %1 database; "
                                   "\"%2\" is also used by %3, so rename one of them.")
                        .arg(displayName(), name, *it);
        d.objectId = id;
        out.append(d);
    };
    for (const model::Table& t : model.tables) {
        for (const model::ForeignKey& fk : t.foreignKeys)
            claim(t, fk.name, fk.id);
        for (const model::CheckConstraint& ck : t.checks)
            claim(t, ck.name, ck.id);
    }
    for (const model::Table& t : model.tables) {
        int identities = 0;
        for (const model::Column& c : t.columns) {
            if (c.identity != model::Identity::None && ++identities == 2) {
                const model::Schema* s = model.schema(t.schemaId);
                model::Diagnostic d;
                d.code = QStringLiteral("auto-increment-multiple");
                d.path = (s ? s->name + u'.' : QString()) + t.name + u'.' + c.name;
                d.message = QStringLiteral("%1 allows one AUTO_INCREMENT column per table; keep "
                                           "identity on one column only.")
                                .arg(displayName());
                d.objectId = c.id;
                out.append(d);
            }
        }
    }
    out += createScript(model).warnings;
    return out;
}

} // namespace schemata::dialect::mysql
