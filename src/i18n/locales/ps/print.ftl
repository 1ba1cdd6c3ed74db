# Trede: signing and printing (Pashto)
# The Dutch text of the plan is the binding one. Tone: plain words, honest, never threatening. Polite "tasu".

sign-view = لاسلیک
print-view = چاپ

## Signing
sign-title = د پلان لاسلیکول
sign-intro = لومړی پلان یوځای ولولئ. هر څوک چې ګډون کوي، دلته په ټابلیټ لاسلیک کوي، لکه په کاغذ: په ګوتې، په قلم یا په ماوس.
sign-reflection = آیا مراجعه کوونکی غواړي لومړی فکر وکړي؟ نو یوه مسوده چاپ کړئ چې له ځان سره یې کور ته یوسي. لاسلیک وروسته هم کېدای شي.
sign-fingerprint = د دې نسخې ډیجیټلي ګوتنښه (کوډ)
sign-fingerprint-hint = دا کوډ یوازې له همدې متن سره تړاو لري. که په پلان کې څه بدل شي، کوډ هم بدلېږي.
sign-state-unsigned = تر اوسه هېچا د پلان دا نسخه نه ده لاسلیک کړې.
sign-state-partly = لا باید لاسلیک کړي: { $names }
sign-state-complete = ټولو هغو کسانو چې باید لاسلیک یې کړی وای، لاسلیک کړی دی.
sign-outdated = پلان له لاسلیک وروسته بدل شو. هغه لاسلیکونه د یوې پخوانۍ نسخې دي؛ تاسو لا هم هغه نسخه لوستلای او چاپولای شئ. دا نسخه باید بیا لاسلیک شي.
sign-not-ready = پلان لا د لاسلیک لپاره بشپړ چمتو نه دی. په «بیا لوستل» برخه کې لیکل شوي چې لا څه کم دي.
sign-go-review = «بیا لوستل» ته تګ
sign-go-print = د چاپ مخکتنې ته تګ
sign-parties-title = څوک لاسلیک کوي
sign-present-title = نور حاضر کسان (لاسلیک یې اړین نه دی)
sign-as-party = د هوکړې د یوې خوا په توګه لاسلیک کوي
sign-as-present = د حاضر کس په توګه لاسلیک کوي، نه د هوکړې د خوا په توګه
sign-role-client = مراجعه کوونکی
sign-role-worker = ټولنیز کارکوونکی، د OCMW له خوا
sign-role-third = همکار
sign-role-interpreter = ترجمان
sign-role-support = د باور وړ کس
sign-start = لاسلیک کول
sign-again = بیا لاسلیک کول
sign-withdraw = لاسلیک لرې کول
sign-signed = په { $date } لاسلیک شو
sign-signed-at = په { $date } په { $place } کې لاسلیک شو
sign-not-signed = لا نه دی لاسلیک شوی
sign-earlier-title = پخوانۍ لاسلیک شوې نسخې
sign-earlier-item = نسخه { $fingerprint }، لاسلیک کوونکي: { $names }
sign-show-version = دا نسخه کتل

## The signing area
pad-area = د لاسلیک چوکاټ
pad-hint = په دې چوکاټ کې په ګوتې، قلم یا ماوس لاسلیک وکړئ.
pad-empty = په چوکاټ کې لا هېڅ نه دي لیکل شوي.
pad-drawn = په چوکاټ کې یو لاسلیک شته.
pad-undo = وروستۍ کرښه لرې کول
pad-clear = ټول پاکول
pad-name = نوم
pad-date = نېټه
pad-place = ځای
pad-save = لاسلیک خوندي کول
pad-cancel = لغوه کول
sign-problem-name = مهرباني وکړئ نوم ولیکئ.
sign-problem-strokes = مهرباني وکړئ لومړی په چوکاټ کې لاسلیک وکړئ.
sign-problem-too-long = دا لاسلیک ډېر اوږد دی. مهرباني وکړئ پاک یې کړئ او لږ ساده لاسلیک وکړئ.
sign-problem-unknown = دا همکار نور په پلان کې نشته.

## Printing
print-title = چاپ
print-intro = پلان د A4 پاڼې په اندازه، چې ورکړل شي یا په کاغذ لاسلیک شي. چاپ له انټرنېټ پرته هم کار کوي؛ د فایل لپاره «د PDF په توګه خوندي کول» وټاکئ.
print-version-label = کومه نسخه
print-version-current = پلان لکه څنګه چې اوس دی
print-version-round = لاسلیک شوې نسخه { $fingerprint }
print-both = چاپ (هالنډي + { $lang })
print-client = د مراجعه کوونکي نسخه چاپول (یوازې { $lang })
print-dutch = چاپ (هالنډي)
print-mode-label = څه چې وینئ
print-mode-both = هالنډي له مرستندویې ژباړې سره
print-mode-client = د مراجعه کوونکي نسخه
print-no-translation = { $lang } ته لا ژباړه نشته. پلان به په هالنډي ژبه چاپ شي.
print-preview-label = د چاپ مخکتنه

