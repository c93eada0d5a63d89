#include "dialect/dialect.h"
#include "testmodels.h"

#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;

using Severity = model::Diagnostic::Severity;

// Dialect-specific validation: each case builds a small model with one problem and
// lists, per dialect, the diagnostics (severity:code@path) that must be reported.
class TstDialectValidate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cases_data();
    void cases();
    void cleanModelHasNoFindings();
    void messagesSayHowToFix();
    void danglingReferencesDoNotCrash();

private:
    static model::Model build(const QString& name);
};

model::Model TstDialectValidate::build(const QString& name)
{
    dialect::test::ModelBuilder b;
    const core::Id pub = b.schema(u"public"_s);
    const core::Id other = b.schema(u"archive"_s);
    const qsizetype t = b.table(pub, u"t"_s);
    const core::Id id = b.column(t, u"id"_s, u"integer"_s, false);
    b.primaryKey(t, {id});
    if (name == u"long-name-ascii") {
        b.column(t, QString(64, u'a'), u"integer"_s);
    } else if (name == u"long-name-utf8") {
        // 32 × "ö" = 64 bytes but 32 characters: too long for PostgreSQL only.
        b.column(t, QString(32, QChar(0x00F6)), u"integer"_s);
    } else if (name == u"long-index-name") {
        b.index(t, {dialect::test::ModelBuilder::key(id)}, QString(70, u'i'));
    } else if (name == u"clash-across-schemas") {
        const qsizetype t2 = b.table(other, u"t"_s);
        b.column(t2, u"id"_s, u"integer"_s);
    } else if (name == u"enum-named-like-table") {
        b.enumType(pub, u"t"_s, {u"a"_s});
    } else if (name == u"index-named-like-table") {
        const qsizetype t2 = b.table(pub, u"u"_s);
        b.column(t2, u"id"_s, u"integer"_s);
        b.index(t, {dialect::test::ModelBuilder::key(id)}, u"u"_s);
    } else if (name == u"identity-on-text") {
        b.column(t, u"code"_s, u"text"_s);
        b.lastColumn(t).identity = model::Identity::ByDefault;
    } else if (name == u"identity-with-default") {
        b.model.tables[t].columns[0].identity = model::Identity::ByDefault;
        b.model.tables[t].columns[0].defaultValue = {model::ColumnDefault::Kind::Literal, u"1"_s};
    } else if (name == u"generated-with-default") {
        b.column(t, u"twice"_s, u"integer"_s);
        b.lastColumn(t).generatedExpression = u"id * 2"_s;
        b.lastColumn(t).defaultValue = {model::ColumnDefault::Kind::Literal, u"0"_s};
    } else if (name == u"check-name-reused") {
        const qsizetype t2 = b.table(other, u"u"_s);
        b.column(t2, u"id"_s, u"integer"_s);
        b.check(t, u"id > 0"_s, u"positive"_s);
        b.check(t2, u"id > 0"_s, u"positive"_s);
    } else if (name == u"check-on-fk-action-column") {
        const core::Id parent = b.column(t, u"Parent_ID"_s, u"integer"_s);
        b.check(t, u"`parent_id` <> id AND 'Parent_ID' <> ''"_s, u"t_not_own_parent"_s);
        b.foreignKey(t, {parent}, t, {id}, u"t_parent_fk"_s).onDelete =
            model::ReferentialAction::SetNull;
        b.model.tables[t].foreignKeys.last().onUpdate = model::ReferentialAction::Restrict;
    } else if (name == u"odd-names") {
        b.column(t, u"trailing "_s, u"integer"_s);
        b.column(t, u"smile 😀"_s, u"integer"_s);
        b.table(pub, u"sqlite_stuff"_s);
    } else if (name == u"long-varchar-key") {
        const core::Id big = b.column(t, u"url"_s, u"varchar(2000)"_s);
        b.unique(t, {big}, u"t_url_key"_s);
    } else if (name == u"two-identities") {
        b.model.tables[t].columns[0].identity = model::Identity::ByDefault;
        b.column(t, u"seq"_s, u"bigint"_s);
        b.lastColumn(t).identity = model::Identity::ByDefault;
        b.unique(t, {b.lastColumn(t).id});
    } else if (name == u"identity-not-key") {
        b.column(t, u"seq"_s, u"bigint"_s);
        b.lastColumn(t).identity = model::Identity::Always;
    } else if (name == u"expression-index") {
        b.index(t, {dialect::test::ModelBuilder::expr(u"id * 2"_s)}, u"t_expr_idx"_s);
    } else if (name == u"partial-unique-index") {
        b.index(t, {dialect::test::ModelBuilder::key(id)}, u"t_partial_key"_s).unique = true;
        b.model.tables[t].indexes.last().where = u"id > 0"_s;
    } else if (name == u"include-and-nulls") {
        model::Index& i = b.index(t,
                                  {dialect::test::ModelBuilder::key(id, model::IndexKey::Sort::Asc,
                                                                    model::IndexKey::Nulls::Last)},
                                  u"t_cover_idx"_s);
        i.includeColumnIds = {id};
    } else if (name == u"virtual-generated") {
        b.column(t, u"twice"_s, u"integer"_s);
        b.lastColumn(t).generatedExpression = u"id * 2"_s;
        b.lastColumn(t).generatedStored = false;
    } else if (name.startsWith(u"domain")) {
        model::DomainType& year = b.domainType(pub, u"year"_s, u"integer"_s);
        year.checks.append({core::Id(u"chk_year"_s), u"year_check"_s, u"VALUE > 1900"_s});
        if (name == u"domain-named-like-table")
            year.name = u"t"_s;
        else if (name == u"domain-named-like-enum")
            b.enumType(pub, u"year"_s, {u"a"_s});
        else if (name == u"domain-long-name")
            year.name = QString(70, u'd');
        else if (name == u"domain-named-in-override")
            b.lastColumn(t).type.overrides.insert(u"postgres"_s, u"public.year"_s);
        else if (name == u"domain-over-missing-enum")
            b.domainType(pub, u"lost"_s, u"enum"_s, core::Id(u"enm_gone"_s));
        const core::Id released = b.domainColumn(t, u"released"_s, core::Id(u"dom_year"_s));
        if (name == u"domain-check-on-fk-action-column")
            b.foreignKey(t, {released}, t, {id}, u"t_released_fk"_s).onDelete =
                model::ReferentialAction::Cascade;
    } else if (name == u"deferrable-fk") {
        const core::Id ref = b.column(t, u"parent_id"_s, u"integer"_s);
        model::ForeignKey& fk = b.foreignKey(t, {ref}, t, {id}, u"t_parent_fkey"_s);
        fk.deferrable = true;
        fk.onDelete = model::ReferentialAction::SetDefault;
    }
    return b.model;
}

