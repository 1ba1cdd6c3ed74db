# Trede: the GPMI, drafted together (Pashto)
# Tone: invitations, plain words. Sanctions are stated plainly, without threat.

plan-view = پلان (GPMI)
plan-title = په ټولنه کې د ګډون پلان (GPMI)
plan-intro = دا پلان تاسو یوځای لیکئ. ګامونه په هغه ترتیب اخیستلای شئ چې درته مناسب وي، او هر وخت چې وغواړئ درېدلای شئ: هر څه د لیکلو پر مهال خوندي کېږي او له هماغه ځایه دوام کوي چې پرې پاتې شوي وئ.
plan-undo = بېرته اړول
plan-redo = بیا کول
plan-steps-label = د پلان ګامونه
plan-previous = شاته: { $step }
plan-next = مخکې: { $step }
plan-choose = وټاکئ…
plan-unknown = لا معلوم نه دی
plan-not-set = لا نه دی ټاکل شوی
plan-not-filled = لا نه دی ډک شوی
plan-no-owner = لا هېڅوک نه
plan-no-date = لا نېټه نشته
plan-unnamed-action = یوه کړنه بې له تشریح

## Steps
plan-step-basics = د پلان په اړه
plan-step-topics = ستاسو کیسه
plan-step-goals = موخې
plan-step-actions = کړنې
plan-step-agreements = هوکړې
plan-step-review = بیا لوستل
plan-step-evaluations = ارزونې
plan-step-basics-title = کوم پلان، او څوک پکې ګډون کوي
plan-step-topics-title = په خپلو خبرو
plan-step-goals-title = غواړئ څه ته ورسېږئ؟
plan-step-actions-title = څوک څه کوي، او تر کومې نېټې؟
plan-step-agreements-title = پر څه هوکړه کوو
plan-step-review-title = یوځای بیا لوستل
plan-step-evaluations-title = یوځای شاته کتل

## Deadline
plan-deadline-by = OCMW باید دا پلان تر { $date } پورې وتړي. د leefloon له پرېکړې وروسته موده { $months ->
        [one] یوه میاشت
       *[other] { $months } میاشتې
    } ده.
plan-deadline-close = OCMW باید دا پلان تر { $date } پورې وتړي: { $days ->
        [0] دا نن ده.
        [one] یوه ورځ پاتې ده.
       *[other] { $days } ورځې پاتې دي.
    }
plan-deadline-past = OCMW باید دا پلان تر { $date } پورې تړلی وای، { $days ->
        [one] یوه ورځ مخکې.
       *[other] { $days } ورځې مخکې.
    } دا موده تېره شوې ده: OCMW اوس پلان د مراجع سره ژر تر ژره بشپړوي.

## Basics
plan-kind-title = پلان
plan-type-label = د پلان ډول
plan-type-employment = د کار په لور
plan-type-training = د زده کړې یا تحصیل په لور
plan-type-activation = ټولنیز فعالول
plan-decision-label = د leefloon (د ژوند د لګښت مرسته) په اړه د پرېکړې نېټه
plan-decision-hint = پلان له دې نېټې وروسته په 3 میاشتو کې دننه لاسلیک کېږي.
plan-start-label = پلان پیلېږي په
plan-end-label = پلان پای ته رسېږي په
plan-period = موده
plan-why-title = ولې پلان شته
plan-birth-label = د زېږېدو نېټه
plan-birth-hint = یوازې د دې لپاره چې معلومه شي پلان اجباري دی که نه.
plan-recent-right-label = ایا مراجع د پرېکړې نه مخکې موده کې ({ $months ->
        [one] یوه میاشت
       *[other] { $months } میاشتې
    }) د ټولنیز یووالي حق درلود؟
