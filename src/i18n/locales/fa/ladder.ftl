# Trede: Dari/Persian, participation ladder and offer catalogue.
# Tone: invitations, never commands. Every step counts, also a step back is part of the road.

view-ladder = نردبان

## The ladder
ladder-title = نردبان مشارکت
ladder-intro = { $name } امروز کجا ایستاده است، و قدم خوب بعدی چه می‌تواند باشد؟ روی یک پله بزنید تا ببینید چه فرصت‌هایی در آن هست.
ladder-now-none = هنوز جایگاهی ثبت نشده است. پایین‌تر می‌توانید با هم اولین جایگاه را اضافه کنید.
ladder-now-rung = حالا: پله { $number }، { $rung }
ladder-now-status = حالا: { $status } (بیرون از پله‌ها)
ladder-language-course-beside = در کنار آن، یک کورس زبان هم جریان دارد.
ladder-rung-button = پله { $number }: { $rung }
ladder-badge-now = حالا
ladder-badge-target = هدف
ladder-offer-count =
    { $count ->
        [0] هیچ فرصتی نیست
        [one] یک فرصت
       *[other] { $count } فرصت
    }
ladder-rungs-label = شش پله، بالاترین در بالا

## Target rung
ladder-target-label = بالاترین پله ممکن برای { $name }
ladder-target-hint = هدفی که با هم انتخاب می‌کنید. هر پله‌ای می‌تواند باشد.
ladder-target-none = هنوز انتخاب نشده
ladder-target-reached = { $name } به پله هدف رسیده است. این یک موفقیت واقعی است.
ladder-target-four = برای بعضی از مردم، کار داوطلبانه یا کار بدون مزد دیگر بالاترین پله ممکن است. رسیدن به آن یک موفقیت است، نه پایان راه.

## Offers
ladder-offers-title = فرصت‌ها در پله { $number }: { $rung }
ladder-offers-none = در فهرست، برای این پله فرصتی نیست.
ladder-offers-close = بستن فرصت‌ها
ladder-offer-provider = از طرف
ladder-offer-duration = مدت
ladder-offer-allowance = پرداخت
ladder-offer-conditions = چه کسی می‌تواند شرکت کند
ladder-offer-pick = انتخاب برای برنامه
ladder-offer-picked = برای برنامه انتخاب شده
ladder-offer-unpick = برداشتن از برنامه
ladder-picked-title = فرصت‌های انتخاب‌شده برای برنامه
ladder-picked-none = هنوز چیزی انتخاب نشده است. فرصتی که روی نردبان انتخاب می‌کنید، می‌تواند یک قدم در برنامه ادغام شود.
ladder-picked-from = پله { $number }، از { $catalogue } { $edition }

## Placements
ladder-placements-title = جایگاه‌های ثبت‌شده
ladder-placements-none = هنوز جایگاهی ثبت نشده است.
ladder-add-title = افزودن یک جایگاه
ladder-edit-title = تغییر این جایگاه
ladder-date-label = تاریخ
ladder-date-missing = لطفاً یک تاریخ انتخاب کنید.
ladder-position-label = پله یا وضعیت
ladder-position-rungs = پله‌ها
ladder-position-side = وضعیت‌های بیرون از نردبان
ladder-status-orientation = دوره آشنایی (پرونده کمتر از چهار ماه دارد)
ladder-status-exempted = معاف به دلایل صحی یا به دلایل انصاف
ladder-status-studying = درس می‌خواند
ladder-status-care-first = اول مراقبت
ladder-viewpoint-label = چه کسی این‌طور می‌بیند؟
ladder-view-client = مراجع این‌طور می‌بیند
ladder-view-worker = مددکار اجتماعی این‌طور می‌بیند
ladder-view-agreed = با هم توافق شده
ladder-language-course-label = در کنار آن، یک کورس زبان هم جریان دارد
ladder-note-label = یادداشت (می‌تواند خالی بماند)
ladder-note-hint = در چند کلمه: چه چیزی تغییر کرده است، و چه احساسی دارد؟
ladder-error-note-too-long = این یادداشت { $actual } حرف دارد. لطفاً حداکثر { $max } حرف.
ladder-save-placement = ذخیره جایگاه
ladder-edit-button = تغییر
ladder-delete-button = حذف
ladder-confirm-delete-title = این جایگاه حذف شود؟
ladder-confirm-delete-body = جایگاه تاریخ { $date } از مسیر پاک می‌شود. این کار را نمی‌شود برگرداند.
ladder-confirm-delete-yes = بله، حذف شود

