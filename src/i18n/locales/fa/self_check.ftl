# Self-check. Client screens: short, friendly, plain (polite "shoma"). Worker screens: neutral. Never a verdict.

self-check-view = خودارزیابی
self-check-title = خودارزیابی
self-check-intro = با هم به 18 بخش زندگی نگاه می‌کنیم. می‌شود آن را تکه‌تکه و در چند جلسه انجام داد: همه چیز فوراً ذخیره می‌شود.
self-check-list-title = خودارزیابی‌های این پرونده
self-check-none = هنوز در این پرونده خودارزیابی نیست.
self-check-start = شروع یک خودارزیابی تازه
self-check-item-title = خودارزیابی تاریخ { $date }
self-check-status-unfinished = هنوز تمام نشده
self-check-status-complete = کامل پر شده
self-check-progress-client = مراجع: { $answered } از { $total } پاسخ داده شده
self-check-progress-skipped =
    { $count ->
        [0] هیچ سؤالی برای بعد نمانده
        [one] یک سؤال برای بعد مانده
       *[other] { $count } سؤال برای بعد مانده
    }
self-check-progress-worker = مددکار: { $scored } از { $total } نمره داده شده
self-check-open = باز کردن
self-check-delete = حذف
self-check-confirm-delete-title = این خودارزیابی حذف شود؟
self-check-confirm-delete-body = خودارزیابی تاریخ { $date } از این دستگاه پاک می‌شود. این کار را نمی‌شود برگرداند.
self-check-confirm-delete-yes = بله، حذف شود
self-check-back-to-list = همه خودارزیابی‌ها
self-check-mode-nav = بخش‌های خودارزیابی
self-check-mode-client = پاسخ‌های مراجع
self-check-mode-worker = ارزیابی مددکار
self-check-mode-summary = خلاصه

## Client
self-check-client-progress = سؤال { $current } از { $total }
self-check-client-answer-label = پاسخ شما
self-check-answer-good = خوب پیش می‌رود
self-check-answer-hard = گاهی سخت است
self-check-answer-big = حالا یک مشکل بزرگ است
self-check-answer-private = ترجیح می‌دهم نگویم
self-check-client-help = در این مورد کمک می‌خواهم
self-check-client-note-label = دوست دارید چیزی درباره‌اش بگویید؟ با کلمات خودتان. خالی هم می‌تواند بماند.
self-check-client-skip = بعداً جواب می‌دهم
self-check-client-back = قبلی
self-check-client-next = بعدی
self-check-client-skipped-note = این سؤال را قبلاً برای بعد گذاشته بودید. حالا می‌توانید جواب بدهید، یا باز هم آن را بگذارید برای بعد.
self-check-client-saved = همه چیز فوراً ذخیره می‌شود. هر وقت خواستید می‌توانید توقف کنید و بعداً ادامه دهید.
self-check-client-end-title = این آخرین سؤال بود. خیلی تشکر!
self-check-client-end-body = می‌خواهید چیزی را تغییر دهید؟ همیشه می‌توانید به یک سؤال برگردید.
self-check-client-end-open =
    { $count ->
        [0] همه سؤال‌ها جواب داده شده است.
        [one] یک سؤال هنوز بی‌جواب مانده است:
       *[other] { $count } سؤال هنوز بی‌جواب مانده است:
    }
self-check-client-go-to = رفتن به { $domain }

## Questions for the client
self-check-q-money = وضع پول، بل‌ها و قرض‌هایتان چطور است؟
self-check-q-housing = وضع خانه‌تان چطور است؟
self-check-q-health = صحت‌تان چطور است؟
self-check-q-mind = این روزها حال‌تان چطور است؟
self-check-q-addiction = وضع شما با الکول، مواد مخدر، قمار یا قرص چطور است؟
self-check-q-family = مراقبت از فرزندان‌تان یا از کس دیگری چطور پیش می‌رود؟
self-check-q-childcare = وضع نگهداری از فرزندان‌تان چطور است، مثلاً کودکستان؟
self-check-q-safety = در خانه چقدر احساس امنیت می‌کنید؟
self-check-q-network = رابطه‌تان با آدم‌های دور و برتان چطور است؟
self-check-q-structure = برنامه روزانه‌تان چطور است: از خواب بیدار شدن، رسیدن به وقت‌های ملاقات؟
self-check-q-daily = پخت‌وپز، شستشو و کارهای خانه چطور پیش می‌رود؟
self-check-q-dutch = صحبت کردن و خواندن به زبان هالندی چطور پیش می‌رود؟
self-check-q-learning = وضع مکتب، کورس‌ها و مدرک‌هایتان چطور است؟
self-check-q-work = کار چطور؟ تا حالا چه کارهایی کرده‌اید و چه کارهایی از دست‌تان برمی‌آید؟
self-check-q-attitude = درباره قدم بعدی به سوی کار یا آموزش چه احساسی دارید؟
self-check-q-mobility = رفت‌وآمدتان چطور است: بس (اتوبوس)، قطار، بایسکل (دوچرخه) یا موتر (ماشین)؟
self-check-q-papers = وضع اسناد، نامه‌ها و اقامت‌تان چطور است؟
self-check-q-digital = وضع موبایل، کمپیوتر، ایمیل و itsme چطور است؟

