# Default catalogue (OCMW Oostende, edition 2024): the texts of each offer.
# Ids: offer-<offer id>-<field>. The Dutch text in the catalogue file is the binding one.

catalogue-name = OCMW Oostende

offer-regulier-werk-name = کار در بازار کار عادی
offer-regulier-werk-provider = کارفرماها، با کمک VDAB
offer-regulier-werk-description = یک کار عادی نزد یک کارفرما یا به صورت کار شخصی (آزاد)، بدون همراهی ویژه.
offer-regulier-werk-allowance = مزد طبق قرارداد دسته‌جمعی همان بخش کاری (cao)

offer-eho-begeleiding-name = همراهی فشرده در کاریابی
offer-eho-begeleiding-provider = Economisch Huis Oostende (EHO)
offer-eho-begeleiding-description = با هم دنبال کار گشتن، همراه با کمک زبانی برای کسانی که سابقه مهاجرت دارند. پرونده بعد از سه ماه با هم بررسی می‌شود.
offer-eho-begeleiding-duration = حداکثر 12 ماه

offer-interim-name = کار از طریق دفترهای کار موقت
offer-interim-provider = دفترهای کار موقت (uitzendkantoren) در اوستنده
offer-interim-description = آشنایی با کارفرماها از طریق یک دفتر کار موقت؛ فرستادن فرم درخواست بدون نام هم ممکن است.
offer-interim-allowance = مزد همان کار موقت

offer-vakbond-loopbaan-name = مشاوره درباره مسیر کاری و به‌روز ماندن
offer-vakbond-loopbaan-provider = اتحادیه‌های کارگری ACV، ABVV و ACLVB
offer-vakbond-loopbaan-description = کمک در برنامه کاریابی، سی‌وی، حساب VDAB و حقوق شما، همچنین هنگام برگشتن به کار بعد از مریضی. برای کسانی که عضو نیستند هم باز است.
offer-vakbond-loopbaan-allowance = رایگان

offer-twe-name = تجربه کاری موقت (TWE) نزد OCMW
offer-twe-provider = OCMW Oostende، بخش استخدام
offer-twe-description = یک مسیر برای به دست آوردن تجربه کاری: اول یک ماه BVS، بعد یک قرارداد طبق ماده 60.
offer-twe-duration = 24 ماه

offer-bvs-name = کارآموزی برای آشنایی با یک شغل (BVS)
offer-bvs-provider = OCMW Oostende، بخش استخدام
offer-bvs-description = یک کارآموزی کوتاه در محل کار برای آشنا شدن با یک شغل، به عنوان اولین قدم TWE.
offer-bvs-allowance = leefloon به اضافه 1 یورو برای هر ساعت
offer-bvs-duration = حداکثر 1 ماه

offer-artikel-60-name = استخدام طبق ماده 60، بند 7
offer-artikel-60-provider = OCMW Oostende، بخش استخدام
offer-artikel-60-description = یک کار با مزد از طریق OCMW، با همراهی یک مربی در محل کار که هر سه ماه ارزیابی می‌کند.
offer-artikel-60-allowance = مزد به جای leefloon
offer-artikel-60-duration = کمتر از 36 سال: 1 سال؛ 36 تا 49 سال: 18 ماه؛ از 50 سال به بالا: 2 سال
offer-artikel-60-conditions = برای مراجعان OCMW؛ یک بروشور خوشامد یک ماه پیش از شروع

offer-nazorg-twe-name = پیگیری بعد از TWE
offer-nazorg-twe-provider = OCMW Oostende، بخش استخدام
offer-nazorg-twe-description = پیگیری بعد از قرارداد ماده 60، با سپردن شخصی و دلسوزانه به VDAB، در راه رسیدن به یک کار عادی.

offer-glow-name = GLOW (Groeien en Leren op de Werkvloer: رشد و یادگیری در محل کار)
offer-glow-provider = VDAB (اداره‌ی کار فلاندر) با همکاران
offer-glow-description = یک مسیر فشرده‌ی یادگیری در محل کار، حول یک کارآموزی WES یا IBO، با حمایت زبانی بیشتر. برای کارجویانی که محدودیت کاری دارند یا چند مشکل با هم دارند.
offer-glow-duration = حداکثر 24 ماه

offer-wes-name = کارآموزی برای تجربه کاری (WES)
offer-wes-provider = VDAB (اداره کاریابی فلاندرز)
offer-wes-description = کارآموزی برای به دست آوردن تجربه کاری نزد یک کارفرما.
offer-wes-duration = حداکثر 6 ماه
offer-wes-conditions = فقط بعد از یک قرارداد ماده 60

