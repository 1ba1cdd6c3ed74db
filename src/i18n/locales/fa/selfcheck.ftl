# Self-check. Client screens: short, friendly, plain (polite "shoma"). Worker screens: neutral. Never a verdict.

sc-view = خودارزیابی
sc-title = خودارزیابی
sc-intro = با هم به ۱۸ بخش زندگی نگاه می‌کنیم. می‌شود آن را تکه‌تکه و در چند جلسه انجام داد: همه چیز فوراً ذخیره می‌شود.
sc-list-title = خودارزیابی‌های این پرونده
sc-none = هنوز در این پرونده خودارزیابی نیست.
sc-start = شروع یک خودارزیابی تازه
sc-item-title = خودارزیابی تاریخ { $date }
sc-status-unfinished = هنوز تمام نشده
sc-status-complete = کامل پر شده
sc-progress-client = مراجع: { $answered } از { $total } پاسخ داده شده
sc-progress-skipped =
    { $count ->
        [0] هیچ سؤالی برای بعد نمانده
        [one] یک سؤال برای بعد مانده
       *[other] { $count } سؤال برای بعد مانده
    }
sc-progress-worker = مددکار: { $scored } از { $total } نمره داده شده
sc-open = باز کردن
sc-delete = حذف
sc-confirm-delete-title = این خودارزیابی حذف شود؟
sc-confirm-delete-body = خودارزیابی تاریخ { $date } از این دستگاه پاک می‌شود. این کار را نمی‌شود برگرداند.
sc-confirm-delete-yes = بله، حذف شود
sc-back-to-list = همه خودارزیابی‌ها
sc-mode-nav = بخش‌های خودارزیابی
sc-mode-client = پاسخ‌های مراجع
sc-mode-worker = ارزیابی مددکار
sc-mode-summary = خلاصه

## Client
sc-client-progress = سؤال { $current } از { $total }
sc-client-answer-label = پاسخ شما
sc-answer-good = خوب پیش می‌رود
sc-answer-hard = گاهی سخت است
sc-answer-big = حالا یک مشکل بزرگ است
sc-answer-private = ترجیح می‌دهم نگویم
sc-client-help = در این مورد کمک می‌خواهم
sc-client-note-label = دوست دارید چیزی درباره‌اش بگویید؟ با کلمات خودتان. خالی هم می‌تواند بماند.
sc-client-skip = بعداً جواب می‌دهم
sc-client-back = قبلی
sc-client-next = بعدی
sc-client-skipped-note = این سؤال را قبلاً برای بعد گذاشته بودید. حالا می‌توانید جواب بدهید، یا باز هم آن را بگذارید برای بعد.
sc-client-saved = همه چیز فوراً ذخیره می‌شود. هر وقت خواستید می‌توانید دست بکشید.
sc-client-end-title = این آخرین سؤال بود. خیلی تشکر!
sc-client-end-body = می‌خواهید چیزی را تغییر دهید؟ همیشه می‌توانید به یک سؤال برگردید.
sc-client-end-open =
    { $count ->
        [0] همه سؤال‌ها جواب داده شده است.
        [one] یک سؤال هنوز بی‌جواب مانده است:
       *[other] { $count } سؤال هنوز بی‌جواب مانده است:
    }
sc-client-go-to = رفتن به { $domain }

## Questions for the client
sc-q-money = وضع پول، بل‌ها و قرض‌هایتان چطور است؟
sc-q-housing = وضع خانه‌تان چطور است؟
sc-q-health = صحت‌تان چطور است؟
sc-q-mind = این روزها حال‌تان چطور است؟
sc-q-addiction = وضع شما با الکول، مواد مخدر، قمار یا قرص چطور است؟
sc-q-family = مراقبت از فرزندان‌تان یا از کس دیگری چطور پیش می‌رود؟
sc-q-childcare = وضع نگهداری از فرزندان‌تان چطور است، مثلاً کودکستان؟
sc-q-safety = در خانه چقدر احساس امنیت می‌کنید؟
sc-q-network = رابطه‌تان با آدم‌های دور و برتان چطور است؟
sc-q-structure = برنامه روزانه‌تان چطور است: از خواب بیدار شدن، رسیدن به وقت‌های ملاقات؟
sc-q-daily = پخت‌وپز، شستشو و کارهای خانه چطور پیش می‌رود؟
sc-q-dutch = صحبت کردن و خواندن به زبان هالندی چطور پیش می‌رود؟
sc-q-learning = وضع مکتب، کورس‌ها و مدرک‌هایتان چطور است؟
sc-q-work = کار چطور؟ تا حالا چه کارهایی کرده‌اید و چه کارهایی از دست‌تان برمی‌آید؟
sc-q-attitude = درباره قدم بعدی به سوی کار یا آموزش چه احساسی دارید؟
sc-q-mobility = رفت‌وآمدتان چطور است: بس (اتوبوس)، قطار، بایسکل (دوچرخه) یا موتر (ماشین)؟
sc-q-papers = وضع اسناد، نامه‌ها و اقامت‌تان چطور است؟
sc-q-digital = وضع موبایل، کمپیوتر، ایمیل و itsme چطور است؟

