#include "cli/ddlcommand.h"

#include "cli/commandchecks.h"
#include "cli/commandline.h"
#include "dialect/dialect.h"
#include "document/documentformat.h"
#include "model/validator.h"

#include <QCoreApplication>

namespace schemata::cli {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("cli", text); }
} // namespace

int runDdl(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({QStringLiteral("--dialect"), QStringLiteral("-o"), QStringLiteral("--output")}, {});
    if (const auto error = cl.parse(args))
        return ctx.fail(*error);
    if (cl.positional().size() != 1)
        return ctx.fail(tr("usage: schemata ddl FILE [--dialect postgres|mysql|mariadb|sqlite] [-o OUT]"));
    const auto loaded = document::loadDocument(cl.positional().constFirst());
    if (!loaded)
        return ctx.fail(loaded.error().toString());
    const document::Document& doc = loaded.value();
    const QString dialectName = cl.value(QStringLiteral("--dialect"), doc.dialect);
    const auto dialect = dialect::createDialect(dialectName);
    if (!dialect)
        return ctx.fail(unknownDialectMessage(dialectName));

    // DDL from a model with errors would be refused by the engine or, worse, accepted
    // with a different meaning: report the errors instead of printing half-right SQL.
    model::Diagnostics problems = model::validateModel(doc.model);
    problems += dialect->validate(doc.model);
    if (reportValidationErrors(ctx, problems))
        return ctx.fail(tr("%1 has validation errors; fix them (schemata validate) before generating DDL")
                            .arg(cl.positional().constFirst()),
                        ExitFindings);

    const dialect::DdlScript script = dialect->createScript(doc.model);
    for (const model::Diagnostic& w : script.warnings)
        ctx.err << w.toString() << Qt::endl;
    ctx.err.flush();
    const QString output = cl.value(QStringLiteral("-o"), cl.value(QStringLiteral("--output")));
    return writeOutput(ctx, output, script.toSql().toUtf8()) ? ExitOk : ExitBadInput;
}

} // namespace schemata::cli
