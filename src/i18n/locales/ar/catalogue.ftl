# Default catalogue (OCMW Oostende, edition 2024): the texts of each offer.
# Ids: offer-<offer id>-<field>. The Dutch text in the catalogue file is the binding one.

catalogue-name = OCMW Oostende

offer-regulier-werk-name = عمل في سوق العمل العادي
offer-regulier-werk-provider = أصحاب العمل، بمساعدة VDAB
offer-regulier-werk-description = وظيفة عادية لدى صاحب عمل أو عمل حرّ، دون مرافقة خاصة.
offer-regulier-werk-allowance = أجر بحسب الاتفاقية الجماعية للقطاع (cao)

offer-eho-begeleiding-name = مرافقة مكثّفة في البحث عن عمل
offer-eho-begeleiding-provider = Economisch Huis Oostende (EHO)
offer-eho-begeleiding-description = البحث عن عمل معًا، مع دعم لغوي لمن لديهم خلفية هجرة. يُراجَع الملف معًا بعد ثلاثة أشهر.
offer-eho-begeleiding-duration = 12 شهرًا على الأكثر

offer-interim-name = العمل عبر مكاتب التوظيف المؤقت
offer-interim-provider = مكاتب التوظيف المؤقت (uitzendkantoren) في أوستنده
offer-interim-description = التعرّف على أصحاب العمل عن طريق مكتب توظيف مؤقت؛ ويمكن تقديم طلب الترشّح دون ذكر الاسم.
offer-interim-allowance = أجر المهمة المؤقتة

offer-vakbond-loopbaan-name = استشارات حول المسار المهني وتطوير المهارات
offer-vakbond-loopbaan-provider = النقابات ACV وABVV وACLVB
offer-vakbond-loopbaan-description = مساعدة في خطة البحث عن عمل، وفي سيرتك الذاتية، وحسابك لدى VDAB، وحقوقك، وأيضًا عند العودة إلى العمل بعد المرض. متاحة أيضًا لغير الأعضاء.
offer-vakbond-loopbaan-allowance = مجانًا

offer-twe-name = خبرة عمل مؤقتة (TWE) لدى مركز OCMW
offer-twe-provider = OCMW Oostende، قسم التشغيل
offer-twe-description = مسار لاكتساب خبرة العمل: أولًا شهر من BVS، ثم عقد بموجب المادة 60.
offer-twe-duration = 24 شهرًا

offer-bvs-name = تدريب لاستكشاف مهنة (BVS)
offer-bvs-provider = OCMW Oostende، قسم التشغيل
offer-bvs-description = تدريب قصير في مكان العمل للتعرّف على وظيفة، كخطوة أولى في TWE.
offer-bvs-allowance = leefloon إضافة إلى 1 يورو عن كل ساعة
offer-bvs-duration = شهر واحد على الأكثر

offer-artikel-60-name = التشغيل بموجب المادة 60 §7
offer-artikel-60-provider = OCMW Oostende، قسم التشغيل
offer-artikel-60-description = وظيفة مأجورة عن طريق مركز OCMW، مع مرافقة من مدرّب في مكان العمل يقيّم الوضع كل ثلاثة أشهر.
offer-artikel-60-allowance = أجر بدلًا من leefloon
offer-artikel-60-duration = أقل من 36 سنة: سنة واحدة؛ من 36 إلى 49: 18 شهرًا؛ من 50 فما فوق: سنتان
offer-artikel-60-conditions = لعملاء OCMW؛ كتيّب ترحيب قبل شهر من البداية

offer-nazorg-twe-name = المتابعة بعد TWE
offer-nazorg-twe-provider = OCMW Oostende، قسم التشغيل
offer-nazorg-twe-description = متابعة بعد عقد المادة 60، مع تسليم شخصي ومرافَق إلى VDAB، في الطريق إلى عمل عادي.

offer-glow-name = GLOW (Groeien en Leren op de Werkvloer: النمو والتعلّم في مكان العمل)
offer-glow-provider = VDAB (دائرة التشغيل الفلامنكية) مع شركاء
offer-glow-description = مسار مكثّف للتعلّم في مكان العمل، حول تدريب WES أو IBO، مع دعم لغوي إضافي. للباحثين عن عمل الذين لديهم إعاقة في العمل أو عدة مشكلات في آن واحد.
offer-glow-duration = 24 شهرًا على الأكثر

offer-wes-name = تدريب لاكتساب خبرة العمل (WES)
offer-wes-provider = VDAB (مكتب التشغيل الفلمنكي)
offer-wes-description = تدريب لاكتساب خبرة العمل لدى صاحب عمل.
offer-wes-duration = 6 أشهر على الأكثر
offer-wes-conditions = فقط بعد عقد بموجب المادة 60

