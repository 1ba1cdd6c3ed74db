# Self-check. Client screens: short and friendly (Tigrinya uses respectful plural ንስኹም). Worker screens: neutral. Never a verdict.

self-check-view = ርእሰ-ገምጋም
self-check-title = ርእሰ-ገምጋም
self-check-intro = 18 ክፋላት ህይወት ብሓባር ምርኣይ። ብኽፋል፣ ኣብ ብዙሓት ርክባት ክኸውን ይኽእል፦ ኩሉ ብኡንብኡ ይዕቀብ።
self-check-list-title = ኣብዚ ዶሴ ዘለዉ ርእሰ-ገምጋማት
self-check-none = ኣብዚ ዶሴ ገና ርእሰ-ገምጋም የለን።
self-check-start = ሓድሽ ርእሰ-ገምጋም ምጅማር
self-check-item-title = ርእሰ-ገምጋም ናይ { $date }
self-check-status-unfinished = ገና ኣይተወድአን
self-check-status-complete = ምሉእ ብምሉእ ተመሊኡ
self-check-progress-client = ዓሚል፦ ካብ { $total } { $answered } ተመሊሶም
self-check-progress-skipped =
    { $count ->
        [one] ሓደ ተሓሊፉ
       *[other] { $count } ተሓሊፎም
    }
self-check-progress-worker = ሰራሕተኛ፦ ካብ { $total } { $scored } ነጥቢ ተዋሂብዎም
self-check-open = ምኽፋት
self-check-delete = ምድምሳስ
self-check-confirm-delete-title = እዚ ርእሰ-ገምጋም ይደምሰስ ዶ?
self-check-confirm-delete-body = ርእሰ-ገምጋም ናይ { $date } ካብዚ መሳርሒ ክድምሰስ እዩ። እዚ ደሓር ክምለስ ኣይክእልን እዩ።
self-check-confirm-delete-yes = እወ፣ ይደምሰስ
self-check-back-to-list = ኩሎም ርእሰ-ገምጋማት
self-check-mode-nav = ክፋላት ናይቲ ርእሰ-ገምጋም
self-check-mode-client = ዓሚል ይመልእ
self-check-mode-worker = ግምት ሰራሕተኛ
self-check-mode-summary = ጽማቕ

## Client
self-check-client-progress = ሕቶ { $current } ካብ { $total }
self-check-client-answer-label = መልስኹም
self-check-answer-good = ጽቡቕ እዩ ዝኸይድ
self-check-answer-hard = ሓድሓደ ግዜ ከቢድ እዩ
self-check-answer-big = ሕጂ ዓቢ ጸገም እዩ
self-check-answer-private = ክገልጾ ኣይደልን
self-check-client-help = ኣብዚ ሓገዝ እደሊ
self-check-client-note-label = ብዛዕባዚ ገለ ክትብሉ ትደልዩ ዶ? ብናይ ባዕልኹም ቃላት፤ ባዶ እውን ክጸንሕ ይኽእል።
self-check-client-skip = ደሓር ክምልሶ
self-check-client-back = ንድሕሪት
self-check-client-next = ዝቕጽል
self-check-client-skipped-note = ነዚ ሕቶ ቅድሚ ሕጂ ሓሊፍኩሞ ኔርኩም። ሕጂ ክትምልስዎ፣ ወይ ንሕጂ ክትገድፍዎ ትኽእሉ ኢኹም።
self-check-client-saved = ኩሉ ብኡንብኡ ይዕቀብ። ኣብ ዝደለኹምዎ ግዜ ደው ክትብሉ ትኽእሉ ኢኹም።
self-check-client-end-title = እዚ እቲ ናይ መወዳእታ ሕቶ ነይሩ። የቐንየልና!
self-check-client-end-body = ገለ ክትቕይሩ ትደልዩ ዶ? ኩሉ ግዜ ናብ ዝኾነ ሕቶ ክትምለሱ ትኽእሉ ኢኹም።
self-check-client-end-open =
    { $count ->
        [one] ገና ሓደ ዘይተመለሰ ሕቶ ኣሎ፦
       *[other] ገና { $count } ዘይተመለሱ ሕቶታት ኣለዉ፦
    }