## The printed plan
doc-title = د ټولنیز ادغام لپاره انفرادي پروژه (GPMI)
doc-subtitle = د مراجعه کوونکي او OCMW ترمنځ یوه هوکړه
doc-binding-note = مرستندویه ژباړه. هالنډي متن هغه متن دی چې قانوني اعتبار لري (الزامي متن).
doc-copy-note = دا د مراجعه کوونکي لپاره مرستندویه ژباړه ده. هالنډي متن هغه متن دی چې قانوني اعتبار لري (الزامي متن).
doc-draft = مسوده
doc-draft-note = مسوده: لا ټولو نه ده لاسلیک کړې.
doc-earlier-note = دا یوه پخوانۍ لاسلیک شوې نسخه ده. پلان له هغې وروسته بدل شو.
doc-not-set = نه دی ډک شوی
doc-facts = معلومات
doc-ocmw = OCMW
doc-client = مراجعه کوونکی
doc-worker = ټولنیز کارکوونکی
doc-type = د پلان ډول
doc-type-employment = د کار په لور
doc-type-training = د زده کړې یا تحصیل په لور
doc-type-activation = ټولنیز فعالول
doc-period = موده
doc-decision = د leefloon (د ژوند د لګښت مرسته) په اړه پرېکړه
doc-partners = همکاران
doc-support = د مراجعه کوونکي تر څنګ
doc-topics = د مراجعه کوونکي کیسه
doc-topic-needs = مراجعه کوونکی څه ته اړتیا لري
doc-topic-challenges = اوس څه ګران دي
doc-topic-goals = مراجعه کوونکی غواړي څه ته ورسېږي یا له څه ډډه وکړي
doc-topic-future = مراجعه کوونکی راتلونکی څنګه ویني
doc-topic-role = هغه رول چې مراجعه کوونکی یې د نورو خلکو په منځ کې غواړي
doc-goals = موخې
doc-goal-domain = د ژوند برخه
doc-goal-period = موده
doc-goal-why = ولې دا مهم دی
doc-actions = کړنې
doc-col-what = څه
doc-col-who = څوک
doc-col-due = تر کومې نېټې
doc-col-evidence = څنګه به پوه شو چې وشوه
doc-who-client = مراجعه کوونکی
doc-who-ocmw = OCMW
doc-who-third = همکار
doc-who-nobody = لا هېڅوک نه
doc-origin-catalogue = د OCMW وړاندیز
doc-questions = د کړنو پلان
doc-question-client-will-do = مراجعه کوونکی به موخو ته د رسېدو لپاره څه کوي؟
doc-question-client-expects = مراجعه کوونکی له OCMW څخه څه تمه لري؟
doc-question-ocmw-expects = OCMW له مراجعه کوونکي څخه څه تمه لري؟
doc-means = هره خوا څه ورکوي
doc-means-client = مراجعه کوونکی
doc-means-ocmw = OCMW
doc-means-others = همکاران
doc-evaluations = کله به یوځای شاته ګورو
doc-evaluations-rule = په کال کې لږ تر لږه { $count } ځله، چې لږ تر لږه { $inperson } ځله یې مخامخ وي.
doc-eval-in-person = مخامخ
doc-eval-remote = په تلیفون یا ویډیو
doc-signatures = لاسلیکونه
doc-signatures-intro = د هوکړې خواوې په خپل لاسلیک سره له دې پلان سره موافقه کوي. ترجمان یا د باور وړ کس د حاضر کس په توګه لاسلیک کوي، نه د هوکړې د خوا په توګه.
doc-fingerprint = د لاسلیک شوي متن ډیجیټلي ګوتنښه (SHA-256)
doc-sign-name = نوم
doc-sign-date = نېټه
doc-sign-place = ځای

