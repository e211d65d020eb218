/* fascia-print-private.h - what printing a page and printing the sheet share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Implemented in fascia-print.c; used by fascia-print.c and
 * fascia-sheet-print.c only. Not installed, not public API.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FASCIA_PRINT_FONT_FAMILY "Sans"

/* Paper is always white: the colours on it are fixed, never taken from the
 * widget theme, which may well be dark. */
typedef struct
{
  double red;
  double green;
  double blue;
} FasciaPrintRgb;

typedef struct
{
  double                size;
  PangoWeight           weight;
  PangoStyle            style;
  const FasciaPrintRgb *ink;
} FasciaPrintTextStyle;

extern const FasciaPrintRgb fascia_print_ink_text;
extern const FasciaPrintRgb fascia_print_ink_secondary;
extern const FasciaPrintRgb fascia_print_fill_white;

void    fascia_print_set_ink        (cairo_t                    *cr,
                                     const FasciaPrintRgb       *ink);
void    fascia_print_set_font       (PangoLayout                *layout,
                                     const FasciaPrintTextStyle *style,
                                     double                      scale);
double  fascia_print_layout_height  (PangoLayout                *layout);

/* What the print dialog's operation needs to report an error and to keep
 * the settings chosen; part of a job that the operation owns. */
typedef struct
{
  GtkWindow         *parent;         /* weak */
  gboolean           reported;
  GtkPrintSettings **last_settings;  /* where the settings of a print go */
  const char        *failure;        /* logged before the error when there is no parent */
  gboolean           name_buttons;   /* name the error dialog's buttons for screen readers */
} FasciaPrintDialog;

GtkPrintOperation *fascia_print_operation_new   (const char        *job_name,
                                                 const char        *job_key,
                                                 gpointer           job,
                                                 GDestroyNotify     job_free,
                                                 GCallback          draw_page);
void               fascia_print_dialog_clear    (FasciaPrintDialog *dialog);
void               fascia_print_run_dialog      (GtkPrintOperation *operation,
                                                 GtkWindow         *parent,
                                                 GtkPrintSettings  *settings,
                                                 FasciaPrintDialog *dialog);
gboolean           fascia_print_run_export      (GtkPrintOperation *operation,
                                                 const char        *filename,
                                                 GError           **error);

G_END_DECLS
