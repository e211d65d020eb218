/* fascia-print-operation.c - one print operation for pages and the clinician sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkPrintOperation in points on the full sheet (the margins are ours),
 * owning the job it draws. Printing a page and printing the sheet for the
 * clinician share it, and with it one store of the settings last chosen:
 * the dialog comes back with the printer and options the reader chose,
 * whichever they printed before. An error is shown in a dialog over the
 * window that asked, or logged when that window is gone.
 */
#define G_LOG_DOMAIN "fascia-print"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "fascia-a11y.h"
#include "fascia-print-operation.h"

struct _FasciaPrintOperation
{
  GtkPrintOperation  parent_instance;

  gpointer           job;
  GDestroyNotify     job_free;
  GtkWindow         *parent;      /* weak */
  gboolean           reported;
};

G_DEFINE_FINAL_TYPE (FasciaPrintOperation, fascia_print_operation, GTK_TYPE_PRINT_OPERATION)

/* The one store: the settings of the last print that went ahead. */
static GtkPrintSettings *last_settings;

static void
fascia_print_operation_finalize (GObject *object)
{
  FasciaPrintOperation *self = (FasciaPrintOperation *)object;

  g_clear_weak_pointer (&self->parent);
  if (self->job_free != NULL)
    g_clear_pointer (&self->job, self->job_free);

  G_OBJECT_CLASS (fascia_print_operation_parent_class)->finalize (object);
}

static void
report_error (FasciaPrintOperation *self,
              const GError         *error)
{
  AdwMessageDialog *message;

  self->reported = TRUE;

  if (self->parent == NULL)
    {
      g_warning ("Could not print: %s", error->message);
      return;
    }

  message = ADW_MESSAGE_DIALOG (adw_message_dialog_new (self->parent, _("Could Not Print"), error->message));
  adw_message_dialog_add_response (message, "close", _("_Close"));
  fascia_a11y_name_mnemonic_buttons (GTK_WIDGET (message));
  gtk_window_present (GTK_WINDOW (message));
}

static void
fascia_print_operation_done (GtkPrintOperation       *operation,
                             GtkPrintOperationResult  result)
{
  FasciaPrintOperation *self = FASCIA_PRINT_OPERATION (operation);

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      if (error != NULL && !self->reported)
        report_error (self, error);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY &&
           gtk_print_operation_get_print_settings (operation) != NULL)
    {
      g_set_object (&last_settings, gtk_print_operation_get_print_settings (operation));
    }
}

static void
fascia_print_operation_class_init (FasciaPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = fascia_print_operation_finalize;
  operation_class->done = fascia_print_operation_done;
}

static void
fascia_print_operation_init (FasciaPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
}

/**
 * fascia_print_operation_new:
 * @job_name: what the print queue calls the job
 * @job: what the operation's signals draw, owned by the operation
 * @job_free: (nullable): frees @job with the operation
 *
 * Returns: (transfer full): a print operation
 */
FasciaPrintOperation *
fascia_print_operation_new (const char     *job_name,
                            gpointer        job,
                            GDestroyNotify  job_free)
{
  FasciaPrintOperation *self = g_object_new (FASCIA_TYPE_PRINT_OPERATION, "job-name", job_name, NULL);

  self->job = job;
  self->job_free = job_free;

  return self;
}

/**
 * fascia_print_operation_get_job:
 *
 * Returns: (transfer none): the operation's job
 */
gpointer
fascia_print_operation_get_job (FasciaPrintOperation *self)
{
  g_return_val_if_fail (FASCIA_IS_PRINT_OPERATION (self), NULL);
  return self->job;
}

/* The last settings, with "Print to File" writing @basename.pdf in the
 * folder used last time. */
static GtkPrintSettings *
new_settings (const char *basename)
{
  GtkPrintSettings *settings = last_settings ? gtk_print_settings_copy (last_settings) : gtk_print_settings_new ();
  const char *last_uri = gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI);
  g_autofree char *name = g_strconcat (basename, ".pdf", NULL);

  if (last_uri != NULL)
    {
      g_autoptr(GFile) last = g_file_new_for_uri (last_uri);
      g_autoptr(GFile) folder = g_file_get_parent (last);

      if (folder != NULL)
        {
          g_autoptr(GFile) file = g_file_get_child (folder, name);
          g_autofree char *uri = g_file_get_uri (file);

          gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
        }
      else
        {
          gtk_print_settings_unset (settings, GTK_PRINT_SETTINGS_OUTPUT_URI);
        }
    }

  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, basename);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");

  return settings;
}

/**
 * fascia_print_operation_run_dialog:
 * @parent: (nullable): the window the print dialog belongs to
 * @file_basename: the file name "Print to File" offers, without ".pdf"
 *
 * Shows the print dialog, starting from the settings last chosen. Returns
 * at once where the dialog can run on its own; an error is shown in a
 * dialog over @parent.
 */
void
fascia_print_operation_run_dialog (FasciaPrintOperation *self,
                                   GtkWindow            *parent,
                                   const char           *file_basename)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (FASCIA_IS_PRINT_OPERATION (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (file_basename != NULL);

  g_set_weak_pointer (&self->parent, parent);
  settings = new_settings (file_basename);
  gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_allow_async (operation, TRUE);

  /* The dialog holds its own reference to the operation while it is up.
   * Where it cannot run on its own, run() iterates the main loop until it
   * is done: @parent may be gone by now, self->parent knows. */
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && !self->reported && error != NULL)
    report_error (self, error);
}

/**
 * fascia_print_operation_export:
 * @filename: (type filename): where to write the PDF
 * @error: return location for an error
 *
 * Writes the job as a PDF file, in a main loop of its own: anything may
 * happen to the caller's widgets before this returns.
 *
 * Returns: %TRUE on success
 */
gboolean
fascia_print_operation_export (FasciaPrintOperation  *self,
                               const char            *filename,
                               GError               **error)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autofree char *utf8_filename = NULL;
  g_autoptr(GError) local_error = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (FASCIA_IS_PRINT_OPERATION (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  /* GTK wants the export file name in UTF-8. */
  utf8_filename = g_filename_to_utf8 (filename, -1, NULL, NULL, error);
  if (utf8_filename == NULL)
    return FALSE;

  gtk_print_operation_set_export_filename (operation, utf8_filename);
  self->reported = TRUE;   /* the caller reports */
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &local_error);

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      if (local_error == NULL)
        g_set_error (&local_error, GTK_PRINT_ERROR, GTK_PRINT_ERROR_GENERAL,
                     _("Could not save “%s” as PDF"), utf8_filename);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (result != GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                   _("Saving “%s” as PDF was cancelled"), utf8_filename);
      return FALSE;
    }

  return TRUE;
}

/**
 * fascia_print_operation_get_last_settings:
 *
 * Returns: (transfer none) (nullable): the settings of the last print that
 *   went ahead, or %NULL
 */
GtkPrintSettings *
fascia_print_operation_get_last_settings (void)
{
  return last_settings;
}

/**
 * fascia_print_operation_forget_settings:
 *
 * Lets the store go: the next print starts from GTK's defaults.
 */
void
fascia_print_operation_forget_settings (void)
{
  g_clear_object (&last_settings);
}