offer-ibo-name = تدريب مهني فردي (IBO)
offer-ibo-provider = VDAB (مكتب التشغيل الفلمنكي)
offer-ibo-description = التعلّم في مكان العمل لدى صاحب عمل يوظّفك بعد ذلك.
offer-ibo-allowance = مكافأة، وتعويض عن تكاليف التنقل وحضانة الأطفال
offer-ibo-duration = من شهر إلى 6 أشهر
offer-ibo-conditions = مسجَّل لدى VDAB، لم يستقل من عمله السابق بنفسه، ولم يعمل من قبل لدى صاحب العمل نفسه

offer-bis-name = تدريب مأجور للتعرّف على مهنة (BIS)
offer-bis-provider = أصحاب العمل، عن طريق VDAB
offer-bis-description = تدريب مأجور لتعلّم مهنة من الداخل.
offer-bis-allowance = تعويض عن التدريب
offer-bis-duration = 6 أشهر على الأكثر

offer-individueel-maatwerk-name = عمل فردي مُكيَّف (maatwerk)
offer-individueel-maatwerk-provider = أصحاب العمل، بدعم من الحكومة الفلمنكية
offer-individueel-maatwerk-description = وظيفة لدى صاحب عمل عادي، يحصل على دعم مقابل المرافقة الإضافية.
offer-individueel-maatwerk-allowance = أجر

offer-collectief-maatwerk-name = عمل جماعي مُكيَّف (maatwerk)
offer-collectief-maatwerk-provider = Oesterbank، vzw De Duinenwacht، Kringwinkel، Groep Intro
offer-collectief-maatwerk-description = عمل في شركة من شركات الاقتصاد الاجتماعي، مع مرافقة مُكيَّفة حسب الحاجة.
offer-collectief-maatwerk-allowance = أجر
offer-collectief-maatwerk-conditions = للأشخاص الذين لديهم إعاقة تؤثر في العمل

offer-btom-name = عمل مع تدابير دعم خاصة (BTOM)
offer-btom-provider = VDAB (مكتب التشغيل الفلمنكي)
offer-btom-description = دعم في وظيفة عادية: مترجم لغة إشارة، أو مكان عمل مُكيَّف، أو أدوات عمل، أو تكاليف التنقل.

offer-wijk-werken-name = العمل في الحي (Wijk-werken)
offer-wijk-werken-provider = vzw Perspectief
offer-wijk-werken-description = أعمال صغيرة لدى أشخاص أو مدارس أو جمعيات في الحي، لاكتساب الخبرة. يُقيَّم معًا كل ستة أشهر.
offer-wijk-werken-allowance = 4.10 يورو في الساعة، معفاة من الضرائب؛ 60 ساعة في الشهر و630 ساعة في السنة على الأكثر
offer-wijk-werken-duration = 12 شهرًا على الأكثر
offer-wijk-werken-conditions = لمستفيدي VDAB أو OCMW أو GTB

offer-vrijwilligerswerk-name = العمل التطوعي
offer-vrijwilligerswerk-provider = FMDO وvzw Perspectief
offer-vrijwilligerswerk-description = المشاركة تطوعًا في منظمة: التعرّف على الناس، وأن يكون لك دور مفيد، واكتساب الخبرة.
offer-vrijwilligerswerk-allowance = غير مدفوع من حيث المبدأ؛ أحيانًا تعويض عن المصاريف يختلف من منظمة إلى أخرى (vzw Perspectief: 4,10 يورو في الساعة)

offer-8400-talenten-name = 8400 Talenten
offer-8400-talenten-provider = FMDO
offer-8400-talenten-description = يُربَط القادمون الجدد بمنظمة، لممارسة الهولندية والقيام بعمل تطوعي.
offer-8400-talenten-conditions = الهولندية في المستوى 1.1

offer-team-up-name = Team Up
offer-team-up-provider = FMDO
offer-team-up-description = مرشد متطوّع يساعد في تعلّم كلمات العمل، وفي البحث عن وظيفة أو تدريب.
offer-team-up-duration = 6 أشهر

offer-zoekhulp-name = مساعدة في البحث عن عمل
offer-zoekhulp-provider = FMDO وVDAB
offer-zoekhulp-description = الاطلاع معًا على الوظائف الشاغرة، وكتابة سيرة ذاتية ورسالة تحفيزية، وإيجاد تدريب أو دورة.

offer-women-at-work-name = Women@Work
offer-women-at-work-provider = Economisch Huis Oostende وFMDO
offer-women-at-work-description = مسار للنساء اللواتي يرغبن في اتخاذ خطوة نحو العمل.

