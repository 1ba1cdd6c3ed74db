# Trede: signing and printing (Dari/Persian)
# The Dutch text of the plan is the binding one. Tone: plain words, honest, never threatening. Polite "shoma".

sign-view = امضا
print-view = چاپ

## Signing
sign-title = امضای برنامه
sign-intro = اول برنامه را با هم بخوانید. هر کسی که شرکت دارد، اینجا روی تبلت امضا می‌کند، درست مثل روی کاغذ: با انگشت، با قلم یا با ماوس.
sign-reflection = آیا مراجع می‌خواهد اول فکر کند؟ پس یک پیش‌نویس چاپ کنید تا با خود به خانه ببرد. امضا را می‌شود بعداً انجام داد.
sign-fingerprint = اثر انگشت دیجیتال این نسخه
sign-fingerprint-hint = این کد فقط به همین متن تعلق دارد. اگر چیزی در برنامه تغییر کند، کد هم تغییر می‌کند.
sign-state-unsigned = هنوز هیچ کس این نسخه برنامه را امضا نکرده است.
sign-state-partly = هنوز باید امضا کنند: { $names }
sign-state-complete = همه کسانی که باید امضا کنند، امضا کرده‌اند.
sign-outdated = برنامه بعد از امضا تغییر کرد. آن امضاها مربوط به یک نسخه قبلی است؛ هنوز می‌توانید آن نسخه را بخوانید و چاپ کنید. این نسخه باید دوباره امضا شود.
sign-not-ready = برنامه هنوز کاملاً برای امضا آماده نیست. در بخش «بازخوانی» نوشته شده که چه چیزی هنوز کم است.
sign-go-review = رفتن به «بازخوانی»
sign-go-print = رفتن به پیش‌نمایش چاپ
sign-parties-title = چه کسانی امضا می‌کنند
sign-present-title = حاضران دیگر (امضا کردن الزامی نیست)
sign-as-party = به عنوان یک طرف توافق امضا می‌کند
sign-as-present = به عنوان حاضر امضا می‌کند، نه به عنوان طرف توافق
sign-role-client = مراجع
sign-role-worker = مددکار اجتماعی، از طرف OCMW
sign-role-third = شریک
sign-role-interpreter = ترجمان
sign-role-support = فرد مورد اعتماد
sign-start = امضا کردن
sign-again = امضای دوباره
sign-withdraw = برداشتن امضا
sign-signed = امضا شده به تاریخ { $date }
sign-signed-at = امضا شده به تاریخ { $date } در { $place }
sign-not-signed = هنوز امضا نشده
sign-earlier-title = نسخه‌هایی که قبلاً امضا شده‌اند
sign-earlier-item = نسخه { $fingerprint }، امضا شده توسط { $names }
sign-show-version = دیدن این نسخه

## The signing area
pad-area = کادر امضا
pad-hint = با انگشت، با قلم یا با ماوس، داخل این کادر امضا کنید.
pad-empty = هنوز چیزی کشیده نشده است.
pad-drawn = یک امضا در کادر هست.
pad-undo = پاک کردن آخرین خط
pad-clear = پاک کردن همه
pad-name = نام
pad-date = تاریخ
pad-place = محل
pad-save = ذخیره امضا
pad-cancel = لغو
sign-problem-name = لطفاً نام را بنویسید.
sign-problem-strokes = لطفاً اول داخل کادر امضا کنید.
sign-problem-too-long = این امضا بیش از حد طولانی است. لطفاً آن را پاک کنید و کمی ساده‌تر امضا کنید.
sign-problem-unknown = این شریک دیگر در برنامه نیست.

## Printing
print-title = چاپ
print-intro = برنامه در اندازه A4، برای دادن به مراجع یا برای امضا روی کاغذ. چاپ بدون اینترنت هم کار می‌کند؛ برای ساختن یک فایل، «ذخیره به صورت PDF» را انتخاب کنید.
print-version-label = کدام نسخه
print-version-current = برنامه به شکلی که حالا هست
print-version-round = نسخه امضاشده { $fingerprint }
print-both = چاپ (هالندی + { $lang })
print-client = چاپ نسخه مراجع (فقط { $lang })
print-dutch = چاپ (هالندی)
print-mode-label = آنچه می‌بینید
print-mode-both = هالندی همراه با ترجمه کمکی
print-mode-client = نسخه مراجع
print-no-translation = هنوز ترجمه‌ای به { $lang } وجود ندارد. برنامه به زبان هالندی چاپ می‌شود.
print-preview-label = پیش‌نمایش چاپ

