#include "supervision/supervisionreport.h"

#include "insights/indexdefinition.h"
#include "supervision/periodchart.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

// QtGui's own measure of the resolution text layout assumes (exported, declared privately; QtWidgets and
// QtSvg declare it the same way).
Q_GUI_EXPORT int qt_defaultDpiX();

namespace tend::ui {

namespace {

// The size a chart takes on the page, in the document's pixels.
constexpr QSize chartSize(380, 110);

QString tr(const char* text) {
    return QCoreApplication::translate("SupervisionReport", text);
}

QString chartResourceName(std::size_t index) {
    return QStringLiteral("tend-chart-%1.png").arg(index);
}

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

QString htmlList(const QStringList& items) {
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<ul>");
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>").arg(escaped(item));
    return html + QStringLiteral("</ul>");
}

QString textList(const QStringList& items) {
    QString text;
    for (const QString& item : items)
        text += QStringLiteral("- %1\n").arg(item);
    return text;
}

QString introText() {
    return tr("From my own check-ins in Tend. They are not a diagnosis; they help me notice patterns.");
}

QString scoresTitle() {
    return tr("How I have been (0 to 100)");
}

QString bandsText() {
    const auto strain = bandCutoffs(IndexId::StsLoad);
    const auto better = bandCutoffs(IndexId::Wellbeing);
    const auto number = [](double value) {
        return QLocale().toString(static_cast<int>(std::lround(value)));
    };
    return tr("The bands are Tend's own lines, not clinical thresholds and not a diagnosis. Secondary "
              "stress, "
              "burnout and exposure: low below %1, moderate from %1, high from %2. Wellbeing and compassion "
              "satisfaction: low below %3, moderate from %3, good from %4.")
        .arg(number(strain.moderateFrom), number(strain.upperFrom), number(better.moderateFrom),
             number(better.upperFrom));
}

QString chartCaption() {
    return tr("Each dot is a day with a check-in; empty places are days without one. The shaded band is my "
              "usual range: the middle half of my days in the 12 weeks before the last one.");
}

} // namespace

SupervisionReport::SupervisionReport(SupervisionSummary summary)
    : m_summary(std::move(summary)) {}

QString SupervisionReport::periodLine() const {
    const QLocale locale;
    const QString days = m_summary.checkinDays == 1
                             ? tr("1 day with a check-in")
                             : tr("%1 days with a check-in").arg(m_summary.checkinDays);
    return tr("%1 to %2, %3")
        .arg(locale.toString(m_summary.from, QLocale::LongFormat),
             locale.toString(m_summary.to, QLocale::LongFormat), days);
}

std::vector<SupervisionReport::Section> SupervisionReport::wordsFirst() const {
    const auto& s = m_summary;
    const auto& choices = s.choices;
    std::vector<Section> sections;
    if (!choices.talkingPoints.isEmpty() || !choices.ownWords.trimmed().isEmpty())
        sections.push_back(
            {tr("What I would like to talk about"), choices.talkingPoints, choices.ownWords.trimmed()});
    if (choices.includeWorkload)
        sections.push_back({tr("My workload and rest"), s.workload, {}});
    if (!choices.needs.isEmpty() || !choices.needsNote.trimmed().isEmpty())
        sections.push_back({tr("What I need from the service"), choices.needs, choices.needsNote.trimmed()});
    if (choices.includeChanges && !s.notableChanges.isEmpty())
        sections.push_back({tr("What changed"), s.notableChanges, {}});
    if (choices.includeSelfCare && (!s.selfCareDone.isEmpty() || !s.whatHelps.isEmpty()))
        sections.push_back({tr("Looking after myself"), s.selfCareDone + s.whatHelps, {}});
    return sections;
}

std::vector<SupervisionReport::Section> SupervisionReport::afterScores() const {
    std::vector<Section> sections;
    if (m_summary.choices.includeReflections && !m_summary.reflections.isEmpty())
        sections.push_back({tr("Reflections"), m_summary.reflections, {}});
    return sections;
}

QString SupervisionReport::plainText() const {
    const auto& s = m_summary;
    QString text = tr("Preparing for supervision") + QLatin1Char('\n') + periodLine() + QLatin1Char('\n') +
                   introText() + QStringLiteral("\n\n");
    const auto write = [&text](const Section& section) {
        text += section.title + QLatin1Char('\n') + textList(section.items);
        if (!section.paragraph.isEmpty())
            text += section.paragraph + QLatin1Char('\n');
        text += QLatin1Char('\n');
    };
    for (const auto& section : wordsFirst())
        write(section);
    if (s.choices.includeScores && !s.indices.empty()) {
        text += scoresTitle() + QLatin1Char('\n');
        for (const auto& line : s.indices) {
            text += QStringLiteral("- %1: %2").arg(line.name, line.value);
            if (!line.change.isEmpty())
                text += QStringLiteral(". ") + line.change;
            text += QLatin1Char('\n');
        }
        text += bandsText() + QStringLiteral("\n\n");
    }
    for (const auto& section : afterScores())
        write(section);
    text += s.generatedOn + QLatin1Char('\n');
    return text;
}

QString SupervisionReport::html() const {
    const auto& s = m_summary;
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif; color: #1e2624;\">");
    html +=
        QStringLiteral("<h1 style=\"color: #2f7d6d;\">%1</h1>").arg(escaped(tr("Preparing for supervision")));
    html += QStringLiteral("<p>%1</p>").arg(escaped(periodLine()));
    html += QStringLiteral("<p style=\"color: #5b6865;\">%1</p>").arg(escaped(introText()));
    const auto write = [&html](const Section& section) {
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(section.title)) + htmlList(section.items);
        if (!section.paragraph.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(escaped(section.paragraph).replace('\n', "<br/>"));
    };
    for (const auto& section : wordsFirst())
        write(section);
    if (s.choices.includeScores && !s.indices.empty()) {
        // On a page of their own: the five charts fit on one page, so none is split from its name, and a
        // worker can hand over the pages before them alone.
        html += QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>"
                               "<table width=\"100%\" cellpadding=\"4\">")
                    .arg(escaped(scoresTitle()));
        for (std::size_t i = 0; i < s.indices.size(); ++i) {
            const auto& line = s.indices[i];
            html +=
                QStringLiteral("<tr><td width=\"220\"><b>%1</b><br/>%2<br/><span style=\"color: "
                               "#5b6865;\">%3</span></td>"
                               "<td><img src=\"%4\" width=\"%5\" height=\"%6\"/></td></tr>")
                    .arg(escaped(line.name), escaped(line.value), escaped(line.change), chartResourceName(i))
                    .arg(chartSize.width())
                    .arg(chartSize.height());
        }
        html += QStringLiteral("</table><p style=\"color: #5b6865; font-size: small;\">%1 %2</p>")
                    .arg(escaped(chartCaption()), escaped(bandsText()));
    }
    for (const auto& section : afterScores())
        write(section);
    html += QStringLiteral("<p style=\"color: #5b6865; font-size: small;\">%1</p></body></html>")
                .arg(escaped(s.generatedOn));
    return html;
}