offer-ibo-name = آموزش حرفه‌ای فردی (IBO)
offer-ibo-provider = VDAB (اداره کاریابی فلاندرز)
offer-ibo-description = یاد گرفتن در محل کار، نزد کارفرمایی که بعد از آن شما را استخدام می‌کند.
offer-ibo-allowance = یک پاداش، و پرداخت هزینه رفت‌وآمد و نگهداری کودکان
offer-ibo-duration = 1 تا 6 ماه
offer-ibo-conditions = در VDAB ثبت‌نام کرده، کار قبلی را خودش رها نکرده، و هرگز پیش از این نزد همان کارفرما کار نکرده است

offer-bis-name = کارآموزی با مزد برای آشنایی با یک حرفه (BIS)
offer-bis-provider = کارفرماها، از طریق VDAB
offer-bis-description = یک کارآموزی با مزد برای یاد گرفتن یک حرفه از نزدیک.
offer-bis-allowance = پول کارآموزی
offer-bis-duration = حداکثر 6 ماه

offer-individueel-maatwerk-name = کار فردی متناسب‌شده (maatwerk)
offer-individueel-maatwerk-provider = کارفرماها، با حمایت دولت فلاندرز
offer-individueel-maatwerk-description = یک کار نزد یک کارفرمای عادی که برای همراهی اضافی حمایت می‌گیرد.
offer-individueel-maatwerk-allowance = مزد

offer-collectief-maatwerk-name = کار گروهی متناسب‌شده (maatwerk)
offer-collectief-maatwerk-provider = Oesterbank، vzw De Duinenwacht، Kringwinkel، Groep Intro
offer-collectief-maatwerk-description = کار در یک شرکت اقتصاد اجتماعی، با همراهی متناسب با نیاز هر شخص.
offer-collectief-maatwerk-allowance = مزد
offer-collectief-maatwerk-conditions = برای کسانی که محدودیت کاری (معلولیت) دارند

offer-btom-name = کار با حمایت ویژه (BTOM)
offer-btom-provider = VDAB (اداره کاریابی فلاندرز)
offer-btom-description = حمایت در یک کار عادی: ترجمان زبان اشاره، محل کار متناسب، ابزار کار یا هزینه رفت‌وآمد.

offer-wijk-werken-name = کار در محله (Wijk-werken)
offer-wijk-werken-provider = vzw Perspectief
offer-wijk-werken-description = کارهای کوچک برای مردم، مکتب‌ها یا انجمن‌های محله، برای به دست آوردن تجربه. هر شش ماه با هم ارزیابی می‌شود.
offer-wijk-werken-allowance = 4.10 یورو در ساعت، بدون مالیات؛ حداکثر 60 ساعت در ماه و 630 ساعت در سال
offer-wijk-werken-duration = حداکثر 12 ماه
offer-wijk-werken-conditions = برای مراجعان VDAB، OCMW یا GTB

offer-vrijwilligerswerk-name = کار داوطلبانه
offer-vrijwilligerswerk-provider = FMDO و vzw Perspectief
offer-vrijwilligerswerk-description = همکاری داوطلبانه در یک سازمان: آشنا شدن با مردم، مفید بودن و به دست آوردن تجربه.
offer-vrijwilligerswerk-allowance = در اصل بدون مزد؛ گاهی جبران هزینه که از سازمانی به سازمان دیگر فرق می‌کند (vzw Perspectief: ساعتی 4.10 یورو)

offer-8400-talenten-name = 8400 Talenten
offer-8400-talenten-provider = FMDO
offer-8400-talenten-description = تازه‌واردها به یک سازمان معرفی می‌شوند تا زبان هالندی را تمرین کنند و کار داوطلبانه انجام دهند.
offer-8400-talenten-conditions = زبان هالندی در سطح 1.1

offer-team-up-name = Team Up
offer-team-up-provider = FMDO
offer-team-up-description = یک راهنمای داوطلب در یاد گرفتن کلمات کاری و در پیدا کردن کار یا کارآموزی کمک می‌کند.
offer-team-up-duration = 6 ماه

offer-zoekhulp-name = کمک در پیدا کردن کار
offer-zoekhulp-provider = FMDO و VDAB
offer-zoekhulp-description = با هم دیدن آگهی‌های کار، نوشتن سی‌وی و نامه انگیزه، پیدا کردن کارآموزی یا آموزش.

offer-women-at-work-name = Women@Work
offer-women-at-work-provider = Economisch Huis Oostende و FMDO
offer-women-at-work-description = یک مسیر برای زنانی که می‌خواهند به سوی کار قدم بردارند.