void TstDialectValidate::cases_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("modelName");
    QTest::addColumn<QStringList>("expected");

    auto row = [](const char* d, const char* m, QStringList expected) {
        QTest::addRow("%s/%s", d, m)
            << QString::fromLatin1(d) << QString::fromLatin1(m) << expected;
    };
    const QString longCol = u"public.t."_s + QString(64, u'a');
    const QString utfCol = u"public.t."_s + QString(32, QChar(0x00F6));
    row("postgres", "long-name-ascii", {u"error:identifier-too-long@"_s + longCol});
    row("mysql", "long-name-ascii", {});
    row("sqlite", "long-name-ascii", {});
    row("postgres", "long-name-utf8", {u"error:identifier-too-long@"_s + utfCol});
    row("mariadb", "long-name-utf8", {});
    row("mysql", "long-index-name", {u"error:identifier-too-long@public.t."_s + QString(70, u'i')});
    row("postgres", "clash-across-schemas", {});
    row("mysql", "clash-across-schemas", {u"error:name-clash-flattened@archive.t"_s});
    row("sqlite", "clash-across-schemas", {u"error:name-clash-flattened@archive.t"_s});
    row("postgres", "enum-named-like-table", {u"error:enum-name-clash@public.t"_s});
    row("mysql", "enum-named-like-table", {});
    row("postgres", "index-named-like-table", {u"error:relation-name-clash@public.t.u"_s});
    row("sqlite", "index-named-like-table", {u"error:relation-name-clash@public.t.u"_s});
    row("mysql", "index-named-like-table", {}); // index names are per table in MySQL
    for (const char* d : {"postgres", "mysql", "mariadb", "sqlite"})
        row(d, "identity-on-text", {u"error:identity-not-integer@public.t.code"_s});
    for (const char* d : {"postgres", "mysql", "sqlite"}) {
        row(d, "identity-with-default", {u"error:identity-with-default@public.t.id"_s});
        row(d, "generated-with-default", {u"error:generated-with-default@public.t.twice"_s});
    }
    row("postgres", "check-name-reused", {});
    row("sqlite", "check-name-reused", {});
    row("mariadb", "check-name-reused", {u"error:constraint-name-clash@archive.u.positive"_s});
    // MySQL/MariaDB refuse referential actions on columns a CHECK uses (error 3823/1901).
    row("mariadb", "check-on-fk-action-column",
        {u"warning:fk-action-unsupported@public.t.t_parent_fk"_s});
    row("mysql", "check-on-fk-action-column",
        {u"warning:fk-action-unsupported@public.t.t_parent_fk"_s});
    row("postgres", "check-on-fk-action-column", {});
    row("sqlite", "check-on-fk-action-column", {});
    row("mysql", "odd-names",
        {u"error:identifier-invalid@public.t.trailing "_s,
         u"error:identifier-invalid@public.t.smile 😀"_s});
    row("postgres", "odd-names", {});
    row("sqlite", "odd-names", {u"error:identifier-invalid@public.sqlite_stuff"_s});
    row("mysql", "long-varchar-key", {u"warning:index-prefix-length@public.t.url"_s});
    row("postgres", "long-varchar-key", {});
    row("mysql", "two-identities", {u"error:auto-increment-multiple@public.t.seq"_s});
    row("postgres", "two-identities", {});
    row("mysql", "identity-not-key",
        {u"warning:identity-always-emulated@public.t.seq"_s,
         u"warning:auto-increment-key-added@public.t.seq"_s});
    row("sqlite", "identity-not-key", {u"warning:identity-unsupported@public.t.seq"_s});
    row("postgres", "identity-not-key", {});
    row("mysql", "expression-index", {});
    row("mariadb", "expression-index",
        {u"warning:expression-index-unsupported@public.t.t_expr_idx"_s});
    row("sqlite", "expression-index", {});
    row("mysql", "partial-unique-index",
        {u"warning:partial-index-unsupported@public.t.t_partial_key"_s});
    row("postgres", "partial-unique-index", {});
    row("sqlite", "partial-unique-index", {});
    row("mariadb", "include-and-nulls",
        {u"warning:include-columns-dropped@public.t.t_cover_idx"_s,
         u"warning:nulls-order-dropped@public.t.t_cover_idx"_s});
    row("sqlite", "include-and-nulls",
        {u"warning:include-columns-dropped@public.t.t_cover_idx"_s,
         u"warning:nulls-order-dropped@public.t.t_cover_idx"_s});
    row("postgres", "include-and-nulls", {});
    row("postgres", "virtual-generated",
        {u"warning:generated-virtual-unsupported@public.t.twice"_s});
    row("mysql", "virtual-generated", {});
    row("sqlite", "virtual-generated", {});
    row("mysql", "deferrable-fk",
        {u"warning:fk-action-unsupported@public.t.t_parent_fkey"_s,
         u"warning:deferrable-unsupported@public.t.t_parent_fkey"_s});
    row("postgres", "deferrable-fk", {});
    // Domains: native on PostgreSQL, carried onto the columns elsewhere (said once per domain).
    row("postgres", "domain", {});
    for (const char* d : {"mysql", "mariadb", "sqlite"})
        row(d, "domain", {u"info:domain-emitted-as-base-type@public.year"_s});
    row("postgres", "domain-named-like-table", {u"error:domain-name-clash@public.t"_s});
    row("mysql", "domain-named-like-table", {u"info:domain-emitted-as-base-type@public.t"_s});
    row("postgres", "domain-named-like-enum", {u"error:domain-name-clash@public.year"_s});
    row("postgres", "domain-long-name",
        {u"error:identifier-too-long@public."_s + QString(70, u'd')});
    row("sqlite", "domain-long-name",
        {u"info:domain-emitted-as-base-type@public."_s + QString(70, u'd')});
    // A type pinned to the project's domain is known (not "unknown-type").
    row("postgres", "domain-named-in-override", {});
    row("postgres", "domain-over-missing-enum", {u"warning:enum-missing@public.lost"_s});
    // The domain's check becomes a CHECK on the column, which MySQL forbids with FK actions.
    row("mysql", "domain-check-on-fk-action-column",
        {u"info:domain-emitted-as-base-type@public.year"_s,
         u"warning:fk-action-unsupported@public.t.t_released_fk"_s});
    // MariaDB keeps ON DELETE CASCADE there (it removes the row, never writes the column).
    row("mariadb", "domain-check-on-fk-action-column",
        {u"info:domain-emitted-as-base-type@public.year"_s});
    row("postgres", "domain-check-on-fk-action-column", {});
    row("sqlite", "deferrable-fk", {});
}