## Worker
self-check-worker-intro = برای هر بخش یک نمره، بر اساس مقیاس ارزیابی HIVA. با نمره 3 یا 4 می‌توانید مشخص کنید چه چیزی صدق می‌کند. این نمره ارزیابی شماست، در کنار ارزیابی خود مراجع.
self-check-score-1 = 1 · مانعی نیست
self-check-score-2 = 2 · مانع هست، اما کار یا آموزش با حمایت ممکن است
self-check-score-3 = 3 · مانع هست: کار یا آموزش فعلاً ممکن نیست
self-check-score-4 = 4 · (هنوز) نمی‌توانم ارزیابی کنم
self-check-score-none = هنوز نمره داده نشده
self-check-worker-sub-title = چه چیزی صدق می‌کند؟
self-check-worker-no-subs = برای این بخش، وضعیت را در یادداشت شرح دهید.
self-check-worker-note-label = یادداشت مددکار
self-check-dutch-level-label = سطح زبان هالندی
self-check-dutch-level-hint = بر اساس گواهی مکتب یا Huis van het Nederlands، که بیشتر از دو سال از آن نگذشته باشد.
self-check-dutch-level-none = هنوز پر نشده
self-check-dutch-level-unknown = نامعلوم
self-check-dutch-level-below-1-1 = پایین‌تر از 1.1
self-check-dutch-level-1-1 = 1.1
self-check-dutch-level-1-2 = 1.2
self-check-dutch-level-2-1 = 2.1
self-check-dutch-level-2-2 = 2.2
self-check-dutch-level-2-3 = 2.3
self-check-dutch-level-2-4 = 2.4
self-check-dutch-level-learned = یادگیری کامل شده
self-check-latin-reading = خواندن به الفبای لاتین
self-check-latin-writing = نوشتن به الفبای لاتین
self-check-yes = بله
self-check-no = نه
self-check-not-known = هنوز معلوم نیست

