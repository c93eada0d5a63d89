// schemata-studio [FILE] [--screenshot OUT.png [--size WxH] [--find TEXT] [--select NAME] [--dock NAME]]
#include "app/documentcontroller.h"
#include "widgets/diagram/diagramnavigator.h"
#include "widgets/diagram/findbar.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include <cstdio>
#include <cstdlib>

namespace {

// A screenshot needs no display: fall back to the offscreen platform before the
// QApplication picks one, so scripts can render the window on headless machines.
bool wantsScreenshot(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0 || qstrncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    if (wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Schemata Studio"));
    QApplication::setOrganizationName(QStringLiteral("Schemata"));
    QApplication::setOrganizationDomain(QStringLiteral("schemata.io"));
    QApplication::setApplicationVersion(QStringLiteral(SCHEMATA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.schemata.Studio"));

    // The POSIX "C" locale (containers, CI) means "untranslated English"; load the English
    // plural forms so counts read "1 table" / "2 tables".
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("schemata"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Schemata database design studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Project to open (*.schemata)."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window to a PNG file and exit."),
        QStringLiteral("OUT.png"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QApplication::translate("main", "Window size for --screenshot."),
                                  QStringLiteral("WxH"), QStringLiteral("1440x900"));
    const QCommandLineOption find(
        QStringLiteral("find"),
        QApplication::translate("main", "With --screenshot: find TEXT in the diagram and jump to it."),
        QStringLiteral("TEXT"));
    parser.addOption(screenshot);
    parser.addOption(size);
    parser.addOption(find);
    const QCommandLineOption select(
        QStringLiteral("select"),
        QApplication::translate("main", "With --screenshot: select table NAME (the table editor shows it)."),
        QStringLiteral("NAME"));
    parser.addOption(select);
    const QCommandLineOption dock(
        QStringLiteral("dock"),
        QApplication::translate("main",
                                "With --screenshot: bring the dock NAME to the front (e.g. migrationsDock)."),
        QStringLiteral("NAME"));
    parser.addOption(dock);
    parser.process(app);

    QTextStream err(stderr);
    QSettings settings;
    schemata::app::DocumentController controller(&settings);
    // Screenshots use the default layout, not whatever the user last arranged.
    schemata::widgets::MainWindow window(&controller,
                                         parser.isSet(screenshot) ? nullptr : &settings);

    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        const auto status = controller.open(files.first());
        if (!status) {
            err << status.error().toString() << Qt::endl;
            if (parser.isSet(screenshot))
                return EXIT_FAILURE;
        }
    }

    if (parser.isSet(screenshot)) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d+)x(\\d+)$"));
        const auto match = sizePattern.match(parser.value(size));
        if (!match.hasMatch()) {
            err << QApplication::translate("main", "--size must look like 1440x900") << Qt::endl;
            return EXIT_FAILURE;
        }
        window.resize(match.captured(1).toInt(), match.captured(2).toInt());
        window.show();
        // Show a useful state: schemas expanded, the first table open with a column
        // selected so the property editor has something to show.
        QTreeView* tree = window.modelTree();
        tree->expandToDepth(0);
        const QModelIndex firstSchema = tree->model()->index(0, 0);
        const QModelIndex firstTable = tree->model()->index(0, 0, firstSchema);
        if (firstTable.isValid()) {
            tree->expand(firstTable);
            const QModelIndex column = tree->model()->index(1, 0, firstTable);
            tree->setCurrentIndex(column.isValid() ? column : firstTable);
        }
        for (const auto& table : controller.document().model.tables) {
            if (parser.isSet(select) && table.name == parser.value(select)) {
                window.selectObject(table.id);
                break;
            }
        }
        if (parser.isSet(dock)) {
            if (auto* docked = window.findChild<QDockWidget*>(parser.value(dock)))
                docked->raise();
        }
        window.flushPendingUpdates();
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        if (parser.isSet(find)) {
            schemata::widgets::DiagramNavigator* navigator = window.diagramNavigator();
            navigator->findAction()->trigger();
            navigator->findBar()->setQuery(parser.value(find));
            navigator->findBar()->jumpToCurrent();
            for (int i = 0; i < 5; ++i)
                QApplication::processEvents();
        }
        const QString out = parser.value(screenshot);
        if (!window.grab().save(out, "PNG")) {
            err << QApplication::translate("main", "could not write %1").arg(out) << Qt::endl;
            return EXIT_FAILURE;
        }
        return EXIT_SUCCESS;
    }

    window.show();
    return QApplication::exec();
}
