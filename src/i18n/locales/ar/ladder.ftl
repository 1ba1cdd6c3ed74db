# Trede: Arabic, participation ladder and offer catalogue.
# Tone: invitations, never commands. Every step counts, also a step back is part of the road.

view-ladder = السلّم

## The ladder
ladder-title = سلّم المشاركة
ladder-intro = ما موقع { $name } اليوم، وما الخطوة التالية المناسبة؟ يمكن الضغط على أي درجة لرؤية الفرص المتاحة فيها.
ladder-now-none = لم يُسجَّل أي موضع بعد. يمكنكما إضافة الموضع الأول معًا في الأسفل.
ladder-now-rung = الآن: الدرجة { $number }، { $rung }
ladder-now-status = الآن: { $status } (ليست درجة على السلّم)
ladder-language-course-beside = وإلى جانب ذلك، هناك دورة لغة جارية.
ladder-rung-button = الدرجة { $number }: { $rung }
ladder-badge-now = الآن
ladder-badge-target = الهدف
ladder-offer-count =
    { $count ->
        [zero] لا توجد فرص
        [one] فرصة واحدة
        [two] فرصتان
        [few] { $count } فرص
        [many] { $count } فرصة
       *[other] { $count } فرصة
    }
ladder-rungs-label = الدرجات الست، الأعلى في الأعلى

## Target rung
ladder-target-label = أعلى درجة يمكن الوصول إليها بالنسبة إلى { $name }
ladder-target-hint = الهدف الذي تختارانه معًا. كل درجة ممكنة.
ladder-target-none = لم يُختَر بعد
ladder-target-reached = { $name } في الدرجة الهدف الآن. هذا إنجاز حقيقي.
ladder-target-four = بالنسبة إلى بعض الناس، يكون العمل التطوعي أو غيره من العمل غير المأجور هو أعلى درجة ممكنة. الوصول إليها نجاح، وليس نهاية الطريق.

## Offers
ladder-offers-title = الفرص في الدرجة { $number }: { $rung }
ladder-offers-none = لا يحتوي الدليل على فرص في هذه الدرجة.
ladder-offers-close = إغلاق قائمة الفرص
ladder-offer-provider = الجهة المقدِّمة
ladder-offer-duration = المدة
ladder-offer-allowance = المقابل المالي
ladder-offer-conditions = من يمكنه المشاركة
ladder-offer-pick = اختيار للخطة
ladder-offer-picked = تمّ اختيارها للخطة
ladder-offer-unpick = إزالة من الخطة
ladder-picked-title = الفرص المختارة للخطة
ladder-picked-none = لم يُختَر شيء بعد. أي فرصة تُختار على السلّم يمكن أن تصبح خطوة في خطة الاندماج.
ladder-picked-from = الدرجة { $number }، من { $catalogue } { $edition }

## Placements
ladder-placements-title = المواضع المسجَّلة
ladder-placements-none = لا توجد مواضع مسجَّلة بعد.
ladder-add-title = تسجيل موضع
ladder-edit-title = تعديل هذا الموضع
ladder-date-label = التاريخ
ladder-date-missing = يُرجى اختيار تاريخ.
ladder-position-label = الدرجة أو الوضع
ladder-position-rungs = الدرجات
ladder-position-side = أوضاع إلى جانب السلّم
ladder-status-orientation = مرحلة التوجيه (عمر الملف أقل من أربعة أشهر)
ladder-status-exempted = معفى لأسباب صحية أو لاعتبارات الإنصاف
ladder-status-studying = يدرس
ladder-status-care-first = الرعاية أولًا
ladder-viewpoint-label = من يرى الأمر هكذا؟
ladder-view-client = هكذا يراه المستفيد
ladder-view-worker = هكذا يراه الأخصائي الاجتماعي
ladder-view-agreed = اتُّفق عليه معًا
ladder-language-course-label = وإلى جانب ذلك، هناك دورة لغة جارية
ladder-note-label = ملاحظة (اختيارية)
ladder-note-hint = ببضع كلمات: ما الذي تغيّر، وما الشعور تجاه ذلك؟
ladder-error-note-too-long = هذه الملاحظة طويلة جدًا: عدد حروفها { $actual }، والحد الأقصى { $max } من فضلك.
ladder-save-placement = حفظ الموضع
ladder-edit-button = تعديل
ladder-delete-button = حذف
ladder-confirm-delete-title = حذف هذا الموضع؟
ladder-confirm-delete-body = سيُحذَف الموضع المسجَّل بتاريخ { $date } من المسار. لا يمكن التراجع عن ذلك.
ladder-confirm-delete-yes = نعم، حذف