## Sub-items (with score 3 or 4)
self-check-sub-money-debts = قرض
self-check-sub-money-mediation = در برنامه میانجی‌گری قرض
self-check-sub-money-basic-needs = پول برای غذا، لباس یا کرایه خانه کافی نیست
self-check-sub-housing-no-address = آدرس ثابت ندارد، یا شب‌ها در پناهگاه شبانه می‌ماند
self-check-sub-housing-unhealthy = مشکلات جدی با خانه، یا خانه غیرقابل سکونت اعلام شده است
self-check-sub-housing-must-move = باید به زودی از خانه برود، یا خیلی زیاد جابه‌جا می‌شود
self-check-sub-housing-transit = در خانه موقت (انتقالی) زندگی می‌کند
self-check-sub-health-illness = مریضی، کار یا آموزش را دشوار می‌کند
self-check-sub-health-diagnosis = مریضی شناخته‌شده، با گواهی داکتر
self-check-sub-health-complaints = ناراحتی‌های صحی
self-check-sub-health-pregnancy = حاملگی یا رخصتی زایمان
self-check-sub-health-disability = معلولیت
self-check-sub-health-work-disability = معلولیت کاری به رسمیت شناخته‌شده
self-check-sub-family-parenting = تربیت فرزندان و رفتار با آن‌ها
self-check-sub-family-child-needs = فرزندی با نیاز مراقبت ویژه
self-check-sub-family-single-parent = پدر یا مادر تنها
self-check-sub-family-care-task = در خانه از کسی مراقبت می‌کند که معلول، خیلی پیر یا برای مدت طولانی مریض است
self-check-sub-childcare-waiting-list = درخواست داده، اما فهرست انتظار طولانی است
self-check-sub-childcare-no-informal = کسی از خانواده یا آشنایان نیست که از کودکان نگهداری کند
self-check-sub-childcare-unknown-options = هنوز امکانات و طریقه درخواست را نمی‌داند
self-check-sub-safety-relationship = تنش با همسر، خانواده یا دیگران
self-check-sub-safety-violence = خشونت در خانواده
self-check-sub-network-no-social = دوست یا آشنای کمی دارد، یا هیچ ندارد
self-check-sub-network-no-family = خانواده‌ای در نزدیکی ندارد
self-check-sub-network-family-against-work = خانواده با کار کردن او موافق نیست
self-check-sub-network-nobody-works = هیچ کس در خانواده یا میان دوستانش کار نمی‌کند
self-check-sub-structure-no-rhythm = برنامه روزانه منظمی ندارد
self-check-sub-structure-missed-appointments = گاهی وقت‌های ملاقات از دست می‌رود
self-check-sub-structure-documents = اسناد لازم به وقت ملاقات آورده نمی‌شود
self-check-sub-daily-hygiene = نظافت شخصی
self-check-sub-daily-appearance = ظاهر مرتب
self-check-sub-daily-household = کارهای خانه پیش نمی‌رود
self-check-sub-dutch-express = بیان کردن فکرها با کلمات دشوار است
self-check-sub-dutch-oral = ارتباط شفاهی هنوز ممکن نیست
self-check-sub-dutch-written = ارتباط کتبی هنوز ممکن نیست
self-check-sub-dutch-illiterate = نمی‌تواند بخواند یا بنویسد
self-check-sub-learning-inactive = مدت‌های طولانی بدون کار یا آموزش
self-check-sub-learning-no-choices = هنوز آگاهانه رشته یا مسیری را انتخاب نکرده است
self-check-sub-learning-history = توضیح دادن سابقه تحصیلی و کاری دشوار است
self-check-sub-learning-recognition = مدرک خارجی هنوز به رسمیت شناخته نشده است
self-check-sub-work-guided-only = کارهای قبلی فقط با همراهی و راهنمایی زیاد ممکن بود
self-check-sub-work-unrealistic = انتظارها درباره کار، مزد یا محل کار با واقعیت جور نیست
self-check-sub-work-overestimates = توانایی‌های خود را بیشتر از آنچه هست می‌بیند
self-check-sub-work-expectations = هنوز خوب نمی‌داند محل کار از او چه انتظاری دارد
self-check-sub-attitude-no-steps = هنوز خودش قدمی برنمی‌دارد
self-check-sub-attitude-gives-up = با اولین مشکل زود دست می‌کشد
self-check-sub-attitude-motivation = فعلاً دلیلی برای تغییر چیزی نمی‌بیند
self-check-sub-attitude-one-target = بعد از جستجوی طولانی، فقط روی یک کار پافشاری می‌کند
self-check-sub-attitude-interaction = رفتار با دیگران یا با قوانین دشوار است
self-check-sub-mobility-no-transport = وسیله نقلیه شخصی ندارد و حمل‌ونقل عمومی هم نیست
self-check-sub-mobility-public-know-how = حمل‌ونقل عمومی: نمی‌داند چطور از آن استفاده کند، یا امکانش را ندارد
self-check-sub-mobility-no-public = در نزدیکی حمل‌ونقل عمومی نیست
self-check-sub-mobility-distance = روشن نیست مراجع تا چه فاصله‌ای می‌تواند رفت‌وآمد کند
self-check-sub-papers-not-independent = کارهای اداری را به تنهایی نمی‌تواند انجام دهد
self-check-sub-papers-obligations = مسئولیت‌های خود را خوب نمی‌شناسد (آدرس، صندوق بیمه صحی)
self-check-sub-papers-self-employed = کارهای اداری باقی‌مانده از کسب‌وکار شخصی قبلی
self-check-sub-papers-work-permit = اجازه کار یا اقامت معتبر ندارد
self-check-sub-papers-justice = با پولیس یا محکمه سروکار دارد
self-check-sub-digital-no-device = موبایل، کمپیوتر یا انترنت ندارد
self-check-sub-digital-no-email = آدرس ایمیل ندارد
self-check-sub-digital-no-eid = هنوز نمی‌تواند از itsme یا کارت eID استفاده کند
self-check-sub-digital-no-vdab = حساب VDAB ندارد

