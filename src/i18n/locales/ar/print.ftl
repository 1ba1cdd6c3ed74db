# Trede: التوقيع والطباعة (العربية الفصحى)
# النص الهولندي للخطة هو النص المُلزِم، وهذه ترجمة مساعِدة. الأسلوب: كلمات بسيطة، صادقة، بلا تهديد.

sign-view = التوقيع
print-view = الطباعة

## التوقيع
sign-title = توقيع الخطة
sign-intro = اقرؤوا الخطة معًا أولًا. يوقّع كل من يشارك هنا على الجهاز اللوحي كما يوقّع على الورق: بالإصبع أو بالقلم أو بالفأرة.
sign-reflection = هل يرغب المستفيد في التفكير أولًا؟ اطبعوا مسودة ليأخذها إلى البيت. يمكن التوقيع لاحقًا.
sign-fingerprint = البصمة الرقمية لهذه النسخة
sign-fingerprint-hint = هذا الرمز خاص بهذا النص بالضبط. إذا تغيّر أي شيء في الخطة، يتغيّر الرمز أيضًا.
sign-state-unsigned = لم يوقّع أحد على هذه النسخة من الخطة بعد.
sign-state-partly = لم يوقّع بعد: { $names }
sign-state-complete = وقّع كل من يجب عليه التوقيع.
sign-outdated = تغيّرت الخطة بعد التوقيع عليها. هذه التوقيعات تخصّ نسخة سابقة، ويمكنك قراءتها وطباعتها. يجب التوقيع على هذه النسخة من جديد.
sign-not-ready = الخطة ليست جاهزة تمامًا للتوقيع. تجد ما ينقصها في خطوة «المراجعة».
sign-go-review = إلى «المراجعة»
sign-go-print = إلى معاينة الطباعة
sign-parties-title = من يوقّع
sign-present-title = حاضرون أيضًا (التوقيع اختياري)
sign-as-party = يوقّع بصفته طرفًا
sign-as-present = يوقّع بصفته حاضرًا، لا بصفته طرفًا
sign-role-client = المستفيد
sign-role-worker = الأخصائي الاجتماعي، عن مركز OCMW
sign-role-third = شريك
sign-role-interpreter = مترجم شفهي
sign-role-support = شخص مرافق موضع ثقة
sign-start = التوقيع
sign-again = التوقيع من جديد
sign-withdraw = حذف التوقيع
sign-signed = وُقّع بتاريخ { $date }
sign-signed-at = وُقّع بتاريخ { $date } في { $place }
sign-not-signed = لم يوقّع بعد
sign-earlier-title = نسخ سابقة موقّعة
sign-earlier-item = النسخة { $fingerprint }، وقّعها: { $names }
sign-show-version = عرض هذه النسخة

## مساحة التوقيع
pad-area = مساحة التوقيع
pad-hint = وقّع داخل المساحة بإصبعك أو بقلم أو بالفأرة.
pad-empty = لم يُرسم شيء بعد.
pad-drawn = يوجد توقيع في المساحة.
pad-undo = حذف آخر خط
pad-clear = مسح الكل
pad-name = الاسم
pad-date = التاريخ
pad-place = المكان
pad-save = حفظ التوقيع
pad-cancel = إلغاء
sign-problem-name = يُرجى كتابة الاسم.
sign-problem-strokes = يُرجى التوقيع داخل المساحة أولًا.
sign-problem-too-long = هذا التوقيع طويل جدًا. امسحه ووقّع بشكل أبسط قليلًا.
sign-problem-unknown = هذا الشريك لم يعد مذكورًا في الخطة.

## الطباعة
print-title = الطباعة
print-intro = الخطة على ورق A4، لتسليمها أو للتوقيع عليها على الورق. تعمل الطباعة دون إنترنت أيضًا؛ اختر «الحفظ بصيغة PDF» للحصول على ملف.
print-version-label = أي نسخة
print-version-current = الخطة كما هي الآن
print-version-round = النسخة الموقّعة { $fingerprint }
print-both = الطباعة (بالهولندية + { $lang })
print-client = طباعة نسخة المستفيد ({ $lang } فقط)
print-dutch = الطباعة (بالهولندية)
print-mode-label = ما تراه
print-mode-both = الهولندية مع ترجمة مساعِدة
print-mode-client = نسخة المستفيد
print-no-translation = لا توجد ترجمة إلى { $lang } بعد. تُطبع الخطة بالهولندية.
print-preview-label = معاينة الطباعة

