# Trede: Tigrinya (Eritrean usage), translated from the Dutch original
# Tone: inviting and respectful, never commanding. Address uses the respectful plural (ንስኹም).

app-name = Trede
app-tagline = ብሓባር ምርኣይ፣ ብሓባር ምውጣን
skip-to-content = ናብቲ ትሕዝቶ ምኻድ
language-label = ቋንቋ ስክሪን
privacy-line = ኩሉ ኣብዚ መሳርሒ፣ ኣብዚ ብራውዘር እዩ ዝጸንሕ። ናብ ሰርቨር ዝኸይድ ዋላ ሓደ ነገር የለን።
storage-persistent = እዚ ብራውዘር፣ እቲ መሳርሒ እንተ መልአ'ውን፣ ነቲ ሓበሬታ ክዕቅቦ ቃል ኣትዩ ኣሎ።
storage-best-effort = እቲ መሳርሒ እንተ መልአ ወይ እቲ ሳይት ንነዊሕ እዋን እንተ ዘይተጠቐምናሉ፣ እዚ ብራውዘር ነቲ ሓበሬታ ክድምስሶ ይኽእል እዩ። እቲ ዝበለጸ ውሑስ ቅዳሕ ዝወጸ ፋይል (export) እዩ።
update-ready = ሓድሽ ሕታም ናይ Trede ድሉው እዩ። ኩሉ ተዓቂቡ ኣሎ።
update-apply = ሕጂ ምሕዳስ
locale-failed = ናይ { $language } ትርጉም ክጽዓን ኣይከኣለን። እዞም ስክሪናት ንሕጂ ብሆላንድኛ እዮም ዘለዉ።

## Dates
date-long = { $day } { $month } { $year }
month-1 = ጥሪ
month-2 = ለካቲት
month-3 = መጋቢት
month-4 = ሚያዝያ
month-5 = ግንቦት
month-6 = ሰነ
month-7 = ሓምለ
month-8 = ነሓሰ
month-9 = መስከረም
month-10 = ጥቅምቲ
month-11 = ሕዳር
month-12 = ታሕሳስ

## Home screen
home-title = ኣብዚ መሳርሒ ዘለዉ ዶሴታት
home-count =
    { $count ->
        [0] ኣብዚ መሳርሒ ገና ዶሴ የለን።
        [one] ኣብዚ መሳርሒ ሓደ ዶሴ ኣሎ።
       *[other] ኣብዚ መሳርሒ { $count } ዶሴታት ኣለዉ።
    }
home-empty-hint = ብሓድሽ ዶሴ ጀምሩ፦ ስም ጥራይ እዩ ዘድሊ፣ እቲ ዝተረፈ ብሓባር ትመልእዎ።
new-dossier-title = ሓድሽ ዶሴ
new-dossier-name-label = ስም ዓሚል
new-dossier-name-hint = ዓሚል ክጽዋዓሉ ዝደሊ ስም። ቁጽሪ ሃገራዊ መዝገብ (rijksregisternummer) ኣየድልን።
new-dossier-button = ዶሴ ምኽፋት
dossier-created-on = ዝተፈጥረሉ ዕለት፦ { $date }
dossier-updated-on = ዝተቐየረሉ ዕለት፦ { $date }
open-button = ምኽፋት
rename-button = ስም ምቕያር
delete-button = ምድምሳስ
save-button = ምዕቃብ
cancel-button = ምስራዝ
rename-label = ሓድሽ ስም

## Dossier
back-to-list = ኩሎም ዶሴታት
dossier-heading = ዶሴ { $name }
client-lang-label = ቋንቋ ዓሚል
client-lang-hint = እቶም ዓሚል ባዕሉ ዝመልኦም ስክሪናት በዚ ቋንቋ እዚ ይርኣዩ።
dossier-dates-title = ብዛዕባ እዚ ዶሴ

view-overview = ሓፈሻዊ ትሕዝቶ
dossier-nav-label = ክፋላት ናይቲ ዶሴ

