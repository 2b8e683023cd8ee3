#pragma once

#include "storage/changenotifier.h"

#include <initializer_list>
#include <vector>

namespace tend {

// Holds back the change notifications of some repositories while one long write (an import, a restore)
// runs inside a transaction, so that listeners neither reload thousands of times nor read a half-done
// import. release() after the commit delivers each held notifier's news once; if the hold ends without
// release() (the transaction rolled back, so nothing changed) the news is dropped.
class NotificationHold final {
public:
    NotificationHold(std::initializer_list<ChangeNotifier*> notifiers)
        : m_notifiers(notifiers) {
        for (auto* notifier : m_notifiers)
            notifier->hold();
    }
    NotificationHold(const NotificationHold&) = delete;
    NotificationHold& operator=(const NotificationHold&) = delete;
    ~NotificationHold() { end(false); }

    void release() { end(true); }

private:
    void end(bool deliver) {
        for (auto* notifier : m_notifiers)
            notifier->resume(deliver);
        m_notifiers.clear();
    }

    std::vector<ChangeNotifier*> m_notifiers;
};

} // namespace tend
