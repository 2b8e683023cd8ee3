#include "security/pinbackoff.h"

namespace tend {

int pinWaitSecondsAfter(int failures) {
    if (failures <= kFreePinAttempts)
        return 0;
    int wait = kFirstPinWaitSeconds;
    // Doubling stops at the cap, so no failure count can overflow.
    for (int step = kFreePinAttempts + 1; step < failures && wait < kMaxPinWaitSeconds; ++step)
        wait *= 2;
    return wait < kMaxPinWaitSeconds ? wait : kMaxPinWaitSeconds;
}

} // namespace tend