## الخطة المطبوعة
doc-title = المشروع الفردي للاندماج الاجتماعي (GPMI)
doc-subtitle = اتفاق بين المستفيد ومركز الرعاية الاجتماعية (OCMW)
doc-binding-note = ترجمة مساعِدة. النص الهولندي هو النص المُلزِم.
doc-copy-note = هذه ترجمة مساعِدة للمستفيد. النص الهولندي هو النص المُلزِم.
doc-draft = مسودة
doc-draft-note = مسودة: لم يوقّع عليها الجميع بعد.
doc-earlier-note = هذه نسخة سابقة موقّعة. تغيّرت الخطة بعدها.
doc-not-set = لم يُملأ
doc-facts = البيانات
doc-ocmw = مركز OCMW
doc-client = المستفيد
doc-worker = الأخصائي الاجتماعي
doc-type = نوع الخطة
doc-type-employment = موجّهة نحو العمل
doc-type-training = موجّهة نحو التكوين أو الدراسة
doc-type-activation = التنشيط الاجتماعي
doc-period = المدة
doc-decision = قرار منح دخل الاندماج
doc-partners = الشركاء
doc-support = بجانب المستفيد
doc-topics = قصة المستفيد
doc-topic-needs = ما يحتاجه المستفيد
doc-topic-challenges = ما هو صعب الآن
doc-topic-goals = ما يريد المستفيد تحقيقه أو تجنّبه
doc-topic-future = كيف يرى المستفيد مستقبله
doc-topic-role = الدور الذي يريده المستفيد بين الناس
doc-goals = الأهداف
doc-goal-domain = مجال الحياة
doc-goal-period = الفترة
doc-goal-why = لماذا هذا مهم
doc-actions = الإجراءات
doc-col-what = ماذا
doc-col-who = من
doc-col-due = متى أقصى موعد
doc-col-evidence = كيف نعرف أنه تم
doc-who-client = المستفيد
doc-who-ocmw = مركز OCMW
doc-who-third = شريك
doc-who-nobody = لا أحد بعد
doc-origin-catalogue = عرض من مركز OCMW
doc-questions = خطة العمل
doc-question-client-will-do = ماذا سيفعل المستفيد لتحقيق أهدافه؟
doc-question-client-expects = ماذا ينتظر المستفيد من مركز OCMW؟
doc-question-ocmw-expects = ماذا ينتظر مركز OCMW من المستفيد؟
doc-means = ما يقدّمه كل طرف
doc-means-client = المستفيد
doc-means-ocmw = مركز OCMW
doc-means-others = الشركاء
doc-evaluations = متى نراجع الخطة معًا
doc-evaluations-rule = عدد المراجعات في السنة: { $count } على الأقل، منها { $inperson } على الأقل وجهًا لوجه.
doc-eval-in-person = وجهًا لوجه
doc-eval-remote = بالهاتف أو بالفيديو
doc-signatures = التوقيعات
doc-signatures-intro = بالتوقيع يوافق الطرفان على هذه الخطة. يوقّع المترجم أو الشخص المرافق بصفته حاضرًا، لا بصفته طرفًا.
doc-fingerprint = البصمة الرقمية للنص الموقّع (SHA-256)
doc-sign-name = الاسم
doc-sign-date = التاريخ
doc-sign-place = المكان

## الحقوق والواجبات بكلمات بسيطة
rights-title = الحقوق والواجبات
rights-agreement = هذه الخطة اتفاق بينك وبين مركز OCMW. كتبتماها معًا. وبالتوقيع يعد كل منكما بأن يفعل ما جاء فيها.
rights-client = ما تقوم به أنت: تنفّذ الإجراءات المكتوبة باسمك، وتحضر المواعيد، وتُخبرنا في الوقت المناسب إذا تعذّر عليك شيء.
rights-ocmw = ما يقوم به مركز OCMW: يساعدك كما تنصّ هذه الخطة، وينفّذ الإجراءات المكتوبة باسمه. ويراجع الخطة معك { $evaluations ->
        [one] مرة واحدة
        [two] مرتين
        [few] { $evaluations } مرات
        [many] { $evaluations } مرة
       *[other] { $evaluations } مرة
    } في السنة على الأقل، منها { $in_person ->
        [one] مرة واحدة
        [two] مرتان
        [few] { $in_person } مرات
        [many] { $in_person } مرة
       *[other] { $in_person } مرة
    } على الأقل في لقاء وجهًا لوجه.
