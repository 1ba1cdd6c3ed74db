# Self-check. Client screens: short and friendly (Tigrinya uses respectful plural ንስኹም). Worker screens: neutral. Never a verdict.

sc-view = ርእሰ-ገምጋም
sc-title = ርእሰ-ገምጋም
sc-intro = 18 ክፋላት ህይወት ብሓባር ምርኣይ። ብኽፋል፣ ኣብ ብዙሓት ርክባት ክኸውን ይኽእል፦ ኩሉ ብኡንብኡ ይዕቀብ።
sc-list-title = ኣብዚ ዶሴ ዘለዉ ርእሰ-ገምጋማት
sc-none = ኣብዚ ዶሴ ገና ርእሰ-ገምጋም የለን።
sc-start = ሓድሽ ርእሰ-ገምጋም ምጅማር
sc-item-title = ርእሰ-ገምጋም ናይ { $date }
sc-status-unfinished = ገና ኣይተወድአን
sc-status-complete = ምሉእ ብምሉእ ተመሊኡ
sc-progress-client = ዓሚል፦ ካብ { $total } { $answered } ተመሊሶም
sc-progress-skipped =
    { $count ->
        [one] ሓደ ተሓሊፉ
       *[other] { $count } ተሓሊፎም
    }
sc-progress-worker = ሰራሕተኛ፦ ካብ { $total } { $scored } ነጥቢ ተዋሂብዎም
sc-open = ምኽፋት
sc-delete = ምድምሳስ
sc-confirm-delete-title = እዚ ርእሰ-ገምጋም ይደምሰስ ዶ?
sc-confirm-delete-body = ርእሰ-ገምጋም ናይ { $date } ካብዚ መሳርሒ ክድምሰስ እዩ። እዚ ደሓር ክምለስ ኣይክእልን እዩ።
sc-confirm-delete-yes = እወ፣ ይደምሰስ
sc-back-to-list = ኩሎም ርእሰ-ገምጋማት
sc-mode-nav = ክፋላት ናይቲ ርእሰ-ገምጋም
sc-mode-client = ዓሚል ይመልእ
sc-mode-worker = ግምት ሰራሕተኛ
sc-mode-summary = ጽማቕ

## Client
sc-client-progress = ሕቶ { $current } ካብ { $total }
sc-client-answer-label = መልስኹም
sc-answer-good = ጽቡቕ እዩ ዝኸይድ
sc-answer-hard = ሓድሓደ ግዜ ከቢድ እዩ
sc-answer-big = ሕጂ ዓቢ ጸገም እዩ
sc-answer-private = ክገልጾ ኣይደልን
sc-client-help = ኣብዚ ሓገዝ እደሊ
sc-client-note-label = ብዛዕባዚ ገለ ክትብሉ ትደልዩ ዶ? ብናይ ባዕልኹም ቃላት፤ ባዶ እውን ክጸንሕ ይኽእል።
sc-client-skip = ደሓር ክምልሶ
sc-client-back = ንድሕሪት
sc-client-next = ዝቕጽል
sc-client-skipped-note = ነዚ ሕቶ ቅድሚ ሕጂ ሓሊፍኩሞ ኔርኩም። ሕጂ ክትምልስዎ፣ ወይ ንሕጂ ክትገድፍዎ ትኽእሉ ኢኹም።
sc-client-saved = ኩሉ ብኡንብኡ ይዕቀብ። ኣብ ዝደለኹምዎ ግዜ ደው ክትብሉ ትኽእሉ ኢኹም።
sc-client-end-title = እዚ እቲ ናይ መወዳእታ ሕቶ ነይሩ። የቐንየልና!
sc-client-end-body = ገለ ክትቕይሩ ትደልዩ ዶ? ኩሉ ግዜ ናብ ዝኾነ ሕቶ ክትምለሱ ትኽእሉ ኢኹም።
sc-client-end-open =
    { $count ->
        [one] ገና ሓደ ዘይተመለሰ ሕቶ ኣሎ፦
       *[other] ገና { $count } ዘይተመለሱ ሕቶታት ኣለዉ፦
    }