## Confirm
confirm-delete-title = እዚ ዶሴ ይደምሰስ ዶ?
confirm-delete-body = ዶሴ { $name } ካብዚ መሳርሒ ክድምሰስ እዩ። እዚ ደሓር ክምለስ ኣይክእልን እዩ።
confirm-delete-yes = እወ፣ ይደምሰስ

## Errors
error-name-empty = በጃኹም ስም ጽሓፉ።
error-name-too-long = እዚ ስም { $actual } ፊደላት ኣለዎ። ብዝበዝሐ { $max } ፊደላት ክኸውን ኣለዎ።
unreadable-notice =
    { $count ->
        [one] ሓደ ዝተዓቀበ ዶሴ ክንበብ ኣይከኣለን። ከይተተንከፈ ኣብዚ መሳርሒ ይጸንሕ።
       *[other] { $count } ዝተዓቀቡ ዶሴታት ክንበቡ ኣይከኣሉን። ከይተተንከፉ ኣብዚ መሳርሒ ይጸንሑ።
    }
load-error-not-json = እቲ ሓበሬታ ዝተበላሸወ ወይ ዘይምሉእ እዩ።
load-error-no-version = እቲ ሓበሬታ ቁጽሪ ሕታም የብሉን።
load-error-too-new = እቲ ሓበሬታ ካብ ዝሓደሰ ሕታም ናይ Trede እዩ ዝመጽእ።
load-error-migration = እቲ ሓበሬታ ናብዚ ሕታም ክቕየር ኣይከኣለን።
load-error-invalid = እቲ ሓበሬታ ቅኑዕ ዶሴ ኣይኮነን።
save-error-full = ናይ ምዕቃብ ቦታ ናይዚ መሳርሒ መሊኡ እዩ። እቶም ናይ መወዳእታ ለውጥታት ኣይተዓቀቡን፣ ግን እዚ ገጽ ክሳብ ዝተኸፍተ ኣብ ስክሪን ይጸንሑ።
save-error-unavailable = እዚ ብራውዘር ሓበሬታ ምዕቃብ ኣይፈቕድን። ለውጥታት እዚ ገጽ ክሳብ ዝተኸፍተ ጥራይ እዮም ዝጸንሑ።
save-error-other = ምዕቃብ ኣይሰለጠን። ለውጥታት ገና ኣብ ስክሪን ኣለዉ፤ ኣብቲ ዝቕጽል ለውጢ ደጊምና ክንፍትን ኢና።

## Life domains
life-domain-money = ገንዘብን ዕዳን
life-domain-housing = መንበሪ ገዛ
life-domain-health = ኣካላዊ ጥዕና
life-domain-mind = ኣእምሮኣዊ ጥዕና
life-domain-addiction = ሱስ
life-domain-family = ስድራቤትን ክንክን ካልኦትን
life-domain-childcare = ክንክን ቆልዑ
life-domain-safety = ኣብ ገዛ ድሕንነት
life-domain-network = ኣብ ከባቢየ ዘለዉ ሰባት
life-domain-structure = ስርዓት መዓልቲ
life-domain-daily = መዓልታዊ ናብራን ክንክን ርእስን
life-domain-dutch = ሆላንድኛ
life-domain-learning = ትምህርትን ዲፕሎማታትን
life-domain-work = ናይ ስራሕ ተመኩሮን ክእለትን
life-domain-attitude = ኣረኣእያ ንስራሕን ተነሳስኦን
life-domain-mobility = ምንቅስቓስን መጓዓዝያን
life-domain-papers = ምምሕዳራዊ ጉዳያትን መንበሪ ፍቓድን
life-domain-digital = ዲጂታላዊ ክእለት

