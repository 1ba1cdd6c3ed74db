# Self-check. Client screens: short, friendly, plain, no gendered verb forms. Worker screens: neutral-professional. Never a verdict.

self-check-view = التقييم الذاتي
self-check-title = التقييم الذاتي
self-check-intro = نظرة مشتركة على 18 مجالًا من مجالات الحياة. يمكن القيام بذلك على مراحل، خلال عدة لقاءات: كل شيء يُحفَظ فورًا.
self-check-list-title = التقييمات الذاتية في هذا الملف
self-check-none = لا يوجد تقييم ذاتي في هذا الملف بعد.
self-check-start = بدء تقييم ذاتي جديد
self-check-item-title = التقييم الذاتي بتاريخ { $date }
self-check-status-unfinished = لم يكتمل بعد
self-check-status-complete = مكتمل
self-check-progress-client = المستفيد: تمّت الإجابة عن { $answered } من { $total }
self-check-progress-skipped =
    { $count ->
        [zero] لا أسئلة مؤجَّلة
        [one] سؤال واحد مؤجَّل
        [two] سؤالان مؤجَّلان
        [few] { $count } أسئلة مؤجَّلة
        [many] { $count } سؤالًا مؤجَّلًا
       *[other] { $count } سؤال مؤجَّل
    }
self-check-progress-worker = الأخصائي: تمّ تقييم { $scored } من { $total }
self-check-open = فتح
self-check-delete = حذف
self-check-confirm-delete-title = حذف هذا التقييم الذاتي؟
self-check-confirm-delete-body = سيُمسَح التقييم الذاتي بتاريخ { $date } من هذا الجهاز. لا يمكن التراجع عن ذلك.
self-check-confirm-delete-yes = نعم، حذف
self-check-back-to-list = كل التقييمات الذاتية
self-check-mode-nav = أقسام التقييم الذاتي
self-check-mode-client = إجابات المستفيد
self-check-mode-worker = تقدير الأخصائي
self-check-mode-summary = الخلاصة

## Client
self-check-client-progress = السؤال { $current } من { $total }
self-check-client-answer-label = إجابتك
self-check-answer-good = على ما يرام
self-check-answer-hard = صعب أحيانًا
self-check-answer-big = مشكلة كبيرة الآن
self-check-answer-private = أفضّل ألّا أقول
self-check-client-help = أريد مساعدة في هذا
self-check-client-note-label = يمكنك كتابة شيء عن هذا إن أردت، بكلماتك الخاصة. ويمكن أيضًا ترك الخانة فارغة.
self-check-client-skip = الإجابة لاحقًا
self-check-client-back = السابق
self-check-client-next = التالي
self-check-client-skipped-note = تركت هذا السؤال في المرة السابقة. يمكنك الإجابة عنه الآن، أو تركه لوقت لاحق.
self-check-client-saved = كل شيء يُحفَظ فورًا. يمكنك التوقف متى شئت.
self-check-client-end-title = كان هذا هو السؤال الأخير. شكرًا لك!
self-check-client-end-body = إن أردت تغيير شيء، يمكنك دائمًا الرجوع إلى أي سؤال.
self-check-client-end-open =
    { $count ->
        [zero] لا توجد أسئلة بلا إجابة.
        [one] بقي سؤال واحد بلا إجابة:
        [two] بقي سؤالان بلا إجابة:
        [few] بقيت { $count } أسئلة بلا إجابة:
        [many] بقي { $count } سؤالًا بلا إجابة:
       *[other] بقي { $count } سؤال بلا إجابة:
    }
self-check-client-go-to = الانتقال إلى: { $domain }

## Questions for the client
self-check-q-money = كيف الحال مع المال والفواتير والديون؟
self-check-q-housing = كيف حال البيت الذي تسكن فيه؟
self-check-q-health = كيف صحتك؟
self-check-q-mind = كيف هو شعورك في الفترة الأخيرة؟
self-check-q-addiction = كيف الحال مع الكحول أو المخدرات أو القمار أو الحبوب؟
self-check-q-family = كيف تسير رعاية أطفالك، أو رعاية شخص آخر؟
self-check-q-childcare = كيف الحال مع الحضانة أو مع من يرعى أطفالك؟
self-check-q-safety = ما مدى شعورك بالأمان في البيت؟
self-check-q-network = كيف الحال مع الناس من حولك؟
self-check-q-structure = كيف يسير يومك: الاستيقاظ، والالتزام بالمواعيد؟
self-check-q-daily = كيف الحال مع الطبخ والغسيل وأعمال البيت؟
self-check-q-dutch = كيف الحال مع التحدث بالهولندية وقراءتها؟
self-check-q-learning = كيف الحال مع المدرسة والدورات والشهادات؟
self-check-q-work = ماذا عن العمل: ما الأعمال التي قمت بها من قبل، وما هي مهاراتك؟
self-check-q-attitude = ما شعورك تجاه خطوة قادمة نحو العمل أو التعلّم؟
self-check-q-mobility = كيف الحال مع التنقّل: الباص أو القطار أو الدراجة أو السيارة؟
self-check-q-papers = كيف الحال مع الأوراق والرسائل وإقامتك؟
self-check-q-digital = كيف الحال مع الهاتف المحمول والكمبيوتر والبريد الإلكتروني وتطبيق itsme؟

