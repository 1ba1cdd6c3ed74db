# Self-check. Client screens: short and friendly (Pashto uses respectful تاسو). Worker screens: neutral. Never a verdict.

sc-view = ځان ارزونه
sc-title = ځان ارزونه
sc-intro = یوځای د ژوند ۱۸ برخو ته کتل. دا کار په ټوټو کې، په څو ناستو کې هم کېدای شي: هر څه سمدلاسه خوندي کېږي.
sc-list-title = په دې دوسیه کې ځان ارزونې
sc-none = په دې دوسیه کې لا تر اوسه ځان ارزونه نشته.
sc-start = نوې ځان ارزونه پیلول
sc-item-title = د { $date } ځان ارزونه
sc-status-unfinished = لا نه ده بشپړه شوې
sc-status-complete = بشپړه ډکه شوې
sc-progress-client = مراجعه کوونکی: له { $total } څخه { $answered } ځواب شوې
sc-progress-skipped =
    { $count ->
        [one] یوه پرېښودل شوې
       *[other] { $count } پرېښودل شوې
    }
sc-progress-worker = کارکوونکی: له { $total } څخه { $scored } ته نمره ورکړل شوې
sc-open = پرانیستل
sc-delete = ړنګول
sc-confirm-delete-title = دا ځان ارزونه ړنګه شي؟
sc-confirm-delete-body = د { $date } ځان ارزونه به له دې وسیلې پاکه شي. دا کار بېرته نه شي اړول کېدای.
sc-confirm-delete-yes = هو، ړنګول
sc-back-to-list = ټولې ځان ارزونې
sc-mode-nav = د ځان ارزونې برخې
sc-mode-client = مراجعه کوونکی یې ډکوي
sc-mode-worker = د کارکوونکي ارزونه
sc-mode-summary = لنډیز

## Client
sc-client-progress = پوښتنه { $current } له { $total } څخه
sc-client-answer-label = ستاسو ځواب
sc-answer-good = ښه روان دی
sc-answer-hard = کله کله ګران دی
sc-answer-big = اوس لویه ستونزه ده
sc-answer-private = نه غواړم ووایم
sc-client-help = په دې کې مرسته غواړم
sc-client-note-label = غواړئ د دې په اړه څه ووایئ؟ په خپلو خبرو؛ خالي هم پاتې کېدای شي.
sc-client-skip = وروسته یې ځوابوم
sc-client-back = شاته
sc-client-next = بله
sc-client-skipped-note = دا پوښتنه مو مخکې پرېښې وه. اوس یې ځوابولای شئ، یا یې لا څه وخت پرېږدئ.
sc-client-saved = هر څه سمدلاسه خوندي کېږي. هر وخت چې مو زړه وي، درېدلای شئ.
sc-client-end-title = دا وروستۍ پوښتنه وه. ډېره مننه!
sc-client-end-body = غواړئ څه بدل کړئ؟ هر وخت کولای شئ یوې پوښتنې ته بېرته ورشئ.
sc-client-end-open =
    { $count ->
        [one] یوه پوښتنه لا ځواب شوې نه ده:
       *[other] { $count } پوښتنې لا ځواب شوې نه دي:
    }
sc-client-go-to = { $domain } ته تګ

## Questions for the client
sc-q-money = د پیسو، بلونو او پورونو حال مو څنګه دی؟
sc-q-housing = د کور حال مو څنګه دی؟
sc-q-health = روغتیا مو څنګه ده؟
sc-q-mind = په دې وروستیو کې ځان څنګه احساسوئ؟
sc-q-addiction = له الکولو، نشه يي توکو، قمار یا ګولیو سره مو حال څنګه دی؟
sc-q-family = د خپلو ماشومانو یا د بل چا پالنه مو څنګه روانه ده؟
sc-q-childcare = ستاسو د ماشومانو د ساتنې (وړکتون یا بل ځای) حال څنګه دی؟
sc-q-safety = په کور کې ځان څومره خوندي احساسوئ؟
sc-q-network = له شاوخوا خلکو سره مو حال څنګه دی؟
sc-q-structure = د ورځې نظم مو څنګه دی: له خوبه پاڅېدل، په وخت ملاقاتونو ته تلل؟
sc-q-daily = پخلی، وینځل او د کور کارونه مو څنګه روان دي؟
sc-q-dutch = په هالنډي ژبه خبرې کول او لوستل مو څنګه روان دي؟
sc-q-learning = د ښوونځي، کورسونو او سندونو حال مو څنګه دی؟
sc-q-work = د کار حال مو څنګه دی: تر اوسه مو څه کار کړی، او څه کولای شئ؟
sc-q-attitude = د کار یا زده کړې په لور د راتلونکي ګام په اړه څه احساس لرئ؟
sc-q-mobility = تګ راتګ مو څنګه دی: بس، ریل ګاډی، بایسکل یا موټر؟
sc-q-papers = د کاغذونو، لیکونو او اقامت حال مو څنګه دی؟
sc-q-digital = له موبایل، کمپیوټر، ایمیل او itsme (د پېژندنې اپ) سره مو حال څنګه دی؟

