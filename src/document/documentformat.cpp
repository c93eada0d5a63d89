#include "document/documentformat.h"

#include "document/documentreader.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace schemata::document {

namespace {

// A project file is a few megabytes at most; anything near this is not one, and
// reading it would only exhaust memory before the parser says so.
constexpr qint64 kMaxFileSize = qint64(256) * 1024 * 1024;

} // namespace

core::Result<Document> readDocument(const QByteArray& bytes, const QString& sourceName)
{
    return DocumentReader(sourceName).read(bytes);
}

core::Result<Document> loadDocument(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return core::Error{path, QStringLiteral("no such file")};
    if (info.isDir())
        return core::Error{path, QStringLiteral("is a directory, not a project file")};
    if (info.size() > kMaxFileSize) {
        return core::Error{
            path,
            QStringLiteral("file too large (%1 bytes; the limit is 256 MiB)").arg(info.size())};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error{path, QStringLiteral("cannot open: %1").arg(file.errorString())};
    // Read one byte past the limit: a file that grew (or a special file that reports
    // no size) is still caught.
    const QByteArray bytes = file.read(kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return core::Error{path, QStringLiteral("cannot read: %1").arg(file.errorString())};
    if (bytes.size() > kMaxFileSize)
        return core::Error{path, QStringLiteral("file too large (the limit is 256 MiB)")};
    return readDocument(bytes, path);
}

core::Status saveDocument(const Document& document, const QString& path)
{
    const QByteArray bytes = writeDocument(document);
    // QSaveFile writes a temporary file beside the target and renames it over the
    // target only after every byte is written: a failed or interrupted save leaves
    // the previous file as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error{path, QStringLiteral("cannot write: %1").arg(file.errorString())};
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return core::Error{path, QStringLiteral("cannot write: %1").arg(reason)};
    }
    if (!file.commit())
        return core::Error{path, QStringLiteral("cannot save: %1").arg(file.errorString())};
    return {};
}

} // namespace schemata::document
