# Self-check. Client screens: short, friendly, plain, no gendered verb forms. Worker screens: neutral-professional. Never a verdict.

sc-view = التقييم الذاتي
sc-title = التقييم الذاتي
sc-intro = نظرة مشتركة على 18 مجالًا من مجالات الحياة. يمكن القيام بذلك على مراحل، خلال عدة لقاءات: كل شيء يُحفَظ فورًا.
sc-list-title = التقييمات الذاتية في هذا الملف
sc-none = لا يوجد تقييم ذاتي في هذا الملف بعد.
sc-start = بدء تقييم ذاتي جديد
sc-item-title = التقييم الذاتي بتاريخ { $date }
sc-status-unfinished = لم يكتمل بعد
sc-status-complete = مكتمل
sc-progress-client = المستفيد: تمّت الإجابة عن { $answered } من { $total }
sc-progress-skipped =
    { $count ->
        [zero] لا أسئلة مؤجَّلة
        [one] سؤال واحد مؤجَّل
        [two] سؤالان مؤجَّلان
        [few] { $count } أسئلة مؤجَّلة
        [many] { $count } سؤالًا مؤجَّلًا
       *[other] { $count } سؤال مؤجَّل
    }
sc-progress-worker = الأخصائي: تمّ تقييم { $scored } من { $total }
sc-open = فتح
sc-delete = حذف
sc-confirm-delete-title = حذف هذا التقييم الذاتي؟
sc-confirm-delete-body = سيُمسَح التقييم الذاتي بتاريخ { $date } من هذا الجهاز. لا يمكن التراجع عن ذلك.
sc-confirm-delete-yes = نعم، حذف
sc-back-to-list = كل التقييمات الذاتية
sc-mode-nav = أقسام التقييم الذاتي
sc-mode-client = إجابات المستفيد
sc-mode-worker = تقدير الأخصائي
sc-mode-summary = الخلاصة

## Client
sc-client-progress = السؤال { $current } من { $total }
sc-client-answer-label = إجابتك
sc-answer-good = على ما يرام
sc-answer-hard = صعب أحيانًا
sc-answer-big = مشكلة كبيرة الآن
sc-answer-private = أفضّل ألّا أقول
sc-client-help = أريد مساعدة في هذا
sc-client-note-label = يمكنك كتابة شيء عن هذا إن أردت، بكلماتك الخاصة. ويمكن أيضًا ترك الخانة فارغة.
sc-client-skip = الإجابة لاحقًا
sc-client-back = السابق
sc-client-next = التالي
sc-client-skipped-note = تركت هذا السؤال في المرة السابقة. يمكنك الإجابة عنه الآن، أو تركه لوقت لاحق.
sc-client-saved = كل شيء يُحفَظ فورًا. يمكنك التوقف متى شئت.
sc-client-end-title = كان هذا هو السؤال الأخير. شكرًا لك!
sc-client-end-body = إن أردت تغيير شيء، يمكنك دائمًا الرجوع إلى أي سؤال.
sc-client-end-open =
    { $count ->
        [zero] لا توجد أسئلة بلا إجابة.
        [one] بقي سؤال واحد بلا إجابة:
        [two] بقي سؤالان بلا إجابة:
        [few] بقيت { $count } أسئلة بلا إجابة:
        [many] بقي { $count } سؤالًا بلا إجابة:
       *[other] بقي { $count } سؤال بلا إجابة:
    }
sc-client-go-to = الانتقال إلى: { $domain }

## Questions for the client
sc-q-money = كيف الحال مع المال والفواتير والديون؟
sc-q-housing = كيف حال البيت الذي تسكن فيه؟
sc-q-health = كيف صحتك؟
sc-q-mind = كيف هو شعورك في الفترة الأخيرة؟
sc-q-addiction = كيف الحال مع الكحول أو المخدرات أو القمار أو الحبوب؟
sc-q-family = كيف تسير رعاية أطفالك، أو رعاية شخص آخر؟
sc-q-childcare = كيف الحال مع الحضانة أو مع من يرعى أطفالك؟
sc-q-safety = ما مدى شعورك بالأمان في البيت؟
sc-q-network = كيف الحال مع الناس من حولك؟
sc-q-structure = كيف يسير يومك: الاستيقاظ، والالتزام بالمواعيد؟
sc-q-daily = كيف الحال مع الطبخ والغسيل وأعمال البيت؟
sc-q-dutch = كيف الحال مع التحدث بالهولندية وقراءتها؟
sc-q-learning = كيف الحال مع المدرسة والدورات والشهادات؟
sc-q-work = ماذا عن العمل: ما الأعمال التي قمت بها من قبل، وما هي مهاراتك؟
sc-q-attitude = ما شعورك تجاه خطوة قادمة نحو العمل أو التعلّم؟
sc-q-mobility = كيف الحال مع التنقّل: الباص أو القطار أو الدراجة أو السيارة؟
sc-q-papers = كيف الحال مع الأوراق والرسائل وإقامتك؟
sc-q-digital = كيف الحال مع الهاتف المحمول والكمبيوتر والبريد الإلكتروني وتطبيق itsme؟

