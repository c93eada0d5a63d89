// schemata-synth: writes a synthetic project file for benchmarks and manual testing.
//   schemata-synth --tables 2000 --columns 20000 --fks 3000 [--seed 1] [--schemas 2]
//                  [--dialect postgres] -o out.schemata
#include "document/documentformat.h"
#include "synth/syntheticproject.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

bool readInt(const QCommandLineParser& parser, const QString& name, int minimum, int* out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum) {
        std::fprintf(stderr, "schemata-synth: --%s must be an integer >= %d\n", qPrintable(name),
                     minimum);
        return false;
    }
    *out = value;
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("schemata-synth"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a deterministic synthetic Schemata project."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("tables"), QStringLiteral("Number of tables (default 2000)."),
         QStringLiteral("n")},
        {QStringLiteral("columns"), QStringLiteral("Total columns (default 20000)."),
         QStringLiteral("n")},
        {QStringLiteral("fks"), QStringLiteral("Total foreign keys (default 3000)."),
         QStringLiteral("n")},
        {QStringLiteral("schemas"), QStringLiteral("Number of schemas (default 2)."),
         QStringLiteral("n")},
        {QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("n")},
        {QStringLiteral("dialect"), QStringLiteral("Target dialect (default postgres)."),
         QStringLiteral("name")},
        {{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Output file."),
         QStringLiteral("file")},
    });
    parser.process(app);

    schemata::synth::SyntheticProjectOptions options;
    if (!readInt(parser, QStringLiteral("tables"), 0, &options.tables) ||
        !readInt(parser, QStringLiteral("columns"), 0, &options.columns) ||
        !readInt(parser, QStringLiteral("fks"), 0, &options.foreignKeys) ||
        !readInt(parser, QStringLiteral("schemas"), 1, &options.schemas))
        return 2;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            std::fprintf(stderr, "schemata-synth: --seed must be an unsigned integer\n");
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("dialect")))
        options.dialect = parser.value(QStringLiteral("dialect"));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        std::fprintf(stderr, "schemata-synth: -o FILE is required\n");
        return 2;
    }

    const schemata::document::Document document =
        schemata::synth::generateSyntheticProject(options);
    const schemata::core::Status saved = schemata::document::saveDocument(document, output);
    if (!saved) {
        std::fprintf(stderr, "schemata-synth: %s\n", qPrintable(saved.error().toString()));
        return 1;
    }
    return 0;
}
