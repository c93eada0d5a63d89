#include "expectedmodel.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace schemata::enginetest {

using model::Column;
using model::Index;
using model::IndexKey;
using model::Model;
using model::Table;

QSet<QString> warningCodes(const dialect::DdlScript& script, const core::Id& id)
{
    QSet<QString> codes;
    for (const model::Diagnostic& d : script.warnings) {
        if (d.objectId == id)
            codes.insert(d.code);
    }
    return codes;
}

namespace {

void carryDomains(Model& e, const dialect::DdlScript& script)
{
    for (Table& t : e.tables) {
        for (Column& c : t.columns) {
            const model::DomainType* d = e.domainType(c.type.domainId);
            c.type.domainId = {};
            if (!d)
                continue;
            c.nullable = c.nullable && !d->notNull;
            if (c.defaultValue.kind == model::ColumnDefault::Kind::None &&
                c.generatedExpression.trimmed().isEmpty() && c.identity == model::Identity::None &&
                !d->defaultExpression.isEmpty())
                c.defaultValue = {model::ColumnDefault::Kind::Expression, d->defaultExpression};
            if (c.collation.isEmpty())
                c.collation = d->collation;
            for (const auto& carried : script.fragments.carriedChecks.value(c.id)) {
                const auto check = std::find_if(
                    d->checks.cbegin(), d->checks.cend(),
                    [&](const model::CheckConstraint& k) { return k.id == carried.domainCheckId; });
                if (check != d->checks.cend())
                    t.checks.append({carried.domainCheckId, carried.name, check->expression});
            }
        }
    }
    e.domains.clear();
}

} // namespace

model::Model expectedAfterApply(const model::Model& source, const dialect::DdlScript& script,
                                const dialect::Capabilities& capabilities)
{
    Model e = source;
    if (!capabilities.domains)
        carryDomains(e, script);
    auto has = [&](const core::Id& id, const char* code) {
        return warningCodes(script, id).contains(QString::fromLatin1(code));
    };
    for (model::Schema& s : e.schemas) {
        if (has(s.id, "comment-dropped"))
            s.comment.clear();
    }
    for (model::DomainType& d : e.domains) {
        if (has(d.id, "comment-dropped"))
            d.comment.clear();
    }
    for (model::EnumType& en : e.enums) {
        if (has(en.id, "comment-dropped"))
            en.comment.clear();
    }
    for (model::View& v : e.views) {
        if (has(v.id, "comment-dropped"))
            v.comment.clear();
    }
    for (Table& t : e.tables) {
        if (has(t.id, "comment-dropped"))
            t.comment.clear();
        for (Column& c : t.columns) {
            if (has(c.id, "comment-dropped"))
                c.comment.clear();
            if (has(c.id, "identity-always-emulated"))
                c.identity = model::Identity::ByDefault;
            if (has(c.id, "identity-unsupported"))
                c.identity = model::Identity::None;
            if (has(c.id, "collation-unsupported"))
                c.collation.clear();
            if (has(c.id, "generated-virtual-unsupported"))
                c.generatedStored = true;
        }
        for (model::ForeignKey& fk : t.foreignKeys) {
            if (has(fk.id, "fk-action-unsupported")) {
                // InnoDB rejects SET DEFAULT outright, and MariaDB rejects actions that
                // change a column a CHECK uses (error 1901: SET NULL, ON UPDATE CASCADE).
                bool checked = false;
                for (const core::Id& columnId : std::as_const(fk.columnIds)) {
                    const Column* c = t.column(columnId);
                    const QRegularExpression word(
                        QStringLiteral("(^|[^\\w])%1($|[^\\w])")
                            .arg(QRegularExpression::escape(c ? c->name : QString())));
                    for (const model::CheckConstraint& ck : std::as_const(t.checks))
                        checked = checked || (c && word.match(ck.expression).hasMatch());
                }
                auto drop = [&](model::ReferentialAction& a, bool onUpdate) {
                    if (a == model::ReferentialAction::SetDefault ||
                        (checked && (a == model::ReferentialAction::SetNull ||
                                     (onUpdate && a == model::ReferentialAction::Cascade))))
                        a = model::ReferentialAction::NoAction;
                };
                drop(fk.onDelete, false);
                drop(fk.onUpdate, true);
            }
            if (has(fk.id, "deferrable-unsupported"))
                fk.deferrable = fk.initiallyDeferred = false;
        }
        QList<Index> kept;
        for (Index i : std::as_const(t.indexes)) {
            if (has(i.id, "expression-index-unsupported"))
                continue;
            if (has(i.id, "partial-index-unsupported")) {
                if (i.unique)
                    continue;
                i.where.clear();
            }
            if (has(i.id, "include-columns-dropped"))
                i.includeColumnIds.clear();
            if (has(i.id, "nulls-order-dropped")) {
                for (IndexKey& k : i.keys)
                    k.nulls = IndexKey::Nulls::Default;
            }
            if (has(i.id, "index-method-unsupported") || has(i.id, "index-method-ignored"))
                i.method.clear();
            kept.append(i);
        }
        t.indexes = kept;
    }
    return e;
}

} // namespace schemata::enginetest