self-check-client-go-to = ናብ { $domain } ምኻድ

## Questions for the client
self-check-q-money = ጉዳይ ገንዘብ፣ ክፍሊታትን ዕዳን ከመይ ኣሎ?
self-check-q-housing = መንበሪ ገዛኹም ከመይ ኣሎ?
self-check-q-health = ጥዕናኹም ከመይ ኣሎ?
self-check-q-mind = ኣብዚ ቀረባ እዋን ከመይ ይስምዓኩም ኣሎ?
self-check-q-addiction = ምስ ኣልኮል፣ ዕጸ-ፋርስ፣ ቁማር ወይ ከኒና ዘለኩም ኩነታት ከመይ ኣሎ?
self-check-q-family = ንደቕኹም ወይ ንካልእ ሰብ ምክንኻን ከመይ ይኸይድ ኣሎ?
self-check-q-childcare = ደቕኹም ዝሕልዉሉ ቦታ (ክንክን ቆልዑ) ከመይ ኣሎ?
self-check-q-safety = ኣብ ገዛኹም ክንደይ ውሑስ ይስምዓኩም?
self-check-q-network = ምስቶም ኣብ ከባቢኹም ዘለዉ ሰባት ከመይ ኣሎ?
self-check-q-structure = ስርዓት መዓልትኹም ከመይ ኣሎ፦ ካብ ድቃስ ምትንሳእ፣ ቆጸራታት ምኽባር?
self-check-q-daily = ምብሳል፣ ምሕጻብን ናይ ገዛ ስራሕን ከመይ ይኸይድ ኣሎ?
self-check-q-dutch = ሆላንድኛ ምዝራብን ምንባብን ከመይ ይኸይድ ኣሎ?
self-check-q-learning = ቤት ትምህርቲ፣ ኮርሳትን ዲፕሎማታትን ከመይ ኣሎ?
self-check-q-work = ስራሕከ ከመይ ኣሎ፦ እንታይ ሰሪሕኩም፣ እንታይ ክትገብሩ ትኽእሉ?
self-check-q-attitude = ብዛዕባ ዝቕጽል ስጉምቲ ናብ ስራሕ ወይ ትምህርቲ እንታይ ይስምዓኩም?
self-check-q-mobility = ምንቅስቓስ ከመይ ኣሎ፦ ኣውቶቡስ፣ ባቡር፣ ብሽክለታ ወይ መኪና?
self-check-q-papers = ወረቐታት፣ ደብዳበታትን መንበሪ ፍቓድኩምን ከመይ ኣሎ?
self-check-q-digital = ሞባይል፣ ኮምፒዩተር፣ ኢመይልን itsme (ዲጂታላዊ መንነት) ከመይ ኣሎ?

## Worker
self-check-worker-intro = ንነፍሲ ወከፍ ክፋል ሓደ ነጥቢ፣ ብመለክዒ ናይ HIVA-መጽናዕቲ (screening)። ኣብ 3 ወይ 4 እቲ ዝምልከት ክትሓርዩ ትኽእሉ ኢኹም። እቲ ነጥቢ ናትኩም ግምት እዩ፣ ጎኒ ጎኒ ምስቲ ናይ ዓሚል።
self-check-score-1 = 1 · ዕንቅፋት የለን
self-check-score-2 = 2 · ዕንቅፋት ኣሎ፣ ግን ስራሕ ወይ ትምህርቲ ብደገፍ ይከኣል
self-check-score-3 = 3 · ዕንቅፋት፦ ስራሕ ወይ ትምህርቲ ሕጂ ኣይከኣልን
self-check-score-4 = 4 · (ገና) ክግምቶ ኣይክእልን
self-check-score-none = ገና ነጥቢ ኣይተዋህበን
self-check-worker-sub-title = እንታይ ይምልከት?
self-check-worker-no-subs = ነዚ ክፋል እዚ፣ ኩነታቱ ኣብቲ መዘኻኸሪ ግለጽዎ።
self-check-worker-note-label = መዘኻኸሪ ሰራሕተኛ
self-check-dutch-level-label = ብርኪ ሆላንድኛ
self-check-dutch-level-hint = ብመሰረት ምስክር ወረቐት ካብ ቤት ትምህርቲ ወይ Huis van het Nederlands፣ ካብ ክልተ ዓመት ዘይበልጽ።
self-check-dutch-level-none = ገና ኣይተመልአን
self-check-dutch-level-unknown = ዘይፍለጥ
self-check-dutch-level-below-1-1 = ትሕቲ 1.1
self-check-dutch-level-1-1 = 1.1
self-check-dutch-level-1-2 = 1.2
self-check-dutch-level-2-1 = 2.1
self-check-dutch-level-2-2 = 2.2
self-check-dutch-level-2-3 = 2.3
self-check-dutch-level-2-4 = 2.4
self-check-dutch-level-learned = ምሉእ ብምሉእ ተማሂሩ
self-check-latin-reading = ብላቲን ፊደል ምንባብ
self-check-latin-writing = ብላቲን ፊደል ምጽሓፍ
self-check-yes = እወ
self-check-no = ኣይፋል
self-check-not-known = ገና ኣይተፈልጠን

