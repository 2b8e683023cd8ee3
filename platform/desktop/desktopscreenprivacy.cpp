#include "desktop/desktopscreenprivacy.h"

namespace tend {

void DesktopScreenPrivacy::setContentHidden(bool) {
    // Nothing beyond the lock screen itself: see the class comment.
}

} // namespace tend
