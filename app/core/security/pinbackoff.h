#pragma once

namespace tend {

// How long a worker waits after failed attempts at the app lock, so that guessing a 4-digit PIN takes
// months instead of minutes, while a few honest slips cost nothing:
//   failures 1-4: no wait; 5: 30 s; 6: 1 min; 7: 2 min; 8: 4 min; 9: 8 min; 10: 16 min; 11: 32 min;
//   12 and more: 1 hour (the most Tend ever asks anyone to wait).
inline constexpr int kFreePinAttempts = 4;
inline constexpr int kFirstPinWaitSeconds = 30;
inline constexpr int kMaxPinWaitSeconds = 60 * 60;

[[nodiscard]] int pinWaitSecondsAfter(int failures);

} // namespace tend
