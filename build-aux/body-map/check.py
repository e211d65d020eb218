#!/usr/bin/python3
# check.py - checks content/body-map.xml against what generate.py guarantees
# SPDX-License-Identifier: GPL-3.0-or-later
#
#     /usr/bin/python3 build-aux/body-map/check.py [path/to/body-map.xml]
#
# Reads the XML back, parses the path data itself (nothing is shared with the
# generator), prints one line per check and exits 1 if any fails. Needs only
# Python 3 and xmllint (libxml2-utils). Hit testing follows the app's
# (src/core/fascia-path.c): the non-zero winding rule, every subpath closed.

import math
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

from pathdata import parse_path

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
CONTENT = os.path.join(ROOT, 'content')
PAGES = os.path.join(CONTENT, 'pages')
MAP_NS = '{http://fasciaapp.org/ns/body-map/1}'
PAGE_NS = '{http://fasciaapp.org/ns/page/1}'

GRID_STEP = 0.5
GRID_OFFSET = (0.123, 0.217)
SQUARE = 18.5
MIN_REGIONS = 60
MAX_BYTES = 250 * 1024
MAX_OUTLINE_STEP = 3.2

results = []


def report(ok, name, detail):
    results.append(ok)
    print('%s  %-22s %s' % ('PASS' if ok else 'FAIL', name, detail))


# --- path data ------------------------------------------------------------

NUMBER = r'-?\d+(?:\.\d{1,2})?'
PATH_RE = re.compile(r'^M %s %s(?: L %s %s)* Z(?: M %s %s(?: L %s %s)* Z)*$' % ((NUMBER,) * 8))


class Shape:
    """Closed polygons hit-tested as the app does."""

    def __init__(self, d):
        self.d = d
        self.subs = parse_path(d)
        self.edges = []
        for sub in self.subs:
            n = len(sub)
            for i in range(n):
                self.edges.append((sub[i], sub[(i + 1) % n]))
        xs = [p[0] for s in self.subs for p in s]
        ys = [p[1] for s in self.subs for p in s]
        self.bounds = (min(xs), min(ys), max(xs), max(ys))

    def contains(self, x, y):
        """The non-zero winding rule, with the same comparisons as
        fascia_path_contains()."""
        b = self.bounds
        if x < b[0] or y < b[1] or x > b[2] or y > b[3]:
            return False
        w = 0
        for (x0, y0), (x1, y1) in self.edges:
            cross = (x1 - x0) * (y - y0) - (x - x0) * (y1 - y0)
            if y0 <= y:
                if y1 > y and cross > 0:
                    w += 1
            elif y1 <= y and cross < 0:
                w -= 1
        return w != 0

    def row(self, y, xs):
        """contains() for every x of @xs (sorted) on the row @y, at once."""
        b = self.bounds
        out = [False] * len(xs)
        if y < b[1] or y > b[3]:
            return out
        events = []
        for (x0, y0), (x1, y1) in self.edges:
            if y0 <= y < y1:
                up = 1
            elif y1 <= y < y0:
                up = -1
            else:
                continue
            xi = x0 + (x1 - x0) * (y - y0) / (y1 - y0)
            events.append((xi, up, (x0, y0, x1, y1)))
        if not events:
            return out
        for k, x in enumerate(xs):
            if x < b[0] or x > b[2]:
                continue
            w = 0
            for xi, up, (x0, y0, x1, y1) in events:
                if abs(xi - x) < 1e-7:
                    # too close to call by the crossing: do as the app does
                    cross = (x1 - x0) * (y - y0) - (x - x0) * (y1 - y0)
                    if (up > 0 and cross > 0) or (up < 0 and cross < 0):
                        w += up
                elif xi > x:
                    w += up
            out[k] = w != 0
        return out

    def area_centroid(self):
        a = cx = cy = 0.0
        for (x0, y0), (x1, y1) in self.edges:
            c = x0 * y1 - x1 * y0
            a += c
            cx += (x0 + x1) * c
            cy += (y0 + y1) * c
        a /= 2.0
        return abs(a), (cx / (6 * a), cy / (6 * a))


def segment_hits_open_box(p, q, x0, y0, x1, y1):
    """Whether the segment pq meets the open box (x0, x1) x (y0, y1)
    (Liang-Barsky clipping)."""
    t0, t1 = 0.0, 1.0
    dx, dy = q[0] - p[0], q[1] - p[1]
    for pk, qk in ((-dx, p[0] - x0), (dx, x1 - p[0]), (-dy, p[1] - y0), (dy, y1 - p[1])):
        if pk == 0:
            if qk <= 0:
                return False
        else:
            t = qk / pk
            if pk < 0:
                if t > t1:
                    return False
                t0 = max(t0, t)
            else:
                if t < t0:
                    return False
                t1 = min(t1, t)
    return t1 - t0 > 1e-12


