#include "migrate/plan.h"

namespace schemata::migrate {

bool Plan::hasIrreversibleSteps() const
{
    for (const PlanStep& step : steps) {
        if (step.irreversible)
            return true;
    }
    return false;
}

namespace {

enum class Direction
{
    Up,
    Down
};

void appendStatements(QString& out, const QStringList& statements)
{
    for (const QString& sql : statements) {
        out += sql;
        out += QStringLiteral(";\n");
    }
}

QString render(const Plan& plan, Direction direction)
{
    const bool up = direction == Direction::Up;
    QString out = QStringLiteral("-- Schemata migration (%1) for %2\n")
                      .arg(up ? QStringLiteral("up") : QStringLiteral("down"), plan.dialect);
    if (plan.steps.isEmpty()) {
        out += QStringLiteral("-- No changes.\n");
        return out;
    }
    if (!plan.transactional)
        out += QStringLiteral("-- Not transactional: each DDL statement commits on its own, so a "
                              "failed step leaves the steps before it applied.\n");
    if (up && !plan.warnings.isEmpty()) {
        for (const model::Diagnostic& w : plan.warnings)
            out += QStringLiteral("-- warning[%1] %2: %3\n").arg(w.code, w.path, w.message);
    }
    const QStringList& prologue = up ? plan.upPrologue : plan.downPrologue;
    if (!prologue.isEmpty()) {
        out += u'\n';
        appendStatements(out, prologue);
    }
    bool inTransaction = false;
    auto closeTransaction = [&] {
        if (inTransaction) {
            out += QStringLiteral("\nCOMMIT;\n");
            inTransaction = false;
        }
    };
    const qsizetype count = plan.steps.size();
    for (qsizetype n = 0; n < count; ++n) {
        const PlanStep& step = plan.steps.at(up ? n : count - 1 - n);
        const QStringList& statements = up ? step.up : step.down;
        const bool transactional = plan.transactional && !step.outsideTransaction;
        if (transactional && !inTransaction) {
            out += QStringLiteral("\nBEGIN;\n");
            inTransaction = true;
        } else if (!transactional) {
            closeTransaction();
        }
        out += u'\n';
        // The summary describes the up; in the down say it is being reverted, so a reader
        // of the down script does not take "drop column x" for what the down does.
        out += (up ? QStringLiteral("-- ") : QStringLiteral("-- revert: ")) + step.summary + u'\n';
        if (!up && step.irreversible)
            out += QStringLiteral("-- IRREVERSIBLE: ") + step.irreversibleReason + u'\n';
        if (step.outsideTransaction && plan.transactional)
            out += QStringLiteral("-- (outside the transaction)\n");
        if (statements.isEmpty())
            out += QStringLiteral("-- (nothing to run)\n");
        appendStatements(out, statements);
    }
    closeTransaction();
    const QStringList& epilogue = up ? plan.upEpilogue : plan.downEpilogue;
    if (!epilogue.isEmpty()) {
        out += u'\n';
        appendStatements(out, epilogue);
    }
    return out;
}

} // namespace

QString renderUp(const Plan& plan)
{
    return render(plan, Direction::Up);
}

QString renderDown(const Plan& plan)
{
    return render(plan, Direction::Down);
}

} // namespace schemata::migrate
