#pragma once

#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace tend {

class Subscription;

// Lets repositories tell their subscribers (the ui models) that stored data changed, without core
// knowing about Qt signals. Listeners hold their place with a Subscription, which removes it when it goes.
class ChangeNotifier final {
public:
    using Listener = std::function<void()>;

    ChangeNotifier() = default;
    ChangeNotifier(const ChangeNotifier&) = delete;
    ChangeNotifier& operator=(const ChangeNotifier&) = delete;

    // The listener is called after every change until the returned subscription is destroyed or reset.
    [[nodiscard]] Subscription subscribe(Listener listener);

    // Every listener hears about the change even if an earlier one fails: the change is already stored,
    // so a listener's failure (say, a reload that hits a busy database) must not look like a failed save.
    // A listener removed by an earlier one (a page closed by a reload) is not called. While held, the news
    // waits (see NotificationHold).
    void notify() const {
        if (m_holds > 0) {
            m_held = true;
            return;
        }
        std::vector<int> tokens;
        tokens.reserve(m_listeners->size());
        for (const auto& entry : *m_listeners)
            tokens.push_back(entry.first);
        for (const int token : tokens) {
            const auto found = m_listeners->find(token);
            if (found == m_listeners->end())
                continue;
            try {
                found->second();
            } catch (const std::exception&) {
                m_failedListeners = m_failedListeners + 1;
            }
        }
    }
    [[nodiscard]] int failedListeners() const { return m_failedListeners; }

    // Used by NotificationHold: notifications wait from hold() until the matching resume(); the last
    // resume() tells the listeners once if anything happened meanwhile and `deliver` is true, and
    // forgets it otherwise.
    void hold() { ++m_holds; }
    void resume(bool deliver) {
        if (m_holds == 0 || --m_holds > 0)
            return;
        const bool held = std::exchange(m_held, false);
        if (held && deliver)
            notify();
    }
    [[nodiscard]] std::size_t listenerCount() const { return m_listeners->size(); }

private:
    using Listeners = std::map<int, Listener>;
    // Shared with the subscriptions (weakly), so that a subscription that outlives its notifier (a test's
    // repository replaced first) simply has nothing left to remove.
    std::shared_ptr<Listeners> m_listeners = std::make_shared<Listeners>();
    mutable int m_failedListeners = 0;
    mutable bool m_held = false;
    int m_holds = 0;
    int m_lastToken = 0;
};

// One listener's place with a ChangeNotifier, removed when this goes out of scope or is reset. Movable,
// not copyable.
class Subscription final {
public:
    Subscription() = default;
    ~Subscription() { reset(); }
    Subscription(const Subscription&) = delete;
    Subscription& operator=(const Subscription&) = delete;
    Subscription(Subscription&& other) noexcept
        : m_listeners(std::move(other.m_listeners))
        , m_token(other.m_token) {}
    Subscription& operator=(Subscription&& other) noexcept {
        if (this != &other) {
            reset();
            m_listeners = std::move(other.m_listeners);
            m_token = other.m_token;
        }
        return *this;
    }

    void reset() {
        if (const auto listeners = m_listeners.lock())
            listeners->erase(m_token);
        m_listeners.reset();
    }
    [[nodiscard]] bool active() const { return !m_listeners.expired(); }

private:
    friend class ChangeNotifier;
    Subscription(std::weak_ptr<std::map<int, ChangeNotifier::Listener>> listeners, int token)
        : m_listeners(std::move(listeners))
        , m_token(token) {}

    std::weak_ptr<std::map<int, ChangeNotifier::Listener>> m_listeners;
    int m_token = 0;
};

inline Subscription ChangeNotifier::subscribe(Listener listener) {
    m_listeners->emplace(++m_lastToken, std::move(listener));
    return Subscription(m_listeners, m_lastToken);
}

} // namespace tend
