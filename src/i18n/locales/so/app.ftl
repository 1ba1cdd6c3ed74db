# Trede: Soomaali (Somali)
# Tone: inviting and respectful, never commanding. Standard Latin orthography.
# Terms: dossier = fayl (faylka macmiilka where it must be told apart from a computer file),
# passphrase = weedh sir ah, encrypted = siraysan, export = dhoofi, import = soo geli.

app-name = Trede
app-tagline = Aynu wada eegno, aynu wada qorsheyno
skip-to-content = U gudub nuxurka
language-label = Luqadda shaashadda
privacy-line = Wax walba waxay ku jiraan browser-kan ee qalabkan. Waxba looma diro server.
storage-persistent = Browser-kan wuxuu ballan qaaday inuu xogta hayo, xataa haddii qalabku buuxsamo.
storage-best-effort = Browser-kan wuu tirtiri karaa xogta haddii qalabku buuxsamo ama goobta muddo dheer aan la isticmaalin. Dhoofin (export) ayaa ah koobiga ugu ammaansan.
update-ready = Nooc cusub oo Trede ah ayaa diyaar ah. Wax walba waa la kaydiyay.
update-apply = Hadda cusboonaysii
locale-failed = Turjumaadda { $language } lama soo gelin karin. Shaashadahan hadda waxay ku qoran yihiin Af-Holandiis.

## Dates
date-long = { $day } { $month } { $year }
month-1 = Jannaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maayo
month-6 = Juun
month-7 = Luulyo
month-8 = Ogosto
month-9 = Sebteembar
month-10 = Oktoobar
month-11 = Noofeembar
month-12 = Diseembar

## Home
home-title = Faylasha qalabkan ku jira
home-count =
    { $count ->
        [0] Weli fayl kuma jiro qalabkan.
        [one] Hal fayl ayaa qalabkan ku jira.
       *[other] { $count } fayl ayaa qalabkan ku jira.
    }
home-empty-hint = Ku bilow fayl cusub: magac keliya ayaa loo baahan yahay, inta kale waad wada buuxinaysaan.
new-dossier-title = Fayl cusub
new-dossier-name-label = Magaca macmiilka
new-dossier-name-hint = Sida macmiilku jecel yahay in loogu yeedho. Looma baahna lambarka diiwaanka qaranka.
new-dossier-button = Samee faylka
dossier-created-on = La sameeyay { $date }
dossier-updated-on = La beddelay { $date }
open-button = Fur
rename-button = Beddel magaca
delete-button = Tirtir
save-button = Kaydi
cancel-button = Ka noqo
rename-label = Magaca cusub

## Dossier
back-to-list = Dhammaan faylasha
dossier-heading = Faylka { $name }
client-lang-label = Luqadda macmiilka
client-lang-hint = Shaashadaha uu macmiilku isagu buuxiyo waxay isticmaalaan luqaddan.
dossier-dates-title = Faylkan ku saabsan

view-overview = Guudmar
dossier-nav-label = Qaybaha faylka

## Confirm
confirm-delete-title = Faylkan ma la tirtiraa?
confirm-delete-body = Faylka { $name } waa laga tirtirayaa qalabkan. Tan dib looma celin karo.
confirm-delete-yes = Haa, tirtir

## Errors
error-name-empty = Fadlan qor magac.
error-name-too-long = Magacani waa { $actual } xaraf. Ugu badnaan waa { $max } xaraf.
unreadable-notice =
    { $count ->
        [one] Hal fayl oo kaydsan lama akhrin karin. Lama taabanin, sidiisii ayuu qalabkan ugu jiraa.
       *[other] { $count } fayl oo kaydsan lama akhrin karin. Lama taabanin, sidoodii ayay qalabkan ugu jiraan.
    }