## Rights and duties, in plain words
rights-title = حقونه او مکلفیتونه
rights-agreement = دا پلان ستاسو او OCMW ترمنځ یوه هوکړه ده. تاسو دا یوځای لیکلی دی. په لاسلیک سره دواړه خواوې ژمنه کوي چې څه پکې لیکل شوي، هغه به کوي.
rights-client = ستاسو کار: هغه کړنې ترسره کوئ چې ستاسو په نوم لیکل شوې دي، ملاقاتونو ته راځئ، او که کوم کار ونه شو، په وخت خبر ورکوئ.
rights-ocmw = د OCMW کار: OCMW ستاسو سره هغسې مرسته کوي لکه څنګه چې په دې پلان کې لیکل شوي، او هغه کړنې ترسره کوي چې د OCMW په نوم لیکل شوې دي. OCMW په کال کې لږ تر لږه { $evaluations } ځله له تاسو سره یوځای پلان ګوري، چې لږ تر لږه { $in_person } ځله یې مخامخ خبرې اترې وي.
rights-change = کله چې ستاسو ژوند بدلیږي، پلان هم بدلېدای شي. تاسو او OCMW دواړه هر وخت کولای شئ د هغه د برابرولو غوښتنه وکړئ. بدل شوی پلان بیا لاسلیک کیږي.
rights-reflection = له لاسلیک مخکې کولای شئ { $reflection ->
        [one] یوه ورځ
       *[other] { $reflection } ورځې
    } د فکر کولو وخت وغواړئ او مسوده کور ته یوسئ. کولای شئ یو کس له ځان سره راولئ چې پخپله یې غوره کوئ.
rights-not-kept = که یوه هوکړه له ښه دلیل پرته پوره نه شي، leefloon په بشپړه توګه یا یوه برخه یې ځنډول کېدای شي: تر ټولو ډېر { $sanction ->
        [one] یوه میاشت
       *[other] { $sanction } میاشتې
    }، یا تر ټولو ډېر { $repeat ->
        [one] یوه میاشت
       *[other] { $repeat } میاشتې
    } که په یوه کال کې بیا پېښ شي. دا هېڅکله له خبرتیا پرته نه کیږي: لومړی یو ثبت شوی لیک ترلاسه کوئ.
rights-heard = تاسو حق لرئ چې خبره مو واورېدل شي. مخکې له دې چې پرېکړه وشي، کولای شئ خپله خبره ووایئ، او کولای شئ یو څوک له ځان سره راولئ چې مرسته درسره وکړي.
rights-no-sanction = که تاسو ښه دلیل درلود، یا که OCMW په دې پلان کې خپلې هوکړې پوره کړې نه وې، هېڅ جزا نشته.
rights-interpreter = که په خبرو اترو یا په دې پلان ښه نه پوهېږئ، کولای شئ د ترجمان غوښتنه وکړئ.
rights-copy = تاسو د دې پلان یوه کاپي ترلاسه کوئ. د مرستې لپاره یې په خپله ژبه هم اخیستلای شئ؛ هالنډي متن هغه متن دی چې قانوني اعتبار لري (الزامي متن).
rights-appeal = که د OCMW له پرېکړې سره موافق نه یاست، کولای شئ د کار محکمې (arbeidsrechtbank) ته استیناف وکړئ. د دې لپاره له هغې ورځې چې پرېکړه درته ابلاغ شوه { $appeal ->
        [one] یوه میاشت
       *[other] { $appeal } میاشتې
    } وخت لرئ.

pad-typed = زه په لاس لاسلیک نه شم کولای: زما لیکل شوی نوم زما لاسلیک ګڼل کېږي
pad-typed-hint = د هغو کسانو لپاره چې په لاس لاسلیک نه شي کولای. بیا لاندې لیکل شوی نوم د لاسلیک په چوکاټ کې ځای نیسي.

## rules
rights-meeting = که د خپل ټولنیز کارکوونکي سره د خبرو غوښتنه وکړئ، دا خبرې باید په { $meeting ->
        [one] یوه کاري ورځ
       *[other] { $meeting } کاري ورځې
    } کې وشي.
doc-reflection = د فکر کولو وخت
doc-reflection-until = دوام لري تر
doc-reflection-waived = مراجع ترې تېر شو په
sign-inside-reflection = د فکر کولو وخت تر { $date } پورې (په شمول) دوام لري. څوک چې نن لاسلیک کوي، د فکر کولو په وخت کې لاسلیک کوي. دا یوازې هغه وخت سمه ده چې مراجع پخپله ترې تېر شي: بیا دا په پلان کې ولیکئ.
## evals
doc-eval-written = لیکلي
eval-report-title = د GPMI د یوې ارزونې راپور
eval-report-kind = څنګه
eval-report-present = حاضر کسان
eval-report-fulfils = پلان شوی وخت
eval-report-extra = یوه اضافي ارزونه، له پلان شویو وختونو بهر
eval-report-rung = د ګډون په زینه کې ځای
eval-report-rung-same = بدلون نشته
eval-report-next = بله ارزونه
eval-report-next-none = لا بل وخت نه دی پلان شوی
eval-report-goals = موخې څنګه پرمخ ځي
eval-report-notes = څه بدل شول:
eval-report-actions = کړنې او څومره پرمخ تللې
eval-report-col-status = حالت
eval-report-changes = له تېرې نسخې راهیسې زیات شوي یا بدل شوي
eval-report-no-changes = هېڅ موخه یا کړنه نه ده زیاته، بدله یا لرې شوې.
eval-report-change-goal-added = نوې موخه
eval-report-change-goal-changed = موخه بدله شوه
eval-report-change-goal-removed = موخه لرې شوه
eval-report-change-action-added = نوې کړنه
eval-report-change-action-changed = کړنه بدله شوه
eval-report-change-action-removed = کړنه لرې شوه
eval-report-signatures = لاسلیک اړین نه دی. لاسلیک تاییدوي چې دا راپور سم دی.
eval-report-fingerprint = د دې راپور ډیجیټلي ګوتنښه (SHA-256)
## plan
doc-contract = هغه څه چې OCMW یې پر غاړه اخلي
doc-ocmw-actions = د OCMW کړنې
doc-domains = د فعالیت برخې
doc-ended = پای ته رسېدلی
doc-moved = دوسیه ولېږل شوه ته
sign-ended = دا پلان پای ته رسېدلی. نور نه لاسلیک کېږي.

