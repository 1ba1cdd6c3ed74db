# Trede: signing and printing (Tigrinya, Eritrean usage)
# The Dutch text of the plan is the binding one. Tone: plain words, honest, never threatening.
# Client-facing texts use the respectful plural ንስኹም, as in round 1.
# Terms: sign = ምፍራም, signature = ፊርማ, version = ሕታም, draft = ረቂቕ, party = ወገን,
# fingerprint (of the text) = ዲጂታላዊ ኣሻራ, help translation = ሓጋዚ ትርጉም, binding = ሕጋዊ ዋጋ ዘለዎ.

sign-view = ምፍራም
print-view = ምሕታም

## Signing
sign-title = ነቲ መደብ ምፍራም
sign-intro = መጀመርታ ነቲ መደብ ብሓባር ደጊምኩም ኣንብብዎ። ዝሳተፍ ኩሉ ከምቲ ኣብ ወረቐት ዝግበር ኣብዚ ታብለት ይፍርም፦ ብኣጻብዕ፣ ብብርዒ ወይ ብማውስ።
sign-reflection = ዓሚል መጀመርታ ክሓስብ ይደሊ ዶ? ሽዑ ናብ ገዛ ዝወስዶ ረቂቕ ሕተሙ። ምፍራም ደሓር ክኸውን ይኽእል።
sign-fingerprint = ዲጂታላዊ ኣሻራ ናይዚ ሕታም
sign-fingerprint-hint = እዚ ኮድ ናይዚ ጽሑፍ እዚ ጥራይ እዩ። ኣብቲ መደብ ዝኾነ ነገር እንተ ተቐይሩ፣ እቲ ኮድ'ውን ይቕየር።
sign-state-unsigned = ነዚ ሕታም መደብ ገና ዝፈረመ የለን።
sign-state-partly = ገና ዘይፈረሙ፦ { $names }
sign-state-complete = ክፍርሙ ዘለዎም ኩሎም ፈሪሞም ኣለዉ።
sign-outdated = እቲ መደብ ድሕሪ ምፍራሙ ተቐይሩ። እተን ፊርማታት ናይ ዝሓለፈ ሕታም እየን፤ ነቲ ሕታም እቲ ሕጂ'ውን ከተንብብዎን ክትሕትምዎን ትኽእሉ ኢኹም። እዚ ሕታም እዚ ደጊሙ ክፍረም ኣለዎ።
sign-not-ready = እቲ መደብ ንምፍራም ገና ምሉእ ብምሉእ ድሉው ኣይኮነን። እንታይ ከም ዝጎደለ ኣብ ‘ደጊምካ ምንባብ’ ይርአ።
sign-go-review = ናብ ‘ደጊምካ ምንባብ’
sign-go-print = ናብ ቅድመ-ምርኣይ ሕትመት
sign-parties-title = መን ይፍርም
sign-present-title = ኣብኡ ዝነበሩ ካልኦት (ምፍራም ግዴታ ኣይኮነን)
sign-as-party = ከም ወገን ይፍርም
sign-as-present = ኣብኡ ከም ዝነበረ ሰብ ይፍርም፣ ከም ወገን ኣይኮነን
sign-role-client = ዓሚል
sign-role-worker = ማሕበራዊ ሰራሕተኛ፣ ብስም OCMW
sign-role-third = መሻርኽቲ
sign-role-interpreter = ተርጓሚ
sign-role-support = ዝእመን ሰብ
sign-start = ምፍራም
sign-again = ደጊምካ ምፍራም
sign-withdraw = ፊርማ ምእላይ
sign-signed = ብዕለት { $date } ተፈሪሙ
sign-signed-at = ብዕለት { $date } ኣብ { $place } ተፈሪሙ
sign-not-signed = ገና ኣይተፈረመን
sign-earlier-title = ቅድሚ ሕጂ ዝተፈረሙ ሕታማት
sign-earlier-item = ሕታም { $fingerprint }፣ ዝፈረሙ፦ { $names }
sign-show-version = ነዚ ሕታም ምርኣይ

