// The domain helpers of PostgresCatalogReader, shared by the live reader and the script
// import (sqlimport/postgresddlbuilder), kept apart so postgrescatalogreader.cpp stays
// one reading pass.

#include "connect/catalogid.h"
#include "connect/catalogprogress.h"
#include "connect/catalogquery.h"
#include "connect/postgrescatalogreader.h"
#include "connect/sqltext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace schemata::connect {

namespace {

using model::LogicalType;

QString text(const CatalogRow& row, int i)
{
    return row.value(i).toString();
}

} // namespace

QString PostgresCatalogReader::domainDefault(QStringView expression,
                                             const model::LogicalType& baseType)
{
    const QString t = expression.trimmed().toString();
    // 'text' (perhaps parenthesised) followed by casts to a plain type name: the server's
    // spelling of a literal default (a script's has none).
    static const QRegularExpression castRe(QStringLiteral(
        R"(^\(?('(?:[^']|'')*')\)?((?:::[A-Za-z_][\w ."]*(?:\(\d+(?:,\d+)?\))?(?:\[\])?)*)$)"));
    static const QRegularExpression numberRe(QStringLiteral(R"(^-?\d+(\.\d+)?([eE][+-]?\d+)?$)"));
    // A number the server labels with its type (0::numeric) over a numeric base.
    static const QRegularExpression castNumberRe(QStringLiteral(
        R"(^\(?(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\)?(?:::[A-Za-z_][\w ."]*(?:\(\d+(?:,\d+)?\))?)+$)"));
    const bool numericBase = baseType.isNumeric() && baseType.overrides.isEmpty();
    if (const auto n = castNumberRe.match(t); n.hasMatch() && numericBase)
        return n.captured(1);
    const auto m = castRe.match(t);
    if (!m.hasMatch())
        return t;
    const QString literal = m.captured(1);
    if (numericBase) {
        const auto value = sqltext::stringLiteralValue(literal);
        if (value && numberRe.match(*value).hasMatch())
            return *value;
    }
    return literal;
}

QString PostgresCatalogReader::checkExpression(QStringView definition)
{
    const qsizetype open = definition.indexOf(QLatin1Char('('));
    const qsizetype close = open < 0 ? -1 : sqltext::matchingParen(definition, open);
    if (close < 0)
        return {};
    return definition.mid(open + 1, close - open - 1).trimmed().toString();
}

core::Id PostgresCatalogReader::domainCheckId(const QString& schema, const QString& domain,
                                              const QString& check)
{
    return catalogId(u"dck", {schema, domain, check});
}

void PostgresCatalogReader::flattenNestedDomains(model::Model& model, const QString& code,
                                                 model::Diagnostics* notes)
{
    const QList<model::DomainType> declared = model.domains;
    QHash<core::Id, qsizetype> position;
    for (qsizetype i = 0; i < declared.size(); ++i)
        position.insert(declared.at(i).id, i);
    const auto qualified = [&](const model::DomainType& d) {
        const model::Schema* s = model.schema(d.schemaId);
        return (s ? s->name + QLatin1Char('.') : QString()) + d.name;
    };
    for (model::DomainType& d : model.domains) {
        if (d.baseType.domainId.isNull())
            continue;
        // The chain below d, outermost first; a cycle or an unknown domain ends it (the
        // server allows neither, a script may still name one).
        QList<const model::DomainType*> chain;
        QSet<core::Id> seen{d.id};
        core::Id next = d.baseType.domainId;
        while (!next.isNull() && position.contains(next) && !seen.contains(next)) {
            seen.insert(next);
            chain.append(&declared.at(position.value(next)));
            next = chain.constLast()->baseType.domainId;
        }
        if (chain.isEmpty() || !next.isNull()) {
            if (notes)
                notes->append({model::Diagnostic::Severity::Warning, code, qualified(d),
                               QStringLiteral("domain is declared over a domain that cannot be "
                                              "resolved; read over type text"),
                               d.id});
            d.baseType = {};
            continue;
        }
        const model::Schema* schema = model.schema(d.schemaId);
        const QString schemaName = schema ? schema->name : QString();
        QSet<QString> names;
        for (const model::CheckConstraint& c : std::as_const(d.checks))
            names.insert(c.name);
        QStringList via;
        QStringList shadowed;
        for (const model::DomainType* inner : std::as_const(chain)) {
            via << qualified(*inner);
            d.notNull = d.notNull || inner->notNull;
            for (const model::CheckConstraint& c : inner->checks) {
                if (names.contains(c.name)) {
                    shadowed << qualified(*inner) + QLatin1Char('.') + c.name;
                    continue;
                }
                names.insert(c.name);
                d.checks.append({domainCheckId(schemaName, d.name, c.name), c.name, c.expression});
            }
        }
        d.baseType = chain.constLast()->baseType;
        d.baseType.domainId = {};
        std::sort(d.checks.begin(), d.checks.end(),
                  [](const auto& a, const auto& b) { return a.name.toUtf8() < b.name.toUtf8(); });
        if (notes) {
            const QString base =
                d.baseType.overrides.value(QStringLiteral("postgres"), d.baseType.toString());
            QString message = QStringLiteral("domain over domain %1: read over its innermost base "
                                             "type %2, with the NOT NULL and checks of %3")
                                  .arg(via.constFirst(), base, via.join(QStringLiteral(", ")));
            if (!shadowed.isEmpty())
                message += QStringLiteral("; left out (the outer domain has a check of the same "
                                          "name): %1")
                               .arg(shadowed.join(QStringLiteral(", ")));
            notes->append({model::Diagnostic::Severity::Info, code, qualified(d), message, d.id});
        }
    }
}