sc-client-go-to = ናብ { $domain } ምኻድ

## Questions for the client
sc-q-money = ጉዳይ ገንዘብ፣ ክፍሊታትን ዕዳን ከመይ ኣሎ?
sc-q-housing = መንበሪ ገዛኹም ከመይ ኣሎ?
sc-q-health = ጥዕናኹም ከመይ ኣሎ?
sc-q-mind = ኣብዚ ቀረባ እዋን ከመይ ይስምዓኩም ኣሎ?
sc-q-addiction = ምስ ኣልኮል፣ ዕጸ-ፋርስ፣ ቁማር ወይ ከኒና ዘለኩም ኩነታት ከመይ ኣሎ?
sc-q-family = ንደቕኹም ወይ ንካልእ ሰብ ምክንኻን ከመይ ይኸይድ ኣሎ?
sc-q-childcare = ደቕኹም ዝሕልዉሉ ቦታ (ክንክን ቆልዑ) ከመይ ኣሎ?
sc-q-safety = ኣብ ገዛኹም ክንደይ ውሑስ ይስምዓኩም?
sc-q-network = ምስቶም ኣብ ከባቢኹም ዘለዉ ሰባት ከመይ ኣሎ?
sc-q-structure = ስርዓት መዓልትኹም ከመይ ኣሎ፦ ካብ ድቃስ ምትንሳእ፣ ቆጸራታት ምኽባር?
sc-q-daily = ምብሳል፣ ምሕጻብን ናይ ገዛ ስራሕን ከመይ ይኸይድ ኣሎ?
sc-q-dutch = ሆላንድኛ ምዝራብን ምንባብን ከመይ ይኸይድ ኣሎ?
sc-q-learning = ቤት ትምህርቲ፣ ኮርሳትን ዲፕሎማታትን ከመይ ኣሎ?
sc-q-work = ስራሕከ ከመይ ኣሎ፦ እንታይ ሰሪሕኩም፣ እንታይ ክትገብሩ ትኽእሉ?
sc-q-attitude = ብዛዕባ ዝቕጽል ስጉምቲ ናብ ስራሕ ወይ ትምህርቲ እንታይ ይስምዓኩም?
sc-q-mobility = ምንቅስቓስ ከመይ ኣሎ፦ ኣውቶቡስ፣ ባቡር፣ ብሽክለታ ወይ መኪና?
sc-q-papers = ወረቐታት፣ ደብዳበታትን መንበሪ ፍቓድኩምን ከመይ ኣሎ?
sc-q-digital = ሞባይል፣ ኮምፒዩተር፣ ኢመይልን itsme (ዲጂታላዊ መንነት) ከመይ ኣሎ?

## Worker
sc-worker-intro = ንነፍሲ ወከፍ ክፋል ሓደ ነጥቢ፣ ብመለክዒ ናይ HIVA-መጽናዕቲ (screening)። ኣብ 3 ወይ 4 እቲ ዝምልከት ክትሓርዩ ትኽእሉ ኢኹም። እቲ ነጥቢ ናትኩም ግምት እዩ፣ ጎኒ ጎኒ ምስቲ ናይ ዓሚል።
sc-score-1 = 1 · ዕንቅፋት የለን
sc-score-2 = 2 · ዕንቅፋት ኣሎ፣ ግን ስራሕ ወይ ትምህርቲ ብደገፍ ይከኣል
sc-score-3 = 3 · ዕንቅፋት፦ ስራሕ ወይ ትምህርቲ ሕጂ ኣይከኣልን
sc-score-4 = 4 · (ገና) ክግምቶ ኣይክእልን
sc-score-none = ገና ነጥቢ ኣይተዋህበን
sc-worker-sub-title = እንታይ ይምልከት?
sc-worker-no-subs = ነዚ ክፋል እዚ፣ ኩነታቱ ኣብቲ መዘኻኸሪ ግለጽዎ።
sc-worker-note-label = መዘኻኸሪ ሰራሕተኛ
sc-dutch-level-label = ብርኪ ሆላንድኛ
sc-dutch-level-hint = ብመሰረት ምስክር ወረቐት ካብ ቤት ትምህርቲ ወይ Huis van het Nederlands፣ ካብ ክልተ ዓመት ዘይበልጽ።
sc-dutch-level-none = ገና ኣይተመልአን
sc-dutch-level-unknown = ዘይፍለጥ
sc-dutch-level-below-1-1 = ትሕቲ 1.1
sc-dutch-level-1-1 = 1.1
sc-dutch-level-1-2 = 1.2
sc-dutch-level-2-1 = 2.1
sc-dutch-level-2-2 = 2.2
sc-dutch-level-2-3 = 2.3
sc-dutch-level-2-4 = 2.4
sc-dutch-level-learned = ምሉእ ብምሉእ ተማሂሩ
sc-latin-reading = ብላቲን ፊደል ምንባብ
sc-latin-writing = ብላቲን ፊደል ምጽሓፍ
sc-yes = እወ
sc-no = ኣይፋል
sc-not-known = ገና ኣይተፈልጠን

