#pragma once

// Files and data shared by the tests of the "Your data" page's controllers.

#include "exchange/exportdata.h"
#include "exchange/exportjson.h"
#include "exchange/exportreader.h"
#include "testsession.h"

#include <QFile>
#include <QUrl>

#include <stdexcept>
#include <string>

namespace tend::test {

inline QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + path.toStdString());
}

inline QUrl urlOf(const QString& path) {
    return QUrl::fromLocalFile(path);
}

// Everything the session holds, as the canonical export: equal strings mean equal data.
inline std::string everything(ui::AppSession& session) {
    return exportToJson(readExportData(session.repositories(), ExportSelection{}));
}

// Three days (two with notes), one of them a rest day, and one hard moment.
inline void fillSomeDays(TestSession& env) {
    using boost::gregorian::days;
    env.saveCheckin(env.today() - days(2), {{"mood", 1}, {"sleep", 2}}, false, "A long shift");
    env.saveCheckin(env.today() - days(1), {{"mood", 3}}, true);
    env.saveCheckin(env.today(), {{"mood", 2}, {"exhaustion", 4}}, false, "Quiet evening");
    env.addHardMoment(env.today() - days(1), 3);
}

} // namespace tend::test
