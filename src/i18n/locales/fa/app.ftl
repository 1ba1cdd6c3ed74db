# Trede: Dari/Persian (understandable for Afghan Dari and Iranian Persian readers)
# Tone: inviting and respectful, never commanding. Polite "shoma" throughout.

app-name = Trede
app-tagline = با هم نگاه کنیم، با هم برنامه بریزیم
skip-to-content = رفتن به محتوا
language-label = زبان صفحه
privacy-line = همه چیز در همین مرورگر و روی همین دستگاه می‌ماند. هیچ چیزی به سرور فرستاده نمی‌شود.
storage-persistent = این مرورگر قول داده است اطلاعات را نگه دارد، حتی اگر حافظه دستگاه پر شود.
storage-best-effort = این مرورگر ممکن است اطلاعات را پاک کند، اگر حافظه دستگاه پر شود یا مدت زیادی از این سایت استفاده نشود. صادر کردن پرونده مطمئن‌ترین نسخه پشتیبان است.
update-ready = نسخه تازه Trede آماده است. همه چیز ذخیره شده است.
update-apply = به‌روزرسانی همین حالا
locale-failed = ترجمه به { $language } بارگذاری نشد. این صفحه‌ها فعلاً به زبان هالندی نشان داده می‌شوند.

## Dates
date-long = { $day } { $month } { $year }
month-1 = جنوری
month-2 = فبروری
month-3 = مارچ
month-4 = اپریل
month-5 = می
month-6 = جون
month-7 = جولای
month-8 = اگست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

## Home
home-title = پرونده‌های روی این دستگاه
home-count =
    { $count ->
        [0] هنوز هیچ پرونده‌ای روی این دستگاه نیست.
        [one] یک پرونده روی این دستگاه است.
       *[other] { $count } پرونده روی این دستگاه است.
    }
home-empty-hint = با یک پرونده تازه شروع کنید: فقط یک نام لازم است، بقیه را با هم پر می‌کنید.
new-dossier-title = پرونده تازه
new-dossier-name-label = نام مراجع
new-dossier-name-hint = همان نامی که مراجع دوست دارد با آن صدا زده شود. شماره ثبت ملی (rijksregisternummer) لازم نیست.
new-dossier-button = ساختن پرونده
dossier-created-on = ساخته شده در { $date }
dossier-updated-on = تغییر داده شده در { $date }
open-button = باز کردن
rename-button = تغییر نام
delete-button = حذف
save-button = ذخیره
cancel-button = لغو
rename-label = نام تازه

## Dossier
back-to-list = همه پرونده‌ها
dossier-heading = پرونده { $name }
client-lang-label = زبان مراجع
client-lang-hint = صفحه‌هایی که مراجع خودش پر می‌کند، به این زبان نشان داده می‌شوند.
dossier-dates-title = درباره این پرونده

view-overview = نمای کلی
dossier-nav-label = بخش‌های پرونده

## Confirm
confirm-delete-title = این پرونده حذف شود؟
confirm-delete-body = پرونده { $name } از این دستگاه پاک می‌شود. این کار را نمی‌شود برگرداند.
confirm-delete-yes = بله، حذف شود

## Errors
error-name-empty = لطفاً یک نام بنویسید.
error-name-too-long = این نام { $actual } حرف دارد. حداکثر { $max } حرف مجاز است.
unreadable-notice =
    { $count ->
        [one] یک پرونده ذخیره‌شده خوانده نشد. این پرونده بدون هیچ تغییری روی این دستگاه می‌ماند.
       *[other] { $count } پرونده ذخیره‌شده خوانده نشد. این پرونده‌ها بدون هیچ تغییری روی این دستگاه می‌مانند.
    }
