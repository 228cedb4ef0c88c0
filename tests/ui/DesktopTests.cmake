# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop behaviour: settings (geometry, language, recent connections without passwords),
# About and Settings dialogs, language selection.
kuw_add_test_suite(kuw_desktop_tests ui ui/DesktopTest.cpp)
