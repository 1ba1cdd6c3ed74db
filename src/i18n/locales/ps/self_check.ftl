# Self-check. Client screens: short and friendly (Pashto uses respectful تاسو). Worker screens: neutral. Never a verdict.

self-check-view = ځان ارزونه
self-check-title = ځان ارزونه
self-check-intro = یوځای د ژوند 18 برخو ته کتل. دا کار په ټوټو کې، په څو ناستو کې هم کېدای شي: هر څه سمدلاسه خوندي کېږي.
self-check-list-title = په دې دوسیه کې ځان ارزونې
self-check-none = په دې دوسیه کې لا تر اوسه ځان ارزونه نشته.
self-check-start = نوې ځان ارزونه پیلول
self-check-item-title = د { $date } ځان ارزونه
self-check-status-unfinished = لا نه ده بشپړه شوې
self-check-status-complete = بشپړه ډکه شوې
self-check-progress-client = مراجعه کوونکی: له { $total } څخه { $answered } ځواب شوې
self-check-progress-skipped =
    { $count ->
        [one] یوه پرېښودل شوې
       *[other] { $count } پرېښودل شوې
    }
self-check-progress-worker = کارکوونکی: له { $total } څخه { $scored } ته نمره ورکړل شوې
self-check-open = پرانیستل
self-check-delete = ړنګول
self-check-confirm-delete-title = دا ځان ارزونه ړنګه شي؟
self-check-confirm-delete-body = د { $date } ځان ارزونه به له دې وسیلې پاکه شي. دا کار بېرته نه شي اړول کېدای.
self-check-confirm-delete-yes = هو، ړنګول
self-check-back-to-list = ټولې ځان ارزونې
self-check-mode-nav = د ځان ارزونې برخې
self-check-mode-client = مراجعه کوونکی یې ډکوي
self-check-mode-worker = د کارکوونکي ارزونه
self-check-mode-summary = لنډیز

## Client
self-check-client-progress = پوښتنه { $current } له { $total } څخه
self-check-client-answer-label = ستاسو ځواب
self-check-answer-good = ښه روان دی
self-check-answer-hard = کله کله ګران دی
self-check-answer-big = اوس لویه ستونزه ده
self-check-answer-private = نه غواړم ووایم
self-check-client-help = په دې کې مرسته غواړم
self-check-client-note-label = غواړئ د دې په اړه څه ووایئ؟ په خپلو خبرو؛ خالي هم پاتې کېدای شي.
self-check-client-skip = وروسته یې ځوابوم
self-check-client-back = شاته
self-check-client-next = بله
self-check-client-skipped-note = دا پوښتنه مو مخکې پرېښې وه. اوس یې ځوابولای شئ، یا یې لا څه وخت پرېږدئ.
self-check-client-saved = هر څه سمدلاسه خوندي کېږي. هر وخت چې مو زړه وي، درېدلای شئ.
self-check-client-end-title = دا وروستۍ پوښتنه وه. ډېره مننه!
self-check-client-end-body = غواړئ څه بدل کړئ؟ هر وخت کولای شئ یوې پوښتنې ته بېرته ورشئ.
self-check-client-end-open =
    { $count ->
        [one] یوه پوښتنه لا ځواب شوې نه ده:
       *[other] { $count } پوښتنې لا ځواب شوې نه دي:
    }
self-check-client-go-to = { $domain } ته تګ

