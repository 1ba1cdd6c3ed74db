# Trede: Pashto, participation ladder and offer catalogue.
# Tone: invitations, never commands. Every step counts, also a step back is part of the road.
# Terms: ladder = زینه, rung = پله, placement = ځای ټاکنه, offer = وړاندیز.

view-ladder = زینه

## The ladder
ladder-title = د ګډون زینه
ladder-intro = نن د { $name } ځای په زینه کې چېرته دی، او راتلونکی ښه ګام به څه وي؟ پر یوې پلې ټک وکړئ، چې وګورئ هلته کوم وړاندیزونه شته.
ladder-now-none = لا تر اوسه هېڅ ځای ټاکنه نشته. لاندې کولای شئ لومړۍ یې یوځای اضافه کړئ.
ladder-now-rung = اوس: پله { $number }، { $rung }
ladder-now-status = اوس: { $status } (دا پله نه ده)
ladder-language-course-beside = تر څنګ یې د ژبې کورس هم روان دی.
ladder-rung-button = پله { $number }: { $rung }
ladder-badge-now = اوس
ladder-badge-target = موخه
ladder-offer-count =
    { $count ->
        [0] هېڅ وړاندیز نشته
        [one] یو وړاندیز
       *[other] { $count } وړاندیزونه
    }
ladder-rungs-label = شپږ پلې، تر ټولو لوړه پورته

## Target rung
ladder-target-label = د { $name } لپاره تر ټولو لوړه د رسېدو وړ پله
ladder-target-hint = هغه موخه چې تاسو یې یوځای ټاکئ. هره پله کېدای شي.
ladder-target-none = لا نه ده ټاکل شوې
ladder-target-reached = { $name } د موخې پله ترلاسه کړه. دا یوه رښتینې لاسته راوړنه ده.
ladder-target-four = د ځینو خلکو لپاره رضاکاره کار یا بل بې معاشه کار تر ټولو لوړه د رسېدو وړ پله ده. دې ته رسېدل بریا ده، نه د لارې پای.

## Offers
ladder-offers-title = په پله { $number } کې وړاندیزونه: { $rung }
ladder-offers-none = کتلاګ په دې پله کې هېڅ وړاندیز نه لري.
ladder-offers-close = وړاندیزونه بندول
ladder-offer-provider = وړاندې کوونکی
ladder-offer-duration = موده
ladder-offer-allowance = معاوضه
ladder-offer-conditions = څوک پکې ګډون کولای شي
ladder-offer-pick = د پلان لپاره ټاکل
ladder-offer-picked = د پلان لپاره ټاکل شوی
ladder-offer-unpick = له پلان څخه ایستل
ladder-picked-title = د پلان لپاره ټاکل شوي وړاندیزونه
ladder-picked-none = لا هېڅ نه دي ټاکل شوي. هغه وړاندیز چې په زینه کې یې ټاکئ، د ادغام په پلان کې یو ګام کېدای شي.
ladder-picked-from = پله { $number }، له { $catalogue } { $edition } څخه

## Placements
ladder-placements-title = ځای ټاکنې
ladder-placements-none = لا ځای ټاکنې نشته.
ladder-add-title = یوه ځای ټاکنه اضافه کول
ladder-edit-title = دا ځای ټاکنه بدلول
ladder-date-label = نېټه
ladder-date-missing = مهرباني وکړئ یوه نېټه وټاکئ.
ladder-position-label = پله یا حالت
ladder-position-rungs = پلې
ladder-position-side = د زینې تر څنګ حالتونه
ladder-status-orientation = د پیل او پېژندنې دوره (دوسیه لا څلور میاشتې نه ده پوره کړې)
ladder-status-exempted = د روغتیا یا انصاف له امله معاف
ladder-status-studying = زده کړه کوي
ladder-status-care-first = لومړی پاملرنه
ladder-viewpoint-label = څوک یې داسې ویني؟
ladder-view-client = مراجعه کوونکی یې داسې ویني
ladder-view-worker = ټولنیز کارکوونکی یې داسې ویني
ladder-view-agreed = یوځای موافقه شوې
ladder-language-course-label = تر څنګ یې د ژبې کورس روان دی
ladder-note-label = یادښت (خالي پاتې کېدای شي)
ladder-note-hint = په څو کلمو کې: څه بدل شوي، او احساس مو څنګه دی؟
ladder-error-note-too-long = دا یادښت { $actual } توري لري. مهرباني وکړئ تر ټولو ډېر { $max } توري.
ladder-save-placement = ځای ټاکنه خوندي کول
ladder-edit-button = بدلول
ladder-delete-button = ړنګول
ladder-confirm-delete-title = دا ځای ټاکنه ړنګه شي؟
ladder-confirm-delete-body = د { $date } ځای ټاکنه به له بهیر څخه لرې شي. دا کار بېرته نه شي اړول کېدای.
ladder-confirm-delete-yes = هو، ړنګول

