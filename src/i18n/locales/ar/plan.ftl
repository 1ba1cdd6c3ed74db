# Trede: the GPMI, drafted together (Arabic)
# Tone: invitations, plain words. Sanctions are stated plainly, without threat.

plan-view = الخطة (GPMI)
plan-title = مشروع الاندماج الفردي (GPMI)
plan-intro = تكتبان هذه الخطة معًا. يمكن المرور بالخطوات بالترتيب الذي يناسبكما، والتوقف في أي وقت: كل شيء يُحفَظ أثناء الكتابة، ويُفتَح من حيث توقفتما.
plan-undo = تراجع
plan-redo = إعادة
plan-steps-label = خطوات الخطة
plan-previous = رجوع: { $step }
plan-next = التالي: { $step }
plan-choose = اختيار…
plan-unknown = غير معروف بعد
plan-not-set = لم يُحدَّد بعد
plan-not-filled = لم يُملأ بعد
plan-no-owner = لا أحد بعد
plan-no-date = لا تاريخ بعد
plan-unnamed-action = إجراء بلا وصف

## Steps
plan-step-basics = عن الخطة
plan-step-topics = قصتك
plan-step-goals = الأهداف
plan-step-actions = الإجراءات
plan-step-agreements = الاتفاقات
plan-step-review = المراجعة
plan-step-evaluations = التقييمات
plan-step-basics-title = أي نوع من الخطط، ومن يشارك فيها
plan-step-topics-title = بكلماتك الخاصة
plan-step-goals-title = ما هي أهدافك؟
plan-step-actions-title = من يفعل ماذا، وبحلول متى؟
plan-step-agreements-title = ما نتفق عليه
plan-step-review-title = المراجعة معًا
plan-step-evaluations-title = نظرة إلى الوراء معًا

## Deadline
plan-deadline-by = يجب على OCMW إبرام هذه الخطة في موعد أقصاه { $date }. المهلة بعد قرار leefloon هي { $months ->
        [one] شهر واحد
        [two] شهران
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }.
plan-deadline-close = يجب على OCMW إبرام هذه الخطة في موعد أقصاه { $date }: { $days ->
        [zero] أي اليوم.
        [one] بقي يوم واحد.
        [two] بقي يومان.
        [few] بقيت { $days } أيام.
        [many] بقي { $days } يومًا.
       *[other] بقي { $days } يوم.
    }
plan-deadline-past = كان على OCMW إبرام هذه الخطة في موعد أقصاه { $date }، { $days ->
        [zero] أي اليوم.
        [one] قبل يوم واحد.
        [two] قبل يومين.
        [few] قبل { $days } أيام.
        [many] قبل { $days } يومًا.
       *[other] قبل { $days } يوم.
    } انتهت هذه المهلة: يُكمل OCMW الآن الخطة مع العميل في أسرع وقت ممكن.

