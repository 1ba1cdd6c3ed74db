# Trede: Pashto (Afghan), translated from the Dutch original
# Tone: inviting and respectful, never commanding.

app-name = Trede
app-tagline = یوځای کتل، یوځای پلان جوړول
skip-to-content = اصلي منځپانګې ته تګ
language-label = د سکرین ژبه
privacy-line = هر څه په همدې وسیله کې په همدې براوزر کې پاتې کېږي. هېڅ شی سرور ته نه ځي.
storage-persistent = دې براوزر ژمنه کړې چې معلومات به وساتي، حتی که د وسیلې ځای ډک هم شي.
storage-best-effort = کېدای شي دا براوزر معلومات پاک کړي، که د وسیلې ځای ډک شي یا سایټ د اوږدې مودې لپاره ونه کارول شي. صادر شوی فایل (export) تر ټولو خوندي کاپي ده.
update-ready = د Trede نوې نسخه چمتو ده. هر څه خوندي شوي دي.
update-apply = اوس تازه کول
locale-failed = په { $language } ژبه ژباړه بار نه شوه. دا سکرینونه د اوس لپاره په هالنډي ژبه دي.

## Dates
date-long = { $day } { $month } { $year }
month-1 = جنوري
month-2 = فبروري
month-3 = مارچ
month-4 = اپرېل
month-5 = مۍ
month-6 = جون
month-7 = جولای
month-8 = اګست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = ډسمبر

## Home screen
home-title = په دې وسیله کې دوسیې
home-count =
    { $count ->
        [0] په دې وسیله کې لا تر اوسه هېڅ دوسیه نشته.
        [one] په دې وسیله کې یوه دوسیه شته.
       *[other] په دې وسیله کې { $count } دوسیې شته.
    }
home-empty-hint = له یوې نوې دوسیې پیل وکړئ: یوازې یو نوم پکار دی، نور څه یوځای ډکوئ.
new-dossier-title = نوې دوسیه
new-dossier-name-label = د مراجعه کوونکي نوم
new-dossier-name-hint = هغه نوم چې مراجعه کوونکی غواړي پرې یاد شي. د ملي ثبت شمېرې (rijksregisternummer) ته اړتیا نشته.
new-dossier-button = دوسیه جوړول
dossier-created-on = په { $date } جوړه شوې
dossier-updated-on = په { $date } بدله شوې
open-button = پرانیستل
rename-button = نوم بدلول
delete-button = ړنګول
save-button = خوندي کول
cancel-button = لغوه کول
rename-label = نوی نوم

## Dossier
back-to-list = ټولې دوسیې
dossier-heading = د { $name } دوسیه
client-lang-label = د مراجعه کوونکي ژبه
client-lang-hint = هغه سکرینونه چې مراجعه کوونکی یې پخپله ډکوي، همدا ژبه کاروي.
dossier-dates-title = د دې دوسیې په اړه

view-overview = لنډه کتنه
dossier-nav-label = د دوسیې برخې

## Confirm
confirm-delete-title = دا دوسیه ړنګه شي؟
confirm-delete-body = د { $name } دوسیه به له دې وسیلې پاکه شي. دا کار بېرته نه شي اړول کېدای.
confirm-delete-yes = هو، ړنګول

## Errors
error-name-empty = مهرباني وکړئ یو نوم ولیکئ.
error-name-too-long = دا نوم { $actual } توري لري. تر ټولو ډېر { $max } توري کېدای شي.
unreadable-notice =
    { $count ->
        [one] یوه خوندي شوې دوسیه ونه لوستل شوه. هغه پرته له لاس وهلو په دې وسیله کې پاتې ده.
       *[other] { $count } خوندي شوې دوسیې ونه لوستل شوې. هغوی پرته له لاس وهلو په دې وسیله کې پاتې دي.
    }
load-error-not-json = معلومات خراب یا نیمګړي دي.
load-error-no-version = معلومات د نسخې شمېره نه لري.
load-error-too-new = معلومات د Trede له یوې نوې نسخې څخه دي.
load-error-migration = معلومات دې نسخې ته نه شول اړول.
load-error-invalid = معلومات یوه سمه دوسیه نه ده.
save-error-full = د دې وسیلې حافظه ډکه ده. وروستي بدلونونه خوندي نه شول، خو تر هغه چې دا پاڼه خلاصه وي، په سکرین پاتې دي.
save-error-unavailable = دا براوزر د معلوماتو د خوندي کولو اجازه نه ورکوي. بدلونونه یوازې تر هغه پاتې کېږي چې دا پاڼه خلاصه وي.
save-error-other = خوندي کول ونه شول. بدلونونه لا هم په سکرین دي؛ په راتلونکي بدلون به بیا هڅه وکړو.

