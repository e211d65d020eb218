# spec.py - what the body map holds: regions, and the muscles' pain patterns
# SPDX-License-Identifier: GPL-3.0-or-later
"""The content side of the body map, kept apart from the drawing.

REGIONS: per view, (key, name, page, stand-in). A key without a side is a
centre region ("front-head"); a key ending in "-*" is drawn once per side
and becomes "front-chest-right" and "front-chest-left".

MUSCLES: per muscle page, the regions it lies in and the regions of its
commonly described pain pattern, each zone with the sentence of the page it
comes from. Region keys end in "-*" for the side; the generator puts in the
muscle's own side. The muscles' shapes are drawn in anatomy.py."""

REGIONS = {
    'front': [
        # The temples are part of front-head, and the jaw regions hold the
        # lower face: a head 7.5 heads tall has room for three regions an
        # 18.5-unit square fits in, not five (see the header of generate.py).
        ('front-head', 'Forehead and temples', 'region-head-temple', False),
        ('front-jaw-*', 'Jaw and cheek', 'region-jaw', False),
        ('front-neck', 'Front of the neck', 'region-neck', False),
        ('front-shoulder-*', 'Front of the shoulder', 'region-shoulder', False),
        ('front-chest-*', 'Chest', 'region-chest', False),
        ('front-upper-arm-*', 'Upper arm', 'region-shoulder', True),
        ('front-elbow-*', 'Inner elbow', 'region-elbow-forearm', False),
        ('front-forearm-*', 'Forearm, palm side', 'region-elbow-forearm', False),
        ('front-hand-*', 'Wrist and palm', 'region-wrist-hand', False),
        ('front-upper-belly-*', 'Upper belly', 'region-chest', True),
        ('front-lower-belly-*', 'Lower belly', 'region-groin', True),
        ('front-side-*', 'Side of the waist', 'region-low-back', True),
        ('front-groin-*', 'Groin and front of the hip', 'region-groin', False),
        ('front-outer-hip-*', 'Outer hip', 'region-lateral-hip', False),
        ('front-thigh-*', 'Front of the thigh', 'region-thigh', False),
        ('front-inner-thigh-*', 'Inner thigh', 'region-groin', True),
        ('front-knee-*', 'Front of the knee', 'region-front-knee', False),
        ('front-shin-*', 'Shin', 'region-calf', True),
        ('front-foot-*', 'Ankle and top of the foot', 'region-heel-sole', True),
    ],
    'back': [
        ('back-head', 'Back of the head', 'region-head-temple', False),
        ('back-neck', 'Back of the neck', 'region-neck', False),
        ('back-sacrum', 'Sacrum and SI joints', 'region-buttock-si', False),
        ('back-shoulder-top-*', 'Top of the shoulder', 'region-shoulder', False),
        ('back-shoulder-*', 'Back of the shoulder', 'region-shoulder', False),
        ('back-shoulder-blade-*', 'Shoulder blade', 'region-upper-back', False),
        ('back-mid-back-*', 'Middle back', 'region-upper-back', False),
        ('back-low-back-*', 'Low back', 'region-low-back', False),
        ('back-buttock-*', 'Buttock', 'region-buttock-si', False),
        ('back-outer-hip-*', 'Outer hip', 'region-lateral-hip', False),
        ('back-upper-arm-*', 'Back of the upper arm', 'region-shoulder', True),
        ('back-elbow-*', 'Elbow', 'region-elbow-forearm', False),
        ('back-forearm-*', 'Forearm, back', 'region-elbow-forearm', False),
        ('back-hand-*', 'Back of the hand and wrist', 'region-wrist-hand', False),
        ('back-thigh-*', 'Back of the thigh', 'region-thigh', False),
        ('back-knee-*', 'Back of the knee', 'region-calf', True),
        ('back-calf-*', 'Calf', 'region-calf', False),
        ('back-heel-*', 'Heel, Achilles and sole', 'region-heel-sole', False),
    ],
}