// Domains, flattened (flattenNestedDomains) before the columns
// that use them are read. Every user domain is read, also those outside the filter or
// belonging to an extension, since a kept domain may be declared over one of them;
// only those inside the filter and not an extension's are kept.
core::Result<QList<model::DomainType>>
PostgresCatalogReader::readDomains(const QSqlDatabase& db, const CatalogFilter& filter,
                                   const QHash<QString, core::Id>& schemaIds,
                                   const QSet<core::Id>& enumIds, model::Diagnostics* notes)
{
    const auto note = [&](const QString& path, const QString& message, const core::Id& id = {}) {
        if (notes)
            notes->append({model::Diagnostic::Severity::Info, QStringLiteral("catalog-read"), path,
                           message, id});
    };
    QList<model::DomainType> out;
    const auto rows = runCatalogQuery(
        db, u"postgres", u"domains",
        QStringLiteral(
            "SELECT t.oid::bigint, n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod), "
            "t.typnotnull, COALESCE(pg_get_expr(t.typdefaultbin, 'pg_type'::regclass, true), "
            "t.typdefault, ''), t.typcollation::bigint, COALESCE(co.collname, ''), "
            "COALESCE(obj_description(t.oid, 'pg_type'), ''), t.typbasetype::bigint, "
            "bt.typtype::text, bn.nspname, bt.typname, bt.typcollation::bigint, "
            "EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_type'::regclass AND "
            "x.objid = t.oid AND x.deptype = 'e') "
            "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
            "JOIN pg_type bt ON bt.oid = t.typbasetype "
            "JOIN pg_namespace bn ON bn.oid = bt.typnamespace "
            "LEFT JOIN pg_collation co ON co.oid = t.typcollation "
            // every schema's: a user domain may be declared over information_schema's
            "WHERE t.typtype = 'd' ORDER BY n.nspname COLLATE \"C\", t.typname COLLATE \"C\""));
    if (!rows)
        return rows.error();
    const auto checkRows = runCatalogQuery(
        db, u"postgres", u"domain checks",
        QStringLiteral("SELECT con.contypid::bigint, con.conname, pg_get_constraintdef(con.oid, "
                       "true) FROM pg_constraint con WHERE con.contypid <> 0 AND con.contype = "
                       "'c' ORDER BY con.contypid, con.conname COLLATE \"C\""));
    if (!checkRows)
        return checkRows.error();
    const CatalogProgress progress(filter, QStringLiteral("postgres"), QStringLiteral("domains"),
                                   0);
    struct Raw
    {
        qlonglong baseOid = 0, collation = 0, baseCollation = 0;
        QString collationName, defaultText;
        bool keep = false;
    };
    // All domains in a scratch model (with every schema named) for the flattening.
    model::Model scratch;
    QList<Raw> raw;
    QHash<qlonglong, qsizetype> byOid;
    for (const CatalogRow& row : rows.value()) {
        if (const core::Status s = progress.check(); !s)
            return s.error();
        const QString schema = text(row, 1);
        model::DomainType d;
        d.id = catalogId(u"dom", {schema, text(row, 2)});
        d.schemaId = catalogId(u"sch", {schema});
        if (!scratch.schema(d.schemaId))
            scratch.schemas.append({d.schemaId, schema, {}});
        d.name = text(row, 2);
        d.notNull = row.value(4).toBool();
        d.comment = text(row, 8);
        const QString path = schema + QLatin1Char('.') + d.name;
        const bool extension = row.value(14).toBool();
        Raw r{row.value(9).toLongLong(),
              row.value(6).toLongLong(),
              row.value(13).toLongLong(),
              text(row, 7),
              text(row, 5),
              schemaIds.contains(schema) && !extension};
        const QString baseKind = text(row, 10);
        const QString formatType = text(row, 3);
        if (baseKind == u"d") {
            d.baseType.domainId = catalogId(u"dom", {text(row, 11), text(row, 12)});
        } else if (baseKind == u"e") {
            const core::Id enumId = catalogId(u"enm", {text(row, 11), text(row, 12)});
            if (enumIds.contains(enumId)) {
                d.baseType.kind = LogicalType::Kind::Enum;
                d.baseType.enumId = enumId;
            } else {
                d.baseType.overrides.insert(QStringLiteral("postgres"), formatType);
                if (r.keep)
                    note(path,
                         QStringLiteral("domain over enum %1, which lies outside the schemas "
                                        "read; its base kept as a postgres type override")
                             .arg(formatType),
                         d.id);
            }
        } else if (const auto type = typeFromFormatType(formatType)) {
            d.baseType = *type;
        } else {
            d.baseType.overrides.insert(QStringLiteral("postgres"), formatType);
            if (r.keep)
                note(path,
                     QStringLiteral("base type \"%1\" of the domain has no logical "
                                    "equivalent; kept as a postgres type override")
                         .arg(formatType),
                     d.id);
        }
        if (extension && schemaIds.contains(schema))
            note(path, QStringLiteral("domain belongs to an extension (CREATE EXTENSION "
                                      "brings it back); not modelled"));
        byOid.insert(row.value(0).toLongLong(), scratch.domains.size());
        scratch.domains.append(std::move(d));
        raw.append(std::move(r));
    }
    for (const CatalogRow& row : checkRows.value()) {
        const auto it = byOid.constFind(row.value(0).toLongLong());
        if (it == byOid.cend())
            continue;
        model::DomainType& d = scratch.domains[*it];
        const QString schema = scratch.schema(d.schemaId)->name;
        const QString name = text(row, 1);
        const QString expression = checkExpression(text(row, 2));
        if (expression.isEmpty()) {
            if (raw.at(*it).keep)
                note(schema + QLatin1Char('.') + d.name + QLatin1Char('.') + name,
                     QStringLiteral("unreadable check definition %1; skipped").arg(text(row, 2)));
            continue;
        }
        d.checks.append({domainCheckId(schema, d.name, name), name, expression});
    }
    // Notes only about the domains kept (the others were read to resolve chains).
    model::Diagnostics flattening;
    flattenNestedDomains(scratch, QStringLiteral("catalog-read"), &flattening);
    QSet<core::Id> kept;
    for (qsizetype i = 0; i < scratch.domains.size(); ++i) {
        if (raw.at(i).keep)
            kept.insert(scratch.domains.at(i).id);
    }
    for (const model::Diagnostic& d : std::as_const(flattening)) {
        if (notes && kept.contains(d.objectId))
            notes->append(d);
    }
    for (qsizetype i = 0; i < scratch.domains.size(); ++i) {
        const Raw& r = raw.at(i);
        if (!r.keep)
            continue;
        model::DomainType& d = scratch.domains[i];
        d.schemaId = schemaIds.value(scratch.schema(d.schemaId)->name);
        // A collation counts when it is not the one the innermost base type brings.
        qlonglong baseCollation = r.baseCollation;
        QSet<qlonglong> seen;
        for (qlonglong base = r.baseOid; byOid.contains(base) && !seen.contains(base);) {
            seen.insert(base);
            baseCollation = raw.at(byOid.value(base)).baseCollation;
            base = raw.at(byOid.value(base)).baseOid;
        }
        if (r.collation != 0 && r.collation != baseCollation)
            d.collation = r.collationName;
        d.defaultExpression = domainDefault(r.defaultText, d.baseType);
        out.append(std::move(d));
    }
    return out;
}

} // namespace schemata::connect
