# Trede: the GPMI, drafted together (Tigrinya)
# Tone: invitations, plain words. Sanctions are stated plainly, without threat.
# Terms: plan = መደብ, step = ስጉምቲ, action = ተግባር, goal = ዕላማ, partner = መሻርኽቲ.

plan-view = መደብ (GPMI)
plan-title = ውልቃዊ መደብ ውህደት (GPMI)
plan-intro = ነዚ መደብ ብሓባር ኢኹም ትጽሕፍዎ። ነቶም ስጉምቲታት ብዝሰማማዓኩም ቅደም ሰዓብ ክትገብርዎም፣ ኣብ ዝደለኹምዎ ግዜ ድማ ደው ክትብሉ ትኽእሉ ኢኹም፦ ክትጽሕፉ ከለኹም ኩሉ ይዕቀብ፣ ካብቲ ዝበጻሕኩምዎ ድማ ይቕጽል።
plan-undo = ምምላስ
plan-redo = ከም ብሓድሽ ምግባር
plan-steps-label = ስጉምቲታት ናይቲ መደብ
plan-previous = ንድሕሪት፦ { $step }
plan-next = ዝቕጽል፦ { $step }
plan-choose = ምረጹ…
plan-unknown = ገና ኣይተፈልጠን
plan-not-set = ገና ኣይተወሰነን
plan-not-filled = ገና ኣይተመልአን
plan-no-owner = ገና ዋላ ሓደ
plan-no-date = ገና ዕለት የለን
plan-unnamed-action = መግለጺ ዘይብሉ ተግባር

## Steps
plan-step-basics = ብዛዕባ እቲ መደብ
plan-step-topics = ታሪኽኩም
plan-step-goals = ዕላማታት
plan-step-actions = ተግባራት
plan-step-agreements = ስምምዓት
plan-step-review = ደጊምካ ምንባብ
plan-step-evaluations = ገምጋማት
plan-step-basics-title = ኣየናይ መደብ፣ መን ይሳተፍ
plan-step-topics-title = ብናይ ባዕልኹም ቃላት
plan-step-goals-title = እንታይ ክትበጽሑ ትደልዩ?
plan-step-actions-title = መን እንታይ ይገብር፣ ክሳብ መዓስ?
plan-step-agreements-title = እንታይ ንሰማማዕ
plan-step-review-title = ብሓባር ደጊምካ ምንባብ
plan-step-evaluations-title = ብሓባር ንድሕሪት ምጥማት

## Deadline
plan-deadline-by = OCMW ነዚ መደብ ብዝደንጎየ ክሳብ { $date } ክዛዝሞ ኣለዎ። ድሕሪ ውሳነ leefloon ዘሎ ግዜ { $months ->
        [one] ሓደ ወርሒ
       *[other] { $months } ኣዋርሕ
    } እዩ።
plan-deadline-close = OCMW ነዚ መደብ ብዝደንጎየ ክሳብ { $date } ክዛዝሞ ኣለዎ፦ { $days ->
        [0] እዚ ሎሚ እዩ።
        [one] ሓንቲ መዓልቲ ተሪፋ።
       *[other] { $days } መዓልታት ተሪፈን።
    }
plan-deadline-past = OCMW ነዚ መደብ ብዝደንጎየ ክሳብ { $date } ክዛዝሞ ነይርዎ፣ { $days ->
        [one] ቅድሚ ሓንቲ መዓልቲ።
       *[other] ቅድሚ { $days } መዓልታት።
    } እዚ ግዜ ሓሊፉ እዩ፦ OCMW ሕጂ ነቲ መደብ ምስቲ ዓሚል ብዝቐልጠፈ ይዛዝሞ።

