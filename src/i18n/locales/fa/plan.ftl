# Trede: the GPMI, drafted together (Dari/Persian)
# Tone: invitations, plain words. Sanctions are stated plainly, without threat.

plan-view = برنامه (GPMI)
plan-title = پروژه ادغام اجتماعی (GPMI)
plan-intro = شما این برنامه را با هم می‌نویسید. قدم‌ها را به هر ترتیبی که مناسب است بردارید و هر وقت خواستید توقف کنید: همه چیز در حین نوشتن ذخیره می‌شود و از همان جایی که بودید ادامه پیدا می‌کند.
plan-undo = برگرداندن
plan-redo = دوباره انجام دادن
plan-steps-label = قدم‌های برنامه
plan-previous = قبلی: { $step }
plan-next = بعدی: { $step }
plan-choose = انتخاب کنید…
plan-unknown = هنوز معلوم نیست
plan-not-set = هنوز پر نشده
plan-not-filled = هنوز پر نشده
plan-no-owner = هنوز هیچ کس
plan-no-date = هنوز تاریخی نیست
plan-unnamed-action = اقدامی بدون شرح

## Steps
plan-step-basics = درباره برنامه
plan-step-topics = داستان شما
plan-step-goals = هدف‌ها
plan-step-actions = اقدام‌ها
plan-step-agreements = توافق‌ها
plan-step-review = بازخوانی
plan-step-evaluations = ارزیابی‌ها
plan-step-basics-title = کدام برنامه، و چه کسانی شرکت دارند
plan-step-topics-title = با کلمات خودتان
plan-step-goals-title = به چه چیزی می‌خواهید برسید؟
plan-step-actions-title = چه کسی چه کاری می‌کند، و تا چه وقت؟
plan-step-agreements-title = آنچه توافق می‌کنیم
plan-step-review-title = با هم بازخوانی کنیم
plan-step-evaluations-title = با هم به گذشته نگاه کنیم

## Deadline
plan-deadline-by = OCMW باید این برنامه را حداکثر تا { $date } ببندد. مهلت پس از تصمیم درباره‌ی leefloon { $months ->
        [one] یک ماه
       *[other] { $months } ماه
    } است.
plan-deadline-close = OCMW باید این برنامه را حداکثر تا { $date } ببندد: { $days ->
        [0] یعنی امروز.
        [one] یک روز باقی مانده است.
       *[other] { $days } روز باقی مانده است.
    }
plan-deadline-past = OCMW باید این برنامه را حداکثر تا { $date } می‌بست، { $days ->
        [one] { $days } روز پیش.
       *[other] { $days } روز پیش.
    } این مهلت گذشته است: OCMW اکنون برنامه را هر چه زودتر همراه با مراجع کامل می‌کند.

## Basics
plan-kind-title = برنامه
plan-type-label = نوع برنامه
plan-type-employment = به سوی کار
plan-type-training = به سوی آموزش یا تحصیل
plan-type-activation = فعال‌سازی اجتماعی
plan-decision-label = تاریخ تصمیم درباره leefloon (کمک‌هزینه زندگی)
plan-decision-hint = برنامه تا 3 ماه بعد از این تاریخ امضا می‌شود.
plan-start-label = شروع برنامه در
plan-end-label = پایان برنامه در
plan-period = مدت
plan-why-title = چرا برنامه‌ای هست
plan-birth-label = تاریخ تولد
plan-birth-hint = فقط برای اینکه معلوم شود برنامه الزامی است یا نه.
plan-recent-right-label = آیا مراجع در دوره‌ی پیش از تصمیم ({ $months ->
        [one] یک ماه
       *[other] { $months } ماه
    }) حق ادغام اجتماعی داشت؟
