// The DDL preview and the migration dock recompute on a worker thread after edits
// (issue 3 fluidity): the views end up showing the document's current state, a burst of
// edits ends with the last one's text, and closing the window while a worker runs is safe.
// The expected texts are computed here, independently, from the controller's document.
#include "app/documentcontroller.h"
#include "dialect/dialect.h"
#include "migrate/differ.h"
#include "migrate/planner.h"
#include "synth/syntheticproject.h"
#include "testdocument.h"
#include "widgets/ddlpreview.h"
#include "widgets/mainwindow.h"
#include "widgets/migration/migrationdock.h"
#include "widgets/sqlview.h"

#include <QTabWidget>
#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;

namespace {

QString expectedDdl(const document::Document& doc, const QString& dialectName)
{
    const auto d = dialect::createDialect(dialectName);
    return d ? d->createScript(doc.model).toSql() : QString();
}

QString expectedUp(const document::Document& doc, const QString& dialectName)
{
    const model::Model from = doc.history.snapshot.value_or(model::Model{});
    const migrate::ChangeSet changes = migrate::diffModels(from, doc.model);
    const auto planner = migrate::createPlanner(dialectName);
    return planner ? migrate::renderUp(planner->plan(changes, from, doc.model)) : QString();
}

} // namespace

class TestOffThreadRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_controller = std::make_unique<app::DocumentController>(nullptr, 99);
        m_window = std::make_unique<widgets::MainWindow>(m_controller.get());
        m_controller->setDocument(testing::sampleDocument());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->migrationDock()->show();
        m_window->migrationDock()->raise();
        m_window->flushPendingUpdates();
    }

    void cleanup()
    {
        m_window.reset();
        m_controller.reset();
    }

    void editEventuallyShown()
    {
        widgets::DdlPreview* preview = m_window->ddlPreview();
        widgets::MigrationDock* dock = m_window->migrationDock();
        QVERIFY(dock->isVisible());
        const core::Id tableId = m_controller->document().model.tables.first().id;
        QVERIFY(m_controller->renameTable(tableId, QStringLiteral("renamed_off_thread")).ok());
        QVERIFY(preview->isPending());
        QVERIFY(dock->isPending());
        QTRY_VERIFY(!preview->isPending() && !dock->isPending());
        QVERIFY(preview->sqlView()->sql().contains(QLatin1String("renamed_off_thread")));
        QCOMPARE(preview->sqlView()->sql(),
                 expectedDdl(m_controller->document(), preview->dialect()));
        QCOMPARE(dock->upView()->sql(), expectedUp(m_controller->document(), dock->dialect()));
        QVERIFY(dock->upView()->sql().contains(QLatin1String("renamed_off_thread")));
    }

    void burstEndsWithLastState_data()
    {
        // Pauses between the edits, in ms: shorter than the debounce (only the last edit
        // is rendered), around it (workers are superseded while queued or running).
        QTest::addColumn<QList<int>>("pauses");
        QTest::newRow("typing") << QList<int>{0, 20, 10, 30, 0, 50};
        QTest::newRow("debounce apart") << QList<int>{220, 320, 250, 330, 210, 400};
        QTest::newRow("mixed") << QList<int>{0, 310, 5, 205, 0, 330, 15, 0};
    }

    void burstEndsWithLastState()
    {
        QFETCH(QList<int>, pauses);
        widgets::DdlPreview* preview = m_window->ddlPreview();
        widgets::MigrationDock* dock = m_window->migrationDock();
        const core::Id tableId = m_controller->document().model.tables.first().id;
        QString name;
        for (qsizetype i = 0; i < pauses.size(); ++i) {
            name = QStringLiteral("burst_%1").arg(i);
            QVERIFY(m_controller->renameTable(tableId, name).ok());
            QTest::qWait(pauses[i]);
        }
        QTRY_VERIFY(!preview->isPending() && !dock->isPending());
        const QString ddl = preview->sqlView()->sql();
        QVERIFY2(ddl.contains(name), qPrintable(name));
        QCOMPARE(ddl, expectedDdl(m_controller->document(), preview->dialect()));
        QCOMPARE(dock->upView()->sql(), expectedUp(m_controller->document(), dock->dialect()));
        // The last state stays: nothing late overwrites it.
        QTest::qWait(widgets::MigrationDock::kDebounceMs + 100);
        QCOMPARE(preview->sqlView()->sql(), ddl);
    }

    void layoutEditRecomputesNothing()
    {
        // A drop after a drag changes only the layout: neither view has work to do.
        const document::Document& doc = m_controller->document();
        const core::Id tableId = doc.model.tables.first().id;
        document::NodeLayout node = doc.layout.nodes.value(tableId);
        node.x += 40;
        QVERIFY(m_controller->setNodeLayouts({{tableId, node}}, QStringLiteral("Move")).ok());
        QVERIFY(!m_window->ddlPreview()->isPending());
        QVERIFY(!m_window->migrationDock()->isPending());
    }

    void closeWhileWorkersRun()
    {
        // A larger project, so that the workers are still running when the window goes.
        synth::SyntheticProjectOptions options;
        options.tables = 1000;
        options.columns = 10000;
        options.foreignKeys = 1500;
        m_controller->setDocument(synth::generateSyntheticProject(options));
        m_window->flushPendingUpdates();
        const core::Id tableId = m_controller->document().model.tables.first().id;
        QVERIFY(m_controller->renameTable(tableId, QStringLiteral("closing")).ok());
        // Past both debounces: the refreshes have been handed to the workers.
        QTest::qWait(widgets::MigrationDock::kDebounceMs + 5);
        const bool inFlight =
            m_window->ddlPreview()->isPending() || m_window->migrationDock()->isPending();
        m_window.reset(); // waits for (or cancels) the workers; their results are dropped
        QCoreApplication::processEvents(); // results posted to the dead widgets go nowhere
        // The controller lives on and edits without the window.
        QVERIFY(m_controller->renameTable(tableId, QStringLiteral("after_close")).ok());
        QCOMPARE(m_controller->document().model.tables.first().name, QStringLiteral("after_close"));
        // Not an assertion on timing: this only says whether this run hit the case.
        qInfo("work was in flight when the window went: %s", inFlight ? "yes" : "no");
    }

    void sqlViewReplacesTheChangedPart_data()
    {
        // setSql replaces only what lies between the common prefix and suffix (in UTF-8
        // bytes for Scintilla): the text after it must be exactly the new text.
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        const QString e = QStringLiteral("caf\u00e9");               // 2-byte UTF-8
        const QString cjk = QStringLiteral("\u8868");                // 3-byte
        const QString emoji = QString::fromUtf8("\xf0\x9f\x98\x80"); // surrogate pair, 4-byte
        QTest::newRow("middle") << u"CREATE TABLE a (x int);"_s << u"CREATE TABLE ab (x int);"_s;
        QTest::newRow("from empty") << QString() << u"SELECT 1;"_s;
        QTest::newRow("to empty") << u"SELECT 1;"_s << QString();
        QTest::newRow("prefix grows") << u"abc"_s << u"abcdef"_s;
        QTest::newRow("suffix grows") << u"def"_s << u"abcdef"_s;
        QTest::newRow("repeated text") << u"aaaa"_s << u"aaaaaa"_s;
        QTest::newRow("after multi-byte")
            << e + u" x "_s + cjk + u" 1"_s << e + u" x "_s + cjk + u" 22"_s;
        QTest::newRow("multi-byte changed")
            << u"-- "_s + e + u"\nend"_s << u"-- "_s + cjk + u"\nend"_s;
        // Pairs sharing the high surrogate: the cut must not split a pair.
        QTest::newRow("surrogate low differs")
            << u"a"_s + emoji + u"b"_s << u"a"_s + QString::fromUtf8("\xf0\x9f\x98\x81") + u"b"_s;
        QTest::newRow("lines inserted") << u"1\n2\n3\n"_s << u"1\n2\nnew\nlines\n3\n"_s;
    }

    void sqlViewReplacesTheChangedPart()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        widgets::SqlView* view = m_window->ddlPreview()->sqlView();
        view->setSql(before);
        QCOMPARE(view->sql(), before);
        view->setSql(after);
        QCOMPARE(view->sql(), after);
        QVERIFY(view->isReadOnly());
        QVERIFY(!view->isUndoAvailable()); // set text is not an edit to undo
    }

    void sqlViewKeepsTheScrollPosition()
    {
        widgets::SqlView* view = m_window->ddlPreview()->sqlView();
        QStringList lines;
        for (int i = 0; i < 2000; ++i)
            lines.append(QStringLiteral("SELECT %1;").arg(i));
        view->setSql(lines.join(QLatin1Char('\n')));
        view->setFirstVisibleLine(500);
        lines[1500] = QStringLiteral("SELECT 'changed';");
        view->setSql(lines.join(QLatin1Char('\n')));
        QCOMPARE(view->firstVisibleLine(), 500);
        QCOMPARE(view->text(1500), QStringLiteral("SELECT 'changed';\n"));
    }

    void sqlViewRestylesAfterAPartialReplace()
    {
        // The lexer styles only what Scintilla asks for; after a partial replace that
        // opens a comment above styled lines, those lines must be styled as comment once
        // shown (painted, not through styleAt's full colourise).
        widgets::SqlView* view = m_window->ddlPreview()->sqlView();
        const auto styleOf = [view](const QString& text, const QString& what) {
            view->viewport()->repaint();
            return int(view->SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT,
                                           static_cast<unsigned long>(text.indexOf(what))));
        };
        auto* tabs = qobject_cast<QTabWidget*>(m_window->centralWidget());
        if (!tabs)
            QFAIL("the central widget is not the tab widget");
        tabs->setCurrentWidget(m_window->ddlPreview());
        QVERIFY(QTest::qWaitForWindowExposed(view));
        const QString plain = u"SELECT 1;\nCREATE TABLE t (a int);\nCREATE TABLE u (b int);\n"_s;
        view->setSql(plain);
        const int keyword = styleOf(plain, u"CREATE TABLE u"_s);
        const QString commented =
            u"/* SELECT 1;\nCREATE TABLE t (a int);\nCREATE TABLE u (b int);\n"_s;
        view->setSql(commented);
        const int comment = styleOf(commented, u"/*"_s);
        QVERIFY(comment != keyword);
        QCOMPARE(styleOf(commented, u"CREATE TABLE u"_s), comment);
        view->setSql(plain); // and back: the comment's end is gone again
        QCOMPARE(styleOf(plain, u"CREATE TABLE u"_s), keyword);
    }

private:
    std::unique_ptr<app::DocumentController> m_controller;
    std::unique_ptr<widgets::MainWindow> m_window;
};

QTEST_MAIN(TestOffThreadRefresh)
#include "tst_offthreadrefresh.moc"