void TstDialectValidate::cases()
{
    QFETCH(QString, dialect);
    QFETCH(QString, modelName);
    QFETCH(QStringList, expected);
    const auto d = dialect::createDialect(dialect);
    const model::Diagnostics found = d->validate(build(modelName));
    QStringList actual;
    for (const model::Diagnostic& diag : found)
        actual.append(model::severityName(diag.severity) + u':' + diag.code + u'@' + diag.path);
    QCOMPARE(actual, expected);
}

void TstDialectValidate::cleanModelHasNoFindings()
{
    for (const QString& name : dialect::dialectNames())
        QCOMPARE(dialect::createDialect(name)->validate(build(u"clean"_s)), model::Diagnostics());
}

void TstDialectValidate::messagesSayHowToFix()
{
    for (const QString& name : dialect::dialectNames()) {
        const auto d = dialect::createDialect(name);
        for (const char* m : {"long-name-ascii", "clash-across-schemas", "identity-on-text",
                              "two-identities", "deferrable-fk", "include-and-nulls", "domain",
                              "domain-named-like-table", "domain-over-missing-enum"}) {
            for (const model::Diagnostic& diag : d->validate(build(QString::fromLatin1(m)))) {
                QVERIFY(!diag.code.isEmpty());
                QVERIFY2(diag.code == diag.code.toLower() && !diag.code.contains(u' '),
                         qPrintable(diag.code));
                QVERIFY(!diag.objectId.isNull());
                QVERIFY2(diag.message.endsWith(u'.') && diag.message.size() > 30,
                         qPrintable(diag.message));
            }
        }
    }
}