## turn
doc-review-no = دا ژباړه تر اوسه هېڅ اصلي ویونکي نه ده کتلې.
doc-review-yes = دا ژباړه یو اصلي ویونکي کتلې ده.

## turn2
sign-binding-dutch = الزامي متن، په هالنډي ژبه:

## changes
changes-title = د { $date } له نسخې راهیسې څه بدل شوي دي؟
changes-intro = مخکې له دې چې بیا لاسلیک وکړئ، دا یوځای ولولئ. یوازې هغه څه چې دلته لیکل شوي له لاسلیک شوې نسخې سره توپیر لري.
changes-now = اوس:
changes-was = مخکې:
changes-goal-added = نوې موخه
changes-goal-removed = موخه لرې شوه
changes-goal-changed = موخه بدله شوه
changes-goal-period = د موخې لپاره بله موده
changes-action-added = نوی اقدام
changes-action-removed = اقدام لرې شو
changes-action-what = اقدام په بل ډول ولیکل شو
changes-action-who = بل څوک دا اقدام کوي
changes-action-due = د اقدام لپاره بله نېټه
changes-action-changed = اقدام بدل شو
changes-date-decision = د پرېکړې بله نېټه
changes-date-start = پلان په بله ورځ پیلېږي
changes-date-end = پلان په بله ورځ پای ته رسېږي
changes-evaluation-added = د ارزونې نوې شېبه
changes-evaluation-removed = د ارزونې شېبه لرې شوه
changes-evaluation-changed = د ارزونې شېبه په بل ډول
changes-rung = په زینه کې نوې پوړۍ
changes-part-basics = بدلون: د پلان ډول، OCMW، ټولنیز کارکوونکی یا نوم
changes-part-partners = بدلون: همکاران او د هغوی دندې
changes-part-present = بدلون: ترجمان یا باوري کس
changes-part-topics = بدلون: هغه څه چې موږ یې په اړه خبرې وکړې
changes-part-agreements = بدلون: تړونونه او هغه څه چې هر اړخ یې راوړي
changes-part-contract = بدلون: زده کړې یا هغه لګښتونه چې OCMW یې ورکوي
changes-part-evaluation-rule = بدلون: په کال کې د ارزونو شمېر
changes-part-other = بدلون: د پلان بله برخه
doc-changes-title = ضمیمه: د { $date } له نسخې راهیسې څه بدل شوي دي
doc-changes-old = د مخکینۍ نسخې ډیجیټل ګوتمهر:
doc-changes-new = د دې نسخې ډیجیټل ګوتمهر:
doc-strength = ځواک
## case file: the plain Dutch summary for the OCMW's registration software (issue #18)
case-file-title = د دوسیې لپاره لنډیز
case-file-intro = پلان په هالنډي ژبه د ساده متن په توګه، د POD MI د GPMI فورمې په ترتیب، د ثبت په سافټویر کې د ننویستلو لپاره. یوازې هغه څه چې په لاسلیک شوي پلان کې دي: له هغې بهر یادښتونه نه راځي.
case-file-intro-evaluation = دا ارزونه په هالنډي ژبه د ساده متن په توګه، د ثبت په سافټویر کې د ننویستلو لپاره. له پلان بهر یادښتونه نه راځي.
case-file-show = لنډیز وښایاست
case-file-hide = لنډیز پټ کړئ
case-file-copy = کاپي
case-file-preview-label = لنډیز، لکه څنګه چې کاپي کېږي
case-file-copied = کاپي شو. متن د ثبت په سافټویر کې ولګوئ.
case-file-downloaded = کلیپ بورډ شتون نه لري. متن د { $file } په نوم ډاونلوډ شو.