plan-recent-right-no = نه، در آن دوره حقی نداشت
plan-recent-right-yes = بله، در آن دوره حق داشت
plan-asked-client = مراجع برنامه خواست
plan-asked-ocmw = OCMW برنامه خواست
plan-mandate-required = برنامه الزامی است، چون:
plan-mandate-not-required = طبق قوانین، برنامه الزامی نیست. اما اگر خواسته شود، می‌شود آن را ساخت.
plan-mandate-unknown = تاریخ تولد را وارد کنید و اینکه مراجع در ماه‌های پیش حق ادغام اجتماعی داشت یا نه. آن‌وقت می‌بینید که برنامه الزامی است یا نه.
plan-ground-under25 = مراجع کمتر از 25 سال دارد
plan-ground-new = مراجع در دوره‌ی پیش ({ $months ->
        [one] یک ماه
       *[other] { $months } ماه
    }) حق ادغام اجتماعی نداشت
plan-ground-client = مراجع آن را خواست
plan-ground-ocmw = OCMW آن را خواست
plan-override-label = نظر مددکار اجتماعی
plan-override-none = پیروی از قوانین
plan-override-required = با این حال الزامی
plan-override-optional = با این حال غیرالزامی
plan-override-reason = دلیل این نظر
plan-parties-title = چه کسانی شرکت دارند
plan-worker-label = مددکار اجتماعی
plan-ocmw-label = OCMW
plan-third-legend = شریک { $n }
plan-third-name = نام
plan-third-role = نقش (مثلاً میانجی قرض)
plan-third-tasks = کارهایی که این شریک به عهده می‌گیرد
plan-third-add = افزودن شریک
plan-third-remove = برداشتن این شریک
plan-support-label = کسی در کنار مراجع
plan-support-none = هیچ کس
plan-support-interpreter = یک ترجمان
plan-support-support = یک فرد مورد اعتماد
plan-support-name = نام او

## Topics
plan-topics-intro = آنچه مراجع می‌گوید، با کلمات خودش بنویسید. هیچ چیز اینجا امتحان نیست.
plan-topic-needs = به چه چیزی نیاز دارید؟
plan-topic-needs-hint = مثلاً: آرامش از نظر پول، یک خانه، کودکستان.
plan-topic-challenges = حالا چه چیزی برای شما سخت است؟
plan-topic-challenges-hint = چیزهایی که سر راه‌تان هستند، بزرگ یا کوچک.
plan-topic-goals = به چه چیزی می‌خواهید برسید، یا از چه چیزی می‌خواهید دوری کنید؟
plan-topic-goals-hint = مثلاً: پیدا کردن کار، قرض تازه نگرفتن.
plan-topic-future = آینده‌تان را چطور می‌بینید؟
plan-topic-future-hint = دوست دارید یکی دو سال بعد کجا باشید؟
plan-topic-role = دوست دارید در میان مردم چه نقشی داشته باشید؟
plan-topic-role-hint = برای خودتان و برای دیگران: سر کار، در محله، در خانه.

## Goals
plan-goals-intro = چند هدف کافی است. کنار هر هدف نوشته می‌شود که چرا برای شما مهم است.
plan-goals-empty = هنوز هدفی نیست. اولین هدف را اضافه کنیم؟
plan-goal-legend = هدف { $n }
plan-goal-title = هدف
plan-goal-domain = بخش زندگی
plan-goal-from = از
plan-goal-until = تا
plan-goal-why = چرا این برای شما مهم است؟
plan-goal-add = افزودن هدف
plan-goal-remove = برداشتن این هدف

## Actions
plan-actions-intro = قدم‌های کوچک و مشخص. هر قدم کسی را دارد که آن را به عهده می‌گیرد، و یک تاریخ.
plan-actions-empty = هنوز اقدامی نیست. اولین اقدام را اضافه کنیم؟
plan-action-legend = اقدام { $n }
plan-action-what = چه کاری انجام می‌شود؟
plan-action-owner = چه کسی آن را به عهده می‌گیرد؟
plan-action-due = تا چه وقت؟
plan-action-status = چطور پیش می‌رود؟
plan-action-stop-reason = چرا متوقف شد؟
plan-action-evidence = از کجا می‌فهمیم که انجام شده است؟
plan-action-goal = برای کدام هدف؟
plan-action-no-goal = هدف مشخصی ندارد
plan-action-add = افزودن اقدام
plan-action-remove = برداشتن این اقدام
plan-owner-client = مراجع
plan-owner-ocmw = OCMW
plan-owner-third = یک شریک
plan-status-planned = برنامه‌ریزی شده
plan-status-busy = در جریان
plan-status-done = انجام شد
plan-status-stopped = متوقف شد
plan-origin-free = با هم نوشته شده
plan-origin-self-check = از خودارزیابی: { $domain }
plan-origin-catalogue = فرصت: { $offer }