## The signing area
pad-area = ናይ ፊርማ ቦታ
pad-hint = ኣብዚ ቦታ ብኣጻብዕኩም፣ ብብርዒ ወይ ብማውስ ክትፍርሙ ትኽእሉ ኢኹም።
pad-empty = ገና ዋላ ሓንቲ ኣይተሳእለን።
pad-drawn = ኣብቲ ቦታ ፊርማ ኣሎ።
pad-undo = ናይ መወዳእታ መስመር ምእላይ
pad-clear = ኩሉ ምድምሳስ
pad-name = ስም
pad-date = ዕለት
pad-place = ቦታ
pad-save = ፊርማ ምዕቃብ
pad-cancel = ምስራዝ
sign-problem-name = በጃኹም ስም ጽሓፉ።
sign-problem-strokes = በጃኹም መጀመርታ ኣብቲ ቦታ ፈርሙ።
sign-problem-too-long = እዚ ፊርማ ኣዝዩ ነዊሕ እዩ። ደምሲስኩም ቁሩብ ብዝቐለለ ደጊምኩም ፈርሙ።
sign-problem-unknown = እዚ መሻርኽቲ ሕጂ ኣብቲ መደብ የለን።

## Printing
print-title = ምሕታም
print-intro = እቲ መደብ ኣብ A4፣ ንዓሚል ንምሃብ ወይ ኣብ ወረቐት ንምፍራም። ምሕታም ብዘይ ኢንተርነት'ውን ይሰርሕ፤ ፋይል እንተ ደሊኹም ‘ከም PDF ዕቀብ’ (Save as PDF) ምረጹ።
print-version-label = ኣየናይ ሕታም
print-version-current = እቲ መደብ ከምቲ ሕጂ ዘሎ
print-version-round = ዝተፈረመ ሕታም { $fingerprint }
print-both = ምሕታም (ሆላንድኛ + { $lang })
print-client = ቅዳሕ ዓሚል ምሕታም ({ $lang } ጥራይ)
print-dutch = ምሕታም (ሆላንድኛ)
print-mode-label = እትርእይዎ
print-mode-both = ሆላንድኛ ምስ ሓጋዚ ትርጉም
print-mode-client = ቅዳሕ ዓሚል
print-no-translation = ናብ { $lang } ገና ትርጉም የለን። እቲ መደብ ብሆላንድኛ ይሕተም።
print-preview-label = ቅድመ-ምርኣይ ሕትመት