## The printed plan
doc-title = پروژه فردی برای ادغام اجتماعی (GPMI)
doc-subtitle = توافقی میان مراجع و OCMW
doc-binding-note = ترجمه کمکی. متن هالندی همان متنی است که اعتبار قانونی دارد (متن الزام‌آور).
doc-copy-note = این یک ترجمه کمکی برای مراجع است. متن هالندی همان متنی است که اعتبار قانونی دارد (متن الزام‌آور).
doc-draft = پیش‌نویس
doc-draft-note = پیش‌نویس: هنوز همه آن را امضا نکرده‌اند.
doc-earlier-note = این یک نسخه قبلاً امضاشده است. برنامه بعد از آن تغییر کرد.
doc-not-set = پر نشده
doc-facts = مشخصات
doc-ocmw = OCMW
doc-client = مراجع
doc-worker = مددکار اجتماعی
doc-type = نوع برنامه
doc-type-employment = به سوی کار
doc-type-training = به سوی آموزش یا تحصیل
doc-type-activation = فعال‌سازی اجتماعی
doc-period = مدت
doc-decision = تصمیم درباره leefloon (کمک‌هزینه زندگی)
doc-partners = شریک‌ها
doc-support = در کنار مراجع
doc-topics = داستان مراجع
doc-topic-needs = آنچه مراجع به آن نیاز دارد
doc-topic-challenges = آنچه حالا سخت است
doc-topic-goals = آنچه مراجع می‌خواهد به آن برسد یا از آن دوری کند
doc-topic-future = مراجع آینده را چطور می‌بیند
doc-topic-role = نقشی که مراجع می‌خواهد در میان مردم داشته باشد
doc-goals = هدف‌ها
doc-goal-domain = بخش زندگی
doc-goal-period = دوره
doc-goal-why = چرا این مهم است
doc-actions = اقدام‌ها
doc-col-what = چه کاری
doc-col-who = چه کسی
doc-col-due = تا چه وقت
doc-col-evidence = از کجا می‌فهمیم که انجام شده است
doc-who-client = مراجع
doc-who-ocmw = OCMW
doc-who-third = شریک
doc-who-nobody = هنوز هیچ کس
doc-origin-catalogue = فرصتی از طرف OCMW
doc-questions = برنامه عمل
doc-question-client-will-do = مراجع برای رسیدن به هدف‌ها چه کاری انجام می‌دهد؟
doc-question-client-expects = مراجع از OCMW چه انتظاری دارد؟
doc-question-ocmw-expects = OCMW از مراجع چه انتظاری دارد؟
doc-means = سهم هر طرف
doc-means-client = مراجع
doc-means-ocmw = OCMW
doc-means-others = شریک‌ها
doc-evaluations = چه وقت با هم برنامه را مرور می‌کنیم
doc-evaluations-rule = دست کم { $count } بار در سال، که دست کم { $inperson } بار آن حضوری است.
doc-eval-in-person = حضوری
doc-eval-remote = تلفنی یا تصویری
doc-signatures = امضاها
doc-signatures-intro = طرف‌های توافق با امضای خود این برنامه را می‌پذیرند. ترجمان یا فرد مورد اعتماد به عنوان حاضر امضا می‌کند، نه به عنوان طرف توافق.
doc-fingerprint = اثر انگشت دیجیتال متن امضاشده (SHA-256)
doc-sign-name = نام
doc-sign-date = تاریخ
doc-sign-place = محل

## Rights and duties, in plain words
rights-title = حقوق و مسئولیت‌ها
rights-agreement = این برنامه یک توافق میان شما و OCMW است. شما آن را با هم نوشته‌اید. با امضای خود، هر دو طرف قول می‌دهند کارهایی را که در آن نوشته شده انجام دهند.
rights-client = کار شما: اقدام‌هایی را که به نام شما نوشته شده انجام می‌دهید، به وقت‌های ملاقات می‌آیید، و اگر کاری پیش نرفت، به موقع خبر می‌دهید.
rights-ocmw = کار OCMW: همان طور که در این برنامه نوشته شده به شما کمک می‌کند و اقدام‌هایی را که به نام OCMW نوشته شده انجام می‌دهد. OCMW دست کم { $evaluations } بار در سال برنامه را همراه با شما مرور می‌کند، که دست کم { $in_person } بار آن در یک گفتگوی حضوری است.
rights-change = وقتی زندگی‌تان تغییر می‌کند، برنامه هم می‌تواند تغییر کند. شما و OCMW هر دو هر زمان می‌توانید بخواهید که برنامه تنظیم شود. برنامه‌ی تغییرکرده دوباره امضا می‌شود.
rights-reflection = پیش از امضا می‌توانید { $reflection ->
        [one] یک روز
       *[other] { $reflection } روز
    } مهلت فکر کردن بخواهید و پیش‌نویس را به خانه ببرید. می‌توانید کسی را که خودتان انتخاب می‌کنید همراه بیاورید.