## Basics
plan-kind-title = الخطة
plan-type-label = نوع الخطة
plan-type-employment = موجَّهة نحو العمل
plan-type-training = موجَّهة نحو التدريب أو الدراسة
plan-type-activation = التنشيط الاجتماعي
plan-decision-label = تاريخ القرار بشأن leefloon (دخل الاندماج الاجتماعي)
plan-decision-hint = تُوقَّع الخطة خلال 3 أشهر من هذا التاريخ.
plan-start-label = تبدأ الخطة في
plan-end-label = تنتهي الخطة في
plan-period = الفترة
plan-why-title = لماذا توجد خطة
plan-birth-label = تاريخ الميلاد
plan-birth-hint = يُستخدَم فقط لمعرفة ما إذا كانت الخطة إلزامية.
plan-recent-right-label = هل كان للعميل حق في الاندماج الاجتماعي في الفترة التي سبقت القرار ({ $months ->
        [one] شهر واحد
        [two] شهران
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    })؟
plan-recent-right-no = لا، لم يكن له حق في تلك الفترة
plan-recent-right-yes = نعم، كان له حق في تلك الفترة
plan-asked-client = طلب المستفيد خطة
plan-asked-ocmw = طلب مركز OCMW خطة
plan-mandate-required = الخطة إلزامية، لأن:
plan-mandate-not-required = بحسب القواعد، الخطة ليست إلزامية. لكن يمكن إعدادها عند الطلب.
plan-mandate-unknown = أدخل تاريخ الميلاد وهل كان للعميل حق في الاندماج الاجتماعي في الأشهر السابقة. عندها ترى هل الخطة إلزامية.
plan-ground-under25 = المستفيد عمره أقل من 25 سنة
plan-ground-new = لم يكن للعميل حق في الاندماج الاجتماعي في الفترة السابقة ({ $months ->
        [one] شهر واحد
        [two] شهران
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    })
plan-ground-client = المستفيد طلب ذلك
plan-ground-ocmw = مركز OCMW طلب ذلك
plan-override-label = تقدير الأخصائي الاجتماعي
plan-override-none = اتّباع القواعد
plan-override-required = إلزامية رغم ذلك
plan-override-optional = غير إلزامية رغم ذلك
plan-override-reason = سبب هذا التقدير
plan-parties-title = من يشارك
plan-worker-label = الأخصائي الاجتماعي
plan-ocmw-label = OCMW
plan-third-legend = الشريك { $n }
plan-third-name = الاسم
plan-third-role = الدور (مثلًا: مسؤول تسوية الديون)
plan-third-tasks = ما يتولّاه هذا الشريك
plan-third-add = إضافة شريك
plan-third-remove = إزالة هذا الشريك
plan-support-label = شخص يرافق المستفيد
plan-support-none = لا أحد
plan-support-interpreter = مترجم
plan-support-support = شخص موثوق
plan-support-name = اسمه

## Topics
plan-topics-intro = يُرجى كتابة ما يرويه المستفيد، بكلماته هو. لا شيء هنا اختبار.
plan-topic-needs = ما احتياجاتك؟
plan-topic-needs-hint = مثلًا: راحة البال بشأن المال، مسكن، حضانة للأطفال.
plan-topic-challenges = ما الصعب عليك الآن؟
plan-topic-challenges-hint = أشياء تقف في الطريق، كبيرة أو صغيرة.
plan-topic-goals = ما أهدافك، وما الأمور التي يهمّك تجنّبها؟
plan-topic-goals-hint = مثلًا: إيجاد عمل، عدم الوقوع في ديون جديدة.
plan-topic-future = كيف يبدو مستقبلك في نظرك؟
plan-topic-future-hint = ما الصورة التي في بالك لحياتك بعد سنة أو سنتين؟
plan-topic-role = أي دور يناسبك بين الناس؟
plan-topic-role-hint = لنفسك وللآخرين: في العمل، في الحي، في البيت.

## Goals
plan-goals-intro = بضعة أهداف تكفي. مع كل هدف يُكتَب لماذا هو مهم لك.
plan-goals-empty = لا أهداف بعد. هل نضيف الهدف الأول؟
plan-goal-legend = الهدف { $n }
plan-goal-title = الهدف
plan-goal-domain = مجال الحياة
plan-goal-from = من
plan-goal-until = حتى
plan-goal-why = لماذا هذا مهم لك؟
plan-goal-add = إضافة هدف
plan-goal-remove = إزالة هذا الهدف

## Actions
plan-actions-intro = خطوات صغيرة وملموسة. لكل خطوة شخص يتولّاها، وتاريخ.
plan-actions-empty = لا إجراءات بعد. هل نضيف الإجراء الأول؟
plan-action-legend = الإجراء { $n }
plan-action-what = ماذا سيحدث؟
plan-action-owner = من يتولّى ذلك؟
plan-action-due = بحلول متى؟
plan-action-status = كيف تسير الأمور؟
plan-action-stop-reason = لماذا توقّف؟
plan-action-evidence = كيف سنعرف أنه تمّ؟
plan-action-goal = لأي هدف؟
plan-action-no-goal = لا هدف محدّد
plan-action-add = إضافة إجراء
plan-action-remove = إزالة هذا الإجراء
plan-owner-client = المستفيد
plan-owner-ocmw = مركز OCMW
plan-owner-third = شريك
plan-status-planned = مخطَّط له
plan-status-busy = قيد التنفيذ
plan-status-done = تمّ
plan-status-stopped = متوقّف
plan-origin-free = كُتب معًا
plan-origin-self-check = من التقييم الذاتي: { $domain }
plan-origin-catalogue = فرصة: { $offer }