## Participation ladder
rung-1 = ርክባት ኣብ ከባቢ ገዛ ዝተሓጽሩ
rung-2 = ካብ ገዛ ወጻኢ ማሕበራዊ ርክብ
rung-3 = ስራሕ ዝመስሉ ንጥፈታት
rung-4 = ዘይክፈሎ ስራሕ
rung-5 = ብደገፍ ዝካየድ ክፉል ስራሕ
rung-6 = ክፉል ስራሕ

## Files and end of meeting
device-tools-title = ፋይላትን እዚ መሳርሒን
export-button = ምውጻእ (export)
import-button = ዶሴ ምእታው
import-hint = ብTrede ዝወጸ ፋይል (.json) ምረጹ። ኣብዚ መሳርሒ ዘለዉ ዶሴታት ከምቲ ዘለውዎ ይጸንሑ።
import-done = ዶሴ { $name } ኣትዩ ኣሎ።
import-done-copy = ዶሴ { $name } ከም ቅዳሕ ኣትዩ ኣሎ፦ እዚ ዶሴ እዚ ድሮ ኣብዚ መሳርሒ ነይሩ፣ ከይተቐየረ ድማ ይጸንሕ።
import-failed = { $file } ክኣቱ ኣይከኣለን። ኣብቶም ኣብዚ መሳርሒ ዘለዉ ዶሴታት ዝተቐየረ ነገር የለን።
import-where = መስመር { $line }፣ ዓምዲ { $column }
import-error-not-json = እዚ ፋይል ዝተበላሸወ ወይ ዘይምሉእ እዩ፦ ቅኑዕ JSON ኣይኮነን።
import-error-too-deep = እዚ ፋይል ኣዝዩ ብዙሕ ዝተደራረበ ቅርጺ ስለ ዘለዎ ዶሴ ክኸውን ኣይክእልን።
import-error-too-large = እዚ ፋይል ካብ { $detail } MB ይዓቢ። ዶሴ ካብዚ ብዙሕ ይንእስ።
import-error-not-trede = እዚ ፋይል ዶሴ ናይ Trede ኣይኮነን።
import-error-encrypted = እዚ ፋይል ብመሕለፊ ሓረግ ተመስጢሩ (ተሓሊዉ) ኣሎ።
import-error-file-version = እዚ ፋይል ሕታም { $detail } እዩ፣ እዚ ሕታም ናይ Trede ድማ ኣይፈልጦን።
import-error-too-new = እዚ ዶሴ ካብ ዝሓደሰ ሕታም ናይ Trede (schema { $detail }) እዩ ዝመጽእ። በጃኹም መጀመርታ Trede ኣሐድስዎ።
import-error-missing-field = እቲ “{ $field }” ዝብል ዓውዲ የለን።
import-error-unknown-value = እቲ “{ $detail }” ዝብል ዋጋ ዘይፍለጥ እዩ።
import-error-wrong-type = ሓደ ዓውዲ ጌጋ ዓይነት ዋጋ ኣለዎ፣ ንኣብነት ጽሑፍ ክኸውን ኣብ ዝነበሮ ቦታ ቁጽሪ።
import-error-invalid = ኣብዚ ፋይል ዘሎ ዶሴ ቅኑዕ ኣይኮነን፦ { $detail }
import-error-bad-name = ኣብዚ ፋይል ዘሎ ስም ዓሚል ባዶ ወይ ኣዝዩ ነዊሕ እዩ።
import-error-bad-id = ኣብዚ ፋይል ዘሎ መፍትሕ (key) ናይቲ ዶሴ ቅኑዕ ኣይኮነን።
import-error-unreadable = እቲ ፋይል ክንበብ ኣይከኣለን።
wipe-button = መወዳእታ ዝርርብ፦ ኩሉ ምድምሳስ
wipe-title = ኩሎም ዶሴታት ካብዚ መሳርሒ ይደምሰሱ ዶ?
wipe-body =
    { $count ->
        [one] እቲ ኣብ ታሕቲ ዘሎ ዶሴ ካብዚ መሳርሒ ክድምሰስ እዩ።
       *[other] እቶም ኣብ ታሕቲ ዘለዉ { $count } ዶሴታት ካብዚ መሳርሒ ክድምሰሱ እዮም።
    } እዚ ደሓር ክምለስ ኣይክእልን እዩ። መጀመርታ ከተውጽእዎ ትደልዩ ዶ?