## Basics
plan-kind-title = እቲ መደብ
plan-type-label = ዓይነት መደብ
plan-type-employment = ናብ ስራሕ ዘቕንዐ
plan-type-training = ናብ ስልጠና ወይ ትምህርቲ ዘቕንዐ
plan-type-activation = ማሕበራዊ ምንቅቓሕ
plan-decision-label = ዕለት ውሳነ ብዛዕባ leefloon (ናይ መነባብሮ ሓገዝ)
plan-decision-hint = እቲ መደብ ካብዚ ዕለት ኣትሒዙ ኣብ ውሽጢ 3 ኣዋርሕ ይፍረም።
plan-start-label = እቲ መደብ ዝጅምረሉ
plan-end-label = እቲ መደብ ዝውድኣሉ
plan-period = እዋን
plan-why-title = ስለምንታይ መደብ ኣሎ
plan-birth-label = ዕለተ ልደት
plan-birth-hint = መደብ ግዴታ ምዃኑ ንምፍላጥ ጥራይ።
plan-recent-right-label = እቲ ዓሚል ኣብቲ ቅድሚ ውሳነ ዝነበረ ግዜ ({ $months ->
        [one] ሓደ ወርሒ
       *[other] { $months } ኣዋርሕ
    }) መሰል ማሕበራዊ ምውህሃድ ነይርዎ ድዩ?
plan-recent-right-no = ኖ፣ ኣብቲ ግዜ መሰል ኣይነበሮን
plan-recent-right-yes = እወ፣ ኣብቲ ግዜ መሰል ነይርዎ
plan-asked-client = ዓሚል መደብ ሓቲቱ
plan-asked-ocmw = OCMW መደብ ሓቲቱ
plan-mandate-required = መደብ ግዴታ እዩ፣ ምኽንያቱ፦
plan-mandate-not-required = ብመሰረት ሕግታት መደብ ግዴታ ኣይኮነን። ብሕቶ ግን ክግበር ይኽእል።
plan-mandate-unknown = ዕለተ ልደት ኣእቱ፣ እቲ ዓሚል ኣብቶም ዝሓለፉ ኣዋርሕ መሰል ማሕበራዊ ምውህሃድ ነይርዎ እንተ ዀይኑ ድማ። ሽዑ መደብ ግዴታ ምዃኑ ትርኢ።
plan-ground-under25 = ዓሚል ካብ 25 ዓመት ይንእስ
plan-ground-new = እቲ ዓሚል ኣብቲ ዝሓለፈ ግዜ ({ $months ->
        [one] ሓደ ወርሒ
       *[other] { $months } ኣዋርሕ
    }) መሰል ማሕበራዊ ምውህሃድ ኣይነበሮን
plan-ground-client = ዓሚል ሓቲቱዎ
plan-ground-ocmw = OCMW ሓቲቱዎ
plan-override-label = ርእይቶ ማሕበራዊ ሰራሕተኛ
plan-override-none = ሕግታት ምኽታል
plan-override-required = ብዘየገድስ ግዴታ
plan-override-optional = ብዘየገድስ ግዴታ ኣይኮነን
plan-override-reason = ምኽንያት ናይዚ ርእይቶ
plan-parties-title = መን ይሳተፍ
plan-worker-label = ማሕበራዊ ሰራሕተኛ
plan-ocmw-label = OCMW
plan-third-legend = መሻርኽቲ { $n }
plan-third-name = ስም
plan-third-role = ተራ (ንኣብነት ኣመሓዳሪ ዕዳ)
plan-third-tasks = እዚ መሻርኽቲ እንታይ ይሓላፈሉ
plan-third-add = መሻርኽቲ ምውሳኽ
plan-third-remove = ነዚ መሻርኽቲ ምእላይ
plan-support-label = ኣብ ጎኒ ዓሚል ዝኸውን ሰብ
plan-support-none = ዋላ ሓደ
plan-support-interpreter = ተርጓሚ
plan-support-support = ዝእመን ሰብ
plan-support-name = ስም

