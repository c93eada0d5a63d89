#include "cli/validatecommand.h"

#include "cli/commandchecks.h"
#include "cli/commandline.h"
#include "dialect/dialect.h"
#include "document/documentformat.h"
#include "model/validator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace schemata::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("cli", text); }

QByteArray diagnosticsJson(const model::Diagnostics& diagnostics)
{
    QJsonArray array;
    for (const model::Diagnostic& d : diagnostics) {
        QJsonObject o;
        o.insert(QStringLiteral("severity"), model::severityName(d.severity));
        o.insert(QStringLiteral("code"), d.code);
        o.insert(QStringLiteral("path"), d.path);
        o.insert(QStringLiteral("message"), d.message);
        o.insert(QStringLiteral("objectId"), d.objectId.toString());
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace

int runValidate(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({QStringLiteral("--dialect"), QStringLiteral("--format")}, {QStringLiteral("--strict")});
    if (const auto error = cl.parse(args))
        return ctx.fail(*error);
    if (cl.positional().size() != 1)
        return ctx.fail(tr("usage: schemata validate FILE [--dialect D] [--format text|json] [--strict]"));
    const QString format = cl.value(QStringLiteral("--format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return ctx.fail(tr("--format must be text or json, not \"%1\"").arg(format));

    const auto loaded = document::loadDocument(cl.positional().constFirst());
    if (!loaded)
        return ctx.fail(loaded.error().toString());
    const document::Document& doc = loaded.value();
    const QString dialectName = cl.value(QStringLiteral("--dialect"), doc.dialect);
    const auto dialect = dialect::createDialect(dialectName);
    if (!dialect)
        return ctx.fail(unknownDialectMessage(dialectName));

    model::Diagnostics diagnostics = model::validateModel(doc.model);
    diagnostics += dialect->validate(doc.model);

    int errors = 0;
    int warnings = 0;
    for (const model::Diagnostic& d : diagnostics) {
        errors += d.severity == model::Diagnostic::Severity::Error;
        warnings += d.severity == model::Diagnostic::Severity::Warning;
    }
    if (format == QLatin1String("json")) {
        ctx.out << QString::fromUtf8(diagnosticsJson(diagnostics));
    } else {
        for (const model::Diagnostic& d : diagnostics)
            ctx.out << d.toString() << Qt::endl;
        ctx.out << tr("%1: %2 error(s), %3 warning(s), %4 note(s) for %5")
                       .arg(cl.positional().constFirst())
                       .arg(errors)
                       .arg(warnings)
                       .arg(diagnostics.size() - errors - warnings)
                       .arg(dialect->displayName())
                << Qt::endl;
    }
    ctx.out.flush();
    const bool findings = errors > 0 || (cl.isSet(QStringLiteral("--strict")) && warnings > 0);
    return findings ? ExitFindings : ExitOk;
}

} // namespace schemata::cli