plan-recent-right-no = نه، په هغه موده کې یې حق نه درلود
plan-recent-right-yes = هو، په هغه موده کې یې حق درلود
plan-asked-client = مراجعه کوونکي د پلان غوښتنه وکړه
plan-asked-ocmw = OCMW د پلان غوښتنه وکړه
plan-mandate-required = پلان اجباري دی، ځکه چې:
plan-mandate-not-required = د مقرراتو له مخې پلان اجباري نه دی. خو د غوښتنې پر بنسټ جوړېدای شي.
plan-mandate-unknown = د زېږون نېټه ولیکئ او دا چې مراجع په تېرو میاشتو کې د ټولنیز یووالي حق درلود که نه. بیا به وګورئ چې پلان اړین دی که نه.
plan-ground-under25 = مراجعه کوونکی له 25 کلونو کم عمر لري
plan-ground-new = مراجع په تېره موده کې ({ $months ->
        [one] یوه میاشت
       *[other] { $months } میاشتې
    }) د ټولنیز یووالي حق نه درلود
plan-ground-client = مراجعه کوونکي یې غوښتنه وکړه
plan-ground-ocmw = OCMW یې غوښتنه وکړه
plan-override-label = د ټولنیز کارکوونکي نظر
plan-override-none = د مقرراتو پیروي
plan-override-required = بیا هم اجباري
plan-override-optional = بیا هم اجباري نه
plan-override-reason = د دې نظر دلیل
plan-parties-title = څوک ګډون کوي
plan-worker-label = ټولنیز کارکوونکی
plan-ocmw-label = OCMW
plan-third-legend = همکار { $n }
plan-third-name = نوم
plan-third-role = رول (د بېلګې په توګه د پورونو منځګړی)
plan-third-tasks = دا همکار څه پر غاړه اخلي
plan-third-add = همکار اضافه کول
plan-third-remove = دا همکار لرې کول
plan-support-label = د مراجعه کوونکي تر څنګ یو څوک
plan-support-none = هېڅوک
plan-support-interpreter = ترجمان
plan-support-support = د باور وړ کس
plan-support-name = نوم

## Topics
plan-topics-intro = هغه څه ولیکئ چې مراجعه کوونکی یې وایي، په خپلو خبرو. دلته هېڅ شی ازموینه نه ده.
plan-topic-needs = تاسو څه ته اړتیا لرئ؟
plan-topic-needs-hint = د بېلګې په توګه: د پیسو له پلوه ډاډ، کور، د ماشومانو ساتنه.
plan-topic-challenges = اوس ستاسو لپاره څه ګران دي؟
plan-topic-challenges-hint = هغه شیان چې مخه مو نیسي، لوی وي که کوچني.
plan-topic-goals = غواړئ څه ته ورسېږئ، یا له څه ډډه وکړئ؟
plan-topic-goals-hint = د بېلګې په توګه: کار پیدا کول، نوي پورونه نه اخیستل.
plan-topic-future = خپل راتلونکی څنګه وینئ؟
plan-topic-future-hint = غواړئ یو یا دوه کاله وروسته چېرته اوسئ؟
plan-topic-role = غواړئ د نورو خلکو په منځ کې څه رول ولرئ؟
plan-topic-role-hint = د ځان او نورو لپاره: په کار کې، په ګاونډ کې، په کور کې.

## Goals
plan-goals-intro = څو موخې بس دي. د هرې موخې سره لیکل کېږي چې ستاسو لپاره ولې مهمه ده.
plan-goals-empty = لا موخې نشته. راځئ چې لومړۍ اضافه کړو؟
plan-goal-legend = موخه { $n }
plan-goal-title = موخه
plan-goal-domain = د ژوند برخه
plan-goal-from = له
plan-goal-until = تر
plan-goal-why = دا ستاسو لپاره ولې مهمه ده؟
plan-goal-add = موخه اضافه کول
plan-goal-remove = دا موخه لرې کول

## Actions
plan-actions-intro = کوچني، روښانه ګامونه. هر ګام یو څوک لري چې پر غاړه یې اخلي، او یوه نېټه.
plan-actions-empty = لا کړنې نشته. راځئ چې لومړۍ اضافه کړو؟
plan-action-legend = کړنه { $n }
plan-action-what = څه به کېږي؟
plan-action-owner = څوک یې پر غاړه اخلي؟
plan-action-due = تر کومې نېټې؟
plan-action-status = څنګه روانه ده؟
plan-action-stop-reason = ولې ودرېده؟
plan-action-evidence = څنګه به پوه شو چې وشوه؟
plan-action-goal = د کومې موخې لپاره؟
plan-action-no-goal = کومه ځانګړې موخه نه
plan-action-add = کړنه اضافه کول
plan-action-remove = دا کړنه لرې کول
plan-owner-client = مراجعه کوونکی
plan-owner-ocmw = OCMW
plan-owner-third = یو همکار
plan-status-planned = پلان شوې
plan-status-busy = روانه ده
plan-status-done = بشپړه شوه
plan-status-stopped = ودرېده
plan-origin-free = یوځای لیکل شوې
plan-origin-self-check = له ځان ارزونې: { $domain }
plan-origin-catalogue = وړاندیز: { $offer }

