/* fascia-a11y.c - small fixes for what screen readers hear
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 names a button with a mnemonic twice over for screen readers: its
 * label as written, underscore and all, then the label it shows ("_Done
 * Done"). Orca reads that out. Until GTK does better, buttons with a
 * mnemonic are given the name they show, once.
 */
#include "config.h"

#include <string.h>

#include "fascia-a11y.h"

static char *
strip_mnemonic (const char *label)
{
  GString *out = g_string_sized_new (strlen (label));

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          /* "__" is a real underscore; a single one marks the mnemonic. */
          if (p[1] == '\0')
            break;
          p++;
        }
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/**
 * fascia_a11y_name_mnemonic_buttons:
 * @root: a widget
 *
 * Gives every button in @root (and @root itself) that shows a mnemonic label
 * the accessible name it shows. Call it again after changing such a label.
 */
void
fascia_a11y_name_mnemonic_buttons (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root) && gtk_button_get_use_underline (GTK_BUTTON (root)) &&
      gtk_button_get_label (GTK_BUTTON (root)) != NULL)
    {
      g_autofree char *name = strip_mnemonic (gtk_button_get_label (GTK_BUTTON (root)));

      gtk_accessible_reset_relation (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      gtk_accessible_update_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    fascia_a11y_name_mnemonic_buttons (child);
}
