#!/usr/bin/python3
# generate.py - writes content/body-map.xml, the body map's figure
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run from anywhere, with Debian's python3-shapely (1.8) and python3-numpy:
#
#     /usr/bin/python3 build-aux/body-map/generate.py      # writes content/body-map.xml
#     /usr/bin/python3 build-aux/body-map/check.py         # checks what was written
#
# A development tool: the app never runs it, it only reads the XML.
#
# What it guarantees (check.py verifies each from the XML alone):
#  - the XML is valid against content/fascia-body-map.rng and under 250 KB;
#  - two views, front and back, 200 by 460 units, y down; the figure stands
#    in the anatomical position, 444 units tall (y 8 to 452);
#  - each view's outline is one smooth closed polyline (absolute M, L and Z
#    only, at most two decimals, a vertex about every 2 units);
#  - the regions of a view tile its outline: the outline and the borders are
#    noded together and rounded once, and every region is built from those
#    same rounded edges, so two neighbours list identical vertices along
#    their common border and the regions' outer edges are the outline's
#    edges; a point inside the outline is in exactly one region;
#  - an axis-aligned square of 18.5 by 18.5 units fits inside every region;
#  - ids are unique, sides match where a region lies (the person's right is
#    on the viewer's left in front, on the viewer's right at the back), and
#    the person's left half is the right half mirrored exactly (x -> 200 - x);
#  - every page a region opens exists, and is a region page unless the region
#    is a stand-in; every muscle page has a muscle on each side, whose zones
#    name regions of its own side, essential and spillover apart; every place
#    is a role="place" section of places-never-to-press;
#  - every muscle and place shape lies inside the outline.
#
# The head holds three regions, not five: a head 59 units tall (7.5 heads)
# and 47 wide has room for only three 18.5-unit squares. So front-head
# ("Forehead and temples") takes the temples, front-jaw-right and
# front-jaw-left ("Jaw and cheek") the two halves of the face below the eyes
# with the ears, and there are no front-temple regions: the temporalis and
# upper trapezius zones name front-head for the temple.

import math
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from shapely.affinity import scale, translate  # noqa: E402
from shapely.geometry import LineString, MultiPolygon, Polygon, box  # noqa: E402
from shapely.geometry.polygon import orient  # noqa: E402
from shapely.prepared import prep  # noqa: E402

import anatomy  # noqa: E402
import layout  # noqa: E402
import planar  # noqa: E402
import spec  # noqa: E402
from figure import silhouette  # noqa: E402
from geom import catmull_rom, resample  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
OUTPUT = os.path.join(ROOT, 'content', 'body-map.xml')
WIDTH, HEIGHT = 200, 460
SQUARE = 18.5
OUTLINE_STEP = 1.9
BORDER_STEP = 2.0


def half_outline_path(view):
    """The outline of the viewer's left half, in (u, y), from the top of the
    head round the outside to the crotch: an open path whose two ends lie on
    the midline (u = 0)."""
    whole = silhouette(view)
    half = whole.intersection(box(0, -10, 130, 480))
    ring = list(orient(half, 1.0).exterior.coords)[:-1]
    on_mid = [i for i, (u, y) in enumerate(ring) if abs(u) < 1e-9]
    n = len(ring)
    best = None
    for a in on_mid:
        # walk forward from a midline point to the next one
        path = [ring[a]]
        i = (a + 1) % n
        while abs(ring[i][0]) >= 1e-9:
            path.append(ring[i])
            i = (i + 1) % n
        path.append(ring[i])
        if best is None or len(path) > len(best):
            best = path
    if best[0][1] > best[-1][1]:
        best.reverse()
    pts = resample(best, OUTLINE_STEP)
    pts[0] = (0.0, best[0][1])
    pts[-1] = (0.0, best[-1][1])
    return pts


def extend(pts, by=0.6):
    """Carry a border a little past both ends, so that where it meets another
    border or the outline the two surely cross (the bits past are dropped)."""
    def past(a, b):
        d = math.hypot(a[0] - b[0], a[1] - b[1])
        return (a[0] + (a[0] - b[0]) * by / d, a[1] + (a[1] - b[1]) * by / d)
    return [past(pts[0], pts[1])] + list(pts) + [past(pts[-1], pts[-2])]


def build_view(view):
    path = half_outline_path(view)
    half_ring = LineString(path + [path[0]])
    inside = Polygon(path)
    cuts, seeds = layout.VIEWS[view]()
    lines = [half_ring]
    for name, pts in cuts.items():
        lines.append(LineString(extend(catmull_rom(pts, step=BORDER_STEP))))
    noded = planar.node_and_round(lines)
    faces = planar.faces(noded, inside)
    labels = planar.label_faces(faces, seeds)
    return faces, labels


