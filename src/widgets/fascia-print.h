/* fascia-print.h - printing a page, and saving it as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fascia-library.h"

G_BEGIN_DECLS

void     fascia_print_page        (GtkWindow     *parent,
                                   FasciaPage    *page,
                                   FasciaLibrary *library);
gboolean fascia_print_page_to_pdf (FasciaPage    *page,
                                   FasciaLibrary *library,
                                   const char    *filename,
                                   GError       **error);

G_END_DECLS