load-error-not-json = اطلاعات خراب یا ناقص است.
load-error-no-version = اطلاعات شماره نسخه ندارد.
load-error-too-new = اطلاعات از یک نسخه جدیدتر Trede است.
load-error-migration = تبدیل اطلاعات به این نسخه ممکن نشد.
load-error-invalid = اطلاعات یک پرونده معتبر نیست.
save-error-full = حافظه این دستگاه پر است. آخرین تغییرات ذخیره نشد، اما تا وقتی این صفحه باز است، روی صفحه می‌ماند.
save-error-unavailable = این مرورگر اجازه ذخیره کردن اطلاعات را نمی‌دهد. تغییرات فقط تا وقتی این صفحه باز است می‌ماند.
save-error-other = ذخیره کردن ناموفق بود. تغییرات هنوز روی صفحه است؛ با تغییر بعدی دوباره تلاش می‌کنیم.

## Life domains
life-domain-money = پول و قرض
life-domain-housing = خانه و مسکن
life-domain-health = صحت جسمی
life-domain-mind = صحت روانی
life-domain-addiction = اعتیاد
life-domain-family = خانواده و مراقبت از دیگران
life-domain-childcare = نگهداری از کودکان
life-domain-safety = امنیت در خانه
life-domain-network = آدم‌های دور و بر من
life-domain-structure = نظم روزانه
life-domain-daily = مراقبت روزانه
life-domain-dutch = زبان هالندی
life-domain-learning = تحصیل و مدرک تحصیلی
life-domain-work = تجربه کاری و مهارت‌ها
life-domain-attitude = آمادگی برای کار و انگیزه
life-domain-mobility = رفت‌وآمد
life-domain-papers = کارهای اداری و اقامت
life-domain-digital = مهارت‌های دیجیتال

## Participation ladder
rung-1 = ارتباط محدود به محیط خانه
rung-2 = ارتباط اجتماعی بیرون از خانه
rung-3 = فعالیت‌های شبیه کار
rung-4 = کار بدون مزد
rung-5 = کار با مزد، همراه با حمایت
rung-6 = کار با مزد

## Files and end of meeting
device-tools-title = فایل‌ها و این دستگاه
export-button = صادر کردن
import-button = وارد کردن پرونده
import-hint = فایلی را انتخاب کنید که با Trede صادر شده است (.json). پرونده‌های روی این دستگاه همان‌طور که هستند می‌مانند.
import-done = پرونده { $name } وارد شد.
import-done-copy = پرونده { $name } به شکل یک کاپی وارد شد: همین پرونده از قبل روی این دستگاه بود و بدون تغییر می‌ماند.
import-failed = وارد کردن { $file } ممکن نشد. در پرونده‌های روی این دستگاه هیچ چیزی تغییر نکرد.
import-where = سطر { $line }، ستون { $column }
import-error-not-json = این فایل خراب یا ناقص است: JSON معتبر نیست.
import-error-too-deep = ساختار این فایل بیش از حد تودرتو است و نمی‌تواند یک پرونده باشد.
import-error-too-large = این فایل بزرگ‌تر از { $detail } مگابایت است. یک پرونده خیلی کوچک‌تر از این است.
import-error-not-trede = این فایل، فایل پرونده Trede نیست.
import-error-encrypted = این فایل با عبارت رمز، رمزگذاری شده است.
import-error-file-version = این فایل نسخه { $detail } است که این نسخه Trede آن را نمی‌شناسد.
import-error-too-new = این پرونده از یک نسخه جدیدتر Trede است (ساختار { $detail }). لطفاً اول Trede را به‌روزرسانی کنید.
import-error-missing-field = فیلد «{ $field }» وجود ندارد.
import-error-unknown-value = مقدار «{ $detail }» ناشناخته است.
import-error-wrong-type = یک فیلد نوع نادرستی از مقدار دارد، مثلاً عدد به جای متن.
import-error-invalid = پرونده داخل این فایل معتبر نیست: { $detail }
import-error-bad-name = نام مراجع در این فایل خالی یا بیش از حد طولانی است.
import-error-bad-id = کلید (شناسه) پرونده در این فایل معتبر نیست.
import-error-unreadable = فایل خوانده نشد.
wipe-button = پایان گفتگو: پاک کردن همه چیز
wipe-title = همه پرونده‌ها از این دستگاه پاک شوند؟
wipe-body =
    { $count ->
        [one] پرونده زیر از این دستگاه پاک می‌شود.
       *[other] { $count } پرونده زیر از این دستگاه پاک می‌شوند.
    } این کار را نمی‌شود برگرداند. آیا می‌خواهید اول آن‌ها را صادر کنید؟