## The printed plan
doc-title = ውልቃዊ መደብ ማሕበራዊ ውህደት (GPMI)
doc-subtitle = ኣብ መንጎ ዓሚልን OCMWን ዝተገብረ ስምምዕ
doc-binding-note = ሓጋዚ ትርጉም። ሕጋዊ ዋጋ ዘለዎ እቲ ሆላንድኛ ጽሑፍ ጥራይ እዩ።
doc-copy-note = እዚ ንዓሚል ዝተዳለወ ሓጋዚ ትርጉም እዩ። ሕጋዊ ዋጋ ዘለዎ እቲ ሆላንድኛ ጽሑፍ ጥራይ እዩ።
doc-draft = ረቂቕ
doc-draft-note = ረቂቕ፦ ገና ብኹሎም ኣይተፈረመን።
doc-earlier-note = እዚ ቅድሚ ሕጂ ዝተፈረመ ሕታም እዩ። ድሕሪኡ እቲ መደብ ተቐይሩ።
doc-not-set = ኣይተመልአን
doc-facts = ሓበሬታ
doc-ocmw = OCMW
doc-client = ዓሚል
doc-worker = ማሕበራዊ ሰራሕተኛ
doc-type = ዓይነት መደብ
doc-type-employment = ናብ ስራሕ ዘቕንዐ
doc-type-training = ናብ ስልጠና ወይ ትምህርቲ ዘቕንዐ
doc-type-activation = ማሕበራዊ ምንቅቓሕ
doc-period = እዋን
doc-decision = ውሳነ ብዛዕባ leefloon (ናይ መነባብሮ ሓገዝ)
doc-partners = መሻርኽቲ
doc-support = ኣብ ጎኒ ዓሚል
doc-topics = ታሪኽ ዓሚል
doc-topic-needs = ዓሚል እንታይ የድልዮ
doc-topic-challenges = ሕጂ እንታይ ከቢድ እዩ
doc-topic-goals = ዓሚል እንታይ ክበጽሕ ወይ ከወግድ ይደሊ
doc-topic-future = ዓሚል መጻኢ ከመይ ይርእዮ
doc-topic-role = ዓሚል ኣብ መንጎ ካልኦት ሰባት ክህልዎ ዝደሊ ተራ
doc-goals = ዕላማታት
doc-goal-domain = ክፋል ህይወት
doc-goal-period = እዋን
doc-goal-why = ስለምንታይ ኣገዳሲ እዩ
doc-actions = ተግባራት
doc-col-what = እንታይ
doc-col-who = መን
doc-col-due = ክሳብ መዓስ
doc-col-evidence = ከም ዝተገብረ ብኸመይ ንፈልጥ
doc-who-client = ዓሚል
doc-who-ocmw = OCMW
doc-who-third = መሻርኽቲ
doc-who-nobody = ገና ዋላ ሓደ
doc-origin-catalogue = ኣገልግሎት ናይ OCMW
doc-questions = መደብ ተግባር
doc-question-client-will-do = ዓሚል ነቶም ዕላማታት ንምብጻሕ እንታይ ክገብር እዩ?
doc-question-client-expects = ዓሚል ካብ OCMW እንታይ ይጽበ?
doc-question-ocmw-expects = OCMW ካብ ዓሚል እንታይ ይጽበ?
doc-means = ነፍሲ ወከፍ ወገን እንታይ የበርክት
doc-means-client = ዓሚል
doc-means-ocmw = OCMW
doc-means-others = መሻርኽቲ
doc-evaluations = መዓስ ብሓባር ንድሕሪት ንጥምት
doc-evaluations-rule = ኣብ ዓመት እንተ ወሓደ { $count } ግዜ፣ ካብኡ እንተ ወሓደ { $inperson } ግዜ ፊት ንፊት።
doc-eval-in-person = ፊት ንፊት
doc-eval-remote = ብቴሌፎን ወይ ብቪድዮ
doc-signatures = ፊርማታት
doc-signatures-intro = ወገናት ብፊርማኦም ነዚ መደብ ይሰማምዑሉ። ተርጓሚ ወይ ዝእመን ሰብ ከም ወገን ዘይኮነስ ኣብኡ ከም ዝነበረ ሰብ እዩ ዝፍርም።
doc-fingerprint = ዲጂታላዊ ኣሻራ ናይቲ ዝተፈረመ ጽሑፍ (SHA-256)
doc-sign-name = ስም
doc-sign-date = ዕለት
doc-sign-place = ቦታ

## Rights and duties, in plain words
rights-title = መሰላትን ግዴታታትን
rights-agreement = እዚ መደብ ኣብ መንጎኹምን OCMWን ዝተገብረ ስምምዕ እዩ። ንስኹምን OCMWን ብሓባር ጽሒፍኩምዎ። ብፊርማኦም ክልቲኦም ወገናት ነቲ ኣብኡ ዘሎ ክገብሩ ቃል ይኣትዉ።
rights-client = ንስኹም እትገብርዎ፦ ብስምኩም ዘለዉ ተግባራት ትገብሩ፣ ናብ ቆጸራታት ትመጹ፣ ሓደ ነገር እንተ ዘይሰለጠ ድማ ብግዜ ትሕብሩ።
rights-ocmw = OCMW ዝገብሮ፦ ከምቲ ኣብዚ መደብ ዘሎ ይሕግዘኩም፣ ብስም OCMW ዘለዉ ተግባራት ድማ ይገብር። ነቲ መደብ ምሳኹም ብሓባር ኣብ ዓመት እንተ ወሓደ { $evaluations } ግዜ ይርእዮ፣ ካብኡ እንተ ወሓደ { $in_person } ግዜ ብፊት ንፊት ዝርርብ።
rights-change = ህይወትካ ክቕየር ከሎ እቲ መደብ ክቕየር ይኽእል። ንስኻን OCMW ን ኣብ ዝኾነ ግዜ ክስተኻኸል ክትሓቱ ትኽእሉ ኢኹም። ዝተቐየረ መደብ እንደገና ይፍረም።
rights-reflection = ቅድሚ ምፍራምካ { $reflection ->
        [one] ሓንቲ መዓልቲ
       *[other] { $reflection } መዓልታት
    } ግዜ ሕሰባ ክትሓትት፣ ነቲ ንድፊ ድማ ናብ ገዛ ክትወስዶ ትኽእል ኢኻ። ባዕልኻ ዝመረጽካዮ ሰብ ምሳኻ ከተምጽእ ትኽእል ኢኻ።