offer-module-solliciteren-name = وحدة التقدّم للوظائف
offer-module-solliciteren-provider = CVO Miras
offer-module-solliciteren-description = تعلّم التقدّم للوظائف باللغة الهولندية: قراءة إعلانات الوظائف، والاتصال الهاتفي، والتدرّب على المقابلة.
offer-module-solliciteren-conditions = من المستوى 1.1؛ للمتابعة بعد TWE، أو عند نهاية عقد المادة 60، أو في مرحلة التوجيه

offer-taallessen-artikel-60-name = دروس لغة أثناء عقد المادة 60
offer-taallessen-artikel-60-provider = CVO Miras
offer-taallessen-artikel-60-description = تعلّم الهولندية في مكان العمل، إلى جانب عقد المادة 60.
offer-taallessen-artikel-60-conditions = مع عقد بموجب المادة 60

offer-bootcamp2work-name = Bootcamp2Work
offer-bootcamp2work-provider = Economisch Huis Oostende (EHO)
offer-bootcamp2work-description = الهولندية صباحًا؛ وبعد الظهر توجيه، ومركز تعلّم مفتوح، ودروس كمبيوتر. يمكن أخذ الوحدات بشكل منفصل؛ ومن يجد عملًا يمكنه التوقف.
offer-bootcamp2work-duration = 5 أسابيع

offer-sollicitatietraining-name = تدريب على التقدّم للوظائف
offer-sollicitatietraining-provider = OCMW Oostende، قسم التشغيل
offer-sollicitatietraining-description = التدرّب على التقدّم للوظائف في مجموعة صغيرة.
offer-sollicitatietraining-duration = 4 أنصاف أيام

offer-rijbewijs-b-name = مساعدة في الحصول على رخصة القيادة B
offer-rijbewijs-b-provider = Economisch Huis Oostende وCVO Scala وKTA
offer-rijbewijs-b-description = دروس نظرية وتدريب على جهاز محاكاة القيادة، ليصبح العمل في أماكن أبعد ممكنًا.

offer-heftruck-name = تدريب على قيادة الرافعة الشوكية (heftruck)
offer-heftruck-provider = Economisch Huis Oostende وVDAB
offer-heftruck-description = الجزء النظري في Economisch Huis، والتطبيق العملي لدى VDAB في Rekkem.
offer-heftruck-duration = 10 أيام نظرية و20 يومًا عمليًا

offer-horeca-forma-name = دورة للعمل خلف البار
offer-horeca-forma-provider = Horeca Forma
offer-horeca-forma-description = دورة قصيرة للعمل خلف البار.

offer-sdv-zoekhulp-name = مساعدة في البحث عن عمل للناطقين بلغات أخرى
offer-sdv-zoekhulp-provider = Samen Divers
offer-sdv-zoekhulp-description = مساعدة في ملف المسار المهني، ورفع السيرة الذاتية على الإنترنت، وقراءة إعلانات الوظائف، وإيجاد دورات تدريبية، حتى لمن تعليمهم قليل.

offer-computer-basis-name = دورة أساسية في الكمبيوتر
offer-computer-basis-provider = Samen Divers
offer-computer-basis-description = تعلّم استخدام الكمبيوتر، مع شهادة في النهاية.
offer-computer-basis-duration = 5 دروس

offer-ama-name = نشاط شبيه بالعمل (AMA)
offer-ama-provider = OCMW Oostende، قسم التشغيل
offer-ama-description = بضع ساعات في الأسبوع من نشاط مفيد، مع مرافقة: تنظيم لليوم، وتواصل مع الآخرين، وتطوير للذات.
offer-ama-allowance = تعويض صغير عن كل ساعة
offer-ama-conditions = للأشخاص الذين يواجهون عقبات طبية أو نفسية أو اجتماعية

offer-spuitenpatrouille-name = دورية جمع الحُقَن (Spuitenpatrouille)
offer-spuitenpatrouille-provider = OCMW Oostende، قسم التشغيل
offer-spuitenpatrouille-description = جمع الحُقَن المرميّة في المدينة بطريقة آمنة، ضمن فريق ثابت.
offer-spuitenpatrouille-allowance = 8 يورو عن كل نصف يوم
offer-spuitenpatrouille-duration = مرتان في الأسبوع، ساعتان في كل مرة
offer-spuitenpatrouille-conditions = لمن يتعاطى المخدرات (أو يُرجَّح أنه يتعاطاها)، أو في مرحلة التعافي

offer-ama-sociale-economie-name = AMA في الاقتصاد الاجتماعي
offer-ama-sociale-economie-provider = GTB، بالتعاون مع مركز OCMW
offer-ama-sociale-economie-description = نشاط شبيه بالعمل في شركة من شركات الاقتصاد الاجتماعي.
offer-ama-sociale-economie-conditions = بعد مقابلة أولى لدى GTB

