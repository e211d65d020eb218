/* fascia-test-util.c - what the widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fascia-test-util.h"

/**
 * fascia_test_iterate:
 * @frames: how many frames' worth (20 ms each) of the main loop to run
 *
 * Lets GTK lay out, draw and run idle callbacks and timeouts.
 */
void
fascia_test_iterate (guint frames)
{
  for (guint i = 0; i < frames; i++)
    {
      gint64 end = g_get_monotonic_time () + 20 * G_TIME_SPAN_MILLISECOND;

      while (g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, FALSE);
    }
}

static void
collect_with_class (GtkWidget  *widget,
                    const char *css_class,
                    GPtrArray  *found)
{
  if (gtk_widget_has_css_class (widget, css_class))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_with_class (child, css_class, found);
}

/**
 * fascia_test_find_all:
 *
 * Returns: (transfer container): @root and its descendants that have
 *   @css_class, in tree order
 */
GPtrArray *
fascia_test_find_all (GtkWidget  *root,
                      const char *css_class)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_with_class (root, css_class, found);
  return found;
}

/**
 * fascia_test_find_type:
 *
 * Returns: (transfer none) (nullable): the first of @root and its
 *   descendants, in tree order, that is a @type
 */
GtkWidget *
fascia_test_find_type (GtkWidget *root,
                       GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = fascia_test_find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * fascia_test_find_toplevel:
 *
 * Returns: (transfer none) (nullable): a visible toplevel window that is a @type
 */
GtkWindow *
fascia_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}
