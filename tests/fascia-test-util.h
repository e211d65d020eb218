/* fascia-test-util.h - what the widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fascia-library.h"

G_BEGIN_DECLS

void           fascia_test_init           (int         *argc,
                                           char      ***argv);
FasciaLibrary *fascia_test_load_content   (void);
typedef gboolean (*FasciaTestCondition) (gpointer data);

void       fascia_test_iterate        (guint       frames);
void       fascia_test_wait_for       (FasciaTestCondition  condition,
                                       gpointer             data,
                                       const char          *what);
void       fascia_test_wait_settled   (GtkWidget  *view);
void       fascia_test_finalize_window (gpointer   window);
GPtrArray *fascia_test_find_all       (GtkWidget  *root,
                                       const char *css_class);
GtkWidget *fascia_test_find_type      (GtkWidget  *root,
                                       GType       type);
GtkWindow *fascia_test_find_toplevel  (GType       type);

/* PDFs, read back with poppler-utils */
gboolean   fascia_test_skip_without_poppler (void);
char      *fascia_test_collapse_whitespace  (const char         *text);
char      *fascia_test_run_tool             (const char * const *argv);
char      *fascia_test_pdftotext            (const char         *pdf,
                                             const char         *mode);
guint      fascia_test_pdf_n_pages          (const char         *pdf,
                                             const char         *layout_text);
char      *fascia_test_pdf_path             (const char         *dir_template,
                                             const char         *name,
                                             char              **dir);
void       fascia_test_assert_pdf_file      (const char         *pdf);
void       fascia_test_remove_pdf           (const char         *dir,
                                             const char         *pdf);

guint      fascia_test_count          (const char *haystack,
                                       const char *needle);
void       fascia_test_assert_has     (const char *text,
                                       const char *needle);
void       fascia_test_assert_before  (const char *text,
                                       const char *first,
                                       const char *second);
void       fascia_test_remove_tree    (const char *dir);

G_END_DECLS