rights-change = يمكن أن تتغير الخطة عندما تتغير حياتك. يمكنك أنت وOCMW أن تطلبا في أي وقت تعديلها. الخطة المعدّلة تُوقَّع من جديد.
rights-reflection = قبل أن توقّع، يمكنك أن تطلب مهلة للتفكير ({ $reflection ->
        [one] يوم واحد
        [two] يومان
        [few] { $reflection } أيام
        [many] { $reflection } يومًا
       *[other] { $reflection } يوم
    }) وأن تأخذ المسودة إلى البيت. يمكنك أن تُحضر شخصًا تختاره بنفسك.
rights-not-kept = إذا لم يُحترم اتفاق دون سبب وجيه، يمكن تعليق leefloon كليًا أو جزئيًا: لمدة أقصاها { $sanction ->
        [one] شهر واحد
        [two] شهران
        [few] { $sanction } أشهر
        [many] { $sanction } شهرًا
       *[other] { $sanction } شهر
    }، أو { $repeat ->
        [one] شهر واحد
        [two] شهران
        [few] { $repeat } أشهر
        [many] { $repeat } شهرًا
       *[other] { $repeat } شهر
    } إذا تكرر ذلك خلال سنة. لا يحدث ذلك أبدًا دون إنذار: تتلقى أولًا رسالة مسجلة.
rights-heard = يحق لك أن يُستمع إليك. قبل اتخاذ أي قرار، يحق لك أن تشرح وجهة نظرك، وأن تُحضر معك شخصًا يساعدك.
rights-no-sanction = لا تُفرض أي عقوبة إذا كان لديك سبب مقبول، أو إذا لم يلتزم مركز OCMW بما عليه في هذه الخطة.
rights-interpreter = إذا لم تفهم الحديث أو هذه الخطة جيدًا، يحق لك أن تطلب مترجمًا شفهيًا.
rights-copy = تحصل على نسخة من هذه الخطة. ويمكنك أيضًا الحصول عليها بلغتك كترجمة مساعِدة؛ النص الهولندي هو النص المُلزِم.
rights-appeal = إذا لم توافق على قرار من OCMW، يمكنك الطعن فيه أمام محكمة العمل (arbeidsrechtbank). لديك لذلك { $appeal ->
        [one] شهر واحد
        [two] شهران
        [few] { $appeal } أشهر
        [many] { $appeal } شهرًا
       *[other] { $appeal } شهر
    } من يوم إبلاغك بالقرار.

pad-typed = لا أستطيع التوقيع باليد: اسمي المكتوب يُعدّ توقيعًا لي
pad-typed-hint = لمن لا يستطيع التوقيع باليد. عندئذٍ يظهر الاسم المكتوب أدناه في مساحة التوقيع.

## rules
rights-meeting = إذا طلبت لقاءً مع مرشدك الاجتماعي، يجب أن يتم هذا اللقاء خلال { $meeting ->
        [one] يوم عمل واحد
        [two] يوما عمل
        [few] { $meeting } أيام عمل
        [many] { $meeting } يوم عمل
       *[other] { $meeting } يوم عمل
    }.
doc-reflection = مهلة التفكير
doc-reflection-until = تستمر حتى
doc-reflection-waived = تنازل عنها العميل في
sign-inside-reflection = تستمر مهلة التفكير حتى { $date } ضمنًا. من يوقّع اليوم يوقّع خلال مهلة التفكير. هذا ممكن فقط إذا تنازل العميل عنها بنفسه: اكتب ذلك عندها في الخطة.
## evals
doc-eval-written = كتابيًا
eval-report-title = تقرير تقييم للمشروع الفردي (GPMI)
eval-report-kind = كيف
eval-report-present = الحاضرون
eval-report-fulfils = الموعد المخطَّط
eval-report-extra = تقييم إضافي، خارج المواعيد المخطَّطة
eval-report-rung = الموضع على سلّم المشاركة
eval-report-rung-same = لا تغيير
eval-report-next = التقييم القادم
eval-report-next-none = لا موعد قادم مخطَّط بعد
eval-report-goals = كيف تسير الأهداف
eval-report-notes = ما الذي تغيّر:
eval-report-actions = الإجراءات وإلى أين وصلت
eval-report-col-status = الحالة
eval-report-changes = ما أُضيف أو تغيّر منذ النسخة السابقة
eval-report-no-changes = لم تُضَف أهداف أو إجراءات ولم تتغيّر أو تُحذف.
eval-report-change-goal-added = هدف جديد
eval-report-change-goal-changed = هدف تغيّر
eval-report-change-goal-removed = هدف حُذف
eval-report-change-action-added = إجراء جديد
eval-report-change-action-changed = إجراء تغيّر
eval-report-change-action-removed = إجراء حُذف
eval-report-signatures = التوقيع ليس إلزاميًا. التوقيع يؤكّد أن هذا التقرير صحيح.
eval-report-fingerprint = البصمة الرقمية لهذا التقرير (SHA-256)
## plan
doc-contract = ما يتحمله OCMW
doc-ocmw-actions = إجراءات OCMW
doc-domains = مجالات النشاط
doc-ended = منتهية
doc-moved = تم نقل الملف إلى
sign-ended = انتهت هذه الخطة. لا يمكن توقيعها بعد الآن.

