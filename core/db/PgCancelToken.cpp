// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgCancelToken.h"

#include <libpq-fe.h>

namespace kuw::core {

PgCancelToken::~PgCancelToken()
{
    detach();
}

void PgCancelToken::cancel()
{
    m_cancelled.store(true);
    QMutexLocker lock(&m_mutex);
    if (m_handle) {
        char err[256];
        PQcancel(m_handle, err, sizeof err); // best effort; the connect loop also polls the flag
    }
}

void PgCancelToken::attach(pg_cancel *handle)
{
    QMutexLocker lock(&m_mutex);
    if (m_handle)
        PQfreeCancel(m_handle);
    m_handle = handle;
}

void PgCancelToken::detach()
{
    QMutexLocker lock(&m_mutex);
    if (m_handle)
        PQfreeCancel(m_handle);
    m_handle = nullptr;
}

} // namespace kuw::core
