#include "cli/diffcommand.h"

#include "cli/commandchecks.h"
#include "cli/commandline.h"
#include "dialect/dialect.h"
#include "document/documentformat.h"
#include "migrate/differ.h"
#include "migrate/planner.h"
#include "model/validator.h"

#include <QCoreApplication>

namespace schemata::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

// Prints a model's validation errors; true when there were any. A plan from a model
// with errors would be SQL the engine refuses or, worse, accepts with another meaning.
bool reportErrors(CliContext& ctx, const model::Model& model, const dialect::Dialect& dialect)
{
    model::Diagnostics problems = model::validateModel(model);
    problems += dialect.validate(model);
    return reportValidationErrors(ctx, problems);
}

} // namespace

int runDiff(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({QStringLiteral("--dialect")},
                   {QStringLiteral("--down"), QStringLiteral("--by-name")});
    if (const auto error = cl.parse(args))
        return ctx.fail(*error);
    if (cl.positional().size() != 2)
        return ctx.fail(tr("usage: schemata diff OLD NEW [--dialect postgres|mysql|mariadb|sqlite] "
                           "[--down] [--by-name]"));
    const QString oldPath = cl.positional().at(0);
    const QString newPath = cl.positional().at(1);
    const auto oldDoc = document::loadDocument(oldPath);
    if (!oldDoc)
        return ctx.fail(oldDoc.error().toString());
    const auto newDoc = document::loadDocument(newPath);
    if (!newDoc)
        return ctx.fail(newDoc.error().toString());

    const QString dialectName = cl.value(QStringLiteral("--dialect"), newDoc.value().dialect);
    const auto dialect = dialect::createDialect(dialectName);
    const auto planner = migrate::createPlanner(dialectName);
    if (!dialect || !planner)
        return ctx.fail(unknownDialectMessage(dialectName));

    const model::Model& from = oldDoc.value().model;
    const model::Model& to = newDoc.value().model;
    const bool oldBroken = reportErrors(ctx, from, *dialect);
    const bool newBroken = reportErrors(ctx, to, *dialect);
    if (oldBroken || newBroken)
        return ctx.fail(tr("%1 has validation errors; fix them (schemata validate) before diffing")
                            .arg(oldBroken ? oldPath : newPath),
                        ExitFindings);

    migrate::DiffOptions options;
    if (cl.isSet(QStringLiteral("--by-name")))
        options.matching = migrate::DiffOptions::Matching::ByName;
    const migrate::ChangeSet changes = migrate::diffModels(from, to, options);
    const migrate::Plan plan = planner->plan(changes, from, to);

    // Everything a reviewer must decide about goes to stderr, so stdout stays runnable SQL.
    if (changes.matchedByName && !changes.renameCandidates.isEmpty())
        ctx.err << tr("The models share no ids, so objects were matched by name; these look "
                      "renamed but are planned as drop + add:")
                << Qt::endl;
    for (const migrate::RenameCandidate& c : changes.renameCandidates)
        ctx.err << tr("  possible rename: %1 %2 -> %3 (similarity %4%)")
                       .arg(migrate::objectKindName(c.kind), c.fromPath, c.toPath)
                       .arg(c.score)
                << Qt::endl;
    for (const migrate::PlanStep& step : plan.steps) {
        if (step.irreversible)
            ctx.err << tr("irreversible: %1: %2").arg(step.summary, step.irreversibleReason)
                    << Qt::endl;
    }
    for (const model::Diagnostic& w : plan.warnings)
        ctx.err << w.toString() << Qt::endl;
    ctx.err.flush();

    const QString sql =
        cl.isSet(QStringLiteral("--down")) ? migrate::renderDown(plan) : migrate::renderUp(plan);
    return writeOutput(ctx, QString(), sql.toUtf8()) ? ExitOk : ExitBadInput;
}

} // namespace schemata::cli