## Agreements
plan-questions-title = د کړنو پلان
plan-question-client-will-do = تاسو به د خپلو موخو ته د رسېدو لپاره څه کوئ؟
plan-question-client-expects = تاسو له OCMW څخه څه تمه لرئ؟
plan-question-ocmw-expects = OCMW له تاسو څخه څه تمه لري؟
plan-means-title = هره خوا څه ورکوي
plan-means-intro = وخت، پیسې، مرسته، ناستې: هره خوا د څه ژمنه کوي.
plan-means-client = مراجعه کوونکی
plan-means-ocmw = OCMW
plan-means-others = همکاران
plan-rights-title = ستاسو حقونه او مکلفیتونه
plan-rights-1 = دا پلان ستاسو او OCMW ترمنځ یوه هوکړه ده. دواړه خواوې یې لاسلیکوي او دواړه پر خپله خبره ولاړې دي.
plan-rights-2 = له لاسلیک مخکې کولای شئ { $reflection ->
        [one] یوه ورځ
       *[other] { $reflection } ورځې
    } د فکر کولو وخت وغواړئ. کولای شئ یو کس له ځان سره راولئ چې پخپله یې غوره کوئ.
plan-rights-3 = موږ پلان لږ تر لږه په کال کې { $evaluations } ځله یوځای ګورو، چې لږ تر لږه { $in_person } ځله یې مخامخ په ناسته کې وي. پلان ستاسو له حالت سره سم بدلېدای شي.
plan-rights-4 = که هوکړې له ښه دلیل پرته پوره نه شي، leefloon په بشپړه توګه یا یوه برخه یې ځنډول کېدای شي: تر ټولو ډېر { $sanction ->
        [one] یوه میاشت
       *[other] { $sanction } میاشتې
    }، یا تر ټولو ډېر { $repeat ->
        [one] یوه میاشت
       *[other] { $repeat } میاشتې
    } که په یوه کال کې بیا پېښ شي. لومړی یو ثبت شوی لیک ترلاسه کوئ، او حق لرئ چې له هرې پرېکړې مخکې ستاسو خبرې واورېدل شي.
plan-rights-5 = که OCMW خپلې هوکړې پوره کړې نه وي، هېڅ جزا نشته.
plan-rights-6 = که له یوې پرېکړې سره موافق نه یاست، کولای شئ د کار محکمې (arbeidsrechtbank) ته استیناف وکړئ. د دې لپاره له هغې ورځې چې پرېکړه درته ابلاغ شوه { $appeal ->
        [one] یوه میاشت
       *[other] { $appeal } میاشتې
    } وخت لرئ.

## Review
plan-ready-title = لاسلیک ته چمتو دی؟
plan-ready-ok = هر هغه څه چې اړین دي، پکې شته. پلان لاسلیک ته چمتو دی.
plan-ready-missing = { $count ->
        [one] لا یو شی کم دی:
       *[other] لا { $count } شیان کم دي:
    }
plan-ready-never-blocks = هر څه دمخه خوندي شوي دي؛ وروسته یې هم بشپړولای شئ.
plan-missing-type = د پلان ډول
plan-missing-start = د پیل نېټه
plan-missing-worker = د ټولنیز کارکوونکي نوم
plan-missing-ocmw = د OCMW نوم
plan-missing-third-name = د یو همکار نوم
plan-missing-goal = لږ تر لږه یوه موخه
plan-missing-goal-title = یوه موخه بې له تشریح
plan-missing-action = لږ تر لږه یوه کړنه
plan-missing-action-what = یوه کړنه بې له تشریح
plan-missing-action-owner = څوک «{ $what }» پر غاړه اخلي
plan-missing-action-date = د «{ $what }» لپاره نېټه
plan-missing-evaluation = د ارزونې وختونه
plan-missing-evaluation-count = د ارزونې کافي وختونه: لږ تر لږه { $total } { $months ->
        [12] په کال کې
        [one] په یوه میاشت کې
       *[other] په { $months } میاشتو کې
    }، { $in_person } یې مخامخ