load-error-not-json = Xogtu way xumaatay ama way dhiman tahay.
load-error-no-version = Xogtu ma laha lambar nooc (version).
load-error-too-new = Xogtu waxay ka timid nooc ka cusub oo Trede ah.
load-error-migration = Xogta looma beddeli karin noocan.
load-error-invalid = Xogtu ma aha fayl sax ah.
save-error-full = Kaydka qalabkan waa buuxaa. Isbeddelladii ugu dambeeyay lama kaydin, laakiin shaashadda ayay ku jiraan inta boggani furan yahay.
save-error-unavailable = Browser-kan ma oggola in xog la kaydiyo. Isbeddelladu waxay jiraan oo keliya inta boggani furan yahay.
save-error-other = Kaydintu way guuldarraysatay. Isbeddelladu weli shaashadda ayay ku jiraan; mar kale ayaan isku dayi doonnaa marka isbeddelka xiga la sameeyo.

## Life domains
life-domain-money = Lacag iyo deyn
life-domain-housing = Guri iyo hoy
life-domain-health = Caafimaadka jirka
life-domain-mind = Caafimaadka maskaxda iyo nafta
life-domain-addiction = Balwad
life-domain-family = Qoyska iyo hawlaha daryeelka
life-domain-childcare = Xannaanada carruurta
life-domain-safety = Nabadgelyada guriga
life-domain-network = Dadka igu xeeran
life-domain-structure = Nidaamka maalinta
life-domain-daily = Daryeelka maalinlaha ah
life-domain-dutch = Af-Holandiis (Nederlands)
life-domain-learning = Waxbarasho iyo shahaadooyin
life-domain-work = Khibrad shaqo iyo xirfado
life-domain-attitude = Dabeecadda shaqada iyo dhiirrigelinta
life-domain-mobility = Gaadiidka iyo isu-socodka
life-domain-papers = Waraaqaha iyo sharciga deganaanshaha
life-domain-digital = Xirfadaha dhijitaalka ah

## Participation ladder
rung-1 = Xiriir ku kooban goobta guriga
rung-2 = Xiriir bulsho oo guriga ka baxsan
rung-3 = Hawlo shaqo u eg
rung-4 = Shaqo aan lacag lahayn
rung-5 = Shaqo lacag leh oo taageero leh
rung-6 = Shaqo lacag leh

## Files and end of meeting
device-tools-title = Faylasha iyo qalabkan
export-button = Dhoofi
import-button = Soo geli fayl
import-hint = Dooro fayl laga dhoofiyay Trede (.json). Faylasha qalabkan ku jira sidooda ayay ahaanayaan.
import-done = Faylka { $name } waa la soo geliyay.
import-done-copy = Faylka { $name } waxaa loo soo geliyay koobi ahaan: isla faylkaas ayaa horay qalabkan ugu jiray, isna isma beddelin.
import-failed = { $file } lama soo gelin karin. Faylasha qalabkan ku jira waxba iskama beddelin.
import-where = sadarka { $line }, tiirka { $column }
import-error-not-json = Faylkani wuu xumaaday ama wuu dhiman yahay: ma aha JSON sax ah.
import-error-too-deep = Qaab-dhismaha faylkani aad buu isugu dhex jiraa; ma noqon karo fayl macmiil.
import-error-too-large = Faylkani wuu ka weyn yahay { $detail } MB. Fayl macmiil aad buu uga yar yahay.
import-error-not-trede = Kani ma aha fayl macmiil oo Trede ah.
import-error-encrypted = Faylkan waxaa lagu sireeyay weedh sir ah.
import-error-file-version = Faylkani waa nooca { $detail }, noocan Trede-na ma yaqaan.
import-error-too-new = Faylkan macmiilku wuxuu ka yimid nooc ka cusub oo Trede ah (schema { $detail }). Fadlan marka hore cusboonaysii Trede.
import-error-missing-field = Goobta “{ $field }” way maqan tahay.
import-error-unknown-value = Qiimaha “{ $detail }” lama yaqaan.
import-error-wrong-type = Goob ayaa leh qiime nooc khaldan ah, tusaale ahaan lambar meel qoraal lagu qori lahaa.
import-error-invalid = Faylka macmiilka ee faylkan ku jira sax ma aha: { $detail }
import-error-bad-name = Magaca macmiilka ee faylkan ku jira waa madhan yahay ama aad buu u dheer yahay.
import-error-bad-id = Furaha faylka macmiilka ee faylkan ku jira sax ma aha.
import-error-unreadable = Faylka lama akhrin karin.
wipe-button = Dhammaadka kulanka: tirtir wax walba
wipe-title = Ma la tirtiraa dhammaan faylasha qalabkan ku jira?
wipe-body =
    { $count ->
        [one] Faylka hoose waa laga tirtirayaa qalabkan.
       *[other] Faylasha hoose ({ $count }) waa laga tirtirayaa qalabkan.
    } Tan dib looma celin karo. Ma rabtaa inaad marka hore dhoofiso?
