#include "cli/fmtcommand.h"

#include "cli/commandline.h"
#include "document/documentformat.h"

#include <QCoreApplication>
#include <QFile>

namespace schemata::cli {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("cli", text); }
} // namespace

int runFmt(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({}, {QStringLiteral("--check")});
    if (const auto error = cl.parse(args))
        return ctx.fail(*error);
    if (cl.positional().size() != 1)
        return ctx.fail(tr("usage: schemata fmt FILE [--check]"));
    const QString path = cl.positional().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(tr("%1: cannot read: %2").arg(path, file.errorString()));
    const QByteArray original = file.readAll();
    file.close();

    const auto parsed = document::readDocument(original, path);
    if (!parsed)
        return ctx.fail(parsed.error().toString());
    const QByteArray canonical = document::writeDocument(parsed.value());
    if (canonical == original) {
        if (!cl.isSet(QStringLiteral("--check")))
            ctx.err << tr("%1: already canonical").arg(path) << Qt::endl;
        return ExitOk;
    }
    if (cl.isSet(QStringLiteral("--check"))) {
        ctx.out << tr("%1: not in canonical form (run: schemata fmt %1)").arg(path) << Qt::endl;
        return ExitFindings;
    }
    const auto saved = document::saveDocument(parsed.value(), path);
    if (!saved)
        return ctx.fail(saved.error().toString());
    ctx.err << tr("%1: rewritten in canonical form").arg(path) << Qt::endl;
    return ExitOk;
}

} // namespace schemata::cli