wipe-confirm = پاک کردن همه چیز

## Passphrases and encryption
passphrase-label = عبارت رمز
passphrase-repeat-label = تکرار عبارت رمز
passphrase-cannot-recover = این عبارت رمز را خوب به یاد بسپارید: اگر فراموش شود، دیگر هیچ کس نمی‌تواند اطلاعات را باز کند؛ حتی OCMW.
passphrase-encrypt-choice = رمزگذاری با عبارت رمز (پیشنهاد می‌شود)
passphrase-too-short = لطفاً عبارت رمزی با دست کم 12 حرف انتخاب کنید. سه یا چهار واژه بی‌ربط را آسان می‌توان به خاطر سپرد، برای نمونه: «دوچرخه آبی فانوس سوپ».
passphrase-empty = لطفاً عبارت رمز را بنویسید.
passphrase-mismatch = دو عبارت رمز یکی نیستند.
passphrase-working = لطفاً کمی صبر کنید…
export-title = صادر کردن پرونده
export-intro = شما از این پرونده یک فایل می‌سازید. اگر عبارت رمز بگذارید، فقط کسی که آن را می‌داند می‌تواند فایل را باز کند.
export-make-file = ساختن فایل
import-passphrase-title = باز کردن فایل رمزگذاری‌شده
import-passphrase-intro = { $file } رمزگذاری شده است. لطفاً عبارت رمزی را بنویسید که فایل با آن ساخته شده است.
import-passphrase-open = باز کردن
crypto-error-wrong-passphrase = این عبارت رمز درست نیست. لطفاً دوباره امتحان کنید.
crypto-error-tampered = عبارت رمز درست است، اما فایل تغییر کرده یا خراب شده است. برای همین باز نمی‌شود.
crypto-error-unavailable = این مرورگر اینجا نمی‌تواند رمزگذاری کند. لطفاً Trede را از طریق https یا روی خود همین دستگاه باز کنید.
crypto-error-malformed = این فایل رمزگذاری‌شده ناقص یا خراب است.

## Locking
lock-title = قفل کردن
lock-off = این پرونده قفل نیست. با عبارت رمز، پرونده فقط به شکل رمزگذاری‌شده ذخیره می‌شود و تنها کسی که عبارت رمز را می‌داند می‌تواند آن را باز کند.
lock-on = این پرونده قفل است: روی این دستگاه فقط به شکل رمزگذاری‌شده ذخیره شده است.
lock-set = قفل کردن با عبارت رمز
lock-intro = لطفاً یک عبارت رمز برای این پرونده انتخاب کنید. بدون آن، دیگر هیچ کس نمی‌تواند این پرونده را روی این دستگاه باز کند.
lock-now = قفل کردن همین حالا
lock-remove = برداشتن قفل
lock-idle-label = قفل خودکار بعد از
lock-idle-minutes = { $minutes } دقیقه بدون استفاده
locked-dossier-name = پرونده قفل‌شده شماره { $number }
locked-dossier-hint = نام و محتوا رمزگذاری شده‌اند. با عبارت رمز می‌شود قفل را باز کرد.
unlock-button = باز کردن قفل
unlock-title = باز کردن قفل پرونده
unlock-intro = لطفاً عبارت رمز این پرونده را بنویسید.

tab-conflict = پرونده { $name } هم‌زمان در یک پنجره دیگر تغییر داده شد. هیچ چیزی از بین نرفته است: نسخه پنجره دیگر حالا به شکل یک پرونده جداگانه در فهرست است.
notice-understood = فهمیدم
save-error-export = صادر کردن این پرونده همین حالا
save-error-export-hint = برای نگه داشتن یک پرونده، آن را باز کنید و صادر کنید.