## Topics
plan-topics-intro = ዓሚል ዝብሎ ብናይ ባዕሉ ቃላት ጽሓፍዎ። ኣብዚ ዘሎ ዋላ ሓደ ፈተና ኣይኮነን።
plan-topic-needs = እንታይ የድልየኩም?
plan-topic-needs-hint = ንኣብነት፦ ብዛዕባ ገንዘብ ቅሳነት፣ መንበሪ ገዛ፣ ክንክን ቆልዑ።
plan-topic-challenges = ሕጂ እንታይ እዩ ዘጸግመኩም?
plan-topic-challenges-hint = ኣብ መንገድኹም ዝዓግቱ ነገራት፣ ዓበይቲ ይኹኑ ንኣሽቱ።
plan-topic-goals = እንታይ ክትበጽሑ፣ ወይ እንታይ ከተወግዱ ትደልዩ?
plan-topic-goals-hint = ንኣብነት፦ ስራሕ ምርካብ፣ ሓድሽ ዕዳ ዘይምእታው።
plan-topic-future = መጻኢኹም ከመይ ትርእይዎ?
plan-topic-future-hint = ድሕሪ ሓደ ወይ ክልተ ዓመት ኣበይ ክትበጽሑ ትደልዩ?
plan-topic-role = ኣብ መንጎ ካልኦት ሰባት እንታይ ተራ ክህልወኩም ትደልዩ?
plan-topic-role-hint = ንርእስኹምን ንካልኦትን፦ ኣብ ስራሕ፣ ኣብ ከባቢ፣ ኣብ ገዛ።

## Goals
plan-goals-intro = ሒደት ዕላማታት ይኣኽሉ። ኣብ ነፍሲ ወከፍ ዕላማ ስለምንታይ ንዓኹም ኣገዳሲ ምዃኑ ይጽሓፍ።
plan-goals-empty = ገና ዕላማ የለን። ነቲ ቀዳማይ ንወስኾ ዶ?
plan-goal-legend = ዕላማ { $n }
plan-goal-title = እቲ ዕላማ
plan-goal-domain = ክፋል ህይወት
plan-goal-from = ካብ
plan-goal-until = ክሳብ
plan-goal-why = እዚ ንዓኹም ስለምንታይ ኣገዳሲ እዩ?
plan-goal-add = ዕላማ ምውሳኽ
plan-goal-remove = ነዚ ዕላማ ምእላይ

## Actions
plan-actions-intro = ንኣሽቱን ንጹራትን ስጉምቲታት። ነፍሲ ወከፍ ስጉምቲ ዝሓላፈሉ ሰብን ዕለትን ኣለዎ።
plan-actions-empty = ገና ተግባር የለን። ነቲ ቀዳማይ ንወስኾ ዶ?
plan-action-legend = ተግባር { $n }
plan-action-what = እንታይ ክግበር እዩ?
plan-action-owner = መን እዩ ዝሓላፈሉ?
plan-action-due = ክሳብ መዓስ?
plan-action-status = ከመይ ይኸይድ ኣሎ?
plan-action-stop-reason = ስለምንታይ ደው በለ?
plan-action-evidence = ከም ዝተገብረ ብኸመይ ክንፈልጥ ኢና?
plan-action-goal = ንኣየናይ ዕላማ?
plan-action-no-goal = ፍሉይ ዕላማ የለን
plan-action-add = ተግባር ምውሳኽ
plan-action-remove = ነዚ ተግባር ምእላይ
plan-owner-client = ዓሚል
plan-owner-ocmw = OCMW
plan-owner-third = መሻርኽቲ
plan-status-planned = ተመዲቡ
plan-status-busy = ይካየድ ኣሎ
plan-status-done = ተወዲኡ
plan-status-stopped = ደው ኢሉ
plan-origin-free = ብሓባር ዝተጻሕፈ
plan-origin-self-check = ካብ ርእሰ-ገምጋም፦ { $domain }
plan-origin-catalogue = ኣገልግሎት፦ { $offer }