## Worker
sc-worker-intro = د هرې برخې لپاره یوه نمره، د HIVA د ارزونې (screening) د معیار له مخې. په ۳ یا ۴ کې کولای شئ په نښه کړئ چې څه صدق کوي. نمره ستاسو خپله ارزونه ده، د مراجعه کوونکي د ځواب تر څنګ.
sc-score-1 = ۱ · هېڅ خنډ نشته
sc-score-2 = ۲ · خنډ شته، خو کار یا زده کړه له ملاتړ سره شونې ده
sc-score-3 = ۳ · خنډ: کار یا زده کړه اوس شونې نه ده
sc-score-4 = ۴ · زه یې (لا) نه شم ارزولای
sc-score-none = لا نمره نه ده ورکړل شوې
sc-worker-sub-title = څه صدق کوي؟
sc-worker-no-subs = د دې برخې لپاره حالت په یادښت کې ولیکئ.
sc-worker-note-label = د کارکوونکي یادښت
sc-dutch-level-label = د هالنډي ژبې کچه
sc-dutch-level-hint = د ښوونځي یا Huis van het Nederlands د سند له مخې، چې له دوو کلونو زوړ نه وي.
sc-dutch-level-none = لا نه دی ډک شوی
sc-dutch-level-unknown = نامعلوم
sc-dutch-level-below-1-1 = له 1.1 ټیټه
sc-dutch-level-1-1 = 1.1
sc-dutch-level-1-2 = 1.2
sc-dutch-level-2-1 = 2.1
sc-dutch-level-2-2 = 2.2
sc-dutch-level-2-3 = 2.3
sc-dutch-level-2-4 = 2.4
sc-dutch-level-learned = بشپړه زده شوې
sc-latin-reading = په لاتیني لیک لوستل
sc-latin-writing = په لاتیني لیک لیکل
sc-yes = هو
sc-no = نه
sc-not-known = لا معلوم نه دی