plan-go-evaluations = د ارزونو وختونه ټاکل
plan-sign-title = د فکر کولو وخت او لاسلیک
plan-reflection-hint = مراجعه کوونکی کولای شي د لاسلیک نه مخکې { $days } کاري ورځې فکر وکړي.
plan-reflection-label = د فکر کولو وخت غوښتل شوی په
plan-reflection-until = د فکر کولو وخت تر { $date } پورې دی.
plan-signed-label = لاسلیک شوی په
plan-summary-title = ټول پلان

## Evaluations
plan-schedule-title = د ارزونې وختونه
plan-schedule-rule = په کال کې لږ تر لږه { $count } ځله، چې { $inperson } ځله یې مخامخ وي.
plan-schedule-needs-start = لومړی د پیل نېټه ولیکئ؛ بیا وختونه وړاندیز کېدای شي.
plan-schedule-propose = د ارزونې وختونه وړاندیز کول
plan-schedule-remove = لرې کول
plan-schedule-remove-label = لرې کول: د { $date } وخت
plan-eval-status-done = وشوه
plan-eval-status-due = { $days ->
        [0] نن
        [one] په یوه ورځ کې
       *[other] په { $days } ورځو کې
    }
plan-eval-status-overdue = { $days ->
        [one] یوه ورځ ځنډ
       *[other] { $days } ورځې ځنډ
    }
plan-eval-status-later = وروسته
plan-record-title = یوه ارزونه ثبتول
plan-eval-date = نېټه
plan-eval-date-missing = مهرباني وکړئ د ارزونې نېټه ولیکئ.
plan-eval-present = څوک حاضر وو
plan-eval-goal = «{ $goal }» څنګه روان دی؟
plan-progress-not-started = لا نه دی پیل شوی
plan-progress-on-track = سم روان دی
plan-progress-reached = ترلاسه شو
plan-progress-adjusted = سمون پکې راغی
plan-progress-stopped = ودرېد
plan-eval-changes = څه بدل شول
plan-eval-changes-hint = د بېلګې په توګه یوه اضافي هوکړه، یا د یو څه وخت لپاره پر بل څه تمرکز.
plan-eval-rung = اوس په زینه کې ځای
plan-eval-rung-same = هېڅ بدلون نشته
plan-eval-save = ارزونه خوندي کول
plan-history-title = تر اوسه ارزونې
plan-history-empty = لا ارزونې نشته.
plan-eval-new-rung = په زینه کې نوی ځای: { $rung }
plan-eval-version = پلان په هغه وخت کې

plan-reflection-hint-calendar = مراجعه کوونکی کولای شي د لاسلیک نه مخکې { $days } تقویمي ورځې فکر وکړي.
plan-reflection-count-label = د فکر کولو وخت په دې ډول حسابول
plan-reflection-count-working = کاري ورځې (دوشنبه تر جمعې)
plan-reflection-count-calendar = تقویمي ورځې (ټولې ورځې)

## rules
plan-rights-meeting = که د خپل ټولنیز کارکوونکي سره د خبرو غوښتنه وکړئ، دا خبرې باید په { $meeting ->
        [one] یوه کاري ورځ
       *[other] { $meeting } کاري ورځې
    } کې وشي.
