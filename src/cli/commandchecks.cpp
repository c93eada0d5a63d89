#include "cli/commandchecks.h"

#include "dialect/dialect.h"

#include <QCoreApplication>

namespace schemata::cli {

bool reportValidationErrors(CliContext& ctx, const model::Diagnostics& problems)
{
    bool errors = false;
    for (const model::Diagnostic& d : problems) {
        if (d.severity != model::Diagnostic::Severity::Error)
            continue;
        ctx.err << d.toString() << Qt::endl;
        errors = true;
    }
    return errors;
}

QString unknownDialectMessage(const QString& name)
{
    return QCoreApplication::translate("cli", "unknown dialect \"%1\" (expected one of: %2)")
        .arg(name, dialect::dialectNames().join(QStringLiteral(", ")));
}

} // namespace schemata::cli
