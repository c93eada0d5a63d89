#include "migrate/migrationauthor.h"

#include "dialect/dialect.h"
#include "migrate/differ.h"
#include "migrate/planner.h"
#include "migrate/safetyanalysis.h"

#include <QTimeZone>

namespace schemata::migrate {

namespace {

using namespace Qt::StringLiterals;

// File names and tool identifiers are built from the name (bundles), so it stays short.
constexpr qsizetype kMaxNameLength = 80;

// "Add order notes", "addOrderNotes", "add-order-notes", "Ajouter la clé" →
// "add_order_notes", …, "ajouter_la_cle". Letters lose their accents (NFD, marks
// dropped); a lower→upper case step starts a new word; every other character is a
// separator; runs of separators become one '_', none at either end.
QString normaliseName(const QString& input)
{
    const QString decomposed = input.normalized(QString::NormalizationForm_KD);
    QString out;
    bool pendingSeparator = false;
    QChar previous;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing ||
            c.category() == QChar::Mark_SpacingCombining || c.category() == QChar::Mark_Enclosing)
            continue;
        const bool asciiLetter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        const bool digit = c >= u'0' && c <= u'9';
        if (!asciiLetter && !digit) {
            pendingSeparator = true;
            previous = QChar();
            continue;
        }
        if (c.isUpper() && (previous.isLower() || previous.isDigit()))
            pendingSeparator = true;
        if (pendingSeparator && !out.isEmpty())
            out += u'_';
        pendingSeparator = false;
        out += c.toLower();
        previous = c;
    }
    return out;
}

} // namespace

core::Result<PendingMigration> pendingMigration(const document::Document& document,
                                                const QString& name, const QDateTime& nowUtc)
{
    const QStringList problems = document::validateHistory(document.history);
    if (!problems.isEmpty()) {
        return core::Error{{},
                           u"the migration history is invalid:\n  "_s + problems.join(u"\n  "_s)};
    }

    const QString normalised = normaliseName(name);
    if (normalised.isEmpty()) {
        return core::Error{{},
                           u"invalid migration name \"%1\": it needs at least one letter or digit "
                           u"(it becomes snake_case, e.g. \"add_order_notes\")"_s.arg(name)};
    }
    if (normalised.size() > kMaxNameLength) {
        return core::Error{{},
                           u"migration name too long (%1 characters after normalising to "
                           u"snake_case; at most %2)"_s.arg(normalised.size())
                               .arg(kMaxNameLength)};
    }
    if (!nowUtc.isValid())
        return core::Error{{}, u"invalid creation time"_s};
    const QString id = nowUtc.toUTC().toString(u"yyyyMMddHHmmss"_s);

    const model::Model from = document.history.snapshot.value_or(model::Model());
    const model::Model& to = document.model;
    // One document's history shares identity with its model: renames are exact.
    DiffOptions diffOptions;
    diffOptions.matching = DiffOptions::Matching::ById;
    const ChangeSet changes = diffModels(from, to, diffOptions);

    PendingMigration pending;
    pending.migration.id = id;
    pending.migration.name = normalised;
    bool anySteps = false;
    for (const QString& dialectName : dialect::dialectNames()) {
        const std::unique_ptr<Planner> planner = createPlanner(dialectName);
        if (!planner)
            return core::Error{{}, u"no migration planner for dialect \"%1\""_s.arg(dialectName)};
        const Plan plan = planner->plan(changes, from, to);
        anySteps = anySteps || !plan.isEmpty();
        pending.migration.irreversible =
            pending.migration.irreversible || plan.hasIrreversibleSteps();
        pending.migration.scripts.insert(dialectName, {renderUp(plan), renderDown(plan)});
        if (dialectName == document.dialect)
            pending.findings = analyzePlan(changes, plan, from, to);
    }
    // Document-only changes (PII metadata, comments where a dialect has none) produce no
    // SQL on any dialect: nothing to migrate, the snapshot keeps them pending harmlessly.
    pending.empty = !anySteps;
    // The id must order after the last one; checked only when there is something to
    // append, so "nothing to migrate" is what a repeated command hears first.
    if (!pending.empty && !document.history.migrations.isEmpty()) {
        const QString last = document.history.migrations.constLast().id;
        if (id <= last) {
            return core::Error{{},
                               u"the new migration's id %1 (the current UTC time) is not later "
                               u"than the last migration's id %2; wait a second, or check the "
                               u"system clock"_s.arg(id, last)};
        }
    }
    pending.migration.checksum = document::migrationChecksum(pending.migration);
    return pending;
}

core::Result<document::Document> appendMigration(const document::Document& document,
                                                 const QString& name, const QDateTime& nowUtc)
{
    auto pending = pendingMigration(document, name, nowUtc);
    if (!pending)
        return pending.error();
    if (pending.value().empty) {
        return core::Error{{},
                           u"nothing to migrate: the model has no changes with SQL since the "
                           u"last migration"_s};
    }
    document::Document out = document;
    out.history.migrations.append(pending.value().migration);
    out.history.snapshot = document.model;
    return out;
}

} // namespace schemata::migrate