plan-rights-change = هر وخت کولای شئ وغواړئ چې پلان بدل شي.
plan-part-time-top-up = نیمه ورځ کار کوي او بشپړوونکی leefloon ترلاسه کوي
plan-part-time-rule-label = د نیمې ورځې کار او بشپړوونکي leefloon لپاره د دې OCMW قاعده
plan-part-time-rule-required = پلان اړین دی (لکه په OCMW اوستنده کې)
plan-part-time-rule-optional = پلان یوازې د غوښتنې پر بنسټ (لکه د بروکسل لارښودونو کې)
plan-ground-part-time = مراجع نیمه ورځ کار کوي او بشپړوونکی leefloon ترلاسه کوي
plan-ground-studies = مراجع د OCMW په موافقه بشپړ وخت زده کړه کوي
plan-mandate-exempted = OCMW د روغتیا یا انصاف د دلیلونو له امله د معافیت پرېکړه وکړه. که مراجع یې وغواړي، پلان لا هم ممکن دی.
plan-exemption-label = د OCMW له خوا معافیت
plan-exemption-none = معافیت نشته
plan-exemption-health = د روغتیا د دلیلونو له امله
plan-exemption-equity = د انصاف د دلیلونو له امله
plan-exemption-date = د پرېکړې نېټه
plan-exemption-reason = د پرېکړې دلیل
plan-exemption-date-missing = د پرېکړې نېټه لا نشته.
plan-exemption-reason-missing = د پرېکړې دلیل لا نشته.
plan-exemption-ladder = زینه دا پرېکړه د «معاف» حالت تر څنګ ښيي.
plan-reflection-waived-label = مراجع د فکر کولو له وخت نه تېر شو په
plan-reflection-waived-hint = یوازې هغه وخت یې ډک کړئ چې مراجع پخپله غوره کړې وي چې ژر لاسلیک وکړي.
plan-signed-inside-reflection = پلان د فکر کولو په وخت کې لاسلیک شو، او لیکل شوي نه دي چې مراجع ترې تېر شوی. پوښتنه وکړئ او ولیکئ یې، یا د فکر کولو له وخت وروسته بیا لاسلیک وکړئ.
## evals
plan-eval-kind-in-person = مخامخ
plan-eval-kind-written = لیکلي
plan-eval-kind-phone-or-video = په تلیفون یا ویډیو
plan-eval-kind-label = ارزونه څنګه وشوه
plan-eval-link = دا کوم پلان شوی وخت دی
plan-eval-link-none = پلان شوی وخت نشته: یوه اضافي ارزونه
plan-eval-kind-mismatch = پلان شوې وه { $planned }، وشوه { $held }. د { $held } په توګه شمېرل کېږي.
plan-eval-date-future = دا نېټه له نن وروسته ده. هغه ورځ وټاکئ چې ارزونه پکې وشوه.
plan-eval-rung-to-ladder = یو نوی ځای هم په زینه کې ثبتېږي، د دې ارزونې له نېټې سره.
plan-year-line = کال { $year } ({ $from } – { $until }): { $held } وشوې ({ $heldinperson } مخامخ)، لا { $planned } پلان شوې ({ $plannedinperson } مخامخ). اړتیا: { $total }، چې { $inperson } یې مخامخ.
plan-year-met = سمه ده.
plan-year-on-track = له پلان سره شونې ده.
plan-year-short = له هغه څه سره چې اوس پلان شوي، دا کال لږ تر لږه حد ته نه رسېږي. یو بل وخت پلان کړئ.
plan-year-missed = دا کال پای ته ورسېد او لږ تر لږه حد ته ونه رسېد.
plan-eval-print = راپور چاپ کړئ
plan-rules-evals-title = د ارزونو امستنې
plan-rules-link-margin = یوه ارزونه د پلان شوي وخت لپاره تر دومره ورځو وروسته شمېرل کېږي
plan-rules-link-margin-error = له 0 تر { $max } پورې یوه شمېره وټاکئ.
plan-rules-short-year = د پلان یا د کال د یوې برخې لپاره لږ تر لږه چې له دولسو میاشتو لنډه وي
plan-rules-short-year-proportional = د میاشتو په تناسب (پورته ګرد شوی)
plan-rules-short-year-full-year = د کال بشپړ لږ تر لږه
## plan
plan-type-studies = بشپړ وخت زده کړه (د زده کوونکي GPMI)
plan-orientations-label = په لور (یو یا ډېر)
plan-present-name-interpreter = د ژباړونکي نوم
plan-present-name-support = د باور وړ کس نوم
plan-studies-title = زده کړه
plan-studies-intro = څوک چې OCMW ورته د بشپړ وخت زده کړې اجازه ورکوي، تل GPMI لري. ښوونځی، څانګه او موده ولیکئ، او هر اړخ څه ژمنه کوي.
plan-studies-school = ښوونځی یا لوړه ښوونځی
plan-studies-direction = د زده کړې څانګه
plan-studies-duration = د زده کړې موده
plan-studies-student = زده کوونکی ژمنه کوي چې
plan-student-attend = په درسونو کې ګډون وکړي
plan-student-exams = ازموینې ورکړي
plan-student-results = پایلې OCMW ته ورکړي
plan-student-holiday-job = په رخصتیو کې د زده کوونکي دندې لپاره چمتو وي، تر هغه حده چې زده کړه اجازه ورکړي
plan-studies-other = د زده کوونکي لپاره نور تړونونه
plan-studies-ocmw = OCMW څه ژمنه کوي (د بېلګې په توګه د ښوونځي کوم لګښتونه ورکوي)
plan-costs-title = هغه لګښتونه چې OCMW یې ورکوي
plan-costs-intro = د یوې زده کړې یا فعالیت لپاره: OCMW کوم لګښتونه پر غاړه اخلي؟
plan-cost-registration = د نوم لیکنې فیس
plan-cost-insurance = بیمه
plan-cost-work-clothes = د کار جامې
plan-cost-travel = د تګ راتګ لګښت
plan-costs-other = نور لګښتونه
plan-costs-none = هیڅ لګښت نشته
plan-explained-title = مراجع ته تشریح
plan-explained-on = منځپانګه، پراخوالی او پایلې په { $date } تشریح شوې
plan-explained-record = ما نن پلان تشریح کړ
plan-end-title = پلان پای ته رسول
plan-end-intro = پای ته رسېدلی پلان لا هم لوستل او چاپ کېدای شي، خو نور نه بدلېږي او نه لاسلیک کېږي.
plan-end-kind = پلان څنګه پای ته رسېږي
plan-end-successful = بریالی: موخې ترلاسه شوې
plan-end-early = مخکې ودرول شو
plan-end-right-ended = د ټولنیز ادغام حق پای ته ورسېد
plan-end-date = د پای نېټه
plan-end-reason = دلیل
plan-end-confirm = پلان پای ته ورسوئ
plan-end-need-kind = وټاکئ چې پلان څنګه پای ته رسېږي.
plan-end-need-date = د پای نېټه ولیکئ.
plan-end-need-reason = ولیکئ چې پلان ولې مخکې ودرېږي.
plan-ended = دا پلان په { $date } پای ته ورسېد: { $kind }.
plan-ended-hint = تاسو لا هم پلان لوستلی او چاپولی شئ. نور نه بدلېږي او نه لاسلیک کېږي.
plan-move-title = بل OCMW ته کډه
plan-move-ocmw = نوی OCMW
plan-move-consent = مراجع د دوسیې د لېږد اجازه ورکړه په
plan-move-export = دوسیه د نوي OCMW لپاره صادره کړئ
plan-move-needs-consent = نوی OCMW او د اجازې نېټه ولیکئ. له اجازې پرته دوسیه مه لېږئ.
plan-missing-studies = ښوونځی، څانګه او د زده کړې موده
plan-missing-end = د پای نېټه
plan-missing-end-order = د پیل له نېټې وروسته د پای نېټه
plan-missing-domain = د موخو د ژوند برخه
plan-missing-ocmw-commitment = OCMW څه ژمنه کوي (د OCMW یوه کړنه یا هغه څه چې OCMW یې راوړي)
plan-missing-costs = OCMW کوم لګښتونه ورکوي، یا دا چې هیڅ نشته
plan-missing-explained = هغه نېټه چې تاسو منځپانګه، پراخوالی او پایلې تشریح کړې
plan-missing-explained-again = پلان له تشریح وروسته بدل شو: بیا یې تشریح کړئ
plan-origin-catalogue-from = وړاندیز: { $offer } (له { $catalogue }، نسخه { $edition })

## strength
plan-strength-label = څوک یې ډېر پرمخ وړي؟ (د ځواک قطب نما)
plan-strength-client = ډېری یې پخپله مراجع
plan-strength-network = د نږدې کسانو په مرسته
plan-strength-professional = د مسلکي مرستې سره
