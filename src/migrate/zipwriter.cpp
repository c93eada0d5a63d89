#include "migrate/zipwriter.h"

#include <array>

namespace schemata::migrate {

namespace {

using namespace Qt::StringLiterals;

constexpr quint16 kVersionNeeded = 20;                  // 2.0: the baseline every unzip reads
constexpr quint16 kVersionMadeBy = 0x0314;              // host 3 (Unix), spec 2.0
constexpr quint16 kFlagUtf8Names = 0x0800;              // general purpose bit 11
constexpr quint16 kDosTime = 0;                         // 00:00:00
constexpr quint16 kDosDate = (0 << 9) | (1 << 5) | 1;   // 1980-01-01
constexpr quint32 kExternalAttributes = 0100644u << 16; // regular file, rw-r--r--
constexpr qint64 kMaxSize = 0xFFFFFFFFLL;

void put16(QByteArray& out, quint16 v)
{
    out += char(v & 0xFF);
    out += char((v >> 8) & 0xFF);
}

void put32(QByteArray& out, quint32 v)
{
    for (int shift = 0; shift < 32; shift += 8)
        out += char((v >> shift) & 0xFF);
}

std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

} // namespace

quint32 ZipWriter::crc32(const QByteArray& data)
{
    static const std::array<quint32, 256> table = makeCrcTable();
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : data)
        c = table[(c ^ quint8(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

core::Status ZipWriter::add(const QString& path, const QByteArray& content)
{
    const QByteArray name = path.toUtf8();
    if (name.isEmpty() || name.size() > 0xFFFF || path.startsWith(u'/') || path.contains(u'\\') ||
        path.split(u'/').contains(u".."_s))
        return core::Error{path, u"invalid entry name for a zip archive"_s};
    if (m_entries.size() >= 0xFFFF)
        return core::Error{path, u"too many entries for a zip archive (at most 65,535)"_s};
    if (m_data.size() + 30 + name.size() + content.size() > kMaxSize)
        return core::Error{path, u"zip archive larger than 4 GiB (not supported)"_s};

    Entry e{name, crc32(content), quint32(content.size()), quint32(m_data.size())};
    put32(m_data, 0x04034b50);
    put16(m_data, kVersionNeeded);
    put16(m_data, kFlagUtf8Names);
    put16(m_data, 0); // stored
    put16(m_data, kDosTime);
    put16(m_data, kDosDate);
    put32(m_data, e.crc);
    put32(m_data, e.size); // compressed size = size (stored)
    put32(m_data, e.size);
    put16(m_data, quint16(name.size()));
    put16(m_data, 0); // no extra field (an extended timestamp would break determinism)
    m_data += name;
    m_data += content;
    m_entries.append(e);
    return {};
}

core::Result<QByteArray> ZipWriter::finish() const
{
    QByteArray central;
    for (const Entry& e : m_entries) {
        put32(central, 0x02014b50);
        put16(central, kVersionMadeBy);
        put16(central, kVersionNeeded);
        put16(central, kFlagUtf8Names);
        put16(central, 0);
        put16(central, kDosTime);
        put16(central, kDosDate);
        put32(central, e.crc);
        put32(central, e.size);
        put32(central, e.size);
        put16(central, quint16(e.name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, kExternalAttributes);
        put32(central, e.offset);
        central += e.name;
    }
    if (m_data.size() + central.size() + 22 > kMaxSize)
        return core::Error{{}, u"zip archive larger than 4 GiB (not supported)"_s};
    QByteArray out = m_data;
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0); // this disk
    put16(out, 0); // disk with the central directory
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, quint32(central.size()));
    put32(out, quint32(m_data.size()));
    put16(out, 0); // comment length
    return out;
}

} // namespace schemata::migrate