wipe-confirm = ኩሉ ምድምሳስ

## Passphrases and encryption
passphrase-label = መሕለፊ ሓረግ
passphrase-repeat-label = መሕለፊ ሓረግ ደጊምኩም
passphrase-cannot-recover = ነዚ መሕለፊ ሓረግ ጽቡቕ ጌርኩም ዘክርዎ፦ እንተ ተረሲዑ፣ ዝኾነ ሰብ ነቲ ሓበሬታ ክኸፍቶ ኣይክእልን እዩ። OCMW እውን ኣይክእልን።
passphrase-encrypt-choice = ብመሕለፊ ሓረግ ምምስጣር (ይምከር)
passphrase-too-short = በጃኹም እንተ ወሓደ 12 ፊደላት ዘለዎ መሕለፊ ሓረግ ምረጹ። ሰለስተ ወይ ኣርባዕተ ዘይተተሓሓዛ ቃላት ንምዝካር ቀሊል እየን፣ ንኣብነት፦ “ሰማያዊ ብሽክሌታ መብራህቲ ጸብሒ”።
passphrase-empty = በጃኹም መሕለፊ ሓረግ ጽሓፉ።
passphrase-mismatch = እቶም ክልተ መሕለፊ ሓረጋት ሓደ ኣይኮኑን።
passphrase-working = ቁሩብ ተጸበዩ…
export-title = ዶሴ ምውጻእ
export-intro = ነዚ ዶሴ ዝሓዘ ፋይል ትሰርሑ ኣለኹም። መሕለፊ ሓረግ እንተ ተጠቒምኩም፣ ነቲ ሓረግ ዝፈልጥ ሰብ ጥራይ እዩ ነቲ ፋይል ክኸፍቶ ዝኽእል።
export-make-file = ፋይል ምስራሕ
import-passphrase-title = ዝተመስጠረ ፋይል ምኽፋት
import-passphrase-intro = { $file } ተመስጢሩ ኣሎ። በጃኹም እቲ ፋይል ዝተሰርሓሉ መሕለፊ ሓረግ ጽሓፉ።
import-passphrase-open = ምኽፋት
crypto-error-wrong-passphrase = እዚ መሕለፊ ሓረግ ቅኑዕ ኣይኮነን። በጃኹም ደጊምኩም ፈትኑ።
crypto-error-tampered = መሕለፊ ሓረግ ቅኑዕ እዩ፣ ግን እቲ ፋይል ተቐይሩ ወይ ተበላሽዩ ኣሎ። ስለዚ ኣይኽፈትን።
crypto-error-unavailable = እዚ ብራውዘር ኣብዚ ክምስጥር ኣይክእልን። Trede ብ https ወይ ኣብቲ መሳርሒ ባዕሉ ክፈትዎ።
crypto-error-malformed = እዚ ዝተመስጠረ ፋይል ዘይምሉእ ወይ ዝተበላሸወ እዩ።

