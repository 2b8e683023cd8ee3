#pragma once

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
    void notify() const {
        for (const auto& [token, listener] : m_listeners)
            listener();
    }

private:
    std::map<Token, Listener> m_listeners;
    Token m_lastToken = 0;
};

} // namespace tend
