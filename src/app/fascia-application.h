/* fascia-application.h - the application: command line, actions, windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FASCIA_TYPE_APPLICATION (fascia_application_get_type ())

G_DECLARE_FINAL_TYPE (FasciaApplication, fascia_application, FASCIA, APPLICATION, AdwApplication)

FasciaApplication *fascia_application_new   (void);
int                fascia_check_content     (const char *directory,
                                             const char *report_dir,
                                             FILE       *out,
                                             FILE       *err);

G_END_DECLS
