/* fascia-safety-dialog.h - the safety check questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fascia-safety.h"

G_BEGIN_DECLS

#define FASCIA_TYPE_SAFETY_DIALOG (fascia_safety_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FasciaSafetyDialog, fascia_safety_dialog, FASCIA, SAFETY_DIALOG, AdwWindow)

GtkWidget       *fascia_safety_dialog_new        (GtkWindow           *parent,
                                                  FasciaSafetyCheck   *check,
                                                  FasciaSafetyAnswers *answers);
GtkToggleButton *fascia_safety_dialog_get_toggle (FasciaSafetyDialog  *self,
                                                  const char          *question_id,
                                                  FasciaSafetyAnswer   answer);

G_END_DECLS
