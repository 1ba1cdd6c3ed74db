# Trede: Arabic (Modern Standard Arabic, for Syrian and Iraqi readers)
# Tone: inviting and respectful, never commanding. Client-facing text avoids gendered verb forms.

app-name = Trede
app-tagline = ننظر معًا، ونخطّط معًا
skip-to-content = الانتقال إلى المحتوى
language-label = لغة الشاشة
privacy-line = كل شيء يبقى في هذا المتصفح على هذا الجهاز. لا يُرسَل أي شيء إلى خادم.
storage-persistent = تعهّد هذا المتصفح بالاحتفاظ بالبيانات، حتى لو امتلأت ذاكرة الجهاز.
storage-best-effort = قد يمسح هذا المتصفح البيانات إذا امتلأت ذاكرة الجهاز أو إذا لم يُستخدَم الموقع مدة طويلة. التصدير هو أكثر النسخ أمانًا.
update-ready = إصدار جديد من Trede جاهز. كل شيء محفوظ.
update-apply = التحديث الآن
locale-failed = تعذّر تحميل الترجمة إلى { $language }. ستظهر هذه الشاشات باللغة الهولندية في الوقت الحالي.

## Dates
date-long = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## Home
home-title = الملفات على هذا الجهاز
home-count =
    { $count ->
        [zero] لا توجد ملفات على هذا الجهاز بعد.
        [one] ملف واحد على هذا الجهاز.
        [two] ملفان على هذا الجهاز.
        [few] { $count } ملفات على هذا الجهاز.
        [many] { $count } ملفًا على هذا الجهاز.
       *[other] { $count } ملف على هذا الجهاز.
    }
home-empty-hint = يمكن البدء بملف جديد: يكفي الاسم فقط، والباقي تملآنه معًا.
new-dossier-title = ملف جديد
new-dossier-name-label = اسم المستفيد
new-dossier-name-hint = الاسم الذي يحب المستفيد أن يُنادى به. لا حاجة إلى رقم السجل الوطني.
new-dossier-button = إنشاء الملف
dossier-created-on = أُنشئ في { $date }
dossier-updated-on = عُدِّل في { $date }
open-button = فتح
rename-button = تغيير الاسم
delete-button = حذف
save-button = حفظ
cancel-button = إلغاء
rename-label = الاسم الجديد

## Dossier
back-to-list = كل الملفات
dossier-heading = ملف { $name }
client-lang-label = لغة المستفيد
client-lang-hint = الشاشات التي يملؤها المستفيد بنفسه تظهر بهذه اللغة.
dossier-dates-title = عن هذا الملف

view-overview = نظرة عامة
dossier-nav-label = أقسام الملف

## Confirm
confirm-delete-title = حذف الملف؟
confirm-delete-body = سيُمسَح ملف { $name } من هذا الجهاز. لا يمكن التراجع عن ذلك.
confirm-delete-yes = نعم، حذف

## Errors
error-name-empty = يُرجى كتابة اسم.
error-name-too-long = هذا الاسم طويل جدًا: عدد حروفه { $actual }، والحد الأقصى { $max }.
unreadable-notice =
    { $count ->
        [zero] لا توجد ملفات محفوظة تعذّرت قراءتها.
        [one] تعذّرت قراءة ملف محفوظ واحد. يبقى كما هو على هذا الجهاز دون أي تغيير.
        [two] تعذّرت قراءة ملفين محفوظين. يبقيان كما هما على هذا الجهاز دون أي تغيير.
        [few] تعذّرت قراءة { $count } ملفات محفوظة. تبقى كما هي على هذا الجهاز دون أي تغيير.
        [many] تعذّرت قراءة { $count } ملفًا محفوظًا. تبقى كما هي على هذا الجهاز دون أي تغيير.
       *[other] تعذّرت قراءة { $count } ملف محفوظ. تبقى كما هي على هذا الجهاز دون أي تغيير.
    }
