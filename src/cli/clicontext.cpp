#include "cli/clicontext.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace schemata::cli {

int CliContext::fail(const QString& message, int code)
{
    err << QStringLiteral("schemata: ") << message << Qt::endl;
    return code;
}

bool writeOutput(CliContext& ctx, const QString& path, const QByteArray& bytes)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        ctx.out << QString::fromUtf8(bytes);
        ctx.out.flush();
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        ctx.fail(QCoreApplication::translate("cli", "%1: cannot write: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace schemata::cli
