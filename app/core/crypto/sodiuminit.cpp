#include "crypto/sodiuminit.h"

#include <sodium.h>

#include <stdexcept>

namespace tend {

void ensureSodiumInitialized() {
    // A function-local static is initialised exactly once even when threads race to it; a failed start
    // throws out of the initialiser, so the next call tries again.
    static const bool initialized = [] {
        if (sodium_init() < 0)
            throw std::runtime_error("The cryptography library could not start, so nothing can be encrypted");
        return true;
    }();
    static_cast<void>(initialized);
}

} // namespace tend