## History
ladder-history-title = المسار
ladder-history-none = يظهر المسار هنا بمجرد تسجيل أول موضع.
ladder-history-chart-label = رسم بياني متدرّج للدرجات عبر الزمن. الجدول أدناه يحتوي على المعلومات نفسها.
ladder-history-table-caption = المسار على شكل جدول
ladder-history-aside-lane = إلى جانب السلّم
ladder-col-date = التاريخ
ladder-col-position = الدرجة أو الوضع
ladder-col-move = التغيير
ladder-col-view = من يرى الأمر هكذا
ladder-col-note = ملاحظة
ladder-move-start = نقطة البداية
ladder-move-rise = صعود من الدرجة { $from }
ladder-move-fall = خطوة إلى الوراء من الدرجة { $from }
ladder-move-level = الدرجة نفسها
ladder-move-aside = إلى جانب السلّم
ladder-fall-label = خطوة إلى الوراء
ladder-falls-summary =
    { $count ->
        [zero] لا خطوات إلى الوراء حتى الآن.
        [one] خطوة واحدة إلى الوراء. الخطوات إلى الوراء تحدث، وهي جزء من الطريق.
        [two] خطوتان إلى الوراء. الخطوات إلى الوراء تحدث، وهي جزء من الطريق.
        [few] { $count } خطوات إلى الوراء. الخطوات إلى الوراء تحدث، وهي جزء من الطريق.
        [many] { $count } خطوة إلى الوراء. الخطوات إلى الوراء تحدث، وهي جزء من الطريق.
       *[other] { $count } خطوة إلى الوراء. الخطوات إلى الوراء تحدث، وهي جزء من الطريق.
    }

## Catalogue
catalogue-title = دليل الفرص
catalogue-current = قيد الاستخدام: { $name }، الإصدار { $edition }، عدد الفرص: { $count }.
catalogue-builtin = هذا هو الدليل المدمج في التطبيق.
catalogue-load-label = تحميل دليل خاص (ملف JSON)
catalogue-load-hint = ملف بصيغة دليل Trede. يبقى الملف على هذا الجهاز. ويبقى الدليل الحالي قيد الاستخدام إلى أن يحلّ محلّه ملف صالح.
catalogue-loaded = الدليل الجديد قيد الاستخدام الآن.
catalogue-problems-title =
    { $count ->
        [zero] تعذّر استخدام هذا الملف.
        [one] تعذّر استخدام هذا الملف. هناك أمر واحد يجب تصحيحه:
        [two] تعذّر استخدام هذا الملف. هناك أمران يجب تصحيحهما:
        [few] تعذّر استخدام هذا الملف. هناك { $count } أمور يجب تصحيحها:
        [many] تعذّر استخدام هذا الملف. هناك { $count } أمرًا يجب تصحيحه:
       *[other] تعذّر استخدام هذا الملف. هناك { $count } أمر يجب تصحيحه:
    }
catalogue-reset = العودة إلى الدليل المدمج
catalogue-problem-line = { $place }: { $problem }
catalogue-place-file = الملف
catalogue-place-field = الحقل "{ $field }"
catalogue-place-offer = الفرصة { $number }
catalogue-place-offer-id = الفرصة { $number } ("{ $id }")
catalogue-place-offer-field = الفرصة { $number }، الحقل "{ $field }"
catalogue-place-offer-id-field = الفرصة { $number } ("{ $id }")، الحقل "{ $field }"
catalogue-problem-not-json = هذا ليس JSON صالحًا (السطر { $line }، العمود { $column })
catalogue-problem-not-object = هذا ليس دليلًا (المتوقَّع: كائن يحتوي على "format" و"version" و"id" و"name" و"edition" و"offers")
catalogue-problem-format = "{ $found }" ليس "trede-catalogue"
catalogue-problem-version = لا يمكن قراءة الإصدار { $found } (هذا الإصدار من Trede يقرأ الإصدار 1)
catalogue-problem-missing = غير موجود
catalogue-problem-type =
    { $expected ->
        [text] يجب أن يكون نصًا
        [number] يجب أن يكون رقمًا
        [list] يجب أن يكون قائمة
        [offer] يجب أن يكون كائنًا فيه حقول الفرصة
       *[object] يجب أن يكون كائنًا فيه نص لكل لغة، مثل "nl" و"en"
    }
catalogue-problem-rung = { $found } ليس درجة (من 1 إلى 6)
catalogue-problem-empty = فارغ
catalogue-problem-too-long = يتجاوز الحد الأقصى لعدد الحروف ({ $max })
catalogue-problem-no-dutch = لا يحتوي على نص هولندي ("nl")
catalogue-problem-language = "{ $code }" ليس رمز لغة يعرفه Trede
catalogue-problem-id = "{ $found }" ليس معرّفًا صالحًا (حروف لاتينية صغيرة وأرقام وشَرطات)
catalogue-problem-duplicate = هذا المعرّف مستخدَم من قبل في الفرصة { $first }
catalogue-problem-unknown-field = ليس حقلًا معروفًا
catalogue-problem-no-offers = قائمة الفرص فارغة

## rules
ladder-definitions-title = ماذا تعني كل درجة؟
ladder-exempted-decision = قرار OCMW بتاريخ { $date }: { $ground }. { $reason }
ladder-exempted-no-decision = لا يوجد في الخطة بعد قرار إعفاء من OCMW. اكتبه في الخطة، في الخطوة الأولى.
## evals
ladder-from-evaluation = من تقييم للمشروع الفردي (GPMI)
ladder-history-per-view = الصعود أو التراجع يُحسب لكل وجهة نظر: نظرة العميل مع نظرة العميل، ونظرة الأخصائي الاجتماعي مع نظرة الأخصائي الاجتماعي. المتَّفق عليه معًا يُحسب للاثنين.
## plan
catalogue-problem-carrier = "{ $found }" ليس "client" أو "ocmw" أو "partner"
## store
catalogue-problem-too-large = الملف أكبر من { $max } كيلوبايت، أي أكبر بكثير من قائمة عروض
catalogue-problem-too-many = أكثر من { $max } عرضًا في القائمة