load-error-not-json = البيانات تالفة أو ناقصة.
load-error-no-version = البيانات لا تحمل رقم إصدار.
load-error-too-new = البيانات صادرة عن إصدار أحدث من Trede.
load-error-migration = تعذّر تحويل البيانات إلى هذا الإصدار.
load-error-invalid = البيانات ليست ملفًا صالحًا.
save-error-full = ذاكرة هذا الجهاز ممتلئة. لم تُحفَظ آخر التغييرات، لكنها تبقى ظاهرة على الشاشة ما دامت هذه الصفحة مفتوحة.
save-error-unavailable = هذا المتصفح لا يسمح بحفظ البيانات. تبقى التغييرات فقط ما دامت هذه الصفحة مفتوحة.
save-error-other = لم ينجح الحفظ. التغييرات ما زالت ظاهرة على الشاشة؛ سنحاول مرة أخرى عند التغيير التالي.

## Life domains
life-domain-money = المال والديون
life-domain-housing = السكن
life-domain-health = الصحة الجسدية
life-domain-mind = الصحة النفسية
life-domain-addiction = الإدمان
life-domain-family = الأسرة ورعاية الآخرين
life-domain-childcare = حضانة الأطفال
life-domain-safety = الأمان في البيت
life-domain-network = الناس من حولي
life-domain-structure = تنظيم اليوم
life-domain-daily = العناية اليومية
life-domain-dutch = اللغة الهولندية
life-domain-learning = التعليم والشهادات
life-domain-work = الخبرة في العمل والمهارات
life-domain-attitude = الاستعداد للعمل والدافع
life-domain-mobility = التنقّل
life-domain-papers = الأوراق الرسمية والإقامة
life-domain-digital = المهارات الرقمية

## Participation ladder
rung-1 = علاقات محصورة في محيط البيت
rung-2 = علاقات اجتماعية خارج البيت
rung-3 = أنشطة شبيهة بالعمل
rung-4 = عمل غير مأجور
rung-5 = عمل مأجور مع دعم
rung-6 = عمل مأجور

## Files and end of meeting
device-tools-title = الملفات وهذا الجهاز
export-button = تصدير
import-button = استيراد ملف
import-hint = يُرجى اختيار ملف صدّره برنامج Trede (.json). الملفات الموجودة على هذا الجهاز تبقى كما هي.
import-done = تمّ استيراد ملف { $name }.
import-done-copy = تمّ استيراد ملف { $name } كنسخة: الملف نفسه كان موجودًا على هذا الجهاز، ويبقى دون تغيير.
import-failed = تعذّر استيراد { $file }. لم يتغيّر أي شيء في الملفات الموجودة على هذا الجهاز.
import-where = السطر { $line }، العمود { $column }
import-error-not-json = هذا الملف تالف أو ناقص: ليس ملف JSON صالحًا.
import-error-too-deep = بنية هذا الملف متداخلة أكثر من اللازم، فلا يمكن أن يكون ملف مستفيد.
import-error-too-large = حجم هذا الملف أكبر من { $detail } ميغابايت. ملف المستفيد أصغر من ذلك بكثير.
import-error-not-trede = هذا ليس ملفًا من ملفات Trede.
import-error-encrypted = هذا الملف مشفَّر بعبارة سر.
import-error-file-version = إصدار هذا الملف هو { $detail }، وهذا الإصدار من Trede لا يعرفه.
import-error-too-new = هذا الملف صادر عن إصدار أحدث من Trede (المخطط { $detail }). يُرجى تحديث Trede أولًا.
import-error-missing-field = الحقل «{ $field }» غير موجود.
import-error-unknown-value = القيمة «{ $detail }» غير معروفة.
import-error-wrong-type = أحد الحقول فيه نوع خاطئ من القيم، مثلًا رقم في مكان يجب أن يكون فيه نص.
import-error-invalid = بيانات المستفيد في هذا الملف غير صالحة: { $detail }
import-error-bad-name = اسم المستفيد في هذا الملف فارغ أو طويل جدًا.
import-error-bad-id = رمز تعريف الملف المحفوظ داخل هذا الملف غير صالح.
import-error-unreadable = تعذّرت قراءة الملف.
wipe-button = نهاية اللقاء: مسح كل شيء
wipe-title = مسح كل الملفات من هذا الجهاز؟
wipe-body =
    { $count ->
        [zero] لا توجد ملفات لمسحها من هذا الجهاز.
        [one] سيُمسَح الملف الموجود أدناه من هذا الجهاز.
        [two] سيُمسَح الملفان الموجودان أدناه من هذا الجهاز.
        [few] ستُمسَح الملفات الموجودة أدناه، وعددها { $count }، من هذا الجهاز.
        [many] ستُمسَح الملفات الموجودة أدناه، وعددها { $count }، من هذا الجهاز.
       *[other] ستُمسَح الملفات الموجودة أدناه، وعددها { $count }، من هذا الجهاز.
    } لا يمكن التراجع عن ذلك. يمكنك التصدير أولًا إن أردت.
