/* fascia-sheet-dialog.h - the sheet for the clinician on screen: notes, red flags, print and save
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fascia-clinician-sheet.h"

G_BEGIN_DECLS

#define FASCIA_TYPE_SHEET_DIALOG (fascia_sheet_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FasciaSheetDialog, fascia_sheet_dialog, FASCIA, SHEET_DIALOG, AdwWindow)

GtkWidget            *fascia_sheet_dialog_new               (GtkWindow            *parent,
                                                             FasciaClinicianSheet *sheet);
FasciaClinicianSheet *fascia_sheet_dialog_get_sheet         (FasciaSheetDialog    *self);
GtkWidget            *fascia_sheet_dialog_get_muscle_row    (FasciaSheetDialog    *self,
                                                             guint                 position);
GtkWidget            *fascia_sheet_dialog_get_answer_button (FasciaSheetDialog    *self,
                                                             const char           *flag_key,
                                                             FasciaFlagAnswer      answer);
GtkWidget            *fascia_sheet_dialog_get_note_row      (FasciaSheetDialog    *self,
                                                             FasciaSheetNote       note);
gboolean              fascia_sheet_dialog_get_showing_emergency (FasciaSheetDialog *self);
gboolean              fascia_sheet_dialog_save_pdf          (FasciaSheetDialog    *self,
                                                             GFile                *file);

G_END_DECLS
