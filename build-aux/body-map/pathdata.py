# pathdata.py - the body map's path data, read back
# SPDX-License-Identifier: GPL-3.0-or-later
"""The generator writes shapes as absolute M, L and Z commands only; the
checker and the preview read them back with parse_path(). No dependencies,
so that either runs without shapely."""

import re


def parse_path(d):
    """Subpaths (lists of (x, y)) of path data made of absolute M, L and Z."""
    toks = re.findall(r'[MLZ]|-?\d+(?:\.\d+)?', d)
    subs, cur, i = [], None, 0
    while i < len(toks):
        t = toks[i]
        if t == 'M':
            cur = [(float(toks[i + 1]), float(toks[i + 2]))]
            subs.append(cur)
            i += 3
        elif t == 'L':
            cur.append((float(toks[i + 1]), float(toks[i + 2])))
            i += 3
        elif t == 'Z':
            i += 1
        else:
            raise ValueError('unexpected %r' % t)
    return subs
