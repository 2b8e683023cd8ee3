#pragma once

#include <exception>
#include <functional>
#include <map>

namespace tend {

// Lets repositories tell their subscribers (the ui models) that stored data changed, without core
// knowing about Qt signals.
class ChangeNotifier final {
public:
    using Listener = std::function<void()>;
    using Token = int;

    Token subscribe(Listener listener) {
        m_listeners.emplace(++m_lastToken, std::move(listener));
        return m_lastToken;
    }
    void unsubscribe(Token token) { m_listeners.erase(token); }
    // Every listener hears about the change even if an earlier one fails: the change is already stored,
    // so a listener's failure (say, a reload that hits a busy database) must not look like a failed save.
    void notify() const {
        for (const auto& [token, listener] : m_listeners) {
            try {
                listener();
            } catch (const std::exception&) {
                m_failedListeners = m_failedListeners + 1;
            }
        }
    }
    [[nodiscard]] int failedListeners() const { return m_failedListeners; }

private:
    std::map<Token, Listener> m_listeners;
    mutable int m_failedListeners = 0;
    Token m_lastToken = 0;
};

} // namespace tend
