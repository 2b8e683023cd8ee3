#pragma once

namespace tend {

// Keeps the worker's content out of places the OS shows or records outside Tend: the app switcher's
// snapshot of the last screen, screenshots and screen recording. The app lock asks for the content to be
// hidden while it is locked; a platform may also hide it always (Android's FLAG_SECURE has to be in place
// before the app is paused, since that is when the switcher snapshot is taken).
class ScreenPrivacy {
public:
    virtual ~ScreenPrivacy() = default;

    // True when this platform can keep content out of snapshots and captures at all, so settings can
    // say honestly what the lock does.
    [[nodiscard]] virtual bool canHideContent() const = 0;
    // Called with true when the app locks and false when it unlocks.
    virtual void setContentHidden(bool hidden) = 0;
};

} // namespace tend