wipe-confirm = مسح كل شيء

## Passphrases and encryption
passphrase-label = عبارة السر
passphrase-repeat-label = عبارة السر مرة أخرى
passphrase-cannot-recover = من المهم حفظ عبارة السر هذه جيدًا: إذا نُسيَت، فلن يستطيع أحد فتح البيانات بعد ذلك، ولا حتى مركز OCMW.
passphrase-encrypt-choice = التشفير بعبارة سر (يُنصَح به)
passphrase-too-short = يُرجى اختيار عبارة سر من 12 حرفًا على الأقل. يسهل تذكّر ثلاث أو أربع كلمات لا علاقة بينها، مثلًا: «دراجة زرقاء منارة حساء».
passphrase-empty = يُرجى كتابة عبارة السر.
passphrase-mismatch = عبارتا السر غير متطابقتين.
passphrase-working = لحظة من فضلك…
export-title = تصدير الملف
export-intro = يُنشأ هنا ملف فيه نسخة من هذا الملف. إذا استُخدمت عبارة سر، فلن يستطيع فتحه إلا من يعرفها.
export-make-file = إنشاء الملف
import-passphrase-title = فتح ملف مشفَّر
import-passphrase-intro = { $file } مشفَّر. يُرجى كتابة عبارة السر التي استُخدمت عند إنشائه.
import-passphrase-open = فتح
crypto-error-wrong-passphrase = عبارة السر هذه غير صحيحة. يُرجى المحاولة مرة أخرى.
crypto-error-tampered = عبارة السر صحيحة، لكن الملف تغيّر أو تلف، لذلك لن يُفتَح.
crypto-error-unavailable = هذا المتصفح لا يستطيع التشفير هنا. يُرجى فتح Trede عبر https أو على هذا الجهاز نفسه.
crypto-error-malformed = هذا الملف المشفَّر ناقص أو تالف.

## Locking
lock-title = القفل
lock-off = هذا الملف غير مقفل. مع عبارة سر يُحفَظ مشفَّرًا فقط، ولا يستطيع فتحه إلا من يعرف عبارة السر.
lock-on = هذا الملف مقفل: محفوظ على هذا الجهاز بشكل مشفَّر فقط.
lock-set = القفل بعبارة سر
lock-intro = يُرجى اختيار عبارة سر لهذا الملف. من دونها لن يستطيع أحد فتحه على هذا الجهاز بعد الآن.
lock-now = القفل الآن
lock-remove = إلغاء القفل
lock-idle-label = القفل تلقائيًا بعد
lock-idle-minutes =
    { $minutes ->
        [zero] { $minutes } دقيقة دون استخدام
        [one] دقيقة واحدة دون استخدام
        [two] دقيقتين دون استخدام
        [few] { $minutes } دقائق دون استخدام
        [many] { $minutes } دقيقة دون استخدام
       *[other] { $minutes } دقيقة دون استخدام
    }
locked-dossier-name = ملف مقفل رقم { $number }
locked-dossier-hint = الاسم والمحتوى مشفَّران. يمكن فتح القفل بعبارة السر.
unlock-button = فتح القفل
unlock-title = فتح قفل الملف
unlock-intro = يُرجى كتابة عبارة السر الخاصة بهذا الملف.

tab-conflict = عُدِّل ملف { $name } في الوقت نفسه في نافذة أخرى. لم يضِع أي شيء: نسخة النافذة الأخرى موجودة الآن في القائمة كملف منفصل.
notice-understood = مفهوم
save-error-export = تصدير هذا الملف الآن
save-error-export-hint = يمكن فتح ملف وتصديره للاحتفاظ به.