## Questions for the client
self-check-q-money = د پیسو، بلونو او پورونو حال مو څنګه دی؟
self-check-q-housing = د کور حال مو څنګه دی؟
self-check-q-health = روغتیا مو څنګه ده؟
self-check-q-mind = په دې وروستیو کې ځان څنګه احساسوئ؟
self-check-q-addiction = له الکولو، نشه يي توکو، قمار یا ګولیو سره مو حال څنګه دی؟
self-check-q-family = د خپلو ماشومانو یا د بل چا پالنه مو څنګه روانه ده؟
self-check-q-childcare = ستاسو د ماشومانو د ساتنې (وړکتون یا بل ځای) حال څنګه دی؟
self-check-q-safety = په کور کې ځان څومره خوندي احساسوئ؟
self-check-q-network = له شاوخوا خلکو سره مو حال څنګه دی؟
self-check-q-structure = د ورځې نظم مو څنګه دی: له خوبه پاڅېدل، په وخت ملاقاتونو ته تلل؟
self-check-q-daily = پخلی، وینځل او د کور کارونه مو څنګه روان دي؟
self-check-q-dutch = په هالنډي ژبه خبرې کول او لوستل مو څنګه روان دي؟
self-check-q-learning = د ښوونځي، کورسونو او سندونو حال مو څنګه دی؟
self-check-q-work = د کار حال مو څنګه دی: تر اوسه مو څه کار کړی، او څه کولای شئ؟
self-check-q-attitude = د کار یا زده کړې په لور د راتلونکي ګام په اړه څه احساس لرئ؟
self-check-q-mobility = تګ راتګ مو څنګه دی: بس، ریل ګاډی، بایسکل یا موټر؟
self-check-q-papers = د کاغذونو، لیکونو او اقامت حال مو څنګه دی؟
self-check-q-digital = له موبایل، کمپیوټر، ایمیل او itsme (د پېژندنې اپ) سره مو حال څنګه دی؟

## Worker
self-check-worker-intro = د هرې برخې لپاره یوه نمره، د HIVA د ارزونې (screening) د معیار له مخې. په 3 یا 4 کې کولای شئ په نښه کړئ چې څه صدق کوي. نمره ستاسو خپله ارزونه ده، د مراجعه کوونکي د ځواب تر څنګ.
self-check-score-1 = 1 · هېڅ خنډ نشته
self-check-score-2 = 2 · خنډ شته، خو کار یا زده کړه له ملاتړ سره شونې ده
self-check-score-3 = 3 · خنډ: کار یا زده کړه اوس شونې نه ده
self-check-score-4 = 4 · زه یې (لا) نه شم ارزولای
self-check-score-none = لا نمره نه ده ورکړل شوې
self-check-worker-sub-title = څه صدق کوي؟
self-check-worker-no-subs = د دې برخې لپاره حالت په یادښت کې ولیکئ.
self-check-worker-note-label = د کارکوونکي یادښت
self-check-dutch-level-label = د هالنډي ژبې کچه
self-check-dutch-level-hint = د ښوونځي یا Huis van het Nederlands د سند له مخې، چې له دوو کلونو زوړ نه وي.
self-check-dutch-level-none = لا نه دی ډک شوی
self-check-dutch-level-unknown = نامعلوم
self-check-dutch-level-below-1-1 = له 1.1 ټیټه
self-check-dutch-level-1-1 = 1.1
self-check-dutch-level-1-2 = 1.2
self-check-dutch-level-2-1 = 2.1
self-check-dutch-level-2-2 = 2.2
self-check-dutch-level-2-3 = 2.3
self-check-dutch-level-2-4 = 2.4
self-check-dutch-level-learned = بشپړه زده شوې
self-check-latin-reading = په لاتیني لیک لوستل
self-check-latin-writing = په لاتیني لیک لیکل
self-check-yes = هو
self-check-no = نه
self-check-not-known = لا معلوم نه دی

