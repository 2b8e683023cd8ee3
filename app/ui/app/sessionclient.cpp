#include "app/sessionclient.h"

#include "app/sessionhandle.h"

namespace tend::ui {

void SessionClient::setSessionHandle(SessionHandle* handle) {
    if (m_handle || !handle)
        return; // one session for the controller's whole life
    m_handle = handle;
    if (m_complete)
        attachTo(handle->session());
}

void SessionClient::componentComplete() {
    m_complete = true;
    if (m_handle && !m_session)
        attachTo(m_handle->session());
}

void SessionClient::attachTo(AppSession& session) {
    if (m_session)
        return;
    m_session = &session;
    onAttached();
    emit attachedChanged();
}

} // namespace tend::ui