rights-not-kept = ስምምዕ ብዘይ ቅኑዕ ምኽንያት እንተ ዘይተፈጺሙ፣ leefloon ብምሉኡ ወይ ብኸፊል ደው ክብል ይኽእል፦ እንተ በዝሐ { $sanction ->
        [one] ሓደ ወርሒ
       *[other] { $sanction } ኣዋርሕ
    }፣ ወይ ኣብ ውሽጢ ሓደ ዓመት እንተ ተደጊሙ እንተ በዝሐ { $repeat ->
        [one] ሓደ ወርሒ
       *[other] { $repeat } ኣዋርሕ
    }። እዚ ብዘይ መጠንቀቕታ ፈጺሙ ኣይኸውንን፦ መጀመርታ ዝተመዝገበ ደብዳበ ትቕበል።
rights-heard = ዘረባኹም ክስማዕ መሰል ኣለኩም። ቅድሚ ውሳነ ምውሳዱ፣ ናይ ባዕልኹም ታሪኽ ክትገልጹ ትኽእሉ ኢኹም፣ ዝሕግዘኩም ሰብ ሒዝኩም ክትመጹ'ውን ትኽእሉ ኢኹም።
rights-no-sanction = ቅኑዕ ምኽንያት እንተ ነይሩኩም፣ ወይ OCMW ባዕሉ ኣብዚ መደብ ዝኣተዎ ቃል እንተ ዘይሓልዩ፣ መቕጻዕቲ የለን።
rights-interpreter = ነቲ ዝርርብ ወይ ነዚ መደብ ጽቡቕ ጌርኩም እንተ ዘይተረዲኡኩም፣ ተርጓሚ ክትሓቱ ትኽእሉ ኢኹም።
rights-copy = ቅዳሕ ናይዚ መደብ ይወሃበኩም። ከም ሓገዝ ብቋንቋኹም'ውን ክትረኽብዎ ትኽእሉ ኢኹም፤ ሕጋዊ ዋጋ ዘለዎ ግን እቲ ሆላንድኛ ጽሑፍ ጥራይ እዩ።
rights-appeal = ምስ ውሳነ OCMW እንተ ዘይተሰማማዕካ፣ ናብ ቤት ፍርዲ ስራሕ (arbeidsrechtbank) ይግባይ ክትብል ትኽእል ኢኻ። ካብታ ውሳነ ዝተሓበረካ መዓልቲ ጀሚርካ { $appeal ->
        [one] ሓደ ወርሒ
       *[other] { $appeal } ኣዋርሕ
    } ኣሎካ።

pad-typed = ብኢደይ ክፍርም ኣይክእልን፦ እቲ ዝጸሓፍክዎ ስመይ ከም ፊርማይ ይቑጸር
pad-typed-hint = ብኢዱ ክፍርም ንዘይክእል ሰብ። ሽዑ እቲ ኣብ ታሕቲ ዘሎ ስም ኣብቲ ናይ ፊርማ ቦታ ይኣቱ።