## History
ladder-history-title = بهیر
ladder-history-none = کله چې لومړۍ ځای ټاکنه وشي، بهیر به دلته ښکاره شي.
ladder-history-chart-label = د وخت په اوږدو کې د پلو زینه ډوله ګراف. لاندې جدول همدا معلومات لري.
ladder-history-table-caption = بهیر د جدول په بڼه
ladder-history-aside-lane = د زینې تر څنګ
ladder-col-date = نېټه
ladder-col-position = پله یا حالت
ladder-col-move = بدلون
ladder-col-view = څوک یې داسې ویني
ladder-col-note = یادښت
ladder-move-start = د پیل ټکی
ladder-move-rise = له پلې { $from } پورته
ladder-move-fall = له پلې { $from } یو ګام شاته
ladder-move-level = هماغه پله
ladder-move-aside = د زینې تر څنګ
ladder-fall-label = یو ګام شاته
ladder-falls-summary =
    { $count ->
        [0] تر اوسه هېڅ ګام شاته نه دی.
        [one] یو ګام شاته. شاته ګامونه پېښېږي؛ هغه هم د لارې برخه دي.
       *[other] { $count } ګامونه شاته. شاته ګامونه پېښېږي؛ هغه هم د لارې برخه دي.
    }

## Catalogue
catalogue-title = د وړاندیزونو کتلاګ
catalogue-current = په کار کې: { $name }، چاپ { $edition }، { $count } وړاندیزونه.
catalogue-builtin = دا له Trede سره راغلی کتلاګ دی.
catalogue-load-label = خپل کتلاګ پورته کول (JSON فایل)
catalogue-load-hint = د Trede د کتلاګ په بڼه یو فایل. فایل په همدې وسیله کې پاتې کېږي. اوسنی کتلاګ تر هغه په کار کې پاتې کېږي چې یو سم فایل یې ځای ونیسي.
catalogue-loaded = نوی کتلاګ اوس په کار کې دی.
catalogue-problems-title =
    { $count ->
        [one] دا فایل ونه کارول شو. یو شی باید سم شي:
       *[other] دا فایل ونه کارول شو. { $count } شیان باید سم شي:
    }
catalogue-reset = بیا له Trede سره راغلی کتلاګ کارول
catalogue-problem-line = { $place }: { $problem }
catalogue-place-file = فایل
catalogue-place-field = ساحه "{ $field }"
catalogue-place-offer = وړاندیز { $number }
catalogue-place-offer-id = وړاندیز { $number } ("{ $id }")
catalogue-place-offer-field = وړاندیز { $number }، ساحه "{ $field }"
catalogue-place-offer-id-field = وړاندیز { $number } ("{ $id }")، ساحه "{ $field }"
catalogue-problem-not-json = دا سم JSON نه دی (کرښه { $line }، ستون { $column })
catalogue-problem-not-object = دا کتلاګ نه دی (تمه دا ده چې یو object وي چې "format"، "version"، "id"، "name"، "edition" او "offers" ولري)
catalogue-problem-format = "{ $found }" له "trede-catalogue" سره برابر نه دی
catalogue-problem-version = نسخه { $found } نه شي لوستل کېدای (دا Trede یوازې نسخه 1 لولي)
catalogue-problem-missing = نشته
catalogue-problem-type =
    { $expected ->
        [text] باید متن وي
        [number] باید شمېره وي
        [list] باید لېست وي
        [offer] باید یو object وي چې د یو وړاندیز ساحې ولري
       *[object] باید یو object وي چې د هرې ژبې لپاره متن ولري، لکه "nl" او "en"
    }
catalogue-problem-rung = { $found } پله نه ده (له 1 تر 6 پورې)
catalogue-problem-empty = خالي ده
catalogue-problem-too-long = له { $max } تورو اوږده ده
catalogue-problem-no-dutch = هالنډي متن ("nl") نه لري
catalogue-problem-language = "{ $code }" د ژبې داسې کوډ نه دی چې Trede یې پېژني
catalogue-problem-id = "{ $found }" سم id نه دی (کوچني توري، عددونه او د نښلولو کرښې)
catalogue-problem-duplicate = دا id مخکې د وړاندیز { $first } لپاره کارول شوی دی
catalogue-problem-unknown-field = پېژندل شوې ساحه نه ده
catalogue-problem-no-offers = د وړاندیزونو لېست خالي دی

## rules
ladder-definitions-title = هره پوړۍ څه معنا لري؟
ladder-exempted-decision = د { $date } نېټې د OCMW پرېکړه: { $ground }. { $reason }
ladder-exempted-no-decision = په پلان کې لا د OCMW د معافیت پرېکړه نشته. په پلان کې یې په لومړي ګام کې ولیکئ.
## evals
ladder-from-evaluation = د GPMI له یوې ارزونې
ladder-history-per-view = پورته یا شاته تګ د هر نظر لپاره جلا شمېرل کېږي: د مراجع نظر د مراجع له نظر سره، د ټولنیز کارکوونکي نظر د ټولنیز کارکوونکي له نظر سره. ګډ هوکړه د دواړو لپاره شمېرل کېږي.
## plan
catalogue-problem-carrier = "{ $found }" نه "client"، نه "ocmw" او نه "partner" دی
## store
catalogue-problem-too-large = فایل له { $max } کیلوبایټه لوی دی، د خدمتونو له لیست څخه ډېر لوی
catalogue-problem-too-many = په لیست کې له { $max } څخه ډېر خدمتونه
