// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the cluster/ tests: run the event loop until an AdminApiClient callback fires.
#pragma once

#include "cluster/AdminApiClient.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace kuw::test {

/// Calls `call(callback)` and spins the event loop until the callback ran (or `timeoutMs`).
template <typename T, typename Call>
std::optional<core::ApiResult<T>> awaitResult(Call call, int timeoutMs = 10000)
{
    std::optional<core::ApiResult<T>> out;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    call([&](const core::ApiResult<T> &result) {
        out = result;
        loop.quit();
    });
    if (!out)
        loop.exec();
    return out;
}

} // namespace kuw::test
