#pragma once

#include "time/clock.h"

namespace tend::ui {

// The device clock, read in the device's current time zone each time, so travel and DST changes take
// effect at once.
class SystemClock final : public Clock {
public:
    [[nodiscard]] boost::posix_time::ptime nowLocal() const override;
};

} // namespace tend::ui