## Sub-items (with score 3 or 4)
self-check-sub-money-debts = پورونه
self-check-sub-money-mediation = د پورونو په منځګړیتوب (schuldbemiddeling) کې
self-check-sub-money-basic-needs = د خوړو، جامو یا کرایې لپاره بسنه نه کوي
self-check-sub-housing-no-address = ثابته پته نه لري، یا د شپې په پناه ځای کې دی
self-check-sub-housing-unhealthy = کور جدي ستونزې لري، یا د اوسېدو وړ نه دی اعلان شوی
self-check-sub-housing-must-move = ژر باید کور پرېږدي، یا ډېر ځله کور بدلوي
self-check-sub-housing-transit = په لنډمهاله (انتقالي) کور کې اوسېږي
self-check-sub-health-illness = ناروغي کار یا زده کړه ګرانوي
self-check-sub-health-diagnosis = پېژندل شوې ناروغي، له طبي سندونو سره
self-check-sub-health-complaints = روغتیايي ستونزې
self-check-sub-health-pregnancy = امیندواري یا د زېږون رخصتي
self-check-sub-health-disability = معلولیت
self-check-sub-health-work-disability = رسمي منل شوی کاري معلولیت
self-check-sub-family-parenting = د ماشومانو روزنه او ورسره چلند
self-check-sub-family-child-needs = داسې ماشوم چې ځانګړې پاملرنې ته اړتیا لري
self-check-sub-family-single-parent = یوازې مور یا پلار (ماشومان یوازې پالي)
self-check-sub-family-care-task = په کور کې د معلول، ډېر زاړه یا اوږدمهاله ناروغ کس پالنه کوي
self-check-sub-childcare-waiting-list = غوښتنه یې کړې، خو د انتظار لېست اوږد دی
self-check-sub-childcare-no-informal = په کورنۍ یا ملګرو کې څوک نشته چې ماشومان وساتي
self-check-sub-childcare-unknown-options = لا امکانات او د غوښتنې لاره نه پېژني
self-check-sub-safety-relationship = له ژوند ملګري، کورنۍ یا نورو سره ترینګلتیا
self-check-sub-safety-violence = په کورنۍ کې تاوتریخوالی
self-check-sub-network-no-social = لږ یا هېڅ ملګري او پېژندګلوي نه لري
self-check-sub-network-no-family = نږدې کورنۍ نه لري
self-check-sub-network-family-against-work = کورنۍ د کار کولو ملاتړ نه کوي
self-check-sub-network-nobody-works = په کورنۍ یا ملګرو کې هېڅوک کار نه کوي
self-check-sub-structure-no-rhythm = د ورځې ثابت نظم نه لري
self-check-sub-structure-missed-appointments = کله کله ملاقاتونه له لاسه ورکوي
self-check-sub-structure-documents = اړین اسناد له ځان سره ملاقات ته نه راوړي
self-check-sub-daily-hygiene = پاکوالی (حفظ الصحه)
self-check-sub-daily-appearance = پاک او سوتره ښکارېدل
self-check-sub-daily-household = د کور چارې نه شي سمبالولای
self-check-sub-dutch-express = خپل فکرونه په خبرو بیانول ورته ګران دي
self-check-sub-dutch-oral = په خوله خبرې اترې لا نه شي کولای
self-check-sub-dutch-written = په لیکلي ډول اړیکه لا نه شي نیولای
self-check-sub-dutch-illiterate = لوستل او لیکل نه شي کولای
self-check-sub-learning-inactive = اوږدې مودې پرته له کار یا زده کړې
self-check-sub-learning-no-choices = لا یې د یوې رشتې په اړه سوچ شوې پرېکړه نه ده کړې
self-check-sub-learning-history = د ښوونځي او کار تېر حالت بیانول ګران دي
self-check-sub-learning-recognition = بهرنی سند (ډیپلوم) لا نه دی منل شوی
self-check-sub-work-guided-only = پخواني کارونه یې یوازې له ډېر نږدې ملاتړ سره کړي
self-check-sub-work-unrealistic = د دندې، معاش یا کار ځای په اړه هیلې له واقعیت سره سمون نه خوري
self-check-sub-work-overestimates = خپل توان تر واقعیت لوړ ګڼي
self-check-sub-work-expectations = لا ښه نه پوهېږي چې کار ځای ترې څه تمه لري
self-check-sub-attitude-no-steps = لا پخپله ګامونه نه اخلي
self-check-sub-attitude-gives-up = د ستونزې په مخ کې ژر لاس اخلي
self-check-sub-attitude-motivation = اوس د څه بدلون لپاره دلیل نه ویني
self-check-sub-attitude-one-target = له اوږد لټون وروسته هم یوازې پر یوه دنده ټینګ دی
self-check-sub-attitude-interaction = له نورو یا له مقرراتو سره چلند ورته ګران دی
self-check-sub-mobility-no-transport = نه خپله وسیله لري او نه عامه ترانسپورت
self-check-sub-mobility-public-know-how = عامه ترانسپورت: نه پوهېږي چې څنګه یې وکاروي، یا یې د لګښت توان نه لري
self-check-sub-mobility-no-public = نږدې عامه ترانسپورت نشته
self-check-sub-mobility-distance = معلومه نه ده چې مراجعه کوونکی تر کوم واټن پورې سفر کولای شي
self-check-sub-papers-not-independent = اداري کاغذونه یوازې نه شي سمبالولای
self-check-sub-papers-obligations = د خپلو مکلفیتونو (پته، ziekenfonds یا روغتیايي بیمه) په اړه لږ معلومات لري
self-check-sub-papers-self-employed = د پخواني شخصي کاروبار اداري کارونه
self-check-sub-papers-work-permit = د کار معتبر جواز یا اقامت نه لري
self-check-sub-papers-justice = له عدلي سیستم (محکمه، پولیس) سره اړیکه
self-check-sub-digital-no-device = موبایل، کمپیوټر یا انټرنېټ نه لري
self-check-sub-digital-no-email = ایمیل آدرس نه لري
self-check-sub-digital-no-eid = itsme یا eID (برېښنايي تذکره) لا نه شي کارولای
self-check-sub-digital-no-vdab = د VDAB حساب نه لري