## Worker
self-check-worker-intro = درجة واحدة لكل مجال، على سلّم فحص HIVA. عند الدرجة 3 أو 4 يمكن تحديد ما ينطبق. الدرجة هي تقديرك أنت، إلى جانب تقدير المستفيد نفسه.
self-check-score-1 = 1 · لا توجد عقبة
self-check-score-2 = 2 · توجد عقبة، لكن العمل أو التدريب ممكن مع الدعم
self-check-score-3 = 3 · توجد عقبة: العمل أو التدريب غير ممكن الآن
self-check-score-4 = 4 · لا يمكنني التقدير (بعد)
self-check-score-none = لم يُقيَّم بعد
self-check-worker-sub-title = ما الذي ينطبق؟
self-check-worker-no-subs = في هذا المجال، يُرجى وصف الوضع في الملاحظة.
self-check-worker-note-label = ملاحظة الأخصائي
self-check-dutch-level-label = مستوى اللغة الهولندية
self-check-dutch-level-hint = بحسب شهادة من مدرسة أو من Huis van het Nederlands، لا يزيد عمرها على سنتين.
self-check-dutch-level-none = لم يُملأ بعد
self-check-dutch-level-unknown = غير معروف
self-check-dutch-level-below-1-1 = أقل من 1.1
self-check-dutch-level-1-1 = 1.1
self-check-dutch-level-1-2 = 1.2
self-check-dutch-level-2-1 = 2.1
self-check-dutch-level-2-2 = 2.2
self-check-dutch-level-2-3 = 2.3
self-check-dutch-level-2-4 = 2.4
self-check-dutch-level-learned = اكتمل التعلّم
self-check-latin-reading = القراءة بالحروف اللاتينية
self-check-latin-writing = الكتابة بالحروف اللاتينية
self-check-yes = نعم
self-check-no = لا
self-check-not-known = غير معروف بعد