wipe-confirm = Tirtir wax walba

## Passphrases and encryption
passphrase-label = Weedha sirta ah
passphrase-repeat-label = Weedha sirta ah mar kale
passphrase-cannot-recover = Weedhan sirta ah si fiican u xasuuso: haddii la illoobo, qofna ma furi karo xogta mar dambe. Xataa OCMW-du ma furi karto.
passphrase-encrypt-choice = Ku siree weedh sir ah (waa lagu talinayaa)
passphrase-too-short = Dooro weedh sir ah oo ugu yaraan 12 xaraf ah. Saddex ama afar eray oo aan isku xirnayn way fududahay in la xusuusto, tusaale: “baaskiil buluug ah munaarad maraq”.
passphrase-empty = Fadlan qor weedha sirta ah.
passphrase-mismatch = Labada weedhood ee sirta ahi isku mid ma aha.
passphrase-working = Wax yar sug…
export-title = Dhoofi faylka
export-intro = Waxaad samaynaysaa fayl ay ku jirto faylkan macmiilka. Haddii weedh sir ah la isticmaalo, qofka yaqaanna oo keliya ayaa furi kara faylka.
export-make-file = Samee faylka
import-passphrase-title = Fur fayl siraysan
import-passphrase-intro = { $file } waa siraysan yahay. Fadlan qor weedha sirta ah ee lagu sameeyay.
import-passphrase-open = Fur
crypto-error-wrong-passphrase = Weedhan sirta ahi sax ma aha. Fadlan mar kale isku day.
crypto-error-tampered = Weedha sirta ahi waa sax, laakiin faylka waa la beddelay ama wuu xumaaday. Lama furayo.
crypto-error-unavailable = Browser-kan halkan wax kuma sireyn karo. Trede ku fur https ama qalabkan laftiisa.
crypto-error-malformed = Faylkan siraysan wuu dhiman yahay ama wuu xumaaday.

## Locking
lock-title = Quful
lock-off = Faylkan ma qufulna. Haddii weedh sir ah lagu quflo, waxaa loo kaydinayaa si siraysan oo keliya, oo qofka weedha sirta ah yaqaan oo keliya ayaa furi kara.
lock-on = Faylkan waa qufulan yahay: qalabkan wuxuu ugu jiraa si siraysan oo keliya.
lock-set = Ku quful weedh sir ah
lock-intro = U dooro weedh sir ah faylkan. Weedhaas la'aanteed, qofna kuma furi karo faylka qalabkan mar dambe.
lock-now = Hadda quful
lock-remove = Ka qaad qufulka
lock-idle-label = Si iskiis ah u quful marka ay dhaafaan
lock-idle-minutes = { $minutes } daqiiqo oo aan la isticmaalin
locked-dossier-name = Fayl qufulan { $number }
locked-dossier-hint = Magaca iyo waxa ku jira waa siraysan yihiin. Ku fur weedha sirta ah.
unlock-button = Fur qufulka
unlock-title = Fur qufulka faylka
unlock-intro = Fadlan qor weedha sirta ah ee faylkan.

tab-conflict = Faylka { $name } waxaa isla waqtigaas lagu beddelay daaqad kale. Waxba ma lumin: nooca daaqadda kale hadda waa fayl gooni ah oo liiska ku jira.
notice-understood = Waan fahmay
save-error-export = Hadda dhoofi faylkan
save-error-export-hint = Fur fayl oo dhoofi si aad u kaydiso.

