// `schemata migrate lint FILE`: the safety findings of the pending migration — the
// current model against the history's snapshot (an empty model before the first
// migration) — planned for one dialect, as text, JSON or SARIF for code-scanning UIs.
#include "cli/commandchecks.h"
#include "cli/commandline.h"
#include "cli/migratecommand.h"
#include "dialect/dialect.h"
#include "document/documentformat.h"
#include "migrate/differ.h"
#include "migrate/planner.h"
#include "migrate/safetyanalysis.h"
#include "model/validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

namespace schemata::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

std::optional<model::Diagnostic::Severity> severityFromName(const QString& name)
{
    if (name == QLatin1String("error"))
        return model::Diagnostic::Severity::Error;
    if (name == QLatin1String("warning"))
        return model::Diagnostic::Severity::Warning;
    if (name == QLatin1String("info"))
        return model::Diagnostic::Severity::Info;
    return std::nullopt;
}

// SARIF wants a URI reference: the path as given, '/'-separated and percent-encoded
// (relative paths stay relative, so the report matches the repository's files).
QString artifactUri(const QString& path)
{
    const QString clean = QDir::fromNativeSeparators(path);
    if (QDir::isAbsolutePath(clean))
        return QUrl::fromLocalFile(clean).toString(QUrl::FullyEncoded);
    return QString::fromUtf8(QUrl::toPercentEncoding(clean, "/"));
}

} // namespace

int runMigrateLint(CliContext& ctx, const QStringList& args)
{
    CommandLine cl(
        {QStringLiteral("--dialect"), QStringLiteral("--format"), QStringLiteral("--fail-on")}, {});
    if (const auto error = cl.parse(args))
        return ctx.fail(*error);
    if (cl.positional().size() != 1)
        return ctx.fail(
            tr("usage: schemata migrate lint FILE [--dialect D] [--format text|json|sarif] "
               "[--fail-on error|warning|info]"));
    const QString format = cl.value(QStringLiteral("--format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json") &&
        format != QLatin1String("sarif"))
        return ctx.fail(tr("--format must be text, json or sarif, not \"%1\"").arg(format));
    const QString failOnName = cl.value(QStringLiteral("--fail-on"), QStringLiteral("error"));
    const auto failOn = severityFromName(failOnName);
    if (!failOn)
        return ctx.fail(tr("--fail-on must be error, warning or info, not \"%1\"").arg(failOnName));

    const QString path = cl.positional().constFirst();
    const auto loaded = document::loadDocument(path);
    if (!loaded)
        return ctx.fail(loaded.error().toString());
    const document::Document& doc = loaded.value();
    const QString dialectName = cl.value(QStringLiteral("--dialect"), doc.dialect);
    const auto dialect = dialect::createDialect(dialectName);
    const auto planner = migrate::createPlanner(dialectName);
    if (!dialect || !planner)
        return ctx.fail(unknownDialectMessage(dialectName));

    // A plan from a model with errors would lint statements the engine refuses anyway:
    // report the errors instead (as `ddl` does).
    model::Diagnostics problems = model::validateModel(doc.model);
    problems += dialect->validate(doc.model);
    if (reportValidationErrors(ctx, problems))
        return ctx.fail(tr("%1 has validation errors; fix them (schemata validate) before linting "
                           "its migration")
                            .arg(path),
                        ExitFindings);

    const model::Model from = doc.history.snapshot.value_or(model::Model{});
    const migrate::ChangeSet changes = migrate::diffModels(from, doc.model);
    const migrate::Plan plan = planner->plan(changes, from, doc.model);
    const migrate::Findings findings = migrate::analyzePlan(changes, plan, from, doc.model);

    if (format == QLatin1String("json")) {
        ctx.out << QString::fromUtf8(migrate::findingsToJson(findings));
    } else if (format == QLatin1String("sarif")) {
        ctx.out << QString::fromUtf8(migrate::findingsToSarif(findings, artifactUri(path)));
    } else {
        for (const model::Diagnostic& w : plan.warnings)
            ctx.err << w.toString() << Qt::endl;
        ctx.out << migrate::findingsToText(findings);
        int errors = 0;
        int warnings = 0;
        for (const migrate::Finding& f : findings) {
            errors += f.severity == model::Diagnostic::Severity::Error;
            warnings += f.severity == model::Diagnostic::Severity::Warning;
        }
        if (changes.isEmpty())
            ctx.out << tr("%1: no pending changes for %2").arg(path, dialect->displayName())
                    << Qt::endl;
        else
            ctx.out << tr("%1: %2 error(s), %3 warning(s), %4 note(s) in the pending migration (%5 "
                          "step(s)) for %6")
                           .arg(path)
                           .arg(errors)
                           .arg(warnings)
                           .arg(findings.size() - errors - warnings)
                           .arg(plan.steps.size())
                           .arg(dialect->displayName())
                    << Qt::endl;
    }
    ctx.out.flush();
    ctx.err.flush();
    // Severity is ordered Error < Warning < Info: "at or above" the threshold.
    const bool failing =
        std::any_of(findings.cbegin(), findings.cend(), [&](const migrate::Finding& f) {
            return static_cast<int>(f.severity) <= static_cast<int>(*failOn);
        });
    return failing ? ExitFindings : ExitOk;
}

} // namespace schemata::cli
