#pragma once

// A real AppSession over an encrypted database in a temporary directory, for the ui tests. Only the key
// store is faked: the platform key provider has its own test, and a fixed key keeps these tests fast.

#include "app/appsession.h"
#include "domain/checkindefinition.h"
#include "keyprovider.h"
#include "time/clock.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>
#include <stdexcept>

namespace tend::test {

class FixedKeyProvider final : public KeyProvider {
public:
    [[nodiscard]] DatabaseKey databaseKey() override {
        m_present = true;
        DatabaseKey key{};
        for (std::size_t i = 0; i < key.size(); ++i)
            key[i] = static_cast<std::uint8_t>(11 + i * 29);
        return key;
    }
    // The fixed key exists from the start, so a session can be reopened on the same directory.
    [[nodiscard]] bool hasKey() const override { return m_present; }
    void deleteKey() override { m_present = false; }

private:
    bool m_present = true;
};

// The definition the app ships, read from the source tree (the same file is compiled into resources).
inline CheckinDefinition shippedDefinition() {
    QFile file(QStringLiteral(TEND_ASSETS_DIR "/checkin/daily.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " TEND_ASSETS_DIR "/checkin/daily.json");
    const QByteArray json = file.readAll();
    return parseCheckinDefinition(std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
}

// 2026-11-27 18:30 local: an ordinary Friday evening, far from DST changes.
inline boost::posix_time::ptime fixedNow() {
    return {boost::gregorian::date(2026, 11, 27),
            boost::posix_time::hours(18) + boost::posix_time::minutes(30)};
}

struct TestSession {
    QTemporaryDir dir;
    FixedKeyProvider keys;
    FixedClock clock{fixedNow()};
    std::unique_ptr<ui::AppSession> session;

    TestSession() {
        if (!dir.isValid())
            throw std::runtime_error("no temporary directory");
        session = ui::AppSession::open(dir.path().toStdString(), keys, shippedDefinition(), clock);
    }

    // Closes the database and opens it again, as a restart of the app would.
    void reopen() {
        session.reset();
        session = ui::AppSession::open(dir.path().toStdString(), keys, shippedDefinition(), clock);
    }

    [[nodiscard]] boost::gregorian::date today() const { return clock.today(); }

    // Stores a check-in straight through the repository, as another part of the app would.
    void saveCheckin(boost::gregorian::date date, std::map<std::string, int> answers, bool restDay = false,
                     std::string note = {}) {
        Checkin checkin;
        checkin.date = date;
        checkin.answers = std::move(answers);
        checkin.restDay = restDay;
        checkin.note = std::move(note);
        checkin.createdAt = boost::posix_time::ptime(date, boost::posix_time::hours(20));
        checkin.updatedAt = checkin.createdAt;
        session->checkins().save(checkin);
    }

    void addHardMoment(boost::gregorian::date date, int intensity) {
        HardMoment moment;
        moment.occurredAt = boost::posix_time::ptime(date, boost::posix_time::hours(14));
        moment.intensity = intensity;
        (void)session->hardMoments().add(moment);
    }
};

} // namespace tend::test
