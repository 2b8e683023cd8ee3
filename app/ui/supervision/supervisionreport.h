#pragma once

#include "supervision/supervisionsummary.h"

#include <QString>

class QTextDocument;

namespace tend::ui {

// Turns a supervision document into what the worker takes along: plain text (to paste or share) or an A4
// PDF with dated charts. It opens on the worker's own words and workload, then what they need from the
// service, then the rest; only what the summary holds is written. Nothing here sends anything.
class SupervisionReport final {
public:
    explicit SupervisionReport(SupervisionSummary summary);

    [[nodiscard]] QString plainText() const;
    // Fills `document` with the formatted report, charts included as image resources.
    void fillDocument(QTextDocument& document) const;
    // Write atomically (a temporary file renamed into place). Each returns an empty string on success,
    // otherwise a translated explanation.
    [[nodiscard]] QString writePdf(const QString& path) const;
    [[nodiscard]] QString writeText(const QString& path) const;

private:
    // A titled part of the document, in the order it is written.
    struct Section {
        QString title;
        QStringList items; // written as a list
        QString paragraph; // written after the list, line breaks kept
    };

    [[nodiscard]] std::vector<Section> wordsFirst() const;
    [[nodiscard]] std::vector<Section> afterScores() const;
    [[nodiscard]] QString periodLine() const;
    [[nodiscard]] QString html() const;

    SupervisionSummary m_summary;
};

} // namespace tend::ui