offer-werklabo-name = WerkLabo
offer-werklabo-provider = OCMW Oostende، قسم التشغيل
offer-werklabo-description = ثمانية أنواع من المهام، لنكتشف معًا ما يستطيع الشخص فعله وما يحب أن يفعله.

offer-ama-zwerfvuil-name = AMA جمع النفايات
offer-ama-zwerfvuil-provider = OCMW Oostende، قسم التشغيل
offer-ama-zwerfvuil-description = جمع النفايات المرميّة في الحي، ضمن فريق صغير.

offer-ama-poetsen-name = AMA التنظيف
offer-ama-poetsen-provider = OCMW Oostende، قسم التشغيل
offer-ama-poetsen-description = مهام تنظيف مع مرافقة، وفق إيقاع ثابت.

offer-taaltraject-scala-name = تعلّم الهولندية في CVO Scala
offer-taaltraject-scala-provider = CVO Scala
offer-taaltraject-scala-description = دروس في الهولندية كلغة ثانية، على مستويات مختلفة.

offer-taaltraject-miras-name = تعلّم الهولندية في CVO Miras
offer-taaltraject-miras-provider = CVO Miras
offer-taaltraject-miras-description = دروس في الهولندية كلغة ثانية، موجَّهة أيضًا نحو العمل.

offer-taaltraject-ligo-name = تعلّم الهولندية في Ligo
offer-taaltraject-ligo-provider = Ligo، مركز التعليم الأساسي
offer-taaltraject-ligo-description = تعلّم الهولندية بوتيرة هادئة، لمن ذهب إلى المدرسة قليلًا أو لم يذهب أبدًا.

offer-babbelbox-name = Babbelbox
offer-babbelbox-provider = Samen Divers
offer-babbelbox-description = حديث كل أسبوع في مجموعة صغيرة مع متطوعين، لممارسة الهولندية.
offer-babbelbox-duration = أسبوعيًا، حسب التقويم المدرسي
offer-babbelbox-conditions = الهولندية في المستوى 1.1

offer-vrouwenklap-name = Vrouwenklap
offer-vrouwenklap-provider = FMDO
offer-vrouwenklap-description = لقاء وحديث كل أسبوع، للنساء من أصول مهاجرة.
offer-vrouwenklap-duration = أسبوعيًا

offer-praattafels-name = طاولات المحادثة (Praattafels)
offer-praattafels-provider = Antenne
offer-praattafels-description = التدرّب على الهولندية حول طاولة مع آخرين.

offer-hardop-lezen-name = القراءة بصوت عالٍ
offer-hardop-lezen-provider = المكتبة العامة في أوستنده (Openbare bibliotheek Oostende)
offer-hardop-lezen-description = القراءة بصوت عالٍ معًا في المكتبة.

offer-samen-lezen-nt2-name = القراءة معًا لمتعلّمي الهولندية (NT2)
offer-samen-lezen-nt2-provider = المكتبة العامة في أوستنده (Openbare bibliotheek Oostende)
offer-samen-lezen-nt2-description = مجموعة قراءة لمن يتعلّم الهولندية كلغة ثانية.

offer-maatschappelijke-orientatie-name = دورة التوجيه الاجتماعي
offer-maatschappelijke-orientatie-provider = Agentschap Integratie en Inburgering (وكالة الاندماج)
offer-maatschappelijke-orientatie-description = تعلّم كيف يسير المجتمع في فلاندرن، بلغتك، مع اختبار في النهاية.
offer-maatschappelijke-orientatie-duration = 60 ساعة

offer-participatietraject-name = مسار المشاركة ضمن برنامج الاندماج (inburgering)
offer-participatietraject-provider = Agentschap Integratie en Inburgering (وكالة الاندماج)
offer-participatietraject-description = تدريبات للتعارف، أو رفيق يرافقك (buddy)، أو عمل تطوعي، للتعرّف على الناس.
offer-participatietraject-duration = 40 ساعة

offer-zorg-eerst-name = الرعاية والرفاه أولًا
offer-zorg-eerst-provider = OCMW Oostende، الخدمة الاجتماعية
offer-zorg-eerst-description = لا مرافقة نحو العمل بعد: أولًا نعمل معًا على الصحة أو السكن أو هموم أخرى.

offer-thuisbezoek-name = التواصل في البيت
offer-thuisbezoek-provider = OCMW Oostende، الخدمة الاجتماعية
offer-thuisbezoek-description = يزور الأخصائي الاجتماعي البيت ويبقى على تواصل، بالوتيرة التي تناسب الشخص.
