#include "migrate/safetyanalysis.h"

#include "migrate/safetyrulecontext.h"
#include "migrate/safetyrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <tuple>

namespace schemata::migrate {

using namespace Qt::StringLiterals;
using Severity = model::Diagnostic::Severity;

QList<SafetyRule> safetyRules()
{
    QList<SafetyRule> rules;
    rules += destructiveRules();
    rules += dataDependentRules();
    rules += lockingRules();
    rules += executionRules();
    rules += backwardIncompatibleRules();
    rules += adviceRules();
    std::sort(rules.begin(), rules.end(),
              [](const SafetyRule& a, const SafetyRule& b) { return a.code < b.code; });
    return rules;
}

Findings analyzePlan(const ChangeSet& changes, const Plan& plan, const model::Model& from,
                     const model::Model& to)
{
    const SafetyContext ctx(changes, plan, from, to, safetyRules());
    Findings findings;
    checkDestructive(ctx, findings);
    checkDataDependent(ctx, findings);
    checkLocking(ctx, findings);
    checkExecution(ctx, findings);
    checkBackwardIncompatible(ctx, findings);
    checkAdvice(ctx, findings);
    // By step (plan-wide findings first), then rule code; path and message keep equal
    // keys in a stable order whatever order the rules ran in.
    std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.stepIndex, a.code, a.path, a.message) <
               std::tie(b.stepIndex, b.code, b.path, b.message);
    });
    findings.erase(std::unique(findings.begin(), findings.end()), findings.end());
    return findings;
}

QString findingsToText(const Findings& findings)
{
    QString text;
    for (const Finding& f : findings) {
        text += model::severityName(f.severity) + u'[' + f.code + u']';
        text += f.path.isEmpty() ? u": "_s : u' ' + f.path + u": "_s;
        text += f.message;
        if (!f.why.isEmpty())
            text += u" — "_s + f.why;
        text += u'\n';
    }
    return text;
}

namespace {

QJsonObject counts(const Findings& findings)
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (const Finding& f : findings) {
        errors += f.severity == Severity::Error;
        warnings += f.severity == Severity::Warning;
        infos += f.severity == Severity::Info;
    }
    return {{u"error"_s, errors}, {u"warning"_s, warnings}, {u"info"_s, infos}};
}

// SARIF levels (§3.27.10): error, warning, note.
QString sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        return u"note"_s;
    }
    return u"warning"_s;
}

// "locking/index-not-concurrent" → "IndexNotConcurrent": SARIF's reportingDescriptor.name
// is a readable identifier, the id stays the stable code.
QString ruleName(const QString& code)
{
    QString name;
    bool upper = true;
    for (const QChar c : code.section(u'/', 1)) {
        if (c == u'-' || c == u'/') {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name;
}

} // namespace

QByteArray findingsToJson(const Findings& findings)
{
    QJsonArray items;
    for (const Finding& f : findings) {
        items.append(QJsonObject{
            {u"severity"_s, model::severityName(f.severity)},
            {u"code"_s, f.code},
            {u"category"_s, f.category},
            {u"path"_s, f.path},
            {u"message"_s, f.message},
            {u"why"_s, f.why},
            {u"step"_s, f.stepIndex},
            {u"objectId"_s, f.objectId.toString()},
        });
    }
    const QJsonObject root{{u"findings"_s, items}, {u"counts"_s, counts(findings)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray findingsToSarif(const Findings& findings, const QString& artifactUri)
{
    const QList<SafetyRule> rules = safetyRules();
    QJsonArray ruleArray;
    for (const SafetyRule& rule : rules) {
        ruleArray.append(QJsonObject{
            {u"id"_s, rule.code},
            {u"name"_s, ruleName(rule.code)},
            {u"shortDescription"_s, QJsonObject{{u"text"_s, rule.why}}},
            {u"defaultConfiguration"_s, QJsonObject{{u"level"_s, sarifLevel(rule.severity)}}},
            {u"properties"_s,
             QJsonObject{{u"category"_s, rule.category}, {u"tags"_s, QJsonArray{rule.category}}}},
        });
    }
    QJsonArray results;
    for (const Finding& f : findings) {
        const auto rule = std::find_if(rules.cbegin(), rules.cend(),
                                       [&](const SafetyRule& r) { return r.code == f.code; });
        QJsonObject location;
        if (!artifactUri.isEmpty())
            location.insert(
                u"physicalLocation"_s,
                QJsonObject{{u"artifactLocation"_s, QJsonObject{{u"uri"_s, artifactUri}}}});
        if (!f.path.isEmpty())
            location.insert(u"logicalLocations"_s,
                            QJsonArray{QJsonObject{{u"fullyQualifiedName"_s, f.path}}});
        QJsonObject result{
            {u"ruleId"_s, f.code},
            {u"level"_s, sarifLevel(f.severity)},
            {u"message"_s,
             QJsonObject{{u"text"_s, f.why.isEmpty() ? f.message : f.message + u" — "_s + f.why}}},
            {u"properties"_s, QJsonObject{{u"category"_s, f.category}, {u"step"_s, f.stepIndex}}},
        };
        if (rule != rules.cend())
            result.insert(u"ruleIndex"_s, int(rule - rules.cbegin()));
        if (!location.isEmpty())
            result.insert(u"locations"_s, QJsonArray{location});
        results.append(result);
    }
    const QJsonObject driver{
        {u"name"_s, u"schemata"_s},
        {u"informationUri"_s, u"https://schemata.io/"_s},
        {u"rules"_s, ruleArray},
    };
    const QJsonObject run{{u"tool"_s, QJsonObject{{u"driver"_s, driver}}}, {u"results"_s, results}};
    const QJsonObject log{
        {u"$schema"_s, u"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
                       u"sarif-schema-2.1.0.json"_s},
        {u"version"_s, u"2.1.0"_s},
        {u"runs"_s, QJsonArray{run}},
    };
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

} // namespace schemata::migrate