## Locking
lock-title = ምዕጻው
lock-off = እዚ ዶሴ ኣይተዓጽወን። ብመሕለፊ ሓረግ እንተ ተዓጽዩ፣ ተመስጢሩ ጥራይ እዩ ዝዕቀብ፣ ነቲ ሓረግ ዝፈልጥ ጥራይ ድማ ክኸፍቶ ይኽእል።
lock-on = እዚ ዶሴ ተዓጽዩ ኣሎ፦ ኣብዚ መሳርሒ ተመስጢሩ ጥራይ እዩ ዘሎ።
lock-set = ብመሕለፊ ሓረግ ምዕጻው
lock-intro = ነዚ ዶሴ መሕለፊ ሓረግ ምረጹ። ብዘይ እዚ ሓረግ፣ ዝኾነ ሰብ ኣብዚ መሳርሒ ክኸፍቶ ኣይክእልን እዩ።
lock-now = ሕጂ ምዕጻው
lock-remove = ምዕጻው ምእላይ
lock-idle-label = ባዕሉ ዝዕጾ ድሕሪ
lock-idle-minutes = { $minutes } ደቓይቕ ብዘይ ምጥቃም
locked-dossier-name = ዝተዓጽወ ዶሴ { $number }
locked-dossier-hint = እቲ ስምን ትሕዝቶን ተመስጢሮም ኣለዉ። ብመሕለፊ ሓረግ ክፈትዎ።
unlock-button = ምኽፋት
unlock-title = ዶሴ ምኽፋት
unlock-intro = በጃኹም መሕለፊ ሓረግ ናይዚ ዶሴ ጽሓፉ።

tab-conflict = ዶሴ { $name } ብተመሳሳሊ እዋን ኣብ ካልእ መስኮት ተቐይሩ። ዝጠፍአ ነገር የለን፦ እቲ ካብቲ ካልእ መስኮት ዝመጽአ ሕታም ሕጂ ከም በይኑ ዶሴ ኣብቲ ዝርዝር ኣሎ።
notice-understood = ተረዲኡኒ
save-error-export = ነዚ ዶሴ ሕጂ ምውጻእ
save-error-export-hint = ምእንቲ ክዕቀብ፣ ሓደ ዶሴ ከፊትኩም ኣውጽእዎ።

## rules
rung-1-definition = ማሕበራዊ ርክባት ኣገደስቲ እዮም፣ ግን መብዛሕትኡ ኣብ ገዛን ቀረባ ከባቢን እዩ፦ ስድራ፣ ቀረባ ኣዝማድ፣ ሰራሕተኛታት ክንክንን ሓገዝን፣ ከምኡ ውን ኣብቲ ሰብ ዝነብረሉ ትካል ክንክን ወይ ድሕነት።
rung-2-definition = ካብ ገዛ ወጻኢ ርክባትን ኣብ ውዱባት ንጥፈታት ምስታፍን፣ ንኣብነት ኣብ ማሕበር፣ ማእከል ኣገልግሎት ወይ ውድብ ኣንጻር ድኽነት፦ ሰባት ምርካብን ትርጉም ዘለዎ ነገር ምግባርን።
rung-3-definition = ትሕቲ ክትትል ስራሕ ዝመስሉ ዕማማት ምግባር፣ ምስ ደገፍ ድሕነትን ክንክንን። ብደሞዝ ዝኽፈል ስራሕ ኣብ ማእከላይ ግዜ ገና ኣይከኣልን።
rung-4-definition = ብዘይ ውዕል ስራሕ ግዝያዊ ስጉምቲ፦ ተመክሮን ክእለትን ምርካብ፣ ምስ ምምራሕ ኣብ ስራሕ፣ ድሕነትን ክንክንን፣ ደሓር ናብ መሳልል 5 ወይ 6 ንምሕላፍ።
rung-5-definition = ብደሞዝ ዝኽፈል ስራሕ ምስ ውልቃዊ ደገፍ፣ ምኽንያቱ ገና ገለ ነገር ብምሉእ ብርእስኻ ምስራሕ ይዓግቶ። እቲ ወሃቢ ስራሕ ነዚ ተወሳኺ ደገፍ ካሕሳ ይቕበል።
rung-6-definition = ኣብ ንቡር ቁጠባ ስራሕ፣ ብዘይ ፍሉይ ደገፍ ወይ ምምራሕ። መብዛሕትኦም ሰራሕተኛታትን ብውልቆም ዝሰርሑን ኣብዚ እዮም።
## guard
import-error-implausible = እቲ ኣብዚ ፋይል ዘሎ ፋይል ሓደ ሓቀኛ ፋይል ዘይብሉ ዋጋ ሒዙ ኣሎ (ኣብ “{ $field }”)፦ እቲ ፋይል ተበላሽዩ ወይ ብTrede ኣይተሰርሐን። ዋላ ሓንቲ ኣይተወሰኸን።
load-error-implausible = እቲ ሓበሬታ ሓደ ሓቀኛ ፋይል ዘይብሉ ዋጋ ሒዙ ኣሎ፦ ተበላሽዩ ወይ ብTrede ኣይተጻሕፈን።
wipe-cannot-erase = Trede ካብቲ ኣፕ ዝወጸ ክድምስስ ኣይክእልን፦ ዝወጹ ፋይላት፣ ዝተሓትሙ ገጻትን PDFን ኣብ Downloads፣ ኣብ ማሕተሚ ወይ ኣብ ዝተኻፈሉሉ ቦታ ይተርፉ። ባዕልኹም ደምስስዎም።
wipe-done = Trede ኣብዚ መሳርሒ ዝዓቀቦ ኩሉ ተደምሲሱ። ተፈቲሹ፦ ዝተረፈ የለን።
wipe-incomplete = ኩሉ ክድምሰስ ኣይከኣለን። እዚ ተሪፉ ኣሎ። ኩሎም መሳኹቲ Trede ዕጸዉ እሞ ኣብ ቅጥዕታት ብራውዘር ሓበሬታ እዚ ሳይት ደምስሱ።
lock-when-hidden = ኣብዚ መሳርሒ፣ እቲ ታብ ምስ ተሓብአ ወይ እቲ ስክሪን ምስ ጠፍአ ነፍሲ ወከፍ ዝተዓጽወ ፋይል ብቕጽበት ዕጾ

