#include "data/erasecontroller.h"

#include <utility>

namespace tend::ui {

namespace {
const QString purpose = QStringLiteral("erase");
}

void EraseController::request() {
    m_awaiting = true;
    emit confirmationNeeded(purpose);
}

void EraseController::confirmed(const QString& what) {
    if (what == purpose && std::exchange(m_awaiting, false))
        emit eraseConfirmed();
}

void EraseController::cancelled(const QString& what) {
    if (what == purpose)
        m_awaiting = false;
}

} // namespace tend::ui