## rules
rights-meeting = ምስ ማሕበራዊ ሰራሕተኛኻ ዘተ እንተ ሓቲትካ፣ እቲ ዘተ ኣብ ውሽጢ { $meeting ->
        [one] ሓንቲ መዓልቲ ስራሕ
       *[other] { $meeting } መዓልታት ስራሕ
    } ክካየድ ኣለዎ።
doc-reflection = ግዜ ሕሰባ
doc-reflection-until = ክሳብ
doc-reflection-waived = እቲ ዓሚል ዝሓደጎ ዕለት
sign-inside-reflection = ግዜ ሕሰባ ክሳብ { $date } (ምስኡ) ይቕጽል። ሎሚ ዝፍርም ኣብ ውሽጢ ግዜ ሕሰባ ይፍርም። እዚ ዝከኣል እቲ ዓሚል ባዕሉ እንተ ሓዲግዎ ጥራይ እዩ፦ ሽዑ ኣብቲ መደብ ጽሓፎ።
## evals
doc-eval-written = ብጽሑፍ
eval-report-title = ጸብጻብ ገምጋም ናይ GPMI
eval-report-kind = ብኸመይ
eval-report-present = ዝተረኽቡ
eval-report-fulfils = ዝተመደበ ግዜ
eval-report-extra = ተወሳኺ ገምጋም፡ ካብ ዝተመደቡ ግዜታት ወጻኢ
eval-report-rung = ቦታ ኣብ መሳልል ተሳትፎ
eval-report-rung-same = ለውጢ የለን
eval-report-next = ዝቕጽል ገምጋም
eval-report-next-none = ገና ዝቕጽል ግዜ ኣይተመደበን
eval-report-goals = ዕላማታት ከመይ ይኸዱ ኣለዉ
eval-report-notes = እንታይ ተቐይሩ፡
eval-report-actions = ተግባራትን ክሳብ ክንደይ በጺሖምን
eval-report-col-status = ኩነታት
eval-report-changes = ካብቲ ዝሓለፈ ሕታም ንነጀው ዝተወሰኸ ወይ ዝተቐየረ
eval-report-no-changes = ዝተወሰኸ፡ ዝተቐየረ ወይ ዝተሰረዘ ዕላማ ወይ ተግባር የለን።
eval-report-change-goal-added = ሓድሽ ዕላማ
eval-report-change-goal-changed = ዕላማ ተቐይሩ
eval-report-change-goal-removed = ዕላማ ተሰሪዙ
eval-report-change-action-added = ሓድሽ ተግባር
eval-report-change-action-changed = ተግባር ተቐይሩ
eval-report-change-action-removed = ተግባር ተሰሪዙ
eval-report-signatures = ምፍራም ግዴታ ኣይኮነን። ፊርማ እዚ ጸብጻብ ቅኑዕ ምዃኑ የረጋግጽ።
eval-report-fingerprint = ዲጂታላዊ ኣሻራ ናይዚ ጸብጻብ (SHA-256)
## plan
doc-contract = OCMW ዝሕዞ
doc-ocmw-actions = ስጉምትታት OCMW
doc-domains = ዓውድታት ንጥፈት
doc-ended = ተዓጽዩ
doc-moved = ፋይል ዝተሰጋገረሉ
sign-ended = እዚ መደብ ተዓጽዩ። ክፍረም ኣይክእልን።

## turn
doc-review-no = እዚ ትርጉም ክሳብ ሕጂ ብደቂ ቋንቋ ኣይተራእየን።
doc-review-yes = እዚ ትርጉም ብደቂ ቋንቋ ተራእዩ እዩ።

## turn2
sign-binding-dutch = ኣሳሪ ጽሑፍ፡ ብሆላንድኛ፦