## Agreements
plan-questions-title = መደብ ተግባር
plan-question-client-will-do = ዕላማታትኩም ንምብጻሕ እንታይ ክትገብሩ ኢኹም?
plan-question-client-expects = ካብ OCMW እንታይ ትጽበዩ?
plan-question-ocmw-expects = OCMW ካባኹም እንታይ ይጽበ?
plan-means-title = ነፍሲ ወከፍ ወገን እንታይ የበርክት
plan-means-intro = ግዜ፣ ገንዘብ፣ ሓገዝ፣ ርክባት፦ ነፍሲ ወከፍ ወገን ዝእዘዘሉ።
plan-means-client = ዓሚል
plan-means-ocmw = OCMW
plan-means-others = መሻርኽቲ
plan-rights-title = መሰላትኩምን ግዴታታትኩምን
plan-rights-1 = እዚ መደብ ኣብ መንጎኹምን OCMWን ዝግበር ስምምዕ እዩ። ክልቲኡ ወገናት ይፍርምዎ፣ ክልቲኦም ድማ ቃሎም ይሕልዉ።
plan-rights-2 = ቅድሚ ምፍራምካ { $reflection ->
        [one] ሓንቲ መዓልቲ
       *[other] { $reflection } መዓልታት
    } ግዜ ሕሰባ ክትሓትት ትኽእል ኢኻ። ባዕልኻ ዝመረጽካዮ ሰብ ምሳኻ ከተምጽእ ትኽእል ኢኻ።
plan-rights-3 = እቲ መደብ እንተ ወሓደ ኣብ ዓመት { $evaluations } ግዜ ብሓባር ንርእዮ፣ ካብኡ እንተ ወሓደ { $in_person } ግዜ ፊት ንፊት። እቲ መደብ ምስ ኩነታትኩም ክቕየር ይኽእል።
plan-rights-4 = ስምምዓት ብዘይ ቅኑዕ ምኽንያት እንተ ዘይተፈጺሞም፣ leefloon ብምሉኡ ወይ ብኸፊል ደው ክብል ይኽእል፦ እንተ በዝሐ { $sanction ->
        [one] ሓደ ወርሒ
       *[other] { $sanction } ኣዋርሕ
    }፣ ወይ ኣብ ውሽጢ ሓደ ዓመት እንተ ተደጊሙ እንተ በዝሐ { $repeat ->
        [one] ሓደ ወርሒ
       *[other] { $repeat } ኣዋርሕ
    }። መጀመርታ ዝተመዝገበ ደብዳበ ትቕበል፣ ቅድሚ ዝኾነ ውሳነ ድማ ክትስማዕ መሰል ኣሎካ።
plan-rights-5 = OCMW ባዕሉ ስምምዓቱ እንተ ዘይሓልዩ፣ መቕጻዕቲ የለን።
plan-rights-6 = ምስ ውሳነ እንተ ዘይተሰማማዕካ፣ ናብ ቤት ፍርዲ ስራሕ (arbeidsrechtbank) ይግባይ ክትብል ትኽእል ኢኻ። ካብታ ውሳነ ዝተሓበረካ መዓልቲ ጀሚርካ { $appeal ->
        [one] ሓደ ወርሒ
       *[other] { $appeal } ኣዋርሕ
    } ኣሎካ።

## Review
plan-ready-title = ንምፍራም ድሉው ድዩ?
plan-ready-ok = ዘድሊ ኩሉ ኣሎ። እቲ መደብ ንምፍራም ድሉው እዩ።
plan-ready-missing = { $count ->
        [one] ገና ሓደ ነገር ይጎድል፦
       *[other] ገና { $count } ነገራት ይጎድሉ፦
    }