offer-module-solliciteren-name = درس درخواست کار
offer-module-solliciteren-provider = CVO Miras
offer-module-solliciteren-description = یاد گرفتن درخواست کار به زبان هالندی: خواندن آگهی‌های کار، تلفن زدن، تمرین مصاحبه.
offer-module-solliciteren-conditions = از سطح 1.1؛ برای پیگیری بعد از TWE، پایان قرارداد ماده 60 یا دوره آشنایی

offer-taallessen-artikel-60-name = درس زبان در مدت قرارداد ماده 60
offer-taallessen-artikel-60-provider = CVO Miras
offer-taallessen-artikel-60-description = یاد گرفتن هالندی در محل کار، در کنار قرارداد ماده 60.
offer-taallessen-artikel-60-conditions = با قرارداد ماده 60

offer-bootcamp2work-name = Bootcamp2Work
offer-bootcamp2work-provider = Economisch Huis Oostende (EHO)
offer-bootcamp2work-description = صبح‌ها زبان هالندی؛ بعد از ظهرها آشنایی با کار، مرکز آموزش باز و کمپیوتر. می‌شود بخش‌ها را جداگانه گرفت؛ کسی که کار پیدا کند، می‌تواند دست بکشد.
offer-bootcamp2work-duration = 5 هفته

offer-sollicitatietraining-name = تمرین درخواست کار
offer-sollicitatietraining-provider = OCMW Oostende، بخش استخدام
offer-sollicitatietraining-description = تمرین درخواست کار در یک گروه کوچک.
offer-sollicitatietraining-duration = 4 نیم‌روز

offer-rijbewijs-b-name = کمک برای گرفتن جواز رانندگی B
offer-rijbewijs-b-provider = Economisch Huis Oostende، CVO Scala و KTA
offer-rijbewijs-b-description = درس‌های نظری و تمرین با دستگاه شبیه‌ساز رانندگی، تا کار در جاهای دورتر هم در دسترس باشد.

offer-heftruck-name = آموزش رانندگی لیفتراک (heftruck)
offer-heftruck-provider = Economisch Huis Oostende و VDAB
offer-heftruck-description = بخش نظری در Economisch Huis و بخش عملی در VDAB در Rekkem.
offer-heftruck-duration = 10 روز نظری و 20 روز عملی

offer-horeca-forma-name = آموزش کار پشت بار (بارمن)
offer-horeca-forma-provider = Horeca Forma
offer-horeca-forma-description = یک آموزش کوتاه برای کار کردن پشت بار.

offer-sdv-zoekhulp-name = کمک کاریابی برای غیرهالندی‌زبانان
offer-sdv-zoekhulp-provider = Samen Divers
offer-sdv-zoekhulp-description = کمک در پرونده مسیر کاری، گذاشتن سی‌وی در انترنت، خواندن آگهی‌های کار و پیدا کردن آموزش، حتی برای کسانی که کم درس خوانده‌اند.

offer-computer-basis-name = کورس ابتدایی کمپیوتر
offer-computer-basis-provider = Samen Divers
offer-computer-basis-description = یاد گرفتن کار با کمپیوتر، با یک تصدیق‌نامه در پایان.
offer-computer-basis-duration = 5 درس

offer-ama-name = فعالیت شبیه کار (AMA)
offer-ama-provider = OCMW Oostende، بخش استخدام
offer-ama-description = چند ساعت در هفته مشغول یک کار مفید، با همراهی: نظم، ارتباط با دیگران و رشد شخصی.
offer-ama-allowance = یک پرداخت کوچک برای هر ساعت
offer-ama-conditions = برای کسانی که موانع صحی، روانی یا اجتماعی دارند

offer-spuitenpatrouille-name = گروه جمع‌آوری سرنگ (Spuitenpatrouille)
offer-spuitenpatrouille-provider = OCMW Oostende، بخش استخدام
offer-spuitenpatrouille-description = جمع کردن بی‌خطر سرنگ‌های دورانداخته‌شده در شهر، در یک گروه ثابت.
offer-spuitenpatrouille-allowance = 8 یورو برای هر نیم‌روز
offer-spuitenpatrouille-duration = هفته‌ای 2 بار، هر بار 2 ساعت
offer-spuitenpatrouille-conditions = برای کسانی که (احتمالاً) مواد مصرف می‌کنند یا در حال بهبودی هستند

offer-ama-sociale-economie-name = AMA در اقتصاد اجتماعی
offer-ama-sociale-economie-provider = GTB، همراه با OCMW
offer-ama-sociale-economie-description = فعالیت شبیه کار در یک شرکت اقتصاد اجتماعی.
offer-ama-sociale-economie-conditions = بعد از یک گفتگوی پذیرش در GTB