## Agreements
plan-questions-title = خطة العمل
plan-question-client-will-do = ما الذي يمكنك فعله لتحقيق أهدافك؟
plan-question-client-expects = ما توقعاتك من مركز OCMW؟
plan-question-ocmw-expects = ما توقعات مركز OCMW منك؟
plan-means-title = ما يقدّمه كل طرف
plan-means-intro = الوقت، المال، المساعدة، اللقاءات: ما يلتزم به كل طرف.
plan-means-client = المستفيد
plan-means-ocmw = مركز OCMW
plan-means-others = الشركاء
plan-rights-title = حقوقك وواجباتك
plan-rights-1 = هذه الخطة اتفاق بينك وبين مركز OCMW (مركز الرعاية الاجتماعية العام). يوقّع الطرفان عليها، ويلتزم كل منهما بكلمته.
plan-rights-2 = قبل التوقيع، يمكنك أن تطلب مهلة للتفكير: { $reflection ->
        [one] يوم واحد
        [two] يومان
        [few] { $reflection } أيام
        [many] { $reflection } يومًا
       *[other] { $reflection } يوم
    }. يمكنك أن تُحضر شخصًا تختاره بنفسك.
plan-rights-3 = ننظر في الخطة معًا { $evaluations ->
        [one] مرة واحدة
        [two] مرتين
        [few] { $evaluations } مرات
        [many] { $evaluations } مرة
       *[other] { $evaluations } مرة
    } على الأقل في السنة، منها { $in_person ->
        [one] مرة واحدة
        [two] مرتان
        [few] { $in_person } مرات
        [many] { $in_person } مرة
       *[other] { $in_person } مرة
    } على الأقل في لقاء وجهًا لوجه. ويمكن أن تتغيّر الخطة مع تغيّر وضعك.
plan-rights-4 = إذا لم تُحترم الاتفاقات دون سبب وجيه، يمكن تعليق leefloon كليًا أو جزئيًا: لمدة أقصاها { $sanction ->
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
    } إذا تكرر ذلك خلال سنة. تتلقى أولًا رسالة مسجلة، ولك الحق في أن يُستمع إليك قبل أن يُتخذ أي قرار.
plan-rights-5 = لا تُفرَض أي عقوبة إذا لم يلتزم مركز OCMW بالاتفاقات الخاصة به.
plan-rights-6 = إذا لم توافق على قرار، يمكنك الطعن فيه أمام محكمة العمل (arbeidsrechtbank). لديك لذلك { $appeal ->
        [one] شهر واحد
        [two] شهران
        [few] { $appeal } أشهر
        [many] { $appeal } شهرًا
       *[other] { $appeal } شهر
    } من يوم إبلاغك بالقرار.

## Review
plan-ready-title = جاهزة للتوقيع؟
plan-ready-ok = كل ما هو مطلوب موجود. الخطة جاهزة للتوقيع.
plan-ready-missing = { $count ->
        [zero] لا ينقص أي شيء.
        [one] ما زال ينقص أمر واحد:
        [two] ما زال ينقص أمران:
        [few] ما زالت تنقص { $count } أمور:
        [many] ما زال ينقص { $count } أمرًا:
       *[other] ما زال ينقص { $count } أمر:
    }
plan-ready-never-blocks = كل شيء محفوظ على أي حال؛ يمكن إكماله لاحقًا.
plan-missing-type = نوع الخطة
plan-missing-start = تاريخ البداية
plan-missing-worker = اسم الأخصائي الاجتماعي
plan-missing-ocmw = اسم مركز OCMW
plan-missing-third-name = اسم أحد الشركاء
plan-missing-goal = هدف واحد على الأقل
plan-missing-goal-title = هدف بلا وصف
plan-missing-action = إجراء واحد على الأقل
plan-missing-action-what = إجراء بلا وصف
plan-missing-action-owner = من يتولّى «{ $what }»
plan-missing-action-date = تاريخ لتنفيذ «{ $what }»
plan-missing-evaluation = مواعيد التقييم
plan-missing-evaluation-count = عدد كافٍ من مواعيد التقييم: { $total } على الأقل { $months ->
        [12] في السنة
        [one] في شهر واحد
        [two] في شهرين
        [few] في { $months } أشهر
        [many] في { $months } شهرًا
       *[other] في { $months } شهر
    }، منها { $in_person } وجهًا لوجه
