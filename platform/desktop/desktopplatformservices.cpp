#include "desktop/desktopplatformservices.h"

#include "desktop/filekeyprovider.h"

namespace tend {

std::unique_ptr<KeyProvider> DesktopPlatformServices::keyProvider(const std::filesystem::path& dataDir) {
    return std::make_unique<FileKeyProvider>(dataDir / "database.key");
}

std::unique_ptr<PlatformServices> createPlatformServices() {
    return std::make_unique<DesktopPlatformServices>();
}

} // namespace tend
