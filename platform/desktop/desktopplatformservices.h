#pragma once

#include "desktop/desktopscreenprivacy.h"
#include "platformservices.h"

namespace tend {

// Linux, macOS and Windows desktops: the database key in a private file beside the data, and the lock
// screen as the only screen privacy.
class DesktopPlatformServices final : public PlatformServices {
public:
    [[nodiscard]] std::unique_ptr<KeyProvider> keyProvider(const std::filesystem::path& dataDir) override;
    [[nodiscard]] ScreenPrivacy& screenPrivacy() override { return m_screenPrivacy; }

private:
    DesktopScreenPrivacy m_screenPrivacy;
};

} // namespace tend
