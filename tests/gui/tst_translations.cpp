// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The German and French catalogues cover every string the program shows: the .ts files are in step
// with the sources, and at run time the menus, undo texts, error messages and command-line help come
// out translated (a literal lupdate misreads would pass the first check and fail the second).
#include "cli/commandline.h"
#include "mainwindow.h"
#include "project/project.h"
#include "project/projectcommands.h"
#include "project/projectfile.h"
#include "util/translations.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace sw;
using namespace sw::ui;

namespace {

struct Catalogue
{
    QSet<QString> keys; ///< "context\nsource" of every message
    QSet<QString> unfinished; ///< the same, for messages without a finished translation
    QSet<QString> sameAsSource; ///< sources whose translation is the source itself ("PDF")
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    QXmlStreamReader xml(&file);
    QString context, source;
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
            result.keys.insert(context + QLatin1Char('\n') + source);
        } else if (name == QLatin1String("translation")) {
            const bool unfinished
                = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.isEmpty())
                result.unfinished.insert(context + QLatin1Char('\n') + source);
            if (text == source)
                result.sameAsSource.insert(source);
        }
    }
    return result;
}

void collectActionTexts(const QList<QAction *> &actions, QStringList *out)
{
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        out->append(action->text());
        if (QMenu *menu = action->menu())
            collectActionTexts(menu->actions(), out);
    }
}

QStringList menuTexts()
{
    MainWindow window;
    QStringList texts;
    collectActionTexts(window.menuBar()->actions(), &texts);
    return texts;
}

void removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup() { removeTranslators(); }

    void cataloguesMatchTheSources_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    // Running lupdate over the sources adds nothing new: every tr() string is in the catalogue and
    // translated. (A failure here means: run scripts/update-translations and translate what it adds.)
    void cataloguesMatchTheSources()
    {
        QFETCH(QString, language);
        const QString committed
            = QStringLiteral(SW_SOURCE_DIR "/translations/storyweave_%1.ts").arg(language);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("check.ts"));
        QVERIFY(QFile::copy(committed, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(SW_SOURCE_DIR));
        lupdate.start(QStringLiteral(SW_LUPDATE),
                      { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                        QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("app"),
                        QStringLiteral("ui"), QStringLiteral("-ts"), copy });
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        const Catalogue before = readCatalogue(committed);
        const Catalogue after = readCatalogue(copy);
        QVERIFY(!before.keys.isEmpty());
        const QSet<QString> added = after.keys - before.keys;
        const QSet<QString> removed = before.keys - after.keys;
        QVERIFY2(added.isEmpty(), qPrintable(QStringList(added.values()).join(QLatin1String(" | "))));
        QVERIFY2(removed.isEmpty(), qPrintable(QStringList(removed.values()).join(QLatin1String(" | "))));
        QVERIFY2(after.unfinished.isEmpty(),
                 qPrintable(QStringList(after.unfinished.values()).join(QLatin1String(" | "))));
    }

    // Every menu entry differs from its English text unless the catalogue keeps it unchanged on purpose.
    void menusAreTranslated_data() { cataloguesMatchTheSources_data(); }
    void menusAreTranslated()
    {
        QFETCH(QString, language);
        const QStringList english = menuTexts();
        QCOMPARE(installTranslations(*qApp, language), language);
        const QStringList translated = menuTexts();
        QCOMPARE(translated.size(), english.size());
        QVERIFY(english.size() > 40);
        const Catalogue catalogue
            = readCatalogue(QStringLiteral(SW_SOURCE_DIR "/translations/storyweave_%1.ts").arg(language));
        QStringList untranslated;
        for (qsizetype i = 0; i < english.size(); ++i) {
            if (english[i] == translated[i] && !catalogue.sameAsSource.contains(english[i]))
                untranslated << english[i];
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1String(" | "))));
        if (language == QLatin1String("de"))
            QCOMPARE(translated.first(), QStringLiteral("&Datei"));
    }

    // Strings built away from the menus: an undo text, a project error, the command-line help.
    void messagesAreTranslated()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));

        Project project;
        AddEntityCommand command(&project, QStringLiteral("person"), QStringLiteral("Mara Okafor"));
        QCOMPARE(command.text(), QStringLiteral("Entität „Mara Okafor“ hinzufügen"));

        Error error;
        QVERIFY(!ProjectFile::fromJson(R"({"format":"other","version":1})", QString(), &error));
        QVERIFY2(error.message.startsWith(QStringLiteral("kein Storyweave-Projekt")),
                 qPrintable(error.message));

        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        sw::cli::run({ QStringLiteral("storyweave"), QStringLiteral("analyze"), QStringLiteral("--help") },
                     out, err);
        out.flush();
        QVERIFY2(outText.contains(QStringLiteral("Mindestwert (0–1) der Stufe „gleiche Tatsache“")),
                 qPrintable(outText));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
