#include "supervision/supervisionreport.h"

#include "supervision/sparkline.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

// QtGui's own measure of the resolution text layout assumes (exported, declared privately; QtWidgets and
// QtSvg declare it the same way).
Q_GUI_EXPORT int qt_defaultDpiX();

#include <cmath>

namespace tend::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("SupervisionReport", text);
}

QString number(double value) {
    return QLocale().toString(static_cast<int>(std::lround(value)));
}

QString indexValueText(const SupervisionSummary::IndexLine& line) {
    if (!line.periodMean)
        return tr("not enough check-ins in this period");
    QString text = tr("%1 of 100").arg(number(*line.periodMean));
    if (!line.band.isEmpty())
        text += QStringLiteral(" (%1)").arg(line.band);
    return text;
}

QString chartResourceName(std::size_t index) {
    return QStringLiteral("tend-chart-%1.png").arg(index);
}

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

QString htmlList(const QStringList& items) {
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

QString SupervisionReport::plainText() const {
    const auto& s = m_summary;
    QString text = tr("Preparing for supervision") + QLatin1Char('\n') + periodLine() + QLatin1Char('\n');
    text += tr("From my own daily check-ins in Tend. These are not a diagnosis; they help me notice "
               "patterns.") +
            QStringLiteral("\n\n");

    if (!s.talkingPoints.isEmpty())
        text += tr("What I would like to talk about") + QLatin1Char('\n') + textList(s.talkingPoints) +
                QLatin1Char('\n');
    if (!s.ownWords.trimmed().isEmpty())
        text += s.ownWords.trimmed() + QStringLiteral("\n\n");
    if (s.includeIndices && !s.indices.empty()) {
        text += tr("How I have been (0 to 100)") + QLatin1Char('\n');
        for (const auto& line : s.indices) {
            text += QStringLiteral("- %1: %2").arg(line.name, indexValueText(line));
            if (!line.change.isEmpty())
                text += QStringLiteral(". ") + line.change;
            text += QLatin1Char('\n');
        }
        text += QLatin1Char('\n');
    }
    if (s.includeChanges && !s.notableChanges.isEmpty())
        text += tr("What changed") + QLatin1Char('\n') + textList(s.notableChanges) + QLatin1Char('\n');
    if (s.includeWorkload) {
        text += tr("Workload and rest") + QLatin1Char('\n');
        text += QStringLiteral("- ") + tr("Hard moments noted: %1").arg(s.hardMoments) + QLatin1Char('\n');
        text += QStringLiteral("- ") + tr("Days with a lot of distressing material: %1").arg(s.heavyDays) +
                QLatin1Char('\n');
        text += QStringLiteral("- ") + tr("Rest days: %1").arg(s.restDays) + QStringLiteral("\n\n");
    }
    if (s.includeSelfCare && (!s.selfCareDone.isEmpty() || !s.whatHelps.isEmpty())) {
        text += tr("Looking after myself") + QLatin1Char('\n') + textList(s.selfCareDone) +
                textList(s.whatHelps) + QLatin1Char('\n');
    }
    if (s.includeAssessments && !s.assessments.isEmpty())
        text += tr("Reflections") + QLatin1Char('\n') + textList(s.assessments) + QLatin1Char('\n');
    text += s.generatedOn + QLatin1Char('\n');
    return text;
}

QString SupervisionReport::html() const {
    const auto& s = m_summary;
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif; color: #1e2624;\">");
    html +=
        QStringLiteral("<h1 style=\"color: #2f7d6d;\">%1</h1>").arg(escaped(tr("Preparing for supervision")));
    html += QStringLiteral("<p>%1</p>").arg(escaped(periodLine()));
    html +=
        QStringLiteral("<p style=\"color: #5b6865;\">%1</p>")
            .arg(escaped(tr("From my own daily check-ins in Tend. These are not a diagnosis; they help me "
                            "notice patterns.")));

    if (!s.talkingPoints.isEmpty())
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("What I would like to talk about"))) +
                htmlList(s.talkingPoints);
    if (!s.ownWords.trimmed().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(s.ownWords.trimmed()).replace('\n', "<br/>"));
    if (s.includeIndices && !s.indices.empty()) {
        html += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellpadding=\"4\">")
                    .arg(escaped(tr("How I have been (0 to 100)")));
        for (std::size_t i = 0; i < s.indices.size(); ++i) {
            const auto& line = s.indices[i];
            html += QStringLiteral("<tr><td width=\"230\"><b>%1</b><br/>%2<br/><span style=\"color: "
                                   "#5b6865;\">%3</span></td>"
                                   "<td><img src=\"%4\" width=\"260\" height=\"60\"/></td></tr>")
                        .arg(escaped(line.name), escaped(indexValueText(line)), escaped(line.change),
                             chartResourceName(i));
        }
        html += QStringLiteral("</table><p style=\"color: #5b6865; font-size: small;\">%1</p>")
                    .arg(escaped(tr("Dots are days; the shaded band is my usual range. Empty places are days "
                                    "without a check-in.")));
    }
    if (s.includeChanges && !s.notableChanges.isEmpty())
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("What changed"))) + htmlList(s.notableChanges);
    if (s.includeWorkload) {
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Workload and rest")));
        html += htmlList({tr("Hard moments noted: %1").arg(s.hardMoments),
                          tr("Days with a lot of distressing material: %1").arg(s.heavyDays),
                          tr("Rest days: %1").arg(s.restDays)});
    }
    if (s.includeSelfCare && (!s.selfCareDone.isEmpty() || !s.whatHelps.isEmpty()))
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Looking after myself"))) +
                htmlList(s.selfCareDone + s.whatHelps);
    if (s.includeAssessments && !s.assessments.isEmpty())
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Reflections"))) + htmlList(s.assessments);
    html += QStringLiteral("<p style=\"color: #5b6865; font-size: small;\">%1</p></body></html>")
                .arg(escaped(s.generatedOn));
    return html;
}

void SupervisionReport::fillDocument(QTextDocument& document) const {
    if (m_summary.includeIndices) {
        for (std::size_t i = 0; i < m_summary.indices.size(); ++i) {
            const auto& line = m_summary.indices[i];
            document.addResource(
                QTextDocument::ImageResource, QUrl(chartResourceName(i)),
                paintSparkline(line.daily, line.baselineLow, line.baselineHigh, QSize(260, 60)));
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
        // twice their size, so they stay sharp.
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

} // namespace tend::ui
