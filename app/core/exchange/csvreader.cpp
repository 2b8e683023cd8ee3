#include "exchange/csvreader.h"

#include "exchange/utf8text.h"

#include <cstdio>

namespace tend {

namespace {

constexpr std::string_view byteOrderMark = "\xEF\xBB\xBF";

std::string hexByte(char c) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(c)));
    return buffer;
}

class CsvParser final {
public:
    CsvParser(std::string_view text, const CsvLimits& limits)
        : m_text(text)
        , m_limits(limits) {}

    std::vector<CsvRow> rows() {
        if (m_text.size() > m_limits.bytes)
            throw DataFileError("", "the file is " + std::to_string(m_text.size()) + " bytes long; at most " +
                                        std::to_string(m_limits.bytes) + " bytes can be read");
        if (m_text.starts_with(byteOrderMark))
            m_pos = byteOrderMark.size();

        std::vector<CsvRow> rows;
        while (m_pos < m_text.size()) {
            if (atLineEnd()) {
                skipLineEnd();
                continue;
            }
            if (rows.size() == m_limits.rows)
                throw DataFileError("line " + std::to_string(m_line),
                                    "the file has more than " + std::to_string(m_limits.rows) +
                                        " rows; at most " + std::to_string(m_limits.rows) + " can be read");
            rows.push_back(row());
        }
        return rows;
    }

private:
    [[nodiscard]] bool atLineEnd() const { return m_text[m_pos] == '\n' || m_text[m_pos] == '\r'; }

    void skipLineEnd() {
        if (m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    CsvRow row() {
        CsvRow row{m_line, {}};
        while (true) {
            const auto column = row.fields.size() + 1;
            if (row.fields.size() == m_limits.fieldsPerRow)
                throw DataFileError(csvPlace(m_line, column),
                                    "this row has more than " + std::to_string(m_limits.fieldsPerRow) +
                                        " fields; at most " + std::to_string(m_limits.fieldsPerRow) +
                                        " can be read");
            row.fields.push_back(field(column));
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size())
                skipLineEnd();
            return row;
        }
    }

    std::string field(std::size_t column) {
        if (m_pos < m_text.size() && m_text[m_pos] == '"')
            return quotedField(column);
        std::string value;
        while (m_pos < m_text.size() && m_text[m_pos] != ',' && !atLineEnd())
            append(value, m_line, column);
        return value;
    }

    std::string quotedField(std::size_t column) {
        const auto startLine = m_line;
        ++m_pos;
        std::string value;
        while (true) {
            if (m_pos == m_text.size())
                throw DataFileError(
                    csvPlace(startLine, column),
                    "the file ends inside the quoted field that starts here; its closing quote "
                    "is missing");
            const char c = m_text[m_pos];
            if (c == '"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                    m_pos += 2;
                    value += '"';
                    checkLength(value, startLine, column);
                    continue;
                }
                ++m_pos;
                break;
            }
            if (c == '\r' || c == '\n') {
                const bool crlf = c == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n';
                value.append(m_text.substr(m_pos, crlf ? 2 : 1));
                m_pos += crlf ? 2 : 1;
                ++m_line;
                checkLength(value, startLine, column);
                continue;
            }
            append(value, startLine, column);
        }
        if (m_pos < m_text.size() && m_text[m_pos] != ',' && !atLineEnd())
            throw DataFileError(csvPlace(m_line, column),
                                "unexpected text after the closing quote of this field; a quoted field ends "
                                "with its quote, followed by a comma or the end of the line");
        return value;
    }

    // Appends the character at m_pos, whole, after checking it is text.
    void append(std::string& value, std::size_t fieldLine, std::size_t column) {
        const char c = m_text[m_pos];
        if (c == '\0')
            throw DataFileError(csvPlace(m_line, column),
                                "the file contains a NUL character, which a text file never does");
        std::size_t length = 1;
        if (static_cast<unsigned char>(c) >= 0x80) {
            length = utf8SequenceLength(m_text, m_pos);
            if (length == 0)
                throw DataFileError(csvPlace(m_line, column), "the text is not valid UTF-8 here (byte " +
                                                                  hexByte(c) +
                                                                  "); the file has to be saved as UTF-8");
        }
        value.append(m_text.substr(m_pos, length));
        m_pos += length;
        checkLength(value, fieldLine, column);
    }

    void checkLength(const std::string& value, std::size_t fieldLine, std::size_t column) const {
        if (value.size() > m_limits.fieldLength)
            throw DataFileError(csvPlace(fieldLine, column), "this field is longer than " +
                                                                 std::to_string(m_limits.fieldLength) +
                                                                 " bytes, the most that can be read");
    }

    std::string_view m_text;
    const CsvLimits& m_limits;
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
};

} // namespace

std::string csvPlace(std::size_t line, std::size_t column) {
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::vector<CsvRow> readCsv(std::string_view text, const CsvLimits& limits) {
    return CsvParser(text, limits).rows();
}

} // namespace tend