## Agreements
plan-questions-title = برنامه عمل
plan-question-client-will-do = شما برای رسیدن به هدف‌هایتان چه کاری انجام می‌دهید؟
plan-question-client-expects = از OCMW چه انتظاری دارید؟
plan-question-ocmw-expects = OCMW از شما چه انتظاری دارد؟
plan-means-title = سهم هر طرف
plan-means-intro = وقت، پول، کمک، جلسه‌ها: آنچه هر طرف به آن متعهد می‌شود.
plan-means-client = مراجع
plan-means-ocmw = OCMW
plan-means-others = شریک‌ها
plan-rights-title = حقوق و مسئولیت‌های شما
plan-rights-1 = این برنامه یک توافق میان شما و OCMW (اداره خدمات اجتماعی شهر) است. هر دو طرف آن را امضا می‌کنند و هر دو به قول خود عمل می‌کنند.
plan-rights-2 = پیش از امضا می‌توانید { $reflection ->
        [one] یک روز
       *[other] { $reflection } روز
    } مهلت فکر کردن بخواهید. می‌توانید کسی را که خودتان انتخاب می‌کنید همراه بیاورید.
plan-rights-3 = برنامه را دست کم { $evaluations } بار در سال با هم مرور می‌کنیم، که دست کم { $in_person } بار آن دیدار حضوری است. برنامه می‌تواند همراه با تغییر وضعیت شما تغییر کند.
plan-rights-4 = اگر توافق‌ها بدون دلیل موجه انجام نشوند، leefloon می‌تواند به‌طور کامل یا بخشی از آن متوقف شود: حداکثر { $sanction ->
        [one] یک ماه
       *[other] { $sanction } ماه
    }، یا حداکثر { $repeat ->
        [one] یک ماه
       *[other] { $repeat } ماه
    } اگر در یک سال دوباره پیش بیاید. اول یک نامه‌ی سفارشی می‌گیرید و حق دارید پیش از هر تصمیمی شنیده شوید.
plan-rights-5 = اگر OCMW به توافق‌های خودش عمل نکرده باشد، هیچ مجازاتی در کار نیست.
plan-rights-6 = اگر با تصمیمی موافق نیستید، می‌توانید در دادگاه کار (arbeidsrechtbank) اعتراض کنید. برای این کار از روزی که تصمیم به شما اعلام شد { $appeal ->
        [one] یک ماه
       *[other] { $appeal } ماه
    } فرصت دارید.

## Review
plan-ready-title = آماده امضا؟
plan-ready-ok = هر چیزی که لازم است، در آن هست. برنامه آماده امضاست.
plan-ready-missing = { $count ->
        [one] هنوز یک چیز کم است:
       *[other] هنوز { $count } چیز کم است:
    }
plan-ready-never-blocks = به هر حال همه چیز ذخیره شده است؛ می‌توانید بعداً آن را تمام کنید.
plan-missing-type = نوع برنامه
plan-missing-start = تاریخ شروع
plan-missing-worker = نام مددکار اجتماعی
plan-missing-ocmw = نام OCMW
plan-missing-third-name = نام یک شریک
plan-missing-goal = دست کم یک هدف
plan-missing-goal-title = هدفی بدون شرح
plan-missing-action = دست کم یک اقدام
plan-missing-action-what = اقدامی بدون شرح
plan-missing-action-owner = چه کسی «{ $what }» را به عهده می‌گیرد
plan-missing-action-date = تاریخی برای «{ $what }»
plan-missing-evaluation = زمان‌های ارزیابی
plan-missing-evaluation-count = زمان‌های ارزیابی کافی: دست کم { $total } بار { $months ->
        [12] در سال
       *[other] در { $months } ماه
    }، { $in_person } بار حضوری