## Suggested actions (for the plan)
self-check-act-money-debt-mediation = یوځای د پورونو منځګړیتوب ته تلل
self-check-act-money-budget-guidance = د بودیجې (لګښتونو) لارښوونه پیلول
self-check-act-housing-search-together = یوځای د کور لټول
self-check-act-housing-reference-address = د مرجع پتې (referentieadres) غوښتنه کول
self-check-act-health-see-doctor = له کورني ډاکټر سره وخت اخیستل
self-check-act-health-check-limits = کتل چې له جسمي پلوه څه شوني دي
self-check-act-mind-talk-counsellor = له ارواپوه یا مشاور سره خبرې
self-check-act-mind-refer-care = یوځای د مناسبې پاملرنې لټول
self-check-act-addiction-contact-service = د اعتیاد د درملنې له خدمت سره اړیکه نیول
self-check-act-addiction-talk-doctor = له کورني ډاکټر سره پرې خبرې کول
self-check-act-family-parenting-support = د ماشومانو په روزنه کې د ملاتړ لټول
self-check-act-family-relieve-care = لټول چې څوک د پالنې بار سپکولای شي
self-check-act-childcare-find-place = یوځای د ماشومانو د ساتنې لپاره ځای لټول
self-check-act-childcare-informal = په کورنۍ یا ملګرو کې د ماشومانو ساتنه کتل
self-check-act-safety-safe-talk = یوازې له ټولنیز کارکوونکي سره خوندي خبرې
self-check-act-safety-contact-support = له مرستندویه تلیفوني کرښې یا د باور مرکز سره اړیکه
self-check-act-network-meeting-place = په سیمه کې د خلکو د لیدو کتو ځای ته تلل
self-check-act-network-volunteering = رضاکاره کار ازمویل
self-check-act-structure-week-plan = یوځای د اونۍ پلان جوړول
self-check-act-structure-reminders = د ملاقاتونو لپاره یادونې ټاکل
self-check-act-daily-home-support = په کور کې د مرستې امکان کتل
self-check-act-daily-practice = د کور د کارونو تمرین
self-check-act-dutch-course = د هالنډي ژبې کورس ته نوم لیکل
self-check-act-dutch-conversation-table = د خبرو مېز (praattafel) ته تلل
self-check-act-learning-diploma-recognition = سند (ډیپلوم) منل کول (NARIC)
self-check-act-learning-training = یوه روزنه یا زده کړه ټاکل
self-check-act-work-cv = یوځای د ژوند لیک (CV) جوړول
self-check-act-work-job-coach = له دندې روزونکي (jobcoach) سره پېژندګلوي
self-check-act-attitude-small-steps = پر یوه لومړي کوچني ګام هوکړه
self-check-act-attitude-orientation = د پېژندنې دوره یا لنډه ازمایښتي کارموزي (snuffelstage)
self-check-act-mobility-transport-pass = د بس یا ریل ګاډي د میاشتني کارت (abonnement) غوښتنه
self-check-act-mobility-bike-or-licence = بایسکل زده کول یا د موټر چلولو جواز اخیستل
self-check-act-papers-sort-together = یوځای کاغذونه ترتیبول
self-check-act-papers-residence-advice = د اقامت یا د کار جواز په اړه مشوره غوښتل
self-check-act-digital-course = د کمپیوټر کورس ویل
self-check-act-digital-eid-setup = یوځای itsme یا د eID لوستونکی چمتو کول