## Worker
sc-worker-intro = درجة واحدة لكل مجال، على سلّم فحص HIVA. عند الدرجة 3 أو 4 يمكن تحديد ما ينطبق. الدرجة هي تقديرك أنت، إلى جانب تقدير المستفيد نفسه.
sc-score-1 = 1 · لا توجد عقبة
sc-score-2 = 2 · توجد عقبة، لكن العمل أو التدريب ممكن مع الدعم
sc-score-3 = 3 · توجد عقبة: العمل أو التدريب غير ممكن الآن
sc-score-4 = 4 · لا يمكنني التقدير (بعد)
sc-score-none = لم يُقيَّم بعد
sc-worker-sub-title = ما الذي ينطبق؟
sc-worker-no-subs = في هذا المجال، يُرجى وصف الوضع في الملاحظة.
sc-worker-note-label = ملاحظة الأخصائي
sc-dutch-level-label = مستوى اللغة الهولندية
sc-dutch-level-hint = بحسب شهادة من مدرسة أو من Huis van het Nederlands، لا يزيد عمرها على سنتين.
sc-dutch-level-none = لم يُملأ بعد
sc-dutch-level-unknown = غير معروف
sc-dutch-level-below-1-1 = أقل من 1.1
sc-dutch-level-1-1 = 1.1
sc-dutch-level-1-2 = 1.2
sc-dutch-level-2-1 = 2.1
sc-dutch-level-2-2 = 2.2
sc-dutch-level-2-3 = 2.3
sc-dutch-level-2-4 = 2.4
sc-dutch-level-learned = اكتمل التعلّم
sc-latin-reading = القراءة بالحروف اللاتينية
sc-latin-writing = الكتابة بالحروف اللاتينية
sc-yes = نعم
sc-no = لا
sc-not-known = غير معروف بعد

