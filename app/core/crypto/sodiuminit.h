#pragma once

namespace tend {

// Initialises libsodium once per process before any of its functions is used; safe to call from any
// thread, any number of times. Throws std::runtime_error if libsodium cannot start (no randomness source).
void ensureSodiumInitialized();

} // namespace tend