## Life domains
life-domain-money = پیسې او پورونه
life-domain-housing = استوګنه
life-domain-health = جسمي روغتیا
life-domain-mind = رواني روغتیا
life-domain-addiction = اعتیاد (روږدي توب)
life-domain-family = کورنۍ او د نورو پالنه
life-domain-childcare = د ماشومانو ساتنه
life-domain-safety = په کور کې خوندیتوب
life-domain-network = زما شاوخوا خلک
life-domain-structure = د ورځې نظم
life-domain-daily = ورځنۍ چارې او ځان ساتنه
life-domain-dutch = هالنډي ژبه
life-domain-learning = زده کړه او سندونه
life-domain-work = کاري تجربه او مهارتونه
life-domain-attitude = کار ته چلند او لېوالتیا
life-domain-mobility = تګ راتګ
life-domain-papers = اداري چارې او اقامت
life-domain-digital = ډیجیټلي مهارتونه

## Participation ladder
rung-1 = اړیکې د کور تر چاپېریال پورې محدودې
rung-2 = له کوره بهر ټولنیزې اړیکې
rung-3 = کار ته ورته فعالیتونه
rung-4 = بې معاشه کار
rung-5 = له ملاتړ سره په معاش کار
rung-6 = په معاش کار

## Files and end of meeting
device-tools-title = فایلونه او دا وسیله
export-button = صادرول
import-button = دوسیه واردول
import-hint = هغه فایل وټاکئ چې له Trede څخه صادر شوی وي (.json). په دې وسیله کې دوسیې لکه څنګه چې دي، هماغسې پاتې کېږي.
import-done = د { $name } دوسیه وارده شوه.
import-done-copy = د { $name } دوسیه د کاپي په توګه وارده شوه: همدا دوسیه مخکې په دې وسیله کې وه او بې بدلونه پاتې ده.
import-failed = { $file } وارد نه شو. په دې وسیله کې په دوسیو کې هېڅ بدلون نه دی راغلی.
import-where = کرښه { $line }، ستون { $column }
import-error-not-json = دا فایل خراب یا نیمګړی دی: سم JSON نه دی.
import-error-too-deep = د دې فایل جوړښت ډېر ژور (ډېر پوړونه) دی؛ دوسیه نه شي کېدای.
import-error-too-large = دا فایل له { $detail } MB څخه لوی دی. یوه دوسیه له دې ډېره کوچنۍ وي.
import-error-not-trede = دا د Trede د دوسیې فایل نه دی.
import-error-encrypted = دا فایل په پټې جملې کوډ شوی دی.
import-error-file-version = د دې فایل نسخه { $detail } ده، چې د Trede دا نسخه یې نه پېژني.
import-error-too-new = دا دوسیه د Trede له یوې نوې نسخې (schema { $detail }) څخه ده. مهرباني وکړئ لومړی Trede تازه کړئ.
import-error-missing-field = د «{ $field }» ساحه نشته.
import-error-unknown-value = ارزښت «{ $detail }» نامعلوم دی.
import-error-wrong-type = یوه ساحه غلط ډول ارزښت لري، د بېلګې په توګه شمېره، هلته چې باید متن وي.
import-error-invalid = په دې فایل کې دوسیه سمه نه ده: { $detail }
import-error-bad-name = په دې فایل کې د مراجعه کوونکي نوم خالي یا ډېر اوږد دی.
import-error-bad-id = په دې فایل کې د دوسیې کیلي (key) سمه نه ده.
import-error-unreadable = فایل ونه لوستل شو.
wipe-button = د خبرو پای: هر څه پاکول
wipe-title = ټولې دوسیې له دې وسیلې پاکې شي؟
wipe-body =
    { $count ->
        [one] لاندې دوسیه به له دې وسیلې پاکه شي.
       *[other] لاندې { $count } دوسیې به له دې وسیلې پاکې شي.
    } دا کار بېرته نه شي اړول کېدای. غواړئ لومړی یې صادرې کړئ؟