## Worker
sc-worker-intro = برای هر بخش یک نمره، بر اساس مقیاس ارزیابی HIVA. با نمره ۳ یا ۴ می‌توانید مشخص کنید چه چیزی صدق می‌کند. این نمره ارزیابی شماست، در کنار ارزیابی خود مراجع.
sc-score-1 = ۱ · مانعی نیست
sc-score-2 = ۲ · مانع هست، اما کار یا آموزش با حمایت ممکن است
sc-score-3 = ۳ · مانع هست: کار یا آموزش فعلاً ممکن نیست
sc-score-4 = ۴ · (هنوز) نمی‌توانم ارزیابی کنم
sc-score-none = هنوز نمره داده نشده
sc-worker-sub-title = چه چیزی صدق می‌کند؟
sc-worker-no-subs = برای این بخش، وضعیت را در یادداشت شرح دهید.
sc-worker-note-label = یادداشت مددکار
sc-dutch-level-label = سطح زبان هالندی
sc-dutch-level-hint = بر اساس گواهی مکتب یا Huis van het Nederlands، که بیشتر از دو سال از آن نگذشته باشد.
sc-dutch-level-none = هنوز پر نشده
sc-dutch-level-unknown = نامعلوم
sc-dutch-level-below-1-1 = پایین‌تر از 1.1
sc-dutch-level-1-1 = 1.1
sc-dutch-level-1-2 = 1.2
sc-dutch-level-2-1 = 2.1
sc-dutch-level-2-2 = 2.2
sc-dutch-level-2-3 = 2.3
sc-dutch-level-2-4 = 2.4
sc-dutch-level-learned = یادگیری کامل شده
sc-latin-reading = خواندن به الفبای لاتین
sc-latin-writing = نوشتن به الفبای لاتین
sc-yes = بله
sc-no = نه
sc-not-known = هنوز معلوم نیست