def to_x(poly, mirror):
    """(u, y) to map coordinates: the viewer's left half, or mirrored."""
    if mirror:
        pts = [(planar.r2(100 + u), y) for u, y in poly.exterior.coords]
    else:
        pts = [(planar.r2(100 - u), y) for u, y in poly.exterior.coords]
    return orient(Polygon(pts), 1.0)


def side_names(view):
    """The side of the viewer's left half, and of the right half."""
    return ('right', 'left') if view == 'front' else ('left', 'right')


def assemble(view):
    faces, labels = build_view(view)
    left_side, right_side = side_names(view)
    parts = {}
    for f, key in zip(faces, labels):
        for mirror, side in ((False, left_side), (True, right_side)):
            if key.endswith('-*'):
                rid, s = key[:-1] + side, side
            else:
                rid, s = key, 'centre'
            parts.setdefault((rid, s), []).append(to_x(f, mirror))
    regions = {}
    for (rid, s), polys in parts.items():
        rings = planar.merge(polys)
        if len(rings) != 1:
            raise ValueError('%s falls into %d pieces' % (rid, len(rings)))
        regions[rid] = (s, rings[0])
    everything = [p for polys in parts.values() for p in polys]
    outline = planar.merge(everything)
    if len(outline) != 1:
        raise ValueError('the %s outline falls into %d pieces' % (view, len(outline)))
    return outline[0], regions


def fmt(v):
    s = '%.2f' % v
    s = s.rstrip('0').rstrip('.')
    return '0' if s in ('-0', '') else s


def path_d(rings):
    out = []
    for ring in rings:
        pts = list(ring)
        if pts[0] == pts[-1]:
            pts = pts[:-1]
        out.append('M ' + fmt(pts[0][0]) + ' ' + fmt(pts[0][1]) + ' ' +
                   ' '.join('L %s %s' % (fmt(x), fmt(y)) for x, y in pts[1:]) + ' Z')
    return ' '.join(out)


def square_fits(ring, size=SQUARE, step=0.5):
    """Where an axis-aligned square of @size fits in the polygon @ring, or None."""
    poly = Polygon(ring)
    core = poly.buffer(-size / 2.0)
    if core.is_empty:
        return None
    pp = prep(poly)
    minx, miny, maxx, maxy = core.bounds
    h = size / 2.0
    cands = []
    y = miny
    while y <= maxy:
        x = minx
        while x <= maxx:
            cands.append((x, y))
            x += step
        y += step
    cx, cy = core.centroid.x, core.centroid.y
    cands.sort(key=lambda p: (p[0] - cx) ** 2 + (p[1] - cy) ** 2)
    for x, y in cands:
        if pp.contains(box(x - h, y - h, x + h, y + h)):
            return (x, y)
    return None


def place_x(geom, view, side):
    """A shape drawn in (u, y) for the person's right side, put on @view for
    @side: the person's right is on the viewer's left in front."""
    viewer_left = (side == 'right') == (view == 'front')
    g = scale(geom, xfact=-1 if viewer_left else 1, yfact=1, origin=(0, 0))
    return translate(g, xoff=100)


def finish(geom, outline):
    """Clip a drawn shape a little inside the outline, round it, and return
    its rings (outer rings only, turned the same way)."""
    inner = outline.buffer(-0.6)
    g = geom.intersection(inner).simplify(0.03)
    parts = g.geoms if isinstance(g, MultiPolygon) else [g]
    rings = []
    for p in parts:
        if p.is_empty or p.area < 1.0:
            continue
        pts = [(planar.r2(x), planar.r2(y)) for x, y in orient(p, 1.0).exterior.coords[:-1]]
        dedup = [q for k, q in enumerate(pts) if q != pts[k - 1]]
        poly = Polygon(dedup)
        if not poly.is_valid or not poly.within(outline):
            raise ValueError('a drawn shape goes wrong when rounded')
        rings.append(dedup)
    return rings


def side_key(key, side):
    return key[:-1] + side if key.endswith('-*') else key


def build_muscles(views):
    """The muscles, each on both sides: shapes, and the regions they lie in,
    checked against the drawing."""
    shapes = anatomy.muscle_shapes()
    out, warnings = [], []
    for m in spec.MUSCLES:
        for side in ('right', 'left'):
            drawn = {}
            for view, geom in shapes[m['page']].items():
                outline = Polygon(views[view][0])
                drawn[view] = finish(place_x(geom, view, side), outline)
            lies = [side_key(k, side) for k in m['lies']]
            if side == 'right':
                # the regions the drawing covers, against the regions listed
                covered = {}
                for view, rings in drawn.items():
                    for rid, (_s, ring) in views[view][1].items():
                        a = sum(Polygon(r).intersection(Polygon(ring)).area for r in rings)
                        if a > 0.5:
                            covered[rid] = a
                total = sum(covered.values())
                for rid in lies:
                    if rid not in covered:
                        warnings.append('%s lies in %s but is not drawn there' % (m['page'], rid))
                for rid, a in covered.items():
                    if rid not in lies and a > 0.15 * total:
                        warnings.append('%s: %.0f%% of the drawing is in %s, not listed' %
                                        (m['page'], 100 * a / total, rid))
            out.append({
                'page': m['page'], 'side': side, 'regions': lies, 'shapes': drawn,
                'essential': [side_key(k, side) for k in m['essential']],
                'spillover': [side_key(k, side) for k in m['spillover']],
            })
    return out, warnings