## Sub-items (with score 3 or 4)
sc-sub-money-debts = ديون
sc-sub-money-mediation = ضمن إجراءات تسوية الديون
sc-sub-money-basic-needs = المال لا يكفي للطعام أو الملابس أو الإيجار
sc-sub-housing-no-address = لا عنوان ثابتًا، أو يبيت في مأوى ليلي
sc-sub-housing-unhealthy = مشكلات خطيرة في المسكن، أو أُعلن أنه غير صالح للسكن
sc-sub-housing-must-move = مضطر إلى مغادرة المسكن قريبًا، أو ينتقل كثيرًا جدًا
sc-sub-housing-transit = يسكن في مسكن انتقالي مؤقت
sc-sub-health-illness = المرض يجعل العمل أو التدريب صعبًا
sc-sub-health-diagnosis = مرض معروف مع شهادات طبية
sc-sub-health-complaints = متاعب صحية
sc-sub-health-pregnancy = حمل أو إجازة أمومة
sc-sub-health-disability = إعاقة
sc-sub-health-work-disability = إعاقة معترف بها تؤثر في القدرة على العمل
sc-sub-family-parenting = تربية الأطفال والتعامل معهم
sc-sub-family-child-needs = طفل يحتاج إلى رعاية خاصة
sc-sub-family-single-parent = أحد الوالدين يربّي الأطفال وحده
sc-sub-family-care-task = يرعى في البيت شخصًا ذا إعاقة أو مسنًّا جدًا أو مريضًا منذ مدة طويلة
sc-sub-childcare-waiting-list = قُدِّم الطلب، لكن قائمة الانتظار طويلة
sc-sub-childcare-no-informal = لا أحد من العائلة أو المعارف يستطيع رعاية الأطفال
sc-sub-childcare-unknown-options = لا يعرف بعد الخيارات المتاحة ولا طريقة التقديم
sc-sub-safety-relationship = توتّر مع الشريك أو العائلة أو غيرهم
sc-sub-safety-violence = عنف داخل الأسرة
sc-sub-network-no-social = أصدقاء أو معارف قليلون، أو لا أحد
sc-sub-network-no-family = لا توجد عائلة قريبة
sc-sub-network-family-against-work = العائلة لا تؤيّد فكرة العمل
sc-sub-network-nobody-works = لا أحد في الأسرة أو بين الأصدقاء يعمل
sc-sub-structure-no-rhythm = لا يوجد نظام يومي ثابت
sc-sub-structure-missed-appointments = المواعيد تفوت أحيانًا
sc-sub-structure-documents = الوثائق لا تُحضَر إلى الموعد
sc-sub-daily-hygiene = النظافة الشخصية
sc-sub-daily-appearance = المظهر المرتّب
sc-sub-daily-household = صعوبة في تدبير شؤون البيت
sc-sub-dutch-express = صعوبة في التعبير عن الأفكار بالكلمات
sc-sub-dutch-oral = التواصل الشفهي غير ممكن بعد
sc-sub-dutch-written = التواصل الكتابي غير ممكن بعد
sc-sub-dutch-illiterate = لا يستطيع القراءة أو الكتابة
sc-sub-learning-inactive = فترات طويلة بلا عمل أو تدريب
sc-sub-learning-no-choices = لم يختر اتجاهًا واضحًا بعد
sc-sub-learning-history = من الصعب وصف المسار الدراسي والمهني
sc-sub-learning-recognition = الشهادة الأجنبية غير معادَلة بعد
sc-sub-work-guided-only = الأعمال السابقة كانت فقط مع مرافقة مكثّفة
sc-sub-work-unrealistic = التوقعات بشأن العمل أو الأجر أو مكان العمل لا تتناسب مع الواقع
sc-sub-work-overestimates = يقدّر قدراته بأعلى مما هي عليه
sc-sub-work-expectations = لا يعرف جيدًا بعد ما يُنتظَر منه في مكان العمل
sc-sub-attitude-no-steps = لا يتخذ خطوات بنفسه بعد
sc-sub-attitude-gives-up = يستسلم بسرعة عند أول عقبة
sc-sub-attitude-motivation = لا يرى الآن سببًا لتغيير أي شيء
sc-sub-attitude-one-target = يتمسّك بوظيفة واحدة بعد بحث طويل
sc-sub-attitude-interaction = صعوبة في التعامل مع الآخرين أو مع القواعد
sc-sub-mobility-no-transport = لا وسيلة نقل خاصة ولا نقل عام
sc-sub-mobility-public-know-how = النقل العام: لا يعرف طريقة استخدامه، أو لا يملك الإمكانات
sc-sub-mobility-no-public = لا يوجد نقل عام في المنطقة
sc-sub-mobility-distance = غير واضح إلى أي مسافة يستطيع المستفيد التنقل
sc-sub-papers-not-independent = لا يستطيع إنجاز الأوراق وحده
sc-sub-papers-obligations = لا يعرف جيدًا واجباته (العنوان، صندوق التأمين الصحي)
sc-sub-papers-self-employed = أوراق متبقية من عمل حرّ سابق
sc-sub-papers-work-permit = لا يوجد إذن عمل أو إقامة صالحة
sc-sub-papers-justice = له علاقة بالقضاء
sc-sub-digital-no-device = لا هاتف ولا كمبيوتر ولا إنترنت
sc-sub-digital-no-email = لا يوجد بريد إلكتروني
sc-sub-digital-no-eid = لا يستطيع استخدام itsme أو بطاقة الهوية الإلكترونية (eID) بعد
sc-sub-digital-no-vdab = لا يوجد حساب لدى VDAB