## Sub-items (with score 3 or 4)
self-check-sub-money-debts = ዕዳ
self-check-sub-money-mediation = ኣብ መስርሕ ምዝታይ ዕዳ (schuldbemiddeling)
self-check-sub-money-basic-needs = ንመግቢ፣ ክዳን ወይ ክራይ ዝኣክል የለን
self-check-sub-housing-no-address = ቀዋሚ ኣድራሻ የለን፣ ወይ ኣብ መሕደሪ ለይቲ ይሓድር
self-check-sub-housing-unhealthy = ኣብቲ ገዛ ከቢድ ጸገማት ኣሎ፣ ወይ ንመንበሪ ዘይበቅዕ ተባሂሉ
self-check-sub-housing-must-move = ብቕልጡፍ ክለቕቕ ኣለዎ፣ ወይ ብተደጋጋሚ ገዛ ይቕይር
self-check-sub-housing-transit = ኣብ ግዝያዊ (መሰጋገሪ) ገዛ ይነብር
self-check-sub-health-illness = ሕማም ስራሕ ወይ ትምህርቲ የጸግም
self-check-sub-health-diagnosis = ብምስክር ወረቐት ዝተፈልጠ ሕማም
self-check-sub-health-complaints = ጸገማት ጥዕና
self-check-sub-health-pregnancy = ጥንሲ ወይ ዕረፍቲ ሕርሲ
self-check-sub-health-disability = ስንክልና
self-check-sub-health-work-disability = ብወግዒ ዝተፈልጠ ናይ ስራሕ ስንክልና
self-check-sub-family-parenting = ኣተዓባብያ ቆልዑን ምስኦም ዘሎ ርክብን
self-check-sub-family-child-needs = ፍሉይ ክንክን ዘድልዮ ቆልዓ
self-check-sub-family-single-parent = በይኑ ዘዕቢ ወላዲ
self-check-sub-family-care-task = ኣብ ገዛ ንስንኩል፣ ኣዝዩ ዝኣረገ ወይ ንነዊሕ እዋን ዝሓመመ ሰብ ይከናኸን
self-check-sub-childcare-waiting-list = ተሓቲቱ፣ ግን ዝርዝር ምጽባይ ነዊሕ እዩ
self-check-sub-childcare-no-informal = ኣብ ስድራ ወይ ኣዕሩኽ ቆልዑ ዝሕዝ የለን
self-check-sub-childcare-unknown-options = ነቶም ዘለዉ ኣማራጺታትን ኣገባብ ምሕታትን ገና ኣይፈልጦምን
self-check-sub-safety-relationship = ምስ መጻምድቲ፣ ስድራ ወይ ካልኦት ምትሕንናቕ
self-check-sub-safety-violence = ኣብ ስድራቤት ዓመጽ
self-check-sub-network-no-social = ውሑድ ወይ ዋላ ሓደ ዓርክን ፈላጥን የብሉን
self-check-sub-network-no-family = ኣብ ቀረባ ስድራ የብሉን
self-check-sub-network-family-against-work = ስድራ ንስራሕ ኣይድግፉን
self-check-sub-network-nobody-works = ኣብ ስድራ ወይ ኣብ ኣዕሩኽ ዝሰርሕ የለን
self-check-sub-structure-no-rhythm = ቀዋሚ ስርዓት መዓልቲ የብሉን
self-check-sub-structure-missed-appointments = ቆጸራታት ሓድሓደ ግዜ ይሓልፍዎ
self-check-sub-structure-documents = ሰነዳት ሒዙ ናብ ቆጸራ ኣይመጽእን
self-check-sub-daily-hygiene = ጽሬት
self-check-sub-daily-appearance = ጽሩይን ስሩዕን ኣቀራርባ
self-check-sub-daily-household = ናይ ገዛ ስራሕ ኣይሰልጦን
self-check-sub-dutch-express = ሓሳባቱ ብቓላት ምግላጽ የጸግሞ
self-check-sub-dutch-oral = ብዘረባ ምርድዳእ ገና ኣይሰልጦን
self-check-sub-dutch-written = ብጽሑፍ ምርድዳእ ገና ኣይሰልጦን
self-check-sub-dutch-illiterate = ምንባብ ወይ ምጽሓፍ ኣይክእልን
self-check-sub-learning-inactive = ነዊሕ እዋን ብዘይ ስራሕ ወይ ትምህርቲ
self-check-sub-learning-no-choices = ገና ብንቕሓት ኣንፈት ኣይመረጸን
self-check-sub-learning-history = ታሪኽ ትምህርትን ስራሕን ምግላጽ ከቢድ እዩ
self-check-sub-learning-recognition = ወጻኢ ዲፕሎማ ገና ኣፍልጦ ኣይረኸበን
self-check-sub-work-guided-only = ናይ ቀደም ስራሓት ብብርቱዕ ምኽታል ጥራይ እዮም ሰሊጦም
self-check-sub-work-unrealistic = ትጽቢታት ብዛዕባ ስራሕ፣ ደሞዝ ወይ ቦታ ስራሕ ምስ ክውንነት ኣይሰማምዑን
self-check-sub-work-overestimates = ንዓቕሙ ካብ ዘለዎ ንላዕሊ ይግምቶ
self-check-sub-work-expectations = ቦታ ስራሕ እንታይ ከም ዝጽበ ገና ጽቡቕ ኣይፈልጥን
self-check-sub-attitude-no-steps = ገና ባዕሉ ስጉምቲ ኣይወስድን
self-check-sub-attitude-gives-up = ጸገም ምስ ኣጋጠሞ ቀልጢፉ ተስፋ ይቖርጽ
self-check-sub-attitude-motivation = ሕጂ ገለ ንምቕያር ምኽንያት ኣይርእን
self-check-sub-attitude-one-target = ድሕሪ ነዊሕ ምንዳይ እውን ኣብ ሓደ ዓይነት ስራሕ ጥራይ ይጸንዕ
self-check-sub-attitude-interaction = ምስ ካልኦት ወይ ምስ ሕግታት ምትእንጋድ የጸግሞ
self-check-sub-mobility-no-transport = ናይ ባዕሉ መጓዓዝያ የብሉን፣ ህዝባዊ መጓዓዝያ እውን የለን
self-check-sub-mobility-public-know-how = ህዝባዊ መጓዓዝያ፦ ከመይ ከም ዝጥቀመሉ ኣይፈልጥን፣ ወይ ዓቕሚ የብሉን
self-check-sub-mobility-no-public = ኣብ ቀረባ ህዝባዊ መጓዓዝያ የለን
self-check-sub-mobility-distance = ዓሚል ክሳብ ክንደይ ርሒቑ ክጓዓዝ ከም ዝኽእል ንጹር ኣይኮነን
self-check-sub-papers-not-independent = ምምሕዳራዊ ወረቐታት በይኑ ክሰርሖም ኣይክእልን
self-check-sub-papers-obligations = ብዛዕባ ግዴታታቱ (ኣድራሻ፣ ናይ ሕክምና ኢንሹራንስ ziekenfonds) ውሑድ ፍልጠት
self-check-sub-papers-self-employed = ወረቐታት ካብ ናይ ቀደም ናይ ባዕሉ ንግዲ
self-check-sub-papers-work-permit = ቅኑዕ ፍቓድ ስራሕ ወይ መንበሪ ፍቓድ የብሉን
self-check-sub-papers-justice = ምስ ፍትሒ (ቤት ፍርዲ፣ ፖሊስ) ጉዳይ ኣለዎ
self-check-sub-digital-no-device = ሞባይል፣ ኮምፒዩተር ወይ ኢንተርነት የብሉን
self-check-sub-digital-no-email = ኢመይል ኣድራሻ የብሉን
self-check-sub-digital-no-eid = itsme ወይ eID (ኤለክትሮኒካዊ መንነት ወረቐት) ገና ኣይሰልጦን
self-check-sub-digital-no-vdab = ኣካውንት ናይ VDAB የብሉን