def build_places(views):
    out = []
    for pid, by_view in anatomy.place_shapes().items():
        drawn = {}
        for view, geom in by_view.items():
            outline = Polygon(views[view][0])
            # drawn for the person's right side and mirrored already, so
            # either side gives the same picture
            drawn[view] = finish(place_x(geom, view, 'right'), outline)
        out.append((pid, drawn))
    return out


def region_table(view):
    return {key: (name, page, stand_in) for key, name, page, stand_in in spec.REGIONS[view]}


def xml_escape(s):
    return s.replace('&', '&amp;').replace('"', '&quot;').replace('<', '&lt;')


def write(views, muscles, places):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<!-- body-map.xml - the interactive body map: the figure, front and back, its regions,',
             '     the muscles drawn where they lie with their commonly described pain patterns, and',
             '     the places never to press. Format: content/fascia-body-map.rng. Coordinates: 200 by',
             '     460 units per view, y down. "side" is the person\'s side: on the front view their',
             '     left is on the viewer\'s right. Generated by build-aux/body-map/generate.py and',
             '     checked by build-aux/body-map/check.py: edit those, not this file. -->',
             '<body-map xmlns="http://fasciaapp.org/ns/body-map/1" width="%d" height="%d">'
             % (WIDTH, HEIGHT)]
    for view, title in (('front', 'Front'), ('back', 'Back')):
        outline, regions = views[view]
        table = region_table(view)
        lines.append('  <view id="%s" title="%s">' % (view, title))
        lines.append('    <outline d="%s"/>' % path_d([outline]))
        order = []
        for key, _name, _page, _si in spec.REGIONS[view]:
            if key.endswith('-*'):
                order += [key[:-1] + 'right', key[:-1] + 'left']
            else:
                order.append(key)
        for rid in order:
            side, ring = regions[rid]
            key = rid if side == 'centre' else rid[: -len(side)] + '*'
            name, page, stand_in = table[key]
            attrs = 'id="%s" name="%s" side="%s" page="%s"' % (rid, xml_escape(name), side, page)
            if stand_in:
                attrs += ' stand-in="true"'
            lines.append('    <region %s>' % attrs)
            lines.append('      <shape d="%s"/>' % path_d([ring]))
            lines.append('    </region>')
        lines.append('  </view>')
    for m in muscles:
        lines.append('  <muscle page="%s" side="%s" regions="%s">' % (m['page'], m['side'],
                                                                      ' '.join(m['regions'])))
        for view in ('front', 'back'):
            if view in m['shapes']:
                lines.append('    <shape view="%s" d="%s"/>' % (view, path_d(m['shapes'][view])))
        lines.append('    <zone kind="essential" regions="%s"/>' % ' '.join(m['essential']))
        if m['spillover']:
            lines.append('    <zone kind="spillover" regions="%s"/>' % ' '.join(m['spillover']))
        lines.append('  </muscle>')
    for pid, drawn in places:
        lines.append('  <place id="%s">' % pid)
        for view in ('front', 'back'):
            if view in drawn:
                lines.append('    <shape view="%s" d="%s"/>' % (view, path_d(drawn[view])))
        lines.append('  </place>')
    lines.append('</body-map>')
    with open(OUTPUT, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


def main():
    views = {}
    ok = True
    for view in ('front', 'back'):
        outline, regions = assemble(view)
        views[view] = (outline, regions)
        for rid, (side, ring) in sorted(regions.items()):
            if side == 'left' and rid.replace('-left', '-right') in regions:
                continue  # the mirror image fits as well
            fit = square_fits(ring)
            if fit is None:
                ok = False
                print('%s: no %.1f-unit square fits' % (rid, SQUARE), file=sys.stderr)
    muscles, warnings = build_muscles(views)
    for w in warnings:
        print('warning: ' + w, file=sys.stderr)
    places = build_places(views)
    write(views, muscles, places)
    print('wrote %s (%d bytes)' % (os.path.relpath(OUTPUT, ROOT), os.path.getsize(OUTPUT)))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