## Sub-items (with score 3 or 4)
sc-sub-money-debts = پورونه
sc-sub-money-mediation = د پورونو په منځګړیتوب (schuldbemiddeling) کې
sc-sub-money-basic-needs = د خوړو، جامو یا کرایې لپاره بسنه نه کوي
sc-sub-housing-no-address = ثابته پته نه لري، یا د شپې په پناه ځای کې دی
sc-sub-housing-unhealthy = کور جدي ستونزې لري، یا د اوسېدو وړ نه دی اعلان شوی
sc-sub-housing-must-move = ژر باید کور پرېږدي، یا ډېر ځله کور بدلوي
sc-sub-housing-transit = په لنډمهاله (انتقالي) کور کې اوسېږي
sc-sub-health-illness = ناروغي کار یا زده کړه ګرانوي
sc-sub-health-diagnosis = پېژندل شوې ناروغي، له طبي سندونو سره
sc-sub-health-complaints = روغتیايي ستونزې
sc-sub-health-pregnancy = امیندواري یا د زېږون رخصتي
sc-sub-health-disability = معلولیت
sc-sub-health-work-disability = رسمي منل شوی کاري معلولیت
sc-sub-family-parenting = د ماشومانو روزنه او ورسره چلند
sc-sub-family-child-needs = داسې ماشوم چې ځانګړې پاملرنې ته اړتیا لري
sc-sub-family-single-parent = یوازې مور یا پلار (ماشومان یوازې پالي)
sc-sub-family-care-task = په کور کې د معلول، ډېر زاړه یا اوږدمهاله ناروغ کس پالنه کوي
sc-sub-childcare-waiting-list = غوښتنه یې کړې، خو د انتظار لېست اوږد دی
sc-sub-childcare-no-informal = په کورنۍ یا ملګرو کې څوک نشته چې ماشومان وساتي
sc-sub-childcare-unknown-options = لا امکانات او د غوښتنې لاره نه پېژني
sc-sub-safety-relationship = له ژوند ملګري، کورنۍ یا نورو سره ترینګلتیا
sc-sub-safety-violence = په کورنۍ کې تاوتریخوالی
sc-sub-network-no-social = لږ یا هېڅ ملګري او پېژندګلوي نه لري
sc-sub-network-no-family = نږدې کورنۍ نه لري
sc-sub-network-family-against-work = کورنۍ د کار کولو ملاتړ نه کوي
sc-sub-network-nobody-works = په کورنۍ یا ملګرو کې هېڅوک کار نه کوي
sc-sub-structure-no-rhythm = د ورځې ثابت نظم نه لري
sc-sub-structure-missed-appointments = کله کله ملاقاتونه له لاسه ورکوي
sc-sub-structure-documents = اړین اسناد له ځان سره ملاقات ته نه راوړي
sc-sub-daily-hygiene = پاکوالی (حفظ الصحه)
sc-sub-daily-appearance = پاک او سوتره ښکارېدل
sc-sub-daily-household = د کور چارې نه شي سمبالولای
sc-sub-dutch-express = خپل فکرونه په خبرو بیانول ورته ګران دي
sc-sub-dutch-oral = په خوله خبرې اترې لا نه شي کولای
sc-sub-dutch-written = په لیکلي ډول اړیکه لا نه شي نیولای
sc-sub-dutch-illiterate = لوستل او لیکل نه شي کولای
sc-sub-learning-inactive = اوږدې مودې پرته له کار یا زده کړې
sc-sub-learning-no-choices = لا یې د یوې رشتې په اړه سوچ شوې پرېکړه نه ده کړې
sc-sub-learning-history = د ښوونځي او کار تېر حالت بیانول ګران دي
sc-sub-learning-recognition = بهرنی سند (ډیپلوم) لا نه دی منل شوی
sc-sub-work-guided-only = پخواني کارونه یې یوازې له ډېر نږدې ملاتړ سره کړي
sc-sub-work-unrealistic = د دندې، معاش یا کار ځای په اړه هیلې له واقعیت سره سمون نه خوري
sc-sub-work-overestimates = خپل توان تر واقعیت لوړ ګڼي
sc-sub-work-expectations = لا ښه نه پوهېږي چې کار ځای ترې څه تمه لري
sc-sub-attitude-no-steps = لا پخپله ګامونه نه اخلي
sc-sub-attitude-gives-up = د ستونزې په مخ کې ژر لاس اخلي
sc-sub-attitude-motivation = اوس د څه بدلون لپاره دلیل نه ویني
sc-sub-attitude-one-target = له اوږد لټون وروسته هم یوازې پر یوه دنده ټینګ دی
sc-sub-attitude-interaction = له نورو یا له مقرراتو سره چلند ورته ګران دی
sc-sub-mobility-no-transport = نه خپله وسیله لري او نه عامه ترانسپورت
sc-sub-mobility-public-know-how = عامه ترانسپورت: نه پوهېږي چې څنګه یې وکاروي، یا یې د لګښت توان نه لري
sc-sub-mobility-no-public = نږدې عامه ترانسپورت نشته
sc-sub-mobility-distance = معلومه نه ده چې مراجعه کوونکی تر کوم واټن پورې سفر کولای شي
sc-sub-papers-not-independent = اداري کاغذونه یوازې نه شي سمبالولای
sc-sub-papers-obligations = د خپلو مکلفیتونو (پته، ziekenfonds یا روغتیايي بیمه) په اړه لږ معلومات لري
sc-sub-papers-self-employed = د پخواني شخصي کاروبار اداري کارونه
sc-sub-papers-work-permit = د کار معتبر جواز یا اقامت نه لري
sc-sub-papers-justice = له عدلي سیستم (محکمه، پولیس) سره اړیکه
sc-sub-digital-no-device = موبایل، کمپیوټر یا انټرنېټ نه لري
sc-sub-digital-no-email = ایمیل آدرس نه لري
sc-sub-digital-no-eid = itsme یا eID (برېښنايي تذکره) لا نه شي کارولای
sc-sub-digital-no-vdab = د VDAB حساب نه لري