# The muscles. 'lies': the regions the muscle lies in (generate.py checks
# them against its drawing). 'essential' and 'spillover': the regions of its
# commonly described pain pattern, read from the muscle's page, section
# "referral" (the sentence is quoted above each zone), cross-read with the
# region pages' <referrers>. Where a page only says that "a fainter spillover
# zone surrounds these areas", and those areas already fill every region
# around them, no spillover zone is given: the map would have to invent one.
MUSCLES = [
    {
        'page': 'muscle-temporalis',
        'lies': ['front-head'],
        # "its essential zone is mainly the temple itself, reaching forward
        # along the eyebrow and down into the upper teeth" (temple and eyebrow:
        # front-head; upper teeth: the lower face, front-jaw)
        'essential': ['front-head', 'front-jaw-*'],
        # "a fainter spillover zone surrounds these areas": no region beyond
        # the two above
        'spillover': [],
    },
    {
        'page': 'muscle-masseter',
        'lies': ['front-jaw-*'],
        # "Different parts of the masseter have essential zones in: the back
        # teeth (molars), upper and lower; the upper and lower jaw; the jaw
        # joint (TMJ), just in front of the ear; deep in the ear"
        'essential': ['front-jaw-*'],
        # "A fainter spillover zone surrounds these areas": no region beyond
        'spillover': [],
    },
    {
        'page': 'muscle-upper-trapezius',
        'lies': ['back-neck', 'back-shoulder-top-*', 'front-shoulder-*'],
        # "its essential zone runs up the side and back of the neck to the
        # bony bump behind your ear (the mastoid), and on to the temple"
        'essential': ['back-neck', 'back-head', 'front-head'],
        # "its spillover zone can reach behind the eye": the eye lies in
        # front-head, already essential for the temple
        'spillover': [],
    },
    {
        'page': 'muscle-levator-scapulae',
        'lies': ['back-neck', 'back-shoulder-top-*'],
        # "its essential zone is the angle where your neck meets your
        # shoulder"
        'essential': ['back-neck', 'back-shoulder-top-*'],
        # "its spillover zone runs down along the inner edge of the shoulder
        # blade and onto the back of the shoulder"
        'spillover': ['back-shoulder-blade-*', 'back-shoulder-*'],
    },
    {
        'page': 'muscle-middle-lower-trapezius',
        'lies': ['back-shoulder-top-*', 'back-shoulder-blade-*', 'back-mid-back-*'],
        # "the essential zone lies: above the shoulder blade; along its inner
        # edge, between the shoulder blade and the spine"
        'essential': ['back-shoulder-top-*', 'back-shoulder-blade-*'],
        # "A fainter spillover zone surrounds these areas": none named beyond
        'spillover': [],
    },
    {
        'page': 'muscle-infraspinatus',
        'lies': ['back-shoulder-blade-*'],
        # "its essential zone is deep in the front of the shoulder"
        'essential': ['front-shoulder-*'],
        # "its spillover zone runs down the front and outer side of the arm,
        # and now and then as far as the hand"
        'spillover': ['front-upper-arm-*', 'front-elbow-*', 'front-forearm-*', 'front-hand-*'],
    },
    {
        'page': 'muscle-scalenes',
        'lies': ['front-neck', 'front-shoulder-*'],
        # "Their essential zones are: the upper chest; the inner edge of the
        # shoulder blade; the front and outer side of the upper arm; the
        # thumb side of the forearm, on to the thumb and index finger."
        'essential': ['front-chest-*', 'back-shoulder-blade-*', 'front-upper-arm-*',
                      'front-forearm-*', 'front-hand-*'],
        # "A fainter spillover zone surrounds these areas": none named beyond
        'spillover': [],
    },
    {
        'page': 'muscle-wrist-extensors',
        'lies': ['back-elbow-*', 'back-forearm-*', 'front-elbow-*', 'front-forearm-*'],
        # "the essential zones lie on the outer elbow and down the back of
        # the forearm, wrist and hand"
        'essential': ['back-elbow-*', 'back-forearm-*', 'back-hand-*'],
        # "each with a fainter spillover zone around it": none named beyond
        'spillover': [],
    },
    {
        'page': 'muscle-gluteus-maximus',
        'lies': ['back-buttock-*', 'back-outer-hip-*'],
        # "the essential zone stays close to where it lies: near the buttock
        # crease; over the sacrum ...; around the tailbone (coccyx)"
        'essential': ['back-buttock-*', 'back-sacrum'],
        # "the pattern near the crease can spread a little onto the upper back
        # of the thigh"
        'spillover': ['back-thigh-*'],
    },
    {
        'page': 'muscle-gluteus-medius',
        'lies': ['back-outer-hip-*', 'back-buttock-*'],
        # "the essential zone covers: the back part of the iliac crest, the
        # top rim of your pelvis; the sacrum ...; the buttock itself" (the
        # back of the crest borders the low back, as region-low-back says)
        'essential': ['back-low-back-*', 'back-sacrum', 'back-buttock-*'],
        # "Around these areas the manuals draw a fainter spillover zone":
        # none named; the front-of-knee study is an association, not a zone
        'spillover': [],
    },
    {
        'page': 'muscle-gluteus-minimus',
        'lies': ['back-outer-hip-*', 'back-buttock-*'],
        # front fibres: "a long strip from the lower, outer part of the
        # buttock, down the outer thigh and the outer side of the knee, to the
        # outer side of the lower leg" (the outer side of the leg shows at the
        # edge of the front view); back fibres: "the buttock, the back of the
        # thigh and the calf" (and the back of the knee between them, as
        # region-thigh has it: "down the back of the thigh into the calf")
        'essential': ['back-buttock-*', 'back-outer-hip-*', 'front-outer-hip-*', 'front-thigh-*',
                      'front-knee-*', 'front-shin-*', 'back-thigh-*', 'back-knee-*',
                      'back-calf-*'],
        # "their spillover zone sometimes carries the pain on to the ankle"
        'spillover': ['front-foot-*'],
    },
    {
        'page': 'muscle-piriformis',
        'lies': ['back-sacrum', 'back-buttock-*', 'back-outer-hip-*'],
        # "its essential zone covers the SI region, where your sacrum meets
        # your pelvis, the buttock, and the back of the hip"
        'essential': ['back-sacrum', 'back-buttock-*'],
        # "its spillover zone reaches down over the upper back of the thigh"
        'spillover': ['back-thigh-*'],
    },
    {
        'page': 'muscle-quadratus-lumborum',
        'lies': ['back-low-back-*'],
        # "its essential zone is the SI region, where the base of your spine
        # meets your pelvis, and the lower buttock"
        'essential': ['back-sacrum', 'back-buttock-*'],
        # "its spillover zone runs along the top rim of your pelvis and round
        # to the bony point of your outer hip (the greater trochanter), and
        # now and then into the groin"
        'spillover': ['back-low-back-*', 'back-outer-hip-*', 'front-outer-hip-*', 'front-groin-*'],
    },
    {
        'page': 'muscle-iliopsoas',
        'lies': ['front-lower-belly-*', 'front-groin-*'],
        # "its essential zone is a vertical band beside your lower spine,
        # reaching down towards the top of the buttock"
        'essential': ['back-low-back-*'],
        # "its spillover zone is the groin and the upper front of the thigh"
        'spillover': ['front-groin-*', 'front-thigh-*'],
    },
    {
        'page': 'muscle-tfl',
        'lies': ['front-outer-hip-*'],
        # "its essential zone is the front-outer hip, near the bony point at
        # the top of the thigh (the greater trochanter)"
        'essential': ['front-outer-hip-*'],
        # "its spillover zone runs on down the outer thigh, sometimes towards
        # the knee"
        'spillover': ['front-thigh-*'],
    },
    {
        'page': 'muscle-rectus-femoris',
        'lies': ['front-groin-*', 'front-thigh-*'],
        # "its essential zone is around the kneecap and deep in the front of
        # the knee" (region-front-knee calls it secondary: the muscle page is
        # followed)
        'essential': ['front-knee-*'],
        # "its spillover zone reaches a little way up the lower front of the
        # thigh"
        'spillover': ['front-thigh-*'],
    },
    {
        'page': 'muscle-vastus-medialis',
        'lies': ['front-inner-thigh-*', 'front-thigh-*'],
        # "the essential zone is the front and inner side of the knee"
        'essential': ['front-knee-*'],
        # "with a fainter spillover zone around it": none named beyond
        'spillover': [],
    },
    {
        'page': 'muscle-soleus',
        'lies': ['back-calf-*', 'back-heel-*'],
        # "its essential zone is the heel, at the back and on the underside,
        # and around the lower Achilles tendon"
        'essential': ['back-heel-*'],
        # "its spillover zone is the back of the calf"
        'spillover': ['back-calf-*'],
    },
    {
        'page': 'muscle-vastus-lateralis',
        # "It starts just below the bony point of your hip and wraps round
        # the outer and front side of the thigh": its top lies at the outer
        # hip, under the TFL
        'lies': ['front-outer-hip-*', 'front-thigh-*'],
        # "the essential zone runs along the outer side of the thigh and down
        # to the outer side of the knee" (the outer side of the thigh from
        # just below the bony point of the hip to the top of the thigh is
        # front-outer-hip, as for the gluteus minimus; below it front-thigh;
        # the outer knee is front-knee)
        'essential': ['front-outer-hip-*', 'front-thigh-*', 'front-knee-*'],
        # "with a fainter spillover zone around it": none named beyond
        'spillover': [],
    },
    {
        'page': 'muscle-hamstrings',
        'lies': ['back-thigh-*'],
        # "their essential zone is the lower edge of the buttock by the
        # crease, the back of the thigh and the back of the knee"
        'essential': ['back-buttock-*', 'back-thigh-*', 'back-knee-*'],
        # "their spillover zone reaches a little way down into the top of
        # the calf"
        'spillover': ['back-calf-*'],
    },
    {
        'page': 'muscle-adductors',
        'lies': ['front-groin-*', 'front-inner-thigh-*'],
        # "their essential zone is the groin and the inner thigh"
        'essential': ['front-groin-*', 'front-inner-thigh-*'],
        # "their spillover zone runs on down to the inner side of the knee,
        # and sometimes down the shin"
        'spillover': ['front-knee-*', 'front-shin-*'],
    },
    {
        'page': 'muscle-pectineus',
        'lies': ['front-groin-*'],
        # "its essential zone is a deep ache in the groin, just below the
        # crease"
        'essential': ['front-groin-*'],
        # "its spillover zone is the upper part of the inner thigh"
        'spillover': ['front-inner-thigh-*'],
    },
    {
        'page': 'muscle-gastrocnemius',
        'lies': ['back-knee-*', 'back-calf-*'],
        # "its essential zone is the instep, the arch on the inner side of
        # the sole" (the sole is in back-heel, "Heel, Achilles and sole")
        'essential': ['back-heel-*'],
        # "its spillover zone is the back of the calf and the back of the
        # knee"
        'spillover': ['back-calf-*', 'back-knee-*'],
    },
    {
        'page': 'muscle-tibialis-anterior',
        'lies': ['front-shin-*'],
        # "its essential zone is the front and inner side of the ankle and
        # the big toe" (front-foot, "Ankle and top of the foot")
        'essential': ['front-foot-*'],
        # "its spillover zone runs down the front of the shin, from the
        # muscle to the ankle"
        'spillover': ['front-shin-*'],
    },
    {
        'page': 'muscle-sternocleidomastoid',
        # "It runs from the bony bump behind your ear down and forward to the
        # top of your breastbone and the inner end of your collarbone"
        'lies': ['front-neck'],
        # "its essential zone is in the head and face: the forehead, over and
        # behind the eye, the cheek, deep in the ear and just behind it, and
        # the top and back of the head" (forehead and eye: front-head; cheek
        # and ear: front-jaw, which holds the ears; the back of the head:
        # back-head)
        'essential': ['front-head', 'front-jaw-*', 'back-head'],
        # "its spillover zone, felt by fewer people, reaches the upper jaw and
        # back teeth, the throat and the top of the breastbone" (the jaw and
        # teeth are front-jaw, already essential; the throat is front-neck;
        # the top of the breastbone front-chest)
        'spillover': ['front-neck', 'front-chest-*'],
    },
    {
        'page': 'muscle-suboccipitals',
        # "tucked deep under the bony ridge at the base of your skull"
        'lies': ['back-neck'],
        # "their essential zone is a band on one side of the head ... It runs
        # from the back of the head, round the side above the ear, to behind
        # the eye" (the back of the head: back-head; above the ear, the
        # temple, and behind the eye: front-head)
        'essential': ['back-head', 'front-head'],
        # "their spillover zone is a fainter ache over the forehead on the
        # same side": the forehead is front-head, already essential
        'spillover': [],
    },
    {
        'page': 'muscle-pectoralis-major',
        # "It starts on your collarbone, your breastbone and your upper ribs,
        # and its fibres gather into a tendon on the front of your upper arm
        # bone" (the tendon passes under the front of the deltoid)
        'lies': ['front-chest-*', 'front-shoulder-*'],
        # "its essential zone is the front of the chest, and for its top
        # fibres, below the collarbone, the front of the shoulder"
        'essential': ['front-chest-*', 'front-shoulder-*'],
        # "its spillover zone runs down the inner side of the arm to the inner
        # elbow, and, when the pain is strong, on to the little-finger side of
        # the forearm and hand"
        'spillover': ['front-upper-arm-*', 'front-elbow-*', 'front-forearm-*', 'front-hand-*'],
    },
    {
        'page': 'muscle-pectoralis-minor',
        # "It runs from your third, fourth and fifth ribs, near the front, up
        # and out to the coracoid: a small hook of bone on the front of your
        # shoulder blade, just below the outer part of your collarbone" (its
        # top end reaches the front of the shoulder)
        'lies': ['front-chest-*', 'front-shoulder-*'],
        # "its essential zone is the front of the shoulder"
        'essential': ['front-shoulder-*'],
        # "its spillover zone covers the chest below the collarbone, and runs
        # down the inner side of the arm, elbow and forearm to the palm side
        # of the middle, ring and little fingers"
        'spillover': ['front-chest-*', 'front-upper-arm-*', 'front-elbow-*', 'front-forearm-*',
                      'front-hand-*'],
    },
    {
        'page': 'muscle-erector-spinae',
        # "the two thick cords you can feel on either side of your spine. They
        # run from the back of your pelvis up to your ribs, neck and skull"
        # (drawn from the middle back down to the sacrum)
        'lies': ['back-mid-back-*', 'back-low-back-*'],
        # "fibres in the low back have their essential zone in the low back
        # beside the spine, and down into the buttock and over the flat bone
        # at the base of the spine (the sacrum)"; "fibres in the middle back
        # have their essential zone in the middle back beside the spine"
        'essential': ['back-low-back-*', 'back-buttock-*', 'back-sacrum', 'back-mid-back-*'],
        # "the spillover zone of the middle-back fibres reaches up over the
        # shoulder blade, and round the side to the belly below the ribs"
        # (round the side below the ribs: front-side, the side of the waist.
        # The belly itself, front-upper-belly, is left out: it is a stand-in
        # opening region-chest, a page about chest pain that says nothing of
        # the belly, and the map does not send a reader with belly pain to a
        # back muscle on a spillover zone alone)
        'spillover': ['back-shoulder-blade-*', 'front-side-*'],
    },
    {
        'page': 'muscle-supraspinatus',
        # "Supraspinatus lies in the hollow above the bony ridge that runs
        # across the top of your shoulder blade, under the thick muscle on top
        # of your shoulder"
        'lies': ['back-shoulder-top-*'],
        # "its essential zone is a deep ache in the outer shoulder, over the
        # middle of the rounded shoulder muscle (the deltoid)" (the deltoid is
        # back-shoulder from behind, front-shoulder from the front)
        'essential': ['back-shoulder-*', 'front-shoulder-*'],
        # "its spillover zone runs down the outer side of the arm and forearm,
        # and sometimes gathers at the bony point on the outside of the elbow"
        # (the outer side of the arm and forearm shows at the edge of both
        # views; the bony point on the outside of the elbow is back-elbow)
        'spillover': ['back-upper-arm-*', 'front-upper-arm-*', 'back-elbow-*', 'back-forearm-*',
                      'front-forearm-*'],
    },
]
