#pragma once

#include "keyprovider.h"
#include "screenprivacy.h"

#include <filesystem>
#include <memory>

namespace tend {

// The operating system's services Tend uses, each behind its own interface. The composition root asks
// createPlatformServices() for the ones of the platform it was built for and never names an
// implementation; tests hand in fakes.
class PlatformServices {
public:
    virtual ~PlatformServices() = default;

    // Where the key of the database in `dataDir` lives (a private file on the desktop, the platform's key
    // store on phones).
    [[nodiscard]] virtual std::unique_ptr<KeyProvider> keyProvider(const std::filesystem::path& dataDir) = 0;
    // One for the whole app: it acts on the app's window, not on a data folder.
    [[nodiscard]] virtual ScreenPrivacy& screenPrivacy() = 0;
};

// The services of the platform this build targets. Defined once per platform folder (desktop/ here).
[[nodiscard]] std::unique_ptr<PlatformServices> createPlatformServices();

} // namespace tend
