#include "migrate/bundle.h"

#include "migrate/bundlewriters.h"
#include "migrate/zipwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <algorithm>

namespace schemata::migrate {

namespace {

using namespace Qt::StringLiterals;

constexpr QLatin1StringView kManifest("SHA256SUMS");

struct FormatName
{
    BundleFormat format;
    QLatin1StringView name;
};

constexpr FormatName kFormats[] = {
    {BundleFormat::Plain, QLatin1StringView("plain")},
    {BundleFormat::GolangMigrate, QLatin1StringView("golang-migrate")},
    {BundleFormat::Dbmate, QLatin1StringView("dbmate")},
    {BundleFormat::Flyway, QLatin1StringView("flyway")},
    {BundleFormat::Liquibase, QLatin1StringView("liquibase")},
    {BundleFormat::Alembic, QLatin1StringView("alembic")},
    {BundleFormat::Prisma, QLatin1StringView("prisma")},
    {BundleFormat::Sqitch, QLatin1StringView("sqitch")},
};

QByteArray sha256Hex(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// "sha256sum" text: "<hex>  <path>\n", sorted by path (byte order of the UTF-8 names).
QByteArray manifest(const QList<BundleFile>& files)
{
    QList<QPair<QByteArray, QByteArray>> lines;
    for (const BundleFile& f : files)
        lines.append({f.path.toUtf8(), sha256Hex(f.content)});
    std::sort(lines.begin(), lines.end());
    QByteArray out;
    for (const auto& [path, hash] : lines)
        out += hash + "  " + path + '\n';
    return out;
}

// Parses a SHA256SUMS text into path → hash; nothing if it is not one.
std::optional<QMap<QString, QByteArray>> parseManifest(const QByteArray& text)
{
    QMap<QString, QByteArray> out;
    for (const QByteArray& line : text.split('\n')) {
        if (line.isEmpty())
            continue;
        if (line.size() < 67 || line.mid(64, 2) != "  ")
            return std::nullopt;
        out.insert(QString::fromUtf8(line.mid(66)), line.left(64));
    }
    return out;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

core::Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error{path, u"cannot write: %1"_s.arg(file.errorString())};
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return core::Error{path, u"cannot write: %1"_s.arg(reason)};
    }
    if (!file.commit())
        return core::Error{path, u"cannot save: %1"_s.arg(file.errorString())};
    return {};
}

} // namespace

QStringList bundleFormatNames()
{
    QStringList names;
    for (const FormatName& f : kFormats)
        names << QString(f.name);
    return names;
}

std::optional<BundleFormat> bundleFormatFromName(QStringView name)
{
    for (const FormatName& f : kFormats) {
        if (name == f.name)
            return f.format;
    }
    return std::nullopt;
}

core::Result<QList<BundleFile>> buildBundle(const document::MigrationHistory& history,
                                            QStringView dialect, BundleFormat format,
                                            const QString& projectName)
{
    const QStringList problems = document::validateHistory(history);
    if (!problems.isEmpty()) {
        return core::Error{{},
                           u"the migration history is invalid:\n  "_s + problems.join(u"\n  "_s)};
    }
    if (history.migrations.isEmpty())
        return core::Error{{}, u"the history has no migrations to export"_s};

    bundles::Input input;
    input.dialect = dialect.toString();
    input.projectName = projectName;
    int number = 0;
    for (const document::Migration& m : history.migrations) {
        const auto script = m.scripts.constFind(input.dialect);
        if (script == m.scripts.constEnd()) {
            return core::Error{
                {},
                u"migration %1_%2 has no script for dialect \"%3\" (it has: %4)"_s.arg(
                    m.id, m.name, input.dialect, QStringList(m.scripts.keys()).join(u", "_s))};
        }
        input.migrations.append({++number, m.id, m.name, script->up, script->down, m.irreversible});
    }

    QList<BundleFile> files;
    switch (format) {
    case BundleFormat::Plain:
        files = bundles::writePlain(input);
        break;
    case BundleFormat::GolangMigrate:
        files = bundles::writeGolangMigrate(input);
        break;
    case BundleFormat::Dbmate:
        files = bundles::writeDbmate(input);
        break;
    case BundleFormat::Flyway:
        files = bundles::writeFlyway(input);
        break;
    case BundleFormat::Liquibase:
        files = bundles::writeLiquibase(input);
        break;
    case BundleFormat::Alembic:
        files = bundles::writeAlembic(input);
        break;
    case BundleFormat::Prisma:
        files = bundles::writePrisma(input);
        break;
    case BundleFormat::Sqitch:
        files = bundles::writeSqitch(input);
        break;
    }
    std::sort(files.begin(), files.end(),
              [](const BundleFile& a, const BundleFile& b) { return a.path < b.path; });
    files.append({QString(kManifest), manifest(files)});
    return files;
}

core::Status writeBundleDirectory(const QList<BundleFile>& files, const QString& directory)
{
    const QDir dir(directory);
    if (QFileInfo::exists(directory) && !QFileInfo(directory).isDir())
        return core::Error{directory, u"exists and is not a directory"_s};

    // A non-empty directory is accepted only when it is an untouched earlier export of the
    // same bundle: its SHA256SUMS lists every file in it, every file still has its listed
    // hash, and every listed file is part of the new bundle (histories only grow, so a
    // previous export of the same format is a subset). Anything else would be overwritten
    // or left stale, so it is refused.
    if (dir.exists()) {
        QStringList present;
        QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            present << dir.relativeFilePath(it.next());
        if (!present.isEmpty()) {
            const auto old = parseManifest(readAll(dir.filePath(kManifest)));
            if (!present.contains(kManifest) || !old) {
                return core::Error{directory, u"not empty and not a bundle written by Schemata (no "
                                              u"SHA256SUMS); choose a new or empty directory"_s};
            }
            QSet<QString> next;
            for (const BundleFile& f : files)
                next.insert(f.path);
            for (const QString& path : std::as_const(present)) {
                if (path == kManifest)
                    continue;
                if (!old->contains(path)) {
                    return core::Error{dir.filePath(path),
                                       u"not part of the earlier bundle in this directory; "
                                       u"choose a new or empty directory"_s};
                }
                if (sha256Hex(readAll(dir.filePath(path))) != old->value(path)) {
                    return core::Error{dir.filePath(path),
                                       u"changed since it was exported; refusing to "
                                       u"overwrite it"_s};
                }
            }
            for (auto o = old->cbegin(); o != old->cend(); ++o) {
                if (!next.contains(o.key())) {
                    return core::Error{directory,
                                       u"holds a different bundle (its %1 is not part of this "
                                       u"export: another format or history); choose a new or "
                                       u"empty directory"_s.arg(o.key())};
                }
            }
        }
    }
    if (!QDir().mkpath(directory))
        return core::Error{directory, u"cannot create the directory"_s};
    // The manifest last: an interrupted export leaves the old manifest, which no longer
    // matches, so the next export refuses instead of trusting half-written files.
    for (const BundleFile& f : files) {
        if (f.path == kManifest)
            continue;
        const QString path = dir.filePath(f.path);
        if (!QDir().mkpath(QFileInfo(path).path()))
            return core::Error{QFileInfo(path).path(), u"cannot create the directory"_s};
        if (const core::Status s = writeFileAtomically(path, f.content); !s)
            return s;
    }
    for (const BundleFile& f : files) {
        if (f.path == kManifest)
            return writeFileAtomically(dir.filePath(f.path), f.content);
    }
    return {};
}

core::Status writeBundleZip(const QList<BundleFile>& files, const QString& zipPath)
{
    ZipWriter zip;
    for (const BundleFile& f : files) {
        if (const core::Status s = zip.add(f.path, f.content); !s)
            return s;
    }
    const auto bytes = zip.finish();
    if (!bytes)
        return core::Error{zipPath, bytes.error().message};
    return writeFileAtomically(zipPath, bytes.value());
}

} // namespace schemata::migrate
