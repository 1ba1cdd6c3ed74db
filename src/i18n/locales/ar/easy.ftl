# Simplified view (easy-read) for the client: short sentences, one idea per sentence, never an order, no gendered verb forms.
# easy-toggle and easy-toggle-hint are on a worker screen.

easy-toggle = عرض مبسّط للمستفيد
easy-toggle-hint = سؤال واحد في كل شاشة، وحروف وأزرار أكبر، وجمل قصيرة، وقراءة بصوت عالٍ، والكلمة الهولندية تحت الكلمة بلغة المستفيد.
easy-badge = عرض مبسّط
easy-read-aloud = قراءة بصوت عالٍ
easy-no-voice = هذا الجهاز اللوحي ليس فيه صوت للقراءة بهذه اللغة: { $language }.
easy-dutch-label = بالهولندية:
easy-title = كيف حالك؟
easy-intro = هناك 18 سؤالًا. سؤال واحد في كل مرة. يمكنك اختيار إجابة. كل شيء يُحفَظ.
easy-progress = السؤال { $current } من { $total }
easy-q-money = كيف الحال مع المال؟
easy-q-housing = كيف الحال في بيتك؟
easy-q-health = كيف حال جسمك؟
easy-q-mind = كيف شعورك؟
easy-q-addiction = كيف الحال مع الكحول أو المخدرات أو القمار؟
easy-q-family = كيف الحال مع رعاية أطفالك أو عائلتك؟
easy-q-childcare = كيف الحال مع حضانة أطفالك؟
easy-q-safety = إلى أي حد تشعر بالأمان في البيت؟
easy-q-network = كيف الحال مع الأصدقاء والعائلة؟
easy-q-structure = كيف يسير يومك: الاستيقاظ والمواعيد؟
easy-q-daily = كيف الحال مع الطبخ والغسيل والتنظيف؟
easy-q-dutch = كيف الحال مع اللغة الهولندية؟
easy-q-learning = كيف الحال مع المدرسة والدورات؟
easy-q-work = كيف الحال مع العمل؟
easy-q-attitude = ما شعورك تجاه العمل أو الدراسة؟
easy-q-mobility = كيف الحال مع الباص أو القطار أو الدراجة؟
easy-q-papers = كيف الحال مع الرسائل والأوراق؟
easy-q-digital = كيف الحال مع الهاتف والكمبيوتر؟
easy-help = أريد مساعدة.
easy-note-label = يمكنك أن تحكي شيئًا إن أردت. وهذا ليس ضروريًا.
easy-skip = لاحقًا
easy-back = رجوع
easy-next = التالي
easy-saved = كل شيء محفوظ. يمكنك التوقف.
easy-skipped-note = تركت هذا السؤال من قبل. لا بأس بذلك.
easy-end-title = انتهينا! شكرًا لك.
easy-end-body = يمكنك دائمًا الرجوع إلى أي سؤال.
easy-end-open =
    { $count ->
        [zero] لا توجد أسئلة بلا إجابة.
        [one] بقي سؤال واحد بلا إجابة.
        [two] بقي سؤالان بلا إجابة.
        [few] بقيت { $count } أسئلة بلا إجابة.
        [many] بقي { $count } سؤالًا بلا إجابة.
       *[other] بقي { $count } سؤال بلا إجابة.
    }
easy-go-to = إلى السؤال عن { $domain }

## changes
easy-changes-title = هذا جديد منذ { $date }