plan-ready-never-blocks = ኩሉ ድሮ ተዓቂቡ ኣሎ፤ ደሓር ክትውድእዎ ትኽእሉ ኢኹም።
plan-missing-type = ዓይነት መደብ
plan-missing-start = ዕለት ምጅማር
plan-missing-worker = ስም ማሕበራዊ ሰራሕተኛ
plan-missing-ocmw = ስም OCMW
plan-missing-third-name = ስም ናይ ሓደ መሻርኽቲ
plan-missing-goal = እንተ ወሓደ ሓደ ዕላማ
plan-missing-goal-title = መግለጺ ዘይብሉ ዕላማ
plan-missing-action = እንተ ወሓደ ሓደ ተግባር
plan-missing-action-what = መግለጺ ዘይብሉ ተግባር
plan-missing-action-owner = “{ $what }” መን ከም ዝሓላፈሉ
plan-missing-action-date = ዕለት ናይ “{ $what }”
plan-missing-evaluation = እዋናት ገምጋም
plan-missing-evaluation-count = እኹል እዋናት ገምጋም፦ እንተ ወሓደ { $months ->
        [12] ኣብ ዓመት
       *[other] ኣብ { $months } ወርሒ
    } { $total }፣ { $in_person } ካብኦም ፊት ንፊት
plan-go-evaluations = ገምጋማት ምውጣን
plan-sign-title = ግዜ ሕሰባን ምፍራምን
plan-reflection-hint = ዓሚል ቅድሚ ምፍራሙ { $days } መዓልታት ስራሕ ክሓስብ ይኽእል።
plan-reflection-label = ግዜ ሕሰባ ዝተሓተሉ ዕለት
plan-reflection-until = ግዜ ሕሰባ ክሳብ { $date } እዩ።
plan-signed-label = ዝተፈረመሉ ዕለት
plan-summary-title = ምሉእ መደብ

## Evaluations
plan-schedule-title = እዋናት ገምጋም
plan-schedule-rule = ኣብ ዓመት እንተ ወሓደ { $count } ግዜ፣ ካብኡ { $inperson } ግዜ ፊት ንፊት።
plan-schedule-needs-start = መጀመርታ ዕለት ምጅማር ምልኡ፤ ሽዑ እዋናት ክቐርቡ ይኽእሉ።
plan-schedule-propose = እዋናት ገምጋም ምቕራብ
plan-schedule-remove = ምእላይ
plan-schedule-remove-label = ምእላይ፦ እቲ እዋን ናይ { $date }
plan-eval-status-done = ተኻይዱ
plan-eval-status-due = { $days ->
        [0] ሎሚ
        [one] ኣብ ውሽጢ 1 መዓልቲ
       *[other] ኣብ ውሽጢ { $days } መዓልታት
    }
plan-eval-status-overdue = { $days ->
        [one] 1 መዓልቲ ደንጉዩ
       *[other] { $days } መዓልታት ደንጉዩ
    }
plan-eval-status-later = ደሓር
plan-record-title = ገምጋም ምምዝጋብ
plan-eval-date = ዕለት
plan-eval-date-missing = በጃኹም ዕለት ናይቲ ገምጋም ምልኡ።
plan-eval-present = መን ነይሩ
plan-eval-goal = “{ $goal }” ከመይ ይኸይድ ኣሎ?
plan-progress-not-started = ገና ኣይጀመረን
plan-progress-on-track = ብመደብ ይኸይድ ኣሎ
plan-progress-reached = ተበጺሑ
plan-progress-adjusted = ተመዓራርዩ
plan-progress-stopped = ደው ኢሉ
plan-eval-changes = እንታይ ተቐይሩ
plan-eval-changes-hint = ንኣብነት ተወሳኺ ስምምዕ፣ ወይ ንግዚኡ ካልእ ትኹረት።
plan-eval-rung = ሕጂ ኣብ መሳልል ዘሎ ቦታ
plan-eval-rung-same = ለውጢ የለን
plan-eval-save = ገምጋም ምዕቃብ
plan-history-title = ክሳብ ሕጂ ዝተገብሩ ገምጋማት
plan-history-empty = ገና ገምጋም የለን።
plan-eval-new-rung = ሓድሽ ቦታ ኣብ መሳልል፦ { $rung }
plan-eval-version = እቲ መደብ ኣብቲ እዋን እቲ