## Suggested actions (for the plan)
self-check-act-money-debt-mediation = با هم رفتن به خدمات میانجی‌گری قرض
self-check-act-money-budget-guidance = شروع راهنمایی برای مدیریت بودجه
self-check-act-housing-search-together = با هم دنبال خانه گشتن
self-check-act-housing-reference-address = درخواست آدرس مرجع (referentieadres)
self-check-act-health-see-doctor = گرفتن وقت ملاقات با داکتر خانوادگی
self-check-act-health-check-limits = بررسی اینکه از نظر جسمی چه چیزی ممکن است
self-check-act-mind-talk-counsellor = گفتگو با یک روان‌شناس یا مشاور
self-check-act-mind-refer-care = با هم گشتن دنبال کمک و درمان مناسب
self-check-act-addiction-contact-service = تماس گرفتن با یک مرکز کمک برای اعتیاد
self-check-act-addiction-talk-doctor = صحبت کردن درباره آن با داکتر خانوادگی
self-check-act-family-parenting-support = پیدا کردن حمایت برای تربیت فرزندان
self-check-act-family-relieve-care = پیدا کردن کسی که بتواند بار مراقبت را سبک‌تر کند
self-check-act-childcare-find-place = با هم گشتن دنبال جایی در کودکستان
self-check-act-childcare-informal = بررسی نگهداری از کودکان توسط خانواده یا آشنایان
self-check-act-safety-safe-talk = یک گفتگوی امن و تنها با مددکار اجتماعی
self-check-act-safety-contact-support = تماس با یک خط کمک یا یک مرکز حمایت
self-check-act-network-meeting-place = رفتن به یک محل دیدار در نزدیکی
self-check-act-network-volunteering = امتحان کردن کار داوطلبانه
self-check-act-structure-week-plan = با هم ساختن یک برنامه هفتگی
self-check-act-structure-reminders = تنظیم یادآوری برای وقت‌های ملاقات
self-check-act-daily-home-support = بررسی کمک در خانه
self-check-act-daily-practice = تمرین کارهای خانه
self-check-act-dutch-course = ثبت‌نام در کورس زبان هالندی
self-check-act-dutch-conversation-table = رفتن به جلسه تمرین گفتگو (praattafel)
self-check-act-learning-diploma-recognition = به رسمیت شناساندن مدرک تحصیلی (NARIC)
self-check-act-learning-training = انتخاب یک آموزش یا کورس
self-check-act-work-cv = با هم نوشتن سی‌وی (رزومه)
self-check-act-work-job-coach = آشنایی با یک راهنمای کاریابی (jobcoach)
self-check-act-attitude-small-steps = توافق روی یک قدم اول کوچک
self-check-act-attitude-orientation = شرکت در یک دوره آشنایی یا کارآموزی کوتاه آزمایشی
self-check-act-mobility-transport-pass = درخواست کارت ماهانه بس یا قطار
self-check-act-mobility-bike-or-licence = یاد گرفتن بایسکل‌سواری یا گرفتن جواز رانندگی
self-check-act-papers-sort-together = با هم مرتب کردن کاغذها و اسناد
self-check-act-papers-residence-advice = مشورت گرفتن درباره اقامت یا اجازه کار
self-check-act-digital-course = رفتن به کورس کمپیوتر
self-check-act-digital-eid-setup = با هم تنظیم کردن itsme یا کارت‌خوان eID

## Summary
self-check-summary-chart-title = دو دیدگاه در کنار هم
self-check-summary-chart-hint = برای هر بخش، پاسخ مراجع و نمره مددکار. علامت ≠ نشان می‌دهد کجا با هم فرق دارند: از همان‌جا می‌شود گفتگو را شروع کرد.
self-check-summary-table-caption = پاسخ‌ها در هر بخش
self-check-col-domain = بخش
self-check-col-client = مراجع
self-check-col-worker = مددکار
self-check-col-marks = نکته مهم
self-check-diff = تفاوت
self-check-precondition = پیش‌شرط
self-check-not-answered = هنوز جواب داده نشده
self-check-skipped = برای بعد
self-check-wants-help = کمک می‌خواهد
self-check-summary-diff-title = جاهایی که پاسخ‌ها فرق دارند
self-check-summary-diff-none = هنوز میان دو پاسخ تفاوتی نیست.
self-check-summary-pre-title = پیش‌شرط‌ها
self-check-summary-pre-hint = مددکار به این‌ها نمره 3 داده است. بیشتر OCMWها اول به این موضوع‌ها می‌پردازند.
self-check-summary-pre-none = هیچ پیش‌شرطی مشخص نشده است.
self-check-summary-help-title = مراجع در این موارد کمک می‌خواهد
self-check-summary-help-none = هنوز درخواست کمکی مشخص نشده است.
self-check-summary-actions = اقدام‌های ممکن
self-check-summary-client-note = با کلمات خود مراجع
self-check-summary-changes-title = چه چیزی از خودارزیابی تاریخ { $date } تا حالا تغییر کرده است
self-check-summary-changes-none = از خودارزیابی قبلی تا حالا تغییری نبوده است.
self-check-summary-first = این اولین خودارزیابی است: هنوز چیزی برای مقایسه نیست.
self-check-voice-client = مراجع
self-check-voice-worker = مددکار
self-check-change-eased = سبک‌تر
self-check-change-harder = سنگین‌تر
self-check-change-line = { $domain } ({ $voice }): { $from } ← { $to }

self-check-add-to-plan = افزودن به برنامه
self-check-add-to-plan-named = افزودن «{ $action }» به برنامه
self-check-in-plan = در برنامه هست

## rules
self-check-sub-money-unemployment-trap = خطر تله‌ی بیکاری: کار کردن درآمد کمی بیشتر یا هیچ درآمد بیشتری ندارد