## Summary
self-check-summary-chart-title = دواړه غږونه څنګ په څنګ
self-check-summary-chart-hint = د هرې برخې لپاره د مراجعه کوونکي ځواب او د کارکوونکي نمره. ≠ ښيي چې چېرې توپیر لري: هلته د خبرو لپاره ښه ځای دی.
self-check-summary-table-caption = د هرې برخې ځوابونه
self-check-col-domain = برخه
self-check-col-client = مراجعه کوونکی
self-check-col-worker = کارکوونکی
self-check-col-marks = د پام وړ
self-check-diff = توپیر
self-check-precondition = لومړنی شرط
self-check-not-answered = لا ځواب شوې نه ده
self-check-skipped = پرېښودل شوې
self-check-wants-help = مرسته غواړي
self-check-summary-diff-title = چېرته چې ځوابونه توپیر لري
self-check-summary-diff-none = لا د دواړو ځوابونو ترمنځ توپیر نشته.
self-check-summary-pre-title = لومړني شرطونه
self-check-summary-pre-hint = کارکوونکي ورته 3 نمره ورکړې. ډېری OCMW ګانې لومړی پر همدې کار کوي.
self-check-summary-pre-none = هېڅ لومړنی شرط نه دی په نښه شوی.
self-check-summary-help-title = مراجعه کوونکی په دې برخو کې مرسته غواړي
self-check-summary-help-none = لا د مرستې غوښتنه نه ده په نښه شوې.
self-check-summary-actions = شوني ګامونه
self-check-summary-client-note = په خپلو خبرو
self-check-summary-changes-title = د { $date } له ځان ارزونې راهیسې څه بدل شول
self-check-summary-changes-none = له تېرې ځان ارزونې راهیسې هېڅ بدلون نه دی راغلی.
self-check-summary-first = دا لومړۍ ځان ارزونه ده: لا د پرتلې لپاره څه نشته.
self-check-voice-client = مراجعه کوونکی
self-check-voice-worker = کارکوونکی
self-check-change-eased = اسانه شوی
self-check-change-harder = سخت شوی
self-check-change-line = { $domain } ({ $voice }): { $from } ← { $to }

self-check-add-to-plan = پلان ته اضافه کول
self-check-add-to-plan-named = «{ $action }» پلان ته اضافه کول
self-check-in-plan = په پلان کې شته

## rules
self-check-sub-money-unemployment-trap = د بېکارۍ د دام خطر: کار کول لږ یا هېڅ اضافي عاید نه راوړي
