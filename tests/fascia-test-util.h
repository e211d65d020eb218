/* fascia-test-util.h - what the widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void       fascia_test_iterate        (guint       frames);
GPtrArray *fascia_test_find_all       (GtkWidget  *root,
                                       const char *css_class);
GtkWidget *fascia_test_find_type      (GtkWidget  *root,
                                       GType       type);
GtkWindow *fascia_test_find_toplevel  (GType       type);

G_END_DECLS
