/* main.c - starts Fascia
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "fascia-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FasciaApplication) app = NULL;
  const char *localedir = g_getenv ("FASCIA_LOCALEDIR");

  /* Before anything is read: the pages' language follows LC_MESSAGES. A
   * development run (meson devenv) finds its catalogues in the build folder. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && localedir[0] != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = fascia_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