## Sub-items (with score 3 or 4)
sc-sub-money-debts = ዕዳ
sc-sub-money-mediation = ኣብ መስርሕ ምዝታይ ዕዳ (schuldbemiddeling)
sc-sub-money-basic-needs = ንመግቢ፣ ክዳን ወይ ክራይ ዝኣክል የለን
sc-sub-housing-no-address = ቀዋሚ ኣድራሻ የለን፣ ወይ ኣብ መሕደሪ ለይቲ ይሓድር
sc-sub-housing-unhealthy = ኣብቲ ገዛ ከቢድ ጸገማት ኣሎ፣ ወይ ንመንበሪ ዘይበቅዕ ተባሂሉ
sc-sub-housing-must-move = ብቕልጡፍ ክለቕቕ ኣለዎ፣ ወይ ብተደጋጋሚ ገዛ ይቕይር
sc-sub-housing-transit = ኣብ ግዝያዊ (መሰጋገሪ) ገዛ ይነብር
sc-sub-health-illness = ሕማም ስራሕ ወይ ትምህርቲ የጸግም
sc-sub-health-diagnosis = ብምስክር ወረቐት ዝተፈልጠ ሕማም
sc-sub-health-complaints = ጸገማት ጥዕና
sc-sub-health-pregnancy = ጥንሲ ወይ ዕረፍቲ ሕርሲ
sc-sub-health-disability = ስንክልና
sc-sub-health-work-disability = ብወግዒ ዝተፈልጠ ናይ ስራሕ ስንክልና
sc-sub-family-parenting = ኣተዓባብያ ቆልዑን ምስኦም ዘሎ ርክብን
sc-sub-family-child-needs = ፍሉይ ክንክን ዘድልዮ ቆልዓ
sc-sub-family-single-parent = በይኑ ዘዕቢ ወላዲ
sc-sub-family-care-task = ኣብ ገዛ ንስንኩል፣ ኣዝዩ ዝኣረገ ወይ ንነዊሕ እዋን ዝሓመመ ሰብ ይከናኸን
sc-sub-childcare-waiting-list = ተሓቲቱ፣ ግን ዝርዝር ምጽባይ ነዊሕ እዩ
sc-sub-childcare-no-informal = ኣብ ስድራ ወይ ኣዕሩኽ ቆልዑ ዝሕዝ የለን
sc-sub-childcare-unknown-options = ነቶም ዘለዉ ኣማራጺታትን ኣገባብ ምሕታትን ገና ኣይፈልጦምን
sc-sub-safety-relationship = ምስ መጻምድቲ፣ ስድራ ወይ ካልኦት ምትሕንናቕ
sc-sub-safety-violence = ኣብ ስድራቤት ዓመጽ
sc-sub-network-no-social = ውሑድ ወይ ዋላ ሓደ ዓርክን ፈላጥን የብሉን
sc-sub-network-no-family = ኣብ ቀረባ ስድራ የብሉን
sc-sub-network-family-against-work = ስድራ ንስራሕ ኣይድግፉን
sc-sub-network-nobody-works = ኣብ ስድራ ወይ ኣብ ኣዕሩኽ ዝሰርሕ የለን
sc-sub-structure-no-rhythm = ቀዋሚ ስርዓት መዓልቲ የብሉን
sc-sub-structure-missed-appointments = ቆጸራታት ሓድሓደ ግዜ ይሓልፍዎ
sc-sub-structure-documents = ሰነዳት ሒዙ ናብ ቆጸራ ኣይመጽእን
sc-sub-daily-hygiene = ጽሬት
sc-sub-daily-appearance = ጽሩይን ስሩዕን ኣቀራርባ
sc-sub-daily-household = ናይ ገዛ ስራሕ ኣይሰልጦን
sc-sub-dutch-express = ሓሳባቱ ብቓላት ምግላጽ የጸግሞ
sc-sub-dutch-oral = ብዘረባ ምርድዳእ ገና ኣይሰልጦን
sc-sub-dutch-written = ብጽሑፍ ምርድዳእ ገና ኣይሰልጦን
sc-sub-dutch-illiterate = ምንባብ ወይ ምጽሓፍ ኣይክእልን
sc-sub-learning-inactive = ነዊሕ እዋን ብዘይ ስራሕ ወይ ትምህርቲ
sc-sub-learning-no-choices = ገና ብንቕሓት ኣንፈት ኣይመረጸን
sc-sub-learning-history = ታሪኽ ትምህርትን ስራሕን ምግላጽ ከቢድ እዩ
sc-sub-learning-recognition = ወጻኢ ዲፕሎማ ገና ኣፍልጦ ኣይረኸበን
sc-sub-work-guided-only = ናይ ቀደም ስራሓት ብብርቱዕ ምኽታል ጥራይ እዮም ሰሊጦም
sc-sub-work-unrealistic = ትጽቢታት ብዛዕባ ስራሕ፣ ደሞዝ ወይ ቦታ ስራሕ ምስ ክውንነት ኣይሰማምዑን
sc-sub-work-overestimates = ንዓቕሙ ካብ ዘለዎ ንላዕሊ ይግምቶ
sc-sub-work-expectations = ቦታ ስራሕ እንታይ ከም ዝጽበ ገና ጽቡቕ ኣይፈልጥን
sc-sub-attitude-no-steps = ገና ባዕሉ ስጉምቲ ኣይወስድን
sc-sub-attitude-gives-up = ጸገም ምስ ኣጋጠሞ ቀልጢፉ ተስፋ ይቖርጽ
sc-sub-attitude-motivation = ሕጂ ገለ ንምቕያር ምኽንያት ኣይርእን
sc-sub-attitude-one-target = ድሕሪ ነዊሕ ምንዳይ እውን ኣብ ሓደ ዓይነት ስራሕ ጥራይ ይጸንዕ
sc-sub-attitude-interaction = ምስ ካልኦት ወይ ምስ ሕግታት ምትእንጋድ የጸግሞ
sc-sub-mobility-no-transport = ናይ ባዕሉ መጓዓዝያ የብሉን፣ ህዝባዊ መጓዓዝያ እውን የለን
sc-sub-mobility-public-know-how = ህዝባዊ መጓዓዝያ፦ ከመይ ከም ዝጥቀመሉ ኣይፈልጥን፣ ወይ ዓቕሚ የብሉን
sc-sub-mobility-no-public = ኣብ ቀረባ ህዝባዊ መጓዓዝያ የለን
sc-sub-mobility-distance = ዓሚል ክሳብ ክንደይ ርሒቑ ክጓዓዝ ከም ዝኽእል ንጹር ኣይኮነን
sc-sub-papers-not-independent = ምምሕዳራዊ ወረቐታት በይኑ ክሰርሖም ኣይክእልን
sc-sub-papers-obligations = ብዛዕባ ግዴታታቱ (ኣድራሻ፣ ናይ ሕክምና ኢንሹራንስ ziekenfonds) ውሑድ ፍልጠት
sc-sub-papers-self-employed = ወረቐታት ካብ ናይ ቀደም ናይ ባዕሉ ንግዲ
sc-sub-papers-work-permit = ቅኑዕ ፍቓድ ስራሕ ወይ መንበሪ ፍቓድ የብሉን
sc-sub-papers-justice = ምስ ፍትሒ (ቤት ፍርዲ፣ ፖሊስ) ጉዳይ ኣለዎ
sc-sub-digital-no-device = ሞባይል፣ ኮምፒዩተር ወይ ኢንተርነት የብሉን
sc-sub-digital-no-email = ኢመይል ኣድራሻ የብሉን
sc-sub-digital-no-eid = itsme ወይ eID (ኤለክትሮኒካዊ መንነት ወረቐት) ገና ኣይሰልጦን
sc-sub-digital-no-vdab = ኣካውንት ናይ VDAB የብሉን

