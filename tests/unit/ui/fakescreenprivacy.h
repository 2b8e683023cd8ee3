#pragma once

#include "screenprivacy.h"

#include <QList>

namespace tend::test {

// Records what the app lock asks of the platform, in order.
class FakeScreenPrivacy final : public ScreenPrivacy {
public:
    [[nodiscard]] bool canHideContent() const override { return true; }
    void setContentHidden(bool hidden) override { calls.append(hidden); }

    QList<bool> calls;
};

} // namespace tend::test