offer-werklabo-name = WerkLabo
offer-werklabo-provider = OCMW Oostende، بخش استخدام
offer-werklabo-description = هشت نوع کار، تا با هم کشف کنیم که هر کس چه کاری از دستش برمی‌آید و چه کاری را دوست دارد.

offer-ama-zwerfvuil-name = AMA جمع کردن زباله
offer-ama-zwerfvuil-provider = OCMW Oostende، بخش استخدام
offer-ama-zwerfvuil-description = جمع کردن زباله‌های ریخته‌شده در محله، در یک گروه کوچک.

offer-ama-poetsen-name = AMA پاک‌کاری و نظافت
offer-ama-poetsen-provider = OCMW Oostende، بخش استخدام
offer-ama-poetsen-description = کارهای نظافت با همراهی، با یک نظم ثابت.

offer-taaltraject-scala-name = یاد گرفتن هالندی در CVO Scala
offer-taaltraject-scala-provider = CVO Scala
offer-taaltraject-scala-description = درس زبان هالندی به عنوان زبان دوم، در سطح‌های مختلف.

offer-taaltraject-miras-name = یاد گرفتن هالندی در CVO Miras
offer-taaltraject-miras-provider = CVO Miras
offer-taaltraject-miras-description = درس زبان هالندی به عنوان زبان دوم، همچنین با تمرکز بر کار.

offer-taaltraject-ligo-name = یاد گرفتن هالندی در Ligo
offer-taaltraject-ligo-provider = Ligo، مرکز آموزش پایه
offer-taaltraject-ligo-description = یاد گرفتن هالندی با سرعت آرام، برای کسانی که کم یا هیچ به مکتب نرفته‌اند.

offer-babbelbox-name = Babbelbox
offer-babbelbox-provider = Samen Divers
offer-babbelbox-description = هر هفته صحبت کردن در یک گروه کوچک با داوطلبان، برای تمرین هالندی.
offer-babbelbox-duration = هفته‌وار، طبق تقویم مکتب‌ها
offer-babbelbox-conditions = زبان هالندی در سطح 1.1

offer-vrouwenklap-name = Vrouwenklap
offer-vrouwenklap-provider = FMDO
offer-vrouwenklap-description = هر هفته دور هم جمع شدن و صحبت کردن، برای زنانی که سابقه مهاجرت دارند.
offer-vrouwenklap-duration = هفته‌وار

offer-praattafels-name = میزهای گفتگو (Praattafels)
offer-praattafels-provider = Antenne
offer-praattafels-description = تمرین هالندی با دیگران، دور یک میز.

offer-hardop-lezen-name = بلند خواندن
offer-hardop-lezen-provider = کتابخانه عمومی اوستنده (Openbare bibliotheek Oostende)
offer-hardop-lezen-description = با هم بلند خواندن در کتابخانه.

offer-samen-lezen-nt2-name = با هم خواندن برای یادگیرندگان هالندی (NT2)
offer-samen-lezen-nt2-provider = کتابخانه عمومی اوستنده (Openbare bibliotheek Oostende)
offer-samen-lezen-nt2-description = یک گروه کتاب‌خوانی برای کسانی که هالندی را به عنوان زبان دوم یاد می‌گیرند.

offer-maatschappelijke-orientatie-name = کورس آشنایی با جامعه
offer-maatschappelijke-orientatie-provider = Agentschap Integratie en Inburgering (اداره ادغام)
offer-maatschappelijke-orientatie-description = یاد گرفتن اینکه جامعه در فلاندرز چطور کار می‌کند، به زبان خودتان، با یک امتحان در پایان.
offer-maatschappelijke-orientatie-duration = 60 ساعت

offer-participatietraject-name = مسیر مشارکت در برنامه ادغام (inburgering)
offer-participatietraject-provider = Agentschap Integratie en Inburgering (اداره ادغام)
offer-participatietraject-description = کارآموزی‌های آشنایی، یک همراه (buddy) یا کار داوطلبانه، برای آشنا شدن با مردم.
offer-participatietraject-duration = 40 ساعت

offer-zorg-eerst-name = اول مراقبت و رفاه
offer-zorg-eerst-provider = OCMW Oostende، بخش مددکاری اجتماعی
offer-zorg-eerst-description = هنوز همراهی به سوی کار نیست: اول با هم روی صحت، مسکن یا نگرانی‌های دیگر کار می‌کنیم.

offer-thuisbezoek-name = ارتباط در خانه
offer-thuisbezoek-provider = OCMW Oostende، بخش مددکاری اجتماعی
offer-thuisbezoek-description = مددکار اجتماعی به خانه سر می‌زند و در تماس می‌ماند، با سرعتی که برای خود شخص مناسب است.