## Sub-items (with score 3 or 4)
self-check-sub-money-debts = ديون
self-check-sub-money-mediation = ضمن إجراءات تسوية الديون
self-check-sub-money-basic-needs = المال لا يكفي للطعام أو الملابس أو الإيجار
self-check-sub-housing-no-address = لا عنوان ثابتًا، أو يبيت في مأوى ليلي
self-check-sub-housing-unhealthy = مشكلات خطيرة في المسكن، أو أُعلن أنه غير صالح للسكن
self-check-sub-housing-must-move = مضطر إلى مغادرة المسكن قريبًا، أو ينتقل كثيرًا جدًا
self-check-sub-housing-transit = يسكن في مسكن انتقالي مؤقت
self-check-sub-health-illness = المرض يجعل العمل أو التدريب صعبًا
self-check-sub-health-diagnosis = مرض معروف مع شهادات طبية
self-check-sub-health-complaints = متاعب صحية
self-check-sub-health-pregnancy = حمل أو إجازة أمومة
self-check-sub-health-disability = إعاقة
self-check-sub-health-work-disability = إعاقة معترف بها تؤثر في القدرة على العمل
self-check-sub-family-parenting = تربية الأطفال والتعامل معهم
self-check-sub-family-child-needs = طفل يحتاج إلى رعاية خاصة
self-check-sub-family-single-parent = أحد الوالدين يربّي الأطفال وحده
self-check-sub-family-care-task = يرعى في البيت شخصًا ذا إعاقة أو مسنًّا جدًا أو مريضًا منذ مدة طويلة
self-check-sub-childcare-waiting-list = قُدِّم الطلب، لكن قائمة الانتظار طويلة
self-check-sub-childcare-no-informal = لا أحد من العائلة أو المعارف يستطيع رعاية الأطفال
self-check-sub-childcare-unknown-options = لا يعرف بعد الخيارات المتاحة ولا طريقة التقديم
self-check-sub-safety-relationship = توتّر مع الشريك أو العائلة أو غيرهم
self-check-sub-safety-violence = عنف داخل الأسرة
self-check-sub-network-no-social = أصدقاء أو معارف قليلون، أو لا أحد
self-check-sub-network-no-family = لا توجد عائلة قريبة
self-check-sub-network-family-against-work = العائلة لا تؤيّد فكرة العمل
self-check-sub-network-nobody-works = لا أحد في الأسرة أو بين الأصدقاء يعمل
self-check-sub-structure-no-rhythm = لا يوجد نظام يومي ثابت
self-check-sub-structure-missed-appointments = المواعيد تفوت أحيانًا
self-check-sub-structure-documents = الوثائق لا تُحضَر إلى الموعد
self-check-sub-daily-hygiene = النظافة الشخصية
self-check-sub-daily-appearance = المظهر المرتّب
self-check-sub-daily-household = صعوبة في تدبير شؤون البيت
self-check-sub-dutch-express = صعوبة في التعبير عن الأفكار بالكلمات
self-check-sub-dutch-oral = التواصل الشفهي غير ممكن بعد
self-check-sub-dutch-written = التواصل الكتابي غير ممكن بعد
self-check-sub-dutch-illiterate = لا يستطيع القراءة أو الكتابة
self-check-sub-learning-inactive = فترات طويلة بلا عمل أو تدريب
self-check-sub-learning-no-choices = لم يختر اتجاهًا واضحًا بعد
self-check-sub-learning-history = من الصعب وصف المسار الدراسي والمهني
self-check-sub-learning-recognition = الشهادة الأجنبية غير معادَلة بعد
self-check-sub-work-guided-only = الأعمال السابقة كانت فقط مع مرافقة مكثّفة
self-check-sub-work-unrealistic = التوقعات بشأن العمل أو الأجر أو مكان العمل لا تتناسب مع الواقع
self-check-sub-work-overestimates = يقدّر قدراته بأعلى مما هي عليه
self-check-sub-work-expectations = لا يعرف جيدًا بعد ما يُنتظَر منه في مكان العمل
self-check-sub-attitude-no-steps = لا يتخذ خطوات بنفسه بعد
self-check-sub-attitude-gives-up = يستسلم بسرعة عند أول عقبة
self-check-sub-attitude-motivation = لا يرى الآن سببًا لتغيير أي شيء
self-check-sub-attitude-one-target = يتمسّك بوظيفة واحدة بعد بحث طويل
self-check-sub-attitude-interaction = صعوبة في التعامل مع الآخرين أو مع القواعد
self-check-sub-mobility-no-transport = لا وسيلة نقل خاصة ولا نقل عام
self-check-sub-mobility-public-know-how = النقل العام: لا يعرف طريقة استخدامه، أو لا يملك الإمكانات
self-check-sub-mobility-no-public = لا يوجد نقل عام في المنطقة
self-check-sub-mobility-distance = غير واضح إلى أي مسافة يستطيع المستفيد التنقل
self-check-sub-papers-not-independent = لا يستطيع إنجاز الأوراق وحده
self-check-sub-papers-obligations = لا يعرف جيدًا واجباته (العنوان، صندوق التأمين الصحي)
self-check-sub-papers-self-employed = أوراق متبقية من عمل حرّ سابق
self-check-sub-papers-work-permit = لا يوجد إذن عمل أو إقامة صالحة
self-check-sub-papers-justice = له علاقة بالقضاء
self-check-sub-digital-no-device = لا هاتف ولا كمبيوتر ولا إنترنت
self-check-sub-digital-no-email = لا يوجد بريد إلكتروني
self-check-sub-digital-no-eid = لا يستطيع استخدام itsme أو بطاقة الهوية الإلكترونية (eID) بعد
self-check-sub-digital-no-vdab = لا يوجد حساب لدى VDAB