rights-not-kept = اگر توافقی بدون دلیل موجه انجام نشود، leefloon می‌تواند به‌طور کامل یا بخشی از آن متوقف شود: حداکثر { $sanction ->
        [one] یک ماه
       *[other] { $sanction } ماه
    }، یا حداکثر { $repeat ->
        [one] یک ماه
       *[other] { $repeat } ماه
    } اگر در یک سال دوباره پیش بیاید. این هرگز بدون هشدار نیست: اول یک نامه‌ی سفارشی می‌گیرید.
rights-heard = شما حق دارید که حرف‌تان شنیده شود. پیش از آنکه تصمیمی گرفته شود، می‌توانید حرف خود را بزنید، و می‌توانید کسی را برای کمک همراه بیاورید.
rights-no-sanction = اگر دلیل موجه داشتید، یا اگر OCMW به توافق‌های خودش در این برنامه عمل نکرده بود، هیچ مجازاتی در کار نیست.
rights-interpreter = اگر گفتگو یا این برنامه را خوب نمی‌فهمید، می‌توانید یک ترجمان بخواهید.
rights-copy = شما یک نسخه از این برنامه دریافت می‌کنید. برای کمک، می‌توانید آن را به زبان خودتان هم بگیرید؛ متن هالندی همان متنی است که اعتبار قانونی دارد (متن الزام‌آور).
rights-appeal = اگر با تصمیم OCMW موافق نیستید، می‌توانید در دادگاه کار (arbeidsrechtbank) اعتراض کنید. برای این کار از روزی که تصمیم به شما اعلام شد { $appeal ->
        [one] یک ماه
       *[other] { $appeal } ماه
    } فرصت دارید.

pad-typed = نمی‌توانم با دست امضا کنم: نامی که تایپ می‌کنم امضای من به حساب می‌آید
pad-typed-hint = برای کسی که نمی‌تواند با دست امضا کند. در این صورت، نامی که پایین نوشته شده در کادر امضا قرار می‌گیرد.

## rules
rights-meeting = اگر درخواست گفت‌وگو با مددکار اجتماعی‌تان را بدهید، این گفت‌وگو باید ظرف { $meeting ->
        [one] یک روز کاری
       *[other] { $meeting } روز کاری
    } انجام شود.
doc-reflection = مهلت فکر کردن
doc-reflection-until = ادامه دارد تا
doc-reflection-waived = مراجع از آن صرف‌نظر کرد در تاریخ
sign-inside-reflection = مهلت فکر کردن تا پایان { $date } ادامه دارد. هر کس امروز امضا کند، در مهلت فکر کردن امضا می‌کند. این فقط وقتی درست است که مراجع خودش از آن صرف‌نظر کند: آن‌وقت آن را در برنامه یادداشت کنید.
## evals
doc-eval-written = کتبی
eval-report-title = گزارش یک ارزیابی GPMI
eval-report-kind = چگونه
eval-report-present = حاضران
eval-report-fulfils = زمان برنامه‌ریزی‌شده
eval-report-extra = یک ارزیابی اضافه، بیرون از زمان‌های برنامه‌ریزی‌شده
eval-report-rung = جای روی نردبان مشارکت
eval-report-rung-same = بدون تغییر
eval-report-next = ارزیابی بعدی
eval-report-next-none = هنوز زمان بعدی برنامه‌ریزی نشده
eval-report-goals = وضع هدف‌ها
eval-report-notes = آنچه تغییر کرد:
eval-report-actions = اقدام‌ها و پیشرفت آن‌ها
eval-report-col-status = وضعیت
eval-report-changes = افزوده یا تغییرکرده از نسخه‌ی قبلی
eval-report-no-changes = هیچ هدف یا اقدامی افزوده، تغییر داده یا حذف نشد.
eval-report-change-goal-added = هدف تازه
eval-report-change-goal-changed = هدف تغییر کرد
eval-report-change-goal-removed = هدف حذف شد
eval-report-change-action-added = اقدام تازه
eval-report-change-action-changed = اقدام تغییر کرد
eval-report-change-action-removed = اقدام حذف شد
eval-report-signatures = امضا کردن الزامی نیست. امضا تأیید می‌کند که این گزارش درست است.
eval-report-fingerprint = اثر انگشت دیجیتال این گزارش (SHA-256)
## plan
doc-contract = آنچه OCMW بر عهده می‌گیرد
doc-ocmw-actions = اقدامات OCMW
doc-domains = حوزه‌های فعالیت
doc-ended = بسته‌شده
doc-moved = پرونده منتقل شد به
sign-ended = این برنامه بسته شده است. دیگر نمی‌توان آن را امضا کرد.