// A model the generic validator would reject (dangling enum, table and column ids) still
// produces DDL without crashing, and says what it left out.
void TstDialectValidate::danglingReferencesDoNotCrash()
{
    dialect::test::ModelBuilder b;
    const core::Id pub = b.schema(u"public"_s);
    const qsizetype t = b.table(pub, u"t"_s);
    const core::Id id = b.column(t, u"id"_s, u"integer"_s, false);
    b.column(t, u"mood"_s, u"enum"_s);
    b.lastColumn(t).type.enumId = core::Id(u"enm_missing"_s);
    b.primaryKey(t, {id, core::Id(u"col_missing"_s)});
    b.foreignKey(t, {id}, t, {id}).referencedTableId = core::Id(u"tbl_missing"_s);
    b.index(t, {dialect::test::ModelBuilder::key(core::Id(u"col_missing"_s))});
    b.column(t, u"typed"_s, u"integer"_s);
    b.lastColumn(t).type.domainId = core::Id(u"dom_missing"_s);
    b.model.tables[t].schemaId = core::Id(u"sch_missing"_s);
    for (const QString& name : dialect::dialectNames()) {
        const auto d = dialect::createDialect(name);
        const dialect::DdlScript script = d->createScript(b.model);
        QVERIFY(!script.statements.isEmpty());
        QStringList codes;
        for (const model::Diagnostic& w : script.warnings)
            codes.append(w.code);
        QVERIFY2(codes.contains(u"fk-dangling"_s), qPrintable(codes.join(u',')));
        QVERIFY2(codes.contains(u"enum-missing"_s) || name == u"sqlite",
                 qPrintable(codes.join(u',')));
        QVERIFY(!script.toSql().contains(u"REFERENCES"_s));
        d->validate(b.model);
    }
}

QTEST_GUILESS_MAIN(TstDialectValidate)
#include "tst_dialectvalidate.moc"
