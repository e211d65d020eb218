/* fascia-preferences-window.h - how pages look: the style and the text size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FASCIA_TYPE_PREFERENCES_WINDOW (fascia_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (FasciaPreferencesWindow, fascia_preferences_window, FASCIA, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *fascia_preferences_window_new (GtkWindow *parent,
                                          GSettings *settings);

G_END_DECLS