## turn
doc-review-no = لم يراجع الترجمةَ بعدُ أحدٌ من أهل هذه اللغة.
doc-review-yes = راجع الترجمةَ أحدٌ من أهل هذه اللغة.

## turn2
sign-binding-dutch = النص المُلزِم، باللغة الهولندية:

## changes
changes-title = ما الذي تغيّر منذ نسخة { $date }؟
changes-intro = اقرأوا هذا معًا قبل التوقيع من جديد. فقط ما هو مذكور هنا يختلف عن النسخة التي وُقّعت.
changes-now = الآن:
changes-was = سابقًا:
changes-goal-added = هدف جديد
changes-goal-removed = حُذف هدف
changes-goal-changed = عُدّل هدف
changes-goal-period = مدة أخرى للهدف
changes-action-added = إجراء جديد
changes-action-removed = حُذف إجراء
changes-action-what = صيغ الإجراء بشكل آخر
changes-action-who = شخص آخر يقوم بالإجراء
changes-action-due = تاريخ آخر للإجراء
changes-action-changed = عُدّل إجراء
changes-date-decision = تاريخ آخر للقرار
changes-date-start = تبدأ الخطة في يوم آخر
changes-date-end = تنتهي الخطة في يوم آخر
changes-evaluation-added = موعد تقييم جديد
changes-evaluation-removed = حُذف موعد تقييم
changes-evaluation-changed = موعد تقييم بطريقة أخرى
changes-rung = درجة جديدة على السلّم
changes-part-basics = تعديل: نوع الخطة أو المركز العمومي للرعاية الاجتماعية (OCMW) أو الأخصائي الاجتماعي أو الاسم
changes-part-partners = تعديل: الشركاء ومهامهم
changes-part-present = تعديل: المترجم أو الشخص الموثوق
changes-part-topics = تعديل: ما تحدثنا عنه
changes-part-agreements = تعديل: الاتفاقات وما يقدّمه كل طرف
changes-part-contract = تعديل: الدراسة أو التكاليف التي يدفعها OCMW
changes-part-evaluation-rule = تعديل: عدد التقييمات في السنة
changes-part-other = تعديل: جزء آخر من الخطة
doc-changes-title = ملحق: ما الذي تغيّر منذ نسخة { $date }
doc-changes-old = البصمة الرقمية للنسخة السابقة:
doc-changes-new = البصمة الرقمية لهذه النسخة:
doc-strength = القوة
## case file: the plain Dutch summary for the OCMW's registration software (issue #18)
case-file-title = ملخص لملف المستفيد
case-file-intro = الخطة كنص عادي باللغة الهولندية، بترتيب استمارة GPMI الخاصة بـ POD MI، لإدخالها في برنامج التسجيل. فقط ما هو موجود في الخطة الموقّعة: الملاحظات الأخرى لا تُدرج.
case-file-intro-evaluation = هذا التقييم كنص عادي باللغة الهولندية، لإدخاله في برنامج التسجيل. الملاحظات خارج الخطة لا تُدرج.
case-file-show = عرض الملخص
case-file-hide = إخفاء الملخص
case-file-copy = نسخ
case-file-preview-label = الملخص كما سيُنسخ
case-file-copied = تم النسخ. الصق النص في برنامج التسجيل.
case-file-downloaded = الحافظة غير متاحة. تم تنزيل النص باسم { $file }.
