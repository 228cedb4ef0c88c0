// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kuw::core {
class JournalWriter;
}
class QWidget;

namespace kuw::ui {

/// Shows the journal writer's failures to the user (a non-blocking warning over `parent`,
/// one at a time, named "journalError"), since saves run on a worker the UI never waits for.
void showJournalErrors(core::JournalWriter *writer, QWidget *parent);

} // namespace kuw::ui