plan-go-evaluations = برنامه‌ریزی ارزیابی‌ها
plan-sign-title = وقت فکر کردن و امضا
plan-reflection-hint = مراجع می‌تواند پیش از امضا { $days } روز کاری فکر کند.
plan-reflection-label = تاریخ درخواست وقت فکر کردن
plan-reflection-until = وقت فکر کردن تا { $date } ادامه دارد.
plan-signed-label = تاریخ امضا
plan-summary-title = کل برنامه

## Evaluations
plan-schedule-title = زمان‌های ارزیابی
plan-schedule-rule = دست کم { $count } بار در سال، که { $inperson } بار آن حضوری است.
plan-schedule-needs-start = اول تاریخ شروع را پر کنید؛ بعد می‌شود زمان‌ها را پیشنهاد کرد.
plan-schedule-propose = پیشنهاد زمان‌های ارزیابی
plan-schedule-remove = برداشتن
plan-schedule-remove-label = برداشتن زمان { $date }
plan-eval-status-done = انجام شد
plan-eval-status-due = { $days ->
        [0] امروز
        [one] تا یک روز دیگر
       *[other] تا { $days } روز دیگر
    }
plan-eval-status-overdue = { $days ->
        [one] { $days } روز تأخیر
       *[other] { $days } روز تأخیر
    }
plan-eval-status-later = بعداً
plan-record-title = ثبت یک ارزیابی
plan-eval-date = تاریخ
plan-eval-date-missing = لطفاً تاریخ ارزیابی را پر کنید.
plan-eval-present = چه کسانی حاضر بودند
plan-eval-goal = «{ $goal }» چطور پیش می‌رود؟
plan-progress-not-started = هنوز شروع نشده
plan-progress-on-track = طبق برنامه
plan-progress-reached = به هدف رسیده
plan-progress-adjusted = اصلاح شده
plan-progress-stopped = متوقف شده
plan-eval-changes = چه چیزی تغییر کرد
plan-eval-changes-hint = مثلاً یک توافق اضافی، یا فعلاً تمرکز روی چیز دیگری.
plan-eval-rung = جایگاه فعلی روی نردبان
plan-eval-rung-same = بدون تغییر
plan-eval-save = ذخیره ارزیابی
plan-history-title = ارزیابی‌ها تا حالا
plan-history-empty = هنوز هیچ ارزیابی‌ای انجام نشده است.
plan-eval-new-rung = جایگاه تازه روی نردبان: { $rung }
plan-eval-version = برنامه در آن زمان

plan-reflection-hint-calendar = مراجع می‌تواند پیش از امضا { $days } روز تقویمی (همه روزهای هفته) فکر کند.
plan-reflection-count-label = شمردن وقت فکر کردن به
plan-reflection-count-working = روزهای کاری (دوشنبه تا جمعه)
plan-reflection-count-calendar = روزهای تقویمی (همه روزها)

## rules
plan-rights-meeting = اگر درخواست گفت‌وگو با مددکار اجتماعی‌تان را بدهید، این گفت‌وگو باید ظرف { $meeting ->
        [one] یک روز کاری
       *[other] { $meeting } روز کاری
    } انجام شود.