plan-go-evaluations = تحديد مواعيد التقييم
plan-sign-title = مهلة التفكير والتوقيع
plan-reflection-hint = مهلة التفكير المتاحة للمستفيد قبل التوقيع: { $days ->
        [zero] لا توجد مهلة.
        [one] يوم عمل واحد.
        [two] يوما عمل.
        [few] { $days } أيام عمل.
        [many] { $days } يوم عمل.
       *[other] { $days } يوم عمل.
    }
plan-reflection-label = تاريخ طلب مهلة التفكير
plan-reflection-until = تستمر مهلة التفكير حتى { $date }.
plan-signed-label = تاريخ التوقيع
plan-summary-title = الخطة كاملة

## Evaluations
plan-schedule-title = مواعيد التقييم
plan-schedule-rule = الحد الأدنى في السنة: { $count }، منها { $inperson } وجهًا لوجه.
plan-schedule-needs-start = يُرجى إدخال تاريخ البداية أولًا؛ بعد ذلك يمكن اقتراح المواعيد.
plan-schedule-propose = اقتراح مواعيد التقييم
plan-schedule-remove = إزالة
plan-schedule-remove-label = إزالة موعد { $date }
plan-eval-status-done = تمّ
plan-eval-status-due = { $days ->
        [zero] اليوم
        [one] خلال يوم واحد
        [two] خلال يومين
        [few] خلال { $days } أيام
        [many] خلال { $days } يومًا
       *[other] خلال { $days } يوم
    }
plan-eval-status-overdue = { $days ->
        [zero] متأخّر
        [one] متأخّر يومًا واحدًا
        [two] متأخّر يومين
        [few] متأخّر { $days } أيام
        [many] متأخّر { $days } يومًا
       *[other] متأخّر { $days } يوم
    }
plan-eval-status-later = لاحقًا
plan-record-title = تسجيل تقييم
plan-eval-date = التاريخ
plan-eval-date-missing = يُرجى إدخال تاريخ التقييم.
plan-eval-present = من كان حاضرًا
plan-eval-goal = كيف يسير «{ $goal }»؟
plan-progress-not-started = لم يبدأ بعد
plan-progress-on-track = يسير كما هو مخطَّط
plan-progress-reached = تحقّق
plan-progress-adjusted = عُدِّل
plan-progress-stopped = توقّف
plan-eval-changes = ما الذي تغيّر
plan-eval-changes-hint = مثلًا اتفاق إضافي، أو تركيز مختلف في الوقت الحالي.
plan-eval-rung = الموضع على السلّم الآن
plan-eval-rung-same = لا تغيير
plan-eval-save = حفظ التقييم
plan-history-title = التقييمات حتى الآن
plan-history-empty = لا تقييمات بعد.
plan-eval-new-rung = الموضع الجديد على السلّم: { $rung }
plan-eval-version = الخطة في ذلك الوقت

plan-reflection-hint-calendar = مهلة التفكير المتاحة للمستفيد قبل التوقيع: { $days ->
        [zero] لا توجد مهلة.
        [one] يوم تقويمي واحد.
        [two] يومان تقويميان.
        [few] { $days } أيام تقويمية.
        [many] { $days } يومًا تقويميًا.
       *[other] { $days } يوم تقويمي.
    }
plan-reflection-count-label = طريقة حساب مهلة التفكير
plan-reflection-count-working = أيام العمل (من الاثنين إلى الجمعة)
plan-reflection-count-calendar = الأيام التقويمية

