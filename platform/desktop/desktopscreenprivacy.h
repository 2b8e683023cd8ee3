#pragma once

#include "screenprivacy.h"

namespace tend {

// Desktop systems keep no app-switcher snapshots, and no desktop offers a dependable way to refuse a
// screen capture. So this does nothing: while locked the lock screen covers the window and the content
// underneath is not drawn at all, which is what keeps it out of any picture of the screen.
class DesktopScreenPrivacy final : public ScreenPrivacy {
public:
    [[nodiscard]] bool canHideContent() const override { return false; }
    void setContentHidden(bool hidden) override;
};

} // namespace tend
