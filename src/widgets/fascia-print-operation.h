/* fascia-print-operation.h - one print operation for pages and the clinician sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FASCIA_TYPE_PRINT_OPERATION (fascia_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (FasciaPrintOperation, fascia_print_operation, FASCIA, PRINT_OPERATION, GtkPrintOperation)

FasciaPrintOperation *fascia_print_operation_new        (const char            *job_name,
                                                         gpointer               job,
                                                         GDestroyNotify         job_free);
gpointer              fascia_print_operation_get_job    (FasciaPrintOperation  *self);
void                  fascia_print_operation_run_dialog (FasciaPrintOperation  *self,
                                                         GtkWindow             *parent,
                                                         const char            *file_basename);
gboolean              fascia_print_operation_export     (FasciaPrintOperation  *self,
                                                         const char            *filename,
                                                         GError               **error);
GtkPrintSettings     *fascia_print_operation_get_last_settings (void);
void                  fascia_print_operation_forget_settings   (void);

G_END_DECLS