## Suggested actions (for the plan)
self-check-act-money-debt-mediation = ብሓባር ናብ ምዝታይ ዕዳ ምኻድ
self-check-act-money-budget-guidance = ምኽሪ ኣመሓድራ ገንዘብ (budgetbegeleiding) ምጅማር
self-check-act-housing-search-together = ብሓባር ገዛ ምንዳይ
self-check-act-housing-reference-address = መወከሲ ኣድራሻ (referentieadres) ምሕታት
self-check-act-health-see-doctor = ምስ ናይ ስድራ ሓኪም ቆጸራ ምሓዝ
self-check-act-health-check-limits = ብኣካል እንታይ ክከኣል ከም ዝኽእል ምርኣይ
self-check-act-mind-talk-counsellor = ምስ ክኢላ ስነ-ኣእምሮ ወይ ኣማኻሪ ምዝርራብ
self-check-act-mind-refer-care = ብሓባር ዝሰማማዕ ክንክን ምንዳይ
self-check-act-addiction-contact-service = ምስ ኣገልግሎት ሕክምና ሱስ ርክብ ምግባር
self-check-act-addiction-talk-doctor = ምስ ናይ ስድራ ሓኪም ብዛዕባኡ ምዝራብ
self-check-act-family-parenting-support = ኣብ ኣተዓባብያ ቆልዑ ደገፍ ምንዳይ
self-check-act-family-relieve-care = ነቲ ሓላፍነት ክንክን ከቃልል ዝኽእል ሰብ ምንዳይ
self-check-act-childcare-find-place = ብሓባር ኣብ መዋእለ-ህጻናት ቦታ ምንዳይ
self-check-act-childcare-informal = ኣብ ስድራ ወይ ኣዕሩኽ ክንክን ቆልዑ ምርኣይ
self-check-act-safety-safe-talk = ምስ ማሕበራዊ ሰራሕተኛ ጥራይ ውሑስ ዝርርብ
self-check-act-safety-contact-support = ምስ መስመር ሓገዝ ወይ ማእከል ደገፍ ርክብ ምግባር
self-check-act-network-meeting-place = ኣብ ከባቢ ዘሎ ቦታ ምርኻብ ምብጻሕ
self-check-act-network-volunteering = ወለንታዊ ስራሕ ምፍታን
self-check-act-structure-week-plan = ብሓባር ናይ ሰሙን መደብ ምውጻእ
self-check-act-structure-reminders = ንቆጸራታት መዘኻኸሪ ምቕማጥ
self-check-act-daily-home-support = ኣብ ገዛ ሓገዝ ምርኣይ
self-check-act-daily-practice = ናይ ገዛ ስራሕ ምልምማድ
self-check-act-dutch-course = ንኮርስ ሆላንድኛ ምምዝጋብ
self-check-act-dutch-conversation-table = ናብ ጠረጴዛ ዝርርብ (praattafel) ምኻድ
self-check-act-learning-diploma-recognition = ንዲፕሎማ ኣፍልጦ ከም ዝረክብ ምግባር (NARIC)
self-check-act-learning-training = ስልጠና ምምራጽ
self-check-act-work-cv = ብሓባር CV (ታሪኽ ስራሕ) ምጽሓፍ
self-check-act-work-job-coach = ምስ ኣሰልጣኒ ስራሕ (jobcoach) ምልላይ
self-check-act-attitude-small-steps = ኣብ ቀዳማይ ንእሽቶ ስጉምቲ ምስምማዕ
self-check-act-attitude-orientation = ምልላይ ስራሕ ወይ ሓጺር ናይ ፈተነ ልምምድ (snuffelstage) ምግባር
self-check-act-mobility-transport-pass = ወርሓዊ ካርድ ኣውቶቡስ ወይ ባቡር (abonnement) ምሕታት
self-check-act-mobility-bike-or-licence = ብሽክለታ ምልማድ ወይ ፍቓድ መዘወር ምውሳድ
self-check-act-papers-sort-together = ብሓባር ወረቐታት ምስራዕ
self-check-act-papers-residence-advice = ብዛዕባ መንበሪ ፍቓድ ወይ ፍቓድ ስራሕ ምኽሪ ምሕታት
self-check-act-digital-course = ኮርስ ኮምፒዩተር ምውሳድ
self-check-act-digital-eid-setup = ብሓባር itsme ወይ eID-ኣንባቢ ምድላው

