#pragma once

#include "desktop/filekeyprovider.h"
#include "fake/fakescreenprivacy.h"
#include "platformservices.h"

namespace tend {

// Platform services for tests: the key in a private file beside the data (as on the desktop, which is
// what a test can inspect) and a screen privacy that records what it was asked.
class FakePlatformServices final : public PlatformServices {
public:
    [[nodiscard]] std::unique_ptr<KeyProvider> keyProvider(const std::filesystem::path& dataDir) override {
        return std::make_unique<FileKeyProvider>(dataDir / "database.key");
    }
    [[nodiscard]] ScreenPrivacy& screenPrivacy() override { return privacy; }

    FakeScreenPrivacy privacy;
};

} // namespace tend