## Sub-items (with score 3 or 4)
sc-sub-money-debts = قرض
sc-sub-money-mediation = در برنامه میانجی‌گری قرض
sc-sub-money-basic-needs = پول برای غذا، لباس یا کرایه خانه کافی نیست
sc-sub-housing-no-address = آدرس ثابت ندارد، یا شب‌ها در پناهگاه شبانه می‌ماند
sc-sub-housing-unhealthy = مشکلات جدی با خانه، یا خانه غیرقابل سکونت اعلام شده است
sc-sub-housing-must-move = باید به زودی از خانه برود، یا خیلی زیاد جابه‌جا می‌شود
sc-sub-housing-transit = در خانه موقت (انتقالی) زندگی می‌کند
sc-sub-health-illness = مریضی، کار یا آموزش را دشوار می‌کند
sc-sub-health-diagnosis = مریضی شناخته‌شده، با گواهی داکتر
sc-sub-health-complaints = ناراحتی‌های صحی
sc-sub-health-pregnancy = حاملگی یا رخصتی زایمان
sc-sub-health-disability = معلولیت
sc-sub-health-work-disability = معلولیت کاری به رسمیت شناخته‌شده
sc-sub-family-parenting = تربیت فرزندان و رفتار با آن‌ها
sc-sub-family-child-needs = فرزندی با نیاز مراقبت ویژه
sc-sub-family-single-parent = پدر یا مادر تنها
sc-sub-family-care-task = در خانه از کسی مراقبت می‌کند که معلول، خیلی پیر یا برای مدت طولانی مریض است
sc-sub-childcare-waiting-list = درخواست داده، اما فهرست انتظار طولانی است
sc-sub-childcare-no-informal = کسی از خانواده یا آشنایان نیست که از کودکان نگهداری کند
sc-sub-childcare-unknown-options = هنوز امکانات و طریقه درخواست را نمی‌داند
sc-sub-safety-relationship = تنش با همسر، خانواده یا دیگران
sc-sub-safety-violence = خشونت در خانواده
sc-sub-network-no-social = دوست یا آشنای کمی دارد، یا هیچ ندارد
sc-sub-network-no-family = خانواده‌ای در نزدیکی ندارد
sc-sub-network-family-against-work = خانواده با کار کردن او موافق نیست
sc-sub-network-nobody-works = هیچ کس در خانواده یا میان دوستانش کار نمی‌کند
sc-sub-structure-no-rhythm = برنامه روزانه منظمی ندارد
sc-sub-structure-missed-appointments = گاهی وقت‌های ملاقات از دست می‌رود
sc-sub-structure-documents = اسناد لازم به وقت ملاقات آورده نمی‌شود
sc-sub-daily-hygiene = نظافت شخصی
sc-sub-daily-appearance = ظاهر مرتب
sc-sub-daily-household = کارهای خانه پیش نمی‌رود
sc-sub-dutch-express = بیان کردن فکرها با کلمات دشوار است
sc-sub-dutch-oral = ارتباط شفاهی هنوز ممکن نیست
sc-sub-dutch-written = ارتباط کتبی هنوز ممکن نیست
sc-sub-dutch-illiterate = نمی‌تواند بخواند یا بنویسد
sc-sub-learning-inactive = مدت‌های طولانی بدون کار یا آموزش
sc-sub-learning-no-choices = هنوز آگاهانه رشته یا مسیری را انتخاب نکرده است
sc-sub-learning-history = توضیح دادن سابقه تحصیلی و کاری دشوار است
sc-sub-learning-recognition = مدرک خارجی هنوز به رسمیت شناخته نشده است
sc-sub-work-guided-only = کارهای قبلی فقط با همراهی و راهنمایی زیاد ممکن بود
sc-sub-work-unrealistic = انتظارها درباره کار، مزد یا محل کار با واقعیت جور نیست
sc-sub-work-overestimates = توانایی‌های خود را بیشتر از آنچه هست می‌بیند
sc-sub-work-expectations = هنوز خوب نمی‌داند محل کار از او چه انتظاری دارد
sc-sub-attitude-no-steps = هنوز خودش قدمی برنمی‌دارد
sc-sub-attitude-gives-up = با اولین مشکل زود دست می‌کشد
sc-sub-attitude-motivation = فعلاً دلیلی برای تغییر چیزی نمی‌بیند
sc-sub-attitude-one-target = بعد از جستجوی طولانی، فقط روی یک کار پافشاری می‌کند
sc-sub-attitude-interaction = رفتار با دیگران یا با قوانین دشوار است
sc-sub-mobility-no-transport = وسیله نقلیه شخصی ندارد و حمل‌ونقل عمومی هم نیست
sc-sub-mobility-public-know-how = حمل‌ونقل عمومی: نمی‌داند چطور از آن استفاده کند، یا امکانش را ندارد
sc-sub-mobility-no-public = در نزدیکی حمل‌ونقل عمومی نیست
sc-sub-mobility-distance = روشن نیست مراجع تا چه فاصله‌ای می‌تواند رفت‌وآمد کند
sc-sub-papers-not-independent = کارهای اداری را به تنهایی نمی‌تواند انجام دهد
sc-sub-papers-obligations = مسئولیت‌های خود را خوب نمی‌شناسد (آدرس، صندوق بیمه صحی)
sc-sub-papers-self-employed = کارهای اداری باقی‌مانده از کسب‌وکار شخصی قبلی
sc-sub-papers-work-permit = اجازه کار یا اقامت معتبر ندارد
sc-sub-papers-justice = با پولیس یا محکمه سروکار دارد
sc-sub-digital-no-device = موبایل، کمپیوتر یا انترنت ندارد
sc-sub-digital-no-email = آدرس ایمیل ندارد
sc-sub-digital-no-eid = هنوز نمی‌تواند از itsme یا کارت eID استفاده کند
sc-sub-digital-no-vdab = حساب VDAB ندارد