## rules
rung-1-definition = العلاقات الاجتماعية مهمة، لكنها تجري في الغالب في البيت وفي المحيط القريب: الأسرة، والأقارب المقرّبون، وعاملو الرعاية والمساعدة، وكذلك في مؤسسة رعاية يقيم فيها الشخص.
rung-2-definition = علاقات خارج البيت ومشاركة في أنشطة منظمة، مثلًا في جمعية أو مركز خدمات أو منظمة لمكافحة الفقر: لقاء الناس والقيام بشيء له معنى.
rung-3-definition = القيام بمهام تشبه العمل تحت الإشراف، مع دعم في الرفاه والرعاية. العمل المأجور غير ممكن بعد على المدى المتوسط.
rung-4-definition = خطوة مؤقتة دون عقد عمل: اكتساب الخبرة والمهارات، مع مرافقة في العمل والرفاه والرعاية، للانتقال لاحقًا إلى الدرجة 5 أو 6.
rung-5-definition = عمل مأجور مع دعم شخصي، لأن شيئًا ما ما زال يعيق العمل باستقلالية تامة. يحصل صاحب العمل على تعويض عن هذا الدعم الإضافي.
rung-6-definition = عمل في الاقتصاد العادي، دون دعم أو مرافقة خاصة. معظم العاملين بأجر والعاملين لحسابهم هنا.
## guard
import-error-implausible = يحتوي الملف في هذا الملف على قيمة لا يحملها أي ملف حقيقي (في “{ $field }”): الملف تالف أو لم يُنشئه Trede. لم تتم إضافة أي شيء.
load-error-implausible = تحتوي البيانات على قيمة لا يحملها أي ملف حقيقي: إنها تالفة أو لم يكتبها Trede.
wipe-cannot-erase = لا يستطيع Trede محو ما غادر التطبيق بالفعل: تبقى الملفات المصدَّرة والصفحات المطبوعة وملفات PDF في التنزيلات أو عند الطابعة أو حيث تمت مشاركتها. احذفها بنفسك.
wipe-done = تم محو كل ما كان Trede يحفظه على هذا الجهاز. تم التحقق: لم يبقَ شيء.
wipe-incomplete = تعذّر محو كل شيء. هذا ما تبقّى. أغلق كل نوافذ Trede وامسح بيانات هذا الموقع من إعدادات المتصفح.
lock-when-hidden = على هذا الجهاز، أغلق كل ملف مقفل فور إخفاء علامة التبويب أو انطفاء الشاشة

## turn
turn-start = إعطاء الجهاز اللوحي للمستفيد
turn-nav-label = صفحاتك
turn-plan = قراءة الخطة
turn-print-copy = طباعة نسختي
turn-hold-return = الأخصائي الاجتماعي: اضغط مطولًا لمدة ثانيتين لاستعادة الجهاز اللوحي
turn-returned = عاد الجهاز اللوحي إليك. كل ما أدخله المستفيد محفوظ.
turn-note-unreviewed = هذه ترجمة مساعدة. لم يراجعها بعدُ أحد من أهل هذه اللغة. النص الهولندي هو المعتمد.
turn-note-reviewed = هذه ترجمة مساعدة راجعها أحد من أهل هذه اللغة. النص الهولندي هو المعتمد.
home-search-label = البحث بالاسم
home-sort-label = الترتيب
home-sort-newest = الأحدث أولًا
home-sort-name = الاسم (أ–ي)
home-sort-changed = آخر تعديل أولًا
home-search-none = لا يوجد ملف بهذا الاسم.
## store
save-status-saving = جارٍ الحفظ…
save-status-saved = تم حفظ كل شيء على هذا الجهاز.
storage-room = { $used } مستخدمة على هذا الجهاز، ولا يزال { $free } متاحًا.
## The example on the home screen
plan-example-title = الاطلاع على مثال
plan-example-text = مستفيد من نسج الخيال، مع خطة مكتملة وتقييم واحد. لا شيء في هذا المثال حقيقي.
plan-example-button = عرض المثال
plan-example-badge = مثال: ليس شخصًا حقيقيًا