## rules
rung-1-definition = Xiriirka bulshadu waa muhiim, laakiin wuxuu inta badan ka dhacaa guriga iyo agagaarka: qoyska, qaraabada dhow, shaqaalaha daryeelka iyo taageerada, xitaa xarun daryeel ama samafal oo qofku ku nool yahay.
rung-2-definition = Xiriir guriga dibadiisa iyo ka qaybgalka hawlo la abaabulay, sida urur, xarun adeeg ama urur la dagaallama saboolnimada: la kulanka dadka iyo samaynta wax macno leh.
rung-3-definition = Hawlo shaqo u eg oo kormeer lagu sameeyo, oo ay weheliso taageero xagga wanaagga iyo daryeelka. Shaqo mushahar leh weli suurtagal ma aha muddada dhexe.
rung-4-definition = Tallaabo ku meel gaar ah oo aan qandaraas shaqo lahayn: khibrad iyo xirfado la helo, iyadoo la hagayo xagga shaqada, wanaagga iyo daryeelka, si mar dambe loogu gudbo jaranjarta 5 ama 6.
rung-5-definition = Shaqo mushahar leh oo taageero shakhsi ah leh, maxaa yeelay wax weli ayaa hor istaagaya in si buuxda oo madax-bannaan loo shaqeeyo. Loo-shaqeeyaha wuxuu helaa magdhow taageeradaas dheeraadka ah.
rung-6-definition = Shaqo dhaqaalaha caadiga ah, taageero ama hagid gaar ah la’aan. Shaqaalaha iyo kuwa iskood u shaqeeya intooda badan halkan ayay joogaan.
## guard
import-error-implausible = Faylka ku jira galkan wuxuu leeyahay qiime aan fayl dhab ah lahayn (gudaha “{ $field }”): galka waa dhaawacan yahay ama Trede ma samayn. Waxba laguma darin.
load-error-implausible = Xogtu waxay leedahay qiime aan fayl dhab ah lahayn: waa dhaawacan tahay ama Trede ma qorin.
wipe-cannot-erase = Trede ma tirtiri karo wixii horey uga baxay app-ka: faylasha la dhoofiyay, bogagga la daabacay iyo PDF-yada waxay ku harayaan Downloads, daabacaha ama meeshii lala wadaagay. Adigu tirtir.
wipe-done = Wax kasta oo Trede ku hayay qalabkan waa la tirtiray. La hubiyay: waxba ma harin.
wipe-incomplete = Wax walba lama tirtiri karin. Kani waa wixii haray. Xir dhammaan daaqadaha Trede oo ka tirtir xogta boggan dejinta browser-ka.
lock-when-hidden = Qalabkan, xir fayl kasta oo quful isla marka tab-ka la qariyo ama shaashaddu demto

## turn
turn-start = Tablet-ka sii macmiilka
turn-nav-label = Boggaaga
turn-plan = Akhri qorshaha
turn-print-copy = Daabac nuqulkayga
turn-hold-return = Shaqaalaha bulshada: riix oo hay 2 ilbiriqsi si aad tablet-ka dib ugu qaadato
turn-returned = Tablet-ku wuu kuu soo noqday. Wax kasta oo macmiilku geliyey waa la keydiyey.
turn-note-unreviewed = Kani waa turjumaad caawimo. Qof afkan hooyo u ah weli ma hubin. Qoraalka Nederlandiga ayaa ah kan ansax ah.
turn-note-reviewed = Kani waa turjumaad caawimo oo uu hubiyey qof afkan hooyo u ah. Qoraalka Nederlandiga ayaa ah kan ansax ah.
home-search-label = Ku raadi magac
home-sort-label = Habka kala horreynta
home-sort-newest = Kuwa ugu cusub marka hore
home-sort-name = Magaca (A–Z)
home-sort-changed = Kuwa ugu dambeeyay ee la beddelay marka hore
home-search-none = Ma jiro fayl magacaas leh.
## store
save-status-saving = Waa la kaydinayaa…
save-status-saved = Wax walba waa lagu kaydiyay qalabkan.
storage-room = { $used } ayaa la isticmaalay qalabkan, weli { $free } ayaa bannaan.
## The example on the home screen
plan-example-title = Eeg tusaale
plan-example-text = Macmiil la male-awaalay oo leh qorshe dhammaystiran iyo hal qiimayn. Waxba halkan kuma jiro oo dhab ah.
plan-example-button = Fur tusaalaha
plan-example-badge = Tusaale: ma aha qof dhab ah
