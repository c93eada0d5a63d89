// Safety analysis: for every rule in the catalogue a plan that makes it fire and a plan
// (usually the safe pattern the planner generates) that must not (the cases are in
// safetyanalysiscases.h); end-to-end cases through the real differ and planners; the
// catalogue's shape; the text, JSON and SARIF outputs.
#include "migrate/differ.h"
#include "migrate/planner.h"
#include "migrate/safetyanalysis.h"
#include "migrate/safetyrulecontext.h"
#include "safetyanalysiscases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace schemata;
using namespace schemata::migrate;
using namespace schemata::migrate::safetytest;
using namespace Qt::StringLiterals;

namespace {

// End to end: a model edit, diffed and planned by the real differ and planners.
Model edited(const QString& edit)
{
    Model m = shop();
    Table& order = tableOf(m, u"tbl_order"_s);
    if (edit == u"add index") {
        model::Index index;
        index.id = core::Id(u"idx_order_label"_s);
        index.name = u"order_label_idx"_s;
        index.keys = {model::IndexKey{core::Id(u"col_order_label"_s), {}, {}, {}}};
        order.indexes.append(index);
    } else if (edit == u"add unique") {
        order.uniques.append({core::Id(u"uq_order_label"_s),
                              u"order_label_key"_s,
                              {core::Id(u"col_order_label"_s)}});
    } else if (edit == u"set not null") {
        columnOf(m, u"tbl_order"_s, u"col_order_note"_s).nullable = false;
    } else if (edit == u"add required column") {
        order.columns.append(col(u"col_order_ref"_s, u"ref"_s, u"text"_s, false));
    } else if (edit == u"drop column") {
        order.columns.removeAt(2);
    } else if (edit == u"rename column") {
        columnOf(m, u"tbl_order"_s, u"col_order_label"_s).name = u"tag"_s;
    } else if (edit == u"widen integer") {
        columnOf(m, u"tbl_order"_s, u"col_order_total"_s).type =
            *model::LogicalType::parse(u"bigint"_s);
    } else if (edit == u"add check") {
        order.checks.append({core::Id(u"ck_total"_s), u"total_positive"_s, u"total > 0"_s});
    }
    return m;
}

// The "before" of an edit: for "add foreign key" the FK is what the edit adds.
Model original(const QString& edit)
{
    Model m = shop();
    if (edit == u"add foreign key")
        tableOf(m, u"tbl_order"_s).foreignKeys.clear();
    return m;
}

QString dump(const Findings& findings)
{
    return findings.isEmpty() ? u"(no findings)"_s : findingsToText(findings);
}

} // namespace

class TestSafetyAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<int>("index");
        const QList<Case> all = cases();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(all[i].code + u": "_s + all[i].name)) << i;
    }

    void rule()
    {
        QFETCH(int, index);
        const Case c = cases().at(index);
        const ChangeSet changes{c.changes, {}, false};
        const Findings findings = analyzePlan(changes, c.plan, c.from, c.to);
        const bool fired = std::any_of(findings.cbegin(), findings.cend(),
                                       [&](const Finding& f) { return f.code == c.code; });
        QVERIFY2(fired == c.fires, qPrintable(dump(findings)));
        // Whatever fires is in the catalogue, with the catalogue's severity and why.
        const QList<SafetyRule> rules = safetyRules();
        for (const Finding& f : findings) {
            const auto rule = std::find_if(rules.cbegin(), rules.cend(),
                                           [&](const SafetyRule& r) { return r.code == f.code; });
            QVERIFY2(rule != rules.cend(), qPrintable(f.code));
            QCOMPARE(f.severity, rule->severity);
            QCOMPARE(f.category, rule->category);
            QCOMPARE(f.why, rule->why);
            QVERIFY(!f.message.isEmpty());
            QVERIFY(f.stepIndex >= -1 && f.stepIndex < c.plan.steps.size());
        }
    }

    void endToEnd_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("edit");
        QTest::addColumn<bool>("safePatterns");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("fires");
        const auto row = [](const QString& dialect, const QString& edit, bool safe,
                            const QString& code, bool fires) {
            QTest::addRow("%s %s%s: %s %s", qPrintable(dialect), qPrintable(edit),
                          safe ? "" : " (plain)", qPrintable(code), fires ? "fires" : "quiet")
                << dialect << edit << safe << code << fires;
        };
        // The planner's safe patterns keep the locking rules quiet; the plain plan trips them.
        row(kPg, u"add index"_s, true, u"locking/index-not-concurrent"_s, false);
        row(kPg, u"add index"_s, true, u"locking/concurrent-in-transaction"_s, false);
        row(kPg, u"add index"_s, true, u"locking/not-retry-safe"_s, false);
        row(kPg, u"add index"_s, false, u"locking/index-not-concurrent"_s, true);
        row(kPg, u"add index"_s, true, u"locking/lock-timeout-missing"_s, false);
        row(kMy, u"add index"_s, true, u"locking/index-not-concurrent"_s, false);
        row(kPg, u"add foreign key"_s, true, u"locking/foreign-key-not-valid"_s, false);
        row(kPg, u"add foreign key"_s, false, u"locking/foreign-key-not-valid"_s, true);
        row(kPg, u"add foreign key"_s, true, u"data-dependent/add-foreign-key"_s, true);
        row(kPg, u"add check"_s, true, u"locking/check-not-valid"_s, false);
        row(kPg, u"add check"_s, false, u"locking/check-not-valid"_s, true);
        row(kPg, u"add check"_s, true, u"data-dependent/add-check"_s, true);
        row(kPg, u"set not null"_s, true, u"locking/set-not-null-scan"_s, false);
        row(kPg, u"set not null"_s, false, u"locking/set-not-null-scan"_s, true);
        row(kPg, u"set not null"_s, true, u"data-dependent/set-not-null"_s, true);
        row(kPg, u"add required column"_s, true, u"data-dependent/add-required-column"_s, false);
        row(kPg, u"add required column"_s, true, u"data-dependent/backfill-value"_s, true);
        row(kPg, u"add required column"_s, true, u"locking/set-not-null-scan"_s, false);
        row(kPg, u"add unique"_s, true, u"data-dependent/add-unique"_s, true);
        row(kLite, u"add unique"_s, true, u"data-dependent/add-unique"_s, true);
        for (const QString& dialect : {kPg, kMy, kLite}) {
            row(dialect, u"drop column"_s, true, u"destructive/drop-column"_s, true);
            row(dialect, u"rename column"_s, true, u"backward-incompatible/rename-column"_s, true);
            row(dialect, u"rename column"_s, true, u"destructive/drop-column"_s, false);
            row(dialect, u"widen integer"_s, true, u"data-dependent/type-narrowing"_s, false);
        }
        row(kPg, u"widen integer"_s, true, u"locking/column-type-rewrite"_s, true);
        row(kMy, u"widen integer"_s, true, u"locking/table-copy"_s, true);
        row(kLite, u"widen integer"_s, true, u"locking/table-rebuild"_s, true);
        row(kLite, u"rename column"_s, true, u"locking/table-rebuild"_s, false);
    }

    void endToEnd()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, edit);
        QFETCH(bool, safePatterns);
        QFETCH(QString, code);
        QFETCH(bool, fires);
        const Model from = original(edit);
        const Model to = edited(edit);
        const ChangeSet changes = diffModels(from, to);
        QVERIFY(!changes.isEmpty());
        const auto planner = createPlanner(dialect);
        if (!planner)
            QFAIL("no planner");
        PlanOptions options;
        options.safePatterns = safePatterns;
        const Plan plan = planner->plan(changes, from, to, options);
        const Findings findings = analyzePlan(changes, plan, from, to);
        const bool fired = std::any_of(findings.cbegin(), findings.cend(),
                                       [&](const Finding& f) { return f.code == code; });
        QVERIFY2(fired == fires, qPrintable(renderUp(plan) + u"\n"_s + dump(findings)));
    }

    // Every rule has a case that fires it and one that must not.
    void everyRuleHasBothCases()
    {
        QSet<QString> firing;
        QSet<QString> quiet;
        for (const Case& c : cases())
            (c.fires ? firing : quiet).insert(c.code);
        for (const SafetyRule& rule : safetyRules()) {
            QVERIFY2(firing.contains(rule.code), qPrintable(u"no firing case for "_s + rule.code));
            QVERIFY2(quiet.contains(rule.code), qPrintable(u"no quiet case for "_s + rule.code));
        }
    }

    void catalogue()
    {
        const QList<SafetyRule> rules = safetyRules();
        QVERIFY(rules.size() >= 30);
        const QStringList categories{u"destructive"_s,           u"data-dependent"_s, u"locking"_s,
                                     u"backward-incompatible"_s, u"naming"_s,         u"type"_s};
        QSet<QString> codes;
        for (int i = 0; i < rules.size(); ++i) {
            const SafetyRule& r = rules[i];
            QVERIFY2(!codes.contains(r.code), qPrintable(r.code));
            codes.insert(r.code);
            QCOMPARE(r.code.section(u'/', 0, 0), r.category);
            QVERIFY(categories.contains(r.category));
            QVERIFY(r.code.contains(QRegularExpression(u"^[a-z-]+/[a-z-]+$"_s)));
            QVERIFY2(r.why.endsWith(u'.') && !r.why.contains(u'\n'), qPrintable(r.code));
            if (i > 0)
                QVERIFY(rules[i - 1].code < r.code);
        }
    }

    void orderAndDeterminism()
    {
        // Drop a table and add an index on another existing one without lock_timeout:
        // one plan-wide finding first, then by step.
        Model from = shop();
        Model to = from;
        to.tables.removeFirst();
        const ChangeSet changes{
            {ch(ChangeOp::Drop, ObjectKind::Table, u"tbl_customer"_s, {}, u"public.customer"_s),
             ch(ChangeOp::Drop, ObjectKind::Column, u"col_order_note"_s, u"tbl_order"_s,
                u"public.order.note"_s)},
            {},
            false};
        Plan plan =
            pl(kPg, {st(1, {u"ALTER TABLE \"order\" DROP COLUMN note"_s}, u"col_order_note"_s),
                     st(0, {u"DROP TABLE customer"_s}, u"tbl_customer"_s)});
        plan.upPrologue.clear();
        const Findings findings = analyzePlan(changes, plan, from, to);
        QCOMPARE(findings, analyzePlan(changes, plan, from, to));
        QStringList codes;
        for (const Finding& f : findings)
            codes.append(u"%1 %2"_s.arg(f.stepIndex).arg(f.code));
        QCOMPARE(codes,
                 (QStringList{u"-1 locking/lock-timeout-missing"_s, u"0 destructive/drop-column"_s,
                              u"1 destructive/drop-table"_s}));
    }

    void maskSqlBlanksNamesAndLiterals()
    {
        QCOMPARE(maskSql(u"CREATE INDEX \"concurrently\" ON t (x) -- concurrently"_s, false),
                 u"CREATE INDEX _ ON T (X)"_s);
        QCOMPARE(maskSql(u"SELECT 'it''s NOT VALID', $f$ NOT VALID $f$, `a``b`"_s, false),
                 u"SELECT _ , _ , _"_s);
        QCOMPARE(maskSql(u"SELECT 'a\\'b NOT VALID' /* NOT VALID */ FROM t"_s, true),
                 u"SELECT _ FROM T"_s);
        QCOMPARE(maskSql(u"SELECT $1, x$y"_s, false), u"SELECT $1, X$Y"_s);
    }

    void textFormat()
    {
        Finding f;
        f.severity = model::Diagnostic::Severity::Warning;
        f.code = u"locking/index-not-concurrent"_s;
        f.path = u"sales.order_idx"_s;
        f.message = u"creates it without CONCURRENTLY"_s;
        f.why = u"Writes wait."_s;
        Finding plan = f;
        plan.path.clear();
        plan.severity = model::Diagnostic::Severity::Info;
        QCOMPARE(
            findingsToText({f, plan}),
            u"warning[locking/index-not-concurrent] sales.order_idx: creates it without "
            u"CONCURRENTLY — Writes wait.\n"
            u"info[locking/index-not-concurrent]: creates it without CONCURRENTLY — Writes wait.\n"_s);
        QCOMPARE(findingsToText({}), QString());
    }

    void jsonFormat()
    {
        const Case c = cases().constFirst(); // drop schema
        const Findings findings = analyzePlan({c.changes, {}, false}, c.plan, c.from, c.to);
        QCOMPARE(findings.size(), 1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(findingsToJson(findings), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.keys(), (QStringList{u"counts"_s, u"findings"_s}));
        QCOMPARE(root[u"counts"_s].toObject()[u"error"_s].toInt(), 1);
        const QJsonObject item = root[u"findings"_s].toArray().at(0).toObject();
        QCOMPARE(item.keys(), (QStringList{u"category"_s, u"code"_s, u"message"_s, u"objectId"_s,
                                           u"path"_s, u"severity"_s, u"step"_s, u"why"_s}));
        QCOMPARE(item[u"code"_s].toString(), u"destructive/drop-schema"_s);
        QCOMPARE(item[u"severity"_s].toString(), u"error"_s);
        QCOMPARE(item[u"path"_s].toString(), u"archive"_s);
        QCOMPARE(item[u"step"_s].toInt(), 0);
        QCOMPARE(item[u"objectId"_s].toString(), u"sch_archive"_s);
    }

    // The SARIF 2.1.0 shape: sarifLog{version, $schema, runs[{tool.driver{name, rules[]},
    // results[]}]}; each result's ruleId names a rule, ruleIndex points at it, level is
    // one of the spec's values and its location names the linted file.
    void sarifFormat()
    {
        Findings findings;
        for (const Case& c : cases()) {
            if (c.fires)
                findings += analyzePlan({c.changes, {}, false}, c.plan, c.from, c.to);
        }
        QJsonParseError error;
        const QJsonDocument doc =
            QJsonDocument::fromJson(findingsToSarif(findings, u"db/shop.schemata"_s), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject log = doc.object();
        QCOMPARE(log[u"version"_s].toString(), u"2.1.0"_s);
        QVERIFY(log[u"$schema"_s].toString().endsWith(u"sarif-schema-2.1.0.json"_s));
        const QJsonArray runs = log[u"runs"_s].toArray();
        QCOMPARE(runs.size(), 1);
        const QJsonObject driver = runs[0][u"tool"_s][u"driver"_s].toObject();
        QCOMPARE(driver[u"name"_s].toString(), u"schemata"_s);
        const QJsonArray rules = driver[u"rules"_s].toArray();
        QCOMPARE(rules.size(), safetyRules().size());
        for (const QJsonValue& rule : rules) {
            QVERIFY(!rule[u"id"_s].toString().isEmpty());
            QVERIFY(!rule[u"shortDescription"_s][u"text"_s].toString().isEmpty());
            QVERIFY(QStringList({u"error"_s, u"warning"_s, u"note"_s})
                        .contains(rule[u"defaultConfiguration"_s][u"level"_s].toString()));
        }
        const QJsonArray results = runs[0][u"results"_s].toArray();
        QCOMPARE(results.size(), findings.size());
        QSet<QString> levels;
        for (const QJsonValue& result : results) {
            const int ruleIndex = result[u"ruleIndex"_s].toInt(-1);
            QVERIFY(ruleIndex >= 0 && ruleIndex < rules.size());
            QCOMPARE(rules[ruleIndex][u"id"_s].toString(), result[u"ruleId"_s].toString());
            levels.insert(result[u"level"_s].toString());
            QVERIFY(!result[u"message"_s][u"text"_s].toString().isEmpty());
            const QJsonArray locations = result[u"locations"_s].toArray();
            QCOMPARE(locations.size(), 1);
            QCOMPARE(
                locations[0][u"physicalLocation"_s][u"artifactLocation"_s][u"uri"_s].toString(),
                u"db/shop.schemata"_s);
        }
        QCOMPARE(levels, (QSet<QString>{u"error"_s, u"warning"_s, u"note"_s}));
    }
};

QTEST_GUILESS_MAIN(TestSafetyAnalysis)
#include "tst_safetyanalysis.moc"