wipe-confirm = هر څه پاکول

## Passphrases and encryption
passphrase-label = پټه جمله
passphrase-repeat-label = پټه جمله بیا
passphrase-cannot-recover = دا پټه جمله ښه په یاد وساتئ: که هېره شي، بیا هېڅوک معلومات نه شي پرانیستلای. حتی OCMW هم نه.
passphrase-encrypt-choice = په پټې جملې کوډ کول (سپارښتنه کېږي)
passphrase-too-short = مهرباني وکړئ لږ تر لږه 12 توري پټه جمله وټاکئ. درې یا څلور بې اړیکې کلمې په اسانۍ په یاد پاتې کېږي، د بېلګې په توګه: «شین بایسکل څراغ‌خانه ښوروا».
passphrase-empty = مهرباني وکړئ پټه جمله ولیکئ.
passphrase-mismatch = دواړه پټې جملې یو شان نه دي.
passphrase-working = لږ صبر وکړئ…
export-title = دوسیه صادرول
export-intro = تاسو د دې دوسیې یو فایل جوړوئ. که پټه جمله ورکړئ، یوازې هغه څوک فایل پرانیستلای شي چې پټه جمله پېژني.
export-make-file = فایل جوړول
import-passphrase-title = کوډ شوی فایل پرانیستل
import-passphrase-intro = { $file } کوډ شوی دی. مهرباني وکړئ هغه پټه جمله ولیکئ چې فایل پرې جوړ شوی و.
import-passphrase-open = پرانیستل
crypto-error-wrong-passphrase = دا پټه جمله سمه نه ده. مهرباني وکړئ بیا هڅه وکړئ.
crypto-error-tampered = پټه جمله سمه ده، خو فایل بدل شوی یا خراب شوی دی. نه پرانیستل کېږي.
crypto-error-unavailable = دا براوزر دلته کوډ نه شي کولای. Trede د https له لارې یا پخپله په همدې وسیله پرانیزئ.
crypto-error-malformed = دا کوډ شوی فایل نیمګړی یا خراب دی.

## Locking
lock-title = قفلول
lock-off = دا دوسیه قفل نه ده. د پټې جملې سره به یوازې په کوډ شوي ډول وساتل شي، او یوازې هغه څوک به یې پرانیستلای شي چې پټه جمله پېژني.
lock-on = دا دوسیه قفل ده: په دې وسیله کې یوازې په کوډ شوي ډول ساتل کېږي.
lock-set = په پټې جملې قفلول
lock-intro = د دې دوسیې لپاره یوه پټه جمله وټاکئ. له دې جملې پرته به هېڅوک دا دوسیه په دې وسیله کې پرانیستلای نه شي.
lock-now = اوس قفلول
lock-remove = قفل لرې کول
lock-idle-label = په خپله قفلېږي، وروسته له
lock-idle-minutes = { $minutes } دقیقو بې کارونې
locked-dossier-name = قفل شوې دوسیه { $number }
locked-dossier-hint = نوم او منځپانګه کوډ شوي دي. د پټې جملې په مرسته یې خلاصه کړئ.
unlock-button = خلاصول
unlock-title = دوسیه خلاصول
unlock-intro = مهرباني وکړئ د دې دوسیې پټه جمله ولیکئ.

tab-conflict = د { $name } دوسیه په همدې وخت کې په بله کړکۍ کې هم بدله شوه. هېڅ شی نه دی ورک شوی: د بلې کړکۍ نسخه اوس په لېست کې د یوې جلا دوسیې په توګه ده.
notice-understood = پوه شوم
save-error-export = دا دوسیه اوس صادرول
save-error-export-hint = یوه دوسیه پرانیزئ او صادره یې کړئ، چې خوندي پاتې شي.

