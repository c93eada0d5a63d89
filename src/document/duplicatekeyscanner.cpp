#include "document/duplicatekeyscanner.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>
#include <QVarLengthArray>
#include <algorithm>

namespace schemata::document {

namespace {

// The keys of one open object. Most objects have a handful of keys, compared
// linearly; big ones (layout nodes keyed by id) switch to a hash set.
class KeySet
{
public:
    bool insert(QByteArrayView key)
    {
        if (!m_large.isEmpty() || m_small.size() == kSmall) {
            if (m_large.isEmpty()) {
                for (const QByteArrayView k : m_small)
                    m_large.insert(k);
            }
            const qsizetype before = m_large.size();
            m_large.insert(key);
            return m_large.size() != before;
        }
        if (std::find(m_small.cbegin(), m_small.cend(), key) != m_small.cend())
            return false;
        m_small.append(key);
        return true;
    }

private:
    static constexpr qsizetype kSmall = 24;
    QVarLengthArray<QByteArrayView, kSmall> m_small;
    QSet<QByteArrayView> m_large;
};

struct Frame
{
    bool isObject = false;
    bool expectKey = false;
    KeySet keys;
};

} // namespace

std::optional<DuplicateKeyScanner::Duplicate> DuplicateKeyScanner::find(const QByteArray& json)
{
    const char* data = json.constData();
    const qsizetype size = json.size();
    QList<Frame> stack;
    // Keys written with escapes are compared in decoded form; the decoded bytes live
    // here so the views in KeySet stay valid.
    QList<QByteArray> decoded;
    for (qsizetype i = 0; i < size; ++i) {
        switch (data[i]) {
        case '{':
            stack.append(Frame{true, true, {}});
            break;
        case '[':
            stack.append(Frame{false, false, {}});
            break;
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case ',':
            if (!stack.isEmpty() && stack.last().isObject)
                stack.last().expectKey = true;
            break;
        case '"': {
            const qsizetype start = i;
            bool escaped = false;
            ++i;
            while (i < size && data[i] != '"') {
                if (data[i] == '\\') {
                    escaped = true;
                    ++i;
                }
                ++i;
            }
            if (stack.isEmpty() || !stack.last().isObject || !stack.last().expectKey)
                break; // a string value
            stack.last().expectKey = false;
            QByteArrayView key(data + start + 1, std::min(i, size) - start - 1);
            if (escaped) {
                const QByteArray quoted =
                    '[' + QByteArray(data + start, std::min(i + 1, size) - start) + ']';
                decoded.append(QJsonDocument::fromJson(quoted).array().at(0).toString().toUtf8());
                key = decoded.last();
            }
            if (!stack.last().keys.insert(key))
                return Duplicate{start, QString::fromUtf8(key)};
            break;
        }
        default:
            break;
        }
    }
    return std::nullopt;
}

} // namespace schemata::document
