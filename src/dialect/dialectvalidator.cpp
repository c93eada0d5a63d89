#include "dialect/dialectvalidator.h"

#include "dialect/sqltext.h"
#include "dialect/typenamecheck.h"
#include "model/modelindex.h"

#include <QHash>
#include <optional>

namespace schemata::dialect {

namespace {

model::Diagnostic error(QString code, QString path, QString message, core::Id id)
{
    return {model::Diagnostic::Severity::Error, std::move(code), std::move(path),
            std::move(message), std::move(id)};
}

struct PathMaker
{
    const model::ModelIndex& index;
    QString schema(const core::Id& id) const
    {
        const model::Schema* s = index.schema(id);
        return s ? s->name : QString();
    }
    QString operator()(const core::Id& schemaId, QStringView name, QStringView member = {}) const
    {
        QString path = schema(schemaId);
        if (!path.isEmpty())
            path += u'.';
        path += name;
        if (!member.isEmpty()) {
            path += u'.';
            path += member;
        }
        return path;
    }
};

} // namespace

DialectValidator::DialectValidator(const Dialect& dialect, const model::Model& model)
    : m_dialect(dialect), m_model(model), m_caps(dialect.capabilities())
{}

model::Diagnostics DialectValidator::run() const
{
    model::Diagnostics out;
    checkLengths(out);
    checkNamespaces(out);
    checkIdentity(out);
    checkTypeNames(out);
    checkDomains(out);
    return out;
}

// Characters an engine cannot store in a name at all.
QString DialectValidator::invalidNameReason(const QString& name) const
{
    if (name.contains(QChar(0)))
        return QStringLiteral("contains a NUL character");
    if (m_dialect.name() == u"mysql" || m_dialect.name() == u"mariadb") {
        if (name.endsWith(u' '))
            return QStringLiteral("ends with a space, which %1 does not allow")
                .arg(m_dialect.displayName());
        for (const QChar c : name) {
            if (c.isSurrogate())
                return QStringLiteral("contains a character outside the Basic Multilingual Plane "
                                      "(e.g. an emoji), which %1 does not allow in names")
                    .arg(m_dialect.displayName());
        }
    }
    if (m_dialect.name() == u"sqlite" && name.startsWith(u"sqlite_", Qt::CaseInsensitive))
        return QStringLiteral("starts with \"sqlite_\", which SQLite reserves for itself");
    return {};
}

void DialectValidator::checkLengths(model::Diagnostics& out) const
{
    const int maxBytes = m_caps.maxIdentifierBytes;
    const int maxChars = m_caps.maxIdentifierChars;
    const model::ModelIndex index(m_model);
    const PathMaker path{index};
    const QString limit = maxBytes > 0 ? QStringLiteral("%1 bytes (UTF-8)").arg(maxBytes)
                                       : QStringLiteral("%1 characters").arg(maxChars);
    auto check = [&](const QString& name, const QString& where, const core::Id& id) {
        if (const QString reason = invalidNameReason(name); !reason.isEmpty()) {
            out.append(error(QStringLiteral("identifier-invalid"), where,
                             QStringLiteral("The name \"%1\" %2; rename it.").arg(name, reason),
                             id));
        }
        if (!exceedsIdentifierLimit(name, maxBytes, maxChars))
            return;
        out.append(
            error(QStringLiteral("identifier-too-long"), where,
                  QStringLiteral("The name \"%1\" is longer than %2 allows (%3); shorten it.")
                      .arg(name, m_dialect.displayName(), limit),
                  id));
    };
    for (const model::Schema& s : m_model.schemas)
        check(s.name, s.name, s.id);
    for (const model::EnumType& e : m_model.enums)
        check(e.name, path(e.schemaId, e.name), e.id);
    if (m_caps.domains) {
        for (const model::DomainType& d : m_model.domains) {
            check(d.name, path(d.schemaId, d.name), d.id);
            for (const auto& k : d.checks)
                check(k.name, path(d.schemaId, d.name, k.name), k.id);
        }
    }
    for (const model::Table& t : m_model.tables) {
        check(t.name, path(t.schemaId, t.name), t.id);
        for (const model::Column& c : t.columns)
            check(c.name, path(t.schemaId, t.name, c.name), c.id);
        if (t.primaryKey)
            check(t.primaryKey->name, path(t.schemaId, t.name, t.primaryKey->name),
                  t.primaryKey->id);
        for (const auto& k : t.uniques)
            check(k.name, path(t.schemaId, t.name, k.name), k.id);
        for (const auto& k : t.checks)
            check(k.name, path(t.schemaId, t.name, k.name), k.id);
        for (const auto& k : t.foreignKeys)
            check(k.name, path(t.schemaId, t.name, k.name), k.id);
        for (const auto& k : t.indexes)
            check(k.name, path(t.schemaId, t.name, k.name), k.id);
    }
    for (const model::View& v : m_model.views)
        check(v.name, path(v.schemaId, v.name), v.id);
}

void DialectValidator::checkNamespaces(model::Diagnostics& out) const
{
    const model::ModelIndex index(m_model);
    const PathMaker path{index};
    struct Seen
    {
        core::Id schemaId;
        QString path;
    };
    // Key: scope + case-folded name. PostgreSQL folds nothing once quoted, but the
    // other engines compare table names case-insensitively (SQLite always, MySQL on
    // case-insensitive file systems), so a clash there is a clash everywhere.
    QHash<QString, Seen> relations;
    const bool perSchema = m_caps.schemas;
    auto key = [&](const core::Id& schemaId, const QString& name) {
        const QString folded = perSchema ? name : name.toCaseFolded();
        return (perSchema ? schemaId.toString() : QString()) + QChar(0) + folded;
    };
    auto claim = [&](const core::Id& schemaId, const QString& name, const QString& where,
                     const core::Id& id, bool isIndex) {
        if (name.isEmpty())
            return;
        const QString k = key(schemaId, name);
        const auto it = relations.constFind(k);
        if (it == relations.cend()) {
            relations.insert(k, {schemaId, where});
            return;
        }
        if (!perSchema && it->schemaId != schemaId && !isIndex) {
            out.append(
                error(QStringLiteral("name-clash-flattened"), where,
                      QStringLiteral("%1 has no schemas, so \"%2\" clashes with %3; rename one "
                                     "of them.")
                          .arg(m_dialect.displayName(), name, it->path),
                      id));
        } else if (m_caps.schemas || m_dialect.name() == u"sqlite") {
            out.append(
                error(QStringLiteral("relation-name-clash"), where,
                      QStringLiteral("Tables, views and indexes share one namespace in %1, so "
                                     "\"%2\" clashes with %3; rename one of them.")
                          .arg(m_dialect.displayName(), name, it->path),
                      id));
        }
    };
    const bool indexesShareNamespace = m_caps.schemas || m_dialect.name() == u"sqlite";
    for (const model::Table& t : m_model.tables)
        claim(t.schemaId, t.name, path(t.schemaId, t.name), t.id, false);
    for (const model::View& v : m_model.views)
        claim(v.schemaId, v.name, path(v.schemaId, v.name), v.id, false);
    if (indexesShareNamespace) {
        for (const model::Table& t : m_model.tables) {
            // PostgreSQL backs primary keys and unique constraints with indexes of that name.
            if (m_caps.schemas && t.primaryKey)
                claim(t.schemaId, t.primaryKey->name, path(t.schemaId, t.name, t.primaryKey->name),
                      t.primaryKey->id, true);
            if (m_caps.schemas) {
                for (const auto& k : t.uniques)
                    claim(t.schemaId, k.name, path(t.schemaId, t.name, k.name), k.id, true);
            }
            for (const auto& i : t.indexes)
                claim(t.schemaId, i.name, path(t.schemaId, t.name, i.name), i.id, true);
        }
    }
    // A table's row type has the table's name, so enums and domains clash with tables,
    // views and each other.
    QHash<QString, QString> types;
    auto claimType = [&](const core::Id& schemaId, const QString& name, const core::Id& id,
                         const char* code, const char* what, const char* shortWhat) {
        const QString k = key(schemaId, name);
        const QString where = path(schemaId, name);
        QString other = relations.value(k).path;
        if (other.isEmpty())
            other = types.value(k);
        if (!other.isEmpty()) {
            out.append(error(QString::fromLatin1(code), where,
                             QStringLiteral("The %1 \"%2\" has the name of %3 (types and tables "
                                            "share a namespace); rename the %4.")
                                 .arg(QLatin1String(what), name, other, QLatin1String(shortWhat)),
                             id));
        }
        types.insert(k, where);
    };
    if (m_caps.nativeEnums) {
        for (const model::EnumType& e : m_model.enums)
            claimType(e.schemaId, e.name, e.id, "enum-name-clash", "enum type", "enum");
    }
    if (m_caps.domains) {
        for (const model::DomainType& d : m_model.domains)
            claimType(d.schemaId, d.name, d.id, "domain-name-clash", "domain", "domain");
    }
}

void DialectValidator::checkDomains(model::Diagnostics& out) const
{
    if (m_caps.domains || m_model.domains.isEmpty())
        return;
    const model::ModelIndex index(m_model);
    const PathMaker path{index};
    for (const model::DomainType& d : m_model.domains) {
        QString message = QStringLiteral("%1 has no domains: domain \"%2\" is emitted as its base "
                                         "type on the columns that use it; its NOT NULL, "
                                         "DEFAULT and collation move to those columns and its "
                                         "checks become column checks.")
                              .arg(m_dialect.displayName(), d.name);
        if (!d.comment.isEmpty())
            message += QStringLiteral(" Its comment is not kept.");
        out.append({model::Diagnostic::Severity::Info,
                    QStringLiteral("domain-emitted-as-base-type"), path(d.schemaId, d.name),
                    message, d.id});
    }
}

void DialectValidator::checkIdentity(model::Diagnostics& out) const
{
    const model::ModelIndex index(m_model);
    const PathMaker path{index};
    using Kind = model::ColumnDefault::Kind;
    for (const model::Table& t : m_model.tables) {
        for (const model::Column& c : t.columns) {
            const QString where = path(t.schemaId, t.name, c.name);
            const bool generated = !c.generatedExpression.trimmed().isEmpty();
            if (generated &&
                (c.identity != model::Identity::None || c.defaultValue.kind != Kind::None)) {
                out.append(
                    error(QStringLiteral("generated-with-default"), where,
                          QStringLiteral("A generated column computes its value, so it cannot "
                                         "also have a default or identity; remove one of them."),
                          c.id));
                continue;
            }
            if (c.identity == model::Identity::None)
                continue;
            if (!c.type.isInteger()) {
                out.append(
                    error(QStringLiteral("identity-not-integer"), where,
                          QStringLiteral("Identity (auto-increment) needs an integer column; "
                                         "make the column smallint, integer or bigint, or drop "
                                         "identity."),
                          c.id));
            } else if (c.defaultValue.kind != Kind::None) {
                out.append(
                    error(QStringLiteral("identity-with-default"), where,
                          QStringLiteral("An identity column takes its values from a sequence, "
                                         "so it cannot also have a default; remove the default."),
                          c.id));
            }
        }
    }
}

void DialectValidator::checkTypeNames(model::Diagnostics& out) const
{
    const TypeNameCheck check(m_dialect, m_model);
    if (!check.active())
        return;
    std::optional<model::ModelIndex> index; // only for paths, built on the first finding
    for (const model::Table& t : m_model.tables) {
        for (const model::Column& c : t.columns) {
            const QString problem = check.problem(c.type);
            if (problem.isEmpty())
                continue;
            if (!index)
                index.emplace(m_model);
            const PathMaker path{*index};
            out.append({model::Diagnostic::Severity::Warning, QStringLiteral("unknown-type"),
                        path(t.schemaId, t.name, c.name), problem, c.id});
        }
    }
}

} // namespace schemata::dialect