## History
ladder-history-title = مسیر تا حالا
ladder-history-none = وقتی جایگاهی ثبت شود، مسیر اینجا نشان داده می‌شود.
ladder-history-chart-label = نمودار پله‌ای جایگاه‌ها در طول زمان. جدول پایین همین اطلاعات را دارد.
ladder-history-table-caption = مسیر به شکل جدول
ladder-history-aside-lane = بیرون از نردبان
ladder-col-date = تاریخ
ladder-col-position = پله یا وضعیت
ladder-col-move = تغییر
ladder-col-view = دیدگاه چه کسی
ladder-col-note = یادداشت
ladder-move-start = نقطه شروع
ladder-move-rise = بالا رفتن از پله { $from }
ladder-move-fall = یک قدم به عقب از پله { $from }
ladder-move-level = همان پله
ladder-move-aside = بیرون از نردبان
ladder-fall-label = قدم به عقب
ladder-falls-summary =
    { $count ->
        [0] هنوز هیچ قدمی به عقب نبوده است.
        [one] یک قدم به عقب. قدم به عقب پیش می‌آید؛ این هم بخشی از راه است.
       *[other] { $count } قدم به عقب. قدم به عقب پیش می‌آید؛ این هم بخشی از راه است.
    }

## Catalogue
catalogue-title = فهرست فرصت‌ها
catalogue-current = در حال استفاده: { $name }، نسخه { $edition }، { $count } فرصت.
catalogue-builtin = این فهرست اصلی خود Trede است.
catalogue-load-label = بارگذاری یک فهرست دیگر (فایل JSON)
catalogue-load-hint = فایلی با قالب فهرست Trede. فایل روی این دستگاه می‌ماند. فهرست فعلی تا وقتی یک فایل معتبر جای آن را بگیرد، در حال استفاده می‌ماند.
catalogue-loaded = فهرست تازه در حال استفاده است.
catalogue-problems-title =
    { $count ->
        [one] از این فایل نمی‌شد استفاده کرد. یک چیز باید اصلاح شود:
       *[other] از این فایل نمی‌شد استفاده کرد. { $count } چیز باید اصلاح شود:
    }
catalogue-reset = استفاده دوباره از فهرست اصلی Trede
catalogue-problem-line = { $place }: { $problem }
catalogue-place-file = فایل
catalogue-place-field = فیلد "{ $field }"
catalogue-place-offer = فرصت { $number }
catalogue-place-offer-id = فرصت { $number } ("{ $id }")
catalogue-place-offer-field = فرصت { $number }، فیلد "{ $field }"
catalogue-place-offer-id-field = فرصت { $number } ("{ $id }")، فیلد "{ $field }"
catalogue-problem-not-json = این JSON معتبر نیست (سطر { $line }، ستون { $column })
catalogue-problem-not-object = این یک فهرست نیست (انتظار می‌رود: یک آبجکت با "format"، "version"، "id"، "name"، "edition" و "offers")
catalogue-problem-format = "{ $found }" همان "trede-catalogue" نیست
catalogue-problem-version = نسخه { $found } خوانده نمی‌شود (این Trede نسخه 1 را می‌خواند)
catalogue-problem-missing = وجود ندارد
catalogue-problem-type =
    { $expected ->
        [text] باید متن باشد
        [number] باید عدد باشد
        [list] باید فهرست باشد
        [offer] باید یک آبجکت با فیلدهای یک فرصت باشد
       *[object] باید یک آبجکت با یک متن برای هر زبان باشد، مثل "nl" و "en"
    }
catalogue-problem-rung = { $found } یک پله نیست (1 تا 6)
catalogue-problem-empty = خالی است
catalogue-problem-too-long = از { $max } حرف طولانی‌تر است
catalogue-problem-no-dutch = متن هالندی ("nl") ندارد
catalogue-problem-language = "{ $code }" کد زبانی نیست که Trede بشناسد
catalogue-problem-id = "{ $found }" شناسه معتبری نیست (حروف کوچک لاتین، عدد و خط تیره)
catalogue-problem-duplicate = این شناسه قبلاً برای فرصت { $first } استفاده شده است
catalogue-problem-unknown-field = فیلد شناخته‌شده‌ای نیست
catalogue-problem-no-offers = فهرست فرصت‌ها خالی است

## rules
ladder-definitions-title = هر پله چه معنایی دارد؟
ladder-exempted-decision = تصمیم OCMW در تاریخ { $date }: { $ground }. { $reason }
ladder-exempted-no-decision = هنوز تصمیم معافیت OCMW در برنامه نیست. آن را در برنامه، در گام اول، یادداشت کنید.
## evals
ladder-from-evaluation = از یک ارزیابی GPMI
ladder-history-per-view = بالا یا پایین رفتن برای هر دیدگاه جدا حساب می‌شود: دید مراجع با دید مراجع، دید مددکار اجتماعی با دید مددکار اجتماعی. توافق مشترک برای هر دو حساب می‌شود.
## plan
catalogue-problem-carrier = "{ $found }" نه "client" است، نه "ocmw" و نه "partner"
## store
catalogue-problem-too-large = فایل بزرگ‌تر از { $max } کیلوبایت است، بسیار بزرگ‌تر از یک فهرست خدمات
catalogue-problem-too-many = بیش از { $max } خدمت در فهرست