## Suggested actions (for the plan)
sc-act-money-debt-mediation = ብሓባር ናብ ምዝታይ ዕዳ ምኻድ
sc-act-money-budget-guidance = ምኽሪ ኣመሓድራ ገንዘብ (budgetbegeleiding) ምጅማር
sc-act-housing-search-together = ብሓባር ገዛ ምንዳይ
sc-act-housing-reference-address = መወከሲ ኣድራሻ (referentieadres) ምሕታት
sc-act-health-see-doctor = ምስ ናይ ስድራ ሓኪም ቆጸራ ምሓዝ
sc-act-health-check-limits = ብኣካል እንታይ ክከኣል ከም ዝኽእል ምርኣይ
sc-act-mind-talk-counsellor = ምስ ክኢላ ስነ-ኣእምሮ ወይ ኣማኻሪ ምዝርራብ
sc-act-mind-refer-care = ብሓባር ዝሰማማዕ ክንክን ምንዳይ
sc-act-addiction-contact-service = ምስ ኣገልግሎት ሕክምና ሱስ ርክብ ምግባር
sc-act-addiction-talk-doctor = ምስ ናይ ስድራ ሓኪም ብዛዕባኡ ምዝራብ
sc-act-family-parenting-support = ኣብ ኣተዓባብያ ቆልዑ ደገፍ ምንዳይ
sc-act-family-relieve-care = ነቲ ሓላፍነት ክንክን ከቃልል ዝኽእል ሰብ ምንዳይ
sc-act-childcare-find-place = ብሓባር ኣብ መዋእለ-ህጻናት ቦታ ምንዳይ
sc-act-childcare-informal = ኣብ ስድራ ወይ ኣዕሩኽ ክንክን ቆልዑ ምርኣይ
sc-act-safety-safe-talk = ምስ ማሕበራዊ ሰራሕተኛ ጥራይ ውሑስ ዝርርብ
sc-act-safety-contact-support = ምስ መስመር ሓገዝ ወይ ማእከል ደገፍ ርክብ ምግባር
sc-act-network-meeting-place = ኣብ ከባቢ ዘሎ ቦታ ምርኻብ ምብጻሕ
sc-act-network-volunteering = ወለንታዊ ስራሕ ምፍታን
sc-act-structure-week-plan = ብሓባር ናይ ሰሙን መደብ ምውጻእ
sc-act-structure-reminders = ንቆጸራታት መዘኻኸሪ ምቕማጥ
sc-act-daily-home-support = ኣብ ገዛ ሓገዝ ምርኣይ
sc-act-daily-practice = ናይ ገዛ ስራሕ ምልምማድ
sc-act-dutch-course = ንኮርስ ሆላንድኛ ምምዝጋብ
sc-act-dutch-conversation-table = ናብ ጠረጴዛ ዝርርብ (praattafel) ምኻድ
sc-act-learning-diploma-recognition = ንዲፕሎማ ኣፍልጦ ከም ዝረክብ ምግባር (NARIC)
sc-act-learning-training = ስልጠና ምምራጽ
sc-act-work-cv = ብሓባር CV (ታሪኽ ስራሕ) ምጽሓፍ
sc-act-work-job-coach = ምስ ኣሰልጣኒ ስራሕ (jobcoach) ምልላይ
sc-act-attitude-small-steps = ኣብ ቀዳማይ ንእሽቶ ስጉምቲ ምስምማዕ
sc-act-attitude-orientation = ምልላይ ስራሕ ወይ ሓጺር ናይ ፈተነ ልምምድ (snuffelstage) ምግባር
sc-act-mobility-transport-pass = ወርሓዊ ካርድ ኣውቶቡስ ወይ ባቡር (abonnement) ምሕታት
sc-act-mobility-bike-or-licence = ብሽክለታ ምልማድ ወይ ፍቓድ መዘወር ምውሳድ
sc-act-papers-sort-together = ብሓባር ወረቐታት ምስራዕ
sc-act-papers-residence-advice = ብዛዕባ መንበሪ ፍቓድ ወይ ፍቓድ ስራሕ ምኽሪ ምሕታት
sc-act-digital-course = ኮርስ ኮምፒዩተር ምውሳድ
sc-act-digital-eid-setup = ብሓባር itsme ወይ eID-ኣንባቢ ምድላው

