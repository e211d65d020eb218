/* fascia-print.c - printing a page, and saving it as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Printing and "Save as PDF" are one print operation. It draws straight
 * from the FasciaPage model with Pango and cairo, never from the widgets on
 * screen, so the paper copy does not depend on the window's size, on the
 * text scale or on the desktop's dark style. begin-print lays the page out
 * once (fascia-print-layout.c); draw-page draws a sheet of it
 * (fascia-print-draw.c).
 */
#define G_LOG_DOMAIN "fascia-print"

#include "config.h"

#include "fascia-print.h"
#include "fascia-print-operation.h"
#include "fascia-print-private.h"

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  fascia_print_job_clear_layout (job);
  g_clear_object (&job->page);
  g_clear_object (&job->library);
  g_free (job);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  fascia_print_job_clear_layout (job);

  job->context = context;
  job->sheet_width = gtk_print_context_get_width (context);
  job->sheet_height = gtk_print_context_get_height (context);
  fascia_print_job_layout (job);

  gtk_print_operation_set_n_pages (operation, (int)job->sheets->len);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  fascia_print_draw_sheet (job, context, page_nr);
}

static void
end_print_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              PrintJob          *job)
{
  fascia_print_job_clear_layout (job);
}

static FasciaPrintOperation *
new_operation (FasciaPage    *page,
               FasciaLibrary *library)
{
  PrintJob *job = g_new0 (PrintJob, 1);
  FasciaPrintOperation *operation;

  job->page = g_object_ref (page);
  job->library = library ? g_object_ref (library) : NULL;

  operation = fascia_print_operation_new (fascia_page_get_title (page), job, print_job_free);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_signal_connect (operation, "end-print", G_CALLBACK (end_print_cb), job);

  return operation;
}


/**
 * fascia_print_page:
 * @parent: (nullable): the window the print dialog belongs to
 * @page: the page to print
 * @library: (nullable): the library, for the titles of pages @page refers to
 *
 * Shows the print dialog for @page; "Print to File" offers a PDF named
 * after the page's id. Returns at once: printing goes on in the background,
 * and an error is shown in a dialog over @parent.
 */
void
fascia_print_page (GtkWindow     *parent,
                   FasciaPage    *page,
                   FasciaLibrary *library)
{
  g_autoptr(FasciaPrintOperation) operation = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (FASCIA_IS_PAGE (page));
  g_return_if_fail (library == NULL || FASCIA_IS_LIBRARY (library));

  operation = new_operation (page, library);
  fascia_print_operation_run_dialog (operation, parent, fascia_page_get_id (page));
}

/**
 * fascia_print_page_to_pdf:
 * @page: the page to save
 * @library: (nullable): the library, for the titles of pages @page refers to
 * @filename: (type filename): where to write the PDF
 * @error: return location for an error
 *
 * Saves @page as a PDF file, laid out and drawn exactly as it is printed.
 *
 * Returns: %TRUE on success, %FALSE with @error set otherwise
 */
gboolean
fascia_print_page_to_pdf (FasciaPage    *page,
                          FasciaLibrary *library,
                          const char    *filename,
                          GError       **error)
{
  g_autoptr(FasciaPrintOperation) operation = NULL;

  g_return_val_if_fail (FASCIA_IS_PAGE (page), FALSE);
  g_return_val_if_fail (library == NULL || FASCIA_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  operation = new_operation (page, library);

  return fascia_print_operation_export (operation, filename, error);
}

