#pragma once

#include "supervision/supervisionsummary.h"

#include <QString>

class QTextDocument;

namespace tend::ui {

// Turns a summary into the document the worker takes to supervision: plain text (to paste or share) or a
// PDF with small charts. Only the sections the worker kept are written. Nothing here sends anything.
class SupervisionReport final {
public:
    explicit SupervisionReport(SupervisionSummary summary);

    [[nodiscard]] QString plainText() const;
    // Fills `document` with the formatted report, charts included as image resources.
    void fillDocument(QTextDocument& document) const;
    // Writes an A4 PDF atomically (a temporary file renamed into place). Returns an empty string on
    // success, otherwise a translated explanation.
    [[nodiscard]] QString writePdf(const QString& path) const;

private:
    [[nodiscard]] QString html() const;
    [[nodiscard]] QString periodLine() const;

    SupervisionSummary m_summary;
};

} // namespace tend::ui
