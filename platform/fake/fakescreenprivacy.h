#pragma once

#include "screenprivacy.h"

#include <vector>

namespace tend {

// Records what the app lock asks of the platform, in order.
class FakeScreenPrivacy final : public ScreenPrivacy {
public:
    [[nodiscard]] bool canHideContent() const override { return true; }
    void setContentHidden(bool hidden) override { calls.push_back(hidden); }

    std::vector<bool> calls;
};

} // namespace tend