## Suggested actions (for the plan)
sc-act-money-debt-mediation = الذهاب معًا إلى خدمة تسوية الديون
sc-act-money-budget-guidance = بدء المرافقة في إدارة الميزانية
sc-act-housing-search-together = البحث معًا عن مسكن
sc-act-housing-reference-address = طلب عنوان مرجعي
sc-act-health-see-doctor = حجز موعد عند طبيب العائلة
sc-act-health-check-limits = فحص ما هو ممكن جسديًا
sc-act-mind-talk-counsellor = جلسة حديث مع أخصائي نفسي أو مرشد
sc-act-mind-refer-care = البحث معًا عن الرعاية المناسبة
sc-act-addiction-contact-service = التواصل مع خدمة لعلاج الإدمان
sc-act-addiction-talk-doctor = الحديث عن الأمر مع طبيب العائلة
sc-act-family-parenting-support = البحث عن دعم في تربية الأطفال
sc-act-family-relieve-care = البحث عمّن يستطيع تخفيف عبء الرعاية
sc-act-childcare-find-place = البحث معًا عن مكان في الحضانة
sc-act-childcare-informal = النظر في رعاية الأطفال عند العائلة أو المعارف
sc-act-safety-safe-talk = حديث آمن على انفراد مع الأخصائي الاجتماعي
sc-act-safety-contact-support = التواصل مع خط مساعدة أو مركز دعم
sc-act-network-meeting-place = زيارة مكان لقاء في الحي
sc-act-network-volunteering = تجربة العمل التطوعي
sc-act-structure-week-plan = إعداد جدول أسبوعي معًا
sc-act-structure-reminders = ضبط تذكيرات للمواعيد
sc-act-daily-home-support = النظر في المساعدة المنزلية
sc-act-daily-practice = التدرّب على أعمال البيت
sc-act-dutch-course = التسجيل في دورة لتعلّم الهولندية
sc-act-dutch-conversation-table = المشاركة في جلسة محادثة بالهولندية
sc-act-learning-diploma-recognition = معادلة الشهادة (NARIC)
sc-act-learning-training = اختيار تدريب أو دراسة
sc-act-work-cv = كتابة سيرة ذاتية معًا
sc-act-work-job-coach = التعرّف على مرشد عمل (jobcoach)
sc-act-attitude-small-steps = الاتفاق على خطوة أولى صغيرة
sc-act-attitude-orientation = القيام بتوجيه مهني أو تدريب تجريبي قصير
sc-act-mobility-transport-pass = طلب اشتراك للباص أو القطار
sc-act-mobility-bike-or-licence = تعلّم ركوب الدراجة أو الحصول على رخصة القيادة
sc-act-papers-sort-together = ترتيب الأوراق معًا
sc-act-papers-residence-advice = طلب استشارة بشأن الإقامة أو إذن العمل
sc-act-digital-course = حضور دورة كمبيوتر
sc-act-digital-eid-setup = إعداد itsme أو قارئ بطاقة eID معًا

## Summary
sc-summary-chart-title = الرأيان جنبًا إلى جنب
sc-summary-chart-hint = لكل مجال: إجابة المستفيد ودرجة الأخصائي. علامة ≠ تبيّن أين يختلفان: ومن هنا يمكن أن يبدأ الحديث.
sc-summary-table-caption = الإجابات حسب المجال
sc-col-domain = المجال
sc-col-client = المستفيد
sc-col-worker = الأخصائي
sc-col-marks = ما يلفت النظر
sc-diff = اختلاف
sc-precondition = شرط مسبق
sc-not-answered = لم تتم الإجابة بعد
sc-skipped = مؤجَّل
sc-wants-help = يريد مساعدة
sc-summary-diff-title = أين تختلف الإجابات
sc-summary-diff-none = لا اختلاف بين الإجابتين حتى الآن.
sc-summary-pre-title = الشروط المسبقة
sc-summary-pre-hint = أعطاها الأخصائي الدرجة 3. معظم مراكز OCMW تعالج هذه الأمور أولًا.
sc-summary-pre-none = لم يُحدَّد أي شرط مسبق.
sc-summary-help-title = يريد المستفيد مساعدة في
sc-summary-help-none = لم يُحدَّد أي طلب مساعدة بعد.
sc-summary-actions = إجراءات ممكنة
sc-summary-client-note = بكلمات المستفيد
sc-summary-changes-title = ما الذي تغيّر منذ التقييم الذاتي بتاريخ { $date }
sc-summary-changes-none = لا تغييرات منذ التقييم الذاتي السابق.
sc-summary-first = هذا هو التقييم الذاتي الأول: لا يوجد بعد ما يُقارَن به.
sc-voice-client = المستفيد
sc-voice-worker = الأخصائي
sc-change-eased = أخفّ
sc-change-harder = أصعب
sc-change-line = { $domain } ({ $voice }): { $from } ← { $to }

sc-add-to-plan = إضافة إلى الخطة
sc-add-to-plan-named = إضافة «{ $action }» إلى الخطة
sc-in-plan = موجود في الخطة