## turn
turn-start = ታብለት ንዓሚል ሃብ
turn-nav-label = ናትኩም ገጻት
turn-plan = መደብ ኣንብቡ
turn-print-copy = ቅዳሕ ናተይ ሕተም
turn-hold-return = ማሕበራዊ ሰራሕተኛ፦ ታብለት ንምምላስ ንኽልተ ካልኢት ጸቒጥካ ሓዝ
turn-returned = ታብለት ናባኻ ተመሊሱ ኣሎ። ዓሚል ዝመልኦ ኩሉ ተዓቂቡ ኣሎ።
turn-note-unreviewed = እዚ ሓጋዚ ትርጉም እዩ። ክሳብ ሕጂ ቋንቋኡ ብደቂ ቋንቋ ኣይተራእየን። እቲ ብሆላንድኛ ዘሎ ጽሑፍ እዩ ዝጸንዕ።
turn-note-reviewed = እዚ ሓጋዚ ትርጉም እዩ፣ ብደቂ ቋንቋ ተራእዩ። እቲ ብሆላንድኛ ዘሎ ጽሑፍ እዩ ዝጸንዕ።
home-search-label = ብስም ድለ
home-sort-label = ስርዓት
home-sort-newest = እቲ ሓዲሽ ቅድም
home-sort-name = ስም (ሀ–ፐ)
home-sort-changed = ናይ መወዳእታ ዝተቐየረ ቅድም
home-search-none = በዚ ስም ዝኾነ ፋይል የለን።
## store
save-status-saving = ይዕቀብ ኣሎ…
save-status-saved = ኩሉ ኣብዚ መሳርሒ ተዐቂቡ ኣሎ።
storage-room = ኣብዚ መሳርሒ { $used } ተጠቒምሉ፣ ገና { $free } ነጻ ኣሎ።
## The example on the home screen
plan-example-title = ኣብነት ምርኣይ
plan-example-text = ዝተፈጠረ (ሓቀኛ ዘይኮነ) ዓሚል፣ ምሉእ መደብን ሓደ ገምጋምን ዘለዎ። ኣብዚ ዘሎ ዋላ ሓደ ሓቂ ኣይኮነን።
plan-example-button = ኣብነት ምኽፋት
plan-example-badge = ኣብነት፦ ሓቀኛ ሰብ ኣይኮነን