## Suggested actions (for the plan)
self-check-act-money-debt-mediation = الذهاب معًا إلى خدمة تسوية الديون
self-check-act-money-budget-guidance = بدء المرافقة في إدارة الميزانية
self-check-act-housing-search-together = البحث معًا عن مسكن
self-check-act-housing-reference-address = طلب عنوان مرجعي
self-check-act-health-see-doctor = حجز موعد عند طبيب العائلة
self-check-act-health-check-limits = فحص ما هو ممكن جسديًا
self-check-act-mind-talk-counsellor = جلسة حديث مع أخصائي نفسي أو مرشد
self-check-act-mind-refer-care = البحث معًا عن الرعاية المناسبة
self-check-act-addiction-contact-service = التواصل مع خدمة لعلاج الإدمان
self-check-act-addiction-talk-doctor = الحديث عن الأمر مع طبيب العائلة
self-check-act-family-parenting-support = البحث عن دعم في تربية الأطفال
self-check-act-family-relieve-care = البحث عمّن يستطيع تخفيف عبء الرعاية
self-check-act-childcare-find-place = البحث معًا عن مكان في الحضانة
self-check-act-childcare-informal = النظر في رعاية الأطفال عند العائلة أو المعارف
self-check-act-safety-safe-talk = حديث آمن على انفراد مع الأخصائي الاجتماعي
self-check-act-safety-contact-support = التواصل مع خط مساعدة أو مركز دعم
self-check-act-network-meeting-place = زيارة مكان لقاء في الحي
self-check-act-network-volunteering = تجربة العمل التطوعي
self-check-act-structure-week-plan = إعداد جدول أسبوعي معًا
self-check-act-structure-reminders = ضبط تذكيرات للمواعيد
self-check-act-daily-home-support = النظر في المساعدة المنزلية
self-check-act-daily-practice = التدرّب على أعمال البيت
self-check-act-dutch-course = التسجيل في دورة لتعلّم الهولندية
self-check-act-dutch-conversation-table = المشاركة في جلسة محادثة بالهولندية
self-check-act-learning-diploma-recognition = معادلة الشهادة (NARIC)
self-check-act-learning-training = اختيار تدريب أو دراسة
self-check-act-work-cv = كتابة سيرة ذاتية معًا
self-check-act-work-job-coach = التعرّف على مرشد عمل (jobcoach)
self-check-act-attitude-small-steps = الاتفاق على خطوة أولى صغيرة
self-check-act-attitude-orientation = القيام بتوجيه مهني أو تدريب تجريبي قصير
self-check-act-mobility-transport-pass = طلب اشتراك للباص أو القطار
self-check-act-mobility-bike-or-licence = تعلّم ركوب الدراجة أو الحصول على رخصة القيادة
self-check-act-papers-sort-together = ترتيب الأوراق معًا
self-check-act-papers-residence-advice = طلب استشارة بشأن الإقامة أو إذن العمل
self-check-act-digital-course = حضور دورة كمبيوتر
self-check-act-digital-eid-setup = إعداد itsme أو قارئ بطاقة eID معًا

## Summary
self-check-summary-chart-title = الرأيان جنبًا إلى جنب
self-check-summary-chart-hint = لكل مجال: إجابة المستفيد ودرجة الأخصائي. علامة ≠ تبيّن أين يختلفان: ومن هنا يمكن أن يبدأ الحديث.
self-check-summary-table-caption = الإجابات حسب المجال
self-check-col-domain = المجال
self-check-col-client = المستفيد
self-check-col-worker = الأخصائي
self-check-col-marks = ما يلفت النظر
self-check-diff = اختلاف
self-check-precondition = شرط مسبق
self-check-not-answered = لم تتم الإجابة بعد
self-check-skipped = مؤجَّل
self-check-wants-help = يريد مساعدة
self-check-summary-diff-title = أين تختلف الإجابات
self-check-summary-diff-none = لا اختلاف بين الإجابتين حتى الآن.
self-check-summary-pre-title = الشروط المسبقة
self-check-summary-pre-hint = أعطاها الأخصائي الدرجة 3. معظم مراكز OCMW تعالج هذه الأمور أولًا.
self-check-summary-pre-none = لم يُحدَّد أي شرط مسبق.
self-check-summary-help-title = يريد المستفيد مساعدة في
self-check-summary-help-none = لم يُحدَّد أي طلب مساعدة بعد.
self-check-summary-actions = إجراءات ممكنة
self-check-summary-client-note = بكلمات المستفيد
self-check-summary-changes-title = ما الذي تغيّر منذ التقييم الذاتي بتاريخ { $date }
self-check-summary-changes-none = لا تغييرات منذ التقييم الذاتي السابق.
self-check-summary-first = هذا هو التقييم الذاتي الأول: لا يوجد بعد ما يُقارَن به.
self-check-voice-client = المستفيد
self-check-voice-worker = الأخصائي
self-check-change-eased = أخفّ
self-check-change-harder = أصعب
self-check-change-line = { $domain } ({ $voice }): { $from } ← { $to }

self-check-add-to-plan = إضافة إلى الخطة
self-check-add-to-plan-named = إضافة «{ $action }» إلى الخطة
self-check-in-plan = موجود في الخطة

## rules
self-check-sub-money-unemployment-trap = خطر فخ البطالة: العمل لا يجلب إلا القليل أو لا شيء إضافيًا
