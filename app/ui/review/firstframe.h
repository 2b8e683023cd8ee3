#pragma once

class QQmlApplicationEngine;

namespace tend::ui {

// --quit-after-first-frame: runs the event loop until the window has drawn its first frame, then stops.
// Returns the process exit code: 0 when the frame came and no QML warning was collected on the way
// (UiReview::startCollectingWarnings must run before QML loads), 1 otherwise.
[[nodiscard]] int runUntilFirstFrame(QQmlApplicationEngine& engine);

} // namespace tend::ui