## Summary
sc-summary-chart-title = ክልቲኡ ድምጽታት ጎኒ ጎኒ
sc-summary-chart-hint = ንነፍሲ ወከፍ ክፋል፣ መልሲ ዓሚልን ነጥቢ ሰራሕተኛን። ≠ ኣበይ ከም ዝፈላለዩ የርኢ፦ ኣብኡ ዝርርብ ክጅመር ይኽእል።
sc-summary-table-caption = መልስታት ብክፋል
sc-col-domain = ክፋል
sc-col-client = ዓሚል
sc-col-worker = ሰራሕተኛ
sc-col-marks = ኣቓልቦ ዝደሊ
sc-diff = ፍልልይ
sc-precondition = ቅድመ-ኩነት
sc-not-answered = ገና ኣይተመለሰን
sc-skipped = ተሓሊፉ
sc-wants-help = ሓገዝ ይደሊ
sc-summary-diff-title = መልስታት ኣበይ ይፈላለዩ
sc-summary-diff-none = ኣብ መንጎ ክልቲኡ መልስታት ገና ፍልልይ የለን።
sc-summary-pre-title = ቅድመ-ኩነታት
sc-summary-pre-hint = ብሰራሕተኛ 3 ነጥቢ ዝተዋህቦም። መብዛሕትኦም OCMW ነዚኦም እዮም መጀመርታ ዝሰርሕሉ።
sc-summary-pre-none = ዝተሓርየ ቅድመ-ኩነት የለን።
sc-summary-help-title = ዓሚል ኣብዚ ሓገዝ ይደሊ
sc-summary-help-none = ገና ዝተሓርየ ሕቶ ሓገዝ የለን።
sc-summary-actions = ክውሰዱ ዝኽእሉ ስጉምቲታት
sc-summary-client-note = ብናይ ባዕሉ ቃላት
sc-summary-changes-title = ካብ ርእሰ-ገምጋም ናይ { $date } ጀሚሩ እንታይ ተቐይሩ
sc-summary-changes-none = ካብቲ ዝሓለፈ ርእሰ-ገምጋም ጀሚሩ ዝተቐየረ የለን።
sc-summary-first = እዚ ቀዳማይ ርእሰ-ገምጋም እዩ፦ ገና ዝወዳደረሉ የለን።
sc-voice-client = ዓሚል
sc-voice-worker = ሰራሕተኛ
sc-change-eased = ቀሊሉ
sc-change-harder = ከቢዱ
sc-change-line = { $domain } ({ $voice }): { $from } → { $to }

sc-add-to-plan = ናብ መደብ ምእታው
sc-add-to-plan-named = “{ $action }” ናብ መደብ ምእታው
sc-in-plan = ኣብ መደብ ኣሎ