void SupervisionReport::fillDocument(QTextDocument& document) const {
    if (m_summary.choices.includeScores) {
        for (std::size_t i = 0; i < m_summary.indices.size(); ++i) {
            const auto& line = m_summary.indices[i];
            document.addResource(
                QTextDocument::ImageResource, QUrl(chartResourceName(i)),
                paintPeriodChart(line.daily, m_summary.from, line.usualLow, line.usualHigh, chartSize));
        }
    }
    document.setHtml(html());
}

QString SupervisionReport::writePdf(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("The PDF could not be written to %1: %2").arg(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        // Laid out at the resolution QTextDocument measures fonts and image sizes in, so text, tables
        // and charts keep their proportions on the page. Text stays vector; the charts are painted at
        // three times their size, so they stay sharp.
        writer.setResolution(qt_defaultDpiX());
        writer.setTitle(tr("Preparing for supervision"));
        writer.setCreator(QStringLiteral("Tend"));
        QTextDocument document;
        fillDocument(document);
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        document.print(&writer);
    }
    if (!file.commit())
        return tr("The PDF could not be saved to %1: %2").arg(path, file.errorString());
    return {};
}

QString SupervisionReport::writeText(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("The text could not be written to %1: %2").arg(path, file.errorString());
    const QByteArray text = plainText().toUtf8();
    if (file.write(text) != text.size() || !file.commit())
        return tr("The text could not be saved to %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace tend::ui