## Summary
self-check-summary-chart-title = ክልቲኡ ድምጽታት ጎኒ ጎኒ
self-check-summary-chart-hint = ንነፍሲ ወከፍ ክፋል፣ መልሲ ዓሚልን ነጥቢ ሰራሕተኛን። ≠ ኣበይ ከም ዝፈላለዩ የርኢ፦ ኣብኡ ዝርርብ ክጅመር ይኽእል።
self-check-summary-table-caption = መልስታት ብክፋል
self-check-col-domain = ክፋል
self-check-col-client = ዓሚል
self-check-col-worker = ሰራሕተኛ
self-check-col-marks = ኣቓልቦ ዝደሊ
self-check-diff = ፍልልይ
self-check-precondition = ቅድመ-ኩነት
self-check-not-answered = ገና ኣይተመለሰን
self-check-skipped = ተሓሊፉ
self-check-wants-help = ሓገዝ ይደሊ
self-check-summary-diff-title = መልስታት ኣበይ ይፈላለዩ
self-check-summary-diff-none = ኣብ መንጎ ክልቲኡ መልስታት ገና ፍልልይ የለን።
self-check-summary-pre-title = ቅድመ-ኩነታት
self-check-summary-pre-hint = ብሰራሕተኛ 3 ነጥቢ ዝተዋህቦም። መብዛሕትኦም OCMW ነዚኦም እዮም መጀመርታ ዝሰርሕሉ።
self-check-summary-pre-none = ዝተሓርየ ቅድመ-ኩነት የለን።
self-check-summary-help-title = ዓሚል ኣብዚ ሓገዝ ይደሊ
self-check-summary-help-none = ገና ዝተሓርየ ሕቶ ሓገዝ የለን።
self-check-summary-actions = ክውሰዱ ዝኽእሉ ስጉምቲታት
self-check-summary-client-note = ብናይ ባዕሉ ቃላት
self-check-summary-changes-title = ካብ ርእሰ-ገምጋም ናይ { $date } ጀሚሩ እንታይ ተቐይሩ
self-check-summary-changes-none = ካብቲ ዝሓለፈ ርእሰ-ገምጋም ጀሚሩ ዝተቐየረ የለን።
self-check-summary-first = እዚ ቀዳማይ ርእሰ-ገምጋም እዩ፦ ገና ዝወዳደረሉ የለን።
self-check-voice-client = ዓሚል
self-check-voice-worker = ሰራሕተኛ
self-check-change-eased = ቀሊሉ
self-check-change-harder = ከቢዱ
self-check-change-line = { $domain } ({ $voice }): { $from } → { $to }

self-check-add-to-plan = ናብ መደብ ምእታው
self-check-add-to-plan-named = “{ $action }” ናብ መደብ ምእታው
self-check-in-plan = ኣብ መደብ ኣሎ

## rules
self-check-sub-money-unemployment-trap = ሓደጋ መፃወድያ ስራሕ ኣልቦነት፦ ምስራሕ ውሑድ ወይ ዋላ ሓንቲ ተወሳኺ ኣታዊ ኣየምጽእን
