/* fascia-sheet-print.h - the sheet for the clinician on paper: printing it, saving it as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fascia-clinician-sheet.h"

G_BEGIN_DECLS

void     fascia_sheet_print        (GtkWindow            *parent,
                                    FasciaClinicianSheet *sheet);
gboolean fascia_sheet_print_to_pdf (FasciaClinicianSheet *sheet,
                                    const char           *filename,
                                    GError              **error);

G_END_DECLS