def square_fits(shape, size):
    """Searches for an axis-aligned square of @size inside @shape: its
    centre inside, and no edge meeting the open square. Returns the centre."""
    h = size / 2.0
    x0, y0, x1, y1 = shape.bounds
    _a, (gx, gy) = shape.area_centroid()
    for step in (1.0, 0.5, 0.25):
        cands = []
        y = y0 + h
        while y <= y1 - h:
            x = x0 + h
            while x <= x1 - h:
                cands.append((x, y))
                x += step
            y += step
        cands.sort(key=lambda c: (c[0] - gx) ** 2 + (c[1] - gy) ** 2)
        for cx, cy in cands:
            if not shape.contains(cx, cy):
                continue
            bx0, by0, bx1, by1 = cx - h, cy - h, cx + h, cy + h
            ok = True
            for p, q in shape.edges:
                if max(p[0], q[0]) <= bx0 or min(p[0], q[0]) >= bx1 or \
                   max(p[1], q[1]) <= by0 or min(p[1], q[1]) >= by1:
                    continue
                if segment_hits_open_box(p, q, bx0, by0, bx1, by1):
                    ok = False
                    break
            if ok:
                return (cx, cy)
    return None


# --- content --------------------------------------------------------------

def page_info(page_id):
    path = os.path.join(PAGES, page_id + '.xml')
    if not os.path.exists(path):
        return None
    return ET.parse(path).getroot()


def place_sections():
    root = page_info('places-never-to-press')
    return [s.get('id') for s in root.iter(PAGE_NS + 'section') if s.get('role') == 'place']


def referrers():
    """(region page, muscle page, zone) from the region pages."""
    out = []
    for name in sorted(os.listdir(PAGES)):
        if not name.startswith('region-'):
            continue
        root = ET.parse(os.path.join(PAGES, name)).getroot()
        for r in root.iter(PAGE_NS + 'referrer'):
            out.append((root.get('id'), r.get('page'), r.get('zone')))
    return out


# --- checks ---------------------------------------------------------------

