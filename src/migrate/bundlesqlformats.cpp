// The SQL-file layouts: plain, golang-migrate, dbmate, Flyway, Liquibase formatted SQL
// and Prisma. Transaction handling per tool is explained in docs/migration-bundles.md.
#include "migrate/bundlescript.h"
#include "migrate/bundlewriters.h"

namespace schemata::migrate::bundles {

namespace {

using namespace Qt::StringLiterals;

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

// Every file ends in exactly one newline (an empty script stays empty).
QString withFinalNewline(const QString& text)
{
    if (text.isEmpty() || text.endsWith(u'\n'))
        return text;
    return text + u'\n';
}

} // namespace

QString irreversibleNote(const Entry& entry)
{
    return entry.irreversible
               ? u"-- IRREVERSIBLE: migration %1_%2 cannot restore all data on the way down.\n"_s
                     .arg(entry.id, entry.name)
               : QString();
}

QList<BundleFile> writePlain(const Input& input)
{
    const int width = std::max(4, int(QString::number(input.migrations.size()).size()));
    QList<BundleFile> files;
    for (const Entry& e : input.migrations) {
        const QString stem = u"%1_%2"_s.arg(e.number, width, 10, QChar(u'0')).arg(e.name);
        files.append({stem + u".up.sql"_s, utf8(e.up)});
        files.append({stem + u".down.sql"_s, utf8(e.down)});
    }
    return files;
}

QList<BundleFile> writeGolangMigrate(const Input& input)
{
    // golang-migrate never wraps a migration in a transaction: the scripts' own
    // BEGIN/COMMIT are exactly what it expects.
    QList<BundleFile> files;
    for (const Entry& e : input.migrations) {
        const QString stem = u"%1_%2"_s.arg(e.id, e.name);
        files.append({stem + u".up.sql"_s, utf8(e.up)});
        files.append({stem + u".down.sql"_s, utf8(e.down)});
    }
    return files;
}

QList<BundleFile> writeDbmate(const Input& input)
{
    // dbmate runs each section in a transaction unless the marker says
    // "transaction:false"; a wrappable script loses its own BEGIN/COMMIT.
    const auto section = [&input](const QString& marker, const QString& script,
                                  const QString& note) {
        const BundleScript parsed(script, input.backslashEscapes());
        if (parsed.wrappable())
            return marker + u'\n' + note + withFinalNewline(parsed.withoutTransactionControl());
        return marker + u" transaction:false\n"_s + note + withFinalNewline(script);
    };
    QList<BundleFile> files;
    for (const Entry& e : input.migrations) {
        const QString text = section(u"-- migrate:up"_s, e.up, {}) + u'\n' +
                             section(u"-- migrate:down"_s, e.down, irreversibleNote(e));
        files.append({u"db/migrations/%1_%2.sql"_s.arg(e.id, e.name), utf8(text)});
    }
    return files;
}

QList<BundleFile> writeFlyway(const Input& input)
{
    // Flyway wraps a migration in a transaction where the database has transactional DDL;
    // a script config file "<script>.conf" with executeInTransaction=false turns that off
    // for a self-managed script. The version is the id: 14 digits compare numerically
    // the same way they sort as text. Undo (U…) migrations need Flyway Teams/Enterprise.
    QList<BundleFile> files;
    const auto add = [&](const QString& fileName, const QString& script) {
        const BundleScript parsed(script, input.backslashEscapes());
        if (parsed.wrappable()) {
            files.append({fileName, utf8(parsed.withoutTransactionControl())});
        } else {
            files.append({fileName, utf8(script)});
            files.append({fileName + u".conf"_s, "executeInTransaction=false\n"});
        }
    };
    for (const Entry& e : input.migrations) {
        add(u"V%1__%2.sql"_s.arg(e.id, e.name), e.up);
        add(u"U%1__%2.sql"_s.arg(e.id, e.name), e.down);
    }
    return files;
}

QList<BundleFile> writeLiquibase(const Input& input)
{
    // One formatted-SQL changelog. Each changeset runs in Liquibase's transaction unless
    // runInTransaction:false; the rollback is the down script, one "--rollback" line per
    // line ("--rollback empty" when the down has no statement).
    QString out = u"--liquibase formatted sql\n"_s;
    for (const Entry& e : input.migrations) {
        const BundleScript up(e.up, input.backslashEscapes());
        const BundleScript down(e.down, input.backslashEscapes());
        const bool wrappable = up.wrappable() && down.wrappable();
        out += u"\n--changeset schemata:%1"_s.arg(e.id);
        if (!wrappable)
            out += u" runInTransaction:false"_s;
        out += u"\n--comment: %1\n"_s.arg(e.name);
        out += withFinalNewline(wrappable ? up.withoutTransactionControl() : e.up);
        out += irreversibleNote(e).replace(u"-- "_s, u"--rollback -- "_s);
        const QString downText = wrappable ? down.withoutTransactionControl() : e.down;
        if (down.statements().isEmpty()) {
            out += u"--rollback empty\n"_s;
            continue;
        }
        for (const QString& line : downText.split(u'\n')) {
            if (!line.trimmed().isEmpty())
                out += u"--rollback "_s + line + u'\n';
        }
    }
    return {{u"changelog.sql"_s, utf8(out)}};
}

QList<BundleFile> writePrisma(const Input& input)
{
    // Prisma Migrate is forward-only: migration.sql is what it applies; down.sql beside it
    // is for people (and `prisma db execute --file`), Prisma itself ignores it.
    QString provider = input.dialect;
    if (provider == u"postgres")
        provider = u"postgresql"_s;
    else if (provider == u"mariadb")
        provider = u"mysql"_s;
    QList<BundleFile> files;
    for (const Entry& e : input.migrations) {
        const QString folder = u"migrations/%1_%2/"_s.arg(e.id, e.name);
        files.append({folder + u"migration.sql"_s, utf8(e.up)});
        files.append({folder + u"down.sql"_s, utf8(irreversibleNote(e) + e.down)});
    }
    files.append({u"migrations/migration_lock.toml"_s,
                  utf8(u"# Please do not edit this file manually\n"
                       u"# It should be added in your version-control system (e.g., Git)\n"
                       u"provider = \"%1\"\n"_s.arg(provider))});
    return files;
}

} // namespace schemata::migrate::bundles