plan-reflection-hint-calendar = ዓሚል ቅድሚ ምፍራሙ { $days } መዓልታት ካሌንደር ክሓስብ ይኽእል።
plan-reflection-count-label = ግዜ ሕሰባ ብኸምዚ ይቑጸር
plan-reflection-count-working = መዓልታት ስራሕ (ሰኑይ ክሳብ ዓርቢ)
plan-reflection-count-calendar = መዓልታት ካሌንደር (ኩለን መዓልታት)

## rules
plan-rights-meeting = ምስ ማሕበራዊ ሰራሕተኛኻ ዘተ እንተ ሓቲትካ፣ እቲ ዘተ ኣብ ውሽጢ { $meeting ->
        [one] ሓንቲ መዓልቲ ስራሕ
       *[other] { $meeting } መዓልታት ስራሕ
    } ክካየድ ኣለዎ።
plan-rights-change = ኣብ ዝኾነ ግዜ እቲ መደብ ክቕየር ክትሓትት ትኽእል ኢኻ።
plan-part-time-top-up = ፍርቂ ግዜ ይሰርሕ፣ ተወሳኺ leefloon ድማ ይቕበል
plan-part-time-rule-label = ሕጊ እዚ OCMW ንፍርቂ ግዜ ስራሕ ምስ ተወሳኺ leefloon
plan-part-time-rule-required = መደብ ግዴታ እዩ (ከም ኣብ OCMW ኦስተንደ)
plan-part-time-rule-optional = መደብ ብሕቶ ጥራይ (ከም ኣብ መምርሒታት ብራስልስ)
plan-ground-part-time = እቲ ዓሚል ፍርቂ ግዜ ይሰርሕ፣ ተወሳኺ leefloon ድማ ይቕበል
plan-ground-studies = እቲ ዓሚል ብስምምዕ OCMW ምሉእ ግዜ ይመሃር
plan-mandate-exempted = OCMW ብምኽንያት ጥዕና ወይ ፍትሓውነት ናጻ ክኸውን ወሲኑ። እቲ ዓሚል እንተ ሓቲቱ ግን መደብ ይከኣል እዩ።
plan-exemption-label = ካብ OCMW ዝተዋህበ ናጽነት
plan-exemption-none = ናጽነት የለን
plan-exemption-health = ብምኽንያት ጥዕና
plan-exemption-equity = ብምኽንያት ፍትሓውነት
plan-exemption-date = ዕለት ውሳነ
plan-exemption-reason = ምኽንያት ውሳነ
plan-exemption-date-missing = ዕለት ውሳነ ገና ኣይተጻሕፈን።
plan-exemption-reason-missing = ምኽንያት ውሳነ ገና ኣይተጻሕፈን።
plan-exemption-ladder = እቲ መሳልል ነዚ ውሳነ ኣብ ጥቓ ኩነታት «ናጻ» የርእዮ።
plan-reflection-waived-label = እቲ ዓሚል ግዜ ሕሰባ ዝሓደገሉ ዕለት
plan-reflection-waived-hint = እቲ ዓሚል ባዕሉ ቀልጢፉ ክፍርም እንተ መሪጹ ጥራይ ምልኣዮ።
plan-signed-inside-reflection = እቲ መደብ ኣብ ውሽጢ ግዜ ሕሰባ ተፈሪሙ፣ እቲ ዓሚል ከም ዝሓደጎ ድማ ኣይተጻሕፈን። ሕተትን ጽሓፍን፣ ወይ ድሕሪ ግዜ ሕሰባ እንደገና ፈርሙ።
## evals
plan-eval-kind-in-person = ፊት ንፊት
plan-eval-kind-written = ብጽሑፍ
plan-eval-kind-phone-or-video = ብቴሌፎን ወይ ብቪድዮ
plan-eval-kind-label = እቲ ገምጋም ብኸመይ ተኻይዱ
plan-eval-link = እዚ ኣየናይ ዝተመደበ ግዜ እዩ
plan-eval-link-none = ዝተመደበ ግዜ የለን፡ ተወሳኺ ገምጋም
plan-eval-kind-mismatch = ተመዲቡ ዝነበረ { $planned }፡ ዝተኻየደ { $held }። ከም { $held } ይቑጸር።
plan-eval-date-future = እዚ ዕለት ድሕሪ ሎሚ እዩ። እቲ ገምጋም ዝተኻየደሉ መዓልቲ ምረጹ።
plan-eval-rung-to-ladder = ሓድሽ ቦታ ድማ ኣብቲ መሳልል ይምዝገብ፡ ምስ ዕለት ናይዚ ገምጋም።
plan-year-line = ዓመት { $year } ({ $from } – { $until })፡ { $held } ተኻይዱ ({ $heldinperson } ፊት ንፊት)፡ ገና { $planned } ተመዲቡ ({ $plannedinperson } ፊት ንፊት)። ዘድሊ፡ { $total }፡ ካብኡ { $inperson } ፊት ንፊት።
plan-year-met = ብግቡእ እዩ።
plan-year-on-track = ብዝተመደበ ክኸውን ይኽእል።
plan-year-short = ብሕጂ ዝተመደበ፡ እዚ ዓመት ነቲ ዝተሓተ ቁጽሪ ኣይበጽሖን። ካልእ ግዜ መድቡ።
plan-year-missed = እዚ ዓመት ተወዲኡ፡ ነቲ ዝተሓተ ቁጽሪ ኣይበጽሖን።
plan-eval-print = ጸብጻብ ሕተም
plan-rules-evals-title = ምድላዋት ገምጋማት
plan-rules-link-margin = ገምጋም ንዝተመደበ ግዜ ክሳብ ክንድዚ መዓልታት ደሓር ይቑጸር
plan-rules-link-margin-error = ካብ 0 ክሳብ { $max } ቁጽሪ ምረጹ።
plan-rules-short-year = ዝተሓተ ቁጽሪ ን መደብ ወይ ክፋል ዓመት ካብ ዓሰርተ ክልተ ኣዋርሕ ዝሓጸረ
plan-rules-short-year-proportional = ብመጠን ኣዋርሕ (ናብ ላዕሊ ዝተጠቓለለ)
plan-rules-short-year-full-year = ምሉእ ዓመታዊ ዝተሓተ ቁጽሪ
## plan
plan-type-studies = ምሉእ ግዜ ትምህርቲ (GPMI ተምሃራይ)
plan-orientations-label = ዝቕንዐ ናብ (ሓደ ወይ ልዕሊኡ)
plan-present-name-interpreter = ስም ተርጓሚ
plan-present-name-support = ስም ዝእመን ሰብ
plan-studies-title = ትምህርቲ
plan-studies-intro = OCMW ምሉእ ግዜ ክምሃር ዘፍቀደሉ ሰብ ኩሉ ግዜ GPMI ኣለዎ። ቤት ትምህርቲ፡ ጨንፈርን ግዜን፡ ከምኡ'ውን ነፍሲ ወከፍ ወገን ዝኣትዎ ቃል ጽሓፍ።
plan-studies-school = ቤት ትምህርቲ ወይ ላዕለዋይ ቤት ትምህርቲ
plan-studies-direction = ጨንፈር ትምህርቲ
plan-studies-duration = ግዜ ትምህርቲ
plan-studies-student = ተምሃራይ ቃል ይኣቱ
plan-student-attend = ትምህርቲ ክከታተል
plan-student-exams = ፈተናታት ክወስድ
plan-student-results = ውጽኢታት ናብ OCMW ከቕርብ
plan-student-holiday-job = ኣብ ዕረፍቲ ንስራሕ ተምሃሮ ድሉው ክኸውን፡ ትምህርቲ ክሳብ ዘፍቀዶ
plan-studies-other = ካልኦት ስምምዓት ንተምሃራይ
plan-studies-ocmw = OCMW ዝኣትዎ ቃል (ንኣብነት ክፍሊት ቤት ትምህርቲ ዝኸፍሎ)
plan-costs-title = OCMW ዝኸፍሎ ወጻኢታት
plan-costs-intro = ንስልጠና ወይ ንንጥፈት፡ OCMW እንታይ ወጻኢታት ይሽፍን?
plan-cost-registration = ክፍሊት ምዝገባ
plan-cost-insurance = ውሕስነት
plan-cost-work-clothes = ክዳን ስራሕ
plan-cost-travel = ወጻኢ መጓዓዝያ
plan-costs-other = ካልኦት ወጻኢታት
plan-costs-none = ዝምልከት ወጻኢ የለን
plan-explained-title = መግለጺ ንዓሚል
plan-explained-on = ትሕዝቶ፡ ስፍሓትን ሳዕቤናትን ብ{ $date } ተገሊጹ
plan-explained-record = ሎሚ ነቲ መደብ ገሊጸዮ
plan-end-title = መደብ ምዕጻው
plan-end-intro = ዝተዓጽወ መደብ ክንበብን ክሕተምን ይኽእል፡ ግን ክቕየር ወይ ክፍረም ኣይክእልን።
plan-end-kind = መደብ ብኸመይ ይውዳእ
plan-end-successful = ዕዉት፡ ዕላማታት ተበጺሖም
plan-end-early = ቀልጢፉ ደው ኢሉ
plan-end-right-ended = መሰል ማሕበራዊ ውህደት ተወዲኡ
plan-end-date = ዕለት መወዳእታ
plan-end-reason = ምኽንያት
plan-end-confirm = መደብ ዕጸው
plan-end-need-kind = መደብ ብኸመይ ከም ዝውዳእ ምረጽ።
plan-end-need-date = ዕለት መወዳእታ ጽሓፍ።
plan-end-need-reason = መደብ ስለምንታይ ቀልጢፉ ደው ከም ዝብል ጽሓፍ።
plan-ended = እዚ መደብ ብ{ $date } ተዓጽዩ፡ { $kind }።
plan-ended-hint = ነቲ መደብ ክተንብቦን ክተሕትሞን ትኽእል ኢኻ። ክቕየር ወይ ክፍረም ግን ኣይክእልን።
plan-move-title = ናብ ካልእ OCMW ምግዓዝ
plan-move-ocmw = ሓድሽ OCMW
plan-move-consent = ዓሚል ፋይል ንኽሰጋገር ዝተሰማምዓሉ ዕለት
plan-move-export = ንሓድሽ OCMW ፋይል ኤክስፖርት ግበር
plan-move-needs-consent = ሓድሽ OCMWን ዕለት ስምምዕን ጽሓፍ። ብዘይ ስምምዕ ፋይል ኣይተሰጋግር።
plan-missing-studies = ቤት ትምህርቲ፡ ጨንፈርን ግዜ ትምህርትን
plan-missing-end = ዕለት መወዳእታ
plan-missing-end-order = ድሕሪ ዕለት ምጅማር ዝኾነ ዕለት መወዳእታ
plan-missing-domain = ናይ ዕላማታት ዓውዲ ህይወት
plan-missing-ocmw-commitment = OCMW ዝኣትዎ ቃል (ናይ OCMW ስጉምቲ ወይ OCMW ዘእትዎ)
plan-missing-costs = OCMW ዝኸፍሎ ወጻኢታት፡ ወይ ከም ዘየለ
plan-missing-explained = ትሕዝቶ፡ ስፍሓትን ሳዕቤናትን ዝገለጽካሉ ዕለት
plan-missing-explained-again = መደብ ድሕሪ መግለጺ ተቐይሩ፡ ደጊምካ ግለጾ
plan-origin-catalogue-from = ዕድል፡ { $offer } (ካብ { $catalogue }፡ ሕታም { $edition })

## strength
plan-strength-label = መን እዩ ብቐንዱ ዝስከሞ? (መምርሒ ሓይሊ)
plan-strength-client = ብቐንዱ ባዕሉ እቲ ዓሚል
plan-strength-network = ብሓገዝ ቀረባ ሰባት
plan-strength-professional = ብሞያዊ ሓገዝ