def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(CONTENT, 'body-map.xml')
    rng = os.path.join(CONTENT, 'fascia-body-map.rng')

    proc = subprocess.run(['xmllint', '--noout', '--relaxng', rng, path],
                          capture_output=True, text=True)
    report(proc.returncode == 0, 'schema', proc.stderr.strip().splitlines()[-1] if proc.stderr else
           'xmllint exit %d' % proc.returncode)

    size = os.path.getsize(path)
    report(size <= MAX_BYTES, 'file size', '%d bytes (limit %d)' % (size, MAX_BYTES))

    root = ET.parse(path).getroot()
    width, height = int(root.get('width')), int(root.get('height'))
    views = {}
    regions = {}
    all_d = []
    for v in root.findall(MAP_NS + 'view'):
        outs = [o.get('d') for o in v.findall(MAP_NS + 'outline')]
        regs = []
        for r in v.findall(MAP_NS + 'region'):
            d = r.find(MAP_NS + 'shape').get('d')
            regs.append(r)
            all_d.append(d)
            regions.setdefault(r.get('id'), []).append((v.get('id'), r, Shape(d)))
        all_d += outs
        views[v.get('id')] = (v, [Shape(d) for d in outs], regs)
    muscles = root.findall(MAP_NS + 'muscle')
    places = root.findall(MAP_NS + 'place')
    for el in muscles + places:
        all_d += [s.get('d') for s in el.findall(MAP_NS + 'shape')]

    bad = [d[:40] for d in all_d if not PATH_RE.match(d)]
    report(not bad, 'path data', '%d paths, absolute M/L/Z only, at most 2 decimals%s' %
           (len(all_d), '' if not bad else '; not so: %s' % bad[:3]))

    ok = (width, height) == (200, 460) and sorted(views) == ['back', 'front'] and \
        views['front'][0].get('title') == 'Front' and views['back'][0].get('title') == 'Back'
    report(ok, 'views', '%dx%d, views %s' % (width, height, ', '.join(
        '%s "%s"' % (k, views[k][0].get('title')) for k in sorted(views))))

    # the outline: one subpath per view, dense enough to be smooth
    details, ok = [], True
    for vid, (_v, outs, _regs) in sorted(views.items()):
        subs = [s for o in outs for s in o.subs]
        steps = [math.dist(p, q) for s in subs for p, q in zip(s, s[1:] + s[:1])]
        ys = [p[1] for s in subs for p in s]
        ok &= len(subs) == 1 and max(steps) <= MAX_OUTLINE_STEP
        details.append('%s: %d subpath, %d vertices, longest step %.2f, y %.1f..%.1f' %
                       (vid, len(subs), len(steps), max(steps), min(ys), max(ys)))
    report(ok, 'outline', '; '.join(details))

    # ids
    rids = [r.get('id') for _v, _o, regs in views.values() for r in regs]
    dup = sorted({i for i in rids if rids.count(i) > 1})
    pids = [p.get('id') for p in places]
    dup += sorted({i for i in pids if pids.count(i) > 1})
    mkeys = [(m.get('page'), m.get('side')) for m in muscles]
    dup += sorted({'%s/%s' % k for k in mkeys if mkeys.count(k) > 1})
    report(len(rids) >= MIN_REGIONS and not dup, 'ids',
           '%d regions (at least %d), %d muscles, %d places, duplicates: %s' %
           (len(rids), MIN_REGIONS, len(muscles), len(places), dup or 'none'))

    # tiling, and regions inside the outline, on a grid
    ox, oy = GRID_OFFSET
    xs = [ox + GRID_STEP * i for i in range(int((width - ox) / GRID_STEP) + 1)]
    details, ok = [], True
    for vid, (_v, outs, regs) in sorted(views.items()):
        shapes = [Shape(r.find(MAP_NS + 'shape').get('d')) for r in regs]
        inside = none = several = outside = 0
        y = oy
        while y < height:
            orow = [False] * len(xs)
            for o in outs:
                orow = [a or b for a, b in zip(orow, o.row(y, xs))]
            count = [0] * len(xs)
            for s in shapes:
                for k, hit in enumerate(s.row(y, xs)):
                    if hit:
                        count[k] += 1
            for k in range(len(xs)):
                if orow[k]:
                    inside += 1
                    if count[k] == 0:
                        none += 1
                    elif count[k] > 1:
                        several += 1
                elif count[k]:
                    outside += 1
            y += GRID_STEP
        ok &= none == several == outside == 0
        details.append('%s: %d samples inside, %d in no region, %d in several, %d in a region '
                       'but outside' % (vid, inside, none, several, outside))
    report(ok, 'tiling', '; '.join(details))

    # muscle and place shapes inside the outline: their vertices, and a grid
    details, ok, n = [], True, 0
    for el, kind in [(m, 'muscle %s/%s' % (m.get('page'), m.get('side'))) for m in muscles] + \
                    [(p, 'place %s' % p.get('id')) for p in places]:
        for s in el.findall(MAP_NS + 'shape'):
            vid = s.get('view')
            if vid not in views:
                ok = False
                details.append('%s: no view %s' % (kind, vid))
                continue
            shape, outs = Shape(s.get('d')), views[vid][1]
            n += 1
            stray = [p for sub in shape.subs for p in sub if not any(o.contains(*p) for o in outs)]
            b = shape.bounds
            y = oy + GRID_STEP * math.ceil((b[1] - oy) / GRID_STEP)
            sx = [x for x in xs if b[0] <= x <= b[2]]
            while y <= b[3]:
                orow = [False] * len(sx)
                for o in outs:
                    orow = [a or c for a, c in zip(orow, o.row(y, sx))]
                for k, hit in enumerate(shape.row(y, sx)):
                    if hit and not orow[k]:
                        stray.append((sx[k], y))
                y += GRID_STEP
            if stray:
                ok = False
                details.append('%s on %s: %d points outside, e.g. %s' % (kind, vid, len(stray), stray[0]))
    report(ok, 'inside the outline', '%d muscle and place shapes%s' %
           (n, '' if ok else ': ' + '; '.join(details[:5])))

    # an 18.5-unit square in every region
    misses = []
    for rid, entries in sorted(regions.items()):
        for _vid, _r, shape in entries:
            if square_fits(shape, SQUARE) is None:
                misses.append(rid)
    report(not misses, 'square %.1f' % SQUARE, '%d regions, no square in: %s' %
           (len(rids), ', '.join(misses) or 'none'))

    # sides
    wrong = []
    for vid, (_v, _o, regs) in views.items():
        for r in regs:
            rid, side = r.get('id'), r.get('side')
            _a, (cx, _cy) = Shape(r.find(MAP_NS + 'shape').get('d')).area_centroid()
            if side == 'centre':
                good = abs(cx - width / 2) < 1.0 and not rid.endswith(('-left', '-right'))
            else:
                good = rid.endswith('-' + side)
                viewer_left = (side == 'right') == (vid == 'front')
                good &= (cx < width / 2) if viewer_left else (cx > width / 2)
            if not good:
                wrong.append('%s (side %s, centroid x %.1f)' % (rid, side, cx))
    report(not wrong, 'sides', 'person\'s right on the viewer\'s left in front, on the right at the back; '
           'wrong: %s' % (', '.join(wrong) or 'none'))

    # mirror images
    asym = []
    for rid, entries in regions.items():
        if not rid.endswith('-right'):
            continue
        other = regions.get(rid[:-6] + '-left')
        if not other:
            asym.append(rid + ' (no left)')
            continue
        a = sorted((round(width - x, 2), y) for s in entries[0][2].subs for x, y in s)
        b = sorted((x, y) for s in other[0][2].subs for x, y in s)
        if a != b:
            asym.append(rid)
    report(not asym, 'mirror', 'every -right region is its -left region mirrored; not so: %s' %
           (', '.join(asym) or 'none'))

    # pages
    missing, not_region = [], []
    for rid, entries in regions.items():
        r = entries[0][1]
        info = page_info(r.get('page'))
        if info is None:
            missing.append('%s -> %s' % (rid, r.get('page')))
        elif r.get('stand-in') != 'true' and info.get('type') != 'region':
            not_region.append('%s -> %s' % (rid, r.get('page')))
    report(not missing and not not_region, 'region pages',
           'every page exists: %s; non-stand-in regions open region pages: %s' %
           (', '.join(missing) or 'yes', ', '.join(not_region) or 'yes'))

    # muscles
    muscle_pages = sorted(n[:-4] for n in os.listdir(PAGES) if n.startswith('muscle-'))
    problems = []
    sides = {}
    for m in muscles:
        page, side = m.get('page'), m.get('side')
        sides.setdefault(page, set()).add(side)
        info = page_info(page)
        if info is None or info.get('type') != 'muscle':
            problems.append('%s is no muscle page' % page)
        zones = {z.get('kind'): z.get('regions').split() for z in m.findall(MAP_NS + 'zone')}
        lists = {'regions': m.get('regions').split()}
        lists.update(zones)
        for what, ids in lists.items():
            for rid in ids:
                if rid not in regions:
                    problems.append('%s/%s %s: no region %s' % (page, side, what, rid))
                elif regions[rid][0][1].get('side') not in (side, 'centre'):
                    problems.append('%s/%s %s: %s is on the other side' % (page, side, what, rid))
            if len(set(ids)) != len(ids):
                problems.append('%s/%s %s: repeated ids' % (page, side, what))
        both = set(zones.get('essential', [])) & set(zones.get('spillover', []))
        if both:
            problems.append('%s/%s: essential and spillover share %s' % (page, side, sorted(both)))
        if not m.findall(MAP_NS + 'shape'):
            problems.append('%s/%s: no shape' % (page, side))
    for page in muscle_pages:
        if sides.get(page) != {'left', 'right'}:
            problems.append('%s: sides %s' % (page, sorted(sides.get(page, []))))
    for page in sides:
        if page not in muscle_pages:
            problems.append('%s: not a page in content/pages' % page)
    report(not problems, 'muscles', '%d muscle pages, each on both sides, zones name existing regions of '
           'their own side, essential and spillover apart%s' %
           (len(muscle_pages), '' if not problems else ': ' + '; '.join(problems[:6])))

    # places
    wanted = place_sections()
    have = [p.get('id') for p in places]
    extra = sorted(set(have) - set(wanted))
    lacking = [p for p in wanted if p not in have]
    report(not extra and not lacking, 'places', '%d role="place" sections of places-never-to-press; '
           'unknown ids: %s; sections without a place: %s' %
           (len(wanted), ', '.join(extra) or 'none', ', '.join(lacking) or 'none'))

    # the region pages' referrer lists against the muscles' zones (a note: the
    # muscle pages are followed where the two disagree)
    zone_pages = {}
    for m in muscles:
        for z in m.findall(MAP_NS + 'zone'):
            for rid in z.get('regions').split():
                if rid in regions:
                    zone_pages.setdefault((m.get('page'), z.get('kind')), set()).add(
                        regions[rid][0][1].get('page'))
    differ = ['%s %s %s' % (rp, mp, zone) for rp, mp, zone in referrers()
              if rp not in zone_pages.get((mp, zone), set())]
    print('NOTE  %-22s %d region-page referrers; not matched by a zone of that kind on a region '
          'opening that page: %s' % ('referrers', len(referrers()), '; '.join(differ) or 'none'))

    failed = results.count(False)
    print('%d checks, %d failed' % (len(results), failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
