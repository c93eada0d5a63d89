#include "connect/verificationreport.h"

namespace schemata::connect {

bool VerificationReport::ok() const
{
    return !cancelled && failedCount() == 0;
}

int VerificationReport::failedCount() const
{
    int failed = 0;
    for (const VerificationStep& step : steps) {
        if (!step.ok)
            ++failed;
    }
    return failed;
}

const VerificationStep* VerificationReport::firstFailure() const
{
    for (const VerificationStep& step : steps) {
        if (!step.ok)
            return &step;
    }
    return nullptr;
}

QString VerificationReport::toText(bool withTimings) const
{
    QString out =
        QStringLiteral("verify %1%2: %3 migration(s)\n")
            .arg(dialect,
                 serverVersion.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(serverVersion))
            .arg(migrationCount);
    for (const VerificationStep& step : steps) {
        QString line =
            (step.ok ? QStringLiteral("ok      ") : QStringLiteral("FAILED  ")) + step.label;
        if (withTimings)
            line += QStringLiteral("  (%1 ms)").arg(step.elapsedMs);
        out += line + u'\n';
        for (const QString& message : step.messages) {
            // Multi-line messages (a statement's text) stay readable under the step.
            for (const QString& part : message.split(u'\n'))
                out += QStringLiteral("          ") + part + u'\n';
        }
    }
    if (!notes.isEmpty()) {
        out += QStringLiteral("notes:\n");
        for (const QString& note : notes)
            out += QStringLiteral("  - ") + note + u'\n';
    }
    QString result;
    if (cancelled)
        result = QStringLiteral("result: CANCELLED");
    else if (ok())
        result = QStringLiteral("result: verified (%1 checks)").arg(steps.size());
    else
        result = QStringLiteral("result: FAILED (%1 of %2 checks failed)")
                     .arg(failedCount())
                     .arg(steps.size());
    if (withTimings)
        result += QStringLiteral(" in %1 ms").arg(elapsedMs);
    return out + result + u'\n';
}

} // namespace schemata::connect
