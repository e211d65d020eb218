/* fascia-path-cairo.h - a body map path as a cairo path
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "fascia-path.h"

G_BEGIN_DECLS

void fascia_path_append_to_cairo (const FasciaPath *path,
                                  cairo_t          *cr);

G_END_DECLS