plan-rights-change = هر زمان می‌توانید بخواهید که برنامه تغییر کند.
plan-part-time-top-up = پاره‌وقت کار می‌کند و leefloon تکمیلی می‌گیرد
plan-part-time-rule-label = قاعده‌ی این OCMW برای کار پاره‌وقت با leefloon تکمیلی
plan-part-time-rule-required = برنامه الزامی است (مانند OCMW اوستنده)
plan-part-time-rule-optional = برنامه فقط در صورت درخواست (مانند راهنماهای بروکسل)
plan-ground-part-time = مراجع پاره‌وقت کار می‌کند و leefloon تکمیلی می‌گیرد
plan-ground-studies = مراجع با موافقت OCMW تمام‌وقت درس می‌خواند
plan-mandate-exempted = OCMW به دلایل سلامت یا انصاف تصمیم به معافیت گرفت. اگر مراجع بخواهد، برنامه همچنان ممکن است.
plan-exemption-label = معافیت از سوی OCMW
plan-exemption-none = بدون معافیت
plan-exemption-health = به دلایل سلامت
plan-exemption-equity = به دلایل انصاف
plan-exemption-date = تاریخ تصمیم
plan-exemption-reason = دلیل تصمیم
plan-exemption-date-missing = تاریخ تصمیم هنوز وارد نشده است.
plan-exemption-reason-missing = دلیل تصمیم هنوز وارد نشده است.
plan-exemption-ladder = نردبان این تصمیم را کنار وضعیت «معاف» نشان می‌دهد.
plan-reflection-waived-label = مراجع از مهلت فکر کردن صرف‌نظر کرد در تاریخ
plan-reflection-waived-hint = فقط وقتی پر کنید که مراجع خودش خواست زودتر امضا کند.
plan-signed-inside-reflection = برنامه در مهلت فکر کردن امضا شد و نوشته نشده که مراجع از آن صرف‌نظر کرده است. بپرسید و یادداشت کنید، یا پس از مهلت فکر کردن دوباره امضا کنید.
## evals
plan-eval-kind-in-person = حضوری
plan-eval-kind-written = کتبی
plan-eval-kind-phone-or-video = تلفنی یا تصویری
plan-eval-kind-label = ارزیابی چگونه انجام شد
plan-eval-link = این کدام زمان برنامه‌ریزی‌شده است
plan-eval-link-none = بدون زمان برنامه‌ریزی‌شده: یک ارزیابی اضافه
plan-eval-kind-mismatch = برنامه: { $planned }، انجام‌شده: { $held }. به‌عنوان { $held } حساب می‌شود.
plan-eval-date-future = این تاریخ بعد از امروز است. روزی را انتخاب کنید که ارزیابی انجام شد.
plan-eval-rung-to-ladder = یک جای تازه هم روی نردبان ثبت می‌شود، با تاریخ این ارزیابی.
plan-year-line = سال { $year } ({ $from } – { $until }): { $held } انجام شد ({ $heldinperson } حضوری)، هنوز { $planned } برنامه‌ریزی شده ({ $plannedinperson } حضوری). لازم: { $total }، که { $inperson } از آن حضوری.
plan-year-met = درست است.
plan-year-on-track = با برنامه‌ی فعلی شدنی است.
plan-year-short = با آنچه اکنون برنامه‌ریزی شده، این سال به حداقل نمی‌رسد. یک زمان دیگر برنامه‌ریزی کنید.
plan-year-missed = این سال تمام شده و به حداقل نرسید.
plan-eval-print = چاپ گزارش
plan-rules-evals-title = تنظیمات ارزیابی‌ها
plan-rules-link-margin = یک ارزیابی تا این تعداد روز بعد برای یک زمان برنامه‌ریزی‌شده حساب می‌شود
plan-rules-link-margin-error = عددی از 0 تا { $max } انتخاب کنید.
plan-rules-short-year = حداقل برای برنامه یا بخشی از سال کوتاه‌تر از دوازده ماه
plan-rules-short-year-proportional = به نسبت ماه‌ها (گرد به بالا)
plan-rules-short-year-full-year = حداقل کامل سالانه
## plan
plan-type-studies = تحصیل تمام‌وقت (GPMI دانشجویی)
plan-orientations-label = به سوی (یک یا چند مورد)
plan-present-name-interpreter = نام ترجمان
plan-present-name-support = نام فرد مورد اعتماد
plan-studies-title = تحصیل
plan-studies-intro = کسی که OCMW به او اجازه تحصیل تمام‌وقت می‌دهد، همیشه یک GPMI دارد. مدرسه، رشته و مدت را بنویسید و آنچه هر طرف قول می‌دهد.
plan-studies-school = مدرسه یا دانشکده
plan-studies-direction = رشته تحصیلی
plan-studies-duration = مدت تحصیل
plan-studies-student = دانشجو قول می‌دهد که
plan-student-attend = در کلاس‌ها شرکت کند
plan-student-exams = در امتحانات شرکت کند
plan-student-results = نتایج را به OCMW بدهد
plan-student-holiday-job = در تعطیلات برای کار دانشجویی آماده باشد، تا جایی که تحصیل اجازه می‌دهد
plan-studies-other = توافق‌های دیگر برای دانشجو
plan-studies-ocmw = آنچه OCMW قول می‌دهد (مثلاً کدام هزینه‌های مدرسه را می‌پردازد)
plan-costs-title = هزینه‌هایی که OCMW می‌پردازد
plan-costs-intro = برای یک آموزش یا فعالیت: OCMW کدام هزینه‌ها را می‌پردازد؟
plan-cost-registration = هزینه ثبت‌نام
plan-cost-insurance = بیمه
plan-cost-work-clothes = لباس کار
plan-cost-travel = هزینه رفت‌وآمد
plan-costs-other = هزینه‌های دیگر
plan-costs-none = هیچ هزینه‌ای وجود ندارد
plan-explained-title = توضیح به مراجع
plan-explained-on = محتوا، دامنه و پیامدها در { $date } توضیح داده شد
plan-explained-record = امروز برنامه را توضیح دادم
plan-end-title = بستن برنامه
plan-end-intro = برنامه بسته‌شده را هنوز می‌توان خواند و چاپ کرد، اما دیگر نمی‌توان تغییر داد یا امضا کرد.
plan-end-kind = برنامه چگونه پایان می‌یابد
plan-end-successful = موفق: هدف‌ها به دست آمد
plan-end-early = زودتر متوقف شد
plan-end-right-ended = حق ادغام اجتماعی پایان یافت
plan-end-date = تاریخ پایان
plan-end-reason = دلیل
plan-end-confirm = بستن برنامه
plan-end-need-kind = انتخاب کنید برنامه چگونه پایان می‌یابد.
plan-end-need-date = تاریخ پایان را بنویسید.
plan-end-need-reason = بنویسید چرا برنامه زودتر متوقف می‌شود.
plan-ended = این برنامه در { $date } بسته شد: { $kind }.
plan-ended-hint = هنوز می‌توانید برنامه را بخوانید و چاپ کنید. دیگر نمی‌توان آن را تغییر داد یا امضا کرد.
plan-move-title = نقل مکان به OCMW دیگر
plan-move-ocmw = OCMW جدید
plan-move-consent = مراجع اجازه داد پرونده منتقل شود در تاریخ
plan-move-export = خروجی گرفتن از پرونده برای OCMW جدید
plan-move-needs-consent = OCMW جدید و تاریخ اجازه را بنویسید. بدون اجازه پرونده را منتقل نکنید.
plan-missing-studies = مدرسه، رشته و مدت تحصیل
plan-missing-end = تاریخ پایان
plan-missing-end-order = تاریخ پایانی پس از تاریخ شروع
plan-missing-domain = حوزه زندگی هدف‌ها
plan-missing-ocmw-commitment = آنچه OCMW قول می‌دهد (یک اقدام OCMW یا آنچه OCMW می‌آورد)
plan-missing-costs = کدام هزینه‌ها را OCMW می‌پردازد، یا اینکه هزینه‌ای نیست
plan-missing-explained = تاریخی که محتوا، دامنه و پیامدها را توضیح دادید
plan-missing-explained-again = برنامه پس از توضیح تغییر کرد: دوباره توضیح دهید
plan-origin-catalogue-from = پیشنهاد: { $offer } (از { $catalogue }، نسخه { $edition })

## strength
plan-strength-label = چه کسی بیشتر این کار را پیش می‌برد؟ (قطب‌نمای توانایی‌ها)
plan-strength-client = بیشتر خود مراجع
plan-strength-network = با کمک اطرافیان
plan-strength-professional = با کمک متخصص