## rules
rung-1-definition = ټولنیزې اړیکې مهمې دي، خو ډېری یې په کور او نږدې چاپېریال کې وي: کورنۍ، نږدې خپلوان، د پاملرنې او مرستې کارکوونکي، همدارنګه د پاملرنې یا هوساینې په هغه مرکز کې چې کس پکې اوسیږي.
rung-2-definition = له کوره بهر اړیکې او په تنظیم شویو فعالیتونو کې ګډون، لکه په یوه ټولنه، د خدماتو مرکز یا د بېوزلۍ پر وړاندې سازمان کې: له خلکو سره لیدل او یو با معنا کار کول.
rung-3-definition = د څارنې لاندې د کار په څېر دندې ترسره کول، د هوساینې او پاملرنې له ملاتړ سره. په منځمهاله موده کې د معاش لرونکی کار لا ممکن نه دی.
rung-4-definition = د کار له تړون پرته یو لنډمهاله ګام: تجربه او مهارتونه ترلاسه کول، د کار، هوساینې او پاملرنې په برخه کې له لارښوونې سره، څو وروسته 5 یا 6 پوړۍ ته ولاړ شي.
rung-5-definition = له شخصي ملاتړ سره د معاش لرونکی کار، ځکه چې یو شی لا هم په بشپړ خپلواک ډول د کار مخه نیسي. کارګمارونکی د دې اضافي ملاتړ لپاره جبران ترلاسه کوي.
rung-6-definition = په عادي اقتصاد کې کار، له ځانګړي ملاتړ یا لارښوونې پرته. ډېری کارکوونکي او په خپل سر کار کوونکي دلته دي.
## guard
import-error-implausible = په دې فایل کې دوسیه داسې ارزښت لري چې هېڅ ریښتینې دوسیه یې نه لري (په «{ $field }» کې): فایل خراب دی یا Trede نه دی جوړ کړی. هېڅ شی ور زیات نه شو.
load-error-implausible = معلومات داسې ارزښت لري چې هېڅ ریښتینې دوسیه یې نه لري: خراب دي یا Trede نه دي لیکلي.
wipe-cannot-erase = Trede هغه څه نه شي پاکولی چې له اپ څخه وتلي دي: صادر شوي فایلونه، چاپ شوې پاڼې او PDF فایلونه په ډاونلوډونو کې، پرنټر سره یا هر چېرې چې شریک شوي پاتې کېږي. هغه پخپله ړنګ کړئ.
wipe-done = هر څه چې Trede پر دې وسیله ساتلي وو پاک شول. وکتل شول: هېڅ شی پاتې نه دی.
wipe-incomplete = هر څه پاک نه شول. دا پاتې دي. د Trede ټولې کړکۍ وتړئ او د براوزر په تنظیماتو کې د دې سایټ معلومات پاک کړئ.
lock-when-hidden = په دې وسیله کې، هره قلف شوې دوسیه همدا چې ټب پټ شي یا پرده بنده شي سمدستي وتړه

## turn
turn-start = ټابلیټ مراجعه کوونکي ته ورکړئ
turn-nav-label = ستاسو پاڼې
turn-plan = پلان ولولئ
turn-print-copy = زما نسخه چاپ کړئ
turn-hold-return = ټولنیز کارکوونکی: د ټابلیټ بېرته اخیستلو لپاره تڼۍ دوه ثانیې ونیسئ
turn-returned = ټابلیټ بېرته ستاسو سره دی. هر څه چې مراجعه کوونکي ولیکل، ساتل شوي دي.
turn-note-unreviewed = دا یوه مرستندویه ژباړه ده. تر اوسه یې هېڅ اصلي ویونکي نه ده کتلې. هالنډي متن معتبر دی.
turn-note-reviewed = دا یوه مرستندویه ژباړه ده چې یو اصلي ویونکي کتلې ده. هالنډي متن معتبر دی.
home-search-label = د نوم له مخې لټون
home-sort-label = ترتیب
home-sort-newest = تر ټولو نوی لومړی
home-sort-name = نوم (الف–ی)
home-sort-changed = وروستی بدلون لومړی
home-search-none = په دې نوم هېڅ دوسیه نشته.
## store
save-status-saving = خوندي کېږي…
save-status-saved = هر څه په دې وسیله کې خوندي شوي دي.
storage-room = { $used } په دې وسیله کې کارول شوي، لا { $free } خالي دي.
## The example on the home screen
plan-example-title = یوه بېلګه کتل
plan-example-text = یو جوړ شوی (خیالي) مراجعه کوونکی، چې بشپړ پلان او یوه ارزونه لري. په دې کې هېڅ شی رښتیا نه دی.
plan-example-button = بېلګه پرانیستل
plan-example-badge = بېلګه: رښتینی کس نه دی