## Suggested actions (for the plan)
sc-act-money-debt-mediation = با هم رفتن به خدمات میانجی‌گری قرض
sc-act-money-budget-guidance = شروع راهنمایی برای مدیریت بودجه
sc-act-housing-search-together = با هم دنبال خانه گشتن
sc-act-housing-reference-address = درخواست آدرس مرجع (referentieadres)
sc-act-health-see-doctor = گرفتن وقت ملاقات با داکتر خانوادگی
sc-act-health-check-limits = بررسی اینکه از نظر جسمی چه چیزی ممکن است
sc-act-mind-talk-counsellor = گفتگو با یک روان‌شناس یا مشاور
sc-act-mind-refer-care = با هم گشتن دنبال کمک و درمان مناسب
sc-act-addiction-contact-service = تماس گرفتن با یک مرکز کمک برای اعتیاد
sc-act-addiction-talk-doctor = صحبت کردن درباره آن با داکتر خانوادگی
sc-act-family-parenting-support = پیدا کردن حمایت برای تربیت فرزندان
sc-act-family-relieve-care = پیدا کردن کسی که بتواند بار مراقبت را سبک‌تر کند
sc-act-childcare-find-place = با هم گشتن دنبال جایی در کودکستان
sc-act-childcare-informal = بررسی نگهداری از کودکان توسط خانواده یا آشنایان
sc-act-safety-safe-talk = یک گفتگوی امن و تنها با مددکار اجتماعی
sc-act-safety-contact-support = تماس با یک خط کمک یا یک مرکز حمایت
sc-act-network-meeting-place = رفتن به یک محل دیدار در نزدیکی
sc-act-network-volunteering = امتحان کردن کار داوطلبانه
sc-act-structure-week-plan = با هم ساختن یک برنامه هفتگی
sc-act-structure-reminders = تنظیم یادآوری برای وقت‌های ملاقات
sc-act-daily-home-support = بررسی کمک در خانه
sc-act-daily-practice = تمرین کارهای خانه
sc-act-dutch-course = ثبت‌نام در کورس زبان هالندی
sc-act-dutch-conversation-table = رفتن به جلسه تمرین گفتگو (praattafel)
sc-act-learning-diploma-recognition = به رسمیت شناساندن مدرک تحصیلی (NARIC)
sc-act-learning-training = انتخاب یک آموزش یا کورس
sc-act-work-cv = با هم نوشتن سی‌وی (رزومه)
sc-act-work-job-coach = آشنایی با یک راهنمای کاریابی (jobcoach)
sc-act-attitude-small-steps = توافق روی یک قدم اول کوچک
sc-act-attitude-orientation = شرکت در یک دوره آشنایی یا کارآموزی کوتاه آزمایشی
sc-act-mobility-transport-pass = درخواست کارت ماهانه بس یا قطار
sc-act-mobility-bike-or-licence = یاد گرفتن بایسکل‌سواری یا گرفتن جواز رانندگی
sc-act-papers-sort-together = با هم مرتب کردن کاغذها و اسناد
sc-act-papers-residence-advice = مشورت گرفتن درباره اقامت یا اجازه کار
sc-act-digital-course = رفتن به کورس کمپیوتر
sc-act-digital-eid-setup = با هم تنظیم کردن itsme یا کارت‌خوان eID

## Summary
sc-summary-chart-title = دو دیدگاه در کنار هم
sc-summary-chart-hint = برای هر بخش، پاسخ مراجع و نمره مددکار. علامت ≠ نشان می‌دهد کجا با هم فرق دارند: از همان‌جا می‌شود گفتگو را شروع کرد.
sc-summary-table-caption = پاسخ‌ها در هر بخش
sc-col-domain = بخش
sc-col-client = مراجع
sc-col-worker = مددکار
sc-col-marks = نکته مهم
sc-diff = تفاوت
sc-precondition = پیش‌شرط
sc-not-answered = هنوز جواب داده نشده
sc-skipped = برای بعد
sc-wants-help = کمک می‌خواهد
sc-summary-diff-title = جاهایی که پاسخ‌ها فرق دارند
sc-summary-diff-none = هنوز میان دو پاسخ تفاوتی نیست.
sc-summary-pre-title = پیش‌شرط‌ها
sc-summary-pre-hint = مددکار به این‌ها نمره ۳ داده است. بیشتر OCMWها اول به این موضوع‌ها می‌پردازند.
sc-summary-pre-none = هیچ پیش‌شرطی مشخص نشده است.
sc-summary-help-title = مراجع در این موارد کمک می‌خواهد
sc-summary-help-none = هنوز درخواست کمکی مشخص نشده است.
sc-summary-actions = اقدام‌های ممکن
sc-summary-client-note = با کلمات خود مراجع
sc-summary-changes-title = چه چیزی از خودارزیابی تاریخ { $date } تا حالا تغییر کرده است
sc-summary-changes-none = از خودارزیابی قبلی تا حالا تغییری نبوده است.
sc-summary-first = این اولین خودارزیابی است: هنوز چیزی برای مقایسه نیست.
sc-voice-client = مراجع
sc-voice-worker = مددکار
sc-change-eased = سبک‌تر
sc-change-harder = سنگین‌تر
sc-change-line = { $domain } ({ $voice }): { $from } ← { $to }

sc-add-to-plan = افزودن به برنامه
sc-add-to-plan-named = افزودن «{ $action }» به برنامه
sc-in-plan = در برنامه هست