## rules
rung-1-definition = ارتباط اجتماعی مهم است، اما بیشتر در خانه و اطراف نزدیک است: خانواده، خویشاوندان نزدیک، مراقبان و یاری‌دهندگان، همچنین در مرکز مراقبت یا رفاهی که فرد در آن زندگی می‌کند.
rung-2-definition = ارتباط بیرون از خانه و شرکت در فعالیت‌های سازمان‌یافته، مثلاً در یک انجمن، یک مرکز خدمات یا یک سازمان مبارزه با فقر: دیدن آدم‌ها و انجام کاری معنادار.
rung-3-definition = انجام کارهایی شبیه کار زیر نظارت، همراه با حمایت برای رفاه و مراقبت. کار با مزد در میان‌مدت هنوز ممکن نیست.
rung-4-definition = گامی موقت بدون قرارداد کار: کسب تجربه و مهارت، با همراهی در کار، رفاه و مراقبت، تا بعداً به پله‌ی 5 یا 6 رسید.
rung-5-definition = کار با مزد همراه با حمایت شخصی، چون چیزی هنوز مانع کار کاملاً مستقل است. کارفرما برای این حمایت اضافی جبرانی می‌گیرد.
rung-6-definition = کار در اقتصاد معمولی، بدون حمایت یا همراهی ویژه. بیشتر کارکنان و خوداشتغالان اینجا هستند.
## guard
import-error-implausible = پرونده در این فایل مقداری دارد که هیچ پرونده واقعی ندارد (در «{ $field }»): فایل آسیب دیده است یا Trede آن را نساخته است. چیزی اضافه نشد.
load-error-implausible = داده‌ها مقداری دارند که هیچ پرونده واقعی ندارد: آسیب دیده‌اند یا Trede آن‌ها را ننوشته است.
wipe-cannot-erase = Trede نمی‌تواند آنچه را که از برنامه بیرون رفته پاک کند: فایل‌های خروجی، صفحه‌های چاپ‌شده و فایل‌های PDF در «دانلودها»، نزد چاپگر یا هر جا که به اشتراک گذاشته شده‌اند می‌مانند. خودتان آن‌ها را پاک کنید.
wipe-done = هر چه Trede روی این دستگاه نگه می‌داشت پاک شد. بررسی شد: چیزی باقی نمانده است.
wipe-incomplete = همه چیز پاک نشد. این‌ها باقی مانده است. همه پنجره‌های Trede را ببندید و داده‌های این سایت را در تنظیمات مرورگر پاک کنید.
lock-when-hidden = در این دستگاه، هر پرونده قفل‌شده را همین که زبانه پنهان شود یا صفحه خاموش شود ببند

## turn
turn-start = تبلت را به مراجع بدهید
turn-nav-label = صفحه‌های شما
turn-plan = خواندن برنامه
turn-print-copy = چاپ نسخهٔ من
turn-hold-return = مددکار اجتماعی: برای پس گرفتن تبلت، دکمه را دو ثانیه نگه دارید
turn-returned = تبلت دوباره نزد شماست. همه چیزهایی که مراجع وارد کرد، نگه داشته شده است.
turn-note-unreviewed = این یک ترجمهٔ کمکی است. هنوز هیچ کسی که زبان مادری‌اش این زبان است آن را بررسی نکرده است. متن هالندی معتبر است.
turn-note-reviewed = این یک ترجمهٔ کمکی است که کسی با همین زبان مادری آن را بررسی کرده است. متن هالندی معتبر است.
home-search-label = جستجو با نام
home-sort-label = ترتیب
home-sort-newest = تازه‌ترین اول
home-sort-name = نام (الف–ی)
home-sort-changed = آخرین تغییر اول
home-search-none = هیچ پرونده‌ای با این نام نیست.
## store
save-status-saving = در حال ذخیره…
save-status-saved = همه چیز روی این دستگاه ذخیره شده است.
storage-room = { $used } از این دستگاه استفاده شده، هنوز { $free } آزاد است.
## The example on the home screen
plan-example-title = دیدن یک نمونه
plan-example-text = یک مراجع خیالی با یک برنامه کامل و یک ارزیابی. هیچ چیز در آن واقعی نیست.
plan-example-button = باز کردن نمونه
plan-example-badge = نمونه: شخص واقعی نیست