## changes
changes-title = ካብቲ ሕታም ናይ { $date } ጀሚሩ እንታይ ተቐይሩ?
changes-intro = ደጊምኩም ቅድሚ ምፍራምኩም እዚ ብሓባር ኣንብቡ። ኣብዚ ዘሎ ጥራይ እዩ ካብቲ ዝተፈረመ ሕታም ዝፈልል።
changes-now = ሕጂ:
changes-was = ቅድሚ ሕጂ:
changes-goal-added = ሓድሽ ዕላማ
changes-goal-removed = ዕላማ ተሰሪዙ
changes-goal-changed = ዕላማ ተቐይሩ
changes-goal-period = ካልእ ግዜ ንዕላማ
changes-action-added = ሓድሽ ስጉምቲ
changes-action-removed = ስጉምቲ ተሰሪዙ
changes-action-what = ስጉምቲ ብኻልእ ኣገላልጻ ተጻሒፉ
changes-action-who = ካልእ ሰብ እዩ ነቲ ስጉምቲ ዝገብሮ
changes-action-due = ካልእ ዕለት ንስጉምቲ
changes-action-changed = ስጉምቲ ተቐይሩ
changes-date-decision = ካልእ ዕለት ውሳነ
changes-date-start = እቲ መደብ ብኻልእ መዓልቲ ይጅምር
changes-date-end = እቲ መደብ ብኻልእ መዓልቲ ይውዳእ
changes-evaluation-added = ሓድሽ ግዜ ገምጋም
changes-evaluation-removed = ግዜ ገምጋም ተሰሪዙ
changes-evaluation-changed = ግዜ ገምጋም ብኻልእ መንገዲ
changes-rung = ሓድሽ ደረጃ ኣብቲ መሳልል
changes-part-basics = ተቐይሩ: ዓይነት መደብ፣ OCMW፣ ማሕበራዊ ሰራሕተኛ ወይ ስም
changes-part-partners = ተቐይሩ: እቶም መሻርኽቲ ከምኡ'ውን ዕማማቶም
changes-part-present = ተቐይሩ: ተርጓሚ ወይ እሙን ሰብ
changes-part-topics = ተቐይሩ: ዝተዘራረብናሉ
changes-part-agreements = ተቐይሩ: እቲ ስምምዓትን ነፍሲ ወከፍ ወገን ዘምጽኦን
changes-part-contract = ተቐይሩ: ትምህርቲ ወይ OCMW ዝኸፍሎ ወጻኢታት
changes-part-evaluation-rule = ተቐይሩ: ብዝሒ ገምጋማት ኣብ ዓመት
changes-part-other = ተቐይሩ: ካልእ ክፋል ናይቲ መደብ
doc-changes-title = ተወሳኺ: ካብቲ ሕታም ናይ { $date } ጀሚሩ እንታይ ተቐይሩ
doc-changes-old = ዲጂታላዊ ኣሻራ ናይቲ ዝሓለፈ ሕታም:
doc-changes-new = ዲጂታላዊ ኣሻራ ናይዚ ሕታም:
doc-strength = ሓይሊ
## case file: the plain Dutch summary for the OCMW's registration software (issue #18)
case-file-title = ንፋይል ዝኸውን ጽማቕ
case-file-intro = እቲ መደብ ብሆላንድኛ ከም ቀሊል ጽሑፍ፡ ብስርዓት ናይ POD MI GPMI ቅጥዒ፡ ናብ ሶፍትዌር ምዝገባ ንምእታው። ኣብቲ ዝተፈረመ መደብ ዘሎ ጥራይ፡ ካብኡ ወጻኢ ዘለዉ መዘኻኸሪታት ኣይኣትዉን።
case-file-intro-evaluation = እዚ ገምጋም ብሆላንድኛ ከም ቀሊል ጽሑፍ፡ ናብ ሶፍትዌር ምዝገባ ንምእታው። ካብ መደብ ወጻኢ ዘለዉ መዘኻኸሪታት ኣይኣትዉን።
case-file-show = ጽማቕ ኣርኢ
case-file-hide = ጽማቕ ሕባእ
case-file-copy = ቅዳሕ
case-file-preview-label = እቲ ጽማቕ ከም ዝቕዳሕ
case-file-copied = ተቐዲሑ። ነቲ ጽሑፍ ኣብ ሶፍትዌር ምዝገባ ለጥፍዎ።
case-file-downloaded = ክሊፕቦርድ የለን። እቲ ጽሑፍ ብ{ $file } ተራጊፉ።
