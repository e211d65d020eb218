/* fascia-preferences-window.c - how pages look: the style and the text size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both rows are bound to the settings: a change here, in another window or
 * with Ctrl+plus shows everywhere at once.
 */
#define G_LOG_DOMAIN "fascia-preferences"

#include "config.h"

#include "fascia-preferences-window.h"
#include "fascia-present.h"

struct _FasciaPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwComboRow          *appearance_row;
  GtkSpinButton        *text_size_spin;
};

G_DEFINE_FINAL_TYPE (FasciaPreferencesWindow, fascia_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The appearance row lists the schema's choices in the schema's order. */
static const char * const schemes[] = { "follow", "light", "dark" };

static gboolean
scheme_to_row (GValue   *value,
               GVariant *variant,
               gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    if (g_str_equal (nick, schemes[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
row_to_scheme (const GValue       *value,
               const GVariantType *type,
               gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  return g_variant_new_string (schemes[MIN (selected, G_N_ELEMENTS (schemes) - 1)]);
}

static gboolean
scale_to_percent (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_double (variant) * 100.0);
  return TRUE;
}

static GVariant *
percent_to_scale (const GValue       *value,
                  const GVariantType *type,
                  gpointer            user_data)
{
  return g_variant_new_double (g_value_get_double (value) / 100.0);
}

static void
fascia_preferences_window_class_init (FasciaPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/fasciaapp/Fascia/fascia-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FasciaPreferencesWindow, appearance_row);
  gtk_widget_class_bind_template_child (widget_class, FasciaPreferencesWindow, text_size_spin);
}

static void
fascia_preferences_window_init (FasciaPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The same limits as Ctrl+plus and Ctrl+minus, in percent. */
  gtk_spin_button_set_range (self->text_size_spin, FASCIA_TEXT_SCALE_MIN * 100, FASCIA_TEXT_SCALE_MAX * 100);
  gtk_spin_button_set_increments (self->text_size_spin, FASCIA_TEXT_SCALE_STEP * 100,
                                  FASCIA_TEXT_SCALE_STEP * 500);
}

/**
 * fascia_preferences_window_new:
 * @parent: (nullable): the window it belongs to
 * @settings: the app's settings
 *
 * Returns: (transfer none): a new preferences window, bound to @settings
 */
GtkWidget *
fascia_preferences_window_new (GtkWindow *parent,
                               GSettings *settings)
{
  FasciaPreferencesWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (FASCIA_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  g_settings_bind_with_mapping (settings, "color-scheme", self->appearance_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, scheme_to_row, row_to_scheme, NULL, NULL);
  g_settings_bind_with_mapping (settings, "text-scale", gtk_spin_button_get_adjustment (self->text_size_spin),
                                "value", G_SETTINGS_BIND_DEFAULT, scale_to_percent, percent_to_scale, NULL, NULL);

  return GTK_WIDGET (self);
}