## turn
doc-review-no = این ترجمه هنوز توسط کسی با همین زبان مادری بررسی نشده است.
doc-review-yes = این ترجمه توسط کسی با همین زبان مادری بررسی شده است.

## turn2
sign-binding-dutch = متن الزام‌آور، به زبان هلندی:

## changes
changes-title = از نسخهٔ { $date } به این طرف چه تغییر کرده است؟
changes-intro = پیش از امضای دوباره، این را با هم بخوانید. فقط آنچه اینجا آمده با نسخهٔ امضاشده فرق دارد.
changes-now = اکنون:
changes-was = پیشتر:
changes-goal-added = هدف جدید
changes-goal-removed = هدف حذف شد
changes-goal-changed = هدف تغییر کرد
changes-goal-period = دورهٔ دیگری برای هدف
changes-action-added = اقدام جدید
changes-action-removed = اقدام حذف شد
changes-action-what = اقدام به شکل دیگری نوشته شد
changes-action-who = کس دیگری این اقدام را انجام می‌دهد
changes-action-due = تاریخ دیگری برای اقدام
changes-action-changed = اقدام تغییر کرد
changes-date-decision = تاریخ دیگری برای تصمیم
changes-date-start = پلان در روز دیگری شروع می‌شود
changes-date-end = پلان در روز دیگری تمام می‌شود
changes-evaluation-added = زمان ارزیابی جدید
changes-evaluation-removed = زمان ارزیابی حذف شد
changes-evaluation-changed = زمان ارزیابی به شکل دیگر
changes-rung = پلهٔ جدید در نردبان
changes-part-basics = تغییر: نوع پلان، OCMW، مددکار اجتماعی یا نام
changes-part-partners = تغییر: همکاران و وظایف آنها
changes-part-present = تغییر: ترجمان یا شخص مورد اعتماد
changes-part-topics = تغییر: آنچه دربارهٔ آن صحبت کردیم
changes-part-agreements = تغییر: توافق‌ها و آنچه هر طرف می‌آورد
changes-part-contract = تغییر: تحصیل یا هزینه‌هایی که OCMW می‌پردازد
changes-part-evaluation-rule = تغییر: تعداد ارزیابی‌ها در سال
changes-part-other = تغییر: بخش دیگری از پلان
doc-changes-title = ضمیمه: از نسخهٔ { $date } به این طرف چه تغییر کرده است
doc-changes-old = اثر انگشت دیجیتال نسخهٔ قبلی:
doc-changes-new = اثر انگشت دیجیتال این نسخه:
doc-strength = توانایی
## case file: the plain Dutch summary for the OCMW's registration software (issue #18)
case-file-title = خلاصه برای پرونده
case-file-intro = برنامه به صورت متن ساده به زبان هالندی، به ترتیب فرم GPMI اداره POD MI، برای وارد کردن در نرم‌افزار ثبت. فقط آنچه در برنامهٔ امضاشده است: یادداشت‌های بیرون از آن نمی‌آیند.
case-file-intro-evaluation = این ارزیابی به صورت متن ساده به زبان هالندی، برای وارد کردن در نرم‌افزار ثبت. یادداشت‌های بیرون از برنامه نمی‌آیند.
case-file-show = نمایش خلاصه
case-file-hide = پنهان کردن خلاصه
case-file-copy = کپی
case-file-preview-label = خلاصه، همان‌طور که کپی می‌شود
case-file-copied = کپی شد. متن را در نرم‌افزار ثبت بچسبانید.
case-file-downloaded = کلیپ‌بورد در دسترس نیست. متن با نام { $file } دانلود شد.