## rules
plan-rights-meeting = إذا طلبت لقاءً مع مرشدك الاجتماعي، يجب أن يتم هذا اللقاء خلال { $meeting ->
        [one] يوم عمل واحد
        [two] يوما عمل
        [few] { $meeting } أيام عمل
        [many] { $meeting } يوم عمل
       *[other] { $meeting } يوم عمل
    }.
plan-rights-change = يمكنك في أي وقت أن تطلب تغيير الخطة.
plan-part-time-top-up = يعمل بدوام جزئي ويحصل على leefloon تكميلي
plan-part-time-rule-label = قاعدة هذا الـOCMW للعمل بدوام جزئي مع leefloon تكميلي
plan-part-time-rule-required = الخطة إلزامية (كما في OCMW أوستند)
plan-part-time-rule-optional = الخطة عند الطلب فقط (كما في أدلة بروكسل)
plan-ground-part-time = العميل يعمل بدوام جزئي ويحصل على leefloon تكميلي
plan-ground-studies = العميل يدرس بدوام كامل بموافقة OCMW
plan-mandate-exempted = قرر OCMW الإعفاء لأسباب صحية أو لأسباب الإنصاف. تبقى الخطة ممكنة إذا طلبها العميل.
plan-exemption-label = إعفاء من OCMW
plan-exemption-none = لا إعفاء
plan-exemption-health = لأسباب صحية
plan-exemption-equity = لأسباب الإنصاف
plan-exemption-date = تاريخ القرار
plan-exemption-reason = تعليل القرار
plan-exemption-date-missing = تاريخ القرار ما زال ناقصًا.
plan-exemption-reason-missing = تعليل القرار ما زال ناقصًا.
plan-exemption-ladder = يعرض السلّم هذا القرار عند وضع «معفى».
plan-reflection-waived-label = تنازل العميل عن مهلة التفكير في
plan-reflection-waived-hint = املأه فقط إذا اختار العميل بنفسه أن يوقّع قبل ذلك.
plan-signed-inside-reflection = وُقّعت الخطة خلال مهلة التفكير، ولم يُكتب أن العميل تنازل عنها. اسأله واكتب ذلك، أو وقّعوا من جديد بعد مهلة التفكير.
## evals
plan-eval-kind-in-person = وجهًا لوجه
plan-eval-kind-written = كتابيًا
plan-eval-kind-phone-or-video = بالهاتف أو بالفيديو
plan-eval-kind-label = كيف جرى التقييم
plan-eval-link = أيّ موعد مخطَّط هذا
plan-eval-link-none = لا موعد مخطَّط: تقييم إضافي
plan-eval-kind-mismatch = مخطَّط { $planned }، وجرى { $held }. يُحسب { $held }.
plan-eval-date-future = هذا التاريخ بعد اليوم. اختر اليوم الذي جرى فيه التقييم.
plan-eval-rung-to-ladder = يُضاف موضع جديد أيضًا على السلّم، بتاريخ هذا التقييم.
plan-year-line = السنة { $year } ({ $from } – { $until }): جرى { $held } ({ $heldinperson } وجهًا لوجه)، ولا يزال { $planned } مخطَّطًا ({ $plannedinperson } وجهًا لوجه). المطلوب: { $total }، منها { $inperson } وجهًا لوجه.
plan-year-met = كل شيء على ما يرام.
plan-year-on-track = ممكن بما هو مخطَّط.
plan-year-short = بما هو مخطَّط الآن، لا تبلغ هذه السنة الحدّ الأدنى. خطِّط لموعد آخر.
plan-year-missed = انتهت هذه السنة ولم تبلغ الحدّ الأدنى.
plan-eval-print = طباعة التقرير
plan-rules-evals-title = إعدادات التقييمات
plan-rules-link-margin = يُحسب التقييم لموعد مخطَّط حتى هذا العدد من الأيام بعده
plan-rules-link-margin-error = اختر رقمًا من 0 إلى { $max }.
plan-rules-short-year = الحدّ الأدنى لخطة أو جزء من سنة أقصر من اثني عشر شهرًا
plan-rules-short-year-proportional = بالتناسب مع الأشهر (مقرَّبًا إلى الأعلى)
plan-rules-short-year-full-year = الحدّ الأدنى السنوي كاملًا
## plan
plan-type-studies = الدراسة بدوام كامل (GPMI للطالب)
plan-orientations-label = موجَّهة نحو (واحد أو أكثر)
plan-present-name-interpreter = اسم المترجم
plan-present-name-support = اسم الشخص الموثوق
plan-studies-title = الدراسة
plan-studies-intro = من يسمح له OCMW بالدراسة بدوام كامل يكون له دائمًا GPMI. اكتب المدرسة والتخصص والمدة، وما يعد به كل طرف.
plan-studies-school = المدرسة أو المعهد العالي
plan-studies-direction = التخصص الدراسي
plan-studies-duration = مدة الدراسة
plan-studies-student = يعد الطالب بأن
plan-student-attend = يحضر الدروس
plan-student-exams = يجتاز الامتحانات
plan-student-results = يسلّم النتائج إلى OCMW
plan-student-holiday-job = يكون متاحًا لعمل طلابي في العطل، بقدر ما تسمح الدراسة
plan-studies-other = اتفاقات أخرى للطالب
plan-studies-ocmw = ما يعد به OCMW (مثلًا تكاليف المدرسة التي يدفعها)
plan-costs-title = التكاليف التي يدفعها OCMW
plan-costs-intro = لتدريب أو نشاط: ما التكاليف التي يتحملها OCMW؟
plan-cost-registration = رسوم التسجيل
plan-cost-insurance = التأمين
plan-cost-work-clothes = ملابس العمل
plan-cost-travel = تكاليف التنقل
plan-costs-other = تكاليف أخرى
plan-costs-none = لا توجد تكاليف
plan-explained-title = الشرح للعميل
plan-explained-on = تم شرح المحتوى والنطاق والعواقب في { $date }
plan-explained-record = شرحت الخطة اليوم
plan-end-title = إنهاء الخطة
plan-end-intro = الخطة المنتهية يمكن قراءتها وطباعتها، لكن لا يمكن تغييرها أو توقيعها.
plan-end-kind = كيف تنتهي الخطة
plan-end-successful = ناجحة: تحققت الأهداف
plan-end-early = توقفت مبكرًا
plan-end-right-ended = انتهى الحق في الاندماج الاجتماعي
plan-end-date = تاريخ النهاية
plan-end-reason = السبب
plan-end-confirm = إنهاء الخطة
plan-end-need-kind = اختر كيف تنتهي الخطة.
plan-end-need-date = اكتب تاريخ النهاية.
plan-end-need-reason = اكتب لماذا تتوقف الخطة مبكرًا.
plan-ended = انتهت هذه الخطة في { $date }: { $kind }.
plan-ended-hint = يمكنك قراءة الخطة وطباعتها. لا يمكن تغييرها أو توقيعها بعد الآن.
plan-move-title = الانتقال إلى OCMW آخر
plan-move-ocmw = OCMW الجديد
plan-move-consent = وافق العميل على نقل الملف في
plan-move-export = تصدير الملف إلى OCMW الجديد
plan-move-needs-consent = اكتب OCMW الجديد وتاريخ الموافقة. بدون موافقة لا تنقل الملف.
plan-missing-studies = المدرسة والتخصص ومدة الدراسة
plan-missing-end = تاريخ النهاية
plan-missing-end-order = تاريخ نهاية بعد تاريخ البداية
plan-missing-domain = مجال الحياة للأهداف
plan-missing-ocmw-commitment = ما يعد به OCMW (إجراء يقوم به OCMW أو ما يقدمه OCMW)
plan-missing-costs = التكاليف التي يدفعها OCMW، أو أنه لا توجد تكاليف
plan-missing-explained = تاريخ شرح المحتوى والنطاق والعواقب
plan-missing-explained-again = تغيرت الخطة بعد الشرح: اشرحها مرة أخرى
plan-origin-catalogue-from = عرض: { $offer } (من { $catalogue }، إصدار { $edition })

## strength
plan-strength-label = من يتحمّل هذا أساسًا؟ (بوصلة القوى)
plan-strength-client = المستفيد نفسه أساسًا
plan-strength-network = بمساعدة المحيط
plan-strength-professional = بمساعدة مهنية