## Suggested actions (for the plan)
sc-act-money-debt-mediation = یوځای د پورونو منځګړیتوب ته تلل
sc-act-money-budget-guidance = د بودیجې (لګښتونو) لارښوونه پیلول
sc-act-housing-search-together = یوځای د کور لټول
sc-act-housing-reference-address = د مرجع پتې (referentieadres) غوښتنه کول
sc-act-health-see-doctor = له کورني ډاکټر سره وخت اخیستل
sc-act-health-check-limits = کتل چې له جسمي پلوه څه شوني دي
sc-act-mind-talk-counsellor = له ارواپوه یا مشاور سره خبرې
sc-act-mind-refer-care = یوځای د مناسبې پاملرنې لټول
sc-act-addiction-contact-service = د اعتیاد د درملنې له خدمت سره اړیکه نیول
sc-act-addiction-talk-doctor = له کورني ډاکټر سره پرې خبرې کول
sc-act-family-parenting-support = د ماشومانو په روزنه کې د ملاتړ لټول
sc-act-family-relieve-care = لټول چې څوک د پالنې بار سپکولای شي
sc-act-childcare-find-place = یوځای د ماشومانو د ساتنې لپاره ځای لټول
sc-act-childcare-informal = په کورنۍ یا ملګرو کې د ماشومانو ساتنه کتل
sc-act-safety-safe-talk = یوازې له ټولنیز کارکوونکي سره خوندي خبرې
sc-act-safety-contact-support = له مرستندویه تلیفوني کرښې یا د باور مرکز سره اړیکه
sc-act-network-meeting-place = په سیمه کې د خلکو د لیدو کتو ځای ته تلل
sc-act-network-volunteering = رضاکاره کار ازمویل
sc-act-structure-week-plan = یوځای د اونۍ پلان جوړول
sc-act-structure-reminders = د ملاقاتونو لپاره یادونې ټاکل
sc-act-daily-home-support = په کور کې د مرستې امکان کتل
sc-act-daily-practice = د کور د کارونو تمرین
sc-act-dutch-course = د هالنډي ژبې کورس ته نوم لیکل
sc-act-dutch-conversation-table = د خبرو مېز (praattafel) ته تلل
sc-act-learning-diploma-recognition = سند (ډیپلوم) منل کول (NARIC)
sc-act-learning-training = یوه روزنه یا زده کړه ټاکل
sc-act-work-cv = یوځای د ژوند لیک (CV) جوړول
sc-act-work-job-coach = له دندې روزونکي (jobcoach) سره پېژندګلوي
sc-act-attitude-small-steps = پر یوه لومړي کوچني ګام هوکړه
sc-act-attitude-orientation = د پېژندنې دوره یا لنډه ازمایښتي کارموزي (snuffelstage)
sc-act-mobility-transport-pass = د بس یا ریل ګاډي د میاشتني کارت (abonnement) غوښتنه
sc-act-mobility-bike-or-licence = بایسکل زده کول یا د موټر چلولو جواز اخیستل
sc-act-papers-sort-together = یوځای کاغذونه ترتیبول
sc-act-papers-residence-advice = د اقامت یا د کار جواز په اړه مشوره غوښتل
sc-act-digital-course = د کمپیوټر کورس ویل
sc-act-digital-eid-setup = یوځای itsme یا د eID لوستونکی چمتو کول

## Summary
sc-summary-chart-title = دواړه غږونه څنګ په څنګ
sc-summary-chart-hint = د هرې برخې لپاره د مراجعه کوونکي ځواب او د کارکوونکي نمره. ≠ ښيي چې چېرې توپیر لري: هلته د خبرو لپاره ښه ځای دی.
sc-summary-table-caption = د هرې برخې ځوابونه
sc-col-domain = برخه
sc-col-client = مراجعه کوونکی
sc-col-worker = کارکوونکی
sc-col-marks = د پام وړ
sc-diff = توپیر
sc-precondition = لومړنی شرط
sc-not-answered = لا ځواب شوې نه ده
sc-skipped = پرېښودل شوې
sc-wants-help = مرسته غواړي
sc-summary-diff-title = چېرته چې ځوابونه توپیر لري
sc-summary-diff-none = لا د دواړو ځوابونو ترمنځ توپیر نشته.
sc-summary-pre-title = لومړني شرطونه
sc-summary-pre-hint = کارکوونکي ورته ۳ نمره ورکړې. ډېری OCMW ګانې لومړی پر همدې کار کوي.
sc-summary-pre-none = هېڅ لومړنی شرط نه دی په نښه شوی.
sc-summary-help-title = مراجعه کوونکی په دې برخو کې مرسته غواړي
sc-summary-help-none = لا د مرستې غوښتنه نه ده په نښه شوې.
sc-summary-actions = شوني ګامونه
sc-summary-client-note = په خپلو خبرو
sc-summary-changes-title = د { $date } له ځان ارزونې راهیسې څه بدل شول
sc-summary-changes-none = له تېرې ځان ارزونې راهیسې هېڅ بدلون نه دی راغلی.
sc-summary-first = دا لومړۍ ځان ارزونه ده: لا د پرتلې لپاره څه نشته.
sc-voice-client = مراجعه کوونکی
sc-voice-worker = کارکوونکی
sc-change-eased = اسانه شوی
sc-change-harder = سخت شوی
sc-change-line = { $domain } ({ $voice }): { $from } ← { $to }

sc-add-to-plan = پلان ته اضافه کول
sc-add-to-plan-named = «{ $action }» پلان ته اضافه کول
sc-in-plan = په پلان کې شته
